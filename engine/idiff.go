package engine

// Idiff is SymPy's idiff(eq, y, x, n): the n-th derivative of y with
// respect to x on the curve eq = 0, by implicit differentiation. ys is
// y, or y followed by the other symbols that depend on x; a y that is
// an applied undefined function f(x) stands for itself. Each round
// differentiates the equation (linear in dy/dx: a*dy/dx + b), takes
// -b/a, puts it through cancel, expand_mul (not deep) and factor_terms,
// and substitutes the earlier derivatives, as SymPy does.
func Idiff(eq Expr, ys []Expr, x *Symbol, n int) (Expr, error) {
	fwd, back, dydx, err := idiffSetup(eq, ys, x)
	if err != nil {
		return nil, err
	}
	_, yp, err := idiffOrders(SubsPairs(eq, fwd), dydx, x, n, nil)
	if err != nil {
		return nil, err
	}
	return SubsPairs(yp, back), nil
}

// idiffSetup is idiff's preparation: the substitutions of y (and the
// other dependent symbols) by functions of x and back, and dy/dx.
func idiffSetup(eq Expr, ys []Expr, x *Symbol) (fwd, back [][2]Expr, dydx Expr, err error) {
	y := ys[0]
	var dep []Expr
	switch y.(type) {
	case *Symbol:
		dep = ys
	case *Func:
		if !isAppliedUndef(y) {
			return nil, nil, nil, errorf("ValueError", "expecting x-dependent symbol(s) or function(s) but got: %s", Str(y))
		}
	default:
		return nil, nil, nil, errorf("ValueError", "expecting x-dependent symbol(s) or function(s) but got: %s", Str(y))
	}
	for _, s := range FreeSymbols(eq) {
		if !Equal(s, x) && indexExpr(dep, s) >= 0 {
			fs := NewFunc(UndefinedFunction(s.name), x)
			fwd = append(fwd, [2]Expr{s, fs})
			back = append(back, [2]Expr{fs, s})
		}
	}
	if s, ok := y.(*Symbol); ok {
		dydx = diff1(NewFunc(UndefinedFunction(s.name), x), x)
	} else {
		dydx = diff1(y, x)
	}
	return fwd, back, dydx, nil
}

// idiffOrder is one round of idiff's loop: the equation Eq = 0 (in y(x))
// differentiated with respect to x is A*DyDx + B = 0; DyDx = -B/A with
// the lower derivatives substituted (Derivs) is Solved, which cancel,
// expand_mul and factor_terms bring to YP.
type idiffOrder struct {
	Eq, DyDx, A, B, Solved, YP Expr
	Derivs                     [][2]Expr
}

// idiffOrders is idiff's loop (SymPy's): n rounds, each differentiating
// the equation, solving the linear result for the next derivative and
// substituting the lower ones; the next round's equation is
// dy/dx - yp = 0. each, when not nil, sees every round. It returns the
// highest derivative and its value yp (in y(x)).
func idiffOrders(eq, dydx Expr, x *Symbol, n int, each func(idiffOrder)) (Expr, Expr, error) {
	if n < 1 {
		return nil, nil, errorf("ValueError", "idiff needs n >= 1")
	}
	var derivs [][2]Expr
	for i := range n {
		deq := diff1(eq, x)
		b := Xreplace(deq, [][2]Expr{{dydx, Zero}})
		a := Xreplace(Sub(deq, b), [][2]Expr{{dydx, One}})
		solved := SubsPairs(Div(Neg(b), a), derivs)
		c, err := Cancel(solved)
		if err != nil {
			return nil, nil, err
		}
		yp := FactorTerms(expandMulShallow(c))
		if each != nil {
			each(idiffOrder{Eq: eq, DyDx: dydx, A: a, B: b, Solved: solved, YP: yp, Derivs: append([][2]Expr(nil), derivs...)})
		}
		if i == n-1 {
			return dydx, yp, nil
		}
		derivs = append(derivs, [2]Expr{dydx, yp})
		eq = Sub(dydx, yp)
		dydx = diff1(dydx, x)
	}
	panic("unreachable")
}

// expandMulShallow is expand_mul(e, deep=False): Mul._eval_expand_mul on
// a product (simplifyrat.go), anything else unchanged.
func expandMulShallow(e Expr) Expr {
	if m, ok := e.(*Mul); ok {
		return mulExpandMul(m, false)
	}
	return e
}
