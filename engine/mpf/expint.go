package mpf

import "math"

// Si is the sine integral: the integral of sin(t)/t from 0 to x, summed
// from its Taylor series sum (-1)**n x**(2n+1)/((2n+1)(2n+1)!) with
// guard bits for the series' cancellation (about |x|/ln 2). Arguments
// beyond 1e4 are not evaluated (NaN).
func Si(x Float, prec int) Float {
	switch {
	case x.IsNaN(), x.IsZero():
		return x
	case x.IsInf():
		h := Quo(Pi(prec+2), FromInt64(2, prec+2), prec)
		if x.Sign() < 0 {
			return h.Neg()
		}
		return h
	}
	xf := math.Abs(x.ToFloat64())
	if xf > 1e4 {
		return NaN()
	}
	wp := prec + int(xf*math.Log2E) + 30
	xw := x.WithPrec(wp)
	mx2 := Mul(xw, xw, wp).Neg()
	term := xw // (-1)**n x**(2n+1)/(2n+1)!
	sum := xw
	for n := int64(1); ; n++ {
		term = Quo(Mul(term, mx2, wp), FromInt64((2*n)*(2*n+1), wp), wp)
		c := Quo(term, FromInt64(2*n+1, wp), wp)
		sum = Add(sum, c, wp)
		if c.IsZero() || float64(2*n) > xf && c.mag() < sum.magOr0()-wp-2 {
			break
		}
	}
	return sum.WithPrec(prec)
}

// Ei is the exponential integral of a nonzero real x: gamma + log|x| +
// sum x**n/(n*n!), with guard bits for the cancellation of negative x.
// gamma is Euler's constant at the working precision. Arguments beyond
// 1e4 in size are not evaluated (NaN).
func Ei(x Float, prec int, gamma func(int) Float) Float {
	switch {
	case x.IsNaN():
		return x
	case x.IsZero():
		return Inf(-1)
	case x.IsInf():
		if x.Sign() > 0 {
			return x
		}
		return Zero(prec)
	}
	xf := math.Abs(x.ToFloat64())
	if xf > 1e4 {
		return NaN()
	}
	wp := prec + int(xf*math.Log2E) + 30
	xw := x.WithPrec(wp)
	term := FromInt64(1, wp) // x**n/n!
	var sum Float = Zero(wp)
	for n := int64(1); ; n++ {
		term = Quo(Mul(term, xw, wp), FromInt64(n, wp), wp)
		c := Quo(term, FromInt64(n, wp), wp)
		sum = Add(sum, c, wp)
		if c.IsZero() || float64(n) > xf && c.mag() < sum.magOr0()-wp-2 {
			break
		}
	}
	s := Add(Add(gamma(wp), Log(xw.Abs(), wp), wp), sum, wp)
	return s.WithPrec(prec)
}
