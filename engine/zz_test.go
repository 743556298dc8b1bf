package engine

import (
	"testing"
)

func TestZZ(t *testing.T) {
	cos := func(e Expr) Expr { return NewFunc(LookupFunc("cos"), e) }
	sin := func(e Expr) Expr { return NewFunc(LookupFunc("sin"), e) }
	ten := NewInt(10)
	e := NewAdd(NewPow(cos(ten), Two), NewPow(sin(ten), Two), NegOne)
	q, err := evalfQuad(e, 53, nil)
	t.Log(q, err)
}
