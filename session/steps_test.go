package session

import (
	"strings"
	"testing"
	"unicode/utf8"

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
		text := d.Format(engine.StepsStyle{})
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
	if !strings.Contains(errs, "ValueError: steps() format must be 'text', 'pretty' or 'latex', not 'html'") {
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

// TestStepsEntries checks the derivations shown entry by entry: a
// gradient (steps(f, [x, y])), a Jacobian (steps(M.jacobian(X)), lazy
// as steps(diff(...))) and idiff's higher orders.
func TestStepsEntries(t *testing.T) {
	out, errs := runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(x**2*y + sin(y), [x, y])\nsteps(Matrix([x*y, x + y**2]).jacobian([x, y]))\n")
	for _, want := range []string{
		"Gradient of x**2*y + sin(y) with respect to (x, y): one partial derivative per variable.\n",
		"\nEntry 1: d/dx(f)\n1. d/dx(x**2*y + sin(y)): sum rule",
		"Answer: 2*x*y\n",
		"\nEntry 2: d/dy(f)\n",
		"Answer: x**2 + cos(y)\n",
		"\nGradient: [2*x*y, x**2 + cos(y)]\n",
		"\nEntry (2, 2): d/dy(x + y**2)\n",
		"\nJacobian: Matrix([[y, x], [1, 2*y]])\n",
	} {
		if errs != "" || !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s%s", want, out, errs)
		}
	}
	// d2y/dx2 on the circle, by hand: y' = -x/y, so
	// y'' = -(y - x*y')/y**2 = -(y + x**2/y)/y**2 = -(x**2/y**2 + 1)/y
	out, errs = runProgram("from sympy import *\nx, y = symbols('x y')\nsteps(idiff(x**2 + y**2 - 4, y, x, 2))\n")
	for _, want := range []string{
		"4. solve for it: Derivative(y(x), x) = -(2*x)/(2*y(x))\n   = -x/y(x)\n",
		"5. for the next order, differentiate x/y(x) + Derivative(y(x), x) = 0 with respect to x:\n",
		"   substitute Derivative(y(x), x) = -x/y(x)\n",
		"Answer: -(x**2/y**2 + 1)/y\n",
	} {
		if errs != "" || !strings.Contains(out, want) {
			t.Errorf("steps(idiff(..., 2)): missing %q in\n%s%s", want, out, errs)
		}
	}
}

// TestStepsPretty checks the 2-D form: its layout for a power (SymPy's
// pretty forms of Derivative(x**3, x) and 3*x**2, joined on their
// baselines), that it is the default where values show in 2-D, and
// that lines wrap at the session's width.
func TestStepsPretty(t *testing.T) {
	want := "   d ⎛ 3⎞\n" +
		"1. ──⎝x ⎠: power rule, (xⁿ)′ = n⋅xⁿ⁻¹\n" +
		"   dx\n" +
		"        2\n" +
		"   = 3⋅x\n" +
		"           2\n" +
		"Answer: 3⋅x\n"
	out, errs := runProgram("from sympy import *\nx = symbols('x')\nsteps(x**3, x, format='pretty')\ninit_printing()\nsteps(x**3, x)\nsteps(x**3, x, format='text')\n")
	if errs != "" || out != want+want+"1. d/dx(x**3): power rule, (x**n)' = n*x**(n - 1)\n   = 3*x**2\nAnswer: 3*x**2\n" {
		t.Errorf("pretty steps:\n%s%s\nwant\n%s", out, errs, want)
	}
	var buf strings.Builder
	sess := New(&buf, Options{Pretty: true, Width: 40})
	if res := sess.RunCell("from sympy import *\nx = symbols('x')\nsteps(asin(x**2)*exp(x)/(x**3 + 1), x)"); res.Err != nil {
		t.Fatal(sess.FormatException(res.Err))
	}
	lines := strings.Split(buf.String(), "\n")
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 40 {
			t.Errorf("line of %d columns at width 40: %q", n, l)
		}
	}
	if len(lines) < 60 || !strings.Contains(buf.String(), "1. ") || !strings.Contains(buf.String(), "\nAnswer:") {
		t.Errorf("wrapped steps:\n%s", buf.String())
	}
}
