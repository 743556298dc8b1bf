package engine

import (
	"math/big"
	"math/cmplx"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The hyperbolic functions and their inverses (SymPy's
// sympy.functions.elementary.hyperbolic).
var (
	fnSinh  = builtin("sinh", 30, 1)
	fnCosh  = builtin("cosh", 31, 1)
	fnTanh  = builtin("tanh", 32, 1)
	fnCoth  = builtin("coth", 33, 1)
	fnSech  = builtin("sech", 0, 1)
	fnCsch  = builtin("csch", 0, 1)
	fnAsinh = builtin("asinh", 0, 1)
	fnAcosh = builtin("acosh", 0, 1)
	fnAtanh = builtin("atanh", 0, 1)
	fnAcoth = builtin("acoth", 0, 1)
)

func init() {
	fnSinh.hooks = hooks{
		eval:        eval1(evalSinh),
		imagArg:     func(c Expr) Expr { return NewMul(I, fnSin.call(c)) },
		fdiff:       fdiff1(func(x Expr) Expr { return fnCosh.call(x) }),
		evalf:       total(sinhOf),
		evalc:       evalc1(cmplx.Sinh),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnCosh.hooks = hooks{
		eval:        eval1(evalCosh),
		imagArg:     func(c Expr) Expr { return fnCos.call(c) },
		fdiff:       fdiff1(func(x Expr) Expr { return fnSinh.call(x) }),
		evalf:       total(coshOf),
		evalc:       evalc1(cmplx.Cosh),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnTanh.hooks = hooks{
		eval:    eval1(evalTanh),
		imagArg: func(c Expr) Expr { return NewMul(I, fnTan.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewAdd(One, Neg(NewPow(fnTanh.call(x), Two))) }),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) {
			if a.isReal() {
				return ev.real(mpf.Tanh(a.re, ev.wp)), nil
			}
			return ev.quo(sinhOf(ev, a), coshOf(ev, a))
		}),
		evalc:       evalc1(cmplx.Tanh),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnCoth.hooks = hooks{
		eval:        eval1(evalCoth),
		imagArg:     func(c Expr) Expr { return NewMul(NegOne, I, fnCot.call(c)) },
		fdiff:       fdiff1(func(x Expr) Expr { return Neg(NewPow(fnSinh.call(x), NewInt(-2))) }),
		evalf:       quotient(coshOf, sinhOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Tanh(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      func(u Expr) Expr { return Div(fnCosh.call(u), fnSinh.call(u)) },
	}
	fnSech.hooks = hooks{
		eval:        eval1(evalSech),
		fdiff:       fdiff1(func(x Expr) Expr { return NewMul(NegOne, fnTanh.call(x), fnSech.call(x)) }),
		evalf:       inverseOf(coshOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Cosh(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      func(u Expr) Expr { return NewPow(fnCosh.call(u), NegOne) },
	}
	fnCsch.hooks = hooks{
		eval:        eval1(evalCsch),
		fdiff:       fdiff1(func(x Expr) Expr { return NewMul(NegOne, fnCoth.call(x), fnCsch.call(x)) }),
		evalf:       inverseOf(sinhOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Sinh(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      func(u Expr) Expr { return NewPow(fnSinh.call(u), NegOne) },
	}
	fnAsinh.hooks = hooks{
		eval:    eval1(evalAsinh),
		imagArg: func(c Expr) Expr { return NewMul(I, fnAsin.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewPow(NewAdd(NewPow(x, Two), One), NegHalf) }),
		evalf:   unary((*evaluator).asinh),
		evalc:   evalc1(cmplx.Asinh),
		real:    realWithArg,
		series:  taylorSeries,
	}
	fnAcosh.hooks = hooks{
		eval: eval1(evalAcosh),
		fdiff: fdiff1(func(x Expr) Expr {
			return NewPow(NewMul(NewPow(NewAdd(x, NegOne), Half), NewPow(NewAdd(x, One), Half)), NegOne)
		}),
		evalf:  unary((*evaluator).acosh),
		evalc:  evalc1(cmplx.Acosh),
		series: taylorSeries,
		real:   comparableReal(func(x Expr) Tri { return cmpTri(x, One, false) }),
	}
	fnAtanh.hooks = hooks{
		eval:    eval1(evalAtanh),
		imagArg: func(c Expr) Expr { return NewMul(I, fnAtan.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewPow(oneMinusSq(x), NegOne) }),
		evalf:   unary((*evaluator).atanh),
		evalc:   evalc1(cmplx.Atanh),
		series:  taylorSeries,
		real: comparableReal(func(x Expr) Tri {
			return andTri(cmpTri(x, NegOne, true), cmpTri(One, x, true))
		}),
	}
	fnAcoth.hooks = hooks{
		eval:    eval1(evalAcoth),
		imagArg: func(c Expr) Expr { return NewMul(NegOne, I, fnAcot.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewPow(oneMinusSq(x), NegOne) }),
		evalf:   recipArg((*evaluator).atanh),
		evalc:   evalc1(func(z complex128) complex128 { return cmplx.Atanh(1 / z) }),
		lacks:   also(lack(lackReal, "real"), lackSeries, "series"),
	}
}
func hyperSpecial(arg Expr, atOo, atNegOo Expr) (Expr, bool) {
	switch arg {
	case NaN, Zoo:
		return NaN, true
	case Oo:
		return atOo, true
	case NegOo:
		return atNegOo, true
	}
	return nil, false
}

// peelOffIPi is _peeloff_ipi for a sum arg: the first term that is a
// rational multiple K*I*pi gives m = (K - K mod 1/2)*I*pi, the largest
// multiple of I*pi/2 in it, and x = arg - m (sinh(x + I*pi) is
// -sinh(x)); ok is false when there is none or m is 0.
func peelOffIPi(arg Expr) (x, m Expr, ok bool) {
	s, isAdd := arg.(*Add)
	if !isAdd {
		return nil, nil, false
	}
	ipi := NewMul(I, Pi)
	for _, a := range s.args {
		k, rest := asCoeffMulRational(a)
		if !Equal(rest, ipi) {
			continue
		}
		r := toRat(k)
		twice := new(big.Rat).Mul(r, big.NewRat(2, 1))
		fl := new(big.Int).Div(twice.Num(), twice.Denom()) // floor(2K)
		if fl.Sign() == 0 {
			return nil, nil, false
		}
		m = NewMul(ratFrom(new(big.Rat).SetFrac(fl, big.NewInt(2))), ipi)
		return Sub(arg, m), m, true
	}
	return nil, nil, false
}

func evalSinh(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	if r, ok := hyperSpecial(arg, Oo, NegOo); ok {
		return r
	}
	if r := floatEval(arg, mpf.Sinh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnSinh.call(Neg(arg)))
	}
	if x, m, ok := peelOffIPi(arg); ok {
		return NewAdd(NewMul(fnSinh.call(m), fnCosh.call(x)), NewMul(fnCosh.call(m), fnSinh.call(x)))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def {
		case fnAsinh:
			return x
		case fnAcosh:
			return NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One)))
		case fnAtanh:
			return Div(x, Sqrt(oneMinusSq(x)))
		case fnAcoth:
			return Div(One, NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))))
		}
	}
	return nil
}

func evalCosh(arg Expr) Expr {
	if isZeroInt(arg) {
		return One
	}
	if r, ok := hyperSpecial(arg, Oo, Oo); ok {
		return r
	}
	if r := floatEval(arg, mpf.Cosh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return fnCosh.call(Neg(arg))
	}
	if x, m, ok := peelOffIPi(arg); ok {
		return NewAdd(NewMul(fnCosh.call(m), fnCosh.call(x)), NewMul(fnSinh.call(m), fnSinh.call(x)))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def {
		case fnAsinh:
			return Sqrt(NewAdd(One, NewPow(x, Two)))
		case fnAcosh:
			return x
		case fnAtanh:
			return Div(One, Sqrt(oneMinusSq(x)))
		case fnAcoth:
			return Div(x, NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))))
		}
	}
	return nil
}

func evalTanh(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	if r, ok := hyperSpecial(arg, One, NegOne); ok {
		return r
	}
	if r := floatEval(arg, mpf.Tanh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnTanh.call(Neg(arg)))
	}
	if x, m, ok := peelOffIPi(arg); ok {
		if fnTanh.call(m) == Zoo {
			return fnCoth.call(x)
		}
		return fnTanh.call(x)
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def {
		case fnAsinh:
			return Div(x, Sqrt(NewAdd(One, NewPow(x, Two))))
		case fnAcosh:
			return Div(NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))), x)
		case fnAtanh:
			return x
		case fnAcoth:
			return NewPow(x, NegOne)
		}
	}
	return nil
}

func evalCoth(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zoo
	}
	if r, ok := hyperSpecial(arg, One, NegOne); ok {
		return r
	}
	if r := floatEval(arg, func(x mpf.Float, p int) mpf.Float {
		return mpf.Quo(mpf.FromInt64(1, p+20), mpf.Tanh(x, p+20), p)
	}); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnCoth.call(Neg(arg)))
	}
	if x, m, ok := peelOffIPi(arg); ok {
		if fnCoth.call(m) == Zoo {
			return fnCoth.call(x)
		}
		return fnTanh.call(x)
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def {
		case fnAsinh:
			return Div(Sqrt(NewAdd(One, NewPow(x, Two))), x)
		case fnAcosh:
			return Div(x, NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))))
		case fnAtanh:
			return NewPow(x, NegOne)
		case fnAcoth:
			return x
		}
	}
	return nil
}

func evalAsinh(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	if r, ok := hyperSpecial(arg, Oo, NegOo); ok {
		return r
	}
	if isInt(arg, 1) {
		return fnLog.call(NewAdd(One, Sqrt(Two)))
	}
	if isInt(arg, -1) {
		return fnLog.call(NewAdd(NegOne, Sqrt(Two)))
	}
	if r := floatEval(arg, mpf.Asinh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAsinh.call(Neg(arg)))
	}
	return invHypOfHyp(arg, fnSinh, false)
}

func evalAcosh(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return NewMul(Half, I, Pi)
	case isInt(arg, 1):
		return Zero
	case isInt(arg, -1):
		return NewMul(I, Pi)
	}
	if r, ok := hyperSpecial(arg, Oo, Oo); ok {
		return r
	}
	if r := floatEvalDomain(arg, fptr(1), nil, mpf.Acosh); r != nil {
		return r
	}
	if v := tableLookup(arg, invTablesOnce().acosh); v != nil {
		return v
	}
	return invHypOfHyp(arg, fnCosh, true)
}

func evalAtanh(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return Zero
	case isInt(arg, 1):
		return Oo
	case isInt(arg, -1):
		return NegOo
	}
	if arg == NaN {
		return NaN
	}
	if r := floatEvalDomain(arg, fptr(-1), fptr(1), mpf.Atanh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAtanh.call(Neg(arg)))
	}
	return invHypOfHyp(arg, fnTanh, false)
}

func evalAcoth(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return NewMul(Half, I, Pi)
	case isInt(arg, 1):
		return Oo
	case isInt(arg, -1):
		return NegOo
	case arg == Oo || arg == NegOo:
		return Zero
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAcoth.call(Neg(arg)))
	}
	return nil
}

func evalSech(arg Expr) Expr { return reciprocal(fnSech, fnCosh, nil, false, arg) }
func evalCsch(arg Expr) Expr { return reciprocal(fnCsch, fnSinh, nil, true, arg) }
