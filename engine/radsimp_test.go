package engine

import (
	"math/rand"
	"testing"
)

// TestRadsimpPreservesValue checks radsimp's self-consistency on random
// quotients with one to three square-root terms (four, with I among
// them, take SymPy minutes too): the result has no square
// root left in a numeric denominator and equals the input to 25 digits.
func TestRadsimpPreservesValue(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	rads := []Expr{Sqrt(Two), Sqrt(NewInt(3)), Sqrt(NewInt(5)), Sqrt(NewInt(7)), I, Pi}
	for i := 0; i < 200; i++ {
		terms := []Expr{NewInt(int64(rng.Intn(7) - 3))}
		for k := rng.Intn(3) + 1; k > 0; k-- {
			terms = append(terms, NewMul(NewInt(int64(rng.Intn(5)+1)), rads[rng.Intn(len(rads))]))
		}
		den := NewAdd(terms...)
		if isZeroInt(den) {
			continue
		}
		e := Div(NewAdd(One, Sqrt(Two)), den)
		r, err := Radsimp(e, true, 4)
		if err != nil {
			t.Fatalf("radsimp(%s): %v", Str(e), err)
		}
		if !numericallyEqual(r, e) {
			t.Errorf("radsimp(%s) = %s, a different number", Str(e), Str(r))
		}
		if _, d := fractionOf(r); !Has(den, Pi) && hasRadical(d) {
			t.Errorf("radsimp(%s) = %s keeps a radical in its denominator", Str(e), Str(r))
		}
	}
}

// TestPowsimpPreservesValue checks that powsimp (all combine modes,
// force off) keeps the value of random products of powers of positive
// symbols, negative symbols and numbers at a sample point.
func TestPowsimpPreservesValue(t *testing.T) {
	p := NewSymbol("p", Assumptions{Positive: true})
	n := NewSymbol("n", Assumptions{Negative: true})
	a := NewSymbol("a", Assumptions{})
	bases := []Expr{p, n, Two, NewInt(12), NewAdd(p, One), NewMul(p, n), fnExp.call(a)}
	exps := []Expr{a, Half, NewRational(bigInt(3), bigInt(2)), NewMul(Two, a), NegOne, NewAdd(a, One)}
	rng := rand.New(rand.NewSource(2))
	at := [][2]Expr{{p, NewRational(bigInt(7), bigInt(5))}, {n, NewRational(bigInt(-3), bigInt(4))}, {a, NewRational(bigInt(2), bigInt(7))}}
	for i := 0; i < 300; i++ {
		var fs []Expr
		for k := rng.Intn(3) + 2; k > 0; k-- {
			fs = append(fs, NewPow(bases[rng.Intn(len(bases))], exps[rng.Intn(len(exps))]))
		}
		e := NewMul(fs...)
		for _, mode := range []int{psAll, psExp, psBase} {
			r := powsimpFull(e, psOpts{combine: mode})
			want, ok1 := ToComplex(Xreplace(e, at))
			got, ok2 := ToComplex(Xreplace(r, at))
			if !ok1 || !ok2 || !close(got, want, 1) {
				t.Errorf("powsimp(%s, combine=%d) = %s, a different value", Str(e), mode, Str(r))
			}
		}
	}
}
