package engine

// The method of undetermined coefficients, as SymPy's
// _undetermined_coefficients_match and _solve_undetermined_coefficients
// do it: the trial set is every function the right side's terms turn
// into under repeated differentiation (coefficients removed), each
// term's set multiplied by x while it holds a solution of the
// homogeneous equation; the trial function's coefficients solve the
// linear equations of the grouped terms.

// ucTestTerm is _test_term: whether e has finitely many linearly
// independent derivatives of the forms the method takes.
func ucTestTerm(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return true
	}
	switch t := e.(type) {
	case *Add:
		for _, a := range t.args {
			if !ucTestTerm(a, x) {
				return false
			}
		}
		return true
	case *Mul:
		trig := 0
		for _, a := range t.args {
			if hasCallOf(a, fnSin, fnCos) {
				trig++
			}
		}
		if trig > 1 {
			return false
		}
		for _, a := range t.args {
			if !ucTestTerm(a, x) {
				return false
			}
		}
		return true
	case *Func:
		switch t.def {
		case fnSin, fnCos, fnExp, fnSinh, fnCosh:
			return isLinearIn(t.args[0], x)
		}
		return false
	case *Pow:
		if _, ok := t.Base().(*Symbol); ok {
			n, isInt := t.Exp().(*Integer)
			return isInt && n.Sign() >= 0
		}
		if IsNumberExpr(t.Base()) {
			return isLinearIn(t.Exp(), x)
		}
		return false
	}
	_, isSym := e.(*Symbol)
	return isSym || IsNumberExpr(e)
}

// ucRemoveCoefficient is _remove_coefficient: the factors holding x.
func ucRemoveCoefficient(e Expr, x *Symbol) Expr {
	if m, ok := e.(*Mul); ok {
		term := Expr(One)
		for _, a := range m.args {
			if Has(a, x) {
				term = NewMul(term, a)
			}
		}
		return term
	}
	if Has(e, x) {
		return e
	}
	return One
}

// exprSet is a set of expressions in insertion order.
type exprSet []Expr

func (s *exprSet) add(e Expr) bool {
	if containsExpr(*s, e) {
		return false
	}
	*s = append(*s, e)
	return true
}

func (s *exprSet) union(t exprSet) {
	for _, e := range t {
		s.add(e)
	}
}

// ucTrialSet is _get_trial_set(e, x, exprs), exprs grown in place.
func ucTrialSet(e Expr, x *Symbol, exprs *exprSet) {
	e = ExpandMul(e)
	if a, ok := e.(*Add); ok {
		for _, t := range a.args {
			if exprs.add(ucRemoveCoefficient(t, x)) {
				ucTrialSet(t, x, exprs)
			}
		}
		return
	}
	exprs.add(ucRemoveCoefficient(e, x))
	for range 64 {
		before := len(*exprs)
		d, err := Diff(e, VarCount{Var: x, Count: 1})
		if err != nil {
			panic(err)
		}
		e = d
		term := ucRemoveCoefficient(e, x)
		if isAdd(term) {
			ucTrialSet(term, x, exprs)
		} else {
			exprs.add(term)
		}
		if len(*exprs) == before {
			return
		}
	}
	panic(notImpl("dcalc's dsolve found no finite trial set for " + Str(e)))
}

// apply is sub_func_doit of the equation: sum of coeff[k] times
// the k-th derivative of y, plus b.
func (l *odeLinear) apply(y Expr, x *Symbol, withB bool) Expr {
	out := Expr(Zero)
	if withB {
		out = l.b
	}
	d := y
	for k, c := range l.coeff {
		if k > 0 {
			var err error
			if d, err = Diff(d, VarCount{Var: x, Count: 1}); err != nil {
				panic(err)
			}
		}
		if !isZeroInt(c) {
			out = NewAdd(out, NewMul(c, d))
		}
	}
	return out
}

// particular is the particular solution by undetermined coefficients;
// resonant tells whether a trial function was multiplied by x.
func (o *ODE) particular(l *odeLinear) (psol Expr, resonant bool) {
	x := o.X
	b, err := Powsimp(l.b, false, psExp, false)
	if err != nil {
		panic(err)
	}
	if !ucTestTerm(b, x) {
		panic(notImpl("dcalc's dsolve takes right-hand sides the method of undetermined coefficients takes (SymPy goes on to variation of parameters)"))
	}
	isHomSol := func(t Expr) bool {
		return IsZero(Expand(l.apply(t, x, false))) == True
	}
	var trial exprSet
	for _, t := range addArgs(b) {
		var act exprSet
		ucTrialSet(t, x, &act)
		for range 32 {
			hom := false
			for _, a := range act {
				hom = hom || isHomSol(a)
			}
			if !hom {
				break
			}
			resonant = true
			for i := range act {
				act[i] = NewMul(x, act[i])
			}
		}
		trial.union(act)
	}
	coeffs := make([]*Symbol, len(trial))
	tf := Expr(Zero)
	for i, t := range trial {
		coeffs[i] = NewDummy("a" + itoa(i))
		tf = NewAdd(tf, NewMul(coeffs[i], t))
	}
	// group the terms of the substituted equation by their x parts
	var keys []Expr
	groups := map[int][]Expr{}
	for _, t := range trial {
		keys = append(keys, t)
	}
	for _, t := range addArgs(Expand(l.apply(tf, x, true))) {
		xs, cs := siftExprs(mulArgs(t), func(f Expr) bool { return Has(f, x) })
		k := NewMul(xs...)
		i := indexExpr(keys, k)
		if i < 0 {
			i = len(keys)
			keys = append(keys, k)
		}
		groups[i] = append(groups[i], NewMul(cs...))
	}
	var eqs []Expr
	for i := range keys {
		if g := NewAdd(groups[i]...); !isZeroInt(g) {
			eqs = append(eqs, g)
		}
	}
	vals, ok := odeLinsolve(eqs, coeffs)
	if !ok {
		panic(notImpl("dcalc's dsolve could not solve for the undetermined coefficients"))
	}
	psol = Zero
	for i, t := range trial {
		for _, c := range coeffs {
			if Has(vals[i], c) {
				panic(notImpl("dcalc's dsolve could not solve for the undetermined coefficients"))
			}
		}
		psol = NewAdd(psol, NewMul(vals[i], t))
	}
	return psol, resonant
}
