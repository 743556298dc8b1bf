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

// trigTable2 is SymPy's _table2: cos, tan and cot of p*pi/q for these q
// are built from the values at p*pi/a and p*pi/b, 1/q = 1/a - 1/b.
var trigTable2 = map[int64][2]int64{12: {3, 4}, 20: {4, 5}, 30: {5, 6}, 15: {6, 10}, 24: {6, 8}, 40: {8, 10}, 60: {20, 30}, 120: {40, 60}}

// tanTable10 is tan(n*pi/10) for n = 1..4 (tan.eval's table10).
func tanTable10(n int64) Expr {
	s5 := Sqrt(NewInt(5))
	switch n {
	case 1:
		return Sqrt(Sub(One, Div(NewMul(Two, s5), NewInt(5))))
	case 2:
		return Sqrt(Sub(NewInt(5), NewMul(Two, s5)))
	case 3:
		return Sqrt(NewAdd(One, Div(NewMul(Two, s5), NewInt(5))))
	}
	return Sqrt(NewAdd(NewInt(5), NewMul(Two, s5)))
}

// cosSinPair is (cos(narg), cos(narg - pi/2)) when neither stays a cos
// call (the test tan.eval and cot.eval make), else ok false.
func cosSinPair(narg Expr) (c, s Expr, ok bool) {
	c = fnCos.call(narg)
	s = fnCos.call(Sub(narg, NewMul(Half, Pi)))
	_, cc := isCall(c, fnCos)
	_, sc := isCall(s, fnCos)
	return c, s, !cc && !sc
}

// tanCotPi is the rational-multiple-of-pi part of tan.eval (cot false)
// and cot.eval (cot true); arg is c*pi with c rational, not an integer.
func tanCotPi(c, arg Expr, cot bool) Expr {
	pc := ratMod(c, 2)
	self := fnTan
	if cot {
		self = fnCot
	}
	q := pc.Denom().Int64()
	p := new(big.Int).Mod(pc.Num(), pc.Denom()).Int64()
	pce := ratExpr(pc)
	if q == 5 || q == 10 {
		if cot {
			return fnTan.call(Sub(NewMul(Half, Pi), arg))
		}
		if n := 10 * p / q; n > 5 {
			return Neg(tanTable10(10 - n))
		} else {
			return tanTable10(n)
		}
	}
	if q%2 == 0 && (!cot || q > 2) {
		if cr, sr, ok := cosSinPair(NewMul(Two, pce, Pi)); ok {
			if cot {
				return NewAdd(Div(One, sr), Div(cr, sr))
			}
			if isZeroInt(sr) {
				return Zoo
			}
			return Sub(Div(One, sr), Div(cr, sr))
		}
	}
	if ab, ok := trigTable2[q]; ok {
		pp := NewInt(p)
		a := self.call(Div(NewMul(pp, Pi), NewInt(ab[0])))
		b := self.call(Div(NewMul(pp, Pi), NewInt(ab[1])))
		if cot {
			return Div(NewAdd(One, NewMul(a, b)), Sub(b, a))
		}
		return Div(Sub(a, b), NewAdd(One, NewMul(a, b)))
	}
	// ((pi_coeff + 1/2) mod 1 - 1/2)*pi
	nr := ratMod(NewAdd(pce, Half), 1)
	narg := NewMul(Sub(ratExpr(nr), Half), Pi)
	if cr, sr, ok := cosSinPair(narg); ok {
		if cot {
			if isZeroInt(sr) {
				return Zoo
			}
			return Div(cr, sr)
		}
		if isZeroInt(cr) {
			return Zoo
		}
		return Div(sr, cr)
	}
	if !Equal(narg, arg) {
		return self.call(narg)
	}
	return nil
}

// cosPi evaluates cos(c*pi) for rational c as SymPy's cos.eval does for
// the exact-value tables it uses, returning nil when unevaluated.
func cosPi(c Expr) Expr {
	pc := ratMod(c, 2) // _pi_coeff's value, in [0, 2)
	q := new(big.Int).Set(pc.Denom())
	p := new(big.Int).Set(pc.Num())
	if p.Cmp(q) > 0 {
		return Neg(fnCos.call(NewMul(ratExpr(new(big.Rat).Sub(pc, big.NewRat(1, 1))), Pi)))
	}
	if new(big.Int).Mul(p, big.NewInt(2)).Cmp(q) > 0 {
		return Neg(fnCos.call(NewMul(ratExpr(new(big.Rat).Sub(big.NewRat(1, 1), pc)), Pi)))
	}
	if v := cosPiTable(new(big.Rat).SetFrac(p, q)); v != nil {
		return v
	}
	if ab, ok := trigTable2[q.Int64()]; ok && q.IsInt64() {
		// cos(a - b) = cos(a)cos(b) + cos(pi/2 - a)cos(pi/2 - b) with
		// a = p*pi/ab[0], b = p*pi/ab[1], both of smaller denominators
		pe := NewBigInt(p)
		a, b := Div(NewMul(pe, Pi), NewInt(ab[0])), Div(NewMul(pe, Pi), NewInt(ab[1]))
		hp := NewMul(Half, Pi)
		return NewAdd(NewMul(fnCos.call(a), fnCos.call(b)), NewMul(fnCos.call(Sub(hp, a)), fnCos.call(Sub(hp, b))))
	}
	return nil // SymPy leaves cos(29*pi/7) as it is
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
		return cosPi(c)
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
		return tanCotPi(c, arg, false)
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
		return tanCotPi(c, arg, true)
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
	if c := piCoeff(arg); c != nil && (d == fnSec || d == fnCsc) {
		// ReciprocalTrigonometricFunction.eval: into the first half turn
		pc := ratMod(c, 2)
		twice := new(big.Rat).Mul(pc, big.NewRat(2, 1))
		if !twice.IsInt() {
			switch {
			case pc.Cmp(big.NewRat(1, 1)) > 0:
				return Neg(d.call(NewMul(ratExpr(new(big.Rat).Sub(pc, big.NewRat(1, 1))), Pi)))
			case twice.Cmp(big.NewRat(1, 1)) > 0:
				narg := NewMul(ratExpr(new(big.Rat).Sub(big.NewRat(1, 1), pc)), Pi)
				if odd {
					return d.call(narg)
				}
				return Neg(d.call(narg))
			}
		}
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
