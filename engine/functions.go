package engine

import (
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The built-in functions live one family to a file (fntrig.go,
// fninvtrig.go, fnhyper.go, fnexplog.go, fncomplex.go, fnspecial.go,
// combinatorial.go): each declares its handles with builtin and gives
// them their hooks in one definition each. This file holds what the
// families share.

// eval1 is the eval hook of a one-argument function.
func eval1(f func(x Expr) Expr) func([]Expr) Expr {
	return func(a []Expr) Expr { return f(a[0]) }
}

// fdiff1 is the fdiff hook of a one-argument function: d(x) is f'(x).
func fdiff1(d func(x Expr) Expr) func([]Expr, int) Expr {
	return func(a []Expr, _ int) Expr { return d(a[0]) }
}

// evalc1 is the evalc hook of a one-argument function.
func evalc1(f func(z complex128) complex128) func([]complex128) (complex128, bool) {
	return func(z []complex128) (complex128, bool) {
		if len(z) != 1 {
			return 0, false
		}
		return f(z[0]), true
	}
}

// realWithArg is the real hook of functions real on the real line
// (sin, exp, atan ...): f(x) is real when x is.
func realWithArg(args []Expr) Tri { return IsReal(args[0]) }

// taylorSeries is the series hook of functions expanded by Taylor's
// formula about any point where they are analytic.
func taylorSeries(Expr) Expr { return nil }

// seriesHook returns the form whose series is taken for f(u) (cot(u) as
// cos(u)/sin(u)), or nil for Taylor's formula on f itself.
type seriesHook func(u Expr) Expr

// Sqrt returns x**(1/2), as SymPy's sqrt.
func Sqrt(x Expr) Expr { return NewPow(x, Half) }

// Root returns the principal n-th root x**(1/n), or with k the k-th
// root x**(1/n)*(-1)**(2*k/n), as SymPy's root.
func Root(x, n Expr, k ...Expr) Expr {
	r := NewPow(x, NewPow(n, NegOne))
	if len(k) > 0 && !isZeroInt(k[0]) {
		r = NewMul(r, NewPow(NegOne, Div(NewMul(Two, k[0]), n)))
	}
	return r
}

// CouldExtractMinusSign is SymPy's could_extract_minus_sign: true when e
// has a leading -1 factor, or (for sums) more negative than positive
// terms, ties broken by sort key.
func CouldExtractMinusSign(e Expr) bool {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special:
		s, ok := numSign(e)
		return ok && s < 0
	case *Mul:
		if s, ok := numSign(x.args[0]); ok && IsNumber(x.args[0]) {
			return s < 0 && x.args[0] != Zoo
		}
		return false
	case *Add:
		// cached: a sum's sign choice compares its sort key with its
		// negation's, built afresh, and sin(s), cos(s) ask it of the same
		// s at every evaluation
		return cachedFact(e, factMinusSign, addMinusSign) == True
	}
	return false
}

// addMinusSign is _could_extract_minus_sign of a sum: more terms with a
// minus sign than without, or as many and the sum's sort key before its
// negation's.
func addMinusSign(e Expr) Tri {
	x := e.(*Add)
	neg := 0
	for _, a := range x.args {
		if CouldExtractMinusSign(a) {
			neg++
		}
	}
	pos := len(x.args) - neg
	if pos != neg {
		return triOf(neg > pos)
	}
	return triOf(cmpSkey(sortKey(e), sortKey(Neg(e))) < 0)
}

// floatEval applies the mpf function f to a Float argument, returning
// nil for other arguments or results that are not finite reals.
func floatEval(x Expr, f func(mpf.Float, int) mpf.Float) Expr {
	fl, ok := x.(*Float)
	if !ok {
		return nil
	}
	prec := int(fl.Prec())
	v := f(fl.Mpf(), prec+4).WithPrec(prec) // as SymPy: evalf at prec+4, then round
	if !v.IsFinite() {
		return nil
	}
	return mpfToFloat(v, prec)
}

func mpfToFloat(v mpf.Float, prec int) *Float {
	return floatFrom(v.WithPrec(prec))
}

// floatEvalDomain is floatEval restricted to lo <= x <= hi (nil bounds
// are open).
func floatEvalDomain(x Expr, lo, hi *float64, f func(mpf.Float, int) mpf.Float) Expr {
	fl, ok := x.(*Float)
	if !ok {
		return nil
	}
	v := fl.Float64()
	if lo != nil && v < *lo || hi != nil && v > *hi {
		return nil
	}
	return floatEval(x, f)
}

func fptr(v float64) *float64 { return &v }

// imagCoeff returns c when arg is c*I with c free of I (SymPy's
// _imaginary_unit_as_coefficient), else nil.
func imagCoeff(arg Expr) Expr { return asCoefficientI(arg) }

// isComparable approximates SymPy's is_comparable: a real number
// expression without symbols.
func isComparable(e Expr) bool {
	switch x := e.(type) {
	case *Integer, *Rational, *Float:
		return true
	case *Constant:
		return x != I
	case *Pow, *Mul, *Add:
		for _, a := range e.Args() {
			if !isComparable(a) {
				return false
			}
		}
		if p, ok := e.(*Pow); ok {
			return IsPositive(p.Base()) == True
		}
		return true
	}
	return false
}

// RealRoot is real_root(arg, n): with n an integer, SymPy's Piecewise
// of root(arg, n) for n = 1 or -1, sign(arg)*root(Abs(arg), n) where arg
// is real and n odd, root(arg, n) otherwise, its conditions evaluated
// (real_root(-8, 3) is -2; for a symbol x, Piecewise((Abs(x)**(1/3)*
// sign(x), Eq(im(x), 0)), (x**(1/3), True))). Without n, each power
// of a negative base to 1/q, q odd, becomes -(-base)**(1/q)
// (real_root((-8)**(1/3)) is -2). ok is false for other n.
func RealRoot(arg, n Expr) (Expr, bool) {
	if n == nil {
		return bottomUp(arg, func(e Expr) Expr {
			p, ok := e.(*Pow)
			if !ok || IsNegative(p.Base()) != True {
				return e
			}
			if r, ok := p.Exp().(*Rational); ok && r.Num().Cmp(big.NewInt(1)) == 0 && r.Den().Bit(0) == 1 {
				return Neg(NewPow(Neg(p.Base()), r))
			}
			return e
		}), true
	}
	k, ok := n.(*Integer)
	if !ok || k.Sign() == 0 {
		return nil, false
	}
	if isInt(k, 1) || isInt(k, -1) || k.Big().Bit(0) == 0 {
		return Root(arg, n), true
	}
	realArg := NewRel("==", fnIm.call(arg), Zero)
	signed := NewMul(fnSign.call(arg), Root(fnAbs.call(arg), n))
	switch realArg {
	case STrue:
		return signed, true
	case SFalse:
		return Root(arg, n), true
	}
	return MustApply(fnPiecewise, signed, realArg, Root(arg, n), STrue), true
}
