package engine

import "slices"

// This file is SymPy's laplace_transform and inverse_laplace_transform
// (sympy/integrals/laplace.py) for the functions of a first course: its
// table rules in its order, then its program rules (Heaviside shifts,
// DiracDelta, the exp frequency shift, trigonometric factors times
// another function, derivatives, multiplication by a polynomial), and
// for the inverse, partial fractions term by term with its formulas. A
// term the rules here do not cover is refused with NotImplementedError
// rather than transformed some other way.

// LaplaceTransformDef is SymPy's unevaluated LaplaceTransform(f, t, s),
// what the transform of an undefined function f(t) stays.
var LaplaceTransformDef = builtin("LaplaceTransform", 0, 3)

func init() {
	LaplaceTransformDef.ClassKey = 0 // IntegralTransform has no nargs: Naturals0 (Function.class_key)
	LaplaceTransformDef.hooks = hooks{
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			return texPowered(`\mathcal{L}_{`+args[1]+`}\left[`+args[0]+`\right]\left(`+args[2]+`\right)`, exp)
		},
		lacks: lack("an unevaluated Laplace transform of an undefined function",
			"eval", "fdiff", "evalf", "evalc", "real", "series"),
	}
}

// laplaceRefused is the error for a term outside the rules here.
func laplaceRefused(fn string, e Expr) error {
	return errorf("NotImplementedError", "dcalc's %s does not handle %s yet", fn, Str(e))
}

// LaplaceTransform is laplace_transform(f, t, s): the transform and the
// abscissa of convergence (the condition is True for every rule here).
func LaplaceTransform(f Expr, t *Symbol, s *Symbol) (F, plane Expr, err error) {
	defer recoverTo(&err)
	return laplace(f, t, s)
}

// laplace is _laplace_transform: term by term, each term's factors free
// of t taken out; s may be an expression (s - a under a frequency shift).
func laplace(fn Expr, t *Symbol, s Expr) (Expr, Expr, error) {
	var terms, planes []Expr
	for _, term := range addArgs(fn) {
		k, ft := asIndependentOf(term, []Expr{t})
		if hasCallOf(ft, fnPiecewise) {
			return nil, nil, laplaceRefused("laplace_transform", ft)
		}
		if h := fnHeaviside.call(t); Has(ft, h) && !Has(ft, fnDiracDelta.call(t)) {
			ft = SubsPairs(ft, [][2]Expr{{h, One}})
		}
		if err := laplaceCovered(ft, t); err != nil {
			return nil, nil, err
		}
		r, p, ok := laplaceSimple(ft, t, s)
		var err error
		if !ok {
			r, p, ok, err = laplaceProg(ft, t, s)
		}
		if !ok && err == nil {
			if x := Expand(ft); !Equal(x, ft) {
				if _, isAdd := x.(*Add); isAdd {
					r, p, err = laplace(x, t, s)
					ok = err == nil
				}
			}
		}
		if !ok && err == nil && hasUndefinedCallOf(ft, t) {
			r, p, ok = newFunc(LaplaceTransformDef, []Expr{ft, t, s}), NegOo, true
		}
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			return nil, nil, laplaceRefused("laplace_transform", ft)
		}
		terms = append(terms, NewMul(k, r))
		planes = append(planes, p)
	}
	return NewAdd(terms...), fnMax.call(planes...), nil
}

// hasUndefinedCallOf reports whether e holds an undefined function
// applied to something with x.
func hasUndefinedCallOf(e Expr, x *Symbol) bool {
	found := false
	walkExpr(e, func(a Expr) {
		if IsUndefinedCall(a) && Has(a, x) {
			found = true
		}
	})
	return found
}

// laplaceCovered refuses a term that SymPy's table transforms by an
// entry dcalc does not have, or that only its integration would: any
// function but exp, sin, cos, sinh, cosh, Heaviside, DiracDelta and
// undefined ones; exp or a trigonometric function of an argument not
// linear in t, or a power of one other than a positive integer; t**n
// for n not a number above -1; and a power of a t + b with b != 0 as
// the whole term, or with a negative exponent as one of its factors.
func laplaceCovered(f Expr, t *Symbol) error {
	var bad Expr
	trig := func(e Expr) bool { return isCallOf(e, fnSin, fnCos, fnSinh, fnCosh, fnExp) }
	walkExpr(f, func(e Expr) {
		if bad != nil || !Has(e, t) {
			return
		}
		switch x := e.(type) {
		case *Func:
			switch {
			case x.def.Undefined:
			case trig(x):
				if _, _, ok := linearArg(x.args[0], t); !ok {
					bad = e
				}
			case x.def == fnHeaviside || x.def == fnDiracDelta:
			default:
				bad = e
			}
		case *Pow:
			switch {
			case Equal(x.Base(), t):
				if !numberAbove(x.Exp(), -1) {
					bad = e
				}
			case trig(x.Base()):
				if n, ok := x.Exp().(*Integer); !ok || n.Sign() <= 0 {
					bad = e
				}
			}
		}
	})
	for _, fac := range mulArgs(f) {
		if p, ok := fac.(*Pow); ok && bad == nil {
			if _, b, ok := linearArg(p.Base(), t); ok && !Equal(b, Zero) && (Equal(fac, f) || IsNegative(p.Exp()) == True) {
				bad = fac
			}
		}
	}
	if bad != nil {
		return laplaceRefused("laplace_transform", bad)
	}
	return nil
}

// linearArg returns a, b with e = a*t + b, a free of t and not zero.
func linearArg(e Expr, t *Symbol) (a, b Expr, ok bool) {
	a, b, ok = linearIn(e, t)
	if !ok || Has(a, t) || Has(b, t) || Equal(a, Zero) {
		return nil, nil, false
	}
	return a, b, true
}

// call1Of returns the argument of a one-argument call of d.
func call1Of(e Expr, d *FuncDef) (Expr, bool) {
	if f, ok := e.(*Func); ok && f.def == d && len(f.args) == 1 {
		return f.args[0], true
	}
	return nil, false
}

// heavisideArg returns x for Heaviside(x) (its H0 SymPy's default 1/2).
func heavisideArg(e Expr) (Expr, bool) {
	f, ok := e.(*Func)
	if !ok || f.def != fnHeaviside || len(f.args) == 2 && !Equal(f.args[1], Half) {
		return nil, false
	}
	return f.args[0], true
}

// scaledArg returns omega for a call of d at omega*t.
func scaledArg(e Expr, d *FuncDef, t *Symbol) (Expr, bool) {
	arg, ok := call1Of(e, d)
	if !ok {
		return nil, false
	}
	a, b, ok := linearArg(arg, t)
	if !ok || !Equal(b, Zero) {
		return nil, false
	}
	return a, true
}

// tPower returns n for t**n (1 for t).
func tPower(e Expr, t *Symbol) (Expr, bool) {
	if Equal(e, t) {
		return One, true
	}
	if p, ok := e.(*Pow); ok && Equal(p.Base(), t) && !Has(p.Exp(), t) {
		return p.Exp(), true
	}
	return nil, false
}

// numberAbove reports whether n is a number greater than lo.
func numberAbove(n Expr, lo int64) bool {
	c, ok := NumberCmp(n, NewInt(lo))
	return ok && c > 0
}

func re(e Expr) Expr   { return fnRe.call(e) }
func inv(e Expr) Expr  { return NewPow(e, NegOne) }
func absE(e Expr) Expr { return fnAbs.call(e) }

// laplaceSimple is _laplace_apply_simple_rules: SymPy's table, in its
// order, for the entries dcalc has (an entry met whose form dcalc does
// not produce refuses, so no later entry answers instead).
func laplaceSimple(f Expr, t *Symbol, s Expr) (Expr, Expr, bool) {
	sq := func(x Expr) Expr { return NewPow(x, Two) }
	if !Has(f, t) {
		return NewMul(f, inv(s)), Zero, true
	}
	if arg, ok := call1Of(f, fnDiracDelta); ok {
		if a, nb, ok := linearArg(arg, t); ok {
			b := Neg(nb)
			ap, an := IsPositive(a) == True, IsNegative(a) == True
			bnn, bnp := IsNegative(b) == False && IsReal(b) == True, IsPositive(b) == False && IsReal(b) == True
			switch {
			case ap && bnn || an && bnp:
				return NewMul(fnExp.call(NewMul(NegOne, s, b, inv(a))), inv(absE(a))), NegOo, true
			case an && bnn || ap && bnp:
				return Zero, NegOo, true
			}
		}
	}
	if arg, ok := heavisideArg(f); ok {
		if a, nb, ok := linearArg(arg, t); ok {
			b := Neg(nb)
			ap, an := IsPositive(a) == True, IsNegative(a) == True
			switch {
			case ap && IsPositive(b) == True:
				return NewMul(fnExp.call(NewMul(NegOne, s, b, inv(a))), inv(s)), Zero, true
			case an && IsNegative(b) == True:
				return NewMul(Sub(One, fnExp.call(NewMul(NegOne, s, b, inv(a)))), inv(s)), Zero, true
			case ap && IsPositive(b) == False && IsReal(b) == True:
				return Div(One, s), Zero, true
			case an && IsPositive(b) == True:
				return Zero, Zero, true
			}
		}
	}
	if Equal(f, t) {
		return NewPow(s, NewInt(-2)), Zero, true
	}
	if n, ok := tPower(f, t); ok {
		if numberAbove(n, -1) {
			return NewMul(fnGamma.call(NewAdd(n, One)), inv(NewPow(s, NewAdd(n, One)))), Zero, true
		}
		return nil, nil, false
	}
	// exp(a*t - tau), t*exp(a*t - tau), t**n*exp(a*t)
	var tpow, ex Expr = One, nil
	for _, fac := range mulArgs(f) {
		if _, ok := call1Of(fac, fnExp); ok && ex == nil {
			ex = fac
		} else if Equal(tpow, One) {
			tpow = fac
		} else {
			tpow = nil
		}
	}
	if ex != nil && tpow != nil {
		a, b, lin := linearArg(ex.(*Func).args[0], t)
		n, isPow := tPower(tpow, t)
		switch {
		case lin && Equal(tpow, One):
			return NewMul(fnExp.call(b), inv(Sub(s, a))), re(a), true
		case lin && Equal(tpow, t):
			return NewMul(fnExp.call(b), inv(sq(Sub(s, a)))), re(a), true
		case lin && isPow && Equal(b, Zero) && numberAbove(n, -1):
			return NewMul(fnGamma.call(NewAdd(n, One)), inv(NewPow(Sub(s, a), NewAdd(n, One)))), re(a), true
		}
	}
	if w, ok := scaledArg(f, fnSin, t); ok {
		return NewMul(w, inv(NewAdd(sq(s), sq(w)))), absE(fnIm.call(w)), true
	}
	if w, ok := scaledArg(f, fnCos, t); ok {
		return NewMul(s, inv(NewAdd(sq(s), sq(w)))), absE(fnIm.call(w)), true
	}
	if p, ok := f.(*Pow); ok && Equal(p.Exp(), Two) {
		if w, ok := scaledArg(p.Base(), fnCos, t); ok {
			four, two := NewMul(NewInt(4), sq(w)), NewMul(Two, sq(w))
			return NewMul(NewAdd(sq(s), two), inv(NewAdd(sq(s), four)), inv(s)), NewMul(Two, absE(fnIm.call(w))), true
		}
	}
	if r, p, ok := laplaceTrigProduct(f, t, s); ok {
		return r, p, true
	}
	if a, ok := scaledArg(f, fnSinh, t); ok {
		return NewMul(a, inv(Sub(sq(s), sq(a)))), absE(re(a)), true
	}
	if a, ok := scaledArg(f, fnCosh, t); ok {
		return NewMul(s, inv(Sub(sq(s), sq(a)))), absE(re(a)), true
	}
	if p, ok := f.(*Pow); ok && Equal(p.Exp(), Two) {
		if a, ok := scaledArg(p.Base(), fnSinh, t); ok {
			den := Sub(NewPow(s, NewInt(3)), NewMul(NewInt(4), sq(a), s))
			return NewMul(Two, sq(a), inv(den)), NewMul(Two, absE(re(a))), true
		}
		if a, ok := scaledArg(p.Base(), fnCosh, t); ok {
			den := Sub(NewPow(s, NewInt(3)), NewMul(NewInt(4), sq(a), s))
			return NewMul(Sub(sq(s), NewMul(Two, sq(a))), inv(den)), NewMul(Two, absE(re(a))), true
		}
	}
	return nil, nil, false
}

// laplaceTrigProduct is the table's sin(a*t)*sin(b*t), cos(a*t)*sin(b*t)
// and cos(a*t)*cos(b*t) (a square too, a = b).
func laplaceTrigProduct(f Expr, t *Symbol, s Expr) (Expr, Expr, bool) {
	var facs []Expr
	if p, ok := f.(*Pow); ok && Equal(p.Exp(), Two) {
		facs = []Expr{p.Base(), p.Base()}
	} else if m, ok := f.(*Mul); ok && len(m.args) == 2 {
		facs = m.args
	} else {
		return nil, nil, false
	}
	var sins, coss []Expr
	for _, fac := range facs {
		if w, ok := scaledArg(fac, fnSin, t); ok {
			sins = append(sins, w)
		} else if w, ok := scaledArg(fac, fnCos, t); ok {
			coss = append(coss, w)
		} else {
			return nil, nil, false
		}
	}
	sq := func(x Expr) Expr { return NewPow(x, Two) }
	var a, b Expr
	var num []Expr
	s2 := sq(s)
	switch len(sins) {
	case 2:
		a, b = sins[0], sins[1]
		num = []Expr{Two, a, b, s}
	case 1:
		a, b = coss[0], sins[0]
		num = []Expr{b, NewAdd(s2, Neg(sq(a)), sq(b))}
	default:
		a, b = coss[0], coss[1]
		num = []Expr{s, NewAdd(s2, sq(a), sq(b))}
	}
	num = append(num, inv(NewAdd(s2, sq(NewAdd(a, b)))), inv(NewAdd(s2, sq(Sub(a, b)))))
	im := func(x Expr) Expr { return absE(fnIm.call(x)) }
	return NewMul(num...), NewAdd(im(a), im(b)), true
}

// laplaceProg is _laplace_apply_prog_rules: the Heaviside shift, the
// DiracDelta mask, the exp frequency shift, trigonometric factors,
// derivatives and multiplication by a polynomial, in SymPy's order.
func laplaceProg(f Expr, t *Symbol, s Expr) (Expr, Expr, bool, error) {
	facs := mulArgs(f)
	var heavi, delta, expo []int
	for i, fac := range facs {
		switch {
		case isCallOf(fac, fnHeaviside):
			if _, ok := heavisideArg(fac); !ok {
				return nil, nil, false, laplaceRefused("laplace_transform", fac)
			}
			heavi = append(heavi, i)
		case isCallOf(fac, fnDiracDelta):
			delta = append(delta, i)
		case isCallOf(fac, fnExp):
			expo = append(expo, i)
		}
	}
	rest := func(i int) Expr { return NewMul(slices.Delete(slices.Clone(facs), i, i+1)...) }
	if len(heavi) == 1 {
		y := facs[heavi[0]].(*Func).args[0]
		g := rest(heavi[0])
		if a, nb, ok := linearArg(y, t); ok {
			switch {
			case Equal(a, One) && IsNegative(nb) == True: // Heaviside(t - c), c > 0
				r, p, err := laplace(SubsPairs(g, [][2]Expr{{t, Sub(t, nb)}}), t, s)
				if err != nil {
					return nil, nil, false, err
				}
				return NewMul(fnExp.call(NewMul(nb, s)), r), p, true, nil
			case Equal(a, One) && IsPositive(nb) == True:
				r, p, err := laplace(g, t, s)
				return r, p, err == nil, err
			case Equal(a, NegOne) && IsPositive(nb) == True: // Heaviside(c - t): the window [0, c)
				r, p, err := laplace(NewMul(Sub(One, fnHeaviside.call(Sub(t, nb))), g), t, s)
				return r, p, err == nil, err
			case Equal(a, NegOne) && IsNegative(nb) == True:
				return Zero, Zero, true, nil
			}
		}
		return nil, nil, false, laplaceRefused("laplace_transform", f)
	}
	if len(delta) == 1 && len(facs[delta[0]].(*Func).args) == 1 {
		z := rest(delta[0])
		if b, c, ok := linearArg(facs[delta[0]].(*Func).args[0], t); ok && !hasCallOf(z, fnDiracDelta, fnSin, fnCos) {
			loc := Div(Neg(c), b)
			switch {
			case IsNegative(loc) == False && IsReal(loc) == True:
				n, d, err := AsNumerDenom(NewMul(fnExp.call(NewMul(NegOne, loc, s)), z))
				if err != nil {
					return nil, nil, false, err
				}
				at := [][2]Expr{{t, loc}}
				if d = SubsPairs(d, at); !Equal(d, Zero) {
					return Div(Div(SubsPairs(n, at), d), b), NegOo, true, nil
				}
			case IsNegative(loc) == True:
				return Zero, NegOo, true, nil
			}
		}
	}
	if len(delta) > 0 {
		return nil, nil, false, laplaceRefused("laplace_transform", f)
	}
	if len(expo) == 1 {
		if a, b, ok := linearArg(facs[expo[0]].(*Func).args[0], t); ok && Equal(b, Zero) {
			r, p, err := laplace(rest(expo[0]), t, Sub(s, a))
			if err != nil {
				return nil, nil, false, err
			}
			return r, NewAdd(p, re(a)), true, nil
		}
	}
	if hasCallOf(f, fnSin, fnCos, fnSinh, fnCosh) {
		return laplaceTrig(f, t, s)
	}
	if d, ok := f.(*Derivative); ok {
		return laplaceDerivative(d, t, s)
	}
	return laplacePolyTimes(f, t, s)
}

// laplaceTrig is _laplace_rule_trig for a trigonometric part times a
// function g of t: the part as a sum of k*exp(a*t), each shifting g's
// transform G(s) to k*G(s - a). (With g free of t SymPy pairs the poles
// into real quadratics; dcalc refuses that case.)
func laplaceTrig(fn Expr, t *Symbol, s Expr) (Expr, Expr, bool, error) {
	var trig, other []Expr
	for _, fac := range mulArgs(fn) {
		if hasCallOf(fac, fnSin, fnCos, fnSinh, fnCosh, fnExp) {
			trig = append(trig, fac)
		} else {
			other = append(other, fac)
		}
	}
	g := NewMul(other...)
	if !Has(g, t) {
		return nil, nil, false, laplaceRefused("laplace_transform", fn)
	}
	x, err := Rewrite(NewMul(trig...), "exp")
	if err != nil {
		return nil, nil, false, err
	}
	var results, planes []Expr
	for _, term := range addArgs(Expand(x)) {
		k, e := asIndependentOf(term, []Expr{t})
		a := Expr(Zero)
		if !Equal(e, One) {
			arg, ok := call1Of(e, fnExp)
			if !ok {
				return nil, nil, false, laplaceRefused("laplace_transform", fn)
			}
			c1, c0, ok := linearArg(arg, t)
			if !ok {
				return nil, nil, false, laplaceRefused("laplace_transform", fn)
			}
			a, k = c1, NewMul(k, fnExp.call(c0))
		}
		// SymPy transforms g at s and substitutes s - a; the shifted
		// variable gives the same expression
		G, gPlane, err := laplace(g, t, Sub(s, a))
		if err != nil {
			return nil, nil, false, err
		}
		results = append(results, NewMul(k, G))
		planes = append(planes, NewAdd(gPlane, re(a)))
	}
	return NewAdd(results...), fnMax.call(planes...), true, nil
}

// laplaceDerivative is _laplace_rule_diff: the transform of the n-th
// derivative of f(t), s**n*F(s) less the initial values.
func laplaceDerivative(d *Derivative, t *Symbol, s Expr) (Expr, Expr, bool, error) {
	g, ok := d.Expr().(*Func)
	if !ok || len(d.Vars()) != 1 || !Equal(d.Vars()[0].Var, t) {
		return nil, nil, false, nil
	}
	n := 0
	for _, a := range g.args {
		if Has(a, t) {
			n++
		}
	}
	if n != 1 {
		return nil, nil, false, nil
	}
	order := d.Vars()[0].Count
	r, p, err := laplace(g, t, s)
	if err != nil {
		return nil, nil, false, err
	}
	init := make([]Expr, order)
	for k := range order {
		y := SubsPairs(g, [][2]Expr{{t, Zero}})
		if k > 0 {
			y = SubsPairs(NewDerivative(g, []VarCount{{Var: t, Count: k}}), [][2]Expr{{t, Zero}})
		}
		init[k] = NewMul(NewPow(s, NewInt(int64(order-k-1))), y)
	}
	return Sub(NewMul(NewPow(s, NewInt(int64(order))), r), NewAdd(init...)), p, true, nil
}

// laplacePolyTimes is _laplace_rule_sdiff: a polynomial factor p(t)
// times g(t) is the sum of p's coefficients times the derivatives
// (-d/ds)**k of G(s).
func laplacePolyTimes(f Expr, t *Symbol, s Expr) (Expr, Expr, bool, error) {
	sv, ok := s.(*Symbol)
	if _, isMul := f.(*Mul); !isMul || !ok {
		return nil, nil, false, nil
	}
	var pf, of []Expr
	for _, fac := range mulArgs(f) {
		if IsPolynomial(fac, []Expr{t}) {
			pf = append(pf, fac)
		} else {
			of = append(of, fac)
		}
	}
	if len(pf) == 0 {
		return nil, nil, false, nil
	}
	cs, ok := polyCoeffs(NewMul(pf...), t) // ascending
	if !ok || len(cs) < 2 {
		return nil, nil, false, nil
	}
	r, p, err := laplace(NewMul(of...), t, s)
	if err != nil {
		return nil, nil, false, err
	}
	if hasCallOf(r, LaplaceTransformDef) {
		// (-1)**k * Derivative(F, (s, k)), unevaluated
		terms := []Expr{NewMul(cs[0], r)}
		for k := 1; k < len(cs); k++ {
			d := NewDerivative(r, []VarCount{{Var: sv, Count: k}})
			terms = append(terms, NewMul(cs[k], NewPow(NegOne, NewInt(int64(k))), d))
		}
		return NewAdd(terms...), p, true, nil
	}
	deri := r
	terms := []Expr{NewMul(cs[0], r)}
	for k := 1; k < len(cs); k++ {
		d, err := Diff(deri, VarCount{Var: sv, Count: 1})
		if err != nil {
			return nil, nil, false, err
		}
		deri = Neg(d)
		terms = append(terms, NewMul(cs[k], deri))
	}
	return NewAdd(terms...), p, true, nil
}

// LaplaceCorrespondence is laplace_correspondence(f, {y: Y}): each
// LaplaceTransform(y(t), t, s) in f becomes Y(s).
func LaplaceCorrespondence(f Expr, fdict map[*FuncDef]*FuncDef) Expr {
	return ReplaceFunction(f, LaplaceTransformDef, func(args []Expr) Expr {
		if y, ok := args[0].(*Func); ok && len(y.args) == 1 && Equal(y.args[0], args[1]) {
			if Y, ok := fdict[y.def]; ok {
				return NewFunc(Y, args[2])
			}
		}
		return newFunc(LaplaceTransformDef, args)
	})
}

// LaplaceInitialConds is laplace_initial_conds(f, t, {y: [y0, y1, ...]}):
// y(0) and the k-th derivatives of y(t) at t = 0 replaced by the values.
func LaplaceInitialConds(f Expr, t *Symbol, y *FuncDef, ics []Expr) Expr {
	var pairs [][2]Expr
	for k, ic := range ics {
		if k == 0 {
			pairs = append(pairs, [2]Expr{NewFunc(y, Zero), ic})
			continue
		}
		d := NewDerivative(NewFunc(y, t), []VarCount{{Var: t, Count: k}})
		pairs = append(pairs, [2]Expr{NewSubs(d, []Expr{t}, []Expr{Zero}), ic})
	}
	return Xreplace(f, pairs)
}

// laplaceDoit is LaplaceTransform.doit(): the transform computed (one of
// an undefined function stays as it is).
func laplaceDoit(f *Func) Expr {
	t, ok := f.args[1].(*Symbol)
	if !ok || hasUndefinedCallOf(f.args[0], t) {
		return f
	}
	r, _, err := laplace(Doit(f.args[0]), t, f.args[2])
	if err != nil {
		panic(err)
	}
	return r
}
