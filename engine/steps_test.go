package engine

import (
	"math/rand"
	"strings"
	"testing"
)

// TestStepsRandom derives random expressions (the self-check suite's
// generator) step by step and checks what a student would rely on:
// the answer line is Diff's answer byte for byte, and at every step
// the rule applied to the sub-derivations (the line before the
// step's result) has the same value as the result, at random points.
// Each step's result is itself checked against a difference quotient
// by TestSelfCheck, which differentiates the same expressions.
func TestStepsRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	x := NewSymbol("x", Assumptions{})
	steps, applied := 0, 0
	for i := 0; i < 300; i++ {
		e := randExpr(r, x, 3)
		if len(FreeSymbols(e)) == 0 {
			continue
		}
		for _, n := range []int{1, 2} {
			want, err := safeEval(func() (Expr, error) { return Diff(e, VarCount{x, n}) })
			if err != nil {
				continue
			}
			d, err := Steps(e, VarCount{x, n})
			if err != nil {
				t.Fatalf("steps of %s: %v", Str(e), err)
			}
			text := d.Format(StepsStyle{})
			if last := text[strings.LastIndex(strings.TrimRight(text, "\n"), "\n")+1:]; last != "Answer: "+Str(want)+"\n" {
				t.Errorf("steps of d^%d/dx^%d %s end with %q, diff gives %s", n, n, Str(e), last, Str(want))
			}
			if len(d.Trees) != n {
				t.Errorf("%s: %d trees for order %d", Str(e), len(d.Trees), n)
			}
			var walk func(s *Step)
			walk = func(s *Step) {
				steps++
				if _, a, ok := s.applied(); ok {
					applied++
					if ok, why := agree(a, s.Result, x); !ok {
						t.Errorf("step d/dx(%s) by %s: the rule gives %s, the engine %s %s", Str(s.Expr), s.ruleName(), Str(a), Str(s.Result), why)
					}
				}
				for _, c := range s.Sub {
					walk(c)
				}
			}
			for _, tr := range d.Trees {
				walk(tr)
			}
			if n == 2 && !Equal(d.Trees[1].Expr, d.Trees[0].Result) {
				t.Errorf("%s: the second derivative does not start from the first", Str(e))
			}
			if n == 2 {
				// hessian's entries: diff of diff, no rewriting
				c, err := StepsChain(e, []Expr{x, x})
				dd, _ := safeEval(func() (Expr, error) {
					d1, err := Diff(e, VarCount{x, 1})
					if err != nil {
						return nil, err
					}
					return Diff(d1, VarCount{x, 1})
				})
				if err != nil || dd == nil || !Equal(c.Answer, dd) {
					t.Errorf("StepsChain of %s: %v, diff of diff %v (%v)", Str(e), c, dd, err)
				}
			}
		}
	}
	t.Logf("%d steps, %d rule applications checked", steps, applied)
	if applied < 500 {
		t.Errorf("only %d rule applications checked", applied)
	}
}

// TestStepsRules checks the rule each kind of expression is derived by,
// and the text of a derivation with a quotient, a chain and a repeated
// sub-derivation (worked by hand: d/dx sin(x)/x = (cos(x)*x -
// sin(x)*1)/x**2).
func TestStepsRules(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	sin := func(e Expr) Expr { return NewFunc(LookupFunc("sin"), e) }
	exp := func(e Expr) Expr { return NewFunc(LookupFunc("exp"), e) }
	f := UndefinedFunction("f")
	for _, c := range []struct {
		e    Expr
		want Rule
	}{
		{NewInt(3), RuleConstant},
		{y, RuleConstant},
		{x, RuleIdentity},
		{NewAdd(x, sin(x)), RuleSum},
		{NewMul(NewInt(3), sin(x)), RuleConstMultiple},
		{NewMul(x, sin(x)), RuleProduct},
		{Div(sin(x), NewAdd(x, One)), RuleQuotient},
		{NewPow(x, NewInt(5)), RulePower},
		{NewPow(Two, x), RuleExponential},
		{exp(x), RuleExponential},
		{NewPow(x, x), RuleLogDiff},
		{sin(x), RuleFunction},
		{NewFunc(f, x), RuleUndefined},
	} {
		if got := classify(c.e, x); got != c.want {
			t.Errorf("classify(%s) = %v, want %v", Str(c.e), got, c.want)
		}
	}
	d, err := Steps(Div(sin(x), x), VarCount{x, 1})
	if err != nil {
		t.Fatal(err)
	}
	want := `1. d/dx(sin(x)/x): quotient rule, (u/v)' = (u'*v - u*v')/v**2
   1.1. d/dx(sin(x)): sin rule, sin(u)' = cos(u)*u'
      = cos(x)
   = (cos(x)*x - sin(x)*1)/x**2
   = cos(x)/x - sin(x)/x**2
Answer: cos(x)/x - sin(x)/x**2
`
	if got := d.Format(StepsStyle{}); got != want {
		t.Errorf("steps of sin(x)/x:\n%s\nwant\n%s", got, want)
	}
	d, _ = Steps(NewMul(sin(x), sin(sin(x))), VarCount{x, 1})
	if got := d.Format(StepsStyle{}); !strings.Contains(got, "1.2.1. d/dx(sin(x)) = cos(x)  (see step 1.1)") {
		t.Errorf("a repeated sub-derivation should refer to the first:\n%s", got)
	}
	d, _ = Steps(NewAdd(NewPow(x, Two), NewPow(y, Two)), VarCount{x, 1})
	if got := d.Format(StepsStyle{}); !strings.Contains(got, "d/dx(y**2): constant rule, d/dx(c) = 0 (treat the symbols other than x as constants)") {
		t.Errorf("a partial derivative should say y is held constant:\n%s", got)
	}
}

// BenchmarkStepsDeepChain derives the 40-level chain of the w1 workload
// step by step and formats the derivation (issue 13's goal: 50 ms).
func BenchmarkStepsDeepChain(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	var f Expr = x
	for i := range 40 {
		name := []string{"sin", "cos", "log", "sin", "exp"}[i%5]
		f = NewFunc(LookupFunc(name), f)
	}
	for b.Loop() {
		d, err := Steps(f, VarCount{x, 1})
		if err != nil {
			b.Fatal(err)
		}
		_ = d.Format(StepsStyle{})
	}
}

// TestIdiffSteps checks the implicit derivation: its answer is Idiff's,
// and the collected form a*y' + b is the differentiated equation.
func TestIdiffSteps(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	sin := func(e Expr) Expr { return NewFunc(LookupFunc("sin"), e) }
	for _, eq := range []Expr{
		NewAdd(NewPow(x, Two), NewPow(y, Two), NewInt(-4)),
		NewAdd(NewMul(NewPow(x, Two), y), NewPow(y, NewInt(3)), Neg(x)),
		NewAdd(sin(NewMul(x, y)), Neg(x)),
	} {
		for n := 1; n <= 3; n++ {
			d, err := IdiffSteps(eq, []Expr{y}, x, n)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := Idiff(eq, []Expr{y}, x, n)
			if !Equal(d.Answer, want) || !strings.HasSuffix(d.Format(StepsStyle{}), "Answer: "+Str(want)+"\n") {
				t.Errorf("idiff steps of %s, order %d: answer %s, idiff %s", Str(eq), n, Str(d.Answer), Str(want))
			}
			if len(d.Orders) != n {
				t.Fatalf("%s: %d orders shown for n = %d", Str(eq), len(d.Orders), n)
			}
			for i, o := range d.Orders {
				if !Equal(Expand(NewAdd(NewMul(o.A, o.DyDx), o.B)), Expand(o.Diff.Answer)) {
					t.Errorf("%s, order %d: a*y' + b = %s*%s + %s is not d/dx of the equation %s", Str(eq), i+1, Str(o.A), Str(o.DyDx), Str(o.B), Str(o.Diff.Answer))
				}
				if i > 0 && !Equal(o.Eq, Sub(d.Orders[i-1].DyDx, d.Orders[i-1].YP)) {
					t.Errorf("%s, order %d differentiates %s, not the previous order's y' - yp", Str(eq), i+1, Str(o.Eq))
				}
				// y(x) stood for by a function of x, so the two can be compared
				yx := []([2]Expr){{NewFunc(UndefinedFunction("y"), x), NewAdd(NewInt(3), NewPow(x, Two))}}
				if ok, why := agree(Xreplace(o.Solved, yx), Xreplace(o.YP, yx), x); !ok || len(FreeSymbols(Xreplace(o.YP, yx))) != 1 {
					t.Errorf("%s, order %d: the solved form %s and the simplified %s differ %s", Str(eq), i+1, Str(o.Solved), Str(o.YP), why)
				}
			}
		}
	}
}
