package engine

import (
	"math/big"
	"slices"
)

// This file is the reduced Gröbner basis in lex order of polynomials
// with Gaussian rational coefficients (a + b*I: SymPy's QQ and QQ_I) or,
// past them, expression coefficients kept as SymPy's EX domain keeps
// them (expanded numbers; never divided by an irrational one) (Buchberger's algorithm with the product
// criterion), for solving polynomial systems as SymPy's
// solve_poly_system does.

// coef is a coefficient of a qpoly: all of one polynomial system's
// coefficients are gq or all are exc.
type coef interface {
	add(coef) coef
	mul(coef) coef
	neg() coef
	inv() coef
	isZero() bool
	isOne() bool
	isInt() bool
	expr() Expr
	denom() *big.Int
}

// gq is a Gaussian rational re + im*I.
type gq struct{ re, im *big.Rat }

func gqRat(r *big.Rat) gq { return gq{r, new(big.Rat)} }

func (a gq) add(c coef) coef {
	b := c.(gq)
	return gq{new(big.Rat).Add(a.re, b.re), new(big.Rat).Add(a.im, b.im)}
}

func (a gq) mul(c coef) coef {
	b := c.(gq)
	re := new(big.Rat).Mul(a.re, b.re)
	re.Sub(re, new(big.Rat).Mul(a.im, b.im))
	im := new(big.Rat).Mul(a.re, b.im)
	im.Add(im, new(big.Rat).Mul(a.im, b.re))
	return gq{re, im}
}

func (a gq) neg() coef { return gq{new(big.Rat).Neg(a.re), new(big.Rat).Neg(a.im)} }

// inv is 1/a = conj(a)/|a|**2 (a nonzero).
func (a gq) inv() coef {
	n := new(big.Rat).Mul(a.re, a.re)
	n.Add(n, new(big.Rat).Mul(a.im, a.im))
	n.Inv(n)
	return gq{new(big.Rat).Mul(a.re, n), new(big.Rat).Neg(new(big.Rat).Mul(a.im, n))}
}

func (a gq) isZero() bool { return a.re.Sign() == 0 && a.im.Sign() == 0 }

func (a gq) isOne() bool { return a.im.Sign() == 0 && a.re.Cmp(big.NewRat(1, 1)) == 0 }

func (a gq) isInt() bool { return a.re.IsInt() && a.im.IsInt() }

func (a gq) expr() Expr {
	return NewAdd(ratFrom(new(big.Rat).Set(a.re)), NewMul(ratFrom(new(big.Rat).Set(a.im)), I))
}

func (a gq) denom() *big.Int { return lcm(a.re.Denom(), a.im.Denom()) }

// exc is an expression coefficient (SymPy's EX domain).
type exc struct{ e Expr }

// exNorm is EX's simplify (cancel, then expand products) for the
// numeric coefficients met here: expanded, so that a sum of radicals
// that vanishes is 0.
func exNorm(e Expr) coef { return exc{Expand(e)} }

func (a exc) add(c coef) coef { return exNorm(NewAdd(a.e, c.expr())) }
func (a exc) mul(c coef) coef { return exNorm(NewMul(a.e, c.expr())) }
func (a exc) neg() coef       { return exc{Neg(a.e)} }

// inv is 1/a for a product a of rationals, I and radicals: dividing by
// a sum of them (whose zero test after further arithmetic dcalc cannot
// make certain) is refused.
func (a exc) inv() coef {
	if !hasKind(a.e, kAdd) {
		// a product of rationals, I and radicals: 1/a is evaluated
		// (sqrt(2)/2 for 1/sqrt(2)) and the zero test stays sound
		return exc{Expand(Div(One, a.e))}
	}
	panic(notImpl("dcalc's solve_poly_system: a Groebner basis over algebraic numbers that divides by " + Str(a.e)))
}
func (a exc) isZero() bool    { return isZeroInt(a.e) }
func (a exc) isOne() bool     { return Equal(a.e, One) }
func (a exc) isInt() bool     { return false }
func (a exc) expr() Expr      { return a.e }
func (a exc) denom() *big.Int { return big.NewInt(1) }

// qterm is one term of a multivariate polynomial over the Gaussian
// rationals.
type qterm struct {
	e []int
	c coef
}

// qpoly is a sparse multivariate polynomial over the Gaussian rationals,
// terms in lex order, largest first, with no zero coefficients.
type qpoly []qterm

// maxGroebnerBasis bounds the basis size (a blow-up is refused, not
// waited for).
const maxGroebnerBasis = 400

// qpolyFromExpr reads e as a polynomial in gens with Gaussian rational
// coefficients, or with expression coefficients free of gens when ex
// is set.
func qpolyFromExpr(e Expr, gens []*Symbol, ex bool) (qpoly, bool) {
	acc := map[string]*qterm{}
	var keys []string
	for _, t := range addArgs(Expand(e)) {
		ex0 := make([]int, len(gens))
		var c coef = gqRat(big.NewRat(1, 1))
		var rest []Expr
		for _, f := range mulArgs(t) {
			switch r := f.(type) {
			case *Integer:
				c = c.mul(gqRat(new(big.Rat).SetInt(r.Big())))
				continue
			case *Rational:
				c = c.mul(gqRat(r.Rat()))
				continue
			}
			if f == I {
				c = c.mul(gq{new(big.Rat), big.NewRat(1, 1)})
				continue
			}
			b, k := f, 1
			if p, ok := f.(*Pow); ok {
				if n, isInt := p.Exp().(*Integer); isInt && n.IsInt64() && n.Int64() >= 1 {
					b, k = p.Base(), int(n.Int64())
				}
			}
			i := slices.IndexFunc(gens, func(g *Symbol) bool { return Equal(g, b) })
			if i >= 0 {
				ex0[i] += k
				continue
			}
			if !ex || slices.ContainsFunc(gens, func(g *Symbol) bool { return Has(f, g) }) {
				return nil, false
			}
			rest = append(rest, f)
		}
		if ex {
			c = exc{NewMul(append(rest, c.expr())...)}
		}
		key := mExpKey(ex0)
		if q, ok := acc[key]; ok {
			q.c = q.c.add(c)
			continue
		}
		acc[key] = &qterm{ex0, c}
		keys = append(keys, key)
	}
	var p qpoly
	for _, k := range keys {
		if ex {
			acc[k].c = exNorm(acc[k].c.expr())
		}
		if !acc[k].c.isZero() {
			p = append(p, *acc[k])
		}
	}
	p.sort()
	return p, true
}

func (p qpoly) sort() { slices.SortFunc(p, func(a, b qterm) int { return cmpExps(b.e, a.e) }) }

// toExpr is p as an expression in gens (Poly.as_expr).
func (p qpoly) toExpr(gens []Expr) Expr {
	ts := make([]Expr, 0, len(p))
	for _, t := range p {
		fs := []Expr{t.c.expr()}
		for i, k := range t.e {
			if k != 0 {
				fs = append(fs, NewPow(gens[i], NewInt(int64(k))))
			}
		}
		ts = append(ts, NewMul(fs...))
	}
	return NewAdd(ts...)
}

// qAddMul is p + c*m*q for a monomial m.
func qAddMul(p, q qpoly, m []int, c coef) qpoly {
	out := make(qpoly, 0, len(p)+len(q))
	i, j := 0, 0
	shifted := func(t qterm) qterm {
		e := make([]int, len(t.e))
		for k := range e {
			e[k] = t.e[k] + m[k]
		}
		return qterm{e, t.c.mul(c)}
	}
	for i < len(p) || j < len(q) {
		if j == len(q) {
			out = append(out, p[i])
			i++
			continue
		}
		s := shifted(q[j])
		if i == len(p) {
			out = append(out, s)
			j++
			continue
		}
		switch d := cmpExps(p[i].e, s.e); {
		case d > 0:
			out = append(out, p[i])
			i++
		case d < 0:
			out = append(out, s)
			j++
		default:
			s.c = s.c.add(p[i].c)
			if !s.c.isZero() {
				out = append(out, s)
			}
			i++
			j++
		}
	}
	return out
}

func (p qpoly) monic() qpoly {
	if len(p) == 0 || p[0].c.isOne() {
		return p
	}
	inv := p[0].c.inv()
	out := make(qpoly, len(p))
	for i, t := range p {
		out[i] = qterm{t.e, t.c.mul(inv)}
	}
	return out
}

// divides reports whether monomial a divides b; q is b/a.
func monoDivides(a, b []int) ([]int, bool) {
	q := make([]int, len(a))
	for i := range a {
		if a[i] > b[i] {
			return nil, false
		}
		q[i] = b[i] - a[i]
	}
	return q, true
}

// qReduce is the fully reduced normal form of p by the monic polynomials
// G.
func qReduce(p qpoly, G []qpoly) qpoly {
	var done qpoly
	for len(p) > 0 {
		checkInterrupt()
		t := p[0]
		reduced := false
		for _, g := range G {
			if m, ok := monoDivides(g[0].e, t.e); ok {
				p = qAddMul(p, g, m, t.c.neg())
				reduced = true
				break
			}
		}
		if !reduced {
			done = append(done, t)
			p = p[1:]
		}
	}
	return done
}

// sPoly is the S-polynomial of monic f and g.
func sPoly(f, g qpoly) qpoly {
	l := make([]int, len(f[0].e))
	for i := range l {
		l[i] = max(f[0].e[i], g[0].e[i])
	}
	mf, _ := monoDivides(f[0].e, l)
	mg, _ := monoDivides(g[0].e, l)
	return qAddMul(qAddMul(nil, f, mf, gqRat(big.NewRat(1, 1))), g, mg, gqRat(big.NewRat(-1, 1)))
}

// groebnerLex is the reduced Gröbner basis of F in lex order, monic,
// sorted by leading monomial, largest first (as SymPy's groebner).
func groebnerLex(F []qpoly) ([]qpoly, error) {
	var G []qpoly
	for _, f := range F {
		if len(f) > 0 {
			G = append(G, f.monic())
		}
	}
	if len(G) == 0 {
		return nil, nil
	}
	type pair struct{ i, j int }
	var pairs []pair
	for i := range G {
		for j := 0; j < i; j++ {
			pairs = append(pairs, pair{j, i})
		}
	}
	coprime := func(a, b []int) bool {
		for k := range a {
			if a[k] > 0 && b[k] > 0 {
				return false
			}
		}
		return true
	}
	for len(pairs) > 0 {
		checkInterrupt()
		pr := pairs[0]
		pairs = pairs[1:]
		if coprime(G[pr.i][0].e, G[pr.j][0].e) {
			continue
		}
		h := qReduce(sPoly(G[pr.i], G[pr.j]), G)
		if len(h) == 0 {
			continue
		}
		h = h.monic()
		if len(G) >= maxGroebnerBasis {
			return nil, notImpl("the Groebner basis grows too large")
		}
		G = append(G, h)
		for k := 0; k < len(G)-1; k++ {
			pairs = append(pairs, pair{k, len(G) - 1})
		}
	}
	// minimal: drop polynomials whose leading monomial another's divides
	var min []qpoly
	for i, g := range G {
		drop := false
		for j, h := range G {
			if i == j {
				continue
			}
			if _, ok := monoDivides(h[0].e, g[0].e); ok && (cmpExps(h[0].e, g[0].e) != 0 || j < i) {
				drop = true
				break
			}
		}
		if !drop {
			min = append(min, g)
		}
	}
	// reduced
	out := make([]qpoly, len(min))
	for i, g := range min {
		others := slices.Concat(min[:i], min[i+1:])
		r := qReduce(qpoly{g[0]}, nil)
		r = append(r, qReduce(g[1:], others)...)
		out[i] = r.monic()
	}
	slices.SortFunc(out, func(a, b qpoly) int { return cmpExps(b[0].e, a[0].e) })
	return out, nil
}

// isGround reports whether p is a nonzero constant.
func (p qpoly) isGround() bool {
	return len(p) == 1 && !slices.ContainsFunc(p[0].e, func(k int) bool { return k != 0 })
}

// clearDenoms is p times the least common multiple of its coefficients'
// denominators (SymPy's groebner over ZZ or ZZ_I returns such
// polynomials).
func (p qpoly) clearDenoms() qpoly {
	l := big.NewInt(1)
	for _, t := range p {
		l = lcm(l, t.c.denom())
	}
	out := make(qpoly, len(p))
	m := gqRat(new(big.Rat).SetInt(l))
	for i, t := range p {
		out[i] = qterm{t.e, t.c.mul(m)}
	}
	return out
}
