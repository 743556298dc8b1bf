package engine

import (
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// This file registers the elementary functions with SymPy's automatic
// evaluation (each class's eval) and first derivatives (fdiff).

func init() {
	reg := func(name string, key int, eval func(x Expr) Expr, d func(x Expr) Expr) {
		register(&FuncDef{
			Name:     name,
			NArgs:    []int{1},
			ClassKey: key,
			Eval:     func(a []Expr) Expr { return eval(a[0]) },
			Fdiff:    func(a []Expr, i int) Expr { return d(a[0]) },
		})
	}
	reg("sin", 20, evalSin, func(x Expr) Expr { return call("cos", x) })
	reg("cos", 21, evalCos, func(x Expr) Expr { return Neg(call("sin", x)) })
	reg("tan", 22, evalTan, func(x Expr) Expr { return NewAdd(One, NewPow(call("tan", x), Two)) })
	reg("cot", 23, evalCot, func(x Expr) Expr { return NewAdd(NegOne, Neg(NewPow(call("cot", x), Two))) })
	reg("sec", 0, evalSec, func(x Expr) Expr { return NewMul(call("tan", x), call("sec", x)) })
	reg("csc", 0, evalCsc, func(x Expr) Expr { return NewMul(NegOne, call("cot", x), call("csc", x)) })
	reg("asin", 0, evalAsin, func(x Expr) Expr { return NewPow(oneMinusSq(x), NegHalf) })
	reg("acos", 0, evalAcos, func(x Expr) Expr { return Neg(NewPow(oneMinusSq(x), NegHalf)) })
	reg("atan", 0, evalAtan, func(x Expr) Expr { return NewPow(NewAdd(One, NewPow(x, Two)), NegOne) })
	reg("acot", 0, evalAcot, func(x Expr) Expr { return Neg(NewPow(NewAdd(One, NewPow(x, Two)), NegOne)) })
	reg("asec", 0, evalAsec, func(x Expr) Expr { return asecDeriv(x) })
	reg("acsc", 0, evalAcsc, func(x Expr) Expr { return Neg(asecDeriv(x)) })
	reg("sinh", 30, evalSinh, func(x Expr) Expr { return call("cosh", x) })
	reg("cosh", 31, evalCosh, func(x Expr) Expr { return call("sinh", x) })
	reg("tanh", 32, evalTanh, func(x Expr) Expr { return NewAdd(One, Neg(NewPow(call("tanh", x), Two))) })
	reg("coth", 33, evalCoth, func(x Expr) Expr { return Neg(NewPow(call("sinh", x), NewInt(-2))) })
	reg("sech", 0, evalSech, func(x Expr) Expr { return NewMul(NegOne, call("tanh", x), call("sech", x)) })
	reg("csch", 0, evalCsch, func(x Expr) Expr { return NewMul(NegOne, call("coth", x), call("csch", x)) })
	reg("asinh", 0, evalAsinh, func(x Expr) Expr { return NewPow(NewAdd(NewPow(x, Two), One), NegHalf) })
	reg("acosh", 0, evalAcosh, func(x Expr) Expr {
		return NewPow(NewMul(NewPow(NewAdd(x, NegOne), Half), NewPow(NewAdd(x, One), Half)), NegOne)
	})
	reg("atanh", 0, evalAtanh, func(x Expr) Expr { return NewPow(oneMinusSq(x), NegOne) })
	reg("acoth", 0, evalAcoth, func(x Expr) Expr { return NewPow(oneMinusSq(x), NegOne) })
	reg("exp", 10, evalExp, func(x Expr) Expr { return call("exp", x) })
	reg("erf", 0, evalErf, func(x Expr) Expr { return Div(NewMul(Two, call("exp", Neg(NewPow(x, Two)))), Sqrt(Pi)) })
	reg("erfc", 0, evalErfc, func(x Expr) Expr { return Neg(Div(NewMul(Two, call("exp", Neg(NewPow(x, Two)))), Sqrt(Pi))) })
	reg("erfi", 0, evalErfi, func(x Expr) Expr { return Div(NewMul(Two, call("exp", NewPow(x, Two))), Sqrt(Pi)) })
	funcRegistry["exp"].fdiffSelf = true
	register(&FuncDef{
		Name:     "log",
		NArgs:    []int{1, 2},
		ClassKey: 11,
		Eval:     evalLogArgs,
		Fdiff:    func(a []Expr, i int) Expr { return NewPow(a[0], NegOne) },
	})
	register(&FuncDef{
		Name:  "sign",
		NArgs: []int{1},
		Eval:  func(a []Expr) Expr { return evalSign(a[0]) },
	})
	register(&FuncDef{
		Name:  "Abs",
		NArgs: []int{1},
		Eval:  func(a []Expr) Expr { return evalAbs(a[0]) },
		Fdiff: func(a []Expr, i int) Expr {
			if IsReal(a[0]) == True {
				return call("sign", a[0])
			}
			return nil
		},
	})
	register(&FuncDef{
		Name:     "re",
		NArgs:    []int{1},
		ClassKey: 41,
		Eval:     func(a []Expr) Expr { return EvalRe(a[0]) },
	})
	register(&FuncDef{
		Name:     "im",
		NArgs:    []int{1},
		ClassKey: 42,
		Eval:     func(a []Expr) Expr { return EvalIm(a[0]) },
	})
}

func oneMinusSq(x Expr) Expr { return NewAdd(One, Neg(NewPow(x, Two))) }

func asecDeriv(x Expr) Expr {
	return NewPow(NewMul(NewPow(x, Two), NewPow(NewAdd(One, Neg(NewPow(x, NewInt(-2)))), Half)), NegOne)
}

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
		neg := 0
		for _, a := range x.args {
			if CouldExtractMinusSign(a) {
				neg++
			}
		}
		pos := len(x.args) - neg
		if pos != neg {
			return neg > pos
		}
		return cmpSkey(sortKey(e), sortKey(Neg(e))) < 0
	}
	return false
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
		return Neg(call("cos", NewMul(NewAdd(c, NegOne), Pi)))
	}
	if new(big.Int).Mul(p, big.NewInt(2)).Cmp(q) > 0 {
		return Neg(call("cos", NewMul(NewAdd(One, Neg(c)), Pi)))
	}
	if v := cosPiTable(new(big.Rat).SetFrac(p, q)); v != nil {
		return v
	}
	n := NewMul(ratExpr(new(big.Rat).SetFrac(p, q)), Pi)
	if !Equal(n, orig) {
		return call("cos", n)
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
		return Neg(call("sin", Neg(arg)))
	}
	if c := piCoeff(arg); c != nil {
		if IsInteger(c) {
			return Zero
		}
		x := ratMod(c, 2)
		if x.Cmp(big.NewRat(1, 1)) > 0 {
			return Neg(call("sin", NewMul(ratExpr(new(big.Rat).Sub(x, big.NewRat(1, 1))), Pi)))
		}
		if new(big.Rat).Mul(x, big.NewRat(2, 1)).Cmp(big.NewRat(1, 1)) > 0 {
			return call("sin", NewMul(ratExpr(new(big.Rat).Sub(big.NewRat(1, 1), x)), Pi))
		}
		// sin(x*pi) = cos((x + 3/2 mod 2)*pi)
		narg := new(big.Rat).Add(x, big.NewRat(3, 2))
		narg = ratMod(ratExpr(narg), 2)
		if f, ok := call("cos", NewMul(ratExpr(narg), Pi)).(*Func); !ok || f.def.Name != "cos" {
			return call("cos", NewMul(ratExpr(narg), Pi))
		}
		if n := NewMul(ratExpr(x), Pi); !Equal(n, arg) {
			return call("sin", n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		mp := NewMul(m, Pi)
		return NewAdd(NewMul(call("sin", mp), call("cos", x)), NewMul(call("cos", mp), call("sin", x)))
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def.Name {
		case "asin":
			return x
		case "atan":
			return Div(x, Sqrt(NewAdd(One, NewPow(x, Two))))
		case "acos":
			return Sqrt(oneMinusSq(x))
		case "acot":
			return Div(One, NewMul(Sqrt(NewAdd(One, NewPow(x, NewInt(-2)))), x))
		case "acsc":
			return NewPow(x, NegOne)
		case "asec":
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
		return call("cos", Neg(arg))
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
		return NewAdd(NewMul(call("cos", mp), call("cos", x)), Neg(NewMul(call("sin", mp), call("sin", x))))
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def.Name {
		case "acos":
			return x
		case "atan":
			return Div(One, Sqrt(NewAdd(One, NewPow(x, Two))))
		case "asin":
			return Sqrt(oneMinusSq(x))
		case "acot":
			return Div(One, Sqrt(NewAdd(One, NewPow(x, NewInt(-2)))))
		case "acsc":
			return Sqrt(oneMinusInvSq(x))
		case "asec":
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
		return Neg(call("tan", Neg(arg)))
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
			return call("tan", n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		if parity(NewMul(m, Two)) == 1 {
			return Neg(call("cot", x))
		}
		return call("tan", x)
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def.Name {
		case "atan":
			return x
		case "acot":
			return NewPow(x, NegOne)
		case "asin":
			return Div(x, Sqrt(oneMinusSq(x)))
		case "acos":
			return Div(Sqrt(oneMinusSq(x)), x)
		case "acsc":
			return Div(One, NewMul(Sqrt(oneMinusInvSq(x)), x))
		case "asec":
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
		return Neg(call("cot", Neg(arg)))
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
			return call("cot", n)
		}
		return nil
	}
	if x, m := peelOffPi(arg); m != nil {
		if parity(NewMul(m, Two)) == 1 {
			return Neg(call("tan", x))
		}
		return call("cot", x)
	}
	if f, ok := arg.(*Func); ok {
		x := f.args[0]
		switch f.def.Name {
		case "acot":
			return x
		case "atan":
			return NewPow(x, NegOne)
		case "asin":
			return Div(Sqrt(oneMinusSq(x)), x)
		case "acos":
			return Div(x, Sqrt(oneMinusSq(x)))
		case "acsc":
			return NewMul(Sqrt(oneMinusInvSq(x)), x)
		case "asec":
			return Div(One, NewMul(Sqrt(oneMinusInvSq(x)), x))
		}
	}
	return nil
}

var reciprocalName = map[string]string{"cos": "sec", "sin": "csc", "cosh": "sech", "sinh": "csch"}

// imagCoeff returns c when arg is c*I with c free of I (SymPy's
// _imaginary_unit_as_coefficient), else nil.
func imagCoeff(arg Expr) Expr { return asCoefficientI(arg) }

// imagRules rewrite f(c*I) as SymPy's eval methods do.
var imagRules = map[string]func(c Expr) Expr{
	"sin":   func(c Expr) Expr { return NewMul(I, call("sinh", c)) },
	"cos":   func(c Expr) Expr { return call("cosh", c) },
	"tan":   func(c Expr) Expr { return NewMul(I, call("tanh", c)) },
	"cot":   func(c Expr) Expr { return NewMul(NegOne, I, call("coth", c)) },
	"sinh":  func(c Expr) Expr { return NewMul(I, call("sin", c)) },
	"cosh":  func(c Expr) Expr { return call("cos", c) },
	"tanh":  func(c Expr) Expr { return NewMul(I, call("tan", c)) },
	"coth":  func(c Expr) Expr { return NewMul(NegOne, I, call("cot", c)) },
	"asin":  func(c Expr) Expr { return NewMul(I, call("asinh", c)) },
	"acos":  func(c Expr) Expr { return Sub(NewMul(Half, Pi), call("asin", NewMul(c, I))) },
	"atan":  func(c Expr) Expr { return NewMul(I, call("atanh", c)) },
	"acot":  func(c Expr) Expr { return NewMul(NegOne, I, call("acoth", c)) },
	"asinh": func(c Expr) Expr { return NewMul(I, call("asin", c)) },
	"atanh": func(c Expr) Expr { return NewMul(I, call("atan", c)) },
	"acoth": func(c Expr) Expr { return NewMul(NegOne, I, call("acot", c)) },
}

func init() {
	for name, rule := range imagRules {
		d := funcRegistry[name]
		old, rule := d.Eval, rule
		d.Eval = func(args []Expr) Expr {
			if len(args) == 1 && !isFloat(args[0]) {
				if c := imagCoeff(args[0]); c != nil {
					return rule(c)
				}
			}
			return old(args)
		}
	}
}

// reciprocal evaluates sec/csc/sech/csch as 1/f when f evaluates.
func reciprocal(name, of string, odd bool, arg Expr, fEval func(Expr) Expr) Expr {
	if arg == NaN || arg == Zoo {
		return NaN
	}
	if CouldExtractMinusSign(arg) {
		if odd {
			return Neg(call(name, Neg(arg)))
		}
		return call(name, Neg(arg))
	}
	if f, ok := arg.(*Func); ok && f.def.Name == "a"+name {
		return f.args[0]
	}
	t := funcRegistry[of].Eval([]Expr{arg})
	if t == nil {
		return nil
	}
	// (1/t).rewrite(name) when t or -t is a sin/cos (sinh/cosh) call
	for _, sgn := range []Expr{One, NegOne} {
		u := t
		if sgn == NegOne {
			u = Neg(t)
		}
		f, ok := u.(*Func)
		if !ok || len(f.args) != 1 {
			continue
		}
		trig := f.def.Name == "sin" || f.def.Name == "cos"
		if g := reciprocalName[f.def.Name]; g != "" && (trig && (name == "sec" || name == "csc") || f.def.Name == of) {
			if f.def.Name == of && Equal(f.args[0], arg) {
				return nil // f did not evaluate: keep name(arg)
			}
			if name == "sech" || name == "csch" {
				break
			}
			return NewMul(sgn, call(g, f.args[0]))
		}
	}
	return NewPow(t, NegOne)
}

func evalSec(arg Expr) Expr { return reciprocal("sec", "cos", false, arg, evalCos) }
func evalCsc(arg Expr) Expr { return reciprocal("csc", "sin", true, arg, evalSin) }
func evalSech(arg Expr) Expr {
	return reciprocal("sech", "cosh", false, arg, evalCosh)
}
func evalCsch(arg Expr) Expr {
	return reciprocal("csch", "sinh", true, arg, evalSinh)
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

var (
	sqrt2, sqrt3 Expr
	asinTable    [][2]Expr
	atanTable    [][2]Expr
	acoshTable   [][2]Expr
)

func init() {
	sqrt2, sqrt3 = Sqrt(Two), Sqrt(NewInt(3))
	piOver := func(n int64) Expr { return NewMul(NewRational(big.NewInt(1), big.NewInt(n)), Pi) }
	asinTable = [][2]Expr{
		{One, piOver(2)}, {Half, piOver(6)}, {Div(sqrt2, Two), piOver(4)}, {Div(sqrt3, Two), piOver(3)},
		{Div(One, sqrt2), piOver(4)},
	}
	atanTable = [][2]Expr{
		{One, piOver(4)}, {sqrt3, piOver(3)}, {Div(sqrt3, NewInt(3)), piOver(6)}, {Oo, piOver(2)},
	}
	// the real entries of SymPy's _acosh_table (values times I)
	frac := func(p, q int64) Expr { return NewMul(NewRational(big.NewInt(p), big.NewInt(q)), Pi) }
	sqrt5 := Sqrt(NewInt(5))
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
		acoshTable = append(acoshTable,
			[2]Expr{Div(r.n, r.d), NewMul(frac(r.p, r.q), I)},
			[2]Expr{Div(Neg(r.n), r.d), NewMul(frac(r.q-r.p, r.q), I)})
	}
}

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
		return Neg(call("asin", Neg(arg)))
	}
	if v := tableLookup(arg, asinTable); v != nil {
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
		if v := tableLookup(arg, asinTable); v != nil {
			return NewAdd(NewMul(Half, Pi), Neg(v))
		}
		if CouldExtractMinusSign(arg) {
			if v := tableLookup(Neg(arg), asinTable); v != nil {
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
		return Neg(call("atan", Neg(arg)))
	}
	if v := tableLookup(arg, atanTable); v != nil {
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
		return Neg(call("acot", Neg(arg)))
	}
	if v := tableLookup(arg, atanTable); v != nil {
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
	a := call("asin", NewPow(c, NegOne))
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
		return Neg(call("acsc", Neg(arg)))
	}
	if arg == Oo || arg == NegOo || arg == Zoo {
		return Zero
	}
	if a := acscTable(arg); a != nil {
		return a
	}
	return nil
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
		return Neg(call("sinh", Neg(arg)))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def.Name {
		case "asinh":
			return x
		case "acosh":
			return NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One)))
		case "atanh":
			return Div(x, Sqrt(oneMinusSq(x)))
		case "acoth":
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
		return call("cosh", Neg(arg))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def.Name {
		case "asinh":
			return Sqrt(NewAdd(One, NewPow(x, Two)))
		case "acosh":
			return x
		case "atanh":
			return Div(One, Sqrt(oneMinusSq(x)))
		case "acoth":
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
		return Neg(call("tanh", Neg(arg)))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def.Name {
		case "asinh":
			return Div(x, Sqrt(NewAdd(One, NewPow(x, Two))))
		case "acosh":
			return Div(NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))), x)
		case "atanh":
			return x
		case "acoth":
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
		return Neg(call("coth", Neg(arg)))
	}
	if f, ok := arg.(*Func); ok && len(f.args) == 1 {
		x := f.args[0]
		switch f.def.Name {
		case "asinh":
			return Div(Sqrt(NewAdd(One, NewPow(x, Two))), x)
		case "acosh":
			return Div(x, NewMul(Sqrt(NewAdd(x, NegOne)), Sqrt(NewAdd(x, One))))
		case "atanh":
			return NewPow(x, NegOne)
		case "acoth":
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
		return call("log", NewAdd(One, sqrt2))
	}
	if isInt(arg, -1) {
		return call("log", NewAdd(NegOne, sqrt2))
	}
	if r := floatEval(arg, mpf.Asinh); r != nil {
		return r
	}
	if CouldExtractMinusSign(arg) {
		return Neg(call("asinh", Neg(arg)))
	}
	return invHypOfHyp(arg, "sinh", false)
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
	if v := tableLookup(arg, acoshTable); v != nil {
		return v
	}
	return invHypOfHyp(arg, "cosh", true)
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
		return Neg(call("atanh", Neg(arg)))
	}
	return invHypOfHyp(arg, "tanh", false)
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
		return Neg(call("acoth", Neg(arg)))
	}
	return nil
}

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

func evalExp(arg Expr) Expr {
	if isZeroInt(arg) {
		return One
	}
	if isInt(arg, 1) {
		return E
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	case Oo:
		return Oo
	case NegOo:
		return Zero
	}
	if r := floatEval(arg, mpf.Exp); r != nil {
		return r
	}
	switch x := arg.(type) {
	case *Func:
		if x.def.Name == "log" && len(x.args) == 1 {
			return x.args[0]
		}
	case *Mul:
		if r := expPiI(x); r != nil {
			return r
		}
		coeff, terms := AsCoeffMul(x)
		if coeff == Oo || coeff == NegOo {
			return nil
		}
		var logTerm Expr
		ts := mulArgs(terms)
		for _, t := range ts {
			if f, ok := t.(*Func); ok && f.def.Name == "log" && len(f.args) == 1 {
				if logTerm != nil {
					return nil
				}
				logTerm = f.args[0]
			} else if !isComparable(t) {
				return nil
			}
		}
		if logTerm != nil {
			coeffs := []Expr{coeff}
			for _, t := range ts {
				if f, ok := t.(*Func); !ok || f.def.Name != "log" || len(f.args) != 1 {
					coeffs = append(coeffs, t)
				}
			}
			return NewPow(logTerm, NewMul(coeffs...))
		}
	case *Add:
		var out []Expr
		add := make([]Expr, 0, len(x.args))
		changed := false
		for _, a := range x.args {
			if isInt(a, 1) {
				add = append(add, a)
				continue
			}
			// exp(a) evaluated; nil means it stays exp(a) unchanged
			na := evalExp(a)
			if na == nil {
				add = append(add, a)
				continue
			}
			if f, ok := na.(*Func); ok && f.def.Name == "exp" {
				if !Equal(f.args[0], a) {
					add = append(add, f.args[0])
					changed = true
				} else {
					add = append(add, a)
				}
			} else {
				out = append(out, na)
			}
		}
		if len(out) > 0 || changed {
			return NewMul(NewMul(out...), newFunc(funcRegistry["exp"], []Expr{NewAdd(add...)}))
		}
	}
	return nil
}

func evalLogArgs(a []Expr) Expr {
	if len(a) == 2 {
		arg, base := a[0], a[1]
		if isInt(base, 1) {
			if isInt(arg, 1) {
				return NaN
			}
			return Zoo
		}
		if ai, ok := arg.(*Integer); ok {
			if bi, ok := base.(*Integer); ok && ai.Sign() > 0 && bi.Sign() > 0 && !isInt(bi, 1) {
				n := 0
				v := ai.Big()
				b := bi.Big()
				m := new(big.Int)
				for {
					q, r := new(big.Int).QuoRem(v, b, m)
					if r.Sign() != 0 {
						break
					}
					v = q
					n++
				}
				if n > 0 {
					return NewAdd(NewInt(int64(n)), Div(call("log", NewBigInt(v)), call("log", base)))
				}
			}
		}
		return Div(call("log", arg), call("log", base))
	}
	return evalLog(a[0])
}

func evalLog(arg Expr) Expr {
	switch arg {
	case E:
		return One
	case Oo, NegOo:
		return Oo
	case Zoo:
		return Zoo
	case NaN:
		return NaN
	}
	if isInt(arg, 1) {
		return Zero
	}
	if isZeroNum(arg) && IsNumber(arg) {
		return Zoo
	}
	if r := floatEvalDomain(arg, fptr(0), nil, mpf.Log); r != nil {
		return r
	}
	if f, ok := arg.(*Func); ok && f.def.Name == "exp" && IsReal(f.args[0]) == True {
		return f.args[0]
	}
	if p, ok := arg.(*Pow); ok && p.Base() == E && IsReal(p.Exp()) == True {
		return p.Exp()
	}
	if q, ok := arg.(*Rational); ok && q.r.Num().IsInt64() && q.r.Num().Int64() == 1 {
		return Neg(call("log", NewBigInt(q.r.Denom())))
	}
	if IsRational(arg) || isFloat(arg) {
		if s, _ := numSign(arg); s < 0 {
			return NewAdd(call("log", numNeg(arg)), NewMul(I, Pi))
		}
	} else if isNumeric(arg) && IsNegative(arg) == True {
		return NewAdd(NewMul(Pi, I), call("log", Neg(arg)))
	}
	if _, isAdd := arg.(*Add); !isAdd {
		if c := imagCoeff(arg); c != nil && IsRational(c) {
			if s, _ := numSign(c); s >= 0 {
				return NewAdd(NewMul(Pi, I, Half), call("log", c))
			}
			return NewAdd(NewMul(Pi, I, NegHalf), call("log", numNeg(c)))
		}
	}
	return nil
}

func evalSign(arg Expr) Expr {
	if IsNumber(arg) {
		if isZeroNum(arg) {
			return Zero
		}
		if s, ok := numSign(arg); ok {
			return NewInt(int64(s))
		}
	}
	if m, ok := arg.(*Mul); ok {
		// sign(c*a*b) = sign(c) * (sign of each known factor) * sign(rest)
		c, rest := AsCoeffMul(m)
		var s Expr = One
		if cs, ok := numSign(c); ok && cs < 0 {
			s = NegOne
		}
		var unk []Expr
		args := mulArgs(rest)
		for _, a := range args {
			switch {
			case IsNegative(a) == True:
				s = Neg(s)
			case IsPositive(a) == True:
			case a == I:
				s = NewMul(s, I)
			default:
				unk = append(unk, a)
			}
		}
		if isInt(c, 1) && len(unk) == len(args) {
			return nil
		}
		if len(unk) == 0 {
			return s
		}
		return NewMul(s, call("sign", NewMul(unk...)))
	}
	if IsZero(arg) == True {
		return Zero
	}
	if IsPositive(arg) == True {
		return One
	}
	if IsNegative(arg) == True {
		return NegOne
	}
	if arg == I {
		return I
	}
	if f, ok := arg.(*Func); ok && f.def.Name == "sign" {
		return arg
	}
	return nil
}

func evalAbs(arg Expr) Expr {
	switch arg {
	case Oo, NegOo, Zoo:
		return Oo
	}
	if IsNumber(arg) {
		return numAbsReal(arg)
	}
	if arg == I {
		return One
	}
	if isNonnegative(arg) == True {
		return arg
	}
	if IsNegative(arg) == True || isNonpositiveKnown(arg) {
		return Neg(arg)
	}
	if CouldExtractMinusSign(arg) {
		return call("Abs", Neg(arg))
	}
	if m, ok := arg.(*Mul); ok {
		var known, unk []Expr
		for _, t := range m.args {
			if p, ok := t.(*Pow); ok && IsInteger(p.Exp()) && IsNegative(p.Exp()) == True {
				if bn := call("Abs", p.Base()); !isAbs(bn) {
					known = append(known, NewPow(bn, p.Exp()))
					continue
				}
				unk = append(unk, t)
				continue
			}
			if tn := call("Abs", t); !isAbs(tn) {
				known = append(known, tn)
			} else {
				unk = append(unk, t)
			}
		}
		if len(known) == 0 {
			return nil
		}
		if len(unk) == 0 {
			return NewMul(known...)
		}
		return NewMul(NewMul(known...), newFunc(funcRegistry["Abs"], []Expr{NewMul(unk...)}))
	}
	if p, ok := arg.(*Pow); ok && IsReal(p.Base()) == True && IsIntegerValued(p.Exp()) == True {
		if parity(p.Exp()) == 0 {
			return arg
		}
		if isInt(p.Base(), -1) {
			return One
		}
		return NewPow(call("Abs", p.Base()), p.Exp())
	}
	if re, im, ok := pureComplex(arg); ok {
		return Sqrt(numAdd(numMul(re, re), numMul(im, im)))
	}
	return nil
}

func isAbs(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def.Name == "Abs"
}

func isNonpositiveKnown(e Expr) bool {
	s, ok := e.(*Symbol)
	return ok && s.assume.Nonpositive
}

// expPiI evaluates exp(c*pi*I) for rational c as SymPy's exp.eval does:
// multiples of pi/2 become 1, -1, I, -I; other rationals are reduced to
// (-1, 1].
func expPiI(m *Mul) Expr {
	hasPi, hasI := false, false
	for _, a := range m.args {
		hasPi = hasPi || a == Pi
		hasI = hasI || a == I
	}
	if !hasPi || !hasI {
		return nil
	}
	hasPi, hasI = false, false
	var rest []Expr
	for _, a := range m.args {
		switch {
		case a == Pi && !hasPi:
			hasPi = true
		case a == I && !hasI:
			hasI = true
		default:
			rest = append(rest, a)
		}
	}
	if !hasPi || !hasI {
		return nil
	}
	c := mulRest(rest)
	if !IsRational(c) {
		return nil
	}
	r := toRat(c)
	two := new(big.Rat).Mul(r, big.NewRat(2, 1))
	if two.IsInt() {
		// 2c integer: c = k/2
		k := new(big.Int).Mod(two.Num(), big.NewInt(4)).Int64()
		return []Expr{One, I, NegOne, Neg(I)}[k]
	}
	// ncoeff = c mod 2, then into (-1, 1]
	n := new(big.Rat).Set(r)
	q := new(big.Int).Quo(n.Num(), n.Denom())
	q.Sub(q, new(big.Int).Mod(q, big.NewInt(2))) // even part
	nc := new(big.Rat).Sub(n, new(big.Rat).SetInt(q))
	for nc.Sign() < 0 {
		nc.Add(nc, big.NewRat(2, 1))
	}
	for nc.Cmp(big.NewRat(2, 1)) >= 0 {
		nc.Sub(nc, big.NewRat(2, 1))
	}
	if nc.Cmp(big.NewRat(1, 1)) > 0 {
		nc.Sub(nc, big.NewRat(2, 1))
	}
	if nc.Cmp(r) == 0 {
		return nil
	}
	return call("exp", NewMul(ratFrom(nc), Pi, I))
}

// errorFunction is the eval of erf, erfc or erfi: the values at 0 and
// the infinities, a Float evaluated, and the rule for a negative
// argument (erf and erfi are odd, erfc(-x) = 2 - erfc(x)).
type errorFunction struct {
	name                string
	atZero, atOo, atNeg Expr
	value               func(mpf.Float, int) mpf.Float
	negative            func(name string, minusArg Expr) Expr
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
		return f.negative(f.name, Neg(arg))
	}
	return nil
}

func oddFunction(name string, minusArg Expr) Expr { return Neg(call(name, minusArg)) }

var (
	evalErf  = errorFunction{"erf", Zero, One, NegOne, mpf.Erf, oddFunction}.eval
	evalErfc = errorFunction{"erfc", One, Zero, Two, mpf.Erfc,
		func(name string, minusArg Expr) Expr { return Sub(Two, call(name, minusArg)) }}.eval
	evalErfi = errorFunction{"erfi", Zero, Oo, NegOo, mpf.Erfi, oddFunction}.eval
)
