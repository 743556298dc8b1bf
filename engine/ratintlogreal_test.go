package engine

import (
	"math"
	"testing"
)

// TestLogToRealDifferentiatesBack checks the antiderivatives of rational
// functions whose roots share complex residues (S(t, x) of degree two or
// more, log_to_atan) by differentiating them at sample points.
func TestLogToRealDifferentiatesBack(t *testing.T) {
	x := symX("x")
	for _, in := range []string{"x/(x**4 + 1)", "x**2/(x**6 + 1)", "x/(x**4 + 4)", "x**3/(x**8 + 1)", "(x**3 + x)/(x**4 + 4)", "x**4/(x**10 + 1)"} {
		f := mustParse(in)
		F, ok := integ(f, x)
		if !ok {
			t.Errorf("integrate(%s) gave up", in)
			continue
		}
		d := mustDiff(F, x)
		for _, p := range []float64{-1.3, 0.4, 2.2} {
			at := [][2]Expr{{x, NewFloat(p, 53)}}
			a, ok1 := realValue(SubsPairs(d, at))
			b, ok2 := realValue(SubsPairs(f, at))
			if !ok1 || !ok2 || math.Abs(a-b) > 1e-9*(1+math.Abs(b)) {
				t.Errorf("d/dx of integrate(%s) = %s: %v at %v, the integrand %v", in, Str(F), a, p, b)
			}
		}
	}
}
