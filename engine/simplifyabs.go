package engine

// This file is simplify's handling of Abs: collect_abs before and after
// the steps, and the deep step that simplifies each Abs's argument.

// simplifyAbs is Simplify of an expression holding Abs, as SymPy's
// simplify takes it: expr = collect_abs(signsimp(expr)); each Abs gets
// its argument simplified (the deep step over functions: Abs(sin(t)**2 +
// cos(t)**2) is 1, Abs(sin(2*t)/cos(t)**2) is 2*Abs(tan(t))); the other
// steps, to which an Abs is a generator; and done's shorter(rv,
// collect_abs(rv)).
func simplifyAbs(e Expr) Expr {
	e = collectAbs(Signsimp(e))
	e = replaceCalls(e, fnAbs, func(c *Func) Expr { return fnAbs.call(Simplify(c.args[0])) })
	if !hasCallOf(e, fnAbs) {
		return Simplify(e)
	}
	r := simplifyCore(e)
	return shorter(r, collectAbs(r))
}

// collectAbs is SymPy's collect_abs: in each product (and then each
// power) the Abs factors and real powers of Abs are joined under one Abs
// (Abs(x)*Abs(y) is Abs(x*y), 1/Abs(x)**2 is Abs(x**(-2))), when there
// are two or more of them or one has a negative power.
func collectAbs(e Expr) Expr {
	e = bottomUp(e, func(x Expr) Expr {
		if _, ok := x.(*Mul); ok {
			return collectAbsIn(x)
		}
		return x
	})
	return bottomUp(e, func(x Expr) Expr {
		if _, ok := x.(*Pow); ok {
			return collectAbsIn(x)
		}
		return x
	})
}

// collectAbsIn is collect_abs's _abs on one product or power.
func collectAbsIn(m Expr) Expr {
	var a, o []Expr
	negative := false
	for _, f := range mulArgs(m) {
		if isAbs(f) {
			a = append(a, f.Args()[0])
			continue
		}
		if p, ok := f.(*Pow); ok && isAbs(p.Base()) && IsReal(p.Exp()) == True {
			q := NewPow(p.Base().Args()[0], p.Exp())
			if qp, ok := q.(*Pow); ok && IsNegative(qp.Exp()) == True {
				negative = true
			}
			a = append(a, q)
			continue
		}
		o = append(o, f)
	}
	if len(a) < 2 && !negative {
		return m
	}
	arg := NewMul(a...)
	A := fnAbs.call(arg)
	if hasCallOf(A, fnAbs) && !isAbs(A) {
		A = newFunc(fnAbs, []Expr{arg}) // kept unevaluated
	}
	return NewMul(append([]Expr{A}, o...)...)
}
