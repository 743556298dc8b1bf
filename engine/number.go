package engine

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Integer is an integer of any size (SymPy's Integer). Small values avoid
// math/big.
type Integer struct {
	v int64
	b *big.Int // non-nil when the value does not fit in an int64
	h uint64
}

// Rational is a fraction p/q in lowest terms with q > 1 (SymPy's Rational).
type Rational struct {
	r *big.Rat
	h uint64
}

// Float is a binary floating-point number with a precision in bits
// (SymPy's Float; 53 bits is 15 decimal digits). The value is an
// [mpf.Float] that is never inf or nan; its recorded precision is the
// Float's precision.
type Float struct {
	v mpf.Float
	h uint64
}

// Special is one of oo, -oo, zoo (complex infinity) and nan.
type Special struct {
	name string
	h    uint64
}

// Small integer cache and common numbers.
var smallInts [513]*Integer // -256..256

func init() {
	for i := range smallInts {
		smallInts[i] = mkInt(int64(i - 256))
	}
}

func mkInt(v int64) *Integer {
	return &Integer{v: v, h: mix(uint64(v), 0x1234567)}
}

// The common numbers.
var (
	Zero    = NewInt(0)
	One     = NewInt(1)
	Two     = NewInt(2)
	NegOne  = NewInt(-1)
	Half    = NewRational(big.NewInt(1), big.NewInt(2)).(*Rational)
	Oo      = newSpecial("oo")
	NegOo   = newSpecial("-oo")
	Zoo     = newSpecial("zoo")
	NaN     = newSpecial("nan")
	NegHalf = NewRational(big.NewInt(-1), big.NewInt(2)).(*Rational)
)

func newSpecial(name string) *Special {
	return &Special{name: name, h: mix(hashString(name), uint64(kNumber)+77)}
}

// NewInt returns the Integer v.
func NewInt(v int64) *Integer {
	if v >= -256 && v <= 256 && smallInts[v+256] != nil {
		return smallInts[v+256]
	}
	return mkInt(v)
}

// NewBigInt returns the Integer with value v (v is not retained).
func NewBigInt(v *big.Int) *Integer {
	if v.IsInt64() {
		return NewInt(v.Int64())
	}
	b := new(big.Int).Set(v)
	return &Integer{b: b, h: hashBig(b)}
}

func hashBig(b *big.Int) uint64 {
	h := uint64(0x1234567)
	for _, w := range b.Bits() {
		h = mix(h, uint64(w))
	}
	if b.Sign() < 0 {
		h = ^h
	}
	return h
}

// NewRational returns p/q in lowest terms: an Integer when q divides p,
// zoo when q is zero (and p is not), nan for 0/0.
func NewRational(p, q *big.Int) Expr {
	if q.Sign() == 0 {
		if p.Sign() == 0 {
			return NaN
		}
		return Zoo
	}
	return ratFrom(new(big.Rat).SetFrac(p, q))
}

func ratFrom(r *big.Rat) Expr {
	if r.IsInt() {
		return NewBigInt(r.Num())
	}
	h := mix(hashBig(r.Num()), hashBig(r.Denom()))
	return &Rational{r: r, h: h}
}

// NewFloat returns a Float of prec bits with value v rounded to nearest
// (SymPy's Float(v) for a Python float uses 53 bits). v must be finite.
func NewFloat(v float64, prec uint) *Float {
	return floatFrom(mpf.FromFloat64(v, int(prec)))
}

// NewBigFloat returns a Float with the value and precision of f (f is not
// retained). f must be finite.
func NewBigFloat(f *big.Float) *Float {
	r, _ := f.Rat(nil)
	if r == nil {
		r = new(big.Rat)
	}
	return floatFrom(mpf.FromRat(r, int(f.Prec())))
}

// NewMpfFloat returns the number with value v: a Float of v's recorded
// precision, or oo, -oo or nan when v is not finite.
func NewMpfFloat(v mpf.Float) Expr {
	switch {
	case v.IsNaN():
		return NaN
	case v.IsInf():
		if v.Sign() < 0 {
			return NegOo
		}
		return Oo
	}
	return floatFrom(v)
}

// NewFloatString converts a decimal string to a number as SymPy's
// Float(s, dps) does: the precision is mpf.DpsToPrec(dps), or when dps is
// 0 it comes from the number of digits in s (mpf.SymPyStringPrec).
// "inf", "-inf" and "nan" give oo, -oo and nan. A malformed string is a
// ValueError.
func NewFloatString(s string, dps int) (Expr, error) {
	if err := checkDps(dps); err != nil {
		return nil, err
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, errorf("ValueError", "could not convert string to float: %s", pyQuote(s))
	}
	t = strings.ReplaceAll(t, "_", "")
	prec := mpf.SymPyStringPrec(t)
	if dps > 0 {
		prec = mpf.DpsToPrec(dps)
	}
	v, err := mpf.FromString(t, prec)
	if err != nil || strings.Contains(t, "/") {
		return nil, errorf("ValueError", "string-float not recognized: %s", s)
	}
	return NewMpfFloat(v.WithPrec(prec)), nil
}

// pyQuote quotes s as Python's repr of a str does for simple strings.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// NewFloatFrom converts a number to a Float as SymPy's Float(e, dps)
// does (dps 0 means the default): an Integer goes through its decimal
// string (so Float(10**30) keeps every digit), a Rational is rounded to
// 15 digits (or dps), a Float is re-rounded when dps is given, pi and E
// are evaluated, and oo, -oo and nan are returned unchanged. Anything else
// is a TypeError, as in SymPy.
func NewFloatFrom(e Expr, dps int) (Expr, error) {
	if err := checkDps(dps); err != nil {
		return nil, err
	}
	prec := mpf.DpsToPrec(DefaultDps)
	if dps > 0 {
		prec = mpf.DpsToPrec(dps)
	}
	switch x := e.(type) {
	case *Integer:
		return NewFloatString(x.Big().String(), dps)
	case *Rational:
		return floatFrom(mpf.FromRat(x.r, prec)), nil
	case *Float:
		if dps > 0 {
			return floatFrom(x.v.WithPrec(prec)), nil
		}
		return x, nil
	case *Special:
		return x, nil
	case *Constant:
		switch x {
		case Pi:
			return floatFrom(mpf.Pi(prec)), nil
		case E:
			return floatFrom(mpf.E(prec)), nil
		}
		if v, ok := ConstantMpf(x, prec); ok {
			return floatFrom(v), nil
		}
	}
	return nil, errorf("TypeError", "cannot create mpf from %s", Str(e))
}

// NewFloatMpf returns the Float with the value and precision of v, as
// SymPy's Float of an mpmath mpf.
func NewFloatMpf(v mpf.Float) *Float { return floatFrom(v) }

func floatFrom(v mpf.Float) *Float {
	h := mix(math.Float64bits(v.ToFloat64()), uint64(v.Prec())<<32)
	if v.IsFinite() && !v.IsZero() {
		m, e := v.MantExp()
		h = mix(h, uint64(e)^uint64(m.BitLen()))
	}
	return &Float{v: v, h: h}
}

// Big returns the value of z as a new big.Int.
func (z *Integer) Big() *big.Int {
	if z.b != nil {
		return new(big.Int).Set(z.b)
	}
	return big.NewInt(z.v)
}

// IsInt64 reports whether z fits in an int64, returned by Int64.
func (z *Integer) IsInt64() bool { return z.b == nil }

// Int64 returns z's value when IsInt64.
func (z *Integer) Int64() int64 { return z.v }

// Sign returns -1, 0 or 1.
func (z *Integer) Sign() int {
	if z.b != nil {
		return z.b.Sign()
	}
	switch {
	case z.v < 0:
		return -1
	case z.v > 0:
		return 1
	}
	return 0
}

// Rat returns the value of q as a new big.Rat.
func (q *Rational) Rat() *big.Rat { return new(big.Rat).Set(q.r) }

// Num returns the numerator.
func (q *Rational) Num() *big.Int { return new(big.Int).Set(q.r.Num()) }

// Den returns the denominator (> 1).
func (q *Rational) Den() *big.Int { return new(big.Int).Set(q.r.Denom()) }

// Big returns f's value as a new big.Float of f's precision (at least the
// mantissa length, so the value is exact).
func (f *Float) Big() *big.Float {
	p := uint(max(f.v.Prec(), 1))
	if f.v.IsZero() {
		return new(big.Float).SetPrec(p)
	}
	m, e := f.v.MantExp()
	if uint(m.BitLen()) > p {
		p = uint(m.BitLen())
	}
	b := new(big.Float).SetPrec(p).SetInt(m)
	return b.SetMantExp(b, e)
}

// Mpf returns f's value; its recorded precision is f's precision.
func (f *Float) Mpf() mpf.Float { return f.v }

// Prec returns f's precision in bits.
func (f *Float) Prec() uint { return uint(f.v.Prec()) }

// Float64 returns f rounded to a float64.
func (f *Float) Float64() float64 { return f.v.ToFloat64() }

// Sign returns -1, 0 or 1.
func (f *Float) Sign() int { return f.v.Sign() }

// Name returns "oo", "-oo", "zoo" or "nan".
func (s *Special) Name() string { return s.name }

// Hash implements Expr.
func (z *Integer) Hash() uint64 { return z.h }

// Hash implements Expr.
func (q *Rational) Hash() uint64 { return q.h }

// Hash implements Expr.
func (f *Float) Hash() uint64 { return f.h }

// Hash implements Expr.
func (s *Special) Hash() uint64 { return s.h }

// Args implements Expr.
func (z *Integer) Args() []Expr { return nil }

// Args implements Expr.
func (q *Rational) Args() []Expr { return nil }

// Args implements Expr.
func (f *Float) Args() []Expr { return nil }

// Args implements Expr.
func (s *Special) Args() []Expr { return nil }

func (z *Integer) kind() kind  { return kNumber }
func (q *Rational) kind() kind { return kNumber }
func (f *Float) kind() kind    { return kNumber }
func (s *Special) kind() kind  { return kNumber }

// IsNumber reports whether e is a number (Integer, Rational, Float, oo,
// -oo, zoo or nan).
func IsNumber(e Expr) bool { return e.kind() == kNumber }

// IsRational reports whether e is an Integer or a Rational.
func IsRational(e Expr) bool {
	switch e.(type) {
	case *Integer, *Rational:
		return true
	}
	return false
}

// IsInteger reports whether e is an Integer.
func IsInteger(e Expr) bool { _, ok := e.(*Integer); return ok }

func isInt(e Expr, v int64) bool {
	z, ok := e.(*Integer)
	return ok && z.b == nil && z.v == v
}

// toRat returns the exact value of an Integer or Rational.
func toRat(e Expr) *big.Rat {
	switch x := e.(type) {
	case *Integer:
		if x.b != nil {
			return new(big.Rat).SetInt(x.b)
		}
		return new(big.Rat).SetInt64(x.v)
	case *Rational:
		return x.r
	}
	return nil
}

func numEqual(a, b Expr) bool {
	switch x := a.(type) {
	case *Integer:
		y, ok := b.(*Integer)
		if !ok {
			return false
		}
		if x.b == nil && y.b == nil {
			return x.v == y.v
		}
		return x.Big().Cmp(y.Big()) == 0
	case *Rational:
		y, ok := b.(*Rational)
		return ok && x.r.Cmp(y.r) == 0
	case *Float:
		y, ok := b.(*Float)
		return ok && x.v.Prec() == y.v.Prec() && x.v.Equal(y.v)
	case *Special:
		return a == b
	}
	return false
}

// numSign returns the sign of a real number and ok=false for zoo and nan.
func numSign(e Expr) (int, bool) {
	switch x := e.(type) {
	case *Integer:
		return x.Sign(), true
	case *Rational:
		return x.r.Sign(), true
	case *Float:
		return x.v.Sign(), true
	case *Special:
		switch x {
		case Oo:
			return 1, true
		case NegOo:
			return -1, true
		}
	}
	return 0, false
}

func isZeroNum(e Expr) bool {
	switch x := e.(type) {
	case *Integer:
		return x.b == nil && x.v == 0
	case *Float:
		return x.v.IsZero()
	}
	return false
}

func floatPrecOf(a, b Expr) uint {
	var p uint
	if f, ok := a.(*Float); ok {
		p = f.Prec()
	}
	if f, ok := b.(*Float); ok && f.Prec() > p {
		p = f.Prec()
	}
	return p
}

// toMpf converts an Integer, Rational or Float to an mpf.Float: a Float
// is returned unchanged (as SymPy's _as_mpf_op), an Integer or Rational is
// rounded to prec bits.
func toMpf(e Expr, prec int) mpf.Float {
	switch x := e.(type) {
	case *Integer:
		if x.b != nil {
			return mpf.FromInt(x.b, prec)
		}
		return mpf.FromInt64(x.v, prec)
	case *Rational:
		return mpf.FromRat(x.r, prec)
	case *Float:
		return x.v
	}
	panic("toMpf: not a finite number")
}

// numAdd adds two numbers.
func numAdd(a, b Expr) Expr {
	if x, ok := a.(*Integer); ok && x.b == nil {
		if y, ok := b.(*Integer); ok && y.b == nil {
			s, c := bits.Add64(uint64(x.v), uint64(y.v), 0)
			_ = c
			r := int64(s)
			// overflow iff operands have the same sign and result differs
			if (x.v >= 0) == (y.v >= 0) && (r >= 0) != (x.v >= 0) {
				return NewBigInt(new(big.Int).Add(big.NewInt(x.v), big.NewInt(y.v)))
			}
			return NewInt(r)
		}
	}
	if s := specialAdd(a, b); s != nil {
		return s
	}
	if p := floatPrecOf(a, b); p > 0 {
		return floatResult(mpf.Add(toMpf(a, int(p)), toMpf(b, int(p)), int(p)))
	}
	return ratFrom(new(big.Rat).Add(toRat(a), toRat(b)))
}

func specialAdd(a, b Expr) Expr {
	sa, aok := a.(*Special)
	sb, bok := b.(*Special)
	if !aok && !bok {
		return nil
	}
	if aok && bok {
		switch {
		case sa == NaN || sb == NaN:
			return NaN
		case sa == Zoo || sb == Zoo:
			return NaN
		case sa == sb:
			return sa
		}
		return NaN
	}
	if aok {
		return sa
	}
	return sb
}

// numMul multiplies two numbers.
func numMul(a, b Expr) Expr {
	if x, ok := a.(*Integer); ok && x.b == nil {
		if y, ok := b.(*Integer); ok && y.b == nil {
			hi, lo := bits.Mul64(uint64(absI(x.v)), uint64(absI(y.v)))
			if hi == 0 && lo < 1<<63 && x.v != math.MinInt64 && y.v != math.MinInt64 {
				r := int64(lo)
				if (x.v < 0) != (y.v < 0) {
					r = -r
				}
				return NewInt(r)
			}
			return NewBigInt(new(big.Int).Mul(big.NewInt(x.v), big.NewInt(y.v)))
		}
	}
	sa, aok := a.(*Special)
	sb, bok := b.(*Special)
	if aok || bok {
		if sa == NaN || sb == NaN {
			return NaN
		}
		var s *Special
		var other Expr
		if aok {
			s, other = sa, b
		} else {
			s, other = sb, a
		}
		if os, ok := other.(*Special); ok {
			if s == Zoo || os == Zoo {
				return Zoo
			}
			if (s == Oo) == (os == Oo) {
				return Oo
			}
			return NegOo
		}
		sg, _ := numSign(other)
		switch {
		case sg == 0:
			return NaN
		case s == Zoo:
			return Zoo
		case (s == Oo) == (sg > 0):
			return Oo
		}
		return NegOo
	}
	if p := floatPrecOf(a, b); p > 0 {
		return floatResult(mpf.Mul(toMpf(a, int(p)), toMpf(b, int(p)), int(p)))
	}
	return ratFrom(new(big.Rat).Mul(toRat(a), toRat(b)))
}

func absI(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// numNeg negates a number.
func numNeg(a Expr) Expr {
	switch x := a.(type) {
	case *Integer:
		if x.b == nil && x.v != math.MinInt64 {
			return NewInt(-x.v)
		}
		return NewBigInt(new(big.Int).Neg(x.Big()))
	case *Rational:
		return ratFrom(new(big.Rat).Neg(x.r))
	case *Float:
		return floatFrom(x.v.Neg())
	case *Special:
		switch x {
		case Oo:
			return NegOo
		case NegOo:
			return Oo
		}
		return x
	}
	panic("numNeg: not a number")
}

// numInv returns 1/a.
func numInv(a Expr) Expr {
	switch x := a.(type) {
	case *Integer:
		if x.Sign() == 0 {
			return Zoo
		}
		return ratFrom(new(big.Rat).SetFrac(big.NewInt(1), x.Big()))
	case *Rational:
		return ratFrom(new(big.Rat).Inv(x.r))
	case *Float:
		if x.v.IsZero() {
			return Zoo
		}
		return floatResult(mpf.PowInt(x.v, -1, x.v.Prec()))
	case *Special:
		switch x {
		case Oo, NegOo:
			return Zero
		case Zoo:
			return Zero
		}
		return NaN
	}
	panic("numInv: not a number")
}

// NumberCmp compares two numbers (Integer, Rational, Float, oo) exactly,
// as SymPy's Number comparisons do: a Float counts as the binary value it
// holds. ok is false when they are not comparable (nan, zoo, or not both
// numbers).
func NumberCmp(a, b Expr) (int, bool) {
	if !IsNumber(a) || !IsNumber(b) {
		return 0, false
	}
	return numCmp(a, b)
}

// numCmp compares two real numbers; ok is false when they are not
// comparable (nan, zoo).
func numCmp(a, b Expr) (int, bool) {
	sa, aok := a.(*Special)
	sb, bok := b.(*Special)
	if aok || bok {
		rank := func(s *Special, e Expr, isS bool) (int, bool) {
			if !isS {
				return 0, true
			}
			switch s {
			case Oo:
				return 1, true
			case NegOo:
				return -1, true
			}
			return 0, false
		}
		ra, ok1 := rank(sa, a, aok)
		rb, ok2 := rank(sb, b, bok)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch {
		case ra < rb:
			return -1, true
		case ra > rb:
			return 1, true
		}
		return 0, true
	}
	if floatPrecOf(a, b) > 0 {
		return floatCmp(a, b), true
	}
	if x, ok := a.(*Integer); ok && x.b == nil {
		if y, ok := b.(*Integer); ok && y.b == nil {
			switch {
			case x.v < y.v:
				return -1, true
			case x.v > y.v:
				return 1, true
			}
			return 0, true
		}
	}
	if an, ad, ok := smallFrac(a); ok {
		if bn, bd, ok := smallFrac(b); ok {
			return cmp.Compare(an*bd, bn*ad), true
		}
	}
	return toRat(a).Cmp(toRat(b)), true
}

// smallFrac is a rational number's numerator and positive denominator
// when both are below 2**31 in size, so that cross products fit in an
// int64 (comparing without big.Rat's allocations, as sorting a product's
// factors by their coefficients does).
func smallFrac(e Expr) (int64, int64, bool) {
	const lim = 1 << 31
	switch x := e.(type) {
	case *Integer:
		if x.b == nil && x.v < lim && x.v > -lim {
			return x.v, 1, true
		}
	case *Rational:
		n, d := x.r.Num(), x.r.Denom()
		if n.IsInt64() && d.IsInt64() {
			if nv, dv := n.Int64(), d.Int64(); nv < lim && nv > -lim && dv < lim {
				return nv, dv, true
			}
		}
	}
	return 0, 0, false
}

// floatCmp compares two finite real numbers at least one of which is a
// Float, exactly.
func floatCmp(a, b Expr) int {
	fa, aok := a.(*Float)
	fb, bok := b.(*Float)
	if aok && bok {
		return mpf.Cmp(fa.v, fb.v)
	}
	if aok {
		return floatRatCmp(fa.v, toRat(b))
	}
	if bok {
		return -floatRatCmp(fb.v, toRat(a))
	}
	return toRat(a).Cmp(toRat(b))
}

// floatRatCmp compares a finite Float with a rational exactly, without
// building the Float's rational value when their sizes alone decide
// (a Float's exponent can be far beyond what a big.Rat can hold).
func floatRatCmp(f mpf.Float, r *big.Rat) int {
	if fs, rs := f.Sign(), r.Sign(); fs != rs || fs == 0 {
		return cmp.Compare(fs, rs)
	}
	fm := mag(f)
	rm := r.Num().BitLen() - r.Denom().BitLen() // |r| is in [2^(rm-1), 2^(rm+1))
	if fm > rm+2 || fm < rm-2 {
		if fm > rm+2 == (f.Sign() > 0) {
			return 1
		}
		return -1
	}
	return f.ToRat().Cmp(r)
}
