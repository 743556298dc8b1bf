package engine

import "github.com/dcalc/dcalc/engine/mpf"

// The sine integral Si, the exponential integral Ei and the logarithmic
// integral li (SymPy's sympy.functions.special.error_functions): their
// values at 0 and infinity, Si's oddness, derivatives and printing; the
// antiderivatives sin(a*x)/x, exp(c*x)/x and 1/log(x) integrate to them.
// Real arguments are evaluated numerically (mpf.Si, mpf.Ei).
var (
	fnSi = builtin("Si", 0, 1)
	fnEi = builtin("Ei", 0, 1)
	fnLi = builtin("li", 0, 1)
)

const lackExpint = "machine-precision evaluation and series of the exponential and trigonometric integrals are not implemented"

// expintEvalf evaluates f of a real argument, or fails.
func expintEvalf(f func(x mpf.Float, wp int) mpf.Float) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) {
		if !a.isReal() {
			return cval{}, errNotNumeric
		}
		v := f(a.re, ev.wp)
		if !v.IsFinite() {
			return cval{}, errNotNumeric
		}
		return ev.real(v), nil
	})
}

func init() {
	fnSi.hooks = hooks{
		eval:  eval1(evalSi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(fnSin.call(x), x) }),
		evalf: expintEvalf(mpf.Si),
		// SymPy's Si has no is_real rule
		lacks: lack(lackExpint, "evalc", "real", "series"),
	}
	fnEi.hooks = hooks{
		eval:  eval1(evalEi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(fnExp.call(x), x) }),
		evalf: expintEvalf(func(x mpf.Float, wp int) mpf.Float { return mpf.Ei(x, wp, eulerGamma) }),
		lacks: lack(lackExpint, "evalc", "real", "series"),
	}
	fnLi.hooks = hooks{
		eval:  eval1(evalLi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(One, fnLog.call(x)) }),
		evalf: expintEvalf(func(x mpf.Float, wp int) mpf.Float {
			if x.Sign() <= 0 {
				return mpf.NaN() // li of a negative number is complex
			}
			return mpf.Ei(mpf.Log(x, wp+10), wp, eulerGamma)
		}),
		lacks: lack(lackExpint, "evalc", "real", "series"),
	}
}

// evalSi is Si.eval (TrigonometricIntegral's): 0 at 0, ±pi/2 at ±oo,
// odd; Si(I*x) is I*Shi(x), which dcalc refuses.
func evalSi(z Expr) Expr {
	switch {
	case IsZero(z) == True:
		return Zero
	case z == Oo:
		return NewMul(Half, Pi)
	case z == NegOo:
		return Neg(NewMul(Half, Pi))
	case imagCoeffOf(z) != nil:
		panic(notImpl("Si of an imaginary argument (SymPy's Shi)"))
	case CouldExtractMinusSign(z):
		return Neg(fnSi.call(Neg(z)))
	}
	return nil
}

// evalEi is Ei.eval at 0 and ±oo.
func evalEi(z Expr) Expr {
	switch {
	case IsZero(z) == True:
		return NegOo
	case z == Oo:
		return Oo
	case z == NegOo:
		return Zero
	}
	return nil
}

// evalLi is li.eval at 0, 1 and oo.
func evalLi(z Expr) Expr {
	switch {
	case IsZero(z) == True:
		return Zero
	case isInt(z, 1):
		return NegOo
	case z == Oo:
		return Oo
	}
	return nil
}

// integExpint integrates sin(a*x)/x to Si(a*x), exp(c*x)/x to Ei(c*x)
// for a positive rational c, and 1/log(x) to li(x), as SymPy does; the
// factors of f are given.
func integExpint(fs []Expr, x *Symbol) (Expr, bool) {
	if len(fs) == 1 {
		if p, ok := fs[0].(*Pow); ok && isInt(p.Exp(), -1) {
			if l, ok := isCall(p.Base(), fnLog); ok && Equal(l.args[0], x) {
				return fnLi.call(x), true
			}
		}
		return nil, false
	}
	if len(fs) != 2 {
		return nil, false
	}
	var fn *Func
	over := false
	for _, f := range fs {
		switch g := f.(type) {
		case *Pow:
			over = over || Equal(g.Base(), x) && isInt(g.Exp(), -1)
		case *Func:
			fn = g
		}
	}
	if !over || fn == nil {
		return nil, false
	}
	a, b, ok := linearIn(fn.args[0], x)
	if !ok || !isZeroInt(b) {
		return nil, false
	}
	switch fn.def {
	case fnSin:
		return fnSi.call(fn.args[0]), true
	case fnExp:
		if IsRational(a) && IsPositive(a) == True {
			return fnEi.call(fn.args[0]), true
		}
	}
	return nil, false
}
