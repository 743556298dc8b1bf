package engine

import (
	"testing"

	"github.com/dcalc/dcalc/engine/mpf"
)

func TestFloatArithStr(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	n := func(v int64) Expr { return NewInt(v) }
	q := func(a, b int64) Expr { return Div(NewInt(a), NewInt(b)) }
	fl := func(v float64) Expr { return NewFloat(v, 53) }
	flp := func(v float64, dps int) Expr { return NewFloat(v, uint(mpf.DpsToPrec(dps))) }
	fs := func(s string, dps int) Expr {
		e, err := NewFloatString(s, dps)
		if err != nil {
			t.Fatalf("NewFloatString(%q, %d): %v", s, dps, err)
		}
		return e
	}
	fi := func(v int64, dps int) Expr {
		e, err := NewFloatFrom(NewInt(v), dps)
		if err != nil {
			t.Fatalf("NewFloatFrom(%d, %d): %v", v, dps, err)
		}
		return e
	}
	tests := []struct {
		e    Expr
		want string // str(...) from SymPy 1.14
	}{
		{fl(0.5), "0.500000000000000"},
		{NewMul(fl(2.5), x), "2.5*x"},
		{fl(0.1), "0.100000000000000"},
		{fs("0.1", 0), "0.100000000000000"},
		{fs("0.10000000000000000000001", 0), "0.10000000000000000000001"},
		{fs("12e3", 0), "12000.0000000000"},
		{fs("1.5", 30), "1.50000000000000000000000000000"},
		{fs("1.23456789012345678901", 13), "1.234567890123"},
		{fs("14.9886", 0), "14.9886000000000"},
		{fs("1e100", 0), "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000."},
		{fs("1e-5", 0), "1.00000000000000e-5"},
		{fs(".5", 0), "0.500000000000000"},
		{fs("1_0.5", 0), "10.5000000000000"},
		{fs("-0.0", 0), "0.0"},
		{fs("inf", 0), "oo"},
		{fs("3", 2), "3.0"},
		{fi(123456789012345678, 0), "123456789012345678."},
		{fi(8, 0), "8.00000000000000"},
		{fi(809299, 0), "809299.000000000"},
		{fi(12345, 3), "1.23e+4"},
		{fi(-5, 0), "-5.00000000000000"},
		{fi(3, 30), "3.00000000000000000000000000000"},
		{flp(0.1, 22), "0.1000000000000000055511"},
		{flp(1.5, 3), "1.50"},
		{flp(0.1, 2), "0.10"},
		{fl(1e20), "1.00000000000000e+20"},
		{fl(1e100), "1.00000000000000e+100"},
		{NewPow(fi(5, 0), n(30)), "9.31322574615479e+20"},
		{NewPow(fi(4, 0), n(26)), "4.50359962737050e+15"},
		{NewPow(fi(8, 0), n(26)), "3.02231454903657e+23"},
		{NewAdd(fi(1, 0), q(1, 3)), "1.33333333333333"},
		{Div(fi(6, 0), n(7)), "0.857142857142857"},
		{NewMul(fl(1.5), q(1, 3)), "0.500000000000000"},
		{NewAdd(fl(1.5), q(1, 3)), "1.83333333333333"},
		{NewAdd(fs("1.5", 30), fl(1.25)), "2.75000000000000000000000000000"},
		{NewAdd(q(1, 3), fs("0.5", 30)), "0.833333333333333333333333333333"},
		{NewPow(fl(2.5), n(-2)), "0.160000000000000"},
		{NewPow(fl(-2.5), n(3)), "-15.6250000000000"},
		{NewPow(fl(2), fs("0.5", 30)), "1.41421356237309504880168872421"},
		{NewPow(fl(-2), fl(0.5)), "1.4142135623731*I"},
		{NewPow(fl(-2), fl(1.5)), "-2.82842712474619*I"},
		{NewPow(fl(-2), q(1, 3)), "1.25992104989487*(-1)**(1/3)"},
		{NewPow(fl(-2), fl(0.3)), "0.72364852960641 + 0.996016752925812*I"},
		{NewPow(fl(2), fl(0.5)), "1.41421356237310"},
		{NewPow(fl(0), n(-1)), "zoo"},
		{NewPow(fl(0), n(2)), "0.0"},
		{fl(0), "0.0"},
		{NewAdd(fl(0), One), "1.00000000000000"},
		{NewAdd(fl(1), fl(-1)), "0"},
		{NewMul(fl(0), x), "0"},
		{NewMul(fl(3), x), "3.0*x"},
		{NewPow(n(18), fl(0.5)), "4.24264068711928"},
		{NewMul(fl(0.5), Pi), "0.5*pi"},
		{NewAdd(q(1, 2), fl(0.5)), "1.00000000000000"},
		{NewAdd(NewMul(x, fl(0.5)), n(2)), "0.5*x + 2"},
		{fl(-0.5), "-0.500000000000000"},
		{NewMul(fl(0.1), x), "0.1*x"},
		{NewPow(q(1, 3), fl(0.5)), "0.577350269189626"},
		{NewPow(fl(2), fl(100.5)), "1.79272867119316e+30"},
		{NewPow(fl(1.1), n(1000)), "2.46993291800603e+41"},
		{NewPow(fl(1.0000001), n(123456)), "1.01242212087906"},
		{NewAdd(fl(1e-20), One), "1.00000000000000"},
		{fl(123.456), "123.456000000000"},
		{fl(1e-7), "1.00000000000000e-7"},
		{fl(0.00012), "0.000120000000000000"},
	}
	for i, tt := range tests {
		if got := Str(tt.e); got != tt.want {
			t.Errorf("%d: Str = %q, want %q", i, got, tt.want)
		}
	}
}

func TestFloatErrors(t *testing.T) {
	tests := []struct {
		s    string
		want string // the exception SymPy 1.14 raises for Float(s)
	}{
		{"abc", "ValueError: string-float not recognized: abc"},
		{"", "ValueError: could not convert string to float: ''"},
		{"1/3", "ValueError: string-float not recognized: 1/3"},
	}
	for _, tt := range tests {
		_, err := NewFloatString(tt.s, 0)
		if err == nil || err.Error() != tt.want {
			t.Errorf("NewFloatString(%q) error = %v, want %q", tt.s, err, tt.want)
		}
	}
	if _, err := NewFloatFrom(NewPow(Two, Half), 0); err == nil || err.Error() != "TypeError: cannot create mpf from sqrt(2)" {
		t.Errorf("NewFloatFrom(sqrt(2)) error = %v", err)
	}
	for _, tt := range []struct {
		e    Expr
		dps  int
		want string // from SymPy 1.14
	}{
		{Pi, 30, "3.14159265358979323846264338328"},
		{E, 0, "2.71828182845905"},
		{Div(Two, NewInt(3)), 5, "0.66667"},
		{Oo, 0, "oo"},
	} {
		got, err := NewFloatFrom(tt.e, tt.dps)
		if err != nil || Str(got) != tt.want {
			t.Errorf("NewFloatFrom(%v, %d) = %v, %v; want %q", tt.e, tt.dps, got, err, tt.want)
		}
	}
}
