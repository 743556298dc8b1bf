package session

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// bindProgram wraps one call so that its repr, or its exception as
// "Type: message", is printed: the form gen_bind.py records.
func bindProgram(src string) string {
	return "from sympy import *\nx, y = symbols('x y')\nf = Function('f')\n" +
		"try:\n    print(repr(" + src + "))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n"
}

// TestBindGolden checks calls of table-bound names, with keywords and
// with wrong argument lists, against SymPy 1.14 (testdata/gen_bind.py):
// the answer, or the TypeError/ValueError with CPython's and SymPy's
// wording. Refusing with NotImplementedError is not allowed for any of
// these: each keyword here is honoured.
func TestBindGolden(t *testing.T) {
	n := 0
	for _, c := range readJSONL[struct{ Src, Out string }](t, "testdata/bind_golden.jsonl") {
		n++
		out, errs := runProgram(bindProgram(c.Src))
		if out != c.Out+"\n" || errs != "" {
			t.Errorf("%s\n got %q (stderr %q)\nwant %q", c.Src, out, errs, c.Out)
		}
	}
	if n < 60 {
		t.Fatalf("only %d cases", n)
	}
}

// TestBindRefusesUnhonoured: an option SymPy documents but dcalc does
// not implement raises NotImplementedError naming it, instead of being
// ignored (SymPy's answer for each differs from the answer without the
// option, so ignoring it would print a wrong result). Given with its
// default value, the option changes nothing and is accepted.
func TestBindRefusesUnhonoured(t *testing.T) {
	refused := map[string]string{
		"solve(Ne(x**2, 1), x)":                         "dcalc does not solve Ne relations yet (SymPy answers Ne(x**2, 1) with conditions)",
		"simplify(exp(I*x) + exp(-I*x))":                "dcalc's simplify does not rewrite exponentials of imaginary arguments as trigonometric functions yet",
		"simplify((2 + 3*I)/(1 - I))":                   "dcalc's simplify does not multiply out products or powers of sums with I yet",
		"expand((x + 1)**2, mul=False)":                 "dcalc's expand() does not support mul=False yet",
		"expand(x, modulus=5)":                          "dcalc's expand() does not support modulus=5 yet",
		"real_root(8, 3, evaluate=False)":               "dcalc's real_root() does not support evaluate=False yet",
		"simplify(x, ratio=2)":                          "dcalc's simplify() does not support ratio=2 yet",
		"sympify('x + x', strict=True)":                 "dcalc's sympify() does not support strict=True yet",
		"N(pi, chop=True)":                              "dcalc's N() does not support chop=True yet",
		"latex(x**2, decimal_separator='comma')":        "dcalc's latex() does not support decimal_separator='comma' yet",
		"pprint(x, order='lex')":                        "dcalc's pprint() does not support order='lex' yet",
		"integrate(x, x, conds='none')":                 "dcalc's integrate() does not support conds='none' yet",
		"factor(x**2 - 1, deep=True)":                   "dcalc's factor() does not support deep=True yet",
		"diff(x**2, x, foo=1)":                          "dcalc's diff() does not support foo=1 yet",
		"init_printing(use_unicode=False)":              "",
		"eye(2, foo=1)":                                 "dcalc's eye() does not support foo=1 yet",
		"solve(x - 1, x, rational=False)":               "dcalc's solve() does not support rational=False yet",
		"series(sin(x), x, 0, 4, '+')":                  "",
		"expand(x, deep=True, basic=True)":              "",
		"init_printing(use_unicode=True)":               "",
		"latex(x, mode='plain', itex=False)":            "",
		"pprint(x, use_unicode=False, wrap_line=False)": "",
	}
	for src, msg := range refused {
		out, errs := runProgram(bindProgram(src))
		if errs != "" {
			t.Errorf("%s: stderr %q", src, errs)
			continue
		}
		got := strings.HasPrefix(out, "NotImplementedError: ")
		switch {
		case msg == "" && got:
			t.Errorf("%s: refused (%q), want it accepted", src, out)
		case msg != "" && out != "NotImplementedError: "+msg+"\n":
			t.Errorf("%s:\n got %q\nwant NotImplementedError: %s", src, out, msg)
		}
	}
}

// TestSignatureRoundTrip: every SymPy function signature in
// sympy_api.tsv parses and prints back as inspect.signature wrote it.
func TestSignatureRoundTrip(t *testing.T) {
	n := 0
	for _, line := range strings.Split(sympyAPIText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[2] == "" {
			continue
		}
		text := f[2]
		if f[1] == "method" { // "Basic.subs(arg1, ...)"
			text = text[strings.IndexByte(text, '('):]
		}
		sig, err := parseSignature(text)
		if err != nil {
			t.Errorf("%s: %v", f[0], err)
			continue
		}
		if got := sig.String(); got != text {
			t.Errorf("%s:\n got %s\nwant %s", f[0], got, f[2])
		}
		n++
	}
	if n < 400 {
		t.Fatalf("only %d signatures", n)
	}
}

// TestKnownMissingNames: a public SymPy 1.14 name that dcalc does not
// bind raises NotImplementedError however it is reached (a NameError or
// ImportError would suggest a typo); names SymPy does not have keep
// Python's errors.
func TestKnownMissingNames(t *testing.T) {
	const pre = "import sympy\nfrom sympy import *\n"
	cases := []struct{ src, want string }{
		{"rsolve", "NotImplementedError: dcalc does not implement sympy.rsolve yet"},
		{"sqrtdenest", "NotImplementedError: dcalc does not implement sympy.sqrtdenest yet"},
		{"sympy.pdsolve", "NotImplementedError: dcalc does not implement sympy.pdsolve yet"},
		{"from sympy import sqrtdenest", "NotImplementedError: dcalc does not implement sympy.sqrtdenest yet"},
		{"from sympy.plotting import plot3d_parametric_line", "NotImplementedError: dcalc does not implement sympy.plotting.plot3d_parametric_line yet"},
		{"import sympy.plotting\nsympy.plotting.plot3d_parametric_line", "NotImplementedError: dcalc does not implement sympy.plotting.plot3d_parametric_line yet"},
		{"from sympy.utilities.lambdify import implemented_function", "NotImplementedError: dcalc does not implement sympy.utilities.lambdify.implemented_function yet"},
		{"import numpy as np\nnp.fft", "NotImplementedError: dcalc does not implement numpy.fft yet"},
		{"import numpy as np\nnp.linalg.tensorsolve", "NotImplementedError: dcalc does not implement numpy.linalg.tensorsolve yet"},
		{"import numpy as np\nnp.arange(3).nonzero", "NotImplementedError: dcalc does not implement numpy.ndarray.nonzero yet"},
		{"import numpy as np\nnp.no_such_name", "AttributeError: module 'numpy' has no attribute 'no_such_name'"},
		{"no_such_name", "NameError: name 'no_such_name' is not defined"},
		{"Matrix([[1, 2], [2, 1]]).jordan_form()", "NotImplementedError: dcalc does not implement Matrix.jordan_form yet"},
		{"Matrix([True, False])", "NotImplementedError: dcalc's Matrix cannot hold True or False (SymPy keeps them as booleans, deprecated since SymPy 1.9)"},
		{"Matrix([[1]]).no_such_method", "AttributeError: 'MutableDenseMatrix' object has no attribute 'no_such_method'"},
		{"sympy.no_such_name", "AttributeError: module 'sympy' has no attribute 'no_such_name'"},
		{"from sympy import no_such_name", "ImportError: cannot import name 'no_such_name' from 'sympy' (/usr/lib/python3/site-packages/sympy/__init__.py)"},
		{"import sympy.no_such_module", "ModuleNotFoundError: No module named 'sympy.no_such_module'"},
		{"import os", "NotImplementedError: dcalc does not provide Python's os module: programs cannot reach files, processes or the network (docs/security.md)"},
		{"from os.path import join", "NotImplementedError: dcalc does not provide Python's os module: programs cannot reach files, processes or the network (docs/security.md)"},
		{"import decimal", "NotImplementedError: dcalc does not implement the standard library module 'decimal' yet"},
		{"import statistics\nstatistics.correlation", "NotImplementedError: dcalc does not implement statistics.correlation yet"},
		{"import pandas", "ModuleNotFoundError: No module named 'pandas'"},
		{"open('f.txt')", "NotImplementedError: dcalc does not provide Python's open: programs cannot open files (docs/security.md)"},
		{"eval('1 + 1')", "NotImplementedError: dcalc does not provide Python's eval: dcalc runs no code built from strings (docs/security.md)"},
	}
	for _, n := range []string{"sympy.rsolve", "sympy.sqrtdenest", "sympy.pdsolve", "sympy.plotting.plot3d_parametric_line", "sympy.utilities.lambdify.implemented_function"} {
		if e, ok := sympyAPI(n); !ok || e.Kind != "function" {
			t.Errorf("%s is not a function in sympy_api.tsv", n)
		}
	}
	for _, c := range cases {
		_, errs := runProgram(pre + c.src + "\n")
		if lastLine(errs) != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, lastLine(errs), c.want)
		}
	}
	// Importing from where SymPy defines a name works for bound names.
	out, errs := runProgram("from sympy.solvers import solve\nfrom sympy.core.symbol import symbols\nx = symbols('x')\nprint(solve(x - 2, x))\n")
	if out != "[2]\n" || errs != "" {
		t.Errorf("submodule import: %q %q", out, errs)
	}
}

// TestAttributesResolve: every name dir() lists for an expression, every
// name Tab completion offers after "e." (Session.Attrs) and every name
// it offers for an expression it cannot evaluate (ExprAttrNames)
// resolves with getattr, for each kind of expression.
func TestAttributesResolve(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{Bare: true})
	samples := []string{"x + 1", "x", "2*x*y", "x**2", "Rational(1, 2)", "Integer(3)", "Float(1.5)", "pi", "I",
		"f(x)", "sin(x)", "Derivative(f(x), x)", "Subs(f(x), x, 1)", "oo", "zoo", "x + O(x**2)"}
	src := "from sympy import *\nx, y = symbols('x y')\nf = Function('f')\n"
	for i, e := range samples {
		src += fmt.Sprintf("e%d = %s\n", i, e)
	}
	if err := s.ExecFile("setup.py", src); err != nil {
		t.Fatal(s.FormatException(err))
	}
	generic := ExprAttrNames()
	if len(generic) < 30 {
		t.Fatalf("ExprAttrNames: only %d names", len(generic))
	}
	for i, e := range samples {
		name := fmt.Sprintf("e%d", i)
		names := append(s.Attrs(name), generic...)
		if err := s.ExecFile("dir.py", "_names = dir("+name+")\n"); err != nil {
			t.Fatal(s.FormatException(err))
		}
		v, _ := s.Lookup("_names")
		for _, n := range v.(*List).Items {
			names = append(names, n.(string))
		}
		for _, n := range names {
			if err := s.ExecFile("get.py", "getattr("+name+", '"+n+"')\n"); err != nil {
				t.Errorf("%s.%s listed but: %s", e, n, lastLine(s.FormatException(err)))
			}
		}
	}
}

// TestHelpNamesExist: every name help() documents is bound (as a global,
// an expression or matrix method or property, or a magic), and every row of the
// sympy tables has a one-line doc.
func TestHelpNamesExist(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{})
	x := ExprAttrNames()
	for name := range docs {
		if _, ok := s.Lookup(name); ok || slices.Contains(x, name) || slices.Contains(matrixMethodList(), name) || strings.HasPrefix(name, "%") {
			continue
		}
		if _, ok := exprPropIndex[name]; ok {
			continue
		}
		t.Errorf("help documents %s, which dcalc does not bind", name)
	}
	for name, b := range tableRows {
		if b.Doc == "" {
			t.Errorf("table row %s has no doc", name)
		}
	}
	for name, b := range exprMethodIndex {
		if b.Doc == "" {
			t.Errorf("method row %s has no doc", name)
		}
	}
}

// TestInitPrintingColumns checks init_printing(num_columns=N) and
// wrap_line=False on Out values, that a later init_printing() keeps them
// (SymPy's Printer.set_global_settings changes only the settings given)
// and that wrap_line=True wraps again; the wrapped forms are SymPy 1.14's
// pretty(e, num_columns=30) and pretty(e, num_columns=100).
func TestInitPrintingColumns(t *testing.T) {
	sess := New(io.Discard, Options{Interactive: true, Pretty: true, Width: 100})
	a20, b20 := strings.Repeat("a", 20), strings.Repeat("b", 20)
	a60, b60 := strings.Repeat("a", 60), strings.Repeat("b", 60)
	for _, c := range []struct{ setup, expr, want string }{
		{"init_printing(num_columns=30)", "Symbol('" + a20 + "') + Symbol('" + b20 + "')", a20 + " + bbbbb ↪\n\n↪ " + b20[5:]},
		{"init_printing(wrap_line=False)", "Symbol('" + a60 + "') + Symbol('" + b60 + "')", a60 + " + " + b60},
		{"init_printing()", "Symbol('" + a60 + "') + Symbol('" + b60 + "')", a60 + " + " + b60},
		{"init_printing(wrap_line=True, num_columns=100)", "Symbol('" + a60 + "') + Symbol('" + b60 + "')", a60 + " + " + b60[:35] + " ↪\n\n↪ " + b60[35:]},
	} {
		for _, cell := range []string{c.setup, c.expr} {
			res := sess.RunCell(cell)
			if res.Err != nil {
				t.Fatalf("%s: %v", cell, res.Err)
			}
			if cell == c.expr {
				if got := sess.FormatValue(res.Value); got != c.want {
					t.Errorf("after %s: %q, want %q", c.setup, got, c.want)
				}
			}
		}
	}
}

// TestSympyAPISorted checks what sympyAPI's bisection relies on: the
// table's rows are sorted by name (byte order, comments first), and
// every row is found with its kind and signature, names between rows
// are not.
func TestSympyAPISorted(t *testing.T) {
	prev := ""
	n := 0
	for _, line := range strings.Split(sympyAPIText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Fatalf("row %q has %d fields", line, len(f))
		}
		if f[0] <= prev {
			t.Fatalf("row %q after %q: not sorted", f[0], prev)
		}
		e, ok := sympyAPI(f[0])
		if !ok || e.Kind != f[1] || e.Sig != f[2] {
			t.Errorf("sympyAPI(%q) = %+v, %v; the row says %s %q", f[0], e, ok, f[1], f[2])
		}
		if _, ok := sympyAPI(f[0] + "_"); ok && !strings.Contains(sympyAPIText, "\n"+f[0]+"_\t") {
			t.Errorf("sympyAPI(%q) found a name that is not in the table", f[0]+"_")
		}
		prev = f[0]
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d rows", n)
	}
	for _, name := range []string{"", "sympy", "sympy.", "zzz", "sympy.diffx", "# SymPy"} {
		if _, ok := sympyAPI(name); ok {
			t.Errorf("sympyAPI(%q) found", name)
		}
	}
}
