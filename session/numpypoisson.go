package session

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds the exponential and Poisson draws of both generators:
// RandomState's exponential (-log(1 - U)) and poisson, the Generator's
// poisson (its exponentials are the ziggurat's, numpygenerator.go), as
// NumPy draws them.

func init() {
	randomTable = append(randomTable,
		&binding{Name: "exponential", Sig: "(scale=1.0, size=None)", Honours: "scale size", Doc: "Exponential samples of the given scale.",
			Fn: func(in *interp, a *callArgs) Value {
				r := in.random()
				return in.drawCont(a.Get("size"), []Value{a.Or("scale", 1.0)},
					func(p []float64, _ bool) { nonNegative("scale", p[0]) },
					func(p []float64) float64 { return p[0] * -libmLog(1-r.Double()) })
			}},
		&binding{Name: "standard_exponential", Sig: "(size=None)", Honours: "size", Doc: "Standard exponential samples.",
			Fn: func(in *interp, a *callArgs) Value {
				r := in.random()
				return in.randomFill(a.Get("size"), func() float64 { return -libmLog(1 - r.Double()) })
			}},
		&binding{Name: "poisson", Sig: "(lam=1.0, size=None)", Honours: "lam size", Doc: "Poisson samples of mean lam.",
			Fn: func(in *interp, a *callArgs) Value { return in.drawPoisson(a, in.random().Double) }},
	)
	generatorTable = append(generatorTable,
		&binding{Name: "poisson", Sig: "(lam=1.0, size=None)", Honours: "lam size", Doc: "Poisson samples of mean lam.",
			Fn: func(in *interp, a *callArgs) Value { return in.drawPoisson(a, genOf(a).Double) }})
}

// poissonLamMax is NumPy's POISSON_LAM_MAX: the int64 maximum less ten of
// its standard deviations.
var poissonLamMax = float64(math.MaxInt64) - math.Sqrt(float64(math.MaxInt64))*10

// drawPoisson is poisson(lam, size) drawing doubles from double: ints,
// an int64 array for a size or an array lam.
func (in *interp) drawPoisson(a *callArgs, double func() float64) Value {
	r := in.drawCont(a.Get("size"), []Value{a.Or("lam", 1.0)},
		func(p []float64, scalar bool) {
			switch {
			case scalar && !(p[0] >= 0):
				throw("ValueError", "lam < 0 or lam is NaN")
			case !(p[0] <= poissonLamMax):
				throw("ValueError", "lam value too large")
			case !(p[0] >= 0):
				throw("ValueError", "lam < 0 or lam contains NaNs")
			}
		},
		// the logarithms and exp(-lam) only decide comparisons, where
		// Go's functions (within an ulp of C's) agree with NumPy's
		// outcomes, and cost a fraction of the correctly rounded ones
		func(p []float64) float64 { return float64(ndarray.Poisson(double, math.Log, math.Exp, p[0])) })
	if f, ok := r.(float64); ok {
		return big.NewInt(int64(f))
	}
	return r.(*ndarray.Array).AsType(ndarray.Int64)
}

func init() {
	randomTable = append(randomTable, &binding{Name: "binomial", Sig: "(n, p, size=None)", Honours: "size",
		Doc: "Binomial samples: successes in n trials of probability p.",
		Fn:  func(in *interp, a *callArgs) Value { return in.drawBinomial(a, in.random().Double, true) }})
	generatorTable = append(generatorTable, &binding{Name: "binomial", Sig: "(n, p, size=None)", Honours: "size",
		Doc: "Binomial samples: successes in n trials of probability p.",
		Fn:  func(in *interp, a *callArgs) Value { return in.drawBinomial(a, genOf(a).Double, false) }})
}

// drawBinomial is binomial(n, p, size): NumPy's inversion where
// n*min(p, 1 - p) <= 30, its BTPE beyond; the legacy generator draws
// even for p = 0, the Generator returns 0 at once.
func (in *interp) drawBinomial(a *callArgs, double func() float64, legacy bool) Value {
	r := in.drawCont(a.Get("size"), []Value{a.Get("n"), a.Get("p")},
		func(v []float64, _ bool) {
			if !(v[1] >= 0 && v[1] <= 1) {
				throw("ValueError", "p < 0, p > 1 or p is NaN")
			}
			if v[0] < 0 {
				throw("ValueError", "n < 0")
			}
		},
		func(v []float64) float64 {
			n, p := int64(v[0]), v[1]
			if !legacy && (n == 0 || p == 0) {
				return 0
			}
			flip := p > 0.5
			if flip {
				p = 1 - p
			}
			var k int64
			if p*float64(n) > 30 {
				k = ndarray.BinomialBTPE(double, n, p)
			} else {
				k = ndarray.BinomialInversion(double, n, p)
			}
			if flip {
				k = n - k
			}
			return float64(k)
		})
	if f, ok := r.(float64); ok {
		return big.NewInt(int64(f))
	}
	return r.(*ndarray.Array).AsType(ndarray.Int64)
}
