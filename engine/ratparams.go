package engine

import (
	"math/big"
	"slices"
)

// This file holds the rational integrands with symbolic coefficients
// whose SymPy answers dcalc reproduces: c/(a*x + b) by integrate's
// power rule and c/(a*x**2 + e) with positive parameters by
// log_to_real; other parametric fractions are refused.

// integLinearRecip is c/(a*x + b) with symbolic a or b: risch_integrate
// keeps the fraction as it is when its integer polynomials in the
// parameters share no factor, and _eval_integral's power rule gives
// c*log(a*x + b)/a with no condition on a. Other forms (rational
// coefficients, a negative or non-monomial a, a factor common to c and
// the base) are left to the other rules (false).
func integLinearRecip(f Expr, x *Symbol) (Expr, bool) {
	c, base, bc, ok := paramReciprocal(f, x, 1)
	if !ok || isZeroInt(bc[0]) {
		return nil, false
	}
	a, b := bc[1], bc[0]
	ac, am := AsCoeffMul(a)
	if z, ok := ac.(*Integer); !ok || z.Sign() <= 0 || !integerMonomial(am) {
		return nil, false
	}
	content := new(big.Int).Set(ac.(*Integer).Big())
	terms := append([]Expr{a}, addArgs(b)...)
	for _, t := range addArgs(b) {
		tc, tm := AsCoeffMul(t)
		z, ok := tc.(*Integer)
		if !ok || !integerMonomial(tm) {
			return nil, false
		}
		content.GCD(nil, nil, content, new(big.Int).Abs(z.Big()))
	}
	cc, cm := AsCoeffMul(c)
	z, ok := cc.(*Integer)
	if !ok || !integerMonomial(cm) || new(big.Int).GCD(nil, nil, content, new(big.Int).Abs(z.Big())).Cmp(big.NewInt(1)) != 0 {
		return nil, false
	}
	// a symbol of c dividing every term of the base would cancel
	for _, s := range FreeSymbols(cm) {
		if dividesAll(s, terms) {
			return nil, false
		}
	}
	return NewMul(c, Div(fnLog.call(base), a)), true
}

// paramReciprocal splits f, a product with other symbols than x, into
// the factors free of x (c) and 1/P with P a polynomial of degree deg
// in x, with P's coefficients (lowest degree first).
func paramReciprocal(f Expr, x *Symbol, deg int) (c, P Expr, coeffs []Expr, ok bool) {
	if len(FreeSymbols(f)) < 2 {
		return nil, nil, nil, false
	}
	xf, cf := siftExprs(mulArgs(f), func(m Expr) bool { return Has(m, x) })
	if len(xf) != 1 {
		return nil, nil, nil, false
	}
	p, isPow := xf[0].(*Pow)
	if !isPow || !Equal(p.Exp(), NegOne) {
		return nil, nil, nil, false
	}
	bc, isPoly := polyCoeffs(p.Base(), x)
	if !isPoly || len(bc) != deg+1 {
		return nil, nil, nil, false
	}
	return NewMul(cf...), p.Base(), bc, true
}

// dividesAll reports whether the symbol s is a factor of every one of
// terms.
func dividesAll(s Expr, terms []Expr) bool {
	for _, t := range terms {
		if !slices.ContainsFunc(mulArgs(t), func(m Expr) bool { b, _ := AsBaseExp(m); return Equal(b, s) }) {
			return false
		}
	}
	return true
}

// integerMonomial reports whether m is 1 or a product of symbols to
// positive integer powers.
func integerMonomial(m Expr) bool {
	for _, f := range mulArgs(m) {
		b, e := AsBaseExp(f)
		if _, ok := b.(*Symbol); !ok && !Equal(f, One) {
			return false
		}
		if z, ok := e.(*Integer); !ok || z.Sign() <= 0 {
			return false
		}
	}
	return true
}

// integQuadParam is c/(a*x**2 + e) with a and e products of positive
// symbols and positive integers (and c free of x, sharing no factor
// with them): ratint's log_to_real gives c*atan(x*sqrt(a/e))/sqrt(a*e)
// (atan(x/k)/k for 1/(x**2 + k**2)); with -e, the logarithms of
// x -+ sqrt(e/a) over 2*sqrt(a*e). Other forms are left to other rules.
func integQuadParam(f Expr, x *Symbol) (Expr, bool) {
	c, _, bc, ok := paramReciprocal(f, x, 2)
	if !ok || !isZeroInt(bc[1]) {
		return nil, false
	}
	a, e := bc[2], bc[0]
	neg := false
	if IsNegative(e) == True {
		e, neg = Neg(e), true
	}
	for _, m := range []Expr{a, e} {
		mc, mm := AsCoeffMul(m)
		z, isInt := mc.(*Integer)
		if !isInt || z.Sign() <= 0 || !integerMonomial(mm) || IsPositive(mm) != True {
			return nil, false
		}
	}
	cc, cm := AsCoeffMul(c)
	if _, isInt := cc.(*Integer); !isInt || !integerMonomial(cm) {
		return nil, false
	}
	for _, s := range FreeSymbols(cm) {
		if dividesAll(s, []Expr{a, e}) {
			return nil, false // risch_integrate would cancel it
		}
	}
	ac, _ := AsCoeffMul(a)
	ec, _ := AsCoeffMul(e)
	if new(big.Int).GCD(nil, nil, ac.(*Integer).Big(), ec.(*Integer).Big()).Cmp(big.NewInt(1)) != 0 {
		return nil, false
	}
	ae := Sqrt(NewMul(a, e))
	if !neg {
		return NewMul(c, Div(fnAtan.call(NewMul(x, Sqrt(Div(a, e)))), ae)), true
	}
	r := Sqrt(Div(e, a))
	d := NewMul(Two, ae)
	return NewMul(c, NewAdd(Div(fnLog.call(Sub(x, r)), d), Neg(Div(fnLog.call(NewAdd(x, r)), d)))), true
}
