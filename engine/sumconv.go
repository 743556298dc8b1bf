package engine

import "math/big"

// SumAbsolutelyConvergent is Sum.is_absolutely_convergent(): SymPy's
// Sum(Abs(term), limits).is_convergent().
func SumAbsolutelyConvergent(s Expr) (bool, error) {
	f, ok := s.(*Func)
	if !ok || f.def != SumDef {
		return false, notImpl("is_absolutely_convergent takes a Sum")
	}
	return SumConvergent(newFunc(SumDef, append([]Expr{MustApply(fnAbs, f.args[0])}, f.args[1:]...)))
}

// SumConvergent is Sum(term, (n, a, b)).is_convergent() for the series
// whose terms dcalc can classify: finite limits (True), and terms
// c*r**n*R(n) with r a positive number or a negative one other than -1
// and R a product of powers of polynomials in n. For those, SymPy 1.14's
// chain of tests (divergence, p-series, ratio) decides as the terms'
// growth says: |r| < 1 converges, |r| > 1 diverges, and for r = 1 the
// degree p of R decides (p < -1 converges: the p-series test on
// O(term) = n**p); alternating terms (r = -1) by alternatingConvergent.
// Other terms (logarithmic, factorial, oscillating) raise
// NotImplementedError, as do several limits or an infinite lower limit.
func SumConvergent(s Expr) (bool, error) {
	f, ok := s.(*Func)
	if !ok || f.def != SumDef {
		return false, notImpl("is_convergent takes a Sum")
	}
	lims := sumLimits(f)
	if len(lims) != 1 {
		return false, notImpl("dcalc's is_convergent takes a Sum with one limit")
	}
	n, ok := lims[0][0].(*Symbol)
	if !ok {
		return false, notImpl("dcalc's is_convergent takes a Sum over a symbol")
	}
	term := f.args[0]
	for _, s := range FreeSymbols(term) {
		if !Equal(s, n) {
			return false, notImpl("convergence checking for more than one symbol containing series is not handled")
		}
	}
	lo, hi := lims[0][1], lims[0][2]
	if IsFinite(lo) == True && IsFinite(hi) == True {
		return true, nil
	}
	if !Equal(hi, Oo) || Equal(lo, NegOo) {
		return false, notImpl("dcalc's is_convergent takes sums from a finite start to oo")
	}
	// SymPy's is_convergent puts a positive integer dummy for n (so
	// that Abs(n) is n)
	k := NewDummyAssumed(n.name, Assumptions{Integer: true, Positive: true, Real: true, Nonzero: true, Nonnegative: true, Rational: true})
	term = Xreplace(term, [][2]Expr{{n, k}})
	if Equal(term, Zero) {
		return true, nil
	}
	r, p, ok := geometricPower(term, k)
	if !ok {
		return false, notImpl("dcalc's is_convergent decides geometric and power-like terms only (SymPy goes on with more tests)")
	}
	switch c := r.Cmp(big.NewRat(1, 1)); {
	case c < 0 && r.Cmp(big.NewRat(-1, 1)) > 0:
		return true, nil // |r| < 1
	case c > 0 || r.Cmp(big.NewRat(-1, 1)) < 0:
		return false, nil // |r| > 1: the terms grow
	case c == 0:
		return p.Cmp(big.NewRat(-1, 1)) < 0, nil
	}
	return alternatingConvergent(term, k, lo, p)
}

// alternatingConvergent decides c*(-1)**n*R(n), R a product of
// powers of polynomials of degree p: terms that do not tend to 0 fail
// SymPy's divergence test; otherwise, after the tests that cannot decide
// an alternating term (limit comparison, ratio, Raabe, root), the
// alternating series test: R decreasing on [lo, oo) converges. A
// negative c, or an R that is not decreasing there (SymPy goes on to its
// integral test, which can fail), raises NotImplementedError.
func alternatingConvergent(term Expr, k *Symbol, lo Expr, p *big.Rat) (bool, error) {
	if p.Sign() >= 0 {
		return false, nil
	}
	// SymPy simplifies the term first and matches (-1)**(n + p)*q, whose
	// choice of p for a shifted sign ((-1)**(n - 1) simplifies to
	// -(-1)**n) decides whether q is positive: only (-1)**n times a
	// positive coefficient is taken here
	var c Expr = One
	var q []Expr
	sign := false
	for _, fac := range mulArgs(term) {
		switch base, exp := AsBaseExp(fac); {
		case !Has(fac, k):
			c = NewMul(c, fac)
		case Equal(base, NegOne) && Equal(exp, k):
			sign = true
		default:
			q = append(q, fac)
		}
	}
	if !sign || IsPositive(c) != True {
		return false, notImpl("dcalc's is_convergent decides alternating series (-1)**n*a(n) with a positive coefficient only")
	}
	dec, err := decreasingFrom(NewMul(q...), k, lo)
	if err != nil {
		return false, err
	}
	if dec != True {
		return false, notImpl("dcalc's is_convergent decides alternating series whose terms decrease in size from the start only (SymPy goes on to its integral test)")
	}
	return true, nil
}

// decreasingFrom is is_decreasing(f, Interval(lo, oo), k): whether f' <= 0
// on the interval, for rational functions of k.
func decreasingFrom(f Expr, k *Symbol, lo Expr) (Tri, error) {
	d, err := Diff(f, VarCount{Var: k, Count: 1})
	if err != nil {
		return Unknown, err
	}
	d = DropPositiveFactors(d, k)
	switch RelTruth("<=", d, Zero) {
	case True:
		return True, nil
	case False:
		return False, nil
	}
	parts, all, err := SolveInequalitySet([]Inequality{{Op: "<=", Expr: d}}, k)
	if err != nil || all {
		return map[bool]Tri{true: True}[all], err
	}
	return SetIsSubset([]SetPart{{Lo: lo, Hi: Oo, HOpen: true}}, parts)
}

// geometricPower splits term into c*r**n times powers of polynomials in
// n: r (rational, 1 without a geometric factor) and p, the degree of
// the polynomial part; ok is false for any other factor.
func geometricPower(term Expr, n *Symbol) (r, p *big.Rat, ok bool) {
	r, p = big.NewRat(1, 1), new(big.Rat)
	for _, fac := range mulArgs(term) {
		if !Has(fac, n) {
			continue
		}
		base, exp := AsBaseExp(fac)
		switch {
		case !Has(base, n):
			// b**(m*n + q): the geometric factor b**m
			cs, isPoly := polyCoeffs(exp, n)
			b := toRat(base)
			if !isPoly || len(cs) != 2 || b == nil {
				return nil, nil, false
			}
			m, isInt := cs[1].(*Integer)
			if !isInt || !m.IsInt64() || m.Int64() > 64 || m.Int64() < -64 {
				return nil, nil, false
			}
			r.Mul(r, ratPow(b, m.Int64()))
		case !Has(exp, n):
			e := toRat(exp)
			d, isPoly := Degree(base, n)
			if e == nil || !isPoly || d < 1 {
				return nil, nil, false
			}
			p.Add(p, new(big.Rat).Mul(e, big.NewRat(int64(d), 1)))
		default:
			return nil, nil, false
		}
	}
	return r, p, true
}

// ratPow is b**k for an integer k.
func ratPow(b *big.Rat, k int64) *big.Rat {
	out := big.NewRat(1, 1)
	base := new(big.Rat).Set(b)
	if k < 0 {
		base.Inv(base)
		k = -k
	}
	for range k {
		out.Mul(out, base)
	}
	return out
}
