package engine

import (
	"math/cmplx"
	"slices"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The complex parts: sign, Abs, re, im, conjugate and arg (SymPy's
// sympy.functions.elementary.complexes; the rules of re, im, conjugate
// and arg are in complexes.go).
var (
	fnSign      = builtin("sign", 0, 1)
	fnAbs       = builtin("Abs", 0, 1)
	fnRe        = builtin("re", 41, 1)
	fnIm        = builtin("im", 42, 1)
	fnConjugate = builtin("conjugate", 40, 1)
	fnArg       = builtin("arg", 43, 1)
)

func init() {
	fnSign.hooks = hooks{
		eval: eval1(evalSign),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) {
			if a.re.IsZero() && a.im.IsZero() {
				return a, nil
			}
			return ev.quo(a, ev.real(ev.abs(a)))
		}),
		evalc: evalc1(func(z complex128) complex128 {
			if z == 0 {
				return 0
			}
			return z / complex(cmplx.Abs(z), 0)
		}),
		fdiff: fdiffSign,
		real:  realWithArg,
		lacks: lack(lackSeries, "series"),
	}
	fnAbs.hooks = hooks{
		eval: eval1(evalAbs),
		fdiff: func(a []Expr, _ int) Expr {
			if IsReal(a[0]) == True {
				return fnSign.call(a[0])
			}
			return nil
		},
		evalf: total(func(ev *evaluator, a cval) cval { return ev.real(ev.abs(a)) }),
		evalc: evalc1(func(z complex128) complex128 { return complex(cmplx.Abs(z), 0) }),
		// IsReal is extended realness: |z| always is
		real: func([]Expr) Tri { return True },

		tex:    texAbs,
		pretty: prettyAbs,
		lacks:  lack(lackSeries, "series"),
	}
	fnRe.hooks = partHooks(EvalRe, func(a cval) mpf.Float { return a.re }, func(z complex128) float64 { return real(z) })
	fnIm.hooks = partHooks(EvalIm, func(a cval) mpf.Float { return a.im }, func(z complex128) float64 { return imag(z) })
	fnConjugate.hooks = hooks{
		eval:   eval1(evalConjugate),
		evalf:  total(func(ev *evaluator, a cval) cval { return cval{a.re, a.im.Neg()} }),
		evalc:  evalc1(cmplx.Conj),
		tex:    texConjugate,
		pretty: prettyConjugate,
		lacks:  also(also(lack(lackReal, "real"), lackSeries, "series"), "not holomorphic: dcalc leaves its derivative unevaluated", "fdiff"),
	}
	fnArg.hooks = hooks{
		eval: eval1(evalArg),
		// arg is real (and finite) whatever its argument, as SymPy's class says
		real: func([]Expr) Tri { return True },
		evalf: unary(func(ev *evaluator, a cval) (cval, error) {
			if a.re.IsZero() && a.im.IsZero() {
				return cval{}, errNotNumeric
			}
			return ev.real(mpf.Atan2(a.im, a.re, ev.wp)), nil
		}),
		evalc: func(v []complex128) (complex128, bool) {
			if v[0] == 0 {
				return 0, false
			}
			return complex(cmplx.Phase(v[0]), 0), true
		},
		lacks: also(lack("SymPy writes it with re and im of Derivative(x, x): diff refuses (derivativeMissing)", "fdiff"), lackSeries, "series"),
	}
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
		return NewMul(s, fnSign.call(NewMul(unk...)))
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
	if f, ok := arg.(*Func); ok && f.def == fnSign {
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
		return fnAbs.call(Neg(arg))
	}
	if _, isAdd := arg.(*Add); !isAdd {
		// a constant over symbols: Abs(n)/Abs(d), so Abs(1/tan(t)**2)
		// is 1/Abs(tan(t)**2) and Abs(2/t) is 2/Abs(t)
		if n, d := fractionOf(arg); len(FreeSymbols(d)) > 0 && len(FreeSymbols(n)) == 0 {
			return Div(fnAbs.call(n), fnAbs.call(d))
		}
	}
	if m, ok := arg.(*Mul); ok {
		var known, unk []Expr
		for _, t := range m.args {
			if p, ok := t.(*Pow); ok && IsInteger(p.Exp()) && IsNegative(p.Exp()) == True {
				if bn := fnAbs.call(p.Base()); !isAbs(bn) {
					known = append(known, NewPow(bn, p.Exp()))
					continue
				}
				unk = append(unk, t)
				continue
			}
			if tn := fnAbs.call(t); !isAbs(tn) {
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
		return NewMul(NewMul(known...), newFunc(fnAbs, []Expr{NewMul(unk...)}))
	}
	if p, ok := arg.(*Pow); ok && IsReal(p.Base()) != True && len(FreeSymbols(p.Base())) == 0 {
		// a complex base: exp(re(exponent*(a + I*b))) with a, b the real
		// and imaginary parts of log(base), log(Abs(base)) and arg(base)
		z := NewAdd(fnLog.call(fnAbs.call(p.Base())), NewMul(I, fnArg.call(p.Base())))
		if r := fnExp.call(fnRe.call(NewMul(p.Exp(), z))); !hasNumericPart(r) {
			return r
		}
		return nil // SymPy's re() would finish the job; dcalc's could not
	}
	if p, ok := arg.(*Pow); ok && IsReal(p.Base()) == True && IsIntegerValued(p.Exp()) == True {
		if parity(p.Exp()) == 0 {
			return arg
		}
		if isInt(p.Base(), -1) {
			return One
		}
		return NewPow(fnAbs.call(p.Base()), p.Exp())
	}
	if re, im, ok := pureComplex(arg); ok {
		return Sqrt(numAdd(numMul(re, re), numMul(im, im)))
	}
	if f, ok := arg.(*Func); ok && f.def == fnExp {
		return fnExp.call(fnRe.call(f.args[0])) // Abs(exp(z)) = exp(re(z))
	}
	if IsZero(arg) == True {
		return Zero
	}
	if IsReal(arg) == True {
		return nil
	}
	return absByConjugate(arg)
}

// absByConjugate is the end of Abs.eval: sqrt(expand_mul(arg*conj))
// with conj = conjugate(arg), unless conj only wraps parts of arg in
// new conjugate() calls or a symbol of unknown reality keeps its
// conjugate (Abs(x + I) stays; Abs(1 + sqrt(2)*I) is sqrt(3)).
func absByConjugate(arg Expr) Expr {
	conj := Conjugate(arg)
	var inArg, inConj []Expr
	collectCalls(arg, fnConjugate, &inArg)
	collectCalls(conj, fnConjugate, &inConj)
	var fresh []Expr
	for _, c := range inConj {
		if !slices.ContainsFunc(inArg, func(o Expr) bool { return Equal(o, c) }) {
			fresh = append(fresh, c)
		}
	}
	if len(fresh) > 0 && !slices.ContainsFunc(fresh, func(c Expr) bool { return !Has(arg, c.Args()[0]) }) {
		return nil
	}
	if Equal(arg, conj) || Equal(arg, Neg(conj)) {
		return nil
	}
	// the free symbols outside Abs whose reality is unknown
	var abss []Expr
	collectCalls(arg, fnAbs, &abss)
	absFree := arg
	for _, a := range abss {
		absFree = SubsPairs(absFree, [][2]Expr{{a, NewDummy("r")}})
	}
	var unk []*Symbol
	for _, s := range FreeSymbols(absFree) {
		if IsReal(s) == Unknown && s.dummy == 0 {
			unk = append(unk, s)
		}
	}
	if len(unk) > 0 && !slices.ContainsFunc(unk, func(u *Symbol) bool { return !Has(conj, Conjugate(u)) }) {
		return nil
	}
	return Sqrt(ExpandMul(NewMul(arg, conj)))
}

// hasNumericPart reports whether e holds re() or im() of a number, a
// part dcalc failed to evaluate.
func hasNumericPart(e Expr) bool {
	var calls []Expr
	collectCalls(e, fnRe, &calls)
	collectCalls(e, fnIm, &calls)
	return slices.ContainsFunc(calls, func(c Expr) bool { return len(FreeSymbols(c)) == 0 })
}

func isAbs(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def == fnAbs
}

func isNonpositiveKnown(e Expr) bool {
	s, ok := e.(*Symbol)
	return ok && s.assume.Nonpositive
}

// partHooks are the hooks of re or im: eval, the part picked from a
// numeric value at any precision and at machine precision.
func partHooks(eval func(Expr) Expr, part func(cval) mpf.Float, partc func(complex128) float64) hooks {
	return hooks{
		eval:  eval1(eval),
		evalf: total(func(ev *evaluator, a cval) cval { return ev.real(part(a)) }),
		evalc: evalc1(func(z complex128) complex128 { return complex(partc(z), 0) }),
		tex:   texReIm,
		// SymPy's re and im are extended real whatever their argument
		real:  func([]Expr) Tri { return True },
		lacks: also(lack(lackReDiff, "fdiff"), lackSeries, "series"),
	}
}
