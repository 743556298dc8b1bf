package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's apart(f, x) (full=False) for rational functions
// of one symbol with rational coefficients: f = P/Q is cancelled over
// the integers (the sign of the leading coefficients moved into a
// common factor), the polynomial part split off, and the proper part
// written by undetermined coefficients over Q's irreducible factors
// (apart_undetermined_coeffs): one numerator of degree deg(f) - 1 per
// power f**i. Each term is then factored, as apart does.

// rpDivMod is the quotient and remainder of a by b over Q.
func rpDivMod(a, b rpoly) (rpoly, rpoly) {
	a, b = rpTrim(a), rpTrim(b)
	if len(a) < len(b) {
		return nil, a
	}
	q, r := ratPolyDivMod(a, b)
	return rpTrim(q), r
}

func rpExpr(p rpoly, x Expr) Expr {
	ts := make([]Expr, len(p))
	for i, c := range p {
		ts[i] = NewMul(ratFrom(new(big.Rat).Set(c)), NewPow(x, NewInt(int64(i))))
	}
	return NewAdd(ts...)
}

func rpFromInts(f []*big.Int) rpoly {
	out := make(rpoly, len(f))
	for i, c := range f {
		out[i] = new(big.Rat).SetInt(c)
	}
	return out
}

// Apart is apart(e, x).
func Apart(e Expr, x *Symbol) (out Expr, err error) {
	defer recoverTo(&err)
	p, q := numerDenom(togetherInner(e))
	pc, ok1 := polyCoeffs(Expand(p), x)
	qc, ok2 := polyCoeffs(Expand(q), x)
	if !ok1 || !ok2 {
		return nil, notImpl("dcalc's apart() needs a rational function of " + x.Name())
	}
	pr, ok1 := ratCoeffs(pc)
	qr, ok2 := ratCoeffs(qc)
	if !ok1 || !ok2 {
		return nil, notImpl("dcalc's apart() needs rational coefficients")
	}
	// (as_numer_denom clears the rational coefficients; any integer
	// scaling gives the same result, as cancel below removes contents)
	// cancel over the integers: p/q reduced, leading coefficients positive
	P, Q := rpoly(pr), rpoly(qr)
	if len(rpTrim(P)) == 0 {
		return Zero, nil
	}
	g := rpGcd(P, Q) // monic
	P, _ = rpDivMod(P, g)
	Q, _ = rpDivMod(Q, g)
	Pi, Qi := primitiveInts(P), primitiveInts(Q)
	// P/Q = (cp/cq) * Pi/Qi with positive contents cp, cq
	ratio := new(big.Rat).Quo(new(big.Rat).Quo(P[len(P)-1], new(big.Rat).SetInt(Pi[len(Pi)-1])), new(big.Rat).Quo(Q[len(Q)-1], new(big.Rat).SetInt(Qi[len(Qi)-1])))
	sign := ratio.Sign()
	common := Expr(NewInt(int64(sign)))
	// over ZZ the integer contents cancel into p and q: p/q = |ratio|*Pi/Qi
	num := new(big.Rat).Abs(ratio)
	P = rpFromInts(Pi)
	Q = rpFromInts(Qi)
	for i := range P {
		P[i].Mul(P[i], new(big.Rat).SetInt(num.Num()))
	}
	for i := range Q {
		Q[i].Mul(Q[i], new(big.Rat).SetInt(num.Denom()))
	}
	for _, f := range []rpoly{P, Q} {
		if f[len(f)-1].Sign() < 0 {
			for i := range f {
				f[i].Neg(f[i])
			}
			common = Neg(common)
		}
	}
	poly, rem := rpDivMod(P, Q)
	// rat_clear_denoms
	den := big.NewInt(1)
	for _, c := range rem {
		den = lcm(den, c.Denom())
	}
	for i := range rem {
		rem[i] = new(big.Rat).Mul(rem[i], new(big.Rat).SetInt(den))
	}
	Qd := make(rpoly, len(Q))
	for i := range Q {
		Qd[i] = new(big.Rat).Mul(Q[i], new(big.Rat).SetInt(den))
	}
	var partial Expr = Zero
	switch {
	case len(rem) == 0:
	case len(Qd)-1 <= 1:
		partial = Div(rpExpr(rem, x), rpExpr(Qd, x))
	default:
		partial, err = apartUndetermined(rem, Qd, x)
		if err != nil {
			return nil, err
		}
	}
	terms := []Expr{rpExpr(poly, x)}
	for _, t := range addArgs(partial) {
		if isZeroInt(t) {
			continue
		}
		f, err := Factor(t)
		if err != nil {
			return nil, err
		}
		terms = append(terms, f)
	}
	return NewMul(common, NewAdd(terms...)), nil
}

// apartUndetermined is apart_undetermined_coeffs(P, Q).
func apartUndetermined(P, Q rpoly, x *Symbol) (Expr, error) {
	Qi := primitiveInts(Q)
	_, fs, err := FactorList(upolyExpr(Qi, x))
	if err != nil {
		return nil, err
	}
	type part struct {
		coeffs []*Symbol
		f      Expr
		k      int
	}
	var parts []part
	var unknowns []*Symbol
	var F Expr = Zero
	for _, fp := range fs {
		fc, _ := polyCoeffs(fp.Base, x)
		n := len(fc) - 1
		k := int(toRat(fp.Exp).Num().Int64())
		q := rpExpr(Q, x)
		for i := 1; i <= k; i++ {
			q = Expand(Div(q, fp.Base))
			q, err = Cancel(q)
			if err != nil {
				return nil, err
			}
			cs := make([]*Symbol, n)
			var h []Expr
			for j := range cs {
				cs[j] = NewDummy("X")
				// Poly(coeffs, x): the first coefficient is the highest
				h = append(h, NewMul(cs[j], NewPow(x, NewInt(int64(n-1-j)))))
			}
			unknowns = append(unknowns, cs...)
			parts = append(parts, part{cs, fp.Base, i})
			F = NewAdd(F, Expand(NewMul(NewAdd(h...), q)))
		}
	}
	fc, ok := polyCoeffs(Expand(F), x)
	if !ok {
		return nil, notImpl("apart: the undetermined coefficients are not polynomial")
	}
	var system []Expr
	for k := 0; k < max(len(fc), len(P)); k++ {
		var lhs Expr = Zero
		if k < len(fc) {
			lhs = fc[k]
		}
		var rhs Expr = Zero
		if k < len(P) {
			rhs = ratFrom(P[k])
		}
		system = append(system, Sub(lhs, rhs))
	}
	sol, ok, err := SolveLinear(system, unknowns)
	if err != nil || !ok || len(sol) != len(unknowns) {
		return nil, notImpl("apart: the undetermined coefficients have no unique solution")
	}
	var result []Expr
	for _, pt := range parts {
		n := len(pt.coeffs)
		var h []Expr
		for j, c := range pt.coeffs {
			for _, s := range sol {
				if Equal(s[0], c) {
					h = append(h, NewMul(s[1], NewPow(x, NewInt(int64(n-1-j)))))
				}
			}
		}
		result = append(result, Div(NewAdd(h...), NewPow(pt.f, NewInt(int64(pt.k)))))
	}
	return NewAdd(result...), nil
}

// ApartParams is apart(e, x) for a rational function of x whose
// denominator has rational coefficients and whose numerator has other
// symbols in its coefficients (a/(x**2 - 1), (a*x + b)/(x*(x + 1))).
// SymPy's apart_undetermined_coeffs solves for the numerators over
// QQ[a, b]; the decomposition is unique and linear in the numerator, so
// dcalc decomposes the part of the numerator at each product of the
// other symbols alone and adds the numerators over each power of a
// factor, then factors each term as apart does: a/(2*(x - 1)) -
// a/(2*(x + 1)), (a - b)/(x + 1) + b/x.
func ApartParams(e Expr, x *Symbol) (out Expr, err error) {
	defer recoverTo(&err)
	p, q := numerDenom(togetherInner(e))
	qc, ok := polyCoeffs(Expand(q), x)
	if !ok {
		return nil, notImpl("dcalc's apart() needs a rational function of " + x.Name())
	}
	if _, rat := ratCoeffs(qc); !rat {
		if r, ok := apartConstantDenominator(p, q, x); ok {
			return r, nil
		}
		return nil, notImpl("dcalc's apart() handles denominators with rational coefficients")
	}
	// the numerator's part at each product of the other symbols
	type piece struct {
		mono Expr
		num  []Expr
	}
	var pieces []*piece
	for _, t := range addArgs(Expand(p)) {
		c, rest := AsCoeffMul(t)
		var mono, xs []Expr
		for _, f := range mulArgs(rest) {
			if Has(f, x) {
				xs = append(xs, f)
			} else {
				mono = append(mono, f)
			}
		}
		m := NewMul(mono...)
		if _, isAdd := m.(*Add); isAdd || len(FreeSymbols(m)) == 0 && !Equal(m, One) {
			return nil, notImpl("dcalc's apart() handles numerators with products of symbols as coefficients")
		}
		k := -1
		for i, pc := range pieces {
			if Equal(pc.mono, m) {
				k = i
			}
		}
		if k < 0 {
			pieces = append(pieces, &piece{mono: m})
			k = len(pieces) - 1
		}
		pieces[k].num = append(pieces[k].num, NewMul(c, NewMul(xs...)))
	}
	// the terms of each piece's decomposition, grouped by the power of a
	// factor under them (the polynomial part under 1)
	type group struct {
		den Expr
		num []Expr
	}
	var groups []*group
	add := func(den, num Expr) {
		for _, g := range groups {
			if Equal(g.den, den) {
				g.num = append(g.num, num)
				return
			}
		}
		groups = append(groups, &group{den, []Expr{num}})
	}
	for _, pc := range pieces {
		r, err := Apart(Div(NewAdd(pc.num...), q), x)
		if err != nil {
			return nil, err
		}
		for _, t := range addArgs(Expand(r)) {
			n, d := numerDenom(t)
			fd, err := Factor(d) // (expand wrote 2*(x + 2) as 2*x + 4)
			if err != nil {
				return nil, err
			}
			c, dx := AsCoeffMul(fd)
			add(dx, NewMul(pc.mono, Div(n, c)))
		}
	}
	terms := make([]Expr, 0, len(groups))
	for _, g := range groups {
		if Equal(g.den, One) {
			terms = append(terms, Expand(NewAdd(g.num...)))
			continue
		}
		f, err := Factor(Div(NewAdd(g.num...), g.den))
		if err != nil {
			return nil, err
		}
		terms = append(terms, f)
	}
	return NewAdd(terms...), nil
}

// apartConstantDenominator is apart(P/Q, x) when Q is free of x and P
// and Q are polynomials with integer coefficients in the other symbols
// (the continued-fraction step apart(frac, a0) of SymPy's tutorial).
// SymPy's apart cancels P/Q over ZZ[others][x], where dmp_cancel makes
// the leading coefficients positive (lex order of the other symbols as
// _sort_gens orders them): both negated when both are negative, else
// the negative one negated and -1 kept as a common factor. It then
// divides P by Q over the field of fractions, whose elements are
// reduced with a positive leading coefficient in the denominator, so
// the answer is common*(the sum of x**k times P_k/Q reduced), numerator
// over denominator, each expanded.
func apartConstantDenominator(p, q Expr, x *Symbol) (Expr, bool) {
	q = Expand(q)
	if Has(q, x) || !intPolynomial(q) {
		return nil, false
	}
	pc, ok := polyCoeffs(Expand(p), x)
	if !ok || len(pc) == 0 {
		return nil, false
	}
	for _, c := range pc {
		if !intPolynomial(c) {
			return nil, false
		}
	}
	var gens []Expr
	for _, s := range FreeSymbols(NewAdd(append([]Expr{q}, pc...)...)) {
		gens = append(gens, s)
	}
	slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	pneg, qneg := lexLCSign(pc[len(pc)-1], gens) < 0, lexLCSign(q, gens) < 0
	common := One
	if pneg != qneg {
		common = NegOne
	}
	if pneg {
		for k := range pc {
			pc[k] = Expand(Neg(pc[k]))
		}
	}
	if qneg {
		q = Expand(Neg(q))
	}
	terms := make([]Expr, 0, len(pc))
	for k, c := range pc {
		if Equal(c, Zero) {
			continue
		}
		r, err := Cancel(Div(c, q))
		if err != nil {
			return nil, false
		}
		n, d := numerDenom(r)
		n, d = Expand(n), Expand(d)
		if lexLCSign(d, gens) < 0 {
			n, d = Expand(Neg(n)), Expand(Neg(d))
		}
		coeff := n
		if !Equal(d, One) {
			coeff = NewMul(n, NewPow(d, NegOne))
		}
		terms = append(terms, NewMul(coeff, NewPow(x, NewInt(int64(k)))))
	}
	return NewMul(common, NewAdd(terms...)), true
}

// lexLCSign is the sign of the leading coefficient of the polynomial e
// (expanded, integer coefficients) in the lex order of gens.
func lexLCSign(e Expr, gens []Expr) int {
	var best []int
	sign := 0
	for _, t := range addArgs(e) {
		c, rest := AsCoeffMul(t)
		exps := make([]int, len(gens))
		for _, f := range mulArgs(rest) {
			base, n := f, int64(1)
			if pw, ok := f.(*Pow); ok {
				base, n = pw.args[0], toRat(pw.args[1]).Num().Int64()
			}
			for i, g := range gens {
				if Equal(g, base) {
					exps[i] += int(n)
				}
			}
		}
		if best == nil || slices.Compare(exps, best) > 0 {
			best, sign = exps, toRat(c).Sign()
		}
	}
	return sign
}

// intPolynomial reports whether e (expanded) is a polynomial in its
// symbols with integer coefficients.
func intPolynomial(e Expr) bool {
	for _, t := range addArgs(e) {
		c, rest := AsCoeffMul(t)
		if !IsInteger(c) {
			return false
		}
		for _, f := range mulArgs(rest) {
			switch g := f.(type) {
			case *Symbol:
			case *Pow:
				if _, ok := g.args[0].(*Symbol); !ok || !IsInteger(g.args[1]) || toRat(g.args[1]).Sign() <= 0 {
					return false
				}
			default:
				if !Equal(f, One) {
					return false
				}
			}
		}
	}
	return true
}
