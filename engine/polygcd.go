package engine

import "math/big"

// PolyGcdLcm is SymPy's gcd(f, g) (lcm when lcm is set) of two
// polynomials with rational coefficients in their automatic generators:
// over the integers the gcd keeps the contents' gcd and the lcm the
// contents' lcm, with a positive leading coefficient (but an lcm in
// several variables has the sign of the product, as SymPy's); with
// fractional coefficients (the field QQ) both are monic.
func PolyGcdLcm(f, g Expr, lcm bool) (Expr, error) {
	gens, terms, err := polysFromExprs(Expand(f), Expand(g))
	if err != nil {
		return nil, err
	}
	field := false
	for _, ts := range terms {
		for _, t := range ts {
			field = field || !t.r.IsInt()
		}
	}
	F, _ := clearDenoms(terms[0])
	G, _ := clearDenoms(terms[1])
	n := len(gens)
	var h mpoly
	switch {
	case lcm && (len(F) == 0 || len(G) == 0):
		return Zero, nil
	case lcm:
		fc, fp := mpPrimitive(F, n)
		gc, gp := mpPrimitive(G, n)
		d, err := mpGCD(fp, gp, n)
		if err != nil {
			return nil, err
		}
		q, ok := mpDivExact(mpMul(fp, gp), d)
		if !ok {
			return nil, errorf("NotImplementedError", "dcalc could not divide by the gcd in lcm")
		}
		c := new(big.Int).Quo(new(big.Int).Mul(fc, gc), new(big.Int).GCD(nil, nil, fc, gc))
		if n == 1 {
			q = mpPositive(q) // dup_rr_lcm's canonical unit; dmp_rr_lcm has none
		}
		h = q.scale(c)
	case len(F) == 0:
		h = mpPositive(G)
	case len(G) == 0:
		h = mpPositive(F)
	default:
		if h, err = mpGCD(F, G, n); err != nil {
			return nil, err
		}
	}
	if len(h) == 0 {
		return Zero, nil
	}
	if !field {
		return h.toExpr(gens), nil
	}
	// monic: every coefficient over the leading one
	ts := make([]Expr, 0, len(h))
	for _, t := range h {
		fs := []Expr{NewRational(t.c, h[0].c)}
		for i, k := range t.e {
			if k != 0 {
				fs = append(fs, NewPow(gens[i], NewInt(int64(k))))
			}
		}
		ts = append(ts, NewMul(fs...))
	}
	return NewAdd(ts...), nil
}

// mpPrimitive splits f into its positive content and primitive part.
func mpPrimitive(f mpoly, n int) (*big.Int, mpoly) {
	c := new(big.Int)
	for _, t := range f {
		c.GCD(nil, nil, c, new(big.Int).Abs(t.c))
	}
	if c.Sign() == 0 {
		return big.NewInt(1), f
	}
	out := make(mpoly, len(f))
	for i, t := range f {
		out[i] = mterm{t.e, new(big.Int).Quo(t.c, c)}
	}
	return c, out
}

// PolyDiv is SymPy's div(f, g): the quotient and remainder of
// polynomials in one generator over the rationals (SymPy's auto field).
// Several generators are refused: SymPy's recursive division there is
// not dcalc's.
func PolyDiv(f, g Expr) (q, r Expr, err error) {
	gens, terms, err := polysFromExprs(Expand(f), Expand(g))
	if err != nil {
		return nil, nil, err
	}
	if len(gens) != 1 {
		return nil, nil, errorf("NotImplementedError", "dcalc's div, quo and rem take polynomials in one generator")
	}
	dense := func(ts []ratTerm) []*big.Rat {
		var c []*big.Rat
		for _, t := range ts {
			for len(c) <= t.e[0] {
				c = append(c, new(big.Rat))
			}
			c[t.e[0]].Add(c[t.e[0]], t.r)
		}
		for len(c) > 0 && c[len(c)-1].Sign() == 0 {
			c = c[:len(c)-1]
		}
		return c
	}
	F, G := dense(terms[0]), dense(terms[1])
	if len(G) == 0 {
		return nil, nil, errorf("ZeroDivisionError", "polynomial division")
	}
	var Q []*big.Rat
	if d := len(F) - len(G); d >= 0 {
		Q = make([]*big.Rat, d+1)
		for k := d; k >= 0; k-- {
			c := new(big.Rat).Quo(F[k+len(G)-1], G[len(G)-1])
			Q[k] = c
			for i, gc := range G {
				F[k+i] = new(big.Rat).Sub(F[k+i], new(big.Rat).Mul(c, gc))
			}
		}
		F = F[:len(G)-1]
	}
	expr := func(c []*big.Rat) Expr {
		var ts []Expr
		for k, v := range c {
			if v.Sign() != 0 {
				ts = append(ts, NewMul(NewRational(v.Num(), v.Denom()), NewPow(gens[0], NewInt(int64(k)))))
			}
		}
		return NewAdd(ts...)
	}
	return expr(Q), expr(F), nil
}
