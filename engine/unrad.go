package engine

import "math/big"

// radicalEquation is an equation num = 0 whose only dependence on x
// outside polynomials is through powers b**(k/q) of one polynomial base
// b with one denominator q: Poly's generator g = b**(1/q) (it splits
// x**(2/3) into (x**(1/3))**2), with num a polynomial in g.
type radicalEquation struct {
	num   Expr
	check Expr // the form checksol is given (SymPy's f_num)
	x     *Symbol
	base  Expr
	q     int64
	d     *Symbol // the dummy standing for g
	p     Expr    // num with every b**(k/q) replaced by d**k
}

// newRadicalEquation recognises num as a radical equation in x; ok is
// false when num has no radical in x, radicals of several bases or
// denominators (SymPy's unrad handles more of those; dcalc refuses), or
// anything else non-polynomial in x.
func newRadicalEquation(num Expr, x *Symbol) (r radicalEquation, ok bool) {
	r = radicalEquation{num: num, x: x}
	if !r.scan(num) || r.base == nil {
		return r, false
	}
	if _, ok := polyCoeffs(r.base, x); !ok {
		return r, false
	}
	r.d = NewDummy("g")
	r.p = Expand(r.replace(num))
	cs, ok := polyCoeffs(r.p, r.d)
	if !ok {
		return r, false
	}
	for _, c := range cs {
		if _, ok := polyCoeffs(c, x); !ok {
			return r, false
		}
	}
	return r, true
}

// scan records the base and denominator of the radicals in e, failing on
// a second base or denominator or on a function of x.
func (r *radicalEquation) scan(e Expr) bool {
	if !Has(e, r.x) {
		return true
	}
	switch n := e.(type) {
	case *Symbol:
		return true
	case *Pow:
		if k, ok := n.Exp().(*Integer); ok {
			return k.Sign() > 0 && r.scan(n.Base())
		}
		q, ok := n.Exp().(*Rational)
		if !ok || q.r.Sign() < 0 || !q.r.Denom().IsInt64() || Has(n.Exp(), r.x) {
			return false
		}
		if r.base == nil {
			r.base, r.q = n.Base(), q.r.Denom().Int64()
		}
		return Equal(r.base, n.Base()) && r.q == q.r.Denom().Int64() && !hasRadicalOrCall(n.Base())
	case *Add, *Mul:
		for _, a := range n.Args() {
			if !r.scan(a) {
				return false
			}
		}
		return true
	}
	return false
}

// replace writes each b**(k/q) of e as d**k.
func (r *radicalEquation) replace(e Expr) Expr {
	if p, ok := e.(*Pow); ok && Equal(p.Base(), r.base) {
		if q, ok := p.Exp().(*Rational); ok {
			k := new(big.Int).Mul(q.r.Num(), big.NewInt(r.q/q.r.Denom().Int64()))
			return NewPow(r.d, NewBigInt(k))
		}
	}
	if len(e.Args()) == 0 {
		return e
	}
	return mapArgs(e, r.replace)
}

// solveRadical solves a radical equation as SymPy's _solve does: a
// polynomial in g alone is solved for g by roots and each root carried
// back through the solutions x(t) of b = t**q (the inverse of g, itself
// found by unrad); otherwise unrad squares (cubes ...) the radical away,
// rterm**q - (-others)**q, and the polynomial's roots are candidates.
// Candidates are kept unless checksol says they fail (an undecided check
// keeps them, as SymPy does: solve(sqrt(x) - a, x) is [a**2]); with at
// most two from the polynomial in g they are simplified first.
func solveRadical(r radicalEquation) (_ []Expr, err error) {
	defer recoverTo(&err)
	var cands []Expr
	if !Has(r.p, r.x) {
		cs, _ := polyCoeffs(r.p, r.d)
		rs, ok := polyRoots(cs)
		if !ok {
			return nil, notImpl("could not solve " + Str(r.num))
		}
		t := NewDummy("t")
		invs, err := solveCanonical(Sub(r.base, NewPow(t, NewInt(r.q))), r.x)
		if err != nil {
			return nil, err
		}
		for _, inv := range invs {
			for _, g := range rs {
				if s := Xreplace(inv, [][2]Expr{{t, g}}); !containsExpr(cands, s) {
					cands = append(cands, s)
				}
			}
		}
		if len(cands) <= 2 {
			for i, s := range cands {
				cands[i] = Simplify(s)
			}
		}
	} else {
		rterm, others := siftExprs(addArgs(r.p), func(t Expr) bool { return Has(t, r.d) })
		g := NewPow(r.base, NewRational(big.NewInt(1), big.NewInt(r.q)))
		if len(rterm) > 1 && r.q > 2 {
			// SymPy changes variable here (b = p**q); dcalc does not
			return nil, notImpl("dcalc's unrad does not change variables to remove " + Str(g) + " yet")
		}
		back := [][2]Expr{{r.d, g}}
		qe := NewInt(r.q)
		eq := Sub(NewPow(Xreplace(NewAdd(rterm...), back), qe), NewPow(Neg(Xreplace(NewAdd(others...), back)), qe))
		if cands, err = solveCanonical(eq, r.x); err != nil {
			return nil, err
		}
	}
	var out []Expr
	for _, s := range cands {
		t, err := checksol(r.check, r.x, s)
		if err != nil {
			return nil, err
		}
		if t != False {
			out = append(out, s)
		}
	}
	return out, nil
}

// solveCanonical solves unrad's result after its _canonical: the
// expanded numerator with its content cleared, numeric factors dropped,
// powers replaced by their bases and each factor's sign made canonical;
// the factors are solved one by one (solve's rule for a product). A
// radical left in x is refused (unrad would go round again).
func solveCanonical(eq Expr, x *Symbol) ([]Expr, error) {
	n, _ := asNumerDenom(eq)
	n = mexpand(n)
	if _, ok := polyCoeffs(n, x); !ok {
		return nil, notImpl("dcalc's unrad could not remove the radicals of " + Str(eq))
	}
	var out []Expr
	for _, f := range mulArgs(factorTerms(n, true)) {
		if IsNumber(f) || !Has(f, x) {
			continue
		}
		if p, ok := f.(*Pow); ok {
			f = p.Base()
		}
		if CouldExtractMinusSign(f) {
			f = Neg(f)
		}
		rs, err := Solve(f, x)
		if err != nil {
			return nil, err
		}
		for _, s := range rs {
			if !containsExpr(out, s) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}
