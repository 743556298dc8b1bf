package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"testing"
)

// buildTree rebuilds an expression tree written by testdata/gen_canon.py.
func buildTree(t []any, syms map[string]*Symbol) Expr {
	op := t[0].(string)
	kid := func(i int) Expr { return buildTree(t[i].([]any), syms) }
	kids := func() []Expr {
		var xs []Expr
		for i := 1; i < len(t); i++ {
			xs = append(xs, kid(i))
		}
		return xs
	}
	switch op {
	case "sym":
		n := t[1].(string)
		if syms[n] == nil {
			syms[n] = NewSymbol(n, Assumptions{})
		}
		return syms[n]
	case "int":
		v, _ := new(big.Int).SetString(t[1].(string), 10)
		return NewBigInt(v)
	case "rat":
		p, _ := new(big.Int).SetString(t[1].(string), 10)
		q, _ := new(big.Int).SetString(t[2].(string), 10)
		return NewRational(p, q)
	case "const":
		return map[string]Expr{"pi": Pi, "I": I, "E": E}[t[1].(string)]
	case "sqrt":
		return NewPow(kid(1), Half)
	case "add":
		return NewAdd(kids()...)
	case "mul":
		return NewMul(kids()...)
	case "sub":
		return Sub(kid(1), kid(2))
	case "div":
		return Div(kid(1), kid(2))
	case "neg":
		return Neg(kid(1))
	case "pow":
		return NewPow(kid(1), kid(2))
	}
	panic(fmt.Sprintf("unknown op %q", op))
}

// TestCanonical checks automatic evaluation and str printing against
// SymPy 1.14 on random expression trees (testdata/canon.jsonl, generated
// by testdata/gen_canon.py with real SymPy).
func TestCanonical(t *testing.T) {
	f, err := os.Open("testdata/canon.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	syms := map[string]*Symbol{}
	n, bad := 0, 0
	for sc.Scan() {
		var c struct {
			Tree []any  `json:"tree"`
			Str  string `json:"str"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		got := Str(buildTree(c.Tree, syms))
		if got != c.Str {
			bad++
			if bad <= 40 {
				t.Errorf("case %d: got  %s\n            want %s", n, got, c.Str)
			}
		}
	}
	t.Logf("%d/%d canonical cases pass", n-bad, n)
}
