package engine

import (
	"math"
	"testing"
)

// TestSolveSetIntervalComplete: for equations with simple roots, the
// solutions solveset gives in an interval are exactly the sign changes
// a fine scan of the function finds there, and each one solves the
// equation.
func TestSolveSetIntervalComplete(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	twoPi := NewMul(Two, Pi)
	cases := []Expr{
		Sub(fnSin.call(x), Half),
		fnCos.call(NewMul(NewInt(3), x)),
		Sub(fnTan.call(x), NewInt(2)),
		Sub(fnSin.call(NewMul(Two, x)), NewRational(bigInt(1), bigInt(3))),
		Sub(NewMul(Two, fnSin.call(x), fnCos.call(x)), fnCos.call(x)),
		Sub(NewMul(NewInt(3), fnSin.call(x)), NewMul(NewInt(4), fnCos.call(x))),
		NewAdd(fnSin.call(NewAdd(x, NewMul(NewRational(bigInt(1), bigInt(4)), Pi))), Half),
	}
	iv := SetPart{Lo: NewRational(bigInt(1), bigInt(10)), Hi: twoPi}
	for _, f := range cases {
		sols, all, err := SolveSetInterval(f, x, iv)
		if err != nil || all {
			t.Errorf("%s: %v %v", Str(f), err, all)
			continue
		}
		for _, s := range sols {
			v, _ := ToComplex(mustEvalf(SubsPairs(f, [][2]Expr{{x, s}})))
			if math.Abs(real(v)) > 1e-12 {
				t.Errorf("%s: %s gives %v", Str(f), Str(s), v)
			}
		}
		// sign changes of f on a fine grid (tan's poles are excluded by
		// the size of the jump)
		changes := 0
		prev := math.NaN()
		for i := 0; i <= 4000; i++ {
			xv := 0.1 + (2*math.Pi-0.1)*float64(i)/4000
			v, _ := ToComplex(mustEvalf(SubsPairs(f, [][2]Expr{{x, NewFloat(xv, 53)}})))
			y := real(v)
			if !math.IsNaN(prev) && prev*y < 0 && math.Abs(prev-y) < 1 {
				changes++
			}
			prev = y
		}
		if changes != len(sols) {
			t.Errorf("%s: %d solutions %v, %d sign changes", Str(f), len(sols), sols, changes)
		}
	}
}

func mustEvalf(e Expr) Expr {
	v, err := Evalf(e, 15, nil)
	if err != nil {
		panic(err)
	}
	return v
}
