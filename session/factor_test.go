package session

import (
	"strings"
	"testing"
)

// TestFactorBindings checks factor, factor_list and .factor() as SymPy
// 1.14 prints them (outputs taken from SymPy), and the errors for what
// dcalc does not support.
func TestFactorBindings(t *testing.T) {
	cases := []struct{ src, out, err string }{
		{"print(factor(x**2 - 1))", "(x - 1)*(x + 1)\n", ""},
		{"print((3*x**3 - 12*x).factor())", "3*x*(x - 2)*(x + 2)\n", ""},
		{"print(factor_list(2*x*y - 2*y))", "(2, [(x - 1, 1), (y, 1)])\n", ""},
		{"print(factor((x**2 - 1)/(x**2 + 2*x + 1)))", "(x - 1)/(x + 1)\n", ""},
		{"print(factor(exp(2*x) - 1))", "(exp(x) - 1)*(exp(x) + 1)\n", ""},
		{"factor_list(1/x)", "", "PolynomialError: a polynomial expected, got 1/x"},
		{"factor(x**2 - 1, x)", "", "NotImplementedError: dcalc's factor does not take generators yet"},
		{"factor(x**2 - 1, deep=True)", "", "NotImplementedError: dcalc's factor() does not support deep=True yet"},
		{"factor(1.0*x**2 - 1)", "", "NotImplementedError: factor: only integer and rational coefficients are supported"},
	}
	for _, c := range cases {
		out, errs := runProgram("from sympy import *\nx, y = symbols('x y')\n" + c.src + "\n")
		if out != c.out {
			t.Errorf("%s: stdout %q, want %q", c.src, out, c.out)
		}
		if c.err == "" && errs != "" || c.err != "" && !strings.Contains(errs, c.err) {
			t.Errorf("%s: stderr %q, want %q", c.src, errs, c.err)
		}
	}
}
