package engine

import (
	"math"
	"math/big"
	"math/cmplx"
	"slices"

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

// piCoeffSymbolic is what SymPy's _pi_coeff finds beyond an exact Rational
// multiple of pi (piCoeff): in c*x*pi with x integer-valued, (c mod 2)*x
// (x for odd c; 0, or 2 when x's parity is unknown, for even c); for
// any other x, c*x; an exact binary Float c (0.5, 2.0) made Rational
// first. It returns nil when arg is not a product holding pi once or
// when it is a plain Rational multiple (piCoeff's case).
func piCoeffSymbolic(arg Expr) Expr {
	m, ok := arg.(*Mul)
	if !ok {
		return nil
	}
	cx := coeffOfPi(m)
	if cx == nil {
		return nil
	}
	c, x := AsCoeffMul(cx)
	switch c.(type) {
	case *Integer, *Rational, *Float:
	default:
		c, x = One, cx
	}
	if f, ok := c.(*Float); ok {
		r := exactBinaryRational(f)
		if r == nil {
			return nil // left to evalf, as SymPy's Float coefficients are
		}
		c, cx = r, NewMul(r, x)
	} else if isInt(x, 1) {
		return nil
	}
	if IsIntegerValued(x) != True {
		return cx
	}
	c2 := ratExpr(ratMod(c, 2))
	switch {
	case isInt(c2, 1):
		return x
	case isZeroInt(c2):
		if parity(x) >= 0 {
			return Zero
		}
		return Two
	}
	return NewMul(c2, x)
}

// coeffOfPi is m.coeff(pi): the product of m's other factors when pi is
// one of them, else nil.
func coeffOfPi(m *Mul) Expr {
	i := slices.IndexFunc(m.args, func(a Expr) bool { return a == Pi })
	if i < 0 {
		return nil
	}
	rest := slices.Concat(m.args[:i], m.args[i+1:])
	return NewMul(rest...)
}

// exactBinaryRational is _pi_coeff's recast of a Float coefficient: an
// integral Float, or one whose fractional part f makes c*2**p integral
// for p = -round(log2(f)), as the Rational it equals; else nil.
func exactBinaryRational(f *Float) Expr {
	v := f.Float64()
	if math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1<<52 {
		return nil
	}
	fr := math.Mod(math.Abs(v), 1)
	if fr == 0 {
		return NewInt(int64(v))
	}
	p := -int(math.Round(math.Log2(fr)))
	if p < 0 || p > 60 {
		return nil
	}
	cm := v * math.Pow(2, float64(p))
	if cm != math.Trunc(cm) || math.Abs(cm) > 1<<62 {
		return nil
	}
	return ratExpr(big.NewRat(int64(cm), 1<<uint(p)))
}

// symbolicPiCall is sin, cos, tan or cot of arg = pc*pi for a symbolic
// pc (the part of their eval after _pi_coeff): its value, or nil with
// true when the call stays as it is.
func symbolicPiCall(d *FuncDef, pc, arg Expr) Expr {
	if IsIntegerValued(pc) == True {
		switch d {
		case fnSin, fnTan:
			return Zero
		case fnCos:
			return NewPow(NegOne, pc)
		case fnCot:
			return Zoo
		}
	}
	if (d == fnSin || d == fnCos) && IsIntegerValued(NewMul(Two, pc)) == True && evenFact(pc) == False {
		if d == fnSin {
			return NewPow(NegOne, Sub(pc, Half))
		}
		return Zero
	}
	if narg := NewMul(pc, Pi); !Equal(narg, arg) {
		return d.call(narg)
	}
	return nil
}

// evenFact is e.is_even: True for an even integer, False for an odd
// one or for a value known not to be an integer (n + 1/2).
func evenFact(e Expr) Tri {
	switch parity(e) {
	case 0:
		return True
	case 1:
		return False
	}
	if IsIntegerValued(e) == False {
		return False
	}
	return Unknown
}

// piMultipleCall evaluates d (sin, cos, tan, cot) at a multiple of pi
// that piCoeffSymbolic finds: handled reports whether it applied; the value
// is nil when the call stays.
func piMultipleCall(d *FuncDef, arg Expr) (v Expr, handled bool) {
	pc := piCoeffSymbolic(arg)
	if pc == nil {
		return nil, false
	}
	if IsRational(pc) {
		// 0 or 2 for an even multiple of an integer, or a recast Float:
		// the exact multiple's own evaluation
		if narg := NewMul(pc, Pi); !Equal(narg, arg) {
			return d.call(narg), true
		}
		return nil, false
	}
	return symbolicPiCall(d, pc, arg), true
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

// peelOffPi is SymPy's _peeloff_pi: the terms of arg whose coefficient
// of pi is known rational are summed into K, and K - (K mod 1/2) is
// split off when it is an integer or half an odd one; m is that multiple
// of pi (nil when nothing is split off). A symbolic part of K whose
// double is not known to be an integer leaves SymPy's Mod(K, 1/2)
// unevaluated, and nothing is split off.
func peelOffPi(arg Expr) (Expr, Expr) {
	a, ok := arg.(*Add)
	if !ok {
		return arg, nil
	}
	var rest, ks []Expr
	for _, t := range a.args {
		var k Expr
		if t == Pi {
			k = One
		} else if m, ok := t.(*Mul); ok {
			k = coeffOfPi(m)
		}
		if k != nil && !isZeroInt(k) && rationalValued(k) {
			ks = append(ks, k)
		} else {
			rest = append(rest, t)
		}
	}
	if len(ks) == 0 {
		return arg, nil
	}
	pc := NewAdd(ks...)
	r, sym := asCoeffAddNumber(pc)
	if !isZeroInt(sym) && IsIntegerValued(NewMul(Two, sym)) != True {
		return arg, nil
	}
	m1 := ratExpr(ratModHalf(toRat(r)))
	m2 := Sub(pc, m1)
	if isZeroInt(m2) {
		return arg, nil
	}
	if IsIntegerValued(m2) == True || IsIntegerValued(NewMul(Two, m2)) == True && evenFact(m2) == False {
		return NewAdd(append(rest, NewMul(m1, Pi))...), m2
	}
	return arg, nil
}

// ratModHalf is r mod 1/2, in [0, 1/2).
func ratModHalf(r *big.Rat) *big.Rat {
	half := big.NewRat(1, 2)
	d := new(big.Rat).Quo(r, half)
	fl := new(big.Int).Div(d.Num(), d.Denom())
	return new(big.Rat).Sub(r, new(big.Rat).Mul(half, new(big.Rat).SetInt(fl)))
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
	if v, ok := piMultipleCall(fnSin, arg); ok {
		return v
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
	if v, ok := piMultipleCall(fnCos, arg); ok {
		return v
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
	if v, ok := piMultipleCall(fnTan, arg); ok {
		return v
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zero
		}
		return tanCotPi(c, arg, false)
	}
	if x, m := peelOffPi(arg); m != nil {
		switch tm := fnTan.call(NewMul(m, Pi)); {
		case tm == Zoo:
			return Neg(fnCot.call(x))
		case isZeroInt(tm):
			return fnTan.call(x)
		}
		// SymPy takes an unevaluated tan(m*pi) for 0 and answers tan(x)
		// for tan(x + pi*n + pi/2), which is -cot(x)
		panic(notImpl("dcalc does not follow SymPy's tan(x + pi*(n + 1/2)) (SymPy answers tan(x); the value is -cot(x))"))
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
	if v, ok := piMultipleCall(fnCot, arg); ok {
		return v
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zoo
		}
		return tanCotPi(c, arg, true)
	}
	if x, m := peelOffPi(arg); m != nil {
		if fnCot.call(NewMul(m, Pi)) == Zoo {
			return fnCot.call(x)
		}
		return Neg(fnTan.call(x))
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
