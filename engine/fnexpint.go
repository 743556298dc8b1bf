package engine

// The sine integral Si, the exponential integral Ei and the logarithmic
// integral li (SymPy's sympy.functions.special.error_functions): their
// values at 0 and infinity, Si's oddness, derivatives and printing; the
// antiderivatives sin(a*x)/x, exp(c*x)/x and 1/log(x) integrate to them.
// dcalc does not evaluate them numerically.
var (
	fnSi = builtin("Si", 0, 1)
	fnEi = builtin("Ei", 0, 1)
	fnLi = builtin("li", 0, 1)
)

const lackExpint = "dcalc does not evaluate the exponential and trigonometric integrals numerically"

func init() {
	fnSi.hooks = hooks{
		eval:  eval1(evalSi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(fnSin.call(x), x) }),
		// SymPy's Si has no is_real rule
		lacks: lack(lackExpint, "evalf", "evalc", "real", "series"),
	}
	fnEi.hooks = hooks{
		eval:  eval1(evalEi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(fnExp.call(x), x) }),
		lacks: lack(lackExpint, "evalf", "evalc", "real", "series"),
	}
	fnLi.hooks = hooks{
		eval:  eval1(evalLi),
		fdiff: fdiff1(func(x Expr) Expr { return Div(One, fnLog.call(x)) }),
		lacks: lack(lackExpint, "evalf", "evalc", "real", "series"),
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
