package engine

import (
	"math/big"
	"slices"
)

// This file is the part of factor over the Gaussian integers (SymPy's
// ZZ_I, chosen when a coefficient holds I) that needs no factoring
// algorithm: monomial content, and a polynomial primitive of degree one
// in some generator, which is irreducible. Each factor is normalised as
// dmp_zz_i_factor does (made monic in its leading term, then cleared of
// denominators). Anything else raises NotImplementedError.

// gaussTerm is a term with a Gaussian rational coefficient re + im*I.
type gaussTerm struct {
	e      []int
	re, im *big.Rat
}

// factorGaussian is factorPolyExpr for an expanded e with I in its
// coefficients.
func factorGaussian(e Expr) (Expr, []factorExp, error) {
	var gens []Expr
	type raw struct {
		re, im *big.Rat
		gs     []Expr
		ks     []int
	}
	var raws []raw
	for _, t := range addArgs(e) {
		r := raw{re: big.NewRat(1, 1), im: new(big.Rat)}
		for _, f := range mulArgs(t) {
			switch {
			case f == Expr(I):
				r.re, r.im = new(big.Rat).Neg(r.im), r.re
			case IsNumber(f):
				q := toRat(f)
				if q == nil {
					return nil, nil, notImpl("factor: only rational and Gaussian rational coefficients are supported")
				}
				r.re.Mul(r.re, q)
				r.im.Mul(r.im, q)
			default:
				g, k64 := decomposePower(f)
				k := int(k64)
				if k < 0 {
					return nil, nil, notImpl("factor: Gaussian coefficients with negative powers")
				}
				if indexExpr(gens, g) < 0 {
					gens = append(gens, g)
				}
				r.gs = append(r.gs, g)
				r.ks = append(r.ks, k)
			}
		}
		raws = append(raws, r)
	}
	if len(gens) == 0 {
		return One, []factorExp{{base: e, exp: One}}, nil
	}
	if slices.ContainsFunc(gens, func(g Expr) bool { return hasCallOf(g, fnExp) }) {
		// exp generators beside I: SymPy's results there (exp(x)**(5/2)
		// out of exp(5*x/2)) are not matched yet
		return nil, nil, notImpl("factor: Gaussian (complex) coefficients with exp generators are not supported yet")
	}
	slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	var ts []gaussTerm
	for _, r := range raws {
		ex := make([]int, len(gens))
		for i, g := range r.gs {
			ex[indexExpr(gens, g)] += r.ks[i]
		}
		ts = append(ts, gaussTerm{ex, r.re, r.im})
	}
	slices.SortFunc(ts, func(a, b gaussTerm) int { return cmpExps(b.e, a.e) })
	n := len(gens)
	var out []factorExp
	// monomial content
	for v := range n {
		m := ts[0].e[v]
		for _, t := range ts {
			m = min(m, t.e[v])
		}
		if m > 0 {
			out = append(out, factorExp{base: gens[v], exp: NewInt(int64(m))})
			for i := range ts {
				ts[i].e = slices.Clone(ts[i].e)
				ts[i].e[v] -= m
			}
		}
	}
	if len(ts) == 1 {
		return gaussNumber(ts[0].re, ts[0].im), out, nil
	}
	if !gaussLinearPrimitive(ts, n) {
		return nil, nil, notImpl("factor: Gaussian (complex) coefficients are supported only for polynomials of degree one in a generator")
	}
	// monic in the leading term, then cleared of denominators
	lre, lim := ts[0].re, ts[0].im
	norm := new(big.Rat).Add(new(big.Rat).Mul(lre, lre), new(big.Rat).Mul(lim, lim))
	den := big.NewInt(1)
	for i, t := range ts {
		// (re + im*I)/(lre + lim*I) = ((re*lre + im*lim) + (im*lre - re*lim)*I)/norm
		re := new(big.Rat).Add(new(big.Rat).Mul(t.re, lre), new(big.Rat).Mul(t.im, lim))
		im := new(big.Rat).Sub(new(big.Rat).Mul(t.im, lre), new(big.Rat).Mul(t.re, lim))
		re.Quo(re, norm)
		im.Quo(im, norm)
		ts[i].re, ts[i].im = re, im
		for _, q := range []*big.Rat{re, im} {
			d := q.Denom()
			den.Mul(den, new(big.Int).Quo(d, new(big.Int).GCD(nil, nil, den, d)))
		}
	}
	if den.Cmp(big.NewInt(1)) != 0 {
		return nil, nil, notImpl("factor: Gaussian content of this polynomial is not supported yet")
	}
	terms := make([]Expr, len(ts))
	for i, t := range ts {
		m := []Expr{gaussNumber(t.re, t.im)}
		for v, k := range t.e {
			if k > 0 {
				m = append(m, NewPow(gens[v], NewInt(int64(k))))
			}
		}
		terms[i] = NewMul(m...)
	}
	out = append(out, factorExp{base: NewAdd(terms...), exp: One})
	return gaussNumber(lre, lim), out, nil
}

// gaussNumber is re + im*I.
func gaussNumber(re, im *big.Rat) Expr {
	return NewAdd(ratFrom(re), NewMul(ratFrom(im), I))
}

// gaussLinearPrimitive reports whether the polynomial has degree one in
// some generator v whose coefficients include a single term with a unit
// coefficient (±1, ±I): with no monomial content that makes it primitive
// in v, hence irreducible.
func gaussLinearPrimitive(ts []gaussTerm, n int) bool {
	isUnit := func(t gaussTerm) bool {
		one := func(q *big.Rat) bool { return q.IsInt() && q.Num().CmpAbs(big.NewInt(1)) == 0 }
		return one(t.re) && t.im.Sign() == 0 || one(t.im) && t.re.Sign() == 0
	}
	for v := range n {
		deg := 0
		for _, t := range ts {
			deg = max(deg, t.e[v])
		}
		if deg != 1 {
			continue
		}
		// coefficients of v**0 and v**1, grouped by the other exponents
		for _, power := range []int{0, 1} {
			var group []gaussTerm
			for _, t := range ts {
				if t.e[v] == power {
					group = append(group, t)
				}
			}
			if len(group) == 1 && isUnit(group[0]) {
				return true
			}
		}
	}
	return false
}
