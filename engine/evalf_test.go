package engine

import "testing"

// testFn applies the built-in function called name, or an unevaluated
// stand-in with that name when the registry does not have it (Evalf
// dispatches on the name).
func testFn(name string, args ...Expr) Expr {
	if d := LookupFunc(name); d != nil {
		return MustApply(d, args...)
	}
	return newFunc(&FuncDef{Name: name, ClassKey: 10000, h: hashString("func:" + name)}, args)
}

func TestEvalf(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	n := func(v int64) Expr { return NewInt(v) }
	q := func(a, b int64) Expr { return Div(NewInt(a), NewInt(b)) }
	sqrt := func(e Expr) Expr { return NewPow(e, Half) }
	fn := testFn
	tests := []struct {
		e    Expr
		dps  int
		subs [][2]Expr
		want string // str(e.evalf(dps, subs=...)) from SymPy 1.14
	}{
		{Pi, 15, nil, "3.14159265358979"},
		{Pi, 30, nil, "3.14159265358979323846264338328"},
		{Pi, 1, nil, "3."},
		{Pi, 2, nil, "3.1"},
		{Pi, 26, nil, "3.1415926535897932384626434"},
		{E, 20, nil, "2.7182818284590452354"},
		{n(2), 15, nil, "2.00000000000000"},
		{n(2), 30, nil, "2.00000000000000000000000000000"},
		{Zero, 15, nil, "0"},
		{q(1, 3), 4, nil, "0.3333"},
		{q(1, 3), 31, nil, "0.3333333333333333333333333333333"},
		{q(1, 8), 15, nil, "0.125000000000000"},
		{sqrt(n(2)), 9, nil, "1.41421356"},
		{sqrt(n(2)), 22, nil, "1.414213562373095048802"},
		{sqrt(n(2)), 15, nil, "1.41421356237310"},
		{Div(NewPow(Pi, n(2)), n(6)), 19, nil, "1.644934066848226436"},
		{Div(NewPow(Pi, n(2)), n(6)), 4, nil, "1.645"},
		{fn("log", n(2)), 46, nil, "0.6931471805599453094172321214581765680755001344"},
		{fn("log", n(2)), 15, nil, "0.693147180559945"},
		{fn("sin", n(1)), 42, nil, "0.841470984807896506652502321630298999622563"},
		{fn("sin", n(1)), 15, nil, "0.841470984807897"},
		{fn("cos", n(1)), 15, nil, "0.540302305868140"},
		{fn("exp", Pi), 15, nil, "23.1406926327793"},
		{fn("exp", Pi), 22, nil, "23.14069263277926900573"},
		{fn("exp", Pi), 43, nil, "23.14069263277926900572908636794854738026611"},
		{fn("atan", n(1)), 33, nil, "0.785398163397448309615660845819876"},
		{fn("tan", n(2)), 20, nil, "-2.1850398632615189916"},
		{fn("asin", q(1, 3)), 20, nil, "0.33983690945412193710"},
		{fn("acos", q(1, 3)), 20, nil, "1.2309594173407746821"},
		{fn("sinh", n(2)), 20, nil, "3.6268604078470187677"},
		{fn("cosh", n(2)), 20, nil, "3.7621956910836314596"},
		{fn("tanh", n(2)), 20, nil, "0.96402758007581688395"},
		{fn("asinh", n(2)), 20, nil, "1.4436354751788103425"},
		{fn("acosh", n(2)), 20, nil, "1.3169578969248167086"},
		{fn("atanh", q(1, 2)), 20, nil, "0.54930614433405484570"},
		{fn("cot", n(2)), 15, nil, "-0.457657554360286"},
		{fn("sec", n(2)), 15, nil, "-2.40299796172238"},
		{fn("csc", n(2)), 15, nil, "1.09975017029462"},
		{fn("acot", n(2)), 15, nil, "0.463647609000806"},
		{fn("asec", n(2)), 15, nil, "1.04719755119660"},
		{fn("acsc", n(2)), 15, nil, "0.523598775598299"},
		{fn("coth", n(2)), 15, nil, "1.03731472072755"},
		{fn("sech", n(2)), 15, nil, "0.265802228834080"},
		{fn("csch", n(2)), 15, nil, "0.275720564771783"},
		{fn("acoth", n(2)), 15, nil, "0.549306144334055"},
		{sqrt(n(-2)), 15, nil, "1.4142135623731*I"},
		{NewAdd(One, NewMul(n(2), I)), 15, nil, "1.0 + 2.0*I"},
		{I, 15, nil, "1.0*I"},
		{NewMul(Pi, I), 15, nil, "3.14159265358979*I"},
		{fn("exp", I), 15, nil, "0.54030230586814 + 0.841470984807897*I"},
		{fn("exp", I), 25, nil, "0.5403023058681397174009366 + 0.8414709848078965066525023*I"},
		{fn("log", n(-2)), 15, nil, "0.693147180559945 + 3.14159265358979*I"},
		{fn("log", n(-1)), 15, nil, "3.14159265358979*I"},
		{fn("asin", n(2)), 15, nil, "1.5707963267949 - 1.31695789692482*I"},
		{fn("asin", n(-2)), 15, nil, "-1.5707963267949 + 1.31695789692482*I"},
		{fn("acos", n(2)), 15, nil, "1.31695789692482*I"},
		{fn("acos", n(-2)), 15, nil, "3.14159265358979 - 1.31695789692482*I"},
		{fn("acosh", q(1, 2)), 15, nil, "1.0471975511966*I"},
		{fn("acosh", n(-2)), 15, nil, "1.31695789692482 + 3.14159265358979*I"},
		{fn("atanh", n(2)), 15, nil, "0.549306144334055 - 1.5707963267949*I"},
		{fn("atanh", n(-2)), 15, nil, "-0.549306144334055 + 1.5707963267949*I"},
		{fn("sin", NewAdd(One, I)), 15, nil, "1.29845758141598 + 0.634963914784736*I"},
		{fn("cos", NewAdd(One, I)), 15, nil, "0.833730025131149 - 0.988897705762865*I"},
		{fn("tan", NewAdd(One, I)), 15, nil, "0.271752585319512 + 1.08392332733869*I"},
		{fn("log", NewAdd(One, I)), 15, nil, "0.346573590279973 + 0.785398163397448*I"},
		{fn("atan", NewAdd(One, I)), 15, nil, "1.01722196789785 + 0.402359478108525*I"},
		{fn("sinh", NewAdd(One, I)), 15, nil, "0.634963914784736 + 1.29845758141598*I"},
		{NewPow(NewAdd(One, I), q(1, 3)), 15, nil, "1.08421508149135 + 0.290514555507251*I"},
		{NewPow(n(-8), q(1, 3)), 15, nil, "1.0 + 1.73205080756888*I"},
		{NewPow(NewAdd(One, sqrt(n(2))), n(10)), 20, nil, "6725.9998513232200261"},
		{NewAdd(One, NewMul(sqrt(n(2)), I)), 20, nil, "1.0 + 1.4142135623730950488*I"},
		{fn("exp", Div(NewMul(Pi, I), n(3))), 15, nil, "0.5 + 0.866025403784439*I"},
		{fn("log", n(8), n(2)), 15, nil, "3.00000000000000"},
		{fn("log", n(3), n(2)), 15, nil, "1.58496250072116"},
		{fn("exp", n(1000)), 15, nil, "1.97007111401705e+434"},
		{fn("exp", n(-1000)), 15, nil, "5.07595889754946e-435"},
		{NewMul(NewFloat(1e-20, 53), Pi), 15, nil, "3.14159265358979e-20"},
		{NewFloat(0.1, 53), 30, nil, "0.100000000000000005551115123126"},
		{fn("Abs", NewAdd(n(-3), NewMul(n(4), I))), 15, nil, "5.00000000000000"},
		{NewPow(Pi, Pi), 15, nil, "36.4621596072079"},
		{NewPow(n(2), sqrt(n(2))), 25, nil, "2.665144142690225188650297"},
		{NewPow(n(-2), Pi), 15, nil, "-7.96617830388569 - 3.79739869898976*I"},
		{NewPow(Pi, n(-3)), 15, nil, "0.0322515344331995"},
		{NewAdd(x, Pi), 15, nil, "x + 3.14159265358979"},
		{Div(NewMul(n(2), x), n(3)), 15, nil, "0.666666666666667*x"},
		{NewMul(n(2), x), 15, nil, "2.0*x"},
		{fn("sin", NewMul(n(2), x)), 15, nil, "sin(2*x)"},
		{NewPow(x, n(2)), 15, nil, "x**2"},
		{sqrt(x), 15, nil, "x**0.5"},
		{NewAdd(NewMul(x, Pi), E), 5, nil, "3.1416*x + 2.7183"},
		{NewMul(x, I), 15, nil, "I*x"},
		{NewMul(n(2), I, x), 15, nil, "2.0*I*x"},
		{NewAdd(x, I), 15, nil, "x + I"},
		{NewMul(x, NewAdd(One, I)), 15, nil, "x*(1.0 + I)"},
		{NewMul(fn("sin", One), x), 15, nil, "0.841470984807897*x"},
		{NewPow(x, Pi), 15, nil, "x**3.14159265358979"},
		{NewAdd(x, sqrt(n(2))), 15, nil, "x + 1.4142135623731"},
		{Div(x, Pi), 15, nil, "0.318309886183791*x"},
		{Div(Pi, x), 15, nil, "3.14159265358979/x"},
		{Div(One, NewAdd(x, One)), 15, nil, "1/(x + 1.0)"},
		{NewPow(sqrt(n(2)), x), 15, nil, "2.0**(0.5*x)"},
		{NewAdd(x, q(1, 3)), 5, nil, "x + 0.33333"},
		{NewMul(x, NewFloat(0.1, 53)), 30, nil, "0.100000000000000005551115123126*x"},
		{NewMul(n(2), fn("sin", x)), 3, nil, "2.0*sin(x)"},
		{NewAdd(NewMul(n(2), Pi, x), One), 15, nil, "6.28318530717959*x + 1.0"},
		{NewPow(x, q(1, 3)), 15, nil, "x**0.333333333333333"},
		{NewPow(n(2), x), 15, nil, "2.0**x"},
		{NewPow(Pi, x), 15, nil, "3.14159265358979**x"},
		{NewAdd(x, y), 15, nil, "x + y"},
		{NewAdd(x, y), 15, [][2]Expr{{x, One}}, "y + 1.0"},
		{n(54), 27, nil, "54.0000000000000000000000000"},
		{n(-116), 30, nil, "-116.000000000000000000000000000"},
		{q(970, 7), 15, nil, "138.571428571429"},
		{NewMul(q(5, 2), n(4), NewPow(sqrt(n(2)), n(3))), 15, nil, "28.2842712474619"},
		{NewAdd(x, y), 15, [][2]Expr{{x, One}, {y, n(2)}}, "3.00000000000000"},
		{NewPow(x, n(2)), 15, [][2]Expr{{x, NewFloat(0.1, 53)}}, "0.0100000000000000"},
		{NewPow(x, n(2)), 3, [][2]Expr{{x, q(1, 3)}}, "0.111"},
		{fn("sin", x), 20, [][2]Expr{{x, q(1, 2)}}, "0.47942553860420300027"},
		{NewAdd(NewPow(x, n(3)), NewMul(n(-2), x)), 10, [][2]Expr{{x, Pi}}, "24.72309137"},
		{NewMul(x, y), 15, [][2]Expr{{x, n(2)}}, "2.0*y"},
	}
	for _, tt := range tests {
		got, err := Evalf(tt.e, tt.dps, tt.subs)
		if err != nil {
			t.Errorf("Evalf(%v, %d) error %v", tt.e, tt.dps, err)
			continue
		}
		if s := Str(got); s != tt.want {
			t.Errorf("Evalf(%v, %d, %v) = %q, want %q", tt.e, tt.dps, tt.subs, s, tt.want)
		}
	}
}

func TestEvalfOneDigit(t *testing.T) {
	tests := []struct {
		e    Expr
		want string // str(N(e, 1)) from SymPy 1.14
	}{
		{Div(NewInt(7), NewInt(3)), "2.0"},
		{NewInt(2), "2.0"},
		{NewFloat(2.5, 53), "2.0"},
		{Pi, "3."},
	}
	for _, tt := range tests {
		got, err := N(tt.e, 1)
		if err != nil || Str(got) != tt.want {
			t.Errorf("N(%v, 1) = %v, %v; want %q", tt.e, got, err, tt.want)
		}
	}
}

func TestToFloat64(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	tests := []struct {
		e    Expr
		want float64 // float(e) in Python with SymPy 1.14
		ok   bool
	}{
		{Pi, 3.141592653589793, true},
		{Div(One, NewInt(3)), 0.3333333333333333, true},
		{NewPow(Two, Half), 1.4142135623730951, true},
		{x, 0, false},
		{NewAdd(One, I), 0, false},
	}
	for _, tt := range tests {
		got, ok := ToFloat64(tt.e)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ToFloat64(%v) = %v, %v; want %v, %v", tt.e, got, ok, tt.want, tt.ok)
		}
	}
	if c, ok := ToComplex(NewAdd(One, NewMul(Two, I))); !ok || c != complex(1, 2) {
		t.Errorf("ToComplex(1 + 2*I) = %v, %v", c, ok)
	}
}
