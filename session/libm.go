package session

import (
	"math"

	"github.com/dcalc/dcalc/engine/mpf"
)

// CPython's float functions come from the C library, whose exp, log,
// pow, sin, cos, tan, asin, acos, atan and log2 return the correctly
// rounded result in nearly every case (its sinh, cosh and tanh are not,
// and Go's are as close to them); Go's math package is often one unit in the last
// place away, which shows in printed floats. The functions here evaluate
// with 128 bits and round once to float64. Non-finite inputs, results
// that are not finite normal numbers and huge trigonometric arguments
// keep Go's answer (which has the same special values as C).

const libmPrec = 128

// cr1 returns f(x) correctly rounded, or fallback's answer at the edges.
func cr1(f func(mpf.Float, int) mpf.Float, fallback func(float64) float64, x float64) float64 {
	g := fallback(x)
	if !crNormal(x) || !crNormal(g) {
		return g
	}
	return f(mpf.FromFloat64(x, 53), libmPrec).ToFloat64()
}

// cr2 is cr1 for functions of two arguments.
func cr2(f func(a, b mpf.Float, prec int) mpf.Float, fallback func(float64, float64) float64, x, y float64) float64 {
	g := fallback(x, y)
	if !crNormal(x) && x != 0 || !crNormal(y) && y != 0 || !crNormal(g) {
		return g
	}
	return f(mpf.FromFloat64(x, 53), mpf.FromFloat64(y, 53), libmPrec).ToFloat64()
}

func crNormal(v float64) bool {
	return v != 0 && !math.IsNaN(v) && !math.IsInf(v, 0) && math.Abs(v) >= 0x1p-1000
}

// trig guards the trigonometric functions against huge arguments.
func trig(f func(mpf.Float, int) mpf.Float, fallback func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if math.Abs(x) > 1e9 {
			return fallback(x)
		}
		return cr1(f, fallback, x)
	}
}

var (
	libmSin = trig(mpf.Sin, math.Sin)
	libmCos = trig(mpf.Cos, math.Cos)
	libmTan = trig(mpf.Tan, math.Tan)
	libmExp = func(x float64) float64 { return cr1(mpf.Exp, math.Exp, x) }
	libmLog = func(x float64) float64 {
		if y, ok := fastLog(x); ok {
			return y
		}
		return cr1(mpf.Log, math.Log, x)
	}
	libmAsin  = func(x float64) float64 { return cr1(mpf.Asin, math.Asin, x) }
	libmAcos  = func(x float64) float64 { return cr1(mpf.Acos, math.Acos, x) }
	libmAtan  = func(x float64) float64 { return cr1(mpf.Atan, math.Atan, x) }
	libmLog10 = func(x float64) float64 { return cr1(logBase(mpf.Ln10), math.Log10, x) }
	libmLog2  = func(x float64) float64 { return cr1(logBase(mpf.Ln2), math.Log2, x) }
	libmLog1p = func(x float64) float64 {
		if math.Abs(x) < 0x1p-54 { // log1p(x) = x(1 - x/2 ...) rounds to x
			return x
		}
		return cr1(log1p, math.Log1p, x)
	}
)

// log1p is log(1 + x), the sum exact (x has 53 bits and |x| >= 2**-54).
func log1p(x mpf.Float, prec int) mpf.Float {
	return mpf.Log(mpf.Add(mpf.FromFloat64(1, 53), x, 2*prec), prec)
}

func logBase(ln func(int) mpf.Float) func(mpf.Float, int) mpf.Float {
	return func(x mpf.Float, prec int) mpf.Float {
		return mpf.Quo(mpf.Log(x, prec+10), ln(prec+10), prec)
	}
}

// libmAtan2 is atan2(y, x) correctly rounded.
func libmAtan2(y, x float64) float64 { return cr2(mpf.Atan2, math.Atan2, y, x) }

// libmPow is C's pow(x, y): correctly rounded for finite nonzero x
// (a negative x only with an integral y); other cases keep Go's answer,
// which follows C's special cases.
func libmPow(x, y float64) float64 {
	switch {
	case x > 0:
		return cr2(mpf.Pow, math.Pow, x, y)
	case x < 0 && y == math.Trunc(y) && math.Abs(y) < 1<<53:
		r := cr2(mpf.Pow, math.Pow, -x, y)
		if math.Mod(y, 2) != 0 {
			r = -r
		}
		return r
	}
	return math.Pow(x, y)
}
