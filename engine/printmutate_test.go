package engine

import "testing"

// TestPrintersDoNotMutate: printing an expression in any printer leaves
// it (and the shared constants) as it was. latex() of a negative
// Rational used to negate the Rational in place, so that -3/2 printed
// as 3/2 afterwards and the shared -1/2 turned into 1/2.
func TestPrintersDoNotMutate(t *testing.T) {
	srcs := []string{"-3/2", "-1/2", "x - 3/2", "-x/7 + y**(-1/2)", "(-2/3)*x**(-3/4)", "-12345678901234567890123/7",
		"-2.5*x - 1/3", "sin(-x/2)**(-5/3)", "x**(-1/2) - 1/2", "-sqrt(2)/3"}
	before := Str(NegHalf)
	for _, s := range srcs {
		e := mustParse(s)
		want := Str(e)
		h := e.Hash()
		Latex(e)
		Pretty(e, PrettyOptions{})
		Pretty(e, PrettyOptions{ASCII: true})
		PyCode(e, "numpy")
		PyCode(e, "mpmath")
		if got := Str(e); got != want || e.Hash() != h {
			t.Errorf("%s: printing changed it to %s", want, got)
		}
	}
	if Str(NegHalf) != before || Str(NegHalf) != "-1/2" {
		t.Errorf("NegHalf is now %s", Str(NegHalf))
	}
}
