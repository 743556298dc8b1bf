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
	for _, t := range addArgs(e) {
		for _, f := range mulArgs(t) {
			if _, fl := f.(*Float); fl || f == I {
				panic(notImpl("dcalc's terms_gcd takes rational coefficients only (not Floats or I)"))
			}
		}
	}
	// poly_from_expr(e, expand=False): every factor that is not a
	// rational number is a generator, a sum inside a product too
	gens, terms, err := polyFromExpr(e)
	if err != nil {
		panic(err)
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
