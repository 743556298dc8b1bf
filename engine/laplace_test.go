package engine

import "testing"

// TestLaplaceRoundTrip transforms each F(s) back to f(t) and (expanded)
// forward again: the result must equal F, their difference cancelling to
// zero.
func TestLaplaceRoundTrip(t *testing.T) {
	tt, s := NewSymbol("t", Assumptions{}), NewSymbol("s", Assumptions{})
	for _, src := range []string{
		"1/s", "1/(s + 2)", "3/(s**2 + 9)", "(s + 1)/(s**2 + 2*s + 5)", "1/((s + 1)*(s + 2))",
		"(2*s + 3)/(s**2 + 3*s + 2)", "1/(s + 1)**3", "5/(s*(s**2 + 4))", "1/(s**2 - 4)",
		"(3*s + 1)/((s - 1)*(s**2 + 1))", "1/(s**2 + s + 1)", "(s**2 + 2)/(s**3 + 3*s**2 + 2*s)",
		"s/(s**2 + 1)**2", "1/(s**2 + 1)**2",
	} {
		F := SubsPairs(mustParse(src), [][2]Expr{{NewSymbol("s", Assumptions{}), s}})
		f, err := InverseLaplaceTransform(F, s, tt)
		if err != nil {
			t.Errorf("inverse of %s: %v", src, err)
			continue
		}
		back, _, err := LaplaceTransform(Expand(f), tt, s)
		if err != nil {
			t.Errorf("transform of %s (from %s): %v", Str(f), src, err)
			continue
		}
		if d, err := Cancel(Sub(back, F)); err != nil || !Equal(Simplify(d), Zero) {
			t.Errorf("%s -> %s -> %s", src, Str(f), Str(back))
		}
	}
}
