package engine

import (
	"github.com/dcalc/dcalc/engine/mpf"
)

// The error functions.
var (
	fnErf  = builtin("erf", 0, 1)
	fnErfc = builtin("erfc", 0, 1)
	fnErfi = builtin("erfi", 0, 1)
)

func init() {
	// 2*exp(∓x**2)/sqrt(pi)
	gauss := func(sign Expr) func(x Expr) Expr {
		return func(x Expr) Expr { return Div(NewMul(Two, fnExp.call(NewMul(sign, NewPow(x, Two)))), Sqrt(Pi)) }
	}
	// erf, erfc and erfi of real arguments
	realOnly := func(name string, f func(mpf.Float, int) mpf.Float) evalfHook {
		return unary(func(ev *evaluator, a cval) (cval, error) {
			if !a.isReal() {
				return cval{}, notImpl("dcalc evaluates " + name + " of real numbers only")
			}
			return ev.real(f(a.re, ev.wp)), nil
		})
	}
	fnErf.hooks = hooks{
		eval:  eval1(evalErf),
		fdiff: fdiff1(gauss(NegOne)),
		evalf: realOnly("erf", mpf.Erf),
		real:  realWithArg,
		lacks: also(lack(lackErfC, "evalc"), lackSeries, "series"),
	}
	fnErfc.hooks = hooks{
		eval:  eval1(evalErfc),
		fdiff: fdiff1(func(x Expr) Expr { return Neg(gauss(NegOne)(x)) }),
		evalf: realOnly("erfc", mpf.Erfc),
		real:  realWithArg,
		lacks: also(lack(lackErfC, "evalc"), lackSeries, "series"),
	}
	fnErfi.hooks = hooks{
		eval:  eval1(evalErfi),
		fdiff: fdiff1(gauss(One)),
		evalf: realOnly("erfi", mpf.Erfi),
		real:  realWithArg,
		lacks: also(lack(lackErfC, "evalc"), lackSeries, "series"),
	}
}

// errorFunction is the eval of erf, erfc or erfi: the values at 0 and
// the infinities, a Float evaluated, and the rule for a negative
// argument (erf and erfi are odd, erfc(-x) = 2 - erfc(x)).
type errorFunction struct {
	d                   *FuncDef
	atZero, atOo, atNeg Expr
	value               func(mpf.Float, int) mpf.Float
	negative            func(d *FuncDef, minusArg Expr) Expr
}

func (f errorFunction) eval(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return f.atZero
	case arg == Oo:
		return f.atOo
	case arg == NegOo:
		return f.atNeg
	case arg == NaN:
		return NaN
	}
	if r := floatEval(arg, f.value); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return f.negative(f.d, Neg(arg))
	}
	return nil
}

func oddFunction(d *FuncDef, minusArg Expr) Expr { return Neg(d.call(minusArg)) }

var (
	evalErf  = errorFunction{fnErf, Zero, One, NegOne, mpf.Erf, oddFunction}.eval
	evalErfc = errorFunction{fnErfc, One, Zero, Two, mpf.Erfc,
		func(d *FuncDef, minusArg Expr) Expr { return Sub(Two, d.call(minusArg)) }}.eval
	evalErfi = errorFunction{fnErfi, Zero, Oo, NegOo, mpf.Erfi, oddFunction}.eval
)
