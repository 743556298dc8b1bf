package engine

import (
	"math"
	"testing"
)

// TestPeriodicityShifts checks periodicity by its definition: f(x + p)
// equals f(x) at sample points for the period p found, and the
// aperiodic ones come back nil.
func TestPeriodicityShifts(t *testing.T) {
	x := symX("x")
	for _, in := range []string{"sin(x)*cos(x)", "sin(2*x) + cos(3*x)", "tan(x)**2 + sin(x)", "exp(sin(x/2))", "cos(pi*x) + sin(pi*x/3)", "sec(x) - cot(4*x)", "sin(x)**2"} {
		f := mustParse(in)
		p, err := Periodicity(f, x)
		if err != nil || p == nil {
			t.Errorf("periodicity(%s): %v, %v", in, p, err)
			continue
		}
		for _, v := range []float64{0.3, 1.1, 2.7} {
			a, ok1 := realValue(SubsPairs(f, [][2]Expr{{x, NewFloat(v, 53)}}))
			b, ok2 := realValue(SubsPairs(f, [][2]Expr{{x, NewAdd(NewFloat(v, 53), p)}}))
			if !ok1 || !ok2 || math.Abs(a-b) > 1e-9*(1+math.Abs(a)) {
				t.Errorf("periodicity(%s) = %s: f(%v) = %v, f(%v + p) = %v", in, Str(p), v, a, v, b)
			}
		}
	}
	for _, in := range []string{"exp(x)", "sin(x**2)", "sin(x) + x", "sin(pi*x) + cos(x)"} {
		if p, err := Periodicity(mustParse(in), x); err != nil || p != nil {
			t.Errorf("periodicity(%s) = %v, %v; want None", in, p, err)
		}
	}
}
