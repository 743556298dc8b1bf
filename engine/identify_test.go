package engine

import (
	"fmt"
	"testing"

	"github.com/dcalc/dcalc/engine/mpf"
)

// TestPslq checks pslq on the relations mpmath's documentation of pslq
// gives (at its default 53-bit precision): rational approximations of
// pi at two tolerances, none below 1000 at full precision, and
// 2*sqrt(2) - sqrt(8) = 0 among square roots.
func TestPslq(t *testing.T) {
	wp := 53
	pi := mpf.Pi(wp)
	f := func(s string) mpf.Float { v, _ := mpf.FromString(s, wp); return v }
	cases := []struct {
		xs   []mpf.Float
		tol  mpf.Float
		want string
	}{
		{[]mpf.Float{f("-1"), pi}, f("0.01"), "[22 7]"},
		{[]mpf.Float{f("-1"), pi}, f("0.001"), "[355 113]"},
		{[]mpf.Float{f("-1"), pi}, mpf.FromMantExp(bigOne, -39, 0, false), "[]"},
	}
	for _, c := range cases {
		got := fmt.Sprint(pslq(c.xs, wp, c.tol, 1000))
		if got != c.want {
			t.Errorf("pslq(%v) = %s, want %s", c.xs, got, c.want)
		}
	}
	var roots []mpf.Float
	for n := int64(2); n <= 8; n++ {
		roots = append(roots, mpf.Sqrt(mpf.FromInt64(n, 100), 100))
	}
	if got := fmt.Sprint(pslq(roots, 100, mpf.FromMantExp(bigOne, -75, 0, false), 1000)); got != "[2 0 0 0 0 0 -1]" {
		t.Errorf("pslq(sqrt(2..8)) = %s, want [2 0 0 0 0 0 -1]", got)
	}
}
