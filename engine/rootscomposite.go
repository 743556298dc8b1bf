package engine

import "slices"

// This file is SymPy's roots() for polynomials of degree at most two
// whose coefficients are polynomials in symbols (a composite domain such
// as ZZ[a, b]), the case of a symbolic 2x2 characteristic polynomial:
// terms_gcd's zero roots, roots_linear (factor of -c0/c1), a binomial
// and an irreducible quadratic by roots_quadratic (d and B factored,
// D = factor_terms(sqrt(d)/(2*a)), expand_2arg of B -+ D), and a
// quadratic that factors by _try_heuristics on each factor (cancel of
// roots_linear). A polynomial of higher degree is taken when terms_gcd
// and preprocess_roots bring it to one of those (or to rational
// coefficients with rational roots), or when factor_list splits it into
// linear and quadratic factors. The roots keep roots()' insertion order.

// rootsComposite returns roots(p) for the coefficients cs (lowest degree
// first) of a polynomial as above; ok is false when a
// coefficient is not a polynomial with rational numbers or a step
// refuses.
func rootsComposite(cs []Expr) (out []RootMult, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			out, ok = nil, false
		}
	}()
	for _, c := range cs {
		if !isRationalFunction(c) || len(radicalBases(c, nil)) > 0 || hasNegPow(c) {
			return nil, false
		}
	}
	for len(cs) > 0 && IsZero(cs[len(cs)-1]) == True {
		cs = cs[:len(cs)-1]
	}
	zeros := 0 // terms_gcd: x**k divides the polynomial
	for len(cs) > 1 && IsZero(cs[0]) == True {
		cs, zeros = cs[1:], zeros+1
	}
	coeff, cs := rescaleTerms(cs)
	var rs []RootMult
	if _, rational := ratCoeffs(cs); rational && len(cs) > 1 {
		x := NewDummy("x")
		var err error
		if rs, err = Roots(polyExpr(cs, x), x); err != nil {
			return nil, false
		}
		if len(cs) > 3 && !isInt(coeff, 1) && slices.ContainsFunc(rs, func(r RootMult) bool { return !IsRational(r.Root) }) {
			// a*(-1/2 - sqrt(3)*I/2) for x**3 - a**3: solve leaves
			// these unsimplified, by steps dcalc does not follow
			return nil, false
		}
	} else if rs, ok = compositeRoots(cs); !ok {
		return nil, false
	}
	for _, r := range rs {
		out = addRootMult(out, NewMul(coeff, r.Root), r.Mult)
	}
	if zeros > 0 {
		out = addRootMult(out, Zero, zeros)
	}
	return out, true
}

// rescaleTerms is preprocess_roots' step for coefficients that are all
// monomials: a symbol g whose exponents along the terms are a fixed
// multiple of the variable's is set to 1 and the roots scaled by a
// power of g (l**2 - x*l - b*x**2 has x times the roots of l**2 - l -
// b).
func rescaleTerms(cs []Expr) (Expr, []Expr) {
	type term struct {
		deg  int
		exps map[*Symbol]int64
	}
	var ts []term // from the highest degree down, as Poly.monoms()
	for i := len(cs) - 1; i >= 0; i-- {
		if IsZero(cs[i]) == True {
			continue
		}
		exps, ok := monomialExps(cs[i])
		if !ok {
			return One, cs
		}
		ts = append(ts, term{i, exps})
	}
	var gens []*Symbol
	for _, t := range ts {
		for g := range t.exps {
			if !slices.Contains(gens, g) {
				gens = append(gens, g)
			}
		}
	}
	coeff := Expr(One)
	var reps [][2]Expr
	for _, g := range gens {
		strip := make([]int64, len(ts))
		for i, t := range ts {
			strip[i] = t.exps[g]
		}
		reverse := strip[0] < strip[len(strip)-1]
		if reverse {
			slices.Reverse(strip)
		}
		ratio, ok := int64(0), false
		consistent := true
		for i, t := range ts {
			a, b := int64(t.deg), strip[i]
			switch {
			case a == 0 && b == 0:
				continue
			case a == 0 || b == 0 || b%a != 0:
				consistent = false
			case !ok:
				ratio, ok = b/a, true
			case ratio != b/a:
				consistent = false
			}
			if !consistent {
				break
			}
		}
		if !consistent || !ok {
			continue
		}
		if reverse {
			ratio = -ratio
		}
		reps = append(reps, [2]Expr{g, One})
		coeff = NewMul(coeff, NewPow(g, NewInt(-ratio)))
	}
	if len(reps) == 0 {
		return One, cs
	}
	out := make([]Expr, len(cs))
	for i, c := range cs {
		out[i] = SubsPairs(c, reps)
	}
	return coeff, out
}

// monomialExps splits a monomial (a rational times powers of symbols)
// into its symbols' exponents; ok is false for anything else.
func monomialExps(c Expr) (map[*Symbol]int64, bool) {
	exps := map[*Symbol]int64{}
	for _, f := range mulArgs(c) {
		if toRat(f) != nil {
			continue
		}
		b, e := AsBaseExp(f)
		s, ok := b.(*Symbol)
		n, isInt := e.(*Integer)
		if !ok || !isInt || !n.IsInt64() || n.Sign() <= 0 {
			return nil, false
		}
		exps[s] += n.Int64()
	}
	return exps, true
}

// compositeRoots is roots()' main branch for a polynomial of degree one
// or two with symbolic coefficients and a nonzero constant term.
func compositeRoots(cs []Expr) (out []RootMult, ok bool) {
	add := func(r Expr, k int) {
		out = addRootMult(out, r, k)
	}
	must := func(e Expr, err error) Expr {
		if err != nil {
			panic(err)
		}
		return e
	}
	switch len(cs) {
	case 2:
		add(must(Factor(Div(Neg(cs[0]), cs[1]))), 1)
	default:
		if len(cs) > 3 {
			rs, ok := compositeFactorRoots(cs)
			if !ok {
				return nil, false
			}
			for _, r := range rs {
				add(r.Root, r.Mult)
			}
			break
		}
		if IsZero(cs[1]) == True { // a binomial
			for _, r := range compositeQuadratic(cs[2], cs[1], cs[0]) {
				add(r, 1)
			}
			break
		}
		x, inX, ok := xFactors(cs)
		if !ok {
			return nil, false
		}
		if len(inX) == 1 {
			for _, r := range compositeQuadratic(cs[2], cs[1], cs[0]) {
				add(r, 1)
			}
			break
		}
		for _, f := range inX {
			fc, ok := polyCoeffs(f.Base, x)
			if !ok || len(fc) != 2 {
				return nil, false
			}
			k, ok := f.Exp.(*Integer)
			if !ok || !k.IsInt64() {
				return nil, false
			}
			add(must(linearRoot(fc)), int(k.Int64()))
		}
	}
	return out, true
}

// linearRoot is _try_heuristics' root of a linear factor c0 + c1*x over
// a composite domain: cancel of roots_linear's factor(-c0/c1).
func linearRoot(fc []Expr) (Expr, error) {
	r, err := Factor(Div(Neg(fc[0]), fc[1]))
	if err != nil {
		return nil, err
	}
	return Cancel(r)
}

// xFactors is factor_list of the polynomial with coefficients cs in a
// new variable x: x and the factors that hold it; ok is false when
// factor refuses.
func xFactors(cs []Expr) (*Symbol, []FactorPair, bool) {
	x := NewDummy("x")
	_, fs, err := FactorList(polyExpr(cs, x))
	if err != nil {
		return nil, nil, false
	}
	var inX []FactorPair
	for _, f := range fs {
		if Has(f.Base, x) {
			inX = append(inX, f)
		}
	}
	return x, inX, true
}

// compositeFactorRoots is roots() of a polynomial of degree three or
// more over a composite domain that is not a binomial: by factor_list's
// factors, each solved by _try_heuristics. Only factors linear in x
// (cancel(factor(-b/a))), quadratic factors and factors with rational
// coefficients are taken; an irreducible polynomial (SymPy's
// _try_decompose and the cubic and quartic formulas) or another factor
// is refused.
func compositeFactorRoots(cs []Expr) (out []RootMult, ok bool) {
	for _, c := range cs[1 : len(cs)-1] {
		if IsZero(c) != True {
			ok = true
		}
	}
	if !ok {
		return nil, false // roots_binomial
	}
	x, inX, ok := xFactors(cs)
	if !ok || len(inX) < 2 {
		return nil, false
	}
	for _, f := range inX {
		fc, ok := polyCoeffs(f.Base, x)
		k, isInt := f.Exp.(*Integer)
		if !ok || !isInt || !k.IsInt64() {
			return nil, false
		}
		if len(fc) == 2 {
			r, err := linearRoot(fc)
			if err != nil {
				return nil, false
			}
			out = addRootMult(out, r, int(k.Int64()))
			continue
		}
		if _, rational := ratCoeffs(fc); !rational {
			// _try_heuristics on a quadratic: roots_binomial, or
			// roots_quadratic with each root cancelled
			var rs []Expr
			switch {
			case len(fc) != 3:
				return nil, false
			case IsZero(fc[1]) == True:
				q, err := Cancel(Div(fc[0], fc[2]))
				if err != nil {
					return nil, false
				}
				if rs, ok = binomialFromBase(Neg(q), 2); !ok {
					return nil, false
				}
			default:
				for _, r := range compositeQuadratic(fc[2], fc[1], fc[0]) {
					c, err := Cancel(r)
					if err != nil {
						return nil, false
					}
					rs = append(rs, c)
				}
			}
			for _, r := range rs {
				out = addRootMult(out, r, int(k.Int64()))
			}
			continue
		}
		rs, err := Roots(f.Base, x)
		if err != nil {
			return nil, false
		}
		for _, r := range rs {
			out = addRootMult(out, r.Root, r.Mult*int(k.Int64()))
		}
	}
	return out, true
}

// compositeQuadratic is roots_quadratic over a composite domain.
func compositeQuadratic(a, b, c Expr) []Expr {
	must := func(e Expr, err error) Expr {
		if err != nil {
			panic(err)
		}
		return e
	}
	if IsZero(b) == True {
		r := sqrtSquares(must(Factor(Neg(Div(c, a)))))
		return []Expr{Neg(r), r}
	}
	d := must(Factor(Expand(Sub(NewMul(b, b), NewMul(NewInt(4), a, c)))))
	A := NewMul(Two, a)
	B := must(Factor(Neg(Div(b, A))))
	D := FactorTerms(Div(sqrtSquares(d), A))
	r0, r1 := Sub(B, D), NewAdd(B, D)
	if IsNegative(a) == True {
		return []Expr{r1, r0}
	}
	return []Expr{hollowMul(r0), hollowMul(r1)}
}
