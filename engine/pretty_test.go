package engine

import "testing"

// corpusExpr builds a print case's expression: as the canonical
// constructors build it, or, for SymPy's undistributed products
// (2*(x + y) from diff's factor_terms) and Floats at their own
// precision, as parseKept builds it. Every case must build: none is
// skipped.
func corpusExpr(t *testing.T, in string) (Expr, bool) {
	e, err := parseExpr(in)
	if err != nil {
		t.Errorf("%v", err)
		return nil, false
	}
	if Str(e) == in {
		return e, true
	}
	if k, err := parseKept(in); err == nil && Str(k) == in {
		return k, true
	}
	t.Errorf("the engine builds %q for %q", Str(e), in)
	return nil, false
}

func TestPrettyCorpus(t *testing.T) {
	fails := 0
	for _, c := range printCases {
		e, ok := corpusExpr(t, c.in)
		if !ok {
			continue
		}
		if got := Pretty(e, PrettyOptions{}); got != c.uni {
			fails++
			t.Errorf("Pretty(%s) =\n%s\nwant\n%s", c.in, got, c.uni)
		}
		if got := Pretty(e, PrettyOptions{ASCII: true}); got != c.ascii {
			fails++
			t.Errorf("Pretty(%s, ASCII) =\n%s\nwant\n%s", c.in, got, c.ascii)
		}
	}
	t.Logf("%d failures of %d", fails, 2*len(printCases))
}

func TestLatexCorpus(t *testing.T) {
	fails := 0
	for _, c := range printCases {
		e, ok := corpusExpr(t, c.in)
		if !ok {
			continue
		}
		if got := Latex(e); got != c.latex {
			fails++
			t.Errorf("Latex(%s) =\n%s\nwant\n%s", c.in, got, c.latex)
		}
	}
	t.Logf("%d failures of %d", fails, len(printCases))
}

func TestPrintMisc(t *testing.T) {
	for _, c := range append(printCases2, wrapCase) {
		e, err := parseExpr(c.in)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if got := Str(e); got != c.in {
			t.Errorf("engine builds %q for %q", got, c.in)
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

func TestPrettyContainers(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	sinx := newFunc(testFunc("sin"), []Expr{x})
	items := []Expr{NewPow(x, NewInt(2)), Half, Div(sinx, x)}
	got := []string{
		PrettyList(items, '[', PrettyOptions{}),
		PrettyList(items, '(', PrettyOptions{}),
		PrettyList(items, '[', PrettyOptions{ASCII: true}),
		PrettyList([]Expr{x}, '(', PrettyOptions{}),
		PrettyMatrix([][]Expr{{items[0], One}, {Half, items[2]}}, PrettyOptions{}),
	}
	for i := range got {
		if got[i] != listWant[i] {
			t.Errorf("container %d =\n%s\nwant\n%s", i, got[i], listWant[i])
		}
	}
	if got := LatexMatrix([][]Expr{{items[0], One}, {Half, items[2]}}, nil); got != matrixLatexWant {
		t.Errorf("LatexMatrix = %s, want %s", got, matrixLatexWant)
	}
}
