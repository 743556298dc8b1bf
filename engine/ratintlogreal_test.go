package engine

import "testing"

// TestLogToRealDifferentiatesBack checks the antiderivatives of rational
// functions whose roots share complex residues (S(t, x) of degree two or
// more, log_to_atan) by differentiating them at sample points.
func TestLogToRealDifferentiatesBack(t *testing.T) {
	x := symX("x")
	for _, in := range []string{"x/(x**4 + 1)", "x**2/(x**6 + 1)", "x/(x**4 + 4)", "x**3/(x**8 + 1)", "(x**3 + x)/(x**4 + 4)", "x**4/(x**10 + 1)"} {
		checkDifferentiatesBack(t, "integrate", integ, in, x, -1.3, 0.4, 2.2)
	}
}
