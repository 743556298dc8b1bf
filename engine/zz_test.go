package engine

import (
	"fmt"
	"testing"
)

func TestZZ(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	sin := func(e Expr) Expr { return NewFunc(LookupFunc("sin"), e) }
	exp := func(e Expr) Expr { return NewFunc(LookupFunc("exp"), e) }
	for _, e := range []Expr{
		NewMul(NewPow(x, Two), sin(x)),
		NewAdd(NewPow(x, Two), NewPow(y, Two), NewMul(NewInt(3), x, y)),
		Div(sin(x), NewAdd(x, One)),
		sin(NewPow(x, Two)),
		NewPow(x, x),
		NewMul(exp(NewMul(NegOne, x)), sin(x), x),
		NewPow(NewAdd(NewPow(x, Two), One), Half),
	} {
		d, err := Steps(e, VarCount{x, 1})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(d.Format(Str))
	}
	d, _ := Steps(NewMul(NewPow(x, NewInt(3)), sin(x)), VarCount{x, 2})
	fmt.Println(d.Format(Str))
}
