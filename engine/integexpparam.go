package engine

import "math/big"

// integPolyExpParam is c*P(x)*exp(k*x) for a polynomial P of degree n - 1
// >= 1 with rational coefficients, c a rational or a product of
// parameters free of k's symbols, and k = q*M for a rational q and a
// product M of positive powers of symbols: risch_integrate's answer
// Q*exp(k*x)/k**n with Q = sum over j of (-1)**j*(c*P)^(j)*k**(n - 1 - j),
// written with integer coefficients over D*M**n ((x**2 + 1)*exp(a*x/3)
// is (3*a**2*x**2 + 3*a**2 - 18*a*x + 54)*exp(a*x/3)/a**3), in SymPy's
// Piecewise with the integral of c*P at M = 0 after it:
// Piecewise(((a*x - 1)*exp(a*x)/a**2, Ne(a**2, 0)), (x**2/2, True)). M
// must be able to vanish (a k that cannot is the other rules' case).
// ok is false for other integrands (an exponent with a constant term,
// exp(a*x + b), is among them: SymPy's value at a = 0 drops exp(b)).
func integPolyExpParam(f Expr, x *Symbol) (Expr, bool) {
	c, pr, ex, k, ok := polyExpParts(f, x)
	if !ok {
		return nil, false
	}
	q, M := AsCoeffMul(k)
	if IsZero(M) == False {
		// (a k that cannot vanish is the other rules' case, as for a
		// numeric k)
		return nil, false
	}
	n := len(pr)
	// Q/q**n, summed over the derivatives of P
	var terms []Expr
	deriv := pr
	for j := 0; j < n; j++ {
		sign := big.NewRat(1, 1)
		if j%2 == 1 {
			sign.SetInt64(-1)
		}
		terms = append(terms, NewMul(ratExpr(sign), c, rpExpr(deriv, x), NewPow(k, NewInt(int64(n-1-j)))))
		deriv = rpDeriv(deriv)
	}
	N := Expand(Div(NewAdd(terms...), NewPow(q, NewInt(int64(n)))))
	D := big.NewInt(1)
	for _, t := range addArgs(N) {
		r, _ := AsCoeffMul(t)
		if rr := toRat(r); rr != nil {
			D = lcm(D, rr.Denom())
		}
	}
	Mn := NewPow(M, NewInt(int64(n)))
	generic := Div(NewMul(Expand(NewMul(NewBigInt(D), N)), ex), NewMul(NewBigInt(D), Mn))
	special := Expand(NewMul(c, polyIntegral(pr, x)))
	return MustApply(fnPiecewise, generic, NewRel("!=", Mn, Zero), special, STrue), true
}

// positiveSymbolPowers reports whether M is a product of positive
// integer powers of symbols.
func positiveSymbolPowers(M Expr) bool {
	for _, f := range mulArgs(M) {
		b, e := AsBaseExp(f)
		n, isInt := e.(*Integer)
		if _, isSym := b.(*Symbol); !isSym || !isInt || n.Sign() <= 0 {
			return false
		}
	}
	return true
}

// anySymbolIn reports whether c holds a free symbol of M.
func anySymbolIn(c, M Expr) bool {
	for _, s := range FreeSymbols(M) {
		if Has(c, s) {
			return true
		}
	}
	return false
}

// polyExpParts reads f as c*P(x)*exp(k*x): P a polynomial of degree one
// or more with rational coefficients (pr), k = q*M with q rational and M
// a product of positive powers of symbols, c a rational or a product of
// parameters without M's symbols.
func polyExpParts(f Expr, x *Symbol) (c Expr, pr rpoly, ex *Func, k Expr, ok bool) {
	c, g := independentOf(mulArgs(f), x)
	var poly []Expr
	for _, t := range mulArgs(g) {
		if fn, isFn := t.(*Func); isFn && fn.def == fnExp && ex == nil {
			ex = fn
			continue
		}
		poly = append(poly, t)
	}
	if ex == nil || len(poly) == 0 {
		return nil, nil, nil, nil, false
	}
	k, b, lin := linearIn(ex.args[0], x)
	if !lin || !isZeroInt(b) {
		return nil, nil, nil, nil, false
	}
	q, M := AsCoeffMul(k)
	if toRat(q) == nil || Equal(M, One) || !positiveSymbolPowers(M) {
		return nil, nil, nil, nil, false
	}
	if !Equal(c, One) && (toRat(c) == nil && !paramMonomial(c) || anySymbolIn(c, M)) {
		return nil, nil, nil, nil, false
	}
	pc, isPoly := polyCoeffs(NewMul(poly...), x)
	if !isPoly || len(pc) < 2 {
		return nil, nil, nil, nil, false
	}
	pr, rat := ratCoeffs(pc)
	return c, pr, ex, k, rat
}
