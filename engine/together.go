package engine

// This file is SymPy's together(expr, deep=False): every sum is
// rewritten over a common denominator by gcd_terms(terms,
// isprimitive=False, clear=True, fraction=True), bottom up, without
// entering function arguments (deep=True enters them).

// Together is together(e, deep).
func Together(e Expr, deep bool) Expr {
	checkInterrupt()
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special, *Constant, *Symbol:
		return e
	case *Func:
		if !deep {
			return e
		}
		return mapArgs(e, func(a Expr) Expr { return Together(a, deep) })
	case *Add:
		args := make([]Expr, len(x.args))
		for i, a := range x.args {
			args[i] = Together(a, deep)
		}
		return gcdTermsFraction(args)
	case *Pow:
		exp := x.Exp()
		if deep {
			exp = Together(exp, deep)
		}
		return NewPow(Together(x.Base(), deep), exp)
	case *Mul:
		args := make([]Expr, len(x.args))
		for i, a := range x.args {
			args[i] = Together(a, deep)
		}
		return NewMul(args...)
	}
	return e
}

// gcdTermsFraction is gcd_terms(terms) with its defaults: the terms'
// common factor, over the least common multiple of their denominators.
func gcdTermsFraction(terms []Expr) Expr {
	ts, c, ok := termsOverGcd(terms)
	var cont, numer, denom Expr
	switch {
	case len(ts) == 0:
		return Zero
	case !ok:
		cont, numer, denom = ts[0].coeff, ts[0].numer.asExpr(), ts[0].denom.asExpr()
	default:
		d := ts[0].denom
		for _, t := range ts[1:] {
			d = factorsLcm(d, t.denom)
		}
		numers := make([]Expr, len(ts))
		for i, t := range ts {
			numers[i] = NewMul(t.coeff, factorsMul(t.numer, factorsQuo(d, t.denom)).asExpr())
		}
		cont, numer, denom = c.asExpr(), NewAdd(numers...), d.asExpr()
	}
	if a, ok := numer.(*Add); ok {
		c, p := primitive(a)
		cont, numer = NewMul(cont, c), p
	}
	coeff, factors := AsCoeffMul(cont)
	return keepCoeff(coeff, Div(NewMul(factors, numer), denom), true, false)
}

// factorsLcm is Factors.lcm: each base at its larger exponent.
func factorsLcm(a, b factorsMap) factorsMap {
	r := newFactors()
	a.each(func(k Expr, e int64) { r.add(k, max(e, b.get(k))) })
	b.each(func(k Expr, e int64) {
		if a.get(k) == 0 {
			r.add(k, e)
		}
	})
	return r
}

// factorsQuo is Factors.quo for a that b divides: exponents subtracted.
func factorsQuo(a, b factorsMap) factorsMap {
	r := newFactors()
	a.each(func(k Expr, e int64) {
		if d := e - b.get(k); d > 0 {
			r.add(k, d)
		}
	})
	return r
}

// gcdTermsFull is gcd_terms(e) with its defaults on any expression: a
// sum over a common denominator with its common factor taken out, a
// product factor by factor, other nodes argument by argument.
func gcdTermsFull(e Expr) Expr {
	switch x := e.(type) {
	case *Add:
		return gcdTermsFraction(x.args)
	case *Mul:
		c, rest := AsCoeffMul(x)
		fs := mulArgs(rest)
		out := make([]Expr, len(fs))
		for i, f := range fs {
			out[i] = gcdTermsFull(f)
		}
		return keepCoeff(c, NewMul(out...), true, false)
	}
	if len(e.Args()) == 0 {
		return e
	}
	return mapArgs(e, gcdTermsFull)
}
