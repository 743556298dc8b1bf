package engine

import (
	"math/big"
	"slices"
)

// Cancel is SymPy's cancel(e): e as one fraction p/q of expanded
// polynomials with no common factor, in SymPy's normal form — the
// generators are chosen as factor chooses them (symbols and
// non-polynomial parts such as sin(x) or pi), denominators in the
// coefficients are cleared, the integer contents reduced, and the sign
// put so that the denominator's leading coefficient (in the generators'
// lex order) is positive. Coefficients other than integers and
// rationals raise NotImplementedError, as factor does, except over a
// rational denominator.
func Cancel(e Expr) (_ Expr, err error) {
	defer recoverTo(&err)
	if IsNumber(e) {
		return e, nil
	}
	f := FactorTerms(Signsimp(e))
	p, q := asNumerDenom(f)
	if pr, qr, ok := floatCoeffsToRational(Expand(p), Expand(q)); ok {
		if r, ok := cancelRR(pr, qr); ok {
			return r, nil
		}
		return Expand(Div(p, q)), nil // a number: f.expand()
	}
	if q := Expand(q); toRat(q) != nil && Has(p, I) {
		// over a rational denominator the Gaussian polynomial is its
		// expansion (Poly over QQ_I with I a coefficient: log(2) + I*pi)
		return Div(Expand(p), q), nil
	}
	gens, terms, err := polysFromExprs(Expand(p), Expand(q))
	if err != nil {
		return nil, err
	}
	if len(gens) == 0 { // a number once over one denominator (0 for 1/a - 1/a)
		return Div(Expand(p), Expand(q)), nil
	}
	F, cq := clearDenoms(terms[0])
	G, cp := clearDenoms(terms[1])
	if len(F) == 0 {
		return Zero, nil
	}
	P, Q, err := mpCancel(F, G, len(gens))
	if err != nil {
		return nil, err
	}
	g := new(big.Int).GCD(nil, nil, cp, cq)
	P, Q = mpPositiveDenom(P.scale(new(big.Int).Quo(cp, g)), Q.scale(new(big.Int).Quo(cq, g)))
	return Div(P.toExpr(gens), Q.toExpr(gens)), nil
}

// cancelRR is cancel over SymPy's RR, the domain of polynomials with
// Float coefficients: p and q (their Floats already read as RR's
// rationals) are divided by their monic gcd over QQ, the denominator's
// leading coefficient made positive, and every coefficient written back
// as a Float (cancel(1.0*x**2 + x) is 1.0*x**2 + 1.0*x).
// ok is false when p/q is a number (no generators).
func cancelRR(p, q Expr) (Expr, bool) {
	gens, terms, err := polysFromExprs(p, q)
	if err != nil {
		panic(err)
	}
	if len(gens) == 0 {
		return nil, false
	}
	F, cf := clearDenoms(terms[0])
	G, cg := clearDenoms(terms[1])
	if len(F) == 0 {
		return Zero, true
	}
	h, err := mpGCD(F, G, len(gens))
	if err != nil {
		panic(err)
	}
	P, ok1 := mpDivExact(F, h)
	Q, ok2 := mpDivExact(G, h)
	if !ok1 || !ok2 {
		panic(notImpl("cancel: polynomial division failed"))
	}
	lc := h[0].c
	sp := new(big.Rat).SetFrac(lc, cf)
	sq := new(big.Rat).SetFrac(lc, cg)
	if Q[0].c.Sign()*sq.Sign() < 0 {
		sp.Neg(sp)
		sq.Neg(sq)
	}
	return Div(rrPolyExpr(P, sp, gens), rrPolyExpr(Q, sq, gens)), true
}

// rrPolyExpr is (f*s).as_expr() over RR: each coefficient a 53-bit Float.
func rrPolyExpr(f mpoly, s *big.Rat, gens []Expr) Expr {
	ts := make([]Expr, 0, len(f))
	for _, t := range f {
		c := new(big.Rat).Mul(new(big.Rat).SetInt(t.c), s)
		fc, err := NewFloatFrom(NewRational(c.Num(), c.Denom()), 15)
		if err != nil {
			panic(err)
		}
		fs := []Expr{fc}
		for i, k := range t.e {
			if k != 0 {
				fs = append(fs, NewPow(gens[i], NewInt(int64(k))))
			}
		}
		ts = append(ts, NewMul(fs...))
	}
	return NewAdd(ts...)
}

// floatCoeffsToRational reads the Float coefficients of the expanded
// polynomials p and q as RR's to_rational does (Floats inside a
// generator, such as the exponent of x**0.5, stay); ok is false when
// there is no Float coefficient.
func floatCoeffsToRational(p, q Expr) (Expr, Expr, bool) {
	found := false
	var conv func(e Expr) Expr
	conv = func(e Expr) Expr {
		switch x := e.(type) {
		case *Float:
			found = true
			return rrToRational(x)
		case *Add, *Mul:
			return mapArgs(e, conv)
		case *Pow:
			if IsInteger(x.Exp()) {
				return NewPow(conv(x.Base()), x.Exp())
			}
		}
		return e
	}
	p, q = conv(p), conv(q)
	return p, q, found
}

// rrMaxDenom is RealField's _max_denom at 53 bits: 2**53 // 200.
var rrMaxDenom = big.NewInt((1 << 53) / 200)

// rrToRational is RR's to_rational(f, limit=True): f's exact binary
// value, or the closest fraction with denominator at most rrMaxDenom
// found from its continued fraction.
func rrToRational(f *Float) Expr {
	r, _ := f.Big().Rat(nil)
	p, q := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	if q.Cmp(rrMaxDenom) <= 0 {
		return NewRational(p, q)
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(p), new(big.Int).Set(q)
	for {
		a := new(big.Int).Div(n, d)
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(rrMaxDenom) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, new(big.Int).Sub(n, new(big.Int).Mul(a, d))
	}
	k := new(big.Int).Div(new(big.Int).Sub(rrMaxDenom, q0), q1)
	number := new(big.Rat).SetFrac(p, q)
	bound1 := new(big.Rat).SetFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	bound2 := new(big.Rat).SetFrac(p1, q1)
	if bound1.Sign() == 0 || bound2.Sign() == 0 {
		return NewRational(p, q)
	}
	d2 := new(big.Rat).Abs(new(big.Rat).Sub(bound2, number))
	d1 := new(big.Rat).Abs(new(big.Rat).Sub(bound1, number))
	if d2.Cmp(d1) <= 0 {
		return NewRational(bound2.Num(), bound2.Denom())
	}
	return NewRational(bound1.Num(), bound1.Denom())
}

// mpCancel divides f and g by their gcd.
func mpCancel(f, g mpoly, n int) (mpoly, mpoly, error) {
	h, err := mpGCD(f, g, n)
	if err != nil {
		return nil, nil, err
	}
	P, ok1 := mpDivExact(f, h)
	Q, ok2 := mpDivExact(g, h)
	if !ok1 || !ok2 {
		return nil, nil, notImpl("cancel: polynomial division failed")
	}
	return P, Q, nil
}

// mpPositiveDenom negates p/q when q's leading coefficient is negative.
func mpPositiveDenom(p, q mpoly) (mpoly, mpoly) {
	if q[0].c.Sign() < 0 {
		return p.scale(big.NewInt(-1)), q.scale(big.NewInt(-1))
	}
	return p, q
}

// polysFromExprs reads several expanded expressions as polynomials in
// one set of generators (polyFromExpr's, for all of them together).
func polysFromExprs(es ...Expr) ([]Expr, [][]ratTerm, error) {
	var gens []Expr
	var parts [][]Expr
	var all [][]ratTerm
	for _, e := range es {
		gs, ts, err := polyFromExpr(e)
		if err != nil {
			return nil, nil, err
		}
		for _, g := range gs {
			if indexExpr(gens, g) < 0 {
				gens = append(gens, g)
			}
		}
		parts, all = append(parts, gs), append(all, ts)
	}
	slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	out := make([][]ratTerm, len(es))
	for i, ts := range all {
		for _, t := range ts {
			ex := make([]int, len(gens))
			for j, k := range t.e {
				ex[indexExpr(gens, parts[i][j])] += k
			}
			out[i] = append(out[i], ratTerm{ex, t.r})
		}
	}
	return gens, out, nil
}

// clearDenoms is clear_denoms: the integer polynomial den*f and den,
// the least common multiple of the coefficients' denominators.
func clearDenoms(terms []ratTerm) (mpoly, *big.Int) {
	den := big.NewInt(1)
	for _, t := range terms {
		den.Mul(den, new(big.Int).Quo(t.r.Denom(), new(big.Int).GCD(nil, nil, den, t.r.Denom())))
	}
	var f mpoly
	for _, t := range terms {
		if t.r.Sign() == 0 {
			continue
		}
		f = append(f, mterm{t.e, new(big.Int).Mul(t.r.Num(), new(big.Int).Quo(den, t.r.Denom()))})
	}
	f = mpCombine(f)
	f.sort()
	return f, den
}

// mpCombine adds up terms with equal exponents and drops zeros.
func mpCombine(f mpoly) mpoly {
	idx := map[string]int{}
	var out mpoly
	for _, t := range f {
		k := mExpKey(t.e)
		if i, ok := idx[k]; ok {
			out[i].c = new(big.Int).Add(out[i].c, t.c)
			continue
		}
		idx[k] = len(out)
		out = append(out, mterm{t.e, new(big.Int).Set(t.c)})
	}
	return slices.DeleteFunc(out, func(t mterm) bool { return t.c.Sign() == 0 })
}

// scale multiplies every coefficient by c.
func (f mpoly) scale(c *big.Int) mpoly {
	out := make(mpoly, len(f))
	for i, t := range f {
		out[i] = mterm{t.e, new(big.Int).Mul(t.c, c)}
	}
	return out
}

// mpGCD is the greatest common divisor of two integer polynomials, with
// a positive leading coefficient: read off both factorisations, which is
// fast for the small polynomials notebooks hold, or, where factoring
// gives up (many factors), the primitive remainder sequence of mpgcd.go.
func mpGCD(f, g mpoly, n int) (out mpoly, err error) {
	if h, err := mpGCDFactor(f, g, n); err == nil {
		return h, nil
	} else if _, interrupted := err.(InterruptError); interrupted {
		return nil, err
	}
	defer recoverTo(&err)
	return mpGCDPrs(f, g, n), nil
}

// mpGCDFactor is the gcd from both factorisations (the contents' gcd
// times the irreducible factors they share, each to its smaller
// multiplicity).
func mpGCDFactor(f, g mpoly, n int) (mpoly, error) {
	one := mpoly{{make([]int, n), big.NewInt(1)}}
	if len(g) == 0 {
		return f, nil
	}
	cf, ff, err := mpFactorZ(f, n)
	if err != nil {
		return nil, err
	}
	cg, fg, err := mpFactorZ(g, n)
	if err != nil {
		return nil, err
	}
	h := one.scale(new(big.Int).GCD(nil, nil, new(big.Int).Abs(cf), new(big.Int).Abs(cg)))
	for _, a := range ff {
		for _, b := range fg {
			if mpEqual(a.f, b.f) {
				for range min(a.k, b.k) {
					h = mpMul(h, a.f)
				}
			}
		}
	}
	return h, nil
}

// mpMul multiplies two integer polynomials.
func mpMul(f, g mpoly) mpoly {
	var out mpoly
	for _, a := range f {
		for _, b := range g {
			e := make([]int, len(a.e))
			for i := range e {
				e[i] = a.e[i] + b.e[i]
			}
			out = append(out, mterm{e, new(big.Int).Mul(a.c, b.c)})
		}
	}
	out = mpCombine(out)
	out.sort()
	return out
}
