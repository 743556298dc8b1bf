package engine

import (
	"math"
	"math/cmplx"

	"github.com/dcalc/dcalc/engine/mpf"
)

// atan2(y, x), the angle of the point (x, y), and sinc(x) = sin(x)/x, as
// SymPy's sympy.functions.elementary.trigonometric defines them.
var (
	fnAtan2 = builtin("atan2", 0, 2)
	fnSinc  = builtin("sinc", 0, 1)
)

func init() {
	fnAtan2.hooks = hooks{
		eval: evalAtan2,
		fdiff: func(a []Expr, i int) Expr {
			y, x := a[0], a[1]
			d := NewAdd(NewPow(x, Two), NewPow(y, Two))
			if i == 0 {
				return Div(x, d)
			}
			return Neg(Div(y, d))
		},
		evalf: func(ev *evaluator, a []cval) (cval, error) {
			if len(a) != 2 || !a[0].isReal() || !a[1].isReal() {
				return cval{}, errNotNumeric
			}
			return ev.real(mpf.Atan2(a[0].re, a[1].re, ev.wp)), nil
		},
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 2 || imag(z[0]) != 0 || imag(z[1]) != 0 {
				return 0, false
			}
			return complex(math.Atan2(real(z[0]), real(z[1])), 0), true
		},
		real: func(a []Expr) Tri {
			if IsReal(a[0]) == True && IsReal(a[1]) == True {
				return True
			}
			return Unknown
		},
		lacks: lack(lackSeries, "series"),
	}
	fnSinc.hooks = hooks{
		eval: eval1(evalSinc),
		fdiff: fdiff1(func(x Expr) Expr {
			// SymPy's sinc.fdiff: cos(x)/x - sin(x)/x**2
			return Sub(Div(fnCos.call(x), x), Div(fnSin.call(x), NewPow(x, Two)))
		}),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) {
			if a.re.IsZero() && a.im.IsZero() {
				return ev.one(), nil
			}
			return ev.quo(sinOf(ev, a), a)
		}),
		evalc: evalc1(func(z complex128) complex128 {
			if z == 0 {
				return 1
			}
			return cmplx.Sin(z) / z
		}),
		real:  realWithArg,
		lacks: lack(lackSeries, "series"),
	}
	fnAtan2.pretty = func(p *prettyPrinter, f *Func) *pict {
		// PrettyPrinter._print_atan2: not a function form, and no subscript
		return hnext(str("atan2"), p.seq(f.args, "", "", ", ").parens("(", ")", p.uni, false))
	}
}

// evalAtan2 is atan2.eval: atan(y/x) moved to the quadrant of (x, y)
// when the signs are known, pi/2 or -pi/2 on the y axis, the limits at
// x = ±oo, pi*(1 - Heaviside(x)) on the x axis.
func evalAtan2(a []Expr) Expr {
	y, x := a[0], a[1]
	switch x {
	case NegOo:
		if IsZero(y) == True {
			return Pi
		}
		return Sub(NewMul(Two, Pi, fnHeaviside.call(reOf(y))), Pi)
	case Oo:
		return Zero
	}
	if IsReal(x) == True && IsReal(y) == True {
		switch {
		case IsPositive(x) == True:
			return fnAtan.call(Div(y, x))
		case IsNegative(x) == True:
			switch {
			case IsNegative(y) == True:
				return Sub(fnAtan.call(Div(y, x)), Pi)
			case IsNegative(y) == False:
				return NewAdd(fnAtan.call(Div(y, x)), Pi)
			}
		case IsZero(x) == True:
			switch {
			case IsPositive(y) == True:
				return NewMul(Half, Pi)
			case IsNegative(y) == True:
				return Neg(NewMul(Half, Pi))
			case IsZero(y) == True:
				return NaN
			}
		}
	}
	if IsZero(y) == True {
		if IsReal(x) == True && IsZero(x) == False {
			return NewMul(Pi, Sub(One, fnHeaviside.call(x)))
		}
	}
	if IsNumber(x) && IsNumber(y) {
		// SymPy writes these with Piecewise or -I*log(...)
		panic(notImpl("atan2 of complex numbers"))
	}
	return nil
}

// evalSinc is sinc.eval: 1 at 0, 0 at ±oo and at nonzero multiples of
// pi, (-1)**(c - 1/2)/arg at odd multiples c of pi/2, and even.
func evalSinc(x Expr) Expr {
	switch {
	case IsZero(x) == True:
		return One
	case x == Oo || x == NegOo:
		return Zero
	case x == Zoo:
		return NaN
	case CouldExtractMinusSign(x):
		return fnSinc.call(Neg(x))
	}
	c := piCoeff(x)
	if c == nil {
		return nil
	}
	if IsInteger(c) {
		return Zero // c is not 0: x is not zero
	}
	if IsInteger(NewMul(Two, c)) {
		return Div(NewPow(NegOne, Sub(c, Half)), x)
	}
	return nil
}
