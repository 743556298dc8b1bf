package engine

import "testing"

// TestPrintFuncs checks the printed forms of factorial, binomial,
// conjugate, floor, ceiling, Max, Min, re, im, arg and the named
// constants against SymPy 1.14 (table in printfuncs_cases_test.go).
func TestPrintFuncs(t *testing.T) {
	for _, c := range printFuncCases {
		e, err := parseExpr(c.in)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if got := Str(e); got != c.in {
			t.Errorf("Str(%s) = %s", c.in, got)
			continue
		}
		if got := Pretty(e, PrettyOptions{}); got != c.uni {
			t.Errorf("Pretty(%s) =\n%s\nwant\n%s", c.in, got, c.uni)
		}
		if got := Pretty(e, PrettyOptions{ASCII: true}); got != c.ascii {
			t.Errorf("Pretty(%s, ASCII) =\n%s\nwant\n%s", c.in, got, c.ascii)
		}
		if got := Latex(e); got != c.latex {
			t.Errorf("Latex(%s) = %s, want %s", c.in, got, c.latex)
		}
	}
}
