package engine

import (
	"math/rand"
	"testing"
)

// TestApartSelfCheck checks apart on random rational functions: the
// partial fractions add back up to the function.
func TestApartSelfCheck(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	x := NewSymbol("x", Assumptions{})
	for trial := 0; trial < 40; trial++ {
		den := Expr(One)
		for range 1 + r.Intn(3) {
			var f Expr
			if r.Intn(3) == 0 {
				f = NewAdd(NewPow(x, Two), NewMul(NewInt(int64(r.Intn(5)-2)), x), NewInt(int64(r.Intn(5)+1)))
			} else {
				f = NewAdd(NewMul(NewInt(int64(r.Intn(3)+1)), x), NewInt(int64(r.Intn(9)-4)))
			}
			den = NewMul(den, NewPow(f, NewInt(int64(1+r.Intn(2)))))
		}
		var num []Expr
		for i := range 1 + r.Intn(5) {
			num = append(num, NewMul(NewInt(int64(r.Intn(11)-5)), NewPow(x, NewInt(int64(i)))))
		}
		f := Div(NewAdd(num...), den)
		a, err := Apart(f, x)
		if err != nil {
			t.Errorf("apart(%v): %v", f, err)
			continue
		}
		if d, err := Cancel(Sub(a, f)); err != nil || !Equal(d, Zero) {
			t.Errorf("apart(%v) = %v differs by %v (%v)", f, a, d, err)
		}
	}
}

// TestTogetherSelfCheck: together of random sums of fractions cancels
// back to the sum.
func TestTogetherSelfCheck(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	leaves := []Expr{x, y, Two, NewPow(x, Two), NewAdd(x, One), NewAdd(x, Neg(y)), Half}
	gen := func(d int) Expr { return randRational(r, leaves, d, 4, 4) }
	for range 100 {
		e := gen(4)
		if hasSpecial(e) { // a division by zero made zoo
			continue
		}
		got := Together(e, false)
		if d, err := Cancel(Sub(got, e)); err != nil || !Equal(d, Zero) {
			t.Errorf("together(%v) = %v differs by %v (%v)", e, got, d, err)
		}
	}
}

// TestSimplifyRationalSelfCheck: simplify of random rational functions
// (SymPy's pipeline, count_ops choices) keeps the value: the difference
// cancels to zero.
func TestSimplifyRationalSelfCheck(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	leaves := []Expr{x, y, Two, NewPow(x, Two), NewMul(NewInt(3), x), NewMul(x, y), One}
	gen := func(d int) Expr { return randRational(r, leaves, d, 5, 5) }
	checked := 0
	for range 150 {
		e := gen(4)
		if hasSpecial(e) || !isRationalFunction(e) {
			continue
		}
		s := Simplify(e)
		d, err := Cancel(Sub(s, e))
		if err != nil {
			continue // cancel's factor-based gcd gave up
		}
		checked++
		if !Equal(d, Zero) {
			t.Errorf("simplify(%v) = %v differs by %v", e, s, d)
		}
	}
	if checked < 100 {
		t.Errorf("only %d expressions checked", checked)
	}
}

// randRational is a random rational expression of depth at most d:
// leaves combined by +, -, * and / (the last in ops - 3 of ops cases),
// stopping early with probability 1/stop.
func randRational(r *rand.Rand, leaves []Expr, d, stop, ops int) Expr {
	if d == 0 || r.Intn(stop) == 0 {
		return leaves[r.Intn(len(leaves))]
	}
	a, b := randRational(r, leaves, d-1, stop, ops), randRational(r, leaves, d-1, stop, ops)
	switch r.Intn(ops) {
	case 0:
		return NewAdd(a, b)
	case 1:
		return Sub(a, b)
	case 2:
		return NewMul(a, b)
	}
	return Div(a, b)
}
