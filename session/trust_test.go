package session

import (
	"strings"
	"testing"
)

// TestTrustGolden runs programs that once gave plausible wrong answers
// (testdata/gen_trust.py records SymPy 1.14's output for each): dcalc must
// print exactly SymPy's output, or stop with a NotImplementedError before
// printing anything different.
func TestTrustGolden(t *testing.T) {
	n, refused := 0, 0
	for _, c := range readJSONL[struct{ Src, Stdout string }](t, "testdata/trust_golden.jsonl") {
		n++
		out, errs := runProgram("from sympy import *\nx, y, u, v, n, k = symbols('x y u v n k')\nf = Function('f')\n" + c.Src + "\n")
		switch {
		case errs == "" && out == c.Stdout:
		case strings.Contains(errs, "NotImplementedError") && strings.HasPrefix(c.Stdout, out):
			refused++
			t.Logf("refused: %.60q", c.Src)
		default:
			t.Errorf("%s\n got %q (stderr %q)\nwant %q or NotImplementedError", c.Src, out, errs, c.Stdout)
		}
	}
	t.Logf("%d programs, %d refused with NotImplementedError", n, refused)
	if n < 20 {
		t.Fatalf("only %d programs", n)
	}
}
