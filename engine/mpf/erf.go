package mpf

import "math"

// Erf is the error function erf(x) = 2/sqrt(pi) * integral of exp(-t**2)
// from 0 to x, correctly rounded in practice: the Taylor series
// 2/sqrt(pi) * sum (-1)**n x**(2n+1)/(n!(2n+1)) summed with enough guard
// bits for its cancellation (about x**2/ln 2); where 1 - |erf(x)| is
// below the precision it is +-1.
func Erf(x Float, prec int) Float {
	switch {
	case x.IsNaN():
		return x
	case x.IsInf():
		return FromInt64(int64(x.Sign()), prec)
	case x.IsZero():
		return Zero(prec)
	}
	xf := math.Abs(x.ToFloat64())
	x2 := xf * xf
	if x2*math.Log2E > float64(prec+30) || xf > 1e8 {
		return FromInt64(int64(x.Sign()), prec)
	}
	wp := prec + int(x2*math.Log2E) + 30
	xw := x.WithPrec(wp)
	mx2 := Mul(xw, xw, wp).Neg()
	term := xw // x**(2n+1)*(-1)**n/n!
	sum := xw
	for n := int64(1); ; n++ {
		term = Quo(Mul(term, mx2, wp), FromInt64(n, wp), wp)
		c := Quo(term, FromInt64(2*n+1, wp), wp)
		sum = Add(sum, c, wp)
		if c.IsZero() {
			break
		}
		if cm, sm := c.mag(), sum.magOr0(); float64(n) > x2 && cm < sm-wp-2 {
			break
		}
	}
	twoOverSqrtPi := Quo(FromInt64(2, wp), Sqrt(Pi(wp), wp), wp)
	return Mul(sum, twoOverSqrtPi, prec)
}

// Erfc is 1 - erf(x), with the extra precision the difference needs for
// positive x (erfc(10) is about 2e-45).
func Erfc(x Float, prec int) Float {
	switch {
	case x.IsNaN():
		return x
	case x.IsInf():
		if x.Sign() > 0 {
			return Zero(prec)
		}
		return FromInt64(2, prec)
	}
	one := FromInt64(1, prec+10)
	if x.Sign() <= 0 {
		return Sub(one, Erf(x, prec+10), prec)
	}
	xf := x.ToFloat64()
	if xf > 1e4 {
		return Zero(prec) // below any precision dcalc works at
	}
	extra := int(xf*xf*math.Log2E) + 20
	return Sub(FromInt64(1, prec+extra), Erf(x, prec+extra), prec)
}

// Erfi is the imaginary error function -I*erf(I*x) = 2/sqrt(pi) * sum
// x**(2n+1)/(n!(2n+1)), a series without cancellation.
func Erfi(x Float, prec int) Float {
	switch {
	case x.IsNaN(), x.IsInf(), x.IsZero():
		return x
	}
	if math.Abs(x.ToFloat64()) > 1e4 {
		return Inf(x.Sign())
	}
	wp := prec + 20
	xw := x.WithPrec(wp)
	x2 := Mul(xw, xw, wp)
	term, sum := xw, xw
	for n := int64(1); ; n++ {
		term = Quo(Mul(term, x2, wp), FromInt64(n, wp), wp)
		c := Quo(term, FromInt64(2*n+1, wp), wp)
		sum = Add(sum, c, wp)
		if cm, sm := c.mag(), sum.magOr0(); cm < sm-wp-2 {
			break
		}
	}
	return Mul(sum, Quo(FromInt64(2, wp), Sqrt(Pi(wp), wp), wp), prec)
}
