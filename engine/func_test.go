package engine

import (
	"math/rand"
	"testing"
)

// TestUndefinedFunctionInterned checks that Function('f') made twice is
// one function: applied to the same arguments the results are Equal, hash
// and compare alike, and substitution and differentiation see them as
// the same (a re-run notebook cell must not change answers).
func TestUndefinedFunctionInterned(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f1, f2 := UndefinedFunction("f"), UndefinedFunction("f")
	a, _ := Apply(f1, x)
	b, _ := Apply(f2, x)
	if !Equal(a, b) || a.Hash() != b.Hash() || Compare(a, b) != 0 {
		t.Fatalf("f(x) made twice differs: Equal=%v", Equal(a, b))
	}
	if d := Sub(a, b); !isInt(d, 0) {
		t.Errorf("f1(x) - f2(x) = %s, want 0", d)
	}
	e := NewPow(a, NewInt(2))
	if got := SubsPairs(e, [][2]Expr{{b, NewInt(3)}}); !isInt(got, 9) {
		t.Errorf("subs = %s, want 9", got)
	}
	// property: random expressions built twice, once with each definition,
	// agree in Equal, Hash and Compare
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		seed := rng.Int63()
		e1 := randomUfuncExpr(rand.New(rand.NewSource(seed)), UndefinedFunction("g"), x, 4)
		e2 := randomUfuncExpr(rand.New(rand.NewSource(seed)), UndefinedFunction("g"), x, 4)
		if !Equal(e1, e2) || e1.Hash() != e2.Hash() || Compare(e1, e2) != 0 {
			t.Fatalf("%s and %s disagree", e1, e2)
		}
	}
}

func randomUfuncExpr(rng *rand.Rand, g *FuncDef, x Expr, depth int) Expr {
	if depth == 0 {
		switch rng.Intn(3) {
		case 0:
			return x
		case 1:
			return NewInt(int64(rng.Intn(5) - 2))
		}
		r, _ := Apply(g, x)
		return r
	}
	a := randomUfuncExpr(rng, g, x, depth-1)
	b := randomUfuncExpr(rng, g, x, depth-1)
	switch rng.Intn(4) {
	case 0:
		return NewAdd(a, b)
	case 1:
		return NewMul(a, b)
	case 2:
		r, _ := Apply(g, a)
		return r
	}
	return NewPow(a, NewInt(int64(rng.Intn(3)+1)))
}

// TestRegistryHooks walks every registered function: each of the hooks
// every function should have (automatic evaluation, derivative, evalf at
// any precision, machine complex evaluation, is_real, series) is either
// present or declared absent in its lacks with a reason, never both.
func TestRegistryHooks(t *testing.T) {
	required := map[string]func(h *hooks) bool{
		"eval":   func(h *hooks) bool { return h.eval != nil },
		"fdiff":  func(h *hooks) bool { return h.fdiff != nil },
		"evalf":  func(h *hooks) bool { return h.evalf != nil },
		"evalc":  func(h *hooks) bool { return h.evalc != nil },
		"real":   func(h *hooks) bool { return h.real != nil },
		"series": func(h *hooks) bool { return h.series != nil },
	}
	if len(FuncNames()) < 40 {
		t.Fatalf("only %d registered functions", len(FuncNames()))
	}
	for _, name := range FuncNames() {
		d := LookupFunc(name)
		for hook, has := range required {
			reason, declared := d.lacks[hook]
			switch {
			case !has(&d.hooks) && !declared:
				t.Errorf("%s has no %s hook and does not declare it absent", name, hook)
			case has(&d.hooks) && declared:
				t.Errorf("%s has a %s hook but declares it absent", name, hook)
			case declared && reason == "":
				t.Errorf("%s lacks %s without a reason", name, hook)
			}
		}
		for hook := range d.lacks {
			if required[hook] == nil {
				t.Errorf("%s declares an unknown hook %q absent", name, hook)
			}
		}
	}
}

// TestUndefinedNamesakes checks that an undefined function named like a
// built-in (Function('exp')) is never taken for it: each rule keyed on a
// built-in leaves the namesake alone, as SymPy does.
func TestUndefinedNamesakes(t *testing.T) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	for _, name := range FuncNames() {
		d := LookupFunc(name)
		if d.NArgs != nil && d.NArgs[0] != 1 {
			continue
		}
		u := UndefinedFunction(name)
		if u == d {
			t.Fatalf("Function(%q) is the built-in", name)
		}
		for _, e := range []Expr{
			MustApply(u, Zero), MustApply(u, NewMul(I, x)), MustApply(u, Neg(x)),
			NewPow(MustApply(u, x), Two), NewMul(MustApply(u, x), MustApply(u, y)),
		} {
			if !hasUndefined(e) {
				t.Errorf("%s: the namesake was evaluated away: %s", name, Str(e))
			}
		}
	}
	// the rules that looked at names before handles replaced them
	f := UndefinedFunction("exp")
	cases := []struct {
		got  Expr
		want string
	}{
		{NewPow(MustApply(f, x), Two), "exp(x)**2"},
		{Expand(MustApply(f, NewAdd(x, y))), "exp(x + y)"},
		{NewMul(MustApply(f, x), MustApply(f, Neg(x))), "exp(-x)*exp(x)"},
		{fnSin.call(MustApply(UndefinedFunction("asin"), x)), "sin(asin(x))"},
		{fnSec.call(MustApply(UndefinedFunction("asec"), x)), "sec(asec(x))"},
	}
	for _, c := range cases {
		if got := Str(c.got); got != c.want {
			t.Errorf("got %s, want %s (SymPy 1.14)", got, c.want)
		}
	}
}
