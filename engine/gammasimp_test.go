package engine

import (
	"math/rand"
	"testing"
)

// TestGammasimpPreservesValue checks gammasimp and combsimp on random
// products and ratios of gamma functions (shifted, doubled, and by
// thirds, so that the recurrence, reflection, duplication and
// multiplication rules all fire) and of factorials and binomials: the
// result equals the input at a sample point, and gammasimp leaves no
// more gamma calls than it found.
func TestGammasimpPreservesValue(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	n := NewSymbol("n", Assumptions{Integer: true, Nonnegative: true})
	third := NewRational(bigInt(1), bigInt(3))
	args := []Expr{x, NewAdd(x, One), NewAdd(x, Half), NewMul(Two, x), Sub(One, x), NewAdd(x, third),
		NewAdd(x, NewMul(Two, third)), Sub(x, One), NewAdd(NewMul(Two, x), One), NewInt(3), Div(NewInt(4), NewInt(3))}
	rng := rand.New(rand.NewSource(3))
	at := [][2]Expr{{x, NewRational(bigInt(7), bigInt(5))}, {n, NewInt(6)}}
	check := func(name string, e, r Expr) {
		want, ok1 := ToComplex(Xreplace(e, at))
		got, ok2 := ToComplex(Xreplace(r, at))
		if !ok1 || !ok2 || !close(got, want, 1) {
			t.Errorf("%s(%s) = %s, a different value", name, Str(e), Str(r))
		}
	}
	for i := 0; i < 150; i++ {
		var num, den []Expr
		for k := rng.Intn(3) + 1; k > 0; k-- {
			num = append(num, fnGamma.call(args[rng.Intn(len(args))]))
		}
		for k := rng.Intn(3); k > 0; k-- {
			den = append(den, fnGamma.call(args[rng.Intn(len(args))]))
		}
		if rng.Intn(2) == 0 {
			num = append(num, args[rng.Intn(len(args))])
		}
		e := Div(NewMul(num...), NewMul(den...))
		r, err := Gammasimp(e)
		if err != nil {
			t.Fatalf("gammasimp(%s): %v", Str(e), err)
		}
		check("gammasimp", e, r)
		if countCalls(r, fnGamma) > countCalls(e, fnGamma) {
			t.Errorf("gammasimp(%s) = %s has more gamma calls", Str(e), Str(r))
		}
	}
	combs := []Expr{fnFactorial.call(n), fnFactorial.call(NewAdd(n, One)), fnFactorial.call(Sub(n, Two)),
		fnBinomial.call(n, Two), fnBinomial.call(NewAdd(n, One), NewInt(3)), fnFactorial.call(NewMul(Two, n)), n}
	for i := 0; i < 100; i++ {
		e := Div(NewMul(combs[rng.Intn(len(combs))], combs[rng.Intn(len(combs))]), combs[rng.Intn(len(combs))])
		r, err := Combsimp(e)
		if err != nil {
			t.Fatalf("combsimp(%s): %v", Str(e), err)
		}
		check("combsimp", e, r)
	}
}
