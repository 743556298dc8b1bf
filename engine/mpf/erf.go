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
