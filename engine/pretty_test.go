package engine

import "testing"

func TestPrettyCorpus(t *testing.T) {
	fails := 0
	for _, c := range printCases {
		e, err := parseExpr(c.in)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if got := Str(e); got != c.in {
			t.Logf("skip %q: engine builds %q", c.in, got)
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
		e, err := parseExpr(c.in)
		if err != nil || Str(e) != c.in {
			continue
		}
		if got := Latex(e); got != c.latex {
			fails++
			t.Errorf("Latex(%s) =\n%s\nwant\n%s", c.in, got, c.latex)
		}
	}
	t.Logf("%d failures of %d", fails, len(printCases))
}
