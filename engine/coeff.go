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

// IsIntegerPolynomial reports whether e is a polynomial in its symbols
// with integer coefficients (an element of ZZ[x, ...]).
func IsIntegerPolynomial(e Expr) bool {
	if !IsPolynomial(e, nil) {
		return false
	}
	for _, t := range addArgs(Expand(e)) {
		for _, f := range mulArgs(t) {
			if b, _ := AsBaseExp(f); !isSymbol(b) && !IsInteger(f) {
				return false
			}
		}
	}
	return true
}

// IsPolynomial is SymPy's Expr.is_polynomial(*syms) (syms nil: the free
// symbols): sums and products of polynomials, powers with a
// nonnegative integer exponent, anything free of syms.
func IsPolynomial(e Expr, syms []Expr) bool {
	if syms == nil {
		for _, s := range FreeSymbols(e) {
			syms = append(syms, s)
		}
		if len(syms) == 0 {
			return true
		}
	}
	return isPolynomialIn(e, syms)
}

func isPolynomialIn(e Expr, syms []Expr) bool {
	hasAny := func(x Expr) bool {
		for _, s := range syms {
			if Has(x, s) {
				return true
			}
		}
		return false
	}
	switch x := e.(type) {
	case *Symbol, *Integer, *Rational, *Float, *Special, *Constant:
		return true
	case *Add, *Mul:
		for _, a := range x.Args() {
			if !isPolynomialIn(a, syms) {
				return false
			}
		}
		return true
	case *Pow:
		if hasAny(x.Exp()) {
			return false
		}
		if hasAny(x.Base()) {
			n, ok := x.Exp().(*Integer)
			return ok && n.Sign() >= 0 && isPolynomialIn(x.Base(), syms)
		}
		return true
	}
	return !hasAny(e)
}

// IsPolyExp reports whether e is built from polynomials in x and
// exponentials of polynomials in x by sums, products and nonnegative
// integer powers (x*exp(-x**2), (x**2 - 1)*exp(x)): continuous on the
// reals and not periodic, so function_range needs only its critical
// points and its limits.
func IsPolyExp(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return true
	}
	switch n := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
		for _, a := range n.Args() {
			if !IsPolyExp(a, x) {
				return false
			}
		}
		return true
	case *Pow:
		k, ok := n.Exp().(*Integer)
		return ok && k.Sign() > 0 && IsPolyExp(n.Base(), x)
	case *Func:
		return n.def == fnExp && IsPolynomial(n.args[0], []Expr{x})
	}
	return false
}
func isSymbol(e Expr) bool { _, ok := e.(*Symbol); return ok }
