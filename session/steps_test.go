package session

import (
	"strings"
	"testing"

	"github.com/dcalc/dcalc/engine"
)

// TestStepsCorpus runs every program of the differentiation tiers of
// the conformance corpus (t1 derivatives, t2 partial derivatives, t3
// functions) and, for each derivative they take, the derivation steps()
// would show: its answer must be diff's result exactly, and its last
// line must print as diff's result does.
func TestStepsCorpus(t *testing.T) {
	checked := 0
	diffObserver = func(e engine.Expr, vars []engine.VarCount, r engine.Expr) {
		if len(vars) == 0 {
			return
		}
		d, err := engine.Steps(e, vars...)
		if err != nil {
			t.Errorf("steps of %s: %v", engine.Str(e), err)
			return
		}
		checked++
		text := d.Format(engine.Str)
		if !engine.Equal(d.Answer, r) || !strings.HasSuffix(text, "Answer: "+engine.Str(r)+"\n") {
			t.Errorf("steps of %s wrt %v end %q; diff gives %s", engine.Str(e), vars, text[strings.LastIndex(strings.TrimRight(text, "\n"), "\n")+1:], engine.Str(r))
		}
	}
	defer func() { diffObserver = nil }()
	for _, tier := range []string{"t1_diff", "t2_partial", "t3_function"} {
		for _, c := range readJSONL[struct{ Code string }](t, "../cmd/dcalc/testdata/conformance/"+tier+".jsonl") {
			runProgram(c.Code)
		}
	}
	t.Logf("%d derivatives of the corpus derived step by step", checked)
	if checked < 500 {
		t.Errorf("only %d derivatives checked", checked)
	}
}

// TestStepsCall checks steps() as a notebook calls it: steps(diff(f, x))
// does not differentiate before steps sees the derivative, steps(f, x),
// steps(Derivative(...)), higher orders, %steps, LaTeX output, and
// errors.
func TestStepsCall(t *testing.T) {
	out, errs := runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(diff(x**2*sin(x), x))\nsteps(x**2*y, y)\nsteps(Derivative(exp(2*x), x))\nsteps(diff(x**3, x, 2))\nsteps(sin(x)/x, x, format='latex')\n")
	if errs != "" {
		t.Fatal(errs)
	}
	for _, want := range []string{
		"1. d/dx(x**2*sin(x)): product rule",
		"Answer: x**2*cos(x) + 2*x*sin(x)\n",
		"1. d/dy(x**2*y): constant multiple rule",
		"Answer: x**2\n",
		"1. d/dx(exp(2*x)): exponential rule",
		"Answer: 2*exp(2*x)\n",
		"Derivative 2 of 2: d/dx(3*x**2)",
		"Answer: 6*x\n",
		"\\begin{align*}\n\\frac{d}{d x} \\left(\\frac{\\sin{\\left(x \\right)}}{x}\\right) &=",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	out, errs = runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(idiff(x**2 + y**2 - 4, y, x))\n")
	if errs != "" || !strings.HasPrefix(out, "Implicit differentiation of x**2 + y**2 - 4 = 0, with y a function of x:\n") || !strings.HasSuffix(out, "4. solve for it: Derivative(y(x), x) = -(2*x)/(2*y(x))\n   = -x/y(x)\nAnswer: -x/y\n") {
		t.Errorf("steps(idiff(...)):\n%s%s", out, errs)
	}
	out, errs = runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(hessian(x**2*y + y**3, (x, y)))\n")
	for _, want := range []string{"Entry (1, 1): d/dx(d/dx(f))", "Entry (1, 2): d/dy(d/dx(f))", "Entry (2, 2): d/dy(d/dy(f))", "Answer: 2*x\n", "Answer: 6*y\n", "\nHessian: Matrix([[2*y, 2*x], [2*x, 6*y]])\n"} {
		if errs != "" || !strings.Contains(out, want) {
			t.Errorf("steps(hessian(...)): missing %q in\n%s%s", want, out, errs)
		}
	}
	out, errs = runProgram("from sympy import *\nx = symbols('x')\nsteps(x**2, x, 0)\n")
	if errs != "" || out != "Answer: x**2\n" { // diff(f, x, 0) is f
		t.Errorf("steps of a zeroth derivative: %q %q", out, errs)
	}
	_, errs = runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(x*y)\n")
	if !strings.Contains(errs, "Since there is more than one variable") {
		t.Errorf("steps(x*y): %q", errs)
	}
	_, errs = runProgram("from sympy import *\nx = symbols('x')\nsteps(x, x, format='html')\n")
	if !strings.Contains(errs, "ValueError: steps() format must be 'text' or 'latex', not 'html'") {
		t.Errorf("format='html': %q", errs)
	}
	var buf strings.Builder
	sess := New(&buf, Options{})
	for _, cell := range []string{"from sympy import *\nx = symbols('x')", "%steps diff(x**4, x)", "%steps"} {
		if res := sess.RunCell(cell); res.Err != nil {
			buf.WriteString(sess.FormatException(res.Err))
		}
	}
	if got := buf.String(); !strings.Contains(got, "1. d/dx(x**4): power rule") || !strings.Contains(got, "Answer: 4*x**3") || !strings.Contains(got, "UsageError: %steps requires an expression") {
		t.Errorf("%%steps:\n%s", got)
	}
}
