package engine

// The 1st_exact hint: P(x, f) + Q(x, f)*f'(x) = 0 with dP/df = dQ/dx,
// or made so by an integrating factor exp(integral((dP/df -
// dQ/dx)/Q, x)) (or the same in f over -P), has the implicit solution
// F(x, f) = C1 with F = integral(P, x) + integral(Q - integral(dP/df,
// x), f). Every first-order linear equation that reaches it is exact
// after its integrating factor; SymPy's 1st_linear, later in the order,
// only sees what this one could not integrate.

// exactParts is collect(eq, [f'(x), f(x)], func=cancel) matched to P +
// Q*f'(x): the terms with f'(x) as a factor give Q, those with a power
// of f(x) as a factor are grouped by the power with their coefficients
// cancelled, the others are kept as they are. ok is false when f'(x)
// sits elsewhere.
func (o *ODE) exactParts() (p, q Expr, ok bool) {
	dfx := NewDerivative(o.F, []VarCount{{o.X, 1}})
	var qs, rest []Expr
	var pows []Expr
	byPow := map[int][]Expr{}
	for _, t := range addArgs(o.Eq) {
		if c, k := factorPower(t, dfx); k == 1 {
			qs = append(qs, c)
			continue
		}
		if Has(t, dfx) {
			return nil, nil, false
		}
		c, k := factorPower(t, o.F)
		if k == 0 {
			rest = append(rest, t)
			continue
		}
		key := NewPow(o.F, NewInt(int64(k)))
		if i := indexExpr(pows, key); i < 0 {
			pows = append(pows, key)
		}
		i := indexExpr(pows, key)
		byPow[i] = append(byPow[i], c)
	}
	for i, key := range pows {
		rest = append(rest, NewMul(key, mustCancel(NewAdd(byPow[i]...))))
	}
	if len(qs) == 0 {
		return nil, nil, false
	}
	p, q = NewAdd(rest...), mustCancel(NewAdd(qs...))
	if Has(q, dfx) || Has(p, dfx) {
		return nil, nil, false
	}
	return p, q, true
}

// factorPower splits t into c*v**k with k a positive integer and c free
// of v; k is 0 when t is not of that form.
func factorPower(t, v Expr) (c Expr, k int) {
	var cs []Expr
	for _, a := range mulArgs(t) {
		if Equal(a, v) && k == 0 {
			k = 1
			continue
		}
		if pw, ok := a.(*Pow); ok && k == 0 && Equal(pw.Base(), v) {
			if n, isInt := pw.Exp().(*Integer); isInt && n.Sign() > 0 && n.IsInt64() {
				k = int(n.Int64())
				continue
			}
		}
		if Has(a, v) {
			return nil, 0
		}
		cs = append(cs, a)
	}
	return NewMul(cs...), k
}

// firstExact solves a first-order equation by the 1st_exact hint; ok is
// false when it does not match.
func (o *ODE) firstExact() (sols []Expr, consts []Expr, ok bool) {
	higher := anyNode(o.Eq, func(s Expr) bool { return o.derivOrder(s) > 1 })
	pf, qf, ok := o.exactParts()
	if higher || !ok {
		return nil, nil, false
	}
	x := o.X
	y := NewDummy("y")
	toY := [][2]Expr{{o.F, y}}
	m, n := Xreplace(pf, toY), Xreplace(qf, toY)
	num, err := Cancel(Sub(mustDiff(m, y), mustDiff(n, x)))
	if err != nil {
		panic(err)
	}
	if !isZeroInt(num) {
		var factor Expr
		fn, err1 := Cancel(Div(num, n))
		fm, err2 := Cancel(Div(Neg(num), m))
		switch {
		case err1 == nil && !Has(fn, y):
			factor = fnExp.call(integrateOrRefuse(fn, x))
		case err2 == nil && !Has(fm, x):
			factor = fnExp.call(integrateOrRefuse(fm, y))
		default:
			return nil, nil, false
		}
		m, n = NewMul(m, factor), NewMul(n, factor)
	}
	consts = o.constants(1, true)
	F := NewAdd(integrateOrRefuse(m, x), integrateOrRefuse(Sub(n, integrateOrRefuse(mustDiff(m, y), x)), y))
	return o.solveRelation(Xreplace(F, [][2]Expr{{y, o.F}}), consts[0], consts), consts, true
}

// mustCancel is Cancel, its error raised.
func mustCancel(e Expr) Expr {
	c, err := Cancel(e)
	if err != nil {
		panic(err)
	}
	return c
}
