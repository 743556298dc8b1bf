package engine

import (
	"math"
	"testing"
)

// TestDeltaSifting checks integrate's answers for c(x)*DiracDelta(a*x + b)
// by the sifting property: over the whole line the integral is
// c(p)/|a| at the point p = -b/a, computed here from c directly.
func TestDeltaSifting(t *testing.T) {
	x := symX("x")
	for _, c := range []string{"1", "x**2", "exp(x)", "cos(x) + x", "(x + 1)**3"} {
		for _, ab := range [][2]float64{{1, -1}, {2, -1}, {-3, 2}, {0.5, 1}} {
			a, b := mustParse(fmtRat(ab[0])), mustParse(fmtRat(ab[1]))
			f := NewMul(mustParse(c), fnDiracDelta.call(NewAdd(NewMul(a, x), b)))
			got, ok := realValue(IntegrateDefinite(f, x, NegOo, Oo))
			p := -ab[1] / ab[0]
			want, _ := realValue(SubsPairs(mustParse(c), [][2]Expr{{x, NewFloat(p, 53)}}))
			want /= math.Abs(ab[0])
			if !ok || math.Abs(got-want) > 1e-12*(1+math.Abs(want)) {
				t.Errorf("integral of %s over the line: %v, want %v", Str(f), got, want)
			}
		}
	}
}

// fmtRat writes a binary fraction as a Rational SymPy reads.
func fmtRat(v float64) string {
	n, d := v, 1.0
	for n != math.Trunc(n) {
		n, d = n*2, d*2
	}
	return "Rational(" + itoa(int(n)) + ", " + itoa(int(d)) + ")"
}
