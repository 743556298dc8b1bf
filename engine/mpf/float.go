// Package mpf implements arbitrary-precision binary floating point with the
// semantics of Python's mpmath library, so that dcalc can compute and print
// SymPy Float values (and N(e, n) / evalf results) exactly as SymPy 1.14 does.
//
// A Float is an immutable value sign·man·2^exp where man is an odd positive
// integer (or one of the special values zero, +inf, -inf, nan). Every Float
// also carries the binary precision it was produced at; that precision is
// metadata used by SymPyStr (mpmath itself does not store it, but SymPy's
// Float does). Arithmetic takes the target precision explicitly and rounds
// with round-half-to-even, like mpmath's round_nearest.
//
// The basic operations (Add, Sub, Mul, Quo, Sqrt, conversions) are correctly
// rounded, as in mpmath. The elementary functions are evaluated with guard
// bits and a Ziv-style retry loop, so they are correctly rounded in practice.
// Formatting (Format, FormatOpts, SymPyStr) follows mpmath's libmpf.to_str
// and SymPy's StrPrinter._print_Float digit for digit.
package mpf

import (
	"math"
	"math/big"
)

type kind uint8

const (
	kZero kind = iota
	kFinite
	kInf
	kNaN
)

// Float is an immutable binary floating-point number in mpmath's model:
// zero, a finite nonzero value ±man·2^exp with man odd, +inf, -inf or nan.
// There is no negative zero. The zero value of Float is zero with precision 0.
type Float struct {
	k    kind
	neg  bool
	man  *big.Int // finite nonzero: odd and positive; never mutated
	exp  int
	prec int
}

// rounding modes (internal); mpmath's round_nearest, round_down, round_up.
type rmode uint8

const (
	rNearest rmode = iota // half to even
	rDown                 // toward zero
	rUp                   // away from zero
)

var bigOne = big.NewInt(1)

// mkFloat rounds ±man·2^exp (man ≥ 0, not necessarily normalized; it is not
// retained, a fresh big.Int is built) to prec bits. prec ≤ 0 means exact.
// The result records precision recPrec.
func mkFloat(neg bool, man *big.Int, exp int, prec int, rm rmode, sticky bool, recPrec int) Float {
	if man.Sign() == 0 {
		if !sticky {
			return Float{prec: recPrec}
		}
		panic("mpf: sticky rounding of zero mantissa")
	}
	m := new(big.Int).Set(man)
	if sticky {
		// Append an extra low 1 bit standing for "something nonzero below".
		// Callers guarantee man has at least prec+2 bits.
		m.Lsh(m, 1)
		m.SetBit(m, 0, 1)
		exp--
	}
	if prec > 0 {
		if bl := m.BitLen(); bl > prec {
			shift := uint(bl - prec)
			tz := m.TrailingZeroBits()
			half := m.Bit(int(shift-1)) == 1
			inexact := tz < shift
			m.Rsh(m, shift)
			exp += int(shift)
			switch rm {
			case rNearest:
				// sticky below the half bit?
				if half && (tz < shift-1 || m.Bit(0) == 1) {
					m.Add(m, bigOne)
				}
			case rUp:
				if inexact {
					m.Add(m, bigOne)
				}
			}
		}
	}
	if tz := m.TrailingZeroBits(); tz > 0 {
		m.Rsh(m, tz)
		exp += int(tz)
	}
	if exp > MaxExp || exp < -MaxExp {
		panic(RangeError{})
	}
	return Float{k: kFinite, neg: neg, man: m, exp: exp, prec: recPrec}
}

// MaxExp bounds the binary exponent of a Float: mpmath's exponents are
// unbounded Python integers, dcalc's are machine integers, kept far
// from overflow. A result beyond it panics with RangeError.
const MaxExp = 1 << 48

// RangeError is the panic value of an operation whose result's exponent
// is beyond MaxExp, or whose exact result would need more than
// maxExactShift bits of alignment.
type RangeError struct{}

// Error implements error.
func (RangeError) Error() string {
	return "dcalc's floating-point numbers have binary exponents up to 2**48 (mpmath's are unbounded)"
}

// maxExactShift bounds the alignment of an exact (unrounded) addition.
const maxExactShift = 1 << 26

// round returns x rounded to prec bits (nearest, half even), recording prec.
func (x Float) round(prec int) Float {
	if x.k != kFinite {
		x.prec = prec
		return x
	}
	return mkFloat(x.neg, x.man, x.exp, prec, rNearest, false, prec)
}

// WithPrecDown returns x rounded toward zero to prec bits (mpmath's
// round_down, the round_fast default of its elementary functions).
func (x Float) WithPrecDown(prec int) Float {
	if x.k != kFinite {
		x.prec = prec
		return x
	}
	return mkFloat(x.neg, x.man, x.exp, prec, rDown, false, prec)
}

// Zero returns zero carrying the precision prec.
func Zero(prec int) Float { return Float{prec: prec} }

// Inf returns +inf if sign ≥ 0 and -inf otherwise.
func Inf(sign int) Float { return Float{k: kInf, neg: sign < 0} }

// NaN returns a not-a-number value.
func NaN() Float { return Float{k: kNaN} }

// FromInt returns n rounded to prec bits (prec ≤ 0: exact, recorded as the
// bit length of n).
func FromInt(n *big.Int, prec int) Float {
	rec := prec
	if prec <= 0 {
		rec = max(n.BitLen(), 1)
	}
	a := new(big.Int).Abs(n)
	return mkFloat(n.Sign() < 0, a, 0, prec, rNearest, false, rec)
}

// FromInt64 returns n rounded to prec bits.
func FromInt64(n int64, prec int) Float { return FromInt(big.NewInt(n), prec) }

// FromRat returns the rational r correctly rounded to prec bits.
func FromRat(r *big.Rat, prec int) Float {
	return divInts(r.Num(), r.Denom(), 0, prec, rNearest)
}

// divInts returns (a/b)·2^e rounded to prec bits in mode rm (b ≠ 0).
func divInts(a, b *big.Int, e int, prec int, rm rmode) Float {
	if a.Sign() == 0 {
		return Float{prec: prec}
	}
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	aa := new(big.Int).Abs(a)
	bb := new(big.Int).Abs(b)
	p := prec
	if p <= 0 {
		p = 64 // exact division is impossible in general; use a default
	}
	s := p + 3 - (aa.BitLen() - bb.BitLen())
	if s > 0 {
		aa.Lsh(aa, uint(s))
	} else if s < 0 {
		bb.Lsh(bb, uint(-s))
	}
	q, r := new(big.Int).QuoRem(aa, bb, new(big.Int))
	return mkFloat(neg, q, e-s, p, rm, r.Sign() != 0, p)
}

// FromFloat64 returns the exact value of f rounded to prec bits (like
// mpmath's from_float). ±Inf and NaN map to the special values.
func FromFloat64(f float64, prec int) Float {
	switch {
	case math.IsNaN(f):
		return NaN()
	case math.IsInf(f, 1):
		return Inf(1)
	case math.IsInf(f, -1):
		return Inf(-1)
	case f == 0:
		return Float{prec: prec}
	}
	fr, e := math.Frexp(math.Abs(f))
	m := int64(math.Ldexp(fr, 53))
	return mkFloat(f < 0, big.NewInt(m), e-53, prec, rNearest, false, prec)
}

// ToFloat64 returns x rounded to the nearest float64 (overflowing to ±Inf).
func (x Float) ToFloat64() float64 {
	switch x.k {
	case kZero:
		return 0
	case kInf:
		if x.neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case kNaN:
		return math.NaN()
	}
	bf := new(big.Float).SetPrec(0).SetInt(x.man)
	if x.man.BitLen() > 2000 {
		bf.SetPrec(60) // avoid huge exact mantissas; rounding to 60 bits first is harmless for float64
	}
	bf.SetMantExp(bf, x.exp)
	if x.neg {
		bf.Neg(bf)
	}
	f, _ := bf.Float64()
	return f
}

// ToRat returns the exact value of x as a rational. It returns nil for
// infinities and nan.
func (x Float) ToRat() *big.Rat {
	switch x.k {
	case kZero:
		return new(big.Rat)
	case kInf, kNaN:
		return nil
	}
	n := new(big.Int).Set(x.man)
	if x.neg {
		n.Neg(n)
	}
	if x.exp >= 0 {
		n.Lsh(n, uint(x.exp))
		return new(big.Rat).SetInt(n)
	}
	d := new(big.Int).Lsh(bigOne, uint(-x.exp))
	return new(big.Rat).SetFrac(n, d)
}

// MantExp returns the mantissa and exponent of a finite x: x = man·2^exp,
// with man odd (negative for negative x). For zero it returns (0, 0); for
// infinities and nan it returns (nil, 0).
func (x Float) MantExp() (*big.Int, int) {
	switch x.k {
	case kZero:
		return new(big.Int), 0
	case kFinite:
		m := new(big.Int).Set(x.man)
		if x.neg {
			m.Neg(m)
		}
		return m, x.exp
	}
	return nil, 0
}

// Prec returns the binary precision recorded for x.
func (x Float) Prec() int { return x.prec }

// WithPrec returns x rounded to prec bits, recording prec (like
// SymPy's Float(x, precision=prec)).
func (x Float) WithPrec(prec int) Float { return x.round(prec) }

// IsZero reports whether x is zero.
func (x Float) IsZero() bool { return x.k == kZero }

// IsInf reports whether x is +inf or -inf.
func (x Float) IsInf() bool { return x.k == kInf }

// IsNaN reports whether x is nan.
func (x Float) IsNaN() bool { return x.k == kNaN }

// IsFinite reports whether x is zero or a finite nonzero number.
func (x Float) IsFinite() bool { return x.k == kZero || x.k == kFinite }

// IsInt reports whether x is a finite integer value.
func (x Float) IsInt() bool {
	return x.k == kZero || (x.k == kFinite && x.exp >= 0)
}

// Sign returns -1, 0 or +1 according to the sign of x (0 for zero and nan).
func (x Float) Sign() int {
	switch {
	case x.k == kZero || x.k == kNaN:
		return 0
	case x.neg:
		return -1
	}
	return 1
}

// mag returns e such that 2^(e-1) ≤ |x| < 2^e for finite nonzero x.
func (x Float) mag() int { return x.exp + x.man.BitLen() }

// Mag returns m with 2^(m-1) <= |x| < 2^m for a finite nonzero x, without
// copying the mantissa; ok is false for zero, infinities and nan.
func (x Float) Mag() (m int, ok bool) {
	if x.k != kFinite {
		return 0, false
	}
	return x.mag(), true
}

// Equal reports whether x and y are identical values (nan equals nan; the
// recorded precision is ignored).
func (x Float) Equal(y Float) bool {
	if x.k != y.k || x.neg != y.neg {
		return false
	}
	if x.k != kFinite {
		return true
	}
	return x.exp == y.exp && x.man.Cmp(y.man) == 0
}

// DpsToPrec converts decimal digits to bits exactly as mpmath's dps_to_prec.
func DpsToPrec(dps int) int {
	return max(1, int(math.RoundToEven(float64(dps+1)*3.3219280948873626)))
}

// PrecToDps converts bits to decimal digits exactly as mpmath's prec_to_dps.
func PrecToDps(prec int) int {
	return max(1, int(math.RoundToEven(float64(prec)/3.3219280948873626))-1)
}

func log2f(x float64) float64 { return math.Log2(x) }

// FromRatDown returns r rounded toward zero to prec bits (mpmath's
// from_rational with its default rounding, round_fast).
func FromRatDown(r *big.Rat, prec int) Float {
	return divInts(r.Num(), r.Denom(), 0, prec, rDown)
}
