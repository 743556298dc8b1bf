package session

import (
	"strings"
	"testing"
)

// TestSolveGolden runs the solve-family programs of gen_solve.py: dcalc
// prints SymPy 1.14's answer or raises NotImplementedError, and the
// exact matches do not fall below the floor (raise it as rows land).
func TestSolveGolden(t *testing.T) {
	const floor = 80
	n, exact := 0, 0
	pre := "from sympy import *\nx, y, z, w, a, b, c, d, k, m, t = symbols('x y z w a b c d k m t')\np = symbols('p', positive=True)\n"
	for _, c := range readJSONL[struct{ Src, Stdout string }](t, "testdata/solve_golden.jsonl") {
		n++
		out, errs := runProgram(pre + c.Src + "\n")
		switch {
		case errs == "" && out == c.Stdout:
			exact++
		case strings.Contains(errs, "NotImplementedError") && strings.HasPrefix(c.Stdout, out):
			t.Logf("refused: %.70q: %s", c.Src, lastLine(errs))
		default:
			t.Errorf("%s\n got %q (stderr %q)\nwant %q or NotImplementedError", c.Src, out, errs, c.Stdout)
		}
	}
	t.Logf("%d programs, %d exact", n, exact)
	if exact < floor {
		t.Errorf("%d exact matches, below the floor of %d", exact, floor)
	}
}
