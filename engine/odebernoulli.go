package engine

// The Bernoulli hint: f' + P(x)*f = Q(x)*f**n with n other than 0 and 1.
// w = f**(1 - n) satisfies a linear equation; SymPy's general solution
// is f**(1 - n) = (C1 - (n - 1)*integral(Q*exp((1 - n)*I), x))*
// exp((n - 1)*I) with I = integral(P, x), which odesimp then solves for
// f(x).

// bernoulliParts matches the equation, divided by the coefficient of
// f'(x) and expanded, its terms grouped by their power of f(x) with the
// coefficients cancelled, to f' + P*f - Q*f**n; ok is false for any
// other shape.
func (o *ODE) bernoulliParts() (p, q, n Expr, ok bool) {
	dfx := NewDerivative(o.F, []VarCount{{o.X, 1}})
	d := NewDummy("p")
	eq := Expand(Xreplace(o.Eq, [][2]Expr{{dfx, d}}))
	cs, isPoly := polyCoeffs(eq, d)
	if !isPoly || len(cs) != 2 || anyDerivativeOf(eq, o.F) || Has(cs[1], o.F) {
		return nil, nil, nil, false
	}
	var ps, qs []Expr
	for _, t := range addArgs(Expand(Div(cs[0], cs[1]))) {
		var rest []Expr
		var k Expr
		for _, f := range mulArgs(t) {
			b, e := AsBaseExp(f)
			if k == nil && Equal(b, o.F) && !Has(e, o.X) && !Has(e, o.F) {
				k = e
				continue
			}
			if Has(f, o.F) {
				return nil, nil, nil, false
			}
			rest = append(rest, f)
		}
		switch {
		case k == nil:
			return nil, nil, nil, false // a term free of f: linear
		case isInt(k, 1):
			ps = append(ps, NewMul(rest...))
		case n == nil || Equal(n, k):
			n = k
			qs = append(qs, Neg(NewMul(rest...)))
		default:
			return nil, nil, nil, false
		}
	}
	if n == nil || isZeroInt(n) {
		return nil, nil, nil, false
	}
	return mustCancel(NewAdd(ps...)), mustCancel(NewAdd(qs...)), n, true
}

// bernoulli solves a Bernoulli equation; ok is false when it does not
// match.
func (o *ODE) bernoulli() (sols []Expr, consts []Expr, ok bool) {
	p, q, n, ok := o.bernoulliParts()
	if !ok {
		return nil, nil, false
	}
	x := o.X
	consts = o.constants(1, true)
	i := integrateOrRefuse(p, x)
	oneMinusN := Sub(One, n)
	// Q*exp(-n*I)*exp(I): SymPy's Mul joins the two exponentials of the
	// unevaluated I before doit
	f := integrateOrRefuse(NewMul(q, fnExp.call(NewMul(oneMinusN, i))), x)
	rhs := NewMul(Sub(consts[0], NewMul(Sub(n, One), f)), fnExp.call(Neg(NewMul(oneMinusN, i))))
	return o.solveRelation(NewPow(o.F, oneMinusN), rhs, consts), consts, true
}
