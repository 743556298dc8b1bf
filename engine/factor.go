package engine

import (
	"maps"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// This file is factor() over the integers and rationals, as SymPy's
// factor does it: the expression is put over a common denominator, each
// factor of the result is read as a polynomial in automatically chosen
// generators (symbols, and any non-polynomial part such as sin(x) or
// sqrt(2)), factored into irreducibles over Z, and the product is built
// with the content in front.

// Factor is SymPy's factor(e): e as a product of irreducible factors over
// the rationals. Coefficients other than integers and rationals (floats,
// I) raise NotImplementedError rather than a different answer.
func Factor(e Expr) (Expr, error) {
	if IsNumber(e) {
		return e, nil
	}
	coeff, fs, err := symbolicFactorList(togetherArgs(e))
	if err != nil {
		return nil, err
	}
	ps := make([]Expr, len(fs))
	for i, f := range fs {
		ps[i] = NewPow(f.base, f.exp)
	}
	return keepCoeff(coeff, NewMul(ps...), true, false), nil
}

// FactorPair is one factor of FactorList with its exponent.
type FactorPair struct {
	Base, Exp Expr
}

// FactorList is factor_list(e): the numeric content and the irreducible
// factors with their multiplicities, in SymPy's order.
func FactorList(e Expr) (Expr, []FactorPair, error) {
	coeff, fs, err := symbolicFactorList(togetherArgs(e))
	if err != nil {
		return nil, nil, err
	}
	for _, f := range fs {
		k, ok := f.exp.(*Integer)
		if ok && k.Sign() < 0 {
			return nil, nil, &Error{Type: "PolynomialError", Msg: "a polynomial expected, got " + e.String()}
		}
		if f.poly == nil || !ok {
			return nil, nil, notImpl("factor_list: only polynomials with integer powers are supported, not " + e.String())
		}
	}
	sortFactors(fs)
	out := make([]FactorPair, len(fs))
	for i, f := range fs {
		out[i] = FactorPair{f.base, f.exp}
	}
	return coeff, out, nil
}

type factorExp struct {
	base, exp Expr
	// for SymPy's factor_list order: the factor as a polynomial in the
	// generators of the product term it came from
	poly *mpoly
}

// togetherArgs is Mul.make_args(together(e)): e over a common
// denominator, with the common factors of each sum pulled out
// (gcd_terms), as factors not yet multiplied together.
func togetherArgs(e Expr) []Expr {
	// SymPy's factor starts with together(expr): exp(-x) is 1/exp(x)
	// there (as_numer_denom), so exp(-x)/(1 + exp(-x))**2 is
	// exp(x)/(exp(x) + 1)**2, and terms with radicals of sums go over
	// one denominator
	e = togetherInner(Together(e, false))
	if t, ok := togetherForm(e); ok {
		e = t
	}
	var args []Expr
	for _, a := range mulArgs(e) {
		if s, ok := a.(*Add); ok {
			a = gcdTerms(s)
		}
		args = append(args, mulArgs(a)...)
	}
	return args
}

// togetherInner applies together to the parts of e (not into function
// arguments), as SymPy's recursive _together does before combining the
// top level: a denominator that is itself a sum of fractions, such as
// 1 + y**2/x**2, becomes (x**2 + y**2)/x**2 first.
func togetherInner(e Expr) Expr {
	switch x := e.(type) {
	case *Add:
		args := make([]Expr, len(x.args))
		for i, a := range x.args {
			args[i] = togetherInner(a)
		}
		r := NewAdd(args...)
		if t, ok := togetherForm(r); ok {
			return t
		}
		return r
	case *Mul:
		args := make([]Expr, len(x.args))
		for i, a := range x.args {
			args[i] = togetherInner(a)
		}
		return NewMul(args...)
	case *Pow:
		if _, ok := x.Exp().(*Integer); ok {
			return NewPow(togetherInner(x.Base()), x.Exp())
		}
	}
	return e
}

// symbolicFactorList is SymPy's _symbolic_factor_list.
func symbolicFactorList(args []Expr) (Expr, []factorExp, error) {
	coeff := Expr(One)
	var fs []factorExp
	for _, arg := range args {
		if IsNumber(arg) {
			coeff = NewMul(coeff, arg)
			continue
		}
		base, exp := arg, Expr(One)
		if p, ok := arg.(*Pow); ok {
			base, exp = p.Base(), p.Exp()
			if IsNumber(base) && IsNumber(exp) {
				coeff = NewMul(coeff, arg)
				continue
			}
			if IsNumber(base) {
				fs = append(fs, factorExp{base: base, exp: exp})
				continue
			}
		}
		c, pfs, err := factorPolyExpr(base)
		if err != nil {
			return nil, nil, err
		}
		if !isInt(c, 1) {
			switch {
			case IsInteger(exp):
				coeff = NewMul(coeff, NewPow(c, exp))
			case IsPositive(c) == True:
				fs = append(fs, factorExp{base: c, exp: exp})
			default:
				pfs = append(pfs, factorExp{base: c, exp: One})
			}
		}
		switch {
		case isInt(exp, 1):
			fs = append(fs, pfs...)
		case IsInteger(exp):
			for _, f := range pfs {
				fs = append(fs, factorExp{f.base, NewMul(f.exp, exp), f.poly})
			}
		default:
			var other []Expr
			for _, f := range pfs {
				if IsPositive(f.base) == True {
					fs = append(fs, factorExp{f.base, NewMul(f.exp, exp), f.poly})
				} else {
					other = append(other, NewPow(f.base, f.exp))
				}
			}
			fs = append(fs, factorExp{base: NewMul(other...), exp: exp})
		}
	}
	// collect duplicates, keeping first-seen order
	var out []factorExp
	for _, f := range fs {
		found := false
		for i := range out {
			// as Mul does: numeric exponents of one base add up; x**x
			// and 1/x stay apart (x**x/x, not x**(x - 1))
			if Equal(out[i].base, f.base) && IsNumber(out[i].exp) && IsNumber(f.exp) {
				out[i].exp = NewAdd(out[i].exp, f.exp)
				found = true
				break
			}
		}
		if !found {
			out = append(out, f)
		}
	}
	return coeff, out, nil
}

// factorPolyExpr reads e as a polynomial in its generators and returns
// its content and irreducible factors (Poly.factor_list).
func factorPolyExpr(e Expr) (Expr, []factorExp, error) {
	ex := Expand(e)
	gens, terms, err := polyFromExpr(ex)
	if err != nil {
		if Has(ex, I) {
			return factorGaussian(ex)
		}
		return nil, nil, err
	}
	if len(gens) == 0 {
		// PolificationFailed: a number once expanded (the expanded
		// expression is what SymPy keeps: (x - 1)**2 - 2*(x - 1)*(x + 1)
		// + (x + 1)**2 is 4)
		return One, []factorExp{{base: ex, exp: One}}, nil
	}
	// clear denominators: f = (num/den) * integer polynomial
	den := big.NewInt(1)
	for _, t := range terms {
		den.Mul(den, new(big.Int).Quo(t.r.Denom(), new(big.Int).GCD(nil, nil, den, t.r.Denom())))
	}
	f := make(mpoly, len(terms))
	for i, t := range terms {
		c := new(big.Int).Mul(t.r.Num(), new(big.Int).Quo(den, t.r.Denom()))
		f[i] = mterm{t.e, c}
	}
	f.sort()
	cont, irr, err := mpFactorZ(f, len(gens))
	if err != nil {
		return nil, nil, err
	}
	c := ratFrom(new(big.Rat).SetFrac(cont, den))
	out := make([]factorExp, len(irr))
	for i, g := range irr {
		g := g
		out[i] = factorExp{base: g.f.toExpr(gens), exp: NewInt(int64(g.k)), poly: &g.f}
	}
	return c, out, nil
}

// sortFactors is SymPy's _sorted_factors for factor_list: by the length
// of the dense representation, then multiplicity, then the
// representation itself.
func sortFactors(fs []factorExp) {
	slices.SortStableFunc(fs, func(a, b factorExp) int {
		if c := a.poly.denseLen() - b.poly.denseLen(); c != 0 {
			return c
		}
		if c := len((*a.poly)[0].e) - len((*b.poly)[0].e); c != 0 {
			return c
		}
		if c := a.exp.(*Integer).Big().Cmp(b.exp.(*Integer).Big()); c != 0 {
			return c
		}
		return cmpNested(a.poly.dense(0), b.poly.dense(0))
	})
}

// dense is the poly's nested dense list (DMP's to_list) from generator
// v on: a []any of sub-lists, or of *big.Int at the last generator.
func (f mpoly) dense(v int) []any {
	if len(f) == 0 {
		return nil
	}
	n := len(f[0].e)
	top := f[0].e[v]
	out := make([]any, top+1)
	for d := 0; d <= top; d++ {
		var sub mpoly
		for _, t := range f {
			if t.e[v] == top-d {
				sub = append(sub, t)
			}
		}
		if v == n-1 {
			c := new(big.Int)
			if len(sub) > 0 {
				c = sub[0].c
			}
			out[d] = c
		} else {
			out[d] = sub.dense(v + 1)
		}
	}
	return out
}

// cmpNested compares nested lists as Python compares lists.
func cmpNested(a, b []any) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		var c int
		switch x := a[i].(type) {
		case *big.Int:
			c = x.Cmp(b[i].(*big.Int))
		case []any:
			c = cmpNested(x, b[i].([]any))
		}
		if c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

type ratTerm struct {
	e []int
	r *big.Rat
}

// polyFromExpr splits an expanded expression into SymPy's automatic
// generators (sorted as _sort_gens does) and rational-coefficient terms.
func polyFromExpr(e Expr) ([]Expr, []ratTerm, error) {
	type rawTerm struct {
		c  *big.Rat
		gs []Expr
		ks []int
	}
	var gens []Expr
	var raws []rawTerm
	for _, t := range addArgs(e) {
		var rt rawTerm
		rt.c = big.NewRat(1, 1)
		for _, f := range mulArgs(t) {
			if IsNumber(f) {
				r := toRat(f)
				if r == nil {
					return nil, nil, notImpl("factor: only integer and rational coefficients are supported, not " + f.String())
				}
				rt.c.Mul(rt.c, r)
				continue
			}
			if f == I {
				return nil, nil, notImpl("factor: Gaussian (complex) coefficients are not supported")
			}
			g, k64 := decomposePower(f)
			k := int(k64)
			if k < 0 {
				g, k = NewPow(g, NegOne), -k
			}
			if indexExpr(gens, g) < 0 {
				gens = append(gens, g)
			}
			rt.gs = append(rt.gs, g)
			rt.ks = append(rt.ks, k)
		}
		raws = append(raws, rt)
	}
	slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	var terms []ratTerm
	for _, rt := range raws {
		ex := make([]int, len(gens))
		for i, g := range rt.gs {
			ex[indexExpr(gens, g)] += rt.ks[i]
		}
		terms = append(terms, ratTerm{ex, rt.c})
	}
	return gens, terms, nil
}

type genSortKey struct {
	order int
	name  string
	index int
}

var reGen = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*?)(\d*)$`) })

// genOrder is SymPy's _gens_order: x, y, z first, then p–w, then a–o.
var genOrder = func() map[string]int {
	m := map[string]int{"x": 124, "y": 125, "z": 126}
	for i, c := range "abcdefghijklmno" {
		m[string(c)] = 301 + i
	}
	for i, c := range "pqrstuvw" {
		m[string(c)] = 216 + i
	}
	return m
}()

// genKey is _sort_gens's order_key for a generator.
func genKey(g Expr) genSortKey {
	s := g.String()
	m := reGen().FindStringSubmatch(s)
	name, idx := m[1], 0
	if m[2] != "" {
		idx, _ = strconv.Atoi(m[2])
	}
	if o, ok := genOrder[name]; ok {
		return genSortKey{o, name, idx}
	}
	return genSortKey{1000, name, idx}
}

func compareGenKeys(a, b genSortKey) int {
	if a.order != b.order {
		return a.order - b.order
	}
	if c := strings.Compare(a.name, b.name); c != 0 {
		return c
	}
	return a.index - b.index
}

// mterm is one term of a multivariate integer polynomial.
type mterm struct {
	e []int
	c *big.Int
}

// mpoly is a sparse multivariate polynomial over the integers, terms in
// lex order, largest first, with no zero coefficients.
type mpoly []mterm

func cmpExps(a, b []int) int {
	for i := range a {
		if a[i] != b[i] {
			return a[i] - b[i]
		}
	}
	return 0
}

func (f mpoly) sort() { slices.SortFunc(f, func(a, b mterm) int { return cmpExps(b.e, a.e) }) }

// denseLen is the length of the outermost dense list: degree in the first
// generator plus one.
func (f mpoly) denseLen() int {
	if len(f) == 0 {
		return 0
	}
	return f[0].e[0] + 1
}

func (f mpoly) toExpr(gens []Expr) Expr {
	ts := make([]Expr, 0, len(f))
	for _, t := range f {
		fs := []Expr{NewBigInt(t.c)}
		for i, k := range t.e {
			if k != 0 {
				fs = append(fs, NewPow(gens[i], NewInt(int64(k))))
			}
		}
		ts = append(ts, NewMul(fs...))
	}
	return NewAdd(ts...)
}

func mExpKey(e []int) string {
	var b strings.Builder
	for _, k := range e {
		b.WriteString(strconv.Itoa(k))
		b.WriteByte(',')
	}
	return b.String()
}

// mpDivExact returns f/g when g divides f exactly over the integers.
func mpDivExact(f, g mpoly) (mpoly, bool) {
	if len(g) == 0 {
		return nil, false
	}
	r := map[string]*mterm{}
	for _, t := range f {
		r[mExpKey(t.e)] = &mterm{t.e, new(big.Int).Set(t.c)}
	}
	lead := func() *mterm {
		var best *mterm
		for _, t := range r {
			if best == nil || cmpExps(t.e, best.e) > 0 {
				best = t
			}
		}
		return best
	}
	var q mpoly
	lt := g[0]
	m := new(big.Int)
	for len(r) > 0 {
		checkInterrupt()
		t := lead()
		e := make([]int, len(t.e))
		for i := range e {
			e[i] = t.e[i] - lt.e[i]
			if e[i] < 0 {
				return nil, false
			}
		}
		c := new(big.Int)
		c.QuoRem(t.c, lt.c, m)
		if m.Sign() != 0 {
			return nil, false
		}
		q = append(q, mterm{e, c})
		for _, b := range g {
			ee := make([]int, len(e))
			for i := range ee {
				ee[i] = e[i] + b.e[i]
			}
			k := mExpKey(ee)
			d := new(big.Int).Mul(c, b.c)
			if x, ok := r[k]; ok {
				x.c.Sub(x.c, d)
				if x.c.Sign() == 0 {
					delete(r, k)
				}
			} else {
				r[k] = &mterm{ee, d.Neg(d)}
			}
		}
	}
	q.sort()
	return q, true
}

// mpFactor is an irreducible factor with its multiplicity.
type mpFactor struct {
	f mpoly
	k int
}

// mpFactorZ factors an integer polynomial in n generators: it returns the
// signed content and the primitive irreducible factors, each with a
// positive leading coefficient in lex order (as dmp_factor_list over ZZ).
func mpFactorZ(f mpoly, n int) (*big.Int, []mpFactor, error) {
	cont := new(big.Int)
	for _, t := range f {
		cont.GCD(nil, nil, cont, new(big.Int).Abs(t.c))
	}
	if f[0].c.Sign() < 0 {
		cont.Neg(cont)
	}
	g := make(mpoly, len(f))
	for i, t := range f {
		g[i] = mterm{t.e, new(big.Int).Quo(t.c, cont)}
	}
	var out []mpFactor
	// monomial content: each generator to its smallest power
	for v := 0; v < n; v++ {
		m := g[0].e[v]
		for _, t := range g {
			m = min(m, t.e[v])
		}
		if m > 0 {
			e := make([]int, n)
			e[v] = 1
			out = append(out, mpFactor{mpoly{{e, big.NewInt(1)}}, m})
			for i := range g {
				ne := slices.Clone(g[i].e)
				ne[v] -= m
				g[i].e = ne
			}
		}
	}
	if len(g) == 1 {
		return cont, out, nil
	}
	fs, err := mpFactorPrimitive(g, n)
	if err != nil {
		return nil, nil, err
	}
	return cont, append(out, fs...), nil
}

// maxKroneckerDegree bounds the degree of the univariate image of a
// multivariate polynomial (the product of its degrees plus one in each
// generator); beyond it factor raises NotImplementedError.
const maxKroneckerDegree = 1500

// mpFactorPrimitive factors a primitive polynomial with no monomial
// content. A polynomial in one generator goes straight to Zassenhaus;
// several generators go through Kronecker's substitution x_i → t**(D_i):
// the univariate image is factored, and products of its factors, smallest
// first, are mapped back and tried as divisors. This finds every
// irreducible factor (each maps to a product of image factors); the work
// grows with the number of image factors, and past a bound factor raises
// NotImplementedError.
func mpFactorPrimitive(f mpoly, n int) ([]mpFactor, error) {
	if n > 1 {
		if fs, ok, err := mpFactorByContent(f, n); ok || err != nil {
			return fs, err
		}
	}
	degs := make([]int, n)
	for _, t := range f {
		for v, k := range t.e {
			degs[v] = max(degs[v], k)
		}
	}
	weights := make([]int, n)
	w := 1
	for v := n - 1; v >= 0; v-- {
		weights[v] = w
		w *= degs[v] + 1
		if w > maxKroneckerDegree {
			return nil, notImpl("factor: this multivariate polynomial is too large for dcalc's factoring method (Kronecker substitution)")
		}
	}
	image := make(upoly, w)
	for i := range image {
		image[i] = new(big.Int)
	}
	for _, t := range f {
		k := 0
		for v, d := range t.e {
			k += d * weights[v]
		}
		image[k].Add(image[k], t.c)
	}
	image = upTrim(image)
	if image.lc().Sign() < 0 {
		image = upNeg(image)
	}
	if n > 1 {
		if fs, ok, err := mpFactorBySqf(f, n, image, weights); ok || err != nil {
			return fs, err
		}
	}
	ufs, err := upFactorZ(image)
	if err != nil {
		return nil, err
	}
	var pieces []upoly
	for _, uf := range ufs {
		for range uf.k {
			pieces = append(pieces, uf.f)
		}
	}
	unmap := func(u upoly) mpoly { return unmapKronecker(u, n, weights) }
	if n == 1 {
		var out []mpFactor
		for _, uf := range ufs {
			out = append(out, mpFactor{unmap(uf.f), uf.k})
		}
		return out, nil
	}
	var found []mpoly
	rest := f
	restVals := mpEvalPoints(rest)
	tried := 0
	for s := 1; 2*s <= len(pieces); s++ {
	retry:
		if 2*s > len(pieces) {
			break
		}
		idx := make([]int, s)
		for i := range idx {
			idx[i] = i
		}
		for {
			tried++
			if tried > maxRecombine {
				return nil, notImpl("factor: too many factors to recombine")
			}
			if tried%64 == 0 {
				checkInterrupt()
			}
			u := upoly{big.NewInt(1)}
			for _, i := range idx {
				u = upMul(u, pieces[i])
			}
			if g := unmap(u); len(g) > 1 && mayDivide(rest, g, restVals) {
				if q, ok := mpDivExact(rest, g); ok {
					found = append(found, g)
					rest = q
					restVals = mpEvalPoints(rest)
					pieces = removeIdx(pieces, idx)
					goto retry
				}
			}
			if !nextCombination(idx, len(pieces)) {
				break
			}
		}
	}
	// no product of at most half the remaining pieces divides rest, so
	// rest is irreducible (or a unit)
	if len(rest) > 1 || !isConstTerm(rest[0]) {
		if rest[0].c.Sign() < 0 {
			for i := range rest {
				rest[i].c = new(big.Int).Neg(rest[i].c)
			}
		}
		found = append(found, rest)
	} else if rest[0].c.CmpAbs(bigOne) != 0 {
		return nil, notImpl("factor: internal recombination failure")
	}
	// gather multiplicities
	var out []mpFactor
	for _, g := range found {
		dup := false
		for i := range out {
			if mpEqual(out[i].f, g) {
				out[i].k++
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, mpFactor{g, 1})
		}
	}
	return out, nil
}

// mpFactorBySqf factors a polynomial whose Kronecker image is not
// square-free part by part: the square-free parts u_i of the image are
// read back as polynomials h_i, and when f is exactly the product of the
// h_i**i (checked by multiplying out) each h_i, whose image is much
// smaller, is factored on its own and the multiplicities added. ok is
// false when the image is square-free or the parts do not read back.
func mpFactorBySqf(f mpoly, n int, image upoly, weights []int) (fs []mpFactor, ok bool, err error) {
	parts := upSqf(upPrimitive(image))
	if len(parts) == 1 {
		return nil, false, nil
	}
	prod := mpoly{{make([]int, n), big.NewInt(1)}}
	var hs []mpoly
	for i, u := range parts {
		var h mpoly
		if u.deg() > 0 {
			h = unmapKronecker(u, n, weights)
			for range i + 1 {
				prod = mpMul(prod, h)
			}
		}
		hs = append(hs, h)
	}
	if !mpEqual(prod, f) {
		return nil, false, nil
	}
	for i, h := range hs {
		if h == nil {
			continue
		}
		hf, err := mpFactorPrimitive(h, n)
		if err != nil {
			return nil, true, err
		}
		for _, g := range hf {
			k := slices.IndexFunc(fs, func(x mpFactor) bool { return mpEqual(x.f, g.f) })
			if k < 0 {
				fs = append(fs, mpFactor{g.f, g.k * (i + 1)})
			} else {
				fs[k].k += g.k * (i + 1)
			}
		}
	}
	return fs, true, nil
}

// unmapKronecker reads a univariate image back as a polynomial in n
// generators with the substitution's weights, its first term positive.
func unmapKronecker(u upoly, n int, weights []int) mpoly {
	var g mpoly
	for k, c := range u {
		if c.Sign() == 0 {
			continue
		}
		e := make([]int, n)
		r := k
		for v := range n {
			e[v] = r / weights[v]
			r %= weights[v]
		}
		g = append(g, mterm{e, new(big.Int).Set(c)})
	}
	g.sort()
	if len(g) > 0 && g[0].c.Sign() < 0 {
		for i := range g {
			g[i].c = new(big.Int).Neg(g[i].c)
		}
	}
	return g
}

// mpFactorByContent splits a primitive polynomial in several generators
// along one of them: a non-trivial content in a generator v (the gcd of
// the coefficients of the powers of v) and the quotient are factored
// separately; a polynomial primitive in a generator in which it has
// degree one is irreducible (a factor free of v would divide that
// content). A coefficient that is a monomial proves f primitive in v (f
// has no monomial content); other contents are computed only for small
// polynomials, as the remainder sequence can swell. ok is false when
// neither applies.
func mpFactorByContent(f mpoly, n int) (fs []mpFactor, ok bool, err error) {
	const maxContentTerms = 40
	linear := false
	for v := range n {
		d := degIn(f, v)
		if d <= 0 {
			continue
		}
		cs := coeffsIn(f, v)
		coeffs := slices.Collect(maps.Values(cs))
		if slices.ContainsFunc(coeffs, func(c mpoly) bool { return len(c) == 1 }) || mpCoprime(coeffs, n) {
			linear = linear || d == 1
			continue
		}
		if len(f) > maxContentTerms {
			continue
		}
		var c mpoly
		for _, cf := range cs {
			c = gcdLevel(c, cf, 0, n)
			if isUnit(c) {
				break
			}
		}
		if isUnit(c) || len(c) == 0 || len(c) == 1 && isConstTerm(c[0]) {
			linear = linear || d == 1
			continue
		}
		q, exact := mpDivExact(f, mpPositive(c))
		if !exact {
			return nil, false, notImpl("factor: content division failed")
		}
		fc, err := mpFactorPrimitive(mpPositive(c), n)
		if err != nil {
			return nil, false, err
		}
		fq, err := mpFactorPrimitive(mpPositive(q), n)
		if err != nil {
			return nil, false, err
		}
		return mergeMpFactors(append(fc, fq...)), true, nil
	}
	if linear {
		return []mpFactor{{mpPositive(f), 1}}, true, nil
	}
	return nil, false, nil
}

// mpCoprime reports whether the gcd of ps is proven constant by images:
// for each generator w, the others are replaced by small integers at
// which no leading coefficient in w vanishes, and the univariate gcd of
// the images has degree zero. (A common factor of degree k in w keeps
// degree k in the images, its leading coefficient dividing theirs.)
// False means unproven, not a common factor.
func mpCoprime(ps []mpoly, n int) bool {
	for w := range n {
		if !slices.ContainsFunc(ps, func(p mpoly) bool { return degIn(p, w) > 0 }) {
			continue
		}
		proved := false
		for try := range 3 {
			g, ok := upoly(nil), true
			for _, p := range ps {
				img, good := mpImageIn(p, w, n, int64(2+7*try))
				if !good {
					ok = false
					break
				}
				if g == nil {
					g = img
				} else {
					g = upGCD(g, img)
				}
			}
			if ok {
				proved = len(upTrim(g)) <= 1
				break
			}
		}
		if !proved {
			return false
		}
	}
	return true
}

// mpImageIn is p with every generator but w replaced by seed, seed+1,
// ... (a univariate polynomial in w); ok is false when its degree drops.
func mpImageIn(p mpoly, w, n int, seed int64) (upoly, bool) {
	d := degIn(p, w)
	img := make(upoly, d+1)
	for i := range img {
		img[i] = new(big.Int)
	}
	for _, t := range p {
		v := new(big.Int).Set(t.c)
		for k, e := range t.e {
			if k != w && e > 0 {
				v.Mul(v, new(big.Int).Exp(big.NewInt(seed+int64(k)), big.NewInt(int64(e)), nil))
			}
		}
		img[t.e[w]].Add(img[t.e[w]], v)
	}
	if img[d].Sign() == 0 {
		return nil, false
	}
	return img, true
}

// mergeMpFactors adds up the multiplicities of equal factors.
func mergeMpFactors(fs []mpFactor) []mpFactor {
	var out []mpFactor
	for _, g := range fs {
		i := slices.IndexFunc(out, func(o mpFactor) bool { return mpEqual(o.f, g.f) })
		if i >= 0 {
			out[i].k += g.k
			continue
		}
		out = append(out, g)
	}
	return out
}

func isConstTerm(t mterm) bool {
	for _, k := range t.e {
		if k != 0 {
			return false
		}
	}
	return true
}

func mpEqual(f, g mpoly) bool {
	if len(f) != len(g) {
		return false
	}
	for i := range f {
		if cmpExps(f[i].e, g[i].e) != 0 || f[i].c.Cmp(g[i].c) != 0 {
			return false
		}
	}
	return true
}

// evalPoints are the integer points where mayDivide compares values.
var evalPoints = [][]int64{{2, 3, 5, 7, 11, 13, 17, 19}, {-3, 4, -2, 5, -7, 3, 2, -5}}

// mpEvalPoints evaluates f at each of evalPoints.
func mpEvalPoints(f mpoly) []*big.Int {
	out := make([]*big.Int, len(evalPoints))
	for i, pt := range evalPoints {
		out[i] = mpEval(f, pt)
	}
	return out
}

func mpEval(f mpoly, pt []int64) *big.Int {
	sum := new(big.Int)
	t := new(big.Int)
	for _, term := range f {
		t.Set(term.c)
		for v, k := range term.e {
			if k > 0 {
				t.Mul(t, new(big.Int).Exp(big.NewInt(pt[v%len(pt)]), big.NewInt(int64(k)), nil))
			}
		}
		sum.Add(sum, t)
	}
	return sum
}

// mayDivide is a cheap necessary condition for g | f: degrees, leading
// and trailing terms, and values at a few integer points.
func mayDivide(f, g mpoly, fVals []*big.Int) bool {
	lf, lg := f[0], g[0]
	tf, tg := f[len(f)-1], g[len(g)-1]
	for v := range lf.e {
		if lg.e[v] > lf.e[v] || tg.e[v] > tf.e[v] {
			return false
		}
	}
	m := new(big.Int)
	if m.Rem(lf.c, lg.c).Sign() != 0 || m.Rem(tf.c, tg.c).Sign() != 0 {
		return false
	}
	for i, pt := range evalPoints {
		gv := mpEval(g, pt)
		if gv.Sign() != 0 && m.Rem(fVals[i], gv).Sign() != 0 {
			return false
		}
	}
	return true
}
