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

// sincosShape matches trigintegrate's pattern: f.rewrite('sincos') is
// sin(a*x)**n*cos(a*x)**m with integers n and m (maxK is the largest
// power of one factor, which bounds dcalc's work).
func sincosShape(f Expr, x *Symbol) (n, m int64, a Expr, maxK int64, ok bool) {
	var u Expr
	for _, fac := range mulArgs(f) {
		b, e := AsBaseExp(fac)
		fn, isFn := b.(*Func)
		k, isInt := e.(*Integer)
		if !isFn || !isInt || !k.IsInt64() {
			return 0, 0, nil, 0, false
		}
		// rewrite('sincos'): the powers of sin and cos each function is
		dn, dm, ok := sincosPowers(fn.def)
		if !ok {
			return 0, 0, nil, 0, false
		}
		if u == nil {
			u = fn.args[0]
		} else if !Equal(u, fn.args[0]) {
			return 0, 0, nil, 0, false
		}
		n += dn * k.Int64()
		m += dm * k.Int64()
		maxK = max(maxK, k.Int64(), -k.Int64())
	}
	if u == nil {
		return 0, 0, nil, 0, false
	}
	// the argument must be a*x
	a, rest := independentOf(mulArgs(u), x)
	if !Equal(rest, x) {
		return 0, 0, nil, 0, false
	}
	return n, m, a, maxK, true
}

// trigIntegrate integrates f when it is such a product; ok is false
// otherwise.
func trigIntegrate(f Expr, x *Symbol) (Expr, bool) {
	n, m, a, maxK, ok := sincosShape(f, x)
	if !ok || maxK > 64 {
		return nil, false
	}
	if n == 0 && m == 0 {
		return x, true
	}
	var zz Expr = Zero
	if n == 0 {
		zz = x
	}
	var F Expr
	if n%2 != 0 || m%2 != 0 {
		fx, ok := trigOddPower(n, m, a, x)
		if !ok {
			return nil, false
		}
		F = Div(fx, a)
	} else {
		if n < 0 || m < 0 {
			return nil, false // SymPy's recursions for negative even powers
		}
		F = Div(SubsPairs(trigEvenPowers(n, m, x), [][2]Expr{{x, NewMul(a, x)}}), a)
	}
	if IsZero(a) != False {
		return MustApply(fnPiecewise, F, NewRel("!=", a, Zero), zz, STrue), true
	}
	return F, true
}

// sincosPowers is the power of sin and of cos that rewrite('sincos')
// makes of each trigonometric function.
func sincosPowers(def *FuncDef) (n, m int64, ok bool) {
	switch def {
	case fnSin:
		return 1, 0, true
	case fnCos:
		return 0, 1, true
	case fnTan:
		return 1, -1, true
	case fnCot:
		return -1, 1, true
	case fnSec:
		return 0, -1, true
	case fnCsc:
		return -1, 0, true
	}
	return 0, 0, false
}

// trigOddPower is the substitution of trigintegrate's odd case: the
// integral of -(1 - u**2)**((n - 1)/2)*u**m (u = cos(a*x)) or of
// u**n*(1 - u**2)**((m - 1)/2) (u = sin(a*x)), a rational function of
// u integrated as integrate does, written back (not yet divided by a).
func trigOddPower(n, m int64, a Expr, x *Symbol) (Expr, bool) {
	useCos := n%2 != 0
	if n%2 != 0 && m%2 != 0 {
		switch {
		case n < 0 && m > 0:
			useCos = false
		case m < 0 && n > 0:
			useCos = true
		case n < 0 && m < 0:
			useCos = n > m
		default:
			useCos = n < m
		}
	}
	u := NewDummy("u")
	oneMinus := NewAdd(One, Neg(NewPow(u, Two)))
	var ff, uu Expr
	if useCos {
		ff = Neg(NewMul(NewPow(oneMinus, NewRational(big.NewInt(n-1), big.NewInt(2))), NewPow(u, NewInt(m))))
		uu = fnCos.call(NewMul(a, x))
	} else {
		ff = NewMul(NewPow(u, NewInt(n)), NewPow(oneMinus, NewRational(big.NewInt(m-1), big.NewInt(2))))
		uu = fnSin.call(NewMul(a, x))
	}
	fi, rational, ok := integRatFunc(ff, u)
	if !rational {
		// a polynomial in u (integRatFunc takes fractions only)
		cs, isPoly := polyCoeffs(ff, u)
		if !isPoly {
			return nil, false
		}
		rs, isRat := ratCoeffs(cs)
		if !isRat {
			return nil, false
		}
		fi, ok = polyIntegral(rs, u), true
	}
	if !ok {
		return nil, false
	}
	return SubsPairs(fi, [][2]Expr{{u, uu}}), true
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
