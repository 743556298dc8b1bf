package engine

// Coeff is SymPy's Expr.coeff(x, n) for commutative expressions: the sum
// of what multiplies x**n in the terms of e that have every factor of
// x**n among their factors (3*y for 3*x**2*y and x, 2). With n = 0 it is
// the sum of the terms free of x, and coeff(1) the terms whose numeric
// coefficient is 1, as SymPy's code has it.
func Coeff(e, x Expr, n int) (Expr, error) {
	switch {
	case isZeroInt(x):
		return Zero, nil
	case Equal(x, e):
		if n == 1 {
			return One, nil
		}
		return Zero, nil
	case isInt(x, 1):
		var co []Expr
		for _, a := range addArgs(e) {
			if c, _ := AsCoeffMul(a); isInt(c, 1) {
				co = append(co, a)
			}
		}
		return NewAdd(co...), nil
	case n == 0:
		if _, ok := x.(*Add); ok {
			if _, ok := e.(*Add); ok {
				return nil, errorf("NotImplementedError", "dcalc's coeff(sum, 0) of a sum is not implemented yet")
			}
		}
		var free []Expr
		for _, a := range addArgs(e) {
			if !Has(a, x) {
				free = append(free, a)
			}
		}
		return NewAdd(free...), nil
	}
	xs := mulArgs(NewPow(x, NewInt(int64(n))))
	var co []Expr
	for _, a := range addArgs(e) {
		ms := mulArgs(a)
		if len(xs) > len(ms) {
			continue
		}
		var resid []Expr
		found := 0
		for _, m := range ms {
			if indexExpr(xs, m) >= 0 {
				found++
			} else {
				resid = append(resid, m)
			}
		}
		if found == len(xs) {
			co = append(co, NewMul(resid...))
		}
	}
	return NewAdd(co...), nil
}
