package engine

// InverseLaplaceTransform is inverse_laplace_transform(F, s, t): SymPy's
// _inverse_laplace_transform term by term for rational functions of s
// (partial fractions, each with SymPy's formulas), powers of s and of
// s + a, and time shifts exp(-a*s)*G(s).
func InverseLaplaceTransform(F Expr, s, t *Symbol) (f Expr, err error) {
	defer recoverTo(&err)
	return invLaplace(F, s, t, true)
}

func invLaplace(fn Expr, s *Symbol, t Expr, rational bool) (Expr, error) {
	var out []Expr
	for _, term := range addArgs(fn) {
		if hasCallOf(term, fnExp) {
			// time shifts with negative exponents in the numerator
			neg := [][2]Expr{{s, Neg(s)}}
			term = SubsPairs(Together(SubsPairs(term, neg), false), neg)
		}
		k, f := asIndependentOf(term, []Expr{s})
		r, err := invLaplaceTerm(f, term, s, t, rational)
		if err != nil {
			return nil, err
		}
		out = append(out, NewMul(k, r))
	}
	return NewAdd(out...), nil
}

func invLaplaceTerm(f, term Expr, s *Symbol, t Expr, rational bool) (Expr, error) {
	if rational && rationalIn(term, s) {
		return invLaplaceRational(f, s, t)
	}
	if r, ok := invLaplaceSimple(f, s, t); ok {
		return r, nil
	}
	if _, isAdd := f.(*Add); !isAdd {
		if x := Expand(f); !Equal(x, f) {
			if _, isAdd := x.(*Add); isAdd {
				return invLaplace(x, s, t, true)
			}
		}
	}
	if !Has(f, s) {
		return NewMul(f, fnDiracDelta.call(t)), nil
	}
	// exp(-a*s)*G(s) is Heaviside(t - a)*g(t - a)
	var shift Expr
	var rest []Expr
	for _, fac := range mulArgs(f) {
		if arg, ok := call1Of(fac, fnExp); ok && shift == nil {
			a, b, lin := linearArg(arg, s)
			if !lin || !Equal(b, Zero) || IsNegative(a) != True {
				return nil, laplaceRefused("inverse_laplace_transform", f)
			}
			shift = a
			continue
		}
		rest = append(rest, fac)
	}
	if shift != nil {
		g := NewMul(rest...)
		if !Has(g, s) {
			return NewMul(g, fnDiracDelta.call(NewAdd(t, shift))), nil
		}
		return invLaplace(g, s, NewAdd(t, shift), true)
	}
	// s**n*G(s) is the n-th derivative of g(t)
	if tv, ok := t.(*Symbol); ok {
		for i, fac := range rest {
			n, isPow := tPower(fac, s)
			k, isInt := n.(*Integer)
			if !isPow || !isInt || k.Sign() <= 0 || !k.IsInt64() {
				continue
			}
			g := NewMul(append(append([]Expr(nil), rest[:i]...), rest[i+1:]...)...)
			r, err := invLaplace(g, s, t, true)
			if err != nil {
				return nil, err
			}
			r = SubsPairs(r, [][2]Expr{{fnHeaviside.call(t), One}})
			d, err := Diff(r, VarCount{Var: tv, Count: int(k.Int64())})
			if err != nil {
				return nil, err
			}
			return NewMul(fnHeaviside.call(t), d), nil
		}
	}
	return nil, laplaceRefused("inverse_laplace_transform", f)
}

// rationalIn reports whether e is a rational function of s (is_rational_function).
func rationalIn(e Expr, s *Symbol) bool {
	n, d, err := AsNumerDenom(e)
	if err != nil {
		return false
	}
	_, ok1 := polyCoeffs(n, s)
	_, ok2 := polyCoeffs(d, s)
	return ok1 && ok2
}

// invLaplaceSimple is _inverse_laplace_apply_simple_rules: 1, 1/s,
// (s + a)**(-c), 1/(s**2 + a**2)**2 and 1/s**b, each times Heaviside(t).
func invLaplaceSimple(f Expr, s *Symbol, t Expr) (Expr, bool) {
	h := fnHeaviside.call(t)
	if Equal(f, One) {
		return fnDiracDelta.call(t), true
	}
	p, ok := f.(*Pow)
	if !ok || Has(p.Exp(), s) {
		return nil, false
	}
	if a, b, ok := linearArg(p.Base(), s); ok && Equal(a, One) && IsNegative(p.Exp()) == True {
		c := Neg(p.Exp())
		return NewMul(h, NewPow(t, Sub(c, One)), fnExp.call(NewMul(NegOne, b, t)), NewPow(fnGamma.call(c), NegOne)), true
	}
	if Equal(p.Exp(), NewInt(-2)) {
		cs, ok := polyCoeffs(p.Base(), s)
		if ok && len(cs) == 3 && Equal(cs[1], Zero) && Equal(cs[2], One) && IsPositive(cs[0]) == True {
			a := Sqrt(cs[0])
			num := Sub(fnSin.call(NewMul(a, t)), NewMul(a, t, fnCos.call(NewMul(a, t))))
			return NewMul(h, Div(num, NewMul(Two, NewPow(a, NewInt(3))))), true
		}
	}
	return nil, false
}

// invLaplaceRational is _inverse_laplace_rational: the partial fractions
// of f, each term n(s)/d(s) by the degree of d: constants give
// DiracDelta, a linear d an exponential, a quadratic d SymPy's
// exp*cos/sin (cosh/sinh, or t*exp for a double root) formula, and
// higher powers the simple rules.
func invLaplaceRational(fn Expr, s *Symbol, t Expr) (Expr, error) {
	f, err := apartIn(fn, s)
	if err != nil {
		return nil, err
	}
	h := fnHeaviside.call(t)
	var out []Expr
	for _, term := range addArgs(f) {
		n, d, err := AsNumerDenom(term)
		if err != nil {
			return nil, err
		}
		dc, ok1 := polyCoeffs(d, s)
		nc, ok2 := polyCoeffs(n, s)
		if !ok1 || !ok2 {
			return nil, laplaceRefused("inverse_laplace_transform", term)
		}
		lead := dc[len(dc)-1]
		norm := func(cs []Expr) []Expr { // descending, divided by d's leading coefficient
			out := make([]Expr, len(cs))
			for i, c := range cs {
				out[len(cs)-1-i] = Div(c, lead)
			}
			return out
		}
		dcs, ncs := norm(dc), norm(nc)
		switch len(dcs) {
		case 1: // a polynomial: DiracDelta and its derivatives
			for i, c := range ncs {
				if k := len(ncs) - 1 - i; k > 0 {
					out = append(out, NewMul(c, fnDiracDelta.call(t, NewInt(int64(k)))))
				} else {
					out = append(out, NewMul(c, fnDiracDelta.call(t)))
				}
			}
		case 2:
			out = append(out, NewMul(h, ncs[0], fnExp.call(NewMul(NegOne, dcs[1], t))))
		case 3:
			r, err := invLaplaceQuadratic(dcs, ncs, t)
			if err != nil {
				return nil, err
			}
			out = append(out, NewMul(h, r))
		default:
			r, err := invLaplace(term, s, t, false)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
	}
	return NewAdd(out...), nil
}

// invLaplaceQuadratic is the quadratic case: d = s**2 + 2*a*s + c and
// numerator l*s + m, with b = c - a**2.
func invLaplaceQuadratic(dcs, ncs []Expr, t Expr) (Expr, error) {
	a := Div(dcs[1], Two)
	b, err := Factor(Sub(dcs[2], NewPow(a, Two)))
	if err != nil {
		return nil, err
	}
	if len(ncs) == 1 {
		ncs = []Expr{Zero, ncs[0]}
	}
	l, m := ncs[0], ncs[1]
	e := fnExp.call(NewMul(NegOne, a, t))
	if Equal(b, Zero) {
		return NewMul(NewAdd(NewMul(m, t), NewMul(l, Sub(One, NewMul(a, t)))), e), nil
	}
	cosF, sinF := fnCos, fnSin
	if IsNegative(b) == True {
		b, cosF, sinF = Neg(b), fnCosh, fnSinh
	}
	if !IsNumber(b) && IsPositive(b) != True {
		return nil, laplaceRefused("inverse_laplace_transform", b)
	}
	bs := Simplify(Sqrt(b))
	// SymPy's cos/cosh take the first root of x**2 - b, -sqrt(b): the
	// even functions print it as sqrt(b)
	c := NewMul(l, e, cosF.call(NewMul(Neg(Sqrt(b)), t)))
	sn := NewMul(Div(Sub(m, NewMul(a, l)), bs), e, sinF.call(NewMul(bs, t)))
	return NewAdd(c, sn), nil
}

// apartIn is apart(f, s): dcalc's apart, and where the denominator's
// coefficients are symbolic, f itself for a denominator of degree one or
// an irreducible quadratic, or the cover-up terms c/(s - r) for a
// quadratic with two distinct roots.
func apartIn(fn Expr, s *Symbol) (Expr, error) {
	if len(FreeSymbols(fn)) == 1 {
		return Apart(fn, s)
	}
	if f, err := ApartParams(fn, s); err == nil {
		return f, nil
	}
	n, d, err := AsNumerDenom(Together(fn, false))
	if err != nil {
		return nil, err
	}
	dc, ok1 := polyCoeffs(d, s)
	nc, ok2 := polyCoeffs(n, s)
	if !ok1 || !ok2 || len(nc) >= len(dc) || len(dc) > 3 {
		return nil, laplaceRefused("inverse_laplace_transform", fn)
	}
	if len(dc) == 2 {
		return fn, nil
	}
	// split only where the quadratic factors over the coefficients'
	// field, as apart does
	fd, err := Factor(d)
	if err != nil {
		return nil, err
	}
	var rs []Expr
	for _, fac := range mulArgs(fd) {
		if !Has(fac, s) {
			continue
		}
		a, b, ok := linearArg(fac, s)
		if !ok {
			break
		}
		rs = append(rs, Div(Neg(b), a))
	}
	if len(rs) != 2 || Equal(rs[0], rs[1]) {
		if len(rs) == 0 {
			return fn, nil
		}
		return nil, laplaceRefused("inverse_laplace_transform", fn)
	}
	var terms []Expr
	for i, r := range rs {
		c, err := Cancel(Div(SubsPairs(n, [][2]Expr{{s, r}}), NewMul(dc[2], Sub(r, rs[1-i]))))
		if err != nil {
			return nil, err
		}
		terms = append(terms, NewMul(c, inv(Sub(s, r))))
	}
	return NewAdd(terms...), nil
}
