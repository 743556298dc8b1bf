package mpf

import (
	"math"
	"math/big"
	"testing"
)

func TestPrecDps(t *testing.T) {
	// Values from mpmath.libmp.dps_to_prec / prec_to_dps.
	cases := []struct{ dps, prec int }{{15, 53}, {30, 103}, {1, 7}, {50, 169}, {1000, 3325}}
	for _, c := range cases {
		if got := DpsToPrec(c.dps); got != c.prec {
			t.Errorf("DpsToPrec(%d) = %d, want %d", c.dps, got, c.prec)
		}
	}
	for prec, want := range map[int]int{53: 15, 100: 29, 333: 99, 4: 1, 1: 1, 3325: 1000} {
		if got := PrecToDps(prec); got != want {
			t.Errorf("PrecToDps(%d) = %d, want %d", prec, got, want)
		}
	}
}

func TestRoundTies(t *testing.T) {
	// 2^53+1 is a tie at 53 bits: rounds to even (2^53); 2^53+3 rounds up.
	a := FromInt(new(big.Int).Add(new(big.Int).Lsh(bigOne, 53), big.NewInt(1)), 53)
	if a.ToFloat64() != 1<<53 {
		t.Errorf("tie not rounded to even: %v", tup(a))
	}
	b := FromInt(new(big.Int).Add(new(big.Int).Lsh(bigOne, 53), big.NewInt(3)), 53)
	if b.ToFloat64() != 1<<53+4 {
		t.Errorf("tie not rounded to even: %v", tup(b))
	}
}

func TestConversions(t *testing.T) {
	for _, f := range []float64{0.1, -2.5, 1e-310, 1.7976931348623157e308, 3} {
		x := FromFloat64(f, 53)
		if x.ToFloat64() != f {
			t.Errorf("round trip %v -> %v", f, x.ToFloat64())
		}
		r, _ := new(big.Rat).SetString(x.ToRat().RatString())
		if g, _ := r.Float64(); g != f {
			t.Errorf("ToRat(%v) = %v", f, r)
		}
	}
	if FromFloat64(math.NaN(), 53).IsNaN() == false || !FromFloat64(math.Inf(-1), 53).IsInf() {
		t.Error("special values")
	}
	third := FromRat(big.NewRat(1, 3), 53)
	if third.ToFloat64() != 1.0/3 {
		t.Errorf("FromRat(1/3) = %v", third.ToFloat64())
	}
	if _, err := FromString("1.2.3", 53); err == nil {
		t.Error("expected syntax error")
	}
}

func TestSpecialValues(t *testing.T) {
	cases := []struct {
		name string
		got  Float
		want string
	}{
		{"exp(-inf)", Exp(Inf(-1), 53), "0.0"},
		{"log(0)", Log(Zero(53), 53), "-inf"},
		{"log(-1)", Log(FromInt64(-1, 53), 53), "nan"},
		{"sqrt(-1)", Sqrt(FromInt64(-1, 53), 53), "nan"},
		{"1/0", Quo(FromInt64(1, 53), Zero(53), 53), "inf"},
		{"inf-inf", Sub(Inf(1), Inf(1), 53), "nan"},
		{"atanh(1)", Atanh(FromInt64(1, 53), 53), "inf"},
		{"tanh(1000)", Tanh(FromInt64(1000, 53), 53), "1.00000000000000"},
		{"cos(0)", Cos(Zero(53), 53), "1.00000000000000"},
		{"acos(-1)", Acos(FromInt64(-1, 53), 53), "3.14159265358979"},
		{"pow(4,0.5)", Pow(FromInt64(4, 53), FromFloat64(0.5, 53), 53), "2.00000000000000"},
		{"pow(8,-1/3 approx)", Pow(FromInt64(-8, 53), FromFloat64(0.5, 53), 53), "nan"},
		{"atan(inf)", Atan(Inf(1), 53), "1.57079632679490"},
	}
	for _, c := range cases {
		if s := SymPyStr(c.got, false); s != c.want {
			t.Errorf("%s = %s, want %s", c.name, s, c.want)
		}
	}
}

func TestImmutability(t *testing.T) {
	x := FromInt64(3, 53)
	before := tup(x)
	_ = Add(x, x, 53)
	_ = Mul(x, x, 10)
	_ = PowInt(x, 700, 53)
	_ = Sqrt(x, 53)
	_ = x.Neg()
	if tup(x) != before {
		t.Errorf("x mutated: %s -> %s", before, tup(x))
	}
}

func BenchmarkExp50(b *testing.B) {
	p := DpsToPrec(50)
	x, _ := FromString("0.7", p)
	Pi(p + 100)
	Exp(x, p)
	for b.Loop() {
		Exp(x, p)
	}
}

func BenchmarkSin50(b *testing.B) {
	p := DpsToPrec(50)
	x, _ := FromString("2.7", p)
	Sin(x, p)
	for b.Loop() {
		Sin(x, p)
	}
}

func BenchmarkLog50(b *testing.B) {
	p := DpsToPrec(50)
	x, _ := FromString("2.7", p)
	Log(x, p)
	for b.Loop() {
		Log(x, p)
	}
}

func BenchmarkSin1000(b *testing.B) {
	p := DpsToPrec(1000)
	x, _ := FromString("2.7", p)
	Sin(x, p)
	for b.Loop() {
		Sin(x, p)
	}
}

func BenchmarkPi1000(b *testing.B) {
	p := DpsToPrec(1000)
	for b.Loop() {
		computePi(p)
	}
}
