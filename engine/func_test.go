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

// TestRegistryHooks walks every registered function: each has its
// derivative rule or is declared without one, and each has a numeric
// evaluation or is listed in noEvalf with the reason; no hook is
// registered for a name that is not a function.
func TestRegistryHooks(t *testing.T) {
	for _, name := range FuncNames() {
		d := LookupFunc(name)
		_, declared := noEvalf[name]
		switch {
		case d.evalf == nil && !declared:
			t.Errorf("%s has no evalf hook and is not in noEvalf", name)
		case d.evalf != nil && declared:
			t.Errorf("%s has an evalf hook but is listed in noEvalf", name)
		}
	}
	for name := range evalfHooks {
		if LookupFunc(name) == nil {
			t.Errorf("evalf hook for %s, which is not a registered function", name)
		}
	}
	for name := range noEvalf {
		if LookupFunc(name) == nil {
			t.Errorf("noEvalf lists %s, which is not a registered function", name)
		}
	}
}
