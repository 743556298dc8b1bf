package engine

import "testing"

func TestArithStr(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	n := func(v int64) Expr { return NewInt(v) }
	tests := []struct {
		e    Expr
		want string // from SymPy 1.14
	}{
		{NewAdd(NewPow(x, n(2)), NewMul(n(3), x)), "x**2 + 3*x"},
		{NewAdd(NewMul(n(2), x), NewMul(n(3), y)), "2*x + 3*y"},
		{NewAdd(NewMul(n(3), x), NewMul(n(2), y)), "3*x + 2*y"},
		{Neg(NewPow(x, n(2))), "-x**2"},
		{NewAdd(Neg(x), y), "-x + y"},
		{NewAdd(One, Neg(x)), "1 - x"},
		{NewMul(n(2), NewAdd(x, One)), "2*x + 2"},
		{NewMul(n(2), y, NewAdd(x, One)), "2*y*(x + 1)"},
		{NewPow(n(8), Half), "2*sqrt(2)"},
		{NewPow(NewPow(x, n(2)), n(3)), "x**6"},
		{NewPow(NewPow(x, n(2)), Half), "sqrt(x**2)"},
		{NewPow(x, n(-2)), "x**(-2)"},
		{NewPow(x, NewRational(One.Big(), Two.Big())), "sqrt(x)"},
		{Div(One, NewMul(n(2), NewPow(x, Half))), "1/(2*sqrt(x))"},
		{Div(x, n(2)), "x/2"},
		{NewPow(x, NewRational(n(3).(*Integer).Big(), Two.Big())), "x**(3/2)"},
		{NewMul(x, x, y), "x**2*y"},
		{NewMul(x, NewPow(x, n(-1))), "1"},
		{NewMul(I, I), "-1"},
		{NewAdd(n(22), NewMul(n(14), I)), "22 + 14*I"},
		{NewPow(n(2), NewInt(100)), "1267650600228229401496703205376"},
		{NewPow(n(12), Half), "2*sqrt(3)"},
		{NewPow(NewMul(n(2), x), Half), "sqrt(2)*sqrt(x)"},
		{Div(NewAdd(x, One), NewMul(y, NewAdd(x, n(2)))), "(x + 1)/(y*(x + 2))"},
		{NewMul(NewFloat(2.5, 53), x), "2.5*x"},
		{NewFloat(0.5, 53), "0.500000000000000"},
	}
	for _, tt := range tests {
		if got := Str(tt.e); got != tt.want {
			t.Errorf("Str = %q, want %q", got, tt.want)
		}
	}
}
