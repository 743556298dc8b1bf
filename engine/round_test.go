package engine

import (
	"math/big"
	"testing"
)

// TestRound checks Round against Python's round() of SymPy 1.14 numbers
// (expected strings printed by SymPy).
func TestRound(t *testing.T) {
	n := func(e Expr, dps int) Expr {
		r, err := Evalf(e, dps, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	fl := func(s string) Expr {
		r, err := NewFloatString(s, 0)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	rat := func(p, q int64) Expr { return NewRational(big.NewInt(p), big.NewInt(q)) }
	inputs := map[string]Expr{
		"N(pi, 8)": n(Pi, 8), "N(pi, 20)": n(Pi, 20), "pi": Pi, "Rational(7, 3)": rat(7, 3),
		"Float(2.675)": NewFloat(2.675, 53), "Integer(12345)": NewInt(12345), "Float(0.06)": NewFloat(0.06, 53),
		"E*100": NewMul(E, NewInt(100)), "-pi": Neg(Pi), "sqrt(2)": NewPow(Two, Half), "Float(1.5)": fl("1.5"),
		"Float(2.5)": fl("2.5"), "N(pi, 3)": n(Pi, 3), "Rational(1, 8)": rat(1, 8), "Float(123.456)": NewFloat(123.456, 53),
		"Float(-2.5)": fl("-2.5"), "N(E, 30)": n(E, 30), "Rational(-7, 2)": rat(-7, 2),
	}
	cases := []struct {
		in        string
		nd        int
		hasDigits bool
		want      string
	}{
		{"N(pi, 8)", 6, true, "3.141593"},
		{"N(pi, 20)", 5, true, "3.14159"},
		{"pi", 2, true, "3.14"},
		{"pi", 0, false, "3"},
		{"Rational(7, 3)", 1, true, "2.3"},
		{"Float(2.675)", 2, true, "2.68"},
		{"Integer(12345)", -2, true, "12300"},
		{"Float(0.06)", 1, true, "0.1"},
		{"E*100", -1, true, "270.000000000000"},
		{"-pi", 3, true, "-3.142"},
		{"sqrt(2)", 10, true, "1.4142135624"},
		{"Float(1.5)", 0, false, "2"},
		{"Float(2.5)", 0, false, "2"},
		{"N(pi, 3)", 4, true, "3.14"},
		{"Rational(1, 8)", 2, true, "0.12"},
		{"Float(123.456)", 0, true, "123.000000000000"},
		{"Float(-2.5)", 0, false, "-2"},
		{"N(E, 30)", 0, true, "3.00000000000000000000000000000"},
		{"Rational(-7, 2)", 0, false, "-4"},
	}
	for _, c := range cases {
		got, err := Round(inputs[c.in], c.nd, c.hasDigits)
		if err != nil {
			t.Errorf("round(%s, %d): %v", c.in, c.nd, err)
			continue
		}
		if Str(got) != c.want {
			t.Errorf("round(%s, %d) = %s, want %s", c.in, c.nd, Str(got), c.want)
		}
	}
}
