package session

import (
	"cmp"
	"math"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/engine"
)

// The fractions module: Fraction is an exact rational with Python's
// rules for mixing it with ints (exact), floats and complex numbers
// (inexact), and with SymPy (a Rational).

// pyFraction is a fractions.Fraction, always in lowest terms.
type pyFraction struct{ r *big.Rat }

// fractionModule is the fractions module.
func fractionModule(in *interp) *Module {
	cls := &Class{Name: "Fraction", Module: "fractions",
		Is:   func(v Value) bool { _, ok := v.(*pyFraction); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value { return in.newFraction(args, kw) }}
	return &Module{Name: "fractions", Attrs: map[string]Value{"Fraction": cls}}
}

// fractionText is what Fraction("…") accepts: an integer, n/d, or a
// decimal with an optional exponent.
var fractionText = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*([-+]?)(?:(\d+(?:_\d+)*)(?:/(\d+(?:_\d+)*))?|(\d*(?:_\d+)*)\.?(\d*(?:_\d+)*)(?:[eE]([-+]?\d+(?:_\d+)*))?)\s*$`)
})

// newFraction is Fraction(numerator=0, denominator=None).
func (in *interp) newFraction(args []Value, kw []kwArg) Value {
	args = cPositional("Fraction", args, kw, 0, none, "numerator", "denominator")
	nargs("Fraction", args, 0, 2)
	if len(args) == 0 {
		return &pyFraction{r: new(big.Rat)}
	}
	if len(args) == 2 && args[1] != none {
		n, d := in.fractionOf(args[0], true), in.fractionOf(args[1], true)
		if d.Sign() == 0 {
			throw("ZeroDivisionError", "Fraction(%s, 0)", n.Num())
		}
		return &pyFraction{r: new(big.Rat).Quo(n, d)}
	}
	return &pyFraction{r: in.fractionOf(args[0], false)}
}

// fractionOf converts a Fraction's argument; rationalOnly refuses what
// only a single argument may be (floats and strings).
func (in *interp) fractionOf(v Value, rationalOnly bool) *big.Rat {
	switch x := v.(type) {
	case *pyFraction:
		return new(big.Rat).Set(x.r)
	case *big.Int:
		return new(big.Rat).SetInt(x)
	case bool:
		return new(big.Rat).SetInt(boolInt(x))
	case *engine.Integer:
		return new(big.Rat).SetInt(x.Big())
	case *engine.Rational:
		return new(big.Rat).SetFrac(x.Num(), x.Den())
	}
	if rationalOnly {
		throw("TypeError", "both arguments should be Rational instances")
	}
	switch x := v.(type) {
	case float64:
		if math.IsInf(x, 0) {
			throw("OverflowError", "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			throw("ValueError", "cannot convert NaN to integer ratio")
		}
		return new(big.Rat).SetFloat64(x)
	case string:
		m := fractionText().FindStringSubmatch(x)
		if m == nil || (m[2] == "" && m[4] == "" && m[5] == "") {
			throw("ValueError", "Invalid literal for Fraction: %s", strRepr(x))
		}
		clean := func(s string) string { return strings.ReplaceAll(s, "_", "") }
		r := new(big.Rat)
		if m[2] != "" {
			n, _ := new(big.Int).SetString(clean(m[2]), 10)
			r.SetInt(n)
			if m[3] != "" {
				d, _ := new(big.Int).SetString(clean(m[3]), 10)
				if d.Sign() == 0 {
					throw("ZeroDivisionError", "Fraction(%s, 0)", n)
				}
				r.SetFrac(n, d)
			}
		} else {
			digits := clean(m[4]) + clean(m[5])
			n, _ := new(big.Int).SetString("0"+digits, 10)
			exp := -len(clean(m[5]))
			if m[6] != "" {
				e, _ := new(big.Int).SetString(clean(m[6]), 10)
				exp += int(e.Int64())
			}
			p := new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt(int64(exp))), nil)
			if exp >= 0 {
				r.SetInt(n.Mul(n, p))
			} else {
				r.SetFrac(n, p)
			}
		}
		if m[1] == "-" {
			r.Neg(r)
		}
		return r
	}
	throw("TypeError", "argument should be a string or a Rational instance")
	return nil
}

// fracRat is v as an exact rational when it is an int, bool or Fraction.
func fracRat(v Value) (*big.Rat, bool) {
	switch x := v.(type) {
	case *pyFraction:
		return x.r, true
	case *big.Int:
		return new(big.Rat).SetInt(x), true
	case bool:
		return new(big.Rat).SetInt(boolInt(x)), true
	}
	return nil, false
}

// fractionBinop is a op b when one side is a Fraction and the other a
// Python number; ok is false otherwise.
func (in *interp) fractionBinop(op string, a, b Value) (Value, bool) {
	_, af := a.(*pyFraction)
	_, bf := b.(*pyFraction)
	if !af && !bf {
		return nil, false
	}
	x, xok := fracRat(a)
	y, yok := fracRat(b)
	if !xok || !yok {
		// with a float or complex the fraction becomes a float
		conv := func(v Value) (Value, bool) {
			if f, ok := v.(*pyFraction); ok {
				r, _ := f.r.Float64()
				return r, true
			}
			return v, isPyNumber(v)
		}
		fa, ok1 := conv(a)
		fb, ok2 := conv(b)
		if !ok1 || !ok2 {
			return nil, false
		}
		return numBinop(op, fa, fb), true
	}
	frac := func(r *big.Rat) Value { return &pyFraction{r: r} }
	zero := func() {
		if y.Sign() == 0 {
			throw("ZeroDivisionError", "Fraction(%s, 0)", x.Num())
		}
	}
	switch op {
	case "+":
		return frac(new(big.Rat).Add(x, y)), true
	case "-":
		return frac(new(big.Rat).Sub(x, y)), true
	case "*":
		return frac(new(big.Rat).Mul(x, y)), true
	case "/":
		zero()
		return frac(new(big.Rat).Quo(x, y)), true
	case "//", "%":
		zero()
		q := new(big.Rat).Quo(x, y)
		fl := floorRat(q)
		if op == "//" {
			return fl, true
		}
		return frac(new(big.Rat).Sub(x, new(big.Rat).Mul(y, new(big.Rat).SetInt(fl)))), true
	case "**":
		if y.IsInt() {
			e := y.Num()
			if !e.IsInt64() || e.Int64() > 1<<20 || e.Int64() < -1<<20 {
				throw("OverflowError", "exponent too large")
			}
			n := e.Int64()
			base := x
			if n < 0 {
				if x.Sign() == 0 {
					throw("ZeroDivisionError", "Fraction(1, 0)")
				}
				base, n = new(big.Rat).Inv(x), -n
			}
			if !af && e.Sign() >= 0 {
				return numBinop("**", a, e), true // int ** Fraction(n) is an int
			}
			num := new(big.Int).Exp(base.Num(), big.NewInt(n), nil)
			den := new(big.Int).Exp(base.Denom(), big.NewInt(n), nil)
			return frac(new(big.Rat).SetFrac(num, den)), true
		}
		fx, _ := x.Float64()
		fy, _ := y.Float64()
		return numBinop("**", fx, fy), true
	}
	return nil, false
}

// floorRat is the floor of q as an int (Euclidean division by the
// positive denominator floors).
func floorRat(q *big.Rat) *big.Int { return new(big.Int).Div(q.Num(), q.Denom()) }

// fractionOrder compares a and b when one is a Fraction and the other a
// real Python number.
func fractionOrder(a, b Value) (int, bool) {
	_, af := a.(*pyFraction)
	_, bf := b.(*pyFraction)
	if !af && !bf {
		return 0, false
	}
	toRat := func(v Value) (*big.Rat, int, bool) {
		if r, ok := fracRat(v); ok {
			return r, 0, true
		}
		if f, ok := v.(float64); ok {
			switch {
			case math.IsNaN(f):
				return nil, 2, true
			case math.IsInf(f, 0):
				return nil, int(math.Copysign(1, f)), true
			}
			return new(big.Rat).SetFloat64(f), 0, true
		}
		return nil, 0, false
	}
	x, xi, ok1 := toRat(a)
	y, yi, ok2 := toRat(b)
	if !ok1 || !ok2 {
		return 0, false
	}
	switch {
	case xi == 2 || yi == 2:
		return 2, true
	case xi != 0 || yi != 0:
		return cmp.Compare(xi, yi), true
	}
	return x.Cmp(y), true
}

// equal implements pyEqualer.
func (f *pyFraction) equal(other Value) bool {
	c, ok := fractionOrder(f, other)
	if !ok {
		if e, isExpr := other.(engine.Expr); isExpr {
			return exprEqual(fractionExpr(f), e)
		}
		if z, isComplex := other.(complex128); isComplex && imag(z) == 0 {
			return f.equal(real(z))
		}
		return false
	}
	return c == 0
}

// hash implements pyHashable: equal numbers hash alike.
func (f *pyFraction) hash() uint64 {
	if f.r.IsInt() {
		return hashValue(f.r.Num())
	}
	if v, exact := f.r.Float64(); exact {
		return hashValue(v)
	}
	h, _ := fractionHash(f.r)
	return uint64(h)
}

// cpythonHash implements pyHashable.
func (f *pyFraction) cpythonHash() (int64, bool) {
	if f.r.IsInt() {
		return pyHash(f.r.Num())
	}
	return fractionHash(f.r)
}

// fractionHash is CPython's hash of a rational.
func fractionHash(r *big.Rat) (int64, bool) {
	p := big.NewInt(1<<61 - 1)
	inv := new(big.Int).ModInverse(r.Denom(), p)
	var h *big.Int
	if inv == nil {
		h = big.NewInt(314159) // _PyHASH_INF: the denominator is a multiple of the modulus
	} else {
		h = new(big.Int).Mul(new(big.Int).Abs(r.Num()), inv)
		h.Mod(h, p)
	}
	v := h.Int64()
	if r.Sign() < 0 {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v, true
}

// fractionExpr is f as a SymPy Rational.
func fractionExpr(f *pyFraction) engine.Expr { return engine.NewRational(f.r.Num(), f.r.Denom()) }

// fractionStr is str(f): "n/d", or "n" for an integer.
func fractionStr(f *pyFraction) string {
	if f.r.IsInt() {
		return f.r.Num().String()
	}
	return f.r.Num().String() + "/" + f.r.Denom().String()
}

// fractionAttr is an attribute of a Fraction.
func (in *interp) fractionAttr(f *pyFraction, name string) (Value, bool) {
	method := func(fn func(in *interp, args []Value) Value) Value {
		return &BoundMethod{Recv: f, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			return fn(in, args)
		}}
	}
	switch name {
	case "numerator":
		return new(big.Int).Set(f.r.Num()), true
	case "denominator":
		return new(big.Int).Set(f.r.Denom()), true
	case "as_integer_ratio":
		return method(func(in *interp, args []Value) Value {
			nargs(name, args, 0, 0)
			return &Tuple{Items: []Value{new(big.Int).Set(f.r.Num()), new(big.Int).Set(f.r.Denom())}}
		}), true
	case "is_integer":
		return method(func(in *interp, args []Value) Value { return f.r.IsInt() }), true
	case "limit_denominator":
		return method(func(in *interp, args []Value) Value {
			nargs(name, args, 0, 1)
			maxD := big.NewInt(1000000)
			if len(args) == 1 {
				maxD = in.toInt(args[0])
			}
			if maxD.Sign() < 1 {
				throw("ValueError", "max_denominator should be at least 1")
			}
			return &pyFraction{r: engine.LimitDenominator(f.r, maxD)}
		}), true
	}
	return nil, false
}

// pyStr implements pyStringer.
func (f *pyFraction) pyStr() string { return fractionStr(f) }

// pyRepr implements pyStringer.
func (f *pyFraction) pyRepr() string {
	return "Fraction(" + f.r.Num().String() + ", " + f.r.Denom().String() + ")"
}

// truth implements pyTruthy.
func (f *pyFraction) truth() bool { return f.r.Sign() != 0 }

// roundHalfEven is round(q): the nearest int, ties to even.
func roundHalfEven(q *big.Rat) *big.Int {
	fl := floorRat(q)
	rem := new(big.Rat).Sub(q, new(big.Rat).SetInt(fl))
	switch rem.Cmp(big.NewRat(1, 2)) {
	case 1:
		fl.Add(fl, big.NewInt(1))
	case 0:
		if fl.Bit(0) == 1 {
			fl.Add(fl, big.NewInt(1))
		}
	}
	return fl
}

// roundFraction is round(f, n): a Fraction rounded to n decimal places.
func roundFraction(q *big.Rat, n *big.Int) Value {
	p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(n), nil)
	scale := new(big.Rat).SetInt(p)
	if n.Sign() >= 0 {
		r := roundHalfEven(new(big.Rat).Mul(q, scale))
		return &pyFraction{r: new(big.Rat).SetFrac(r, p)}
	}
	r := roundHalfEven(new(big.Rat).Quo(q, scale))
	return &pyFraction{r: new(big.Rat).SetInt(r.Mul(r, p))}
}
