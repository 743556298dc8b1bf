package engine

import "slices"

// This file takes the moments of a Gaussian density over the real line
// and half-lines, c*P(x)*exp(-k*(x - mu)**2) with P a polynomial, k
// positive and c, k, mu free of x, the way SymPy's meijerint_definite
// (which Integral.doit tries first on infinite ranges) answers them:
// over (-oo, oo) it splits the range at the first of its "splitting
// points" (the roots of the linear subexpressions, in reverse
// default_sort_key order, then 0), and when that point is the centre mu
// each half is a sum of gamma values, so the answer is the expanded sum
// of the even moments,
//
//	sum over the terms t*u**j of c*P(u + mu), j even: t*gamma((j + 1)/2)/k**((j + 1)/2).
//
// Over (0, oo) and (-oo, 0) a centred density's moments are halved and
// taken for every j (with the sign (-1)**j below zero). Where the first
// splitting point is another one, or the centre is not 0 on a
// half-line, SymPy writes its answer with erfc at that point, a form
// dcalc does not produce: those are left to the callers, which refuse.

// integGaussMoments is the definite integral of a Gaussian moment over
// (-oo, oo), (0, oo) or (-oo, 0), when it has SymPy's clean form; a nil
// result with ok set means SymPy's answer has erfc in it and the
// integral is to be refused.
func integGaussMoments(f Expr, x *Symbol, a, b Expr) (Expr, bool) {
	full := a == NegOo && b == Oo
	if !full && !(isInt(a, 0) && b == Oo) && !(a == NegOo && isInt(b, 0)) {
		return nil, false
	}
	k, base, rest, ok := gaussFactor(f, x)
	if !ok {
		return nil, false
	}
	cs, ok := polyCoeffs(base, x)
	if !ok || len(cs) != 2 || IsZero(cs[1]) != False {
		return nil, false
	}
	// exp(-k*(p*x + q)**2) is exp(-k*p**2*(x - mu)**2)
	mu := Neg(Div(cs[0], cs[1]))
	k = Expand(NewMul(k, cs[1], cs[1]))
	if IsPositive(k) != True || IsReal(mu) != True {
		return nil, false
	}
	if full {
		c, ok := firstSplittingPoint(f, x)
		if !ok {
			return nil, false
		}
		if !Equal(c, mu) {
			return nil, true // erfc at c in SymPy's answer
		}
	} else if IsZero(mu) != True {
		return nil, false
	}
	// the polynomial in u = x - mu, term by term as expand writes it;
	// the factors free of x stay as they are
	poly, consts := siftExprs(rest, func(t Expr) bool { return Has(t, x) })
	c := NewMul(consts...)
	u := NewDummy("u")
	p := Expand(SubsPairs(NewMul(poly...), [][2]Expr{{x, NewAdd(u, mu)}}))
	var terms []Expr
	for _, t := range addArgs(p) {
		j, coef, ok := uPowerOf(t, u)
		if !ok || Has(coef, x) {
			return nil, false
		}
		sign := One
		switch {
		case full && j%2 == 1:
			continue
		case full:
			coef = NewMul(Two, coef)
		case a == NegOo && j%2 == 1:
			sign = NegOne
		}
		e := Div(NewInt(int64(j+1)), Two)
		m := NewMul(sign, c, coef, fnGamma.call(e), NewPow(k, Neg(e)), Half)
		terms = append(terms, m)
	}
	return NewAdd(terms...), true
}

// gaussFactor splits f into exp(-k*base**2) and the other factors, k
// free of x and base holding x; the other factors must be free of x or
// polynomials in x (powers of them with nonnegative integer exponents).
func gaussFactor(f Expr, x *Symbol) (k, base Expr, rest []Expr, ok bool) {
	for _, m := range mulArgs(f) {
		if e, isExp := m.(*Func); isExp && e.def == fnExp && Has(e, x) {
			if base != nil {
				return nil, nil, nil, false
			}
			xs, consts := siftExprs(mulArgs(e.args[0]), func(t Expr) bool { return Has(t, x) })
			if len(xs) != 1 {
				return nil, nil, nil, false
			}
			pw, isPow := xs[0].(*Pow)
			if !isPow || !isInt(pw.Exp(), 2) {
				return nil, nil, nil, false
			}
			k, base = Neg(NewMul(consts...)), pw.Base()
			continue
		}
		if Has(m, x) {
			if _, ok := polyCoeffs(m, x); !ok {
				return nil, nil, nil, false
			}
		}
		rest = append(rest, m)
	}
	return k, base, rest, base != nil
}

// uPowerOf returns j and c for a term c*u**j with c free of u.
func uPowerOf(t Expr, u *Symbol) (int, Expr, bool) {
	var others []Expr
	j := 0
	for _, m := range mulArgs(t) {
		switch {
		case Equal(m, u):
			j++
		case !Has(m, u):
			others = append(others, m)
		default:
			pw, ok := m.(*Pow)
			if !ok {
				return 0, nil, false
			}
			n, isInt := pw.Exp().(*Integer)
			if !isInt || !Equal(pw.Base(), u) || !n.IsInt64() || n.Sign() < 0 {
				return 0, nil, false
			}
			j += int(n.Int64())
		}
	}
	return j, NewMul(others...), true
}

// firstSplittingPoint is the point at which meijerint_definite first
// splits (-oo, oo): the greatest in default_sort_key of the roots
// -q/p of the linear subexpressions p*x + q of f
// (_find_splitting_points), or 0 when there is none.
func firstSplittingPoint(f Expr, x *Symbol) (Expr, bool) {
	var pts []Expr
	var walk func(e Expr) bool
	walk = func(e Expr) bool {
		if !Has(e, x) {
			return true
		}
		if cs, ok := polyCoeffs(e, x); ok && len(cs) == 2 && IsZero(cs[1]) == False {
			r := Neg(Div(cs[0], cs[1]))
			if IsReal(r) != True {
				return false
			}
			if !containsExpr(pts, r) {
				pts = append(pts, r)
			}
			return true
		}
		return !slices.ContainsFunc(e.Args(), func(a Expr) bool { return !walk(a) })
	}
	if !walk(f) {
		return nil, false
	}
	if len(pts) == 0 {
		return Zero, true
	}
	best := pts[0]
	for _, p := range pts[1:] {
		if cmpSkey(sortKey(p), sortKey(best)) > 0 {
			best = p
		}
	}
	return best, true
}
