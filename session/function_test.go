package session

import (
	"strings"
	"testing"
)

// TestFunctionRecreated checks that re-running Function('f') keeps
// answers (SymPy compares undefined functions by name), and that
// assumptions dcalc does not model are refused rather than ignored.
func TestFunctionRecreated(t *testing.T) {
	out, errs := runProgram("from sympy import *\nx = symbols('x')\nf = Function('f')\ne = f(x)**2\nf = Function('f')\nprint(e.subs(f(x), 3), diff(e, f(x)), e - f(x)**2)\n")
	if out != "9 2*f(x) 0\n" || errs != "" {
		t.Errorf("got %q, %q; SymPy prints 9 2*f(x) 0", out, errs)
	}
	_, errs = runProgram("from sympy import *\nf = Function('f', imaginary=True)\n")
	if !strings.Contains(errs, "NotImplementedError: dcalc does not support the assumption imaginary=True yet") {
		t.Errorf("stderr %q", errs)
	}
}
