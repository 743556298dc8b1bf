package engine

import (
	"math/big"
	"math/cmplx"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The trigonometric functions (SymPy's sympy.functions.elementary.trigonometric).
var (
	fnSin = builtin("sin", 20, 1)
	fnCos = builtin("cos", 21, 1)
	fnTan = builtin("tan", 22, 1)
	fnCot = builtin("cot", 23, 1)
	fnSec = builtin("sec", 0, 1)
	fnCsc = builtin("csc", 0, 1)
)

func init() {
	fnSin.hooks = hooks{
		eval:        eval1(evalSin),
		imagArg:     func(c Expr) Expr { return NewMul(I, fnSinh.call(c)) },
		fdiff:       fdiff1(func(x Expr) Expr { return fnCos.call(x) }),
		evalf:       total(sinOf),
		evalc:       evalc1(cmplx.Sin),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnCos.hooks = hooks{
		eval:        eval1(evalCos),
		imagArg:     func(c Expr) Expr { return fnCosh.call(c) },
		fdiff:       fdiff1(func(x Expr) Expr { return Neg(fnSin.call(x)) }),
		evalf:       total(cosOf),
		evalc:       evalc1(cmplx.Cos),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnTan.hooks = hooks{
		eval:    eval1(evalTan),
		imagArg: func(c Expr) Expr { return NewMul(I, fnTanh.call(c)) },
		fdiff:   fdiff1(func(x Expr) Expr { return NewAdd(One, NewPow(fnTan.call(x), Two)) }),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) {
			if a.isReal() {
				return ev.real(mpf.Tan(a.re, ev.wp)), nil
			}
			return ev.quo(sinOf(ev, a), cosOf(ev, a))
		}),
		evalc:       evalc1(cmplx.Tan),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnCot.hooks = hooks{
		eval:        eval1(evalCot),
		imagArg:     func(c Expr) Expr { return NewMul(NegOne, I, fnCoth.call(c)) },
		fdiff:       fdiff1(func(x Expr) Expr { return NewAdd(NegOne, Neg(NewPow(fnCot.call(x), Two))) }),
		evalf:       quotient(cosOf, sinOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Tan(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      func(u Expr) Expr { return Div(fnCos.call(u), fnSin.call(u)) },
	}
	fnSec.hooks = hooks{
		eval:        eval1(evalSec),
		fdiff:       fdiff1(func(x Expr) Expr { return NewMul(fnTan.call(x), fnSec.call(x)) }),
		evalf:       inverseOf(cosOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Cos(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
	}
	fnCsc.hooks = hooks{
		eval:        eval1(evalCsc),
		fdiff:       fdiff1(func(x Expr) Expr { return NewMul(NegOne, fnCot.call(x), fnCsc.call(x)) }),
		evalf:       inverseOf(sinOf),
		evalc:       evalc1(func(z complex128) complex128 { return 1 / cmplx.Sin(z) }),
		real:        realWithArg,
		holomorphic: true,
		series:      func(u Expr) Expr { return NewPow(fnSin.call(u), NegOne) },
	}
}

// piCoeff returns c when arg is c*pi with c rational (SymPy's _pi_coeff
// for the exact cases), else nil. 0 gives 0.
func piCoeff(arg Expr) Expr {
	if arg == Pi {
		return One
	}
	if isZeroInt(arg) {
		return Zero
	}
	if m, ok := arg.(*Mul); ok && len(m.args) == 2 && m.args[1] == Pi && IsRational(m.args[0]) {
		return m.args[0]
	}
	return nil
}

// ratMod returns r mod m for rationals, in [0, m).
func ratMod(r Expr, m int64) *big.Rat {
	q := toRat(r)
	mm := new(big.Rat).SetInt64(m)
	d := new(big.Rat).Quo(q, mm)
	fl := new(big.Int).Div(d.Num(), d.Denom())
	return new(big.Rat).Sub(q, new(big.Rat).Mul(mm, new(big.Rat).SetInt(fl)))
}

func ratExpr(r *big.Rat) Expr { return ratFrom(r) }

// peelOffPi splits arg = x + m*pi/2 (SymPy's _peeloff_pi) using the first
// rational multiple of pi among the terms; m is the multiple of pi/2
// removed (as a coefficient of pi), or nil.
func peelOffPi(arg Expr) (Expr, Expr) {
	a, ok := arg.(*Add)
	if !ok {
		return arg, nil
	}
	for _, t := range a.args {
		k := piCoeff(t)
		if k == nil || isZeroInt(k) {
			continue
		}
		r := toRat(k)
		// m1 = K mod 1/2; m2 = K - m1
		half := big.NewRat(1, 2)
		d := new(big.Rat).Quo(r, half)
		fl := new(big.Int).Div(d.Num(), d.Denom())
		m2 := new(big.Rat).Mul(half, new(big.Rat).SetInt(fl))
		if m2.Sign() == 0 {
			return arg, nil
		}
		m2e := ratExpr(m2)
		return NewAdd(arg, Neg(NewMul(m2e, Pi))), m2e
	}
	return arg, nil
}

// cosPiTable returns cos(p*pi/q) for 0 <= p/q <= 1/2 with q in 1,2,3,4,6.
func cosPiTable(r *big.Rat) Expr {
	if !r.Num().IsInt64() || !r.Denom().IsInt64() {
		return nil
	}
	p, q := r.Num().Int64(), r.Denom().Int64()
	switch {
	case p == 0:
		return One
	case q == 2:
		return Zero
	case q == 3:
		return Half
	case q == 4:
		return Div(Sqrt(Two), Two)
	case q == 6:
		return Div(Sqrt(NewInt(3)), Two)
	}
	rat := func(a, b int64) Expr { return NewRational(big.NewInt(a), big.NewInt(b)) }
	s2, s5, s6 := Sqrt(Two), Sqrt(NewInt(5)), Sqrt(NewInt(6))
	switch [2]int64{p, q} {
	case [2]int64{1, 5}:
		return NewAdd(rat(1, 4), Div(s5, NewInt(4)))
	case [2]int64{2, 5}:
		return NewAdd(rat(-1, 4), Div(s5, NewInt(4)))
	case [2]int64{1, 8}:
		return Sqrt(NewAdd(Div(s2, NewInt(4)), Half))
	case [2]int64{3, 8}:
		return Sqrt(NewAdd(Half, Neg(Div(s2, NewInt(4)))))
	case [2]int64{1, 10}:
		return Sqrt(NewAdd(Div(s5, NewInt(8)), rat(5, 8)))
	case [2]int64{3, 10}:
		return Sqrt(NewAdd(rat(5, 8), Neg(Div(s5, NewInt(8)))))
	case [2]int64{1, 12}:
		return NewAdd(Div(s2, NewInt(4)), Div(s6, NewInt(4)))
	case [2]int64{5, 12}:
		return NewAdd(Neg(Div(s2, NewInt(4))), Div(s6, NewInt(4)))
	}
	return nil
}

// cosPi evaluates cos(c*pi) for rational c as SymPy's cos.eval does for
// the exact-value tables it uses, returning nil when unevaluated.
func cosPi(c Expr, orig Expr) Expr {
	r := toRat(c)
	q := new(big.Int).Set(r.Denom())
	p := new(big.Int).Mod(r.Num(), new(big.Int).Mul(q, big.NewInt(2)))
	if p.Cmp(q) > 0 {
		return Neg(fnCos.call(NewMul(NewAdd(c, NegOne), Pi)))
	}
	if new(big.Int).Mul(p, big.NewInt(2)).Cmp(q) > 0 {
		return Neg(fnCos.call(NewMul(NewAdd(One, Neg(c)), Pi)))
	}
	if v := cosPiTable(new(big.Rat).SetFrac(p, q)); v != nil {
		return v
	}
	n := NewMul(ratExpr(new(big.Rat).SetFrac(p, q)), Pi)
	if !Equal(n, orig) {
		return fnCos.call(n)
	}
	return nil
}

func evalSin(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	}
	if r := floatEval(arg, mpf.Sin); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnSin.call(Neg(arg)))
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zero
		}
		x := ratMod(c, 2)
		if x.Cmp(big.NewRat(1, 1)) > 0 {
			return Neg(fnSin.call(NewMul(ratExpr(new(big.Rat).Sub(x, big.NewRat(1, 1))), Pi)))
		}
		if new(big.Rat).Mul(x, big.NewRat(2, 1)).Cmp(big.NewRat(1, 1)) > 0 {
			return fnSin.call(NewMul(ratExpr(new(big.Rat).Sub(big.NewRat(1, 1), x)), Pi))
		}
		// sin(x*pi) = cos((x + 3/2 mod 2)*pi)
		narg := new(big.Rat).Add(x, big.NewRat(3, 2))
		narg = ratMod(ratExpr(narg), 2)
		if f, ok := fnCos.call(NewMul(ratExpr(narg), Pi)).(*Func); !ok || f.def != fnCos {
			return fnCos.call(NewMul(ratExpr(narg), Pi))
		}
		if n := NewMul(ratExpr(x), Pi); !Equal(n, arg) {
			return fnSin.call(n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		mp := NewMul(m, Pi)
		return NewAdd(NewMul(fnSin.call(mp), fnCos.call(x)), NewMul(fnCos.call(mp), fnSin.call(x)))
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def {
		case fnAsin:
			return x
		case fnAtan:
			return Div(x, Sqrt(NewAdd(One, NewPow(x, Two))))
		case fnAcos:
			return Sqrt(oneMinusSq(x))
		case fnAcot:
			return Div(One, NewMul(Sqrt(NewAdd(One, NewPow(x, NewInt(-2)))), x))
		case fnAcsc:
			return NewPow(x, NegOne)
		case fnAsec:
			return Sqrt(oneMinusInvSq(x))
		}
	}
	return nil
}

// oneMinusInvSq is 1 - 1/x**2.
func oneMinusInvSq(x Expr) Expr { return Sub(One, NewPow(x, NewInt(-2))) }

func evalCos(arg Expr) Expr {
	if isZeroInt(arg) {
		return One
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	}
	if r := floatEval(arg, mpf.Cos); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return fnCos.call(Neg(arg))
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			if parity(c) == 0 {
				return One
			}
			return NegOne
		}
		return cosPi(c, arg)
	}
	if x, m := peelOffPi(arg); m != nil {
		mp := NewMul(m, Pi)
		return NewAdd(NewMul(fnCos.call(mp), fnCos.call(x)), Neg(NewMul(fnSin.call(mp), fnSin.call(x))))
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def {
		case fnAcos:
			return x
		case fnAtan:
			return Div(One, Sqrt(NewAdd(One, NewPow(x, Two))))
		case fnAsin:
			return Sqrt(oneMinusSq(x))
		case fnAcot:
			return Div(One, Sqrt(NewAdd(One, NewPow(x, NewInt(-2)))))
		case fnAcsc:
			return Sqrt(oneMinusInvSq(x))
		case fnAsec:
			return NewPow(x, NegOne)
		}
	}
	return nil
}

func evalTan(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zero
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	}
	if r := floatEval(arg, mpf.Tan); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnTan.call(Neg(arg)))
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zero
		}
		r := ratMod(c, 1)
		switch r.String() {
		case "1/2":
			return Zoo
		case "1/4":
			return One
		case "3/4":
			return NegOne
		case "1/3":
			return Sqrt(NewInt(3))
		case "2/3":
			return Neg(Sqrt(NewInt(3)))
		case "1/6":
			return Div(Sqrt(NewInt(3)), NewInt(3))
		case "5/6":
			return Neg(Div(Sqrt(NewInt(3)), NewInt(3)))
		}
		if n := NewMul(ratExpr(r), Pi); !Equal(n, arg) {
			return fnTan.call(n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		if parity(NewMul(m, Two)) == 1 {
			return Neg(fnCot.call(x))
		}
		return fnTan.call(x)
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def {
		case fnAtan:
			return x
		case fnAcot:
			return NewPow(x, NegOne)
		case fnAsin:
			return Div(x, Sqrt(oneMinusSq(x)))
		case fnAcos:
			return Div(Sqrt(oneMinusSq(x)), x)
		case fnAcsc:
			return Div(One, NewMul(Sqrt(oneMinusInvSq(x)), x))
		case fnAsec:
			return NewMul(Sqrt(oneMinusInvSq(x)), x)
		}
	}
	return nil
}

func evalCot(arg Expr) Expr {
	if isZeroInt(arg) {
		return Zoo
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	}
	if r := floatEval(arg, func(x mpf.Float, p int) mpf.Float {
		return mpf.Quo(mpf.FromInt64(1, p+20), mpf.Tan(x, p+20), p)
	}); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(fnCot.call(Neg(arg)))
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zoo
		}
		r := ratMod(c, 1)
		switch r.String() {
		case "1/2":
			return Zero
		case "1/4":
			return One
		case "3/4":
			return NegOne
		case "1/6":
			return Sqrt(NewInt(3))
		case "5/6":
			return Neg(Sqrt(NewInt(3)))
		case "1/3":
			return Div(Sqrt(NewInt(3)), NewInt(3))
		case "2/3":
			return Neg(Div(Sqrt(NewInt(3)), NewInt(3)))
		}
		if n := NewMul(ratExpr(r), Pi); !Equal(n, arg) {
			return fnCot.call(n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		if parity(NewMul(m, Two)) == 1 {
			return Neg(fnTan.call(x))
		}
		return fnCot.call(x)
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def {
		case fnAcot:
			return x
		case fnAtan:
			return NewPow(x, NegOne)
		case fnAsin:
			return Div(Sqrt(oneMinusSq(x)), x)
		case fnAcos:
			return Div(x, Sqrt(oneMinusSq(x)))
		case fnAcsc:
			return NewMul(Sqrt(oneMinusInvSq(x)), x)
		case fnAsec:
			return Div(One, NewMul(Sqrt(oneMinusInvSq(x)), x))
		}
	}
	return nil
}

// reciprocal evaluates d (sec, csc, sech or csch) as 1/of when of
// evaluates; inv is d's inverse (asec for sec): d(inv(x)) = x.
func reciprocal(d, of, inv *FuncDef, odd bool, arg Expr) Expr {
	if arg == NaN || arg == Zoo {
		return NaN
	}
	if CouldExtractMinusSign(arg) {
		if odd {
			return Neg(d.call(Neg(arg)))
		}
		return d.call(Neg(arg))
	}
	if f, ok := isCall(arg, inv); ok {
		return f.args[0]
	}
	t := of.evaluate([]Expr{arg})
	if t == nil {
		return nil
	}
	hyperbolic := d == fnSech || d == fnCsch
	// (1/t).rewrite(d) when t or -t is a sin/cos (sinh/cosh) call
	for _, sgn := range []Expr{One, NegOne} {
		u := t
		if sgn == NegOne {
			u = Neg(t)
		}
		f, ok := u.(*Func)
		if !ok || len(f.args) != 1 {
			continue
		}
		g := reciprocalOf(f.def)
		if g == nil || !(f.def == of || !hyperbolic && (f.def == fnSin || f.def == fnCos)) {
			continue
		}
		if f.def == of && Equal(f.args[0], arg) {
			return nil // of did not evaluate: keep d(arg)
		}
		if hyperbolic {
			break
		}
		return NewMul(sgn, g.call(f.args[0]))
	}
	return NewPow(t, NegOne)
}

// reciprocalOf is the reciprocal function of cos, sin, cosh or sinh.
func reciprocalOf(d *FuncDef) *FuncDef {
	switch d {
	case fnCos:
		return fnSec
	case fnSin:
		return fnCsc
	case fnCosh:
		return fnSech
	case fnSinh:
		return fnCsch
	}
	return nil
}

func evalSec(arg Expr) Expr { return reciprocal(fnSec, fnCos, fnAsec, false, arg) }
func evalCsc(arg Expr) Expr { return reciprocal(fnCsc, fnSin, fnAcsc, true, arg) }
