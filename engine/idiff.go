package engine

// Idiff is SymPy's idiff(eq, y, x, n): the n-th derivative of y with
// respect to x on the curve eq = 0, by implicit differentiation. ys is
// y, or y followed by the other symbols that depend on x; a y that is
// an applied undefined function f(x) stands for itself. Each round
// differentiates the equation (linear in dy/dx: a*dy/dx + b), takes
// -b/a, puts it through cancel, expand_mul (not deep) and factor_terms,
// and substitutes the earlier derivatives, as SymPy does.
func Idiff(eq Expr, ys []Expr, x *Symbol, n int) (Expr, error) {
	y := ys[0]
	var dep []Expr
	switch y.(type) {
	case *Symbol:
		dep = ys
	case *Func:
		if !isAppliedUndef(y) {
			return nil, errorf("ValueError", "expecting x-dependent symbol(s) or function(s) but got: %s", Str(y))
		}
	default:
		return nil, errorf("ValueError", "expecting x-dependent symbol(s) or function(s) but got: %s", Str(y))
	}
	var fwd, back [][2]Expr
	for _, s := range FreeSymbols(eq) {
		if !Equal(s, x) && indexExpr(dep, s) >= 0 {
			fs := NewFunc(UndefinedFunction(s.name), x)
			fwd = append(fwd, [2]Expr{s, fs})
			back = append(back, [2]Expr{fs, s})
		}
	}
	var dydx Expr
	if s, ok := y.(*Symbol); ok {
		dydx = diff1(NewFunc(UndefinedFunction(s.name), x), x)
	} else {
		dydx = diff1(y, x)
	}
	eq = SubsPairs(eq, fwd)
	var derivs [][2]Expr
	for i := range n {
		deq := diff1(eq, x)
		b := Xreplace(deq, [][2]Expr{{dydx, Zero}})
		a := Xreplace(Sub(deq, b), [][2]Expr{{dydx, One}})
		c, err := Cancel(SubsPairs(Div(Neg(b), a), derivs))
		if err != nil {
			return nil, err
		}
		yp := FactorTerms(expandMulShallow(c))
		if i == n-1 {
			return SubsPairs(yp, back), nil
		}
		derivs = append(derivs, [2]Expr{dydx, yp})
		eq = Sub(dydx, yp)
		dydx = diff1(dydx, x)
	}
	return nil, errorf("ValueError", "idiff needs n >= 1")
}

// expandMulShallow is expand_mul(e, deep=False): Mul._eval_expand_mul on
// a product (simplifyrat.go), anything else unchanged.
func expandMulShallow(e Expr) Expr {
	if m, ok := e.(*Mul); ok {
		return mulExpandMul(m, false)
	}
	return e
}
