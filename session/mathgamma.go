package session

import "math"

// CPython's math.gamma and math.lgamma (Modules/mathmodule.c m_tgamma,
// m_lgamma): Lanczos's approximation with N = 13, g = 6.0246...
// evaluated in double arithmetic step for step as CPython does, on the
// correctly rounded libm functions of libm.go, so the last bit agrees
// with CPython (its results are not correctly rounded: they are within
// a few ulps, and the printed repr shows which ones).

const (
	lanczosG         = 6.024680040776729583740234375
	lanczosGMinusHlf = 5.524680040776729583740234375
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// lanczosSum is the rational function L_g(x) for x > 0; the explicit
// float64 conversions keep every product rounded on its own (no fused
// multiply-add), as C computes it.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is CPython's m_sinpi: sin(pi*x) with the argument reduced first.
func sinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.RoundToEven(2.0 * y)) {
	case 0:
		r = libmSin(math.Pi * y)
	case 1:
		r = libmCos(math.Pi * (y - 0.5))
	case 2:
		r = libmSin(math.Pi * (1.0 - y))
	case 3:
		r = -libmCos(math.Pi * (y - 1.5))
	default:
		r = libmSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// mathGamma is m_tgamma; err is "domain" or "range" for the cases
// CPython raises ValueError or OverflowError.
func mathGamma(x float64) (float64, string) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, ""
	case math.IsInf(x, -1):
		return math.NaN(), "domain"
	case x == 0:
		return math.Copysign(math.Inf(1), x), "domain"
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), "domain"
		}
		if x <= 23 {
			f := 1.0
			for k := 2.0; k < x; k++ {
				f *= k
			}
			return f, ""
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, "range"
		}
		return r, ""
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / sinpi(x), ""
		}
		return math.Inf(1), "range"
	}
	y := absx + lanczosGMinusHlf
	var z float64
	if absx > lanczosGMinusHlf {
		q := y - absx
		z = q - lanczosGMinusHlf
	} else {
		q := y - lanczosGMinusHlf
		z = q - absx
	}
	z = float64(z*lanczosG) / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinpi(absx) / absx * libmExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= libmPow(y, absx-0.5)
		} else {
			s := libmPow(y, absx/2.0-0.25)
			r /= s
			r /= s
		}
	} else {
		r = lanczosSum(absx) / libmExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= libmPow(y, absx-0.5)
		} else {
			s := libmPow(y, absx/2.0-0.25)
			r *= s
			r *= s
		}
	}
	if math.IsInf(r, 0) {
		return r, "range"
	}
	return r, ""
}

// mathLgamma is m_lgamma.
func mathLgamma(x float64) (float64, string) {
	switch {
	case math.IsNaN(x):
		return x, ""
	case math.IsInf(x, 0):
		return math.Inf(1), ""
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return math.Inf(1), "domain"
		}
		return 0, ""
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -libmLog(absx), ""
	}
	r := libmLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (libmLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = 1.144729885849400174143427351353058711647 - libmLog(math.Abs(sinpi(absx))) - libmLog(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, "range"
	}
	return r, ""
}

// mathGammaFn wraps mathGamma or mathLgamma as a math module function
// with CPython's errors.
func mathGammaFn(name string, f func(float64) (float64, string)) *Builtin {
	return &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs(name, args, 1, 1)
		r, err := f(in.toFloat(args[0]))
		switch err {
		case "domain":
			throw("ValueError", "math domain error")
		case "range":
			throw("OverflowError", "math range error")
		}
		return r
	}}
}
