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
