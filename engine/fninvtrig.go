package engine

import (
	"math/big"
	"math/cmplx"
	"sync"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The inverse trigonometric functions.
var (
	fnAsin = builtin("asin", 0, 1)
	fnAcos = builtin("acos", 0, 1)
	fnAtan = builtin("atan", 0, 1)
	fnAcot = builtin("acot", 0, 1)
	fnAsec = builtin("asec", 0, 1)
	fnAcsc = builtin("acsc", 0, 1)
)

func init() {
	fnAsin.hooks = hooks{
		eval:    eval1(evalAsin),
		imagArg: func(c Expr) Expr { return NewMul(I, fnAsinh.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewPow(oneMinusSq(x), NegHalf) }),
		evalf:   unary((*evaluator).asin),
		evalc:   evalc1(cmplx.Asin),
		series:  taylorSeries,
		real:    realInUnit,
	}
	fnAcos.hooks = hooks{
		eval:    eval1(evalAcos),
		imagArg: func(c Expr) Expr { return Sub(NewMul(Half, Pi), fnAsin.call(NewMul(c, I))) },
		fdiff:   fdiff1(func(x Expr) Expr { return Neg(NewPow(oneMinusSq(x), NegHalf)) }),
		evalf:   unary((*evaluator).acos),
		evalc:   evalc1(cmplx.Acos),
		series:  taylorSeries,
		real:    realInUnit,
	}
	fnAtan.hooks = hooks{
		eval:    eval1(evalAtan),
		imagArg: func(c Expr) Expr { return NewMul(I, fnAtanh.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewPow(NewAdd(One, NewPow(x, Two)), NegOne) }),
		evalf:   unary((*evaluator).atan),
		evalc:   evalc1(cmplx.Atan),
		real:    realWithArg,
		series:  taylorSeries,
	}
	fnAcot.hooks = hooks{
		eval:    eval1(evalAcot),
		imagArg: func(c Expr) Expr { return NewMul(NegOne, I, fnAcoth.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return Neg(NewPow(NewAdd(One, NewPow(x, Two)), NegOne)) }),
		evalf:   recipArg((*evaluator).atan),
		evalc:   evalc1(func(z complex128) complex128 { return cmplx.Atan(1 / z) }),
		real:    realWithArg,
		lacks:   lack(lackSeries, "series"),
	}
	fnAsec.hooks = hooks{
		eval:  eval1(evalAsec),
		fdiff: fdiff1(asecDeriv),
		evalf: recipArg((*evaluator).acos),
		evalc: evalc1(func(z complex128) complex128 { return cmplx.Acos(1 / z) }),
		lacks: also(lack(lackReal, "real"), lackSeries, "series"),
	}
	fnAcsc.hooks = hooks{
		eval:  eval1(evalAcsc),
		fdiff: fdiff1(func(x Expr) Expr { return Neg(asecDeriv(x)) }),
		evalf: recipArg((*evaluator).asin),
		evalc: evalc1(func(z complex128) complex128 { return cmplx.Asin(1 / z) }),
		lacks: also(lack(lackReal, "real"), lackSeries, "series"),
	}
}

// realInUnit is asin's and acos's is_real: a real argument with
// |x| <= 1 (decided for comparable numbers).
var realInUnit = comparableReal(func(x Expr) Tri {
	return andTri(cmpTri(x, NegOne, false), cmpTri(One, x, false))
})

// comparableReal is an inverse function's is_real: a real argument
// where inRange holds, decided for comparable numbers only.
func comparableReal(inRange func(Expr) Tri) func(args []Expr) Tri {
	return func(args []Expr) Tri {
		x := args[0]
		if r := IsReal(x); r != True {
			return r
		}
		if !isComparable(x) {
			return Unknown
		}
		return inRange(x)
	}
}

func oneMinusSq(x Expr) Expr { return NewAdd(One, Neg(NewPow(x, Two))) }

func asecDeriv(x Expr) Expr {
	return NewPow(NewMul(NewPow(x, Two), NewPow(NewAdd(One, Neg(NewPow(x, NewInt(-2)))), Half)), NegOne)
}

// tableLookup matches arg against exact special values.
func tableLookup(arg Expr, tab [][2]Expr) Expr {
	for _, kv := range tab {
		if Equal(arg, kv[0]) {
			return kv[1]
		}
	}
	return nil
}

// invTables are the exact values of asin, atan and acosh that their
// evals look up (SymPy's tables), built on first use: making them at
// package init cost a millisecond and a half of every start-up.
type invTables struct {
	asin, atan, acosh [][2]Expr
}

var invTablesOnce = sync.OnceValue(func() *invTables {
	t := &invTables{}
	sqrt2, sqrt3 := Sqrt(Two), Sqrt(NewInt(3))
	piOver := func(n int64) Expr { return NewMul(NewRational(big.NewInt(1), big.NewInt(n)), Pi) }
	sqrt5, sqrt6 := Sqrt(NewInt(5)), Sqrt(NewInt(6))
	frac := func(p, q int64) Expr { return NewMul(NewRational(big.NewInt(p), big.NewInt(q)), Pi) }
	q := func(p, q int64) Expr { return NewRational(big.NewInt(p), big.NewInt(q)) }
	// SymPy's _asin_table and _atan_table, keys as Python evaluates them
	t.asin = [][2]Expr{
		{One, piOver(2)}, {Half, piOver(6)}, {Div(sqrt2, Two), piOver(4)}, {Div(sqrt3, Two), piOver(3)},
		{Div(One, sqrt2), piOver(4)},
		{Sqrt(Div(Sub(NewInt(5), sqrt5), NewInt(8))), piOver(5)},
		{Div(NewMul(sqrt2, Sqrt(Sub(NewInt(5), sqrt5))), NewInt(4)), piOver(5)},
		{Sqrt(Div(NewAdd(NewInt(5), sqrt5), NewInt(8))), frac(2, 5)},
		{Div(NewMul(sqrt2, Sqrt(NewAdd(NewInt(5), sqrt5))), NewInt(4)), frac(2, 5)},
		{Div(Sqrt(Sub(Two, sqrt2)), Two), piOver(8)},
		{Sqrt(Sub(Half, Div(sqrt2, NewInt(4)))), piOver(8)},
		{Div(Sqrt(NewAdd(Two, sqrt2)), Two), frac(3, 8)},
		{Sqrt(NewAdd(Half, Div(sqrt2, NewInt(4)))), frac(3, 8)},
		{Div(Sub(sqrt5, One), NewInt(4)), piOver(10)},
		{Div(Sub(One, sqrt5), NewInt(4)), Neg(piOver(10))},
		{Div(NewAdd(sqrt5, One), NewInt(4)), frac(3, 10)},
		{Sub(Div(sqrt6, NewInt(4)), Div(sqrt2, NewInt(4))), piOver(12)},
		{NewAdd(Neg(Div(sqrt6, NewInt(4))), Div(sqrt2, NewInt(4))), Neg(piOver(12))},
		{Div(Sub(sqrt3, One), Sqrt(NewInt(8))), piOver(12)},
		{Div(Sub(One, sqrt3), Sqrt(NewInt(8))), Neg(piOver(12))},
		{NewAdd(Div(sqrt6, NewInt(4)), Div(sqrt2, NewInt(4))), frac(5, 12)},
		{Div(NewAdd(One, sqrt3), Sqrt(NewInt(8))), frac(5, 12)},
	}
	t.atan = [][2]Expr{
		{One, piOver(4)}, {sqrt3, piOver(3)}, {Div(sqrt3, NewInt(3)), piOver(6)}, {Oo, piOver(2)},
		{Sub(sqrt2, One), piOver(8)}, {Sub(One, sqrt2), Neg(piOver(8))}, {NewAdd(One, sqrt2), frac(3, 8)},
		{Sqrt(Sub(NewInt(5), NewMul(Two, sqrt5))), piOver(5)}, {Sqrt(NewAdd(NewInt(5), NewMul(Two, sqrt5))), frac(2, 5)},
		{Sqrt(Sub(One, NewMul(q(2, 5), sqrt5))), piOver(10)}, {Sqrt(NewAdd(One, NewMul(q(2, 5), sqrt5))), frac(3, 10)},
		{Sub(Two, sqrt3), piOver(12)}, {NewAdd(NewInt(-2), sqrt3), Neg(piOver(12))}, {NewAdd(Two, sqrt3), frac(5, 12)},
	}
	// the real entries of SymPy's _acosh_table (values times I)
	// keys are built as Python evaluates SymPy's table: -(n)/d
	rows := []struct {
		n, d Expr
		p, q int64
	}{
		{One, Two, 1, 3}, {sqrt2, Two, 1, 4}, {sqrt3, Two, 1, 6},
		{NewAdd(sqrt3, NegOne), Sqrt(NewInt(8)), 5, 12},
		{Sqrt(NewAdd(Two, sqrt2)), Two, 1, 8}, {Sqrt(NewAdd(Two, Neg(sqrt2))), Two, 3, 8},
		{NewAdd(One, sqrt3), NewMul(Two, sqrt2), 1, 12}, {NewAdd(sqrt5, One), NewInt(4), 1, 5},
	}
	for _, r := range rows {
		t.acosh = append(t.acosh,
			[2]Expr{Div(r.n, r.d), NewMul(frac(r.p, r.q), I)},
			[2]Expr{Div(Neg(r.n), r.d), NewMul(frac(r.q-r.p, r.q), I)})
	}
	return t
})

func evalAsin(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	if arg == Zoo {
		return Zoo
	}
	if r := floatEvalDomain(arg, fptr(-1), fptr(1), mpf.Asin); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAsin.call(Neg(arg)))
	}
	if v := tableLookup(arg, invTablesOnce().asin); v != nil {
		return v
	}
	return asinOfTrig(arg)
}

func evalAcos(arg Expr) Expr {
	if isZeroInt(arg) {
		return NewMul(Half, Pi)
	}
	if arg == Zoo {
		return Zoo
	}
	if r := floatEvalDomain(arg, fptr(-1), fptr(1), mpf.Acos); r != nil {
		return r
	}
	if isInt(arg, 1) {
		return Zero
	}
	if IsNumber(arg) || isNumeric(arg) {
		if v := tableLookup(arg, invTablesOnce().asin); v != nil {
			return NewAdd(NewMul(Half, Pi), Neg(v))
		}
		if CouldExtractMinusSign(arg) {
			if v := tableLookup(Neg(arg), invTablesOnce().asin); v != nil {
				return NewAdd(NewMul(Half, Pi), v)
			}
		}
	}
	return acosOfTrig(arg)
}

func evalAtan(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	switch arg {
	case NegOo:
		return NewMul(NegHalf, Pi)
	case Zoo:
		panic(notImpl("atan(zoo) is AccumBounds(-pi/2, pi/2) in SymPy; dcalc has no AccumBounds"))
	}
	if r := floatEval(arg, mpf.Atan); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAtan.call(Neg(arg)))
	}
	if v := tableLookup(arg, invTablesOnce().atan); v != nil {
		return v
	}
	return atanOfTrig(arg)
}

func evalAcot(arg Expr) Expr {
	if isZeroInt(arg) {
		return NewMul(Half, Pi)
	}
	switch arg {
	case Oo, NegOo, Zoo:
		return Zero
	}
	if r := floatEval(arg, func(x mpf.Float, p int) mpf.Float {
		return mpf.Atan(mpf.Quo(mpf.FromInt64(1, p+20), x, p+20), p)
	}); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAcot.call(Neg(arg)))
	}
	if v := tableLookup(arg, invTablesOnce().atan); v != nil {
		return NewAdd(NewMul(Half, Pi), Neg(v))
	}
	return acotOfTrig(arg)
}

func evalAsec(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return Zoo
	case isInt(arg, 1):
		return Zero
	case isInt(arg, -1):
		return Pi
	case arg == Oo || arg == NegOo || arg == Zoo:
		return NewMul(Half, Pi)
	}
	// SymPy's acsc table: asec(c) = pi/2 - acsc(c)
	if a := acscTable(arg); a != nil {
		return Sub(NewMul(Half, Pi), a)
	}
	if isNumeric(arg) {
		if a := acscTable(Neg(arg)); a != nil {
			return NewAdd(NewMul(Half, Pi), a)
		}
	}
	return nil
}

// acscTable returns acsc(c) for the special values c where it is a
// rational multiple of pi (SymPy's _acsc_table), read off asin(1/c).
func acscTable(c Expr) Expr {
	if !isNumeric(c) || IsPositive(c) != True {
		return nil
	}
	a := fnAsin.call(NewPow(c, NegOne))
	if m, ok := a.(*Mul); ok && len(m.args) == 2 && IsRational(m.args[0]) && m.args[1] == Pi {
		return a
	}
	return nil
}

func evalAcsc(arg Expr) Expr {
	switch {
	case isZeroInt(arg):
		return Zoo
	case isInt(arg, 1):
		return NewMul(Half, Pi)
	case isInt(arg, -1):
		return NewMul(NegHalf, Pi)
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnAcsc.call(Neg(arg)))
	}
	if arg == Oo || arg == NegOo || arg == Zoo {
		return Zero
	}
	if a := acscTable(arg); a != nil {
		return a
	}
	return nil
}
