package engine

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// checkCanonical reports why e is not in canonical form, or "".
func checkCanonical(e Expr) string {
	for _, a := range e.Args() {
		if s := checkCanonical(a); s != "" {
			return s
		}
	}
	switch x := e.(type) {
	case *Add:
		if len(x.args) < 2 {
			return "Add with fewer than 2 args: " + Str(e)
		}
		rest := x.args
		if IsNumber(x.args[0]) {
			if isZeroInt(x.args[0]) {
				return "Add with zero coefficient: " + Str(e)
			}
			rest = x.args[1:]
		}
		seen := newExprMap[struct{}](len(rest))
		for i, t := range rest {
			if _, ok := t.(*Add); ok {
				return "nested Add: " + Str(e)
			}
			if IsNumber(t) {
				return "number after the first Add arg: " + Str(e)
			}
			if i > 0 && Compare(rest[i-1], t) > 0 {
				return "Add args out of order: " + Str(e)
			}
			_, s := AsCoeffMul(t)
			if seen.index(s) >= 0 {
				return "uncollected like terms: " + Str(e)
			}
			seen.slot(s, struct{}{})
		}
	case *Mul:
		if len(x.args) < 2 {
			return "Mul with fewer than 2 args: " + Str(e)
		}
		rest := x.args
		if IsNumber(x.args[0]) {
			if isInt(x.args[0], 1) {
				return "Mul with unit coefficient: " + Str(e)
			}
			rest = x.args[1:]
		}
		for i, t := range rest {
			if _, ok := t.(*Mul); ok {
				return "nested Mul: " + Str(e)
			}
			if IsNumber(t) {
				return "number after the first Mul arg: " + Str(e)
			}
			if i > 0 && Compare(rest[i-1], t) > 0 {
				return "Mul args out of order: " + Str(e)
			}
		}
	case *Pow:
		if isZeroInt(x.args[1]) || isInt(x.args[1], 1) {
			return "trivial Pow: " + Str(e)
		}
	}
	return ""
}

// TestCanonicalInvariants checks the structural invariants of everything
// the constructors built for the random corpus.
func TestCanonicalInvariants(t *testing.T) {
	f, err := os.Open("testdata/canon.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	syms := map[string]*Symbol{}
	for n := 1; sc.Scan(); n++ {
		var c struct {
			Tree []any `json:"tree"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if msg := checkCanonical(buildTree(c.Tree, syms)); msg != "" {
			t.Errorf("case %d: %s", n, msg)
		}
	}
}
