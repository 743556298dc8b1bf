package engine

import (
	"math/rand"
	"testing"
)

// TestAddOneTermMatchesFlatten checks the incremental s + t of long sums
// against collecting every term again: random sums of monomials,
// functions and products with rational coefficients, grown one term at a
// time (terms new, combining, cancelling), must equal the sum built in
// one NewAdd call, node for node, and print the same.
func TestAddOneTermMatchesFlatten(t *testing.T) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	rng := rand.New(rand.NewSource(4))
	atoms := []Expr{x, y, fnSin.call(x), fnCos.call(y), fnExp.call(NewMul(Two, x)), NewPow(x, Half), Pi}
	term := func() Expr {
		f := []Expr{NewRational(bigInt(int64(rng.Intn(9)-4)), bigInt(int64(rng.Intn(3)+1)))}
		for k := rng.Intn(3) + 1; k > 0; k-- {
			f = append(f, NewPow(atoms[rng.Intn(len(atoms))], NewInt(int64(rng.Intn(3)+1))))
		}
		return NewMul(f...)
	}
	for trial := 0; trial < 40; trial++ {
		var all []Expr
		var s Expr = Zero
		for i := 0; i < 120; i++ {
			tm := term()
			if i%7 == 3 && len(all) > 0 {
				tm = Neg(all[rng.Intn(len(all))]) // cancel a term
			}
			if rng.Intn(9) == 0 {
				tm = NewInt(int64(rng.Intn(5))) // a constant (general path)
			}
			all = append(all, tm)
			s = NewAdd(s, tm)
			want := slowAdd(all)
			if !Equal(s, want) || Str(s) != Str(want) {
				t.Fatalf("trial %d step %d: s + %s = %s, collecting gives %s", trial, i, Str(tm), Str(s), Str(want))
			}
		}
	}
}

// slowAdd is NewAdd of all the terms in one call, pairs of one long sum
// and one term avoided.
func slowAdd(ts []Expr) Expr {
	args := append([]Expr{}, ts...)
	if len(args) == 2 {
		args = append(args, Zero)
	}
	return NewAdd(args...)
}
