package engine

import (
	"math"
	"testing"

	"github.com/dcalc/dcalc/engine/mpf"
)

// TestGamma64 checks the machine-precision polygamma, Hurwitz zeta and
// complex gamma (the evalc hooks plots and term ordering use) against
// the arbitrary-precision mpf.Polygamma, itself checked against mpmath.
func TestGamma64(t *testing.T) {
	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-13*math.Max(1, math.Abs(want)) {
			t.Errorf("%s = %.17g, want %.17g", what, got, want)
		}
	}
	for _, m := range []int{0, 1, 2, 5} {
		for _, x := range []float64{0.3, 1, 2.5, 7.25, 30, -0.5, -3.7} {
			want := mpf.Polygamma(m, mpf.FromFloat64(x, 53), 80).ToFloat64()
			near("polygamma64", polygamma64(m, x), want)
		}
	}
	// zeta(s, a) = (-1)**s polygamma(s - 1, a)/(s - 1)! for integer s
	for _, s := range []int{2, 3, 6} {
		for _, a := range []float64{0.5, 1, 3.25} {
			v := mpf.Polygamma(s-1, mpf.FromFloat64(a, 53), 80).ToFloat64()
			f := 1.0
			for k := 2; k < s; k++ {
				f *= float64(k)
			}
			if s%2 == 1 {
				v = -v
			}
			near("hurwitzZeta64", hurwitzZeta64(float64(s), a), v/f)
		}
	}
	// gamma(1 + i) = 0.498015668118356 - 0.154949828301811 i (SymPy)
	g := complexGamma(1 + 1i)
	near("re gamma(1+i)", real(g), 0.498015668118356)
	near("im gamma(1+i)", imag(g), -0.154949828301811)
}
