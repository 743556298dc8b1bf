package engine

import (
	"math"
	"math/big"
	"testing"
)

// TestSumNumericInfiniteAgainstPartialSums compares the closed forms of
// infinite sums with partial sums (alternating ones averaged over two
// consecutive partial sums, which converges fast): each summand is
// built from the symbol n, the closed form evaluated numerically.
func TestSumNumericInfiniteAgainstPartialSums(t *testing.T) {
	n := NewSymbol("n", Assumptions{})
	lin := func(a, b int64) Expr { return NewAdd(NewMul(NewInt(a), n), NewInt(b)) }
	inv := func(e Expr) Expr { return NewPow(e, NegOne) }
	alt := NewPow(NegOne, n)
	cases := []struct {
		f Expr
		a int64
	}{
		{inv(NewMul(n, lin(1, 1))), 1},
		{inv(NewMul(lin(2, -1), lin(2, 1))), 1},
		{inv(NewMul(n, NewPow(lin(1, 1), Two))), 1},
		{NewMul(lin(1, 3), inv(NewMul(lin(1, 1), lin(1, 2), lin(1, 4)))), 2},
		{NewMul(alt, inv(n)), 1},
		{NewMul(alt, inv(NewMul(n, lin(1, 3)))), 3},
		{NewMul(alt, inv(NewPow(n, NewInt(4)))), 1},
		{NewMul(NewPow(n, Two), NewPow(NewRational(big.NewInt(2), big.NewInt(3)), n)), 0},
		{NewMul(lin(2, -3), NewPow(NewRational(big.NewInt(-1), big.NewInt(3)), n)), 2},
	}
	for _, c := range cases {
		r, ok := sumNumericInfinite(c.f, n, NewInt(c.a))
		if !ok {
			t.Fatalf("sum(%s, (n, %d, oo)) refused", Str(c.f), c.a)
		}
		want, ok := ToFloat64(mustEvalf(r))
		if !ok {
			t.Fatalf("%s does not evaluate", Str(r))
		}
		var s, prev float64
		for k := c.a; k < c.a+4000; k++ {
			z, _ := evalComplex(SubsPairs(c.f, [][2]Expr{{n, NewInt(k)}}))
			v := real(z)
			prev = s
			s += v
		}
		got := (s + prev) / 2
		if math.Abs(got-want) > 1e-3*math.Max(1, math.Abs(want)) {
			t.Errorf("sum(%s, (n, %d, oo)) = %s = %g, partial sums give %g", Str(c.f), c.a, Str(r), want, got)
		}
	}
}
