package engine

import (
	"math/big"
	"testing"
)

// Expected strings in this file are str() outputs of SymPy 1.14.

func TestCombinatorialFunctions(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	n := NewSymbol("n", Assumptions{Integer: true})
	k := NewSymbol("k", Assumptions{Integer: true})
	p := NewSymbol("p", Assumptions{Positive: true})
	i := func(v int64) Expr { return NewInt(v) }
	q := func(a, b int64) Expr { return NewRational(big.NewInt(a), big.NewInt(b)) }
	tests := []struct {
		got  Expr
		want string
	}{
		{fnBinomial.call(i(5), i(2)), "10"},
		{fnBinomial.call(n, k), "binomial(n, k)"},
		{fnBinomial.call(x, i(2)), "binomial(x, 2)"},
		{fnBinomial.call(i(5), i(-1)), "0"},
		{fnBinomial.call(i(-3), i(2)), "6"},
		{fnBinomial.call(q(1, 2), i(2)), "-1/8"},
		{fnBinomial.call(n, i(0)), "1"},
		{fnBinomial.call(n, i(1)), "n"},
		{fnBinomial.call(n, n), "binomial(n, n)"},
		{fnBinomial.call(i(3), i(5)), "0"},
		{fnBinomial.call(n, Sub(n, One)), "binomial(n, n - 1)"},
		{fnBinomial.call(i(50), i(25)), "126410606437752"},
		{fnBinomial.call(q(5, 2), i(3)), "5/16"},
		{fnFactorial.call(i(5)), "120"},
		{fnFactorial.call(i(0)), "1"},
		{fnFactorial.call(n), "factorial(n)"},
		{fnFactorial.call(i(-1)), "zoo"},
		{fnFactorial.call(q(1, 2)), "factorial(1/2)"},
		{fnFactorial.call(i(20)), "2432902008176640000"},
		{NewMul(Two, NewPow(fnFactorial.call(n), Two)), "2*factorial(n)**2"},
		{fnFloor.call(NewFloat(3.7, 53)), "3"},
		{fnFloor.call(q(7, 2)), "3"},
		{fnFloor.call(q(-7, 2)), "-4"},
		{fnFloor.call(x), "floor(x)"},
		{fnFloor.call(n), "n"},
		{fnFloor.call(Pi), "3"},
		{fnCeiling.call(Pi), "4"},
		{fnCeiling.call(NewFloat(2.1, 53)), "3"},
		{fnFloor.call(NewFloat(-2.5, 53)), "-3"},
		{fnCeiling.call(NewFloat(-2.5, 53)), "-2"},
		{fnFloor.call(NewAdd(x, One)), "floor(x) + 1"},
		{fnFloor.call(NewAdd(n, Half)), "n"},
		{fnFloor.call(I), "I"},
		{fnFloor.call(NewMul(Two, Pi)), "6"},
		{fnFloor.call(Neg(Pi)), "-4"},
		{fnFloor.call(NewAdd(Pi, E)), "5"},
		{fnFloor.call(Div(x, Two)), "floor(x/2)"},
		{fnMax.call(i(1), i(2)), "2"},
		{fnMin.call(i(1), i(2)), "1"},
		{fnMax.call(x, i(1)), "Max(1, x)"},
		{fnMin.call(x, y), "Min(x, y)"},
		{fnMax.call(Pi, i(3)), "pi"},
		{fnMin.call(Pi, E), "E"},
		{fnMax.call(x, x), "x"},
		{fnMax.call(p, Zero), "p"},
		{fnMin.call(p, Zero), "0"},
		{fnMax.call(x, y, One), "Max(1, x, y)"},
		{fnMax.call(Oo, One), "oo"},
		{fnMin.call(NegOo, x), "-oo"},
		{fnMax.call(q(1, 2), NewFloat(0.3, 53)), "1/2"},
		{fnMax.call(NewAdd(x, One), x), "x + 1"},
		{fnMin.call(One, x, Two), "Min(1, x)"},
	}
	for _, tt := range tests {
		if got := Str(tt.got); got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
}

func TestComplexFunctions(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	r := NewSymbol("r", Assumptions{Real: true})
	p := NewSymbol("p", Assumptions{Positive: true})
	three2I := NewAdd(NewInt(3), NewMul(Two, I))
	xIy := NewAdd(x, NewMul(I, y))
	tests := []struct {
		got  Expr
		want string
	}{
		{Conjugate(three2I), "3 - 2*I"},
		{Conjugate(x), "conjugate(x)"},
		{Conjugate(r), "r"},
		{Conjugate(I), "-I"},
		{Conjugate(xIy), "conjugate(x) - I*conjugate(y)"},
		{Conjugate(NewMul(p, x)), "p*conjugate(x)"},
		{Conjugate(fnSin.call(x)), "sin(conjugate(x))"},
		{Conjugate(Conjugate(x)), "x"},
		{Conjugate(fnExp.call(NewMul(I, r))), "exp(-I*r)"},
		{Conjugate(NewPow(x, Two)), "conjugate(x)**2"},
		{Conjugate(NewAdd(x, One)), "conjugate(x) + 1"},
		{EvalRe(three2I), "3"},
		{EvalIm(three2I), "2"},
		{EvalRe(xIy), "re(x) - im(y)"},
		{EvalIm(xIy), "re(y) + im(x)"},
		{EvalRe(NewMul(Two, x)), "2*re(x)"},
		{EvalRe(NewMul(I, x)), "-im(x)"},
		{EvalIm(NewMul(I, x)), "re(x)"},
		{EvalRe(I), "0"},
		{EvalIm(I), "1"},
		{EvalRe(NewAdd(r, NewMul(I, p))), "r"},
		{EvalIm(NewAdd(r, NewMul(I, p))), "p"},
		{EvalRe(fnSin.call(x)), "sin(re(x))*cosh(im(x))"},
		{EvalRe(fnExp.call(x)), "exp(re(x))*cos(im(x))"},
		{fnArg.call(One), "0"},
		{fnArg.call(NegOne), "pi"},
		{fnArg.call(I), "pi/2"},
		{fnArg.call(NewAdd(One, I)), "pi/4"},
		{fnArg.call(x), "arg(x)"},
		{fnArg.call(p), "0"},
		{fnArg.call(Neg(I)), "-pi/2"},
		{fnArg.call(NewAdd(NewInt(-1), Neg(I))), "-3*pi/4"},
		{fnArg.call(NewAdd(NewInt(3), NewMul(NewInt(4), I))), "atan(4/3)"},
	}
	for _, tt := range tests {
		if tt.got == nil {
			t.Errorf("got nil (unevaluated), want %s", tt.want)
			continue
		}
		if got := Str(tt.got); got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
	if EvalRe(x) != nil || EvalRe(NewMul(x, y)) != nil {
		t.Errorf("re(x) and re(x*y) should stay unevaluated")
	}
}

func TestConstants2(t *testing.T) {
	// Digits from SymPy 1.14: N(GoldenRatio, 50), N(EulerGamma, 50),
	// N(Catalan, 50).
	tests := []struct {
		c    *Constant
		want string
	}{
		{GoldenRatio, "1.6180339887498948482045868343656381177203091798058"},
		{EulerGamma, "0.57721566490153286060651209008240243104215933593992"},
		{Catalan, "0.91596559417721901505460351493238411077414937428167"},
	}
	for _, tt := range tests {
		v, ok := ConstantMpf(tt.c, 200)
		if !ok {
			t.Fatalf("ConstantMpf(%s) not ok", tt.c.Name())
		}
		want, _ := new(big.Rat).SetString(tt.want)
		d := new(big.Rat).Sub(v.ToRat(), want)
		d.Abs(d)
		if d.Cmp(big.NewRat(1, 1000000000)) > 0 || d.Mul(d, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(48), nil))).Cmp(big.NewRat(1, 1)) > 0 {
			t.Errorf("%s = %s, want %s", tt.c.Name(), v.ToRat().FloatString(50), tt.want)
		}
		if f, ok := ConstantFloat64(tt.c); !ok || f != mustF64(tt.want) {
			t.Errorf("ConstantFloat64(%s) = %v", tt.c.Name(), f)
		}
	}
	if _, ok := ConstantMpf(Pi, 53); ok {
		t.Errorf("ConstantMpf(pi) should not be ok")
	}
}

func mustF64(s string) float64 {
	r, _ := new(big.Rat).SetString(s)
	f, _ := r.Float64()
	return f
}

func TestDetLikeSymPy(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	z := NewSymbol("z", Assumptions{})
	i := func(v int64) Expr { return NewInt(v) }
	mat := func(rows ...[]Expr) *Matrix {
		m, err := NewMatrix(rows)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	r := func(es ...Expr) []Expr { return es }
	tests := []struct {
		m    *Matrix
		want string // str(M.det()) from SymPy 1.14
	}{
		{mat(r(NewAdd(x, One), Two), r(i(3), Sub(x, One))), "x**2 - 7"},
		{mat(r(NewAdd(x, One), y), r(z, NewPow(Sub(x, One), Two))), "x**3 - x**2 - x - y*z + 1"},
		{mat(r(x, y, One), r(z, x, Two), r(One, y, z)), "x**2*z - 2*x*y - x - y*z**2 + y*z + 2*y"},
		{mat(r(i(1), i(2), i(3)), r(i(4), i(5), i(6)), r(i(7), i(8), i(10))), "-3"},
		{mat(r(i(1), i(2), i(3), i(4)), r(i(5), i(6), i(7), i(8)), r(i(2), i(6), i(4), i(8)), r(i(3), i(1), i(1), i(2))), "72"},
		{mat(r(x, One, Zero, Zero), r(One, x, One, Zero), r(Zero, One, x, One), r(Zero, Zero, One, x)), "x**4 - 3*x**2 + 1"},
		{mat(r(NewAdd(x, One), One, Zero), r(One, NewAdd(x, One), One), r(Zero, One, NewAdd(x, One))), "x**3 + 3*x**2 + x - 1"},
	}
	for _, tt := range tests {
		d, err := tt.m.Det(Expand)
		if err != nil || Str(d) != tt.want {
			t.Errorf("Det(%v) = %v, %v; want %s", tt.m, d, err, tt.want)
		}
	}
}
