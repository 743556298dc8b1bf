package engine

import "math/big"

// This file is SymPy's trigintegrate for sin(a*x)**n*cos(a*x)**m with
// nonnegative integers n and m: an odd power by the substitution
// u = cos(a*x) or u = sin(a*x) (the polynomial in u integrated and
// written back), even powers by the reduction formulas of
// _sin_pow_integrate and _cos_pow_integrate (sin**n*cos**n through
// (sin(2*x)/2)**n), computed for a = 1 and then written in a*x and
// divided by a; a that may be zero gives SymPy's Piecewise with
// Ne(a, 0).

// trigIntegrate integrates f when it is such a product; ok is false
// otherwise.
func trigIntegrate(f Expr, x *Symbol) (Expr, bool) {
	var u Expr
	n, m := int64(0), int64(0)
	for _, fac := range mulArgs(f) {
		b, e := AsBaseExp(fac)
		fn, isFn := b.(*Func)
		k, isInt := e.(*Integer)
		if !isFn || !isInt || !k.IsInt64() || k.Sign() <= 0 || k.Int64() > 64 || (fn.def != fnSin && fn.def != fnCos) {
			return nil, false
		}
		if u == nil {
			u = fn.args[0]
		} else if !Equal(u, fn.args[0]) {
			return nil, false
		}
		if fn.def == fnSin {
			n += k.Int64()
		} else {
			m += k.Int64()
		}
	}
	if u == nil {
		return nil, false
	}
	// the argument must be a*x
	a, rest := independentOf(mulArgs(u), x)
	if !Equal(rest, x) {
		return nil, false
	}
	var zz Expr = Zero
	if n == 0 {
		zz = x
	}
	var F Expr
	if n%2 == 1 || m%2 == 1 {
		F = Div(trigOddPower(n, m, a, x), a)
	} else {
		F = Div(SubsPairs(trigEvenPowers(n, m, x), [][2]Expr{{x, NewMul(a, x)}}), a)
	}
	if IsZero(a) != False {
		return MustApply(fnPiecewise, F, NewRel("!=", a, Zero), zz, STrue), true
	}
	return F, true
}

// trigOddPower is the substitution of trigintegrate's odd case,
// written back in sin(a*x) or cos(a*x) (not yet divided by a).
func trigOddPower(n, m int64, a Expr, x *Symbol) Expr {
	useCos := n%2 == 1 // u = cos(a*x)
	if n%2 == 1 && m%2 == 1 {
		useCos = n < m
	}
	// ff as a polynomial in u: -(1 - u**2)**((n-1)/2)*u**m, or
	// u**n*(1 - u**2)**((m-1)/2)
	oneMinus := rpoly{big.NewRat(1, 1), new(big.Rat), big.NewRat(-1, 1)}
	ff, k, pw, sign := rpoly{big.NewRat(1, 1)}, (n-1)/2, m, big.NewRat(-1, 1)
	uu := fnCos.call(NewMul(a, x))
	if !useCos {
		k, pw, sign = (m-1)/2, n, big.NewRat(1, 1)
		uu = fnSin.call(NewMul(a, x))
	}
	for range k {
		ff = rpMul(ff, oneMinus)
	}
	ff = rpScale(rpMul(ff, monomial(int(pw))), sign)
	ts := make([]Expr, len(ff))
	for j, c := range ff {
		ts[j] = NewMul(ratFrom(new(big.Rat).Quo(c, big.NewRat(int64(j+1), 1))), NewPow(uu, NewInt(int64(j+1))))
	}
	return NewAdd(ts...)
}

// trigEvenPowers is trigintegrate's even case for a = 1.
func trigEvenPowers(n, m int64, x *Symbol) Expr {
	var ts []Expr
	switch {
	case n > m:
		for i := int64(0); i <= m/2; i++ {
			ts = append(ts, NewMul(signedBinomial(m/2, i), sinPowIntegrate(n+2*i, x)))
		}
	case m > n:
		for i := int64(0); i <= n/2; i++ {
			ts = append(ts, NewMul(signedBinomial(n/2, i), cosPowIntegrate(m+2*i, x)))
		}
	default:
		// integrate((sin(2*x)/2)**n, x): 2**-n times sin(2*x)**n's
		two := NewMul(Two, x)
		s := Div(SubsPairs(sinPowIntegrate(n, x), [][2]Expr{{x, two}}), Two)
		return NewMul(NewPow(Two, NewInt(-n)), s)
	}
	return NewAdd(ts...)
}

// signedBinomial is (-1)**i*binomial(k, i).
func signedBinomial(k, i int64) Expr {
	b := new(big.Int).Binomial(k, i)
	if i%2 == 1 {
		b.Neg(b)
	}
	return NewBigInt(b)
}

// sinPowIntegrate is _sin_pow_integrate(n, x) for n >= 0.
func sinPowIntegrate(n int64, x *Symbol) Expr {
	switch n {
	case 0:
		return x
	case 1:
		return Neg(fnCos.call(x))
	}
	return NewAdd(NewMul(NewRational(big.NewInt(-1), big.NewInt(n)), fnCos.call(x), NewPow(fnSin.call(x), NewInt(n-1))),
		NewMul(NewRational(big.NewInt(n-1), big.NewInt(n)), sinPowIntegrate(n-2, x)))
}

// cosPowIntegrate is _cos_pow_integrate(n, x) for n >= 0.
func cosPowIntegrate(n int64, x *Symbol) Expr {
	switch n {
	case 0:
		return x
	case 1:
		return fnSin.call(x)
	}
	return NewAdd(NewMul(NewRational(big.NewInt(1), big.NewInt(n)), fnSin.call(x), NewPow(fnCos.call(x), NewInt(n-1))),
		NewMul(NewRational(big.NewInt(n-1), big.NewInt(n)), cosPowIntegrate(n-2, x)))
}
