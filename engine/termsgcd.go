package engine

import "math/big"

// TermsGcd is SymPy's terms_gcd(f, deep=deep, clear=clear,
// expand=expand): the greatest common monomial of the terms of a sum
// (over its automatic generators: every factor that is not a rational
// number, powers decomposed as decompose_power does, so exp(2*x) is
// exp(x)**2 and a sum inside a product is a generator of its own) and
// its rational content are pulled out. With deep the arguments are
// treated first (then the whole, unexpanded). A sum with a coefficient
// that is not rational (a Float, I) is refused.
func TermsGcd(e Expr, deep, clear, expand bool) (out Expr, err error) {
	defer recoverTo(&err)
	return termsGcd(e, deep, clear, expand), nil
}

func termsGcd(e Expr, deep, clear, expand bool) Expr {
	if len(e.Args()) == 0 || IsNumber(e) {
		return e
	}
	if deep {
		args := e.Args()
		out := make([]Expr, len(args))
		changed := false
		for i, a := range args {
			out[i] = termsGcd(a, true, clear, expand)
			changed = changed || out[i] != a
		}
		if changed {
			e = rebuild(e, out)
		}
		return termsGcd(e, false, clear, false)
	}
	if expand {
		e = Expand(e)
	}
	if _, ok := e.(*Add); !ok {
		// one term is its own greatest common monomial: Poly rebuilds
		// the same product (over any coefficient domain)
		return e
	}
	gens, terms, ok := termsGcdPoly(e)
	if !ok {
		return e
	}
	// J: the smallest exponent of each generator over the terms
	J := make([]int, len(gens))
	for g := range gens {
		J[g] = terms[0].e[g]
		for _, t := range terms[1:] {
			J[g] = min(J[g], t.e[g])
		}
	}
	// clear_denoms, then primitive: coeff = content/denominator
	den := big.NewInt(1)
	for _, t := range terms {
		den = lcm(den, t.r.Denom())
	}
	cont := new(big.Int)
	for _, t := range terms {
		n := new(big.Int).Mul(t.r.Num(), new(big.Int).Quo(den, t.r.Denom()))
		cont.GCD(nil, nil, cont, new(big.Int).Abs(n))
	}
	coeff := new(big.Rat).SetFrac(cont, den)
	term := Expr(One)
	for g, j := range J {
		if j != 0 {
			term = NewMul(term, NewPow(gens[g], NewInt(int64(j))))
		}
	}
	if coeff.Cmp(big.NewRat(1, 1)) == 0 {
		if isInt(term, 1) {
			return e
		}
	}
	ts := make([]Expr, len(terms))
	for i, t := range terms {
		c := new(big.Rat).Quo(t.r, coeff)
		fs := []Expr{RatExpr(c)}
		for g, k := range t.e {
			if k-J[g] != 0 {
				fs = append(fs, NewPow(gens[g], NewInt(int64(k-J[g]))))
			}
		}
		ts[i] = NewMul(fs...)
	}
	f := NewAdd(ts...)
	c := RatExpr(coeff)
	if clear {
		return keepCoeff(c, NewMul(term, f), true, false)
	}
	// the clearing follows the original expression's form, not the
	// product built here
	c, f = asCoeffMulRational(keepCoeff(c, f, false, false))
	return keepCoeff(c, NewMul(term, f), false, false)
}

// termsGcdPoly is poly_from_expr(e, expand=False) for terms_gcd: the
// generators and the terms with their rational coefficients; ok is false
// when the expression is not a polynomial in them (a negative exponent
// left, a coefficient that is not rational).
func termsGcdPoly(e Expr) (gens []Expr, terms []ratTerm, ok bool) {
	type rawTerm struct {
		c  *big.Rat
		gs []Expr
		ks []int
	}
	var raws []rawTerm
	for _, t := range addArgs(e) {
		rt := rawTerm{c: big.NewRat(1, 1)}
		for _, f := range mulArgs(t) {
			if isPolyCoeff(f) {
				r := toRat(f)
				if _, fl := f.(*Float); r == nil || fl || f == I {
					panic(notImpl("dcalc's terms_gcd takes rational coefficients only, not " + Str(f)))
				}
				rt.c.Mul(rt.c, r)
				continue
			}
			g, k64 := decomposePower(f)
			k := int(k64)
			if k < 0 {
				g, k = NewPow(g, NegOne), -k
			}
			if indexExpr(gens, g) < 0 {
				gens = append(gens, g)
			}
			rt.gs = append(rt.gs, g)
			rt.ks = append(rt.ks, k)
		}
		if rt.c.Sign() != 0 {
			raws = append(raws, rt)
		}
	}
	if len(raws) == 0 {
		return nil, nil, false
	}
	for _, rt := range raws {
		ex := make([]int, len(gens))
		for i, g := range rt.gs {
			ex[indexExpr(gens, g)] += rt.ks[i]
		}
		terms = append(terms, ratTerm{ex, rt.c})
	}
	return gens, terms, true
}

// isPolyCoeff is what a Poly built without a domain takes for a
// coefficient: a number (Integer, Rational, Float) or I.
func isPolyCoeff(f Expr) bool {
	switch f.(type) {
	case *Integer, *Rational, *Float:
		return true
	}
	return f == I
}
