package engine

import (
	"math/big"
	"testing"
)

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

// TestOperationsDoNotMutate: the engine's operations leave their input
// and the shared numeric constants as they were (the printers' bug of
// negating a Rational in place was one of this kind).
func TestOperationsDoNotMutate(t *testing.T) {
	x := symX("x")
	srcs := []string{"-3/2*x**2 + x/3 - 5/7", "x**(-1/2) - 1/2", "(x - 1/2)**3/(x + 3/4)", "sin(-x/2)**2 + cos(x)/3",
		"exp(-x/3)*x**(3/2)", "log(2*x/3) - 1/2", "(2/3)*x**(-3/4) + 7/5", "(x**2 - 1/4)/(x - 1/2)", "-1/(2*x + 1)"}
	consts := []Expr{Zero, One, NegOne, Half, NegHalf, Two}
	before := make([]string, len(consts))
	for i, c := range consts {
		before[i] = Str(c)
	}
	for _, s := range srcs {
		e := mustParse(s)
		want, h := Str(e), e.Hash()
		check := func(op string) {
			t.Helper()
			if got := Str(e); got != want || e.Hash() != h {
				t.Fatalf("%s of %s changed it to %s", op, want, got)
			}
		}
		ops := []struct {
			name string
			f    func()
		}{
			{"diff", func() { _, _ = Diff(e, VarCount{Var: x, Count: 2}) }},
			{"expand", func() { Expand(e) }},
			{"factor", func() { _, _ = Factor(e) }},
			{"simplify", func() { defer func() { recover() }(); Simplify(e) }},
			{"together", func() { Together(e, true) }},
			{"cancel", func() { _, _ = Cancel(e) }},
			{"apart", func() { _, _ = Apart(e, x) }},
			{"integrate", func() { defer func() { recover() }(); Integrate(e, x) }},
			{"series", func() { _, _ = Series(e, x, One, 4) }},
			{"limit", func() { _, _ = Limit(e, x, Oo, "+") }},
			{"evalf", func() { _, _ = Evalf(e, 30, [][2]Expr{{x, NewRational(big.NewInt(-7), big.NewInt(3))}}) }},
			{"nsimplify", func() { _, _ = Nsimplify(e, nil, 0, Unknown) }},
			{"powsimp", func() { _, _ = Powsimp(e, true, 0, false) }},
			{"trigsimp", func() { _, _ = Trigsimp(e) }},
			{"factor_terms", func() { FactorTerms(e) }},
			{"count_ops", func() { CountOps(e) }},
			{"solve", func() { _, _ = Solve(e, x) }},
		}
		for _, op := range ops {
			op.f()
			check(op.name)
		}
	}
	for i, c := range consts {
		if Str(c) != before[i] {
			t.Errorf("constant %s is now %s", before[i], Str(c))
		}
	}
}
