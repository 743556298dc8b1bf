package engine

import "testing"

// calcPrintCase is one expected printing of a calculus result; the
// tables in pretty_calc_cases_test.go come from SymPy 1.14.
type calcPrintCase struct {
	in, x, x0 string // series(in, x, x0, n); only in for objects
	n         int
	str       string
	uni       string
	ascii     string
	latex     string
}

func checkCalcPrint(t *testing.T, what string, e Expr, c calcPrintCase) {
	t.Helper()
	if got := Str(e); got != c.str {
		t.Errorf("str(%s):\ngot  %s\nwant %s", what, got, c.str)
	}
	if got := Pretty(e, PrettyOptions{}); got != c.uni {
		t.Errorf("pretty(%s):\ngot\n%s\nwant\n%s", what, got, c.uni)
	}
	if got := Pretty(e, PrettyOptions{ASCII: true}); got != c.ascii {
		t.Errorf("pretty(%s, use_unicode=False):\ngot\n%s\nwant\n%s", what, got, c.ascii)
	}
	if got := Latex(e); got != c.latex {
		t.Errorf("latex(%s):\ngot  %s\nwant %s", what, got, c.latex)
	}
}

func TestPrintSeriesResults(t *testing.T) {
	for _, c := range seriesPrintCases {
		x := mustParse(c.x).(*Symbol)
		what := "series(" + c.in + ", " + c.x + ", " + c.x0 + ", " + itoa(c.n) + ")"
		r, err := Series(mustParse(c.in), x, mustParse(c.x0), c.n)
		if err != nil {
			t.Errorf("%s: %v", what, err)
			continue
		}
		checkCalcPrint(t, what, r, c)
	}
}

func TestPrintOrderAndIntegral(t *testing.T) {
	for _, c := range calcObjectCases {
		checkCalcPrint(t, c.in, mustParse(c.in), c)
	}
}

// TestOrderArgForms checks that the printers read an Order term's
// arguments in each form SymPy accepts: bare variables, (variable,
// point) pairs, or none; variables print in sorted order.
func TestOrderArgForms(t *testing.T) {
	x, y := symX("x"), symX("y")
	xy := NewMul(x, y)
	cases := []struct {
		e          Expr
		str, latex string
	}{
		// O(x*y) in SymPy 1.14: variables from the free symbols
		{NewFunc(OrderDef, xy), "O(x*y, x, y)", `O\left(x y; \left( x, \  y\right)\rightarrow \left( 0, \  0\right)\right)`},
		// O(x*y, y, x) sorts its variables
		{NewFunc(OrderDef, xy, y, x), "O(x*y, x, y)", `O\left(x y; \left( x, \  y\right)\rightarrow \left( 0, \  0\right)\right)`},
		// O(x**3, (x, 0)) is about the origin
		{NewFunc(OrderDef, NewPow(x, NewInt(3)), NewTuple(x, Zero)), "O(x**3)", `O\left(x^{3}\right)`},
		// O(1)
		{NewFunc(OrderDef, One), "O(1)", `O\left(1\right)`},
	}
	for _, c := range cases {
		if got := Str(c.e); got != c.str {
			t.Errorf("str: got %s, want %s", got, c.str)
		}
		if got := Latex(c.e); got != c.latex {
			t.Errorf("latex(%s): got %s, want %s", c.str, got, c.latex)
		}
	}
	if got, want := Pretty(NewFunc(OrderDef, One), PrettyOptions{}), "O(1)"; got != want {
		t.Errorf("pretty(O(1)): got %q, want %q", got, want)
	}
}
