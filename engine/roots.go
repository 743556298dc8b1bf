package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's roots() for polynomials in one symbol with
// rational coefficients, following its control flow so that the roots
// come in its order (a Python dict keeps insertion order): zero roots
// last; a linear or quadratic polynomial or a binomial x**2 + c by
// formula; otherwise the irreducible factors in factor_list's order, each
// by _try_heuristics (linear, x**2 + c as roots_binomial, quadratic).
// Irreducible factors of degree three and more (SymPy's cubic and
// quartic formulas, decomposition, cyclotomic and binomial roots) and
// symbolic coefficients raise NotImplementedError; every root is also
// checked to be one of solve's.

// RootMult is one root with its multiplicity.
type RootMult struct {
	Root Expr
	Mult int
}

// Roots is roots(e, x).
func Roots(e Expr, x *Symbol) (out []RootMult, err error) {
	defer recoverTo(&err)
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return nil, &Error{Type: "PolynomialError", Msg: Str(e) + " contains an element of the set of generators."}
	}
	rc, ok := ratCoeffs(cs)
	if !ok {
		return nil, notImpl("dcalc's roots() needs rational coefficients")
	}
	zeros := 0
	for len(rc) > 1 && rc[0].Sign() == 0 {
		rc, zeros = rc[1:], zeros+1
	}
	add := func(r Expr, k int) {
		for i := range out {
			if Equal(out[i].Root, r) {
				out[i].Mult += k
				return
			}
		}
		out = append(out, RootMult{r, k})
	}
	f := primitiveInts(rc)
	n := len(f) - 1
	terms := 0
	for _, c := range f {
		if c.Sign() != 0 {
			terms++
		}
	}
	switch {
	case n <= 0:
	case n == 1:
		add(Div(Neg(NewBigInt(f[0])), NewBigInt(f[1])), 1)
	case terms == 2 && n == 2:
		for _, r := range rootsQuadratic(f) {
			add(r, 1)
		}
	case terms == 2:
		return nil, notImpl("dcalc's roots() does not find the roots of the binomial " + Str(e) + " yet")
	default:
		_, fs, err := FactorList(upolyExpr(f, x))
		if err != nil {
			return nil, err
		}
		if len(fs) == 1 && n == 2 {
			for _, r := range rootsQuadratic(f) {
				add(r, 1)
			}
			break
		}
		if len(fs) == 1 && isInt(fs[0].Exp, 1) {
			return nil, notImpl("dcalc's roots() does not solve the irreducible polynomial " + Str(e) + " of degree 3 or more yet")
		}
		for _, fp := range fs {
			fc, _ := polyCoeffs(fp.Base, x)
			g, _ := ratCoeffs(fc)
			rs, err := tryHeuristics(primitiveInts(g), fp.Base)
			if err != nil {
				return nil, err
			}
			k := int(toRat(fp.Exp).Num().Int64())
			for _, r := range rs {
				add(r, k)
			}
		}
	}
	if zeros > 0 {
		add(Zero, zeros)
	}
	sols, err := Solve(e, x)
	if err != nil {
		return nil, err
	}
	for _, r := range out {
		if !slices.ContainsFunc(sols, func(s Expr) bool { return Equal(s, r.Root) }) {
			return nil, notImpl("dcalc's roots() found " + Str(r.Root) + ", which solve does not give")
		}
	}
	return out, nil
}

// tryHeuristics is _try_heuristics for an irreducible factor f with
// integer coefficients, lowest degree first.
func tryHeuristics(f []*big.Int, e Expr) ([]Expr, error) {
	terms := 0
	for _, c := range f {
		if c.Sign() != 0 {
			terms++
		}
	}
	switch n := len(f) - 1; {
	case n == 1:
		return []Expr{Div(Neg(NewBigInt(f[0])), NewBigInt(f[1]))}, nil
	case n == 2 && terms == 2:
		// roots_binomial: -alpha, alpha with alpha = root(-c/a, 2)
		alpha := Sqrt(Neg(Div(NewBigInt(f[0]), NewBigInt(f[2]))))
		return []Expr{Neg(alpha), alpha}, nil
	case n == 2:
		return rootsQuadratic(f), nil
	}
	return nil, notImpl("dcalc's roots() does not solve the irreducible factor " + Str(e) + " of degree 3 or more yet")
}

// rootsQuadratic is roots_quadratic over the rationals for a*x**2 +
// b*x + c (f lowest degree first): quadraticRoots' pair, swapped when a
// is negative (or, for c = 0, when -b/a is).
func rootsQuadratic(f []*big.Int) []Expr {
	a, b, c := NewBigInt(f[2]), NewBigInt(f[1]), NewBigInt(f[0])
	rs := quadraticRoots(a, b, c)
	swap := f[2].Sign() < 0
	if f[0].Sign() == 0 {
		swap = IsNegative(rs[1]) == True
	} else if f[1].Sign() == 0 {
		swap = false
	}
	if swap {
		rs[0], rs[1] = rs[1], rs[0]
	}
	return rs
}

// primitiveInts clears the denominators and divides by the content
// (clear_denoms, primitive): the signs stay.
func primitiveInts(rc []*big.Rat) []*big.Int {
	den := big.NewInt(1)
	for _, c := range rc {
		den = lcm(den, c.Denom())
	}
	out := make([]*big.Int, len(rc))
	g := new(big.Int)
	for i, c := range rc {
		out[i] = new(big.Int).Mul(c.Num(), new(big.Int).Quo(den, c.Denom()))
		g.GCD(nil, nil, g, new(big.Int).Abs(out[i]))
	}
	if g.Sign() > 0 {
		for i := range out {
			out[i].Quo(out[i], g)
		}
	}
	return out
}

// upolyExpr is the polynomial with integer coefficients f (lowest degree
// first) in x.
func upolyExpr(f []*big.Int, x Expr) Expr {
	ts := make([]Expr, len(f))
	for i, c := range f {
		ts[i] = NewMul(NewBigInt(c), NewPow(x, NewInt(int64(i))))
	}
	return NewAdd(ts...)
}
