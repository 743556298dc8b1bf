package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's roots() for polynomials in one symbol with
// rational coefficients, following its control flow so that the roots
// come in its order (a Python dict keeps insertion order): zero roots
// last; a linear or quadratic polynomial or a binomial x**2 + c by
// formula; otherwise the irreducible factors in factor_list's order, each
// by _try_heuristics (linear, binomials, quadratic, the cubic formula;
// the even quartic x**4 + b*x**2 + d only where real roots are asked
// for, see rootsRatOpt). Other irreducible factors of degree four and
// more (the general quartic formula, cyclotomic roots) raise
// NotImplementedError; symbolic coefficients are taken in the
// shapes rootscomposite.go describes. Every root is also the source of
// solve's roots of such polynomials.

// RootMult is one root with its multiplicity.
type RootMult struct {
	Root Expr
	Mult int
}

// addRootMult adds k to r's multiplicity, appending r when it is new
// (a dict's insertion order).
func addRootMult(out []RootMult, r Expr, k int) []RootMult {
	for i := range out {
		if Equal(out[i].Root, r) {
			out[i].Mult += k
			return out
		}
	}
	return append(out, RootMult{r, k})
}

// Roots is roots(e, x).
func Roots(e Expr, x *Symbol) (out []RootMult, err error) {
	defer recoverTo(&err)
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return nil, &Error{Type: "PolynomialError", Msg: Str(e) + " contains an element of the set of generators."}
	}
	rc, ok := ratCoeffs(cs)
	if !ok {
		rc, ok = commonFactorCoeffs(cs)
	}
	if !ok {
		// symbolic coefficients: a polynomial of degree two at most
		// after terms_gcd and preprocess_roots, or one that factors
		for len(cs) > 0 && IsZero(cs[len(cs)-1]) == True {
			cs = cs[:len(cs)-1]
		}
		if len(cs) >= 2 {
			if out, ok := rootsComposite(cs); ok {
				return out, nil
			}
		}
		if rs, ok := symbolicBinomial(cs); ok {
			for _, r := range rs {
				out = append(out, RootMult{r, 1})
			}
			return out, nil
		}
		return nil, notImpl("dcalc's roots() takes symbolic coefficients in polynomials of degree two at most (after taking out powers of x), binomials and polynomials with linear or rational factors")
	}
	return rootsRat(rc, e)
}

// rootsRat is roots() of the polynomial with rational coefficients rc
// (lowest degree first); e names it in errors.
func rootsRat(rc []*big.Rat, e Expr) (out []RootMult, err error) {
	return rootsRatOpt(rc, e, false)
}

// rootsRatOpt is rootsRat; with realOnly (for roots(p, filter='R'),
// which drops every non-real root), a factor x**4 + b*x**2 + d is solved
// by roots_quartic's even branch, and an irreducible factor without
// real roots that dcalc cannot solve is left out instead of refused.
// (Elsewhere solve's callers meet the even quartic's complex roots in
// other forms, so it stays refused there.)
func rootsRatOpt(rc []*big.Rat, e Expr, realOnly bool) (out []RootMult, err error) {
	defer recoverTo(&err)
	noReal := func(f []*big.Int) bool { return realOnly && countRealRoots(rpFromInts(f)) == 0 }
	x := NewDummy("x")
	zeros := 0
	for len(rc) > 1 && rc[0].Sign() == 0 {
		rc, zeros = rc[1:], zeros+1
	}
	add := func(r Expr, k int) { out = addRootMult(out, r, k) }
	f := primitiveInts(rc)
	basis := integerBasis(f)
	if basis != nil { // preprocess_roots: x = basis*y, smaller coefficients
		for k := range f {
			f[k] = new(big.Int).Quo(f[k], new(big.Int).Exp(basis, big.NewInt(int64(len(f)-1-k)), nil))
		}
		defer func() {
			for i := range out {
				out[i].Root = NewMul(NewBigInt(basis), out[i].Root)
			}
		}()
	}
	n := len(f) - 1
	terms := 0
	for _, c := range f {
		if c.Sign() != 0 {
			terms++
		}
	}
	switch {
	case n <= 0:
	case n == 1:
		add(Div(Neg(NewBigInt(f[0])), NewBigInt(f[1])), 1)
	case terms == 2 && n == 2:
		for _, r := range rootsQuadratic(f) {
			add(r, 1)
		}
	case terms == 2:
		for _, r := range rootsBinomial(f) {
			add(r, 1)
		}
	default:
		_, fs, err := FactorList(upolyExpr(f, x))
		if err != nil {
			return nil, err
		}
		if len(fs) == 1 && n == 2 {
			for _, r := range rootsQuadratic(f) {
				add(r, 1)
			}
			break
		}
		if len(fs) == 1 && isInt(fs[0].Exp, 1) {
			// _try_decompose: a cubic does not decompose; an even
			// quartic is g(x**2)
			if rs, ok := rootsBiquadratic(f); ok {
				for _, r := range rs {
					add(r, 1)
				}
				break
			}
			if n != 3 {
				if noReal(f) {
					break
				}
				return nil, notImpl("dcalc's roots() does not solve the irreducible polynomial " + Str(e) + " of degree 4 or more yet")
			}
			rs, err := tryHeuristics(f, e)
			if err != nil {
				if noReal(f) {
					break
				}
				return nil, err
			}
			for _, r := range rs {
				add(r, 1)
			}
			break
		}
		for _, fp := range fs {
			fc, _ := polyCoeffs(fp.Base, x)
			g, _ := ratCoeffs(fc)
			rs, err := tryHeuristics(primitiveInts(g), fp.Base)
			if err != nil && realOnly {
				// roots_quartic's even branch, or a factor whose roots
				// the filter would drop
				var ok bool
				if rs, ok = rootsQuarticEven(primitiveInts(g)); ok {
					err = nil
				} else if noReal(primitiveInts(g)) {
					continue
				}
			}
			if err != nil {
				return nil, err
			}
			k := int(toRat(fp.Exp).Num().Int64())
			for _, r := range rs {
				add(r, k)
			}
		}
	}
	if zeros > 0 {
		if basis != nil { // added after the scaling
			defer func() { out = append(out, RootMult{Zero, zeros}) }()
		} else {
			add(Zero, zeros)
		}
	}
	return out, nil
}

// tryHeuristics is _try_heuristics for an irreducible factor f with
// integer coefficients, lowest degree first.
func tryHeuristics(f []*big.Int, e Expr) ([]Expr, error) {
	terms := 0
	for _, c := range f {
		if c.Sign() != 0 {
			terms++
		}
	}
	switch n := len(f) - 1; {
	case n == 1:
		return []Expr{Div(Neg(NewBigInt(f[0])), NewBigInt(f[1]))}, nil
	case terms == 2:
		return rootsBinomial(f), nil
	case n == 2:
		return rootsQuadratic(f), nil
	case n == 3:
		if rs := rootsCubic(f); rs != nil {
			return rs, nil
		}
	}
	return nil, notImpl("dcalc's roots() does not solve the irreducible factor " + Str(e) + " of degree 3 or more yet")
}

// rootsQuarticEven is roots_quartic for an irreducible x**4 + b*x**2 + d
// (monic; f lowest degree first), its branch where f = c + a*(...)
// vanishes: y1, y2 the square roots of roots([1, b, d], multiple=True)
// (sorted), the roots -y1, -y2, y1, y2. The cyclotomic x**4 - x**2 + 1,
// which _try_heuristics gives to roots_cyclotomic, is left out.
func rootsQuarticEven(f []*big.Int) ([]Expr, bool) {
	if len(f) != 5 || f[1].Sign() != 0 || f[3].Sign() != 0 || f[0].Sign() == 0 {
		return nil, false
	}
	lc := new(big.Rat).SetInt(f[4])
	b := new(big.Rat).Quo(new(big.Rat).SetInt(f[2]), lc)
	d := new(big.Rat).Quo(new(big.Rat).SetInt(f[0]), lc)
	if b.Cmp(big.NewRat(-1, 1)) == 0 && d.Cmp(big.NewRat(1, 1)) == 0 {
		return nil, false
	}
	rs, err := rootsRat([]*big.Rat{d, b, big.NewRat(1, 1)}, Zero)
	if err != nil || len(rs) != 2 || rs[0].Mult != 1 {
		return nil, false
	}
	ys := []Expr{rs[0].Root, rs[1].Root}
	Ordered(ys)
	y1, y2 := Sqrt(ys[0]), Sqrt(ys[1])
	return []Expr{Neg(y1), Neg(y2), y1, y2}, true
}

// rootsBiquadratic is _try_decompose for an irreducible quartic
// c4*x**4 + c2*x**2 + c0 (f lowest degree first): decompose gives
// g(y) = c4*y**2 + c2*y + c0 and h = x**2; each root r of g by
// _try_heuristics (the quadratic formula) gives roots_binomial's roots
// of x**2 - r, -sqrt(r) then sqrt(r), written I*sqrt(-r) for a
// negative r as expand(complex=True) does. ok is false for other
// polynomials and for complex r (whose square roots SymPy expands into
// real and imaginary parts).
func rootsBiquadratic(f []*big.Int) ([]Expr, bool) {
	if len(f) != 5 || f[1].Sign() != 0 || f[3].Sign() != 0 {
		return nil, false
	}
	var out []Expr
	for _, r := range rootsQuadratic([]*big.Int{f[0], f[2], f[4]}) {
		var alpha Expr
		switch {
		case IsPositive(r) == True:
			alpha = NewPow(r, Half)
		case IsNegative(r) == True:
			alpha = NewMul(I, NewPow(Neg(r), Half))
		default:
			return nil, false
		}
		out = append(out, Neg(alpha), alpha)
	}
	return out, true
}

// integerBasis is preprocess_roots's _integer_basis: the largest
// integer b such that the polynomial in x = b*y has integer
// coefficients smaller than the constant term's side, or nil.
func integerBasis(f []*big.Int) *big.Int {
	var monoms []int
	var coeffs []*big.Int
	for k := len(f) - 1; k >= 0; k-- {
		if f[k].Sign() != 0 {
			monoms = append(monoms, k)
			coeffs = append(coeffs, new(big.Int).Abs(f[k]))
		}
	}
	if coeffs[0].Cmp(coeffs[len(coeffs)-1]) >= 0 {
		return nil
	}
	n := monoms[0]
	rc := make([]*big.Int, len(coeffs))
	rm := make([]int, len(monoms))
	for i := range coeffs {
		rc[i] = coeffs[len(coeffs)-1-i]
		rm[i] = n - monoms[len(monoms)-1-i]
	}
	rc, rm = rc[:len(rc)-1], rm[:len(rm)-1]
	if len(rm) == 1 {
		r, exact := intRoot(rc[0], rm[0])
		if !exact {
			return nil
		}
		return r
	}
	g := new(big.Int)
	for _, c := range rc {
		g.GCD(nil, nil, g, c)
	}
	if g.BitLen() > 40 {
		panic(notImpl("roots: the integer basis of a polynomial with coefficients this large"))
	}
	ds := divisors(g)
	slices.SortFunc(ds, func(a, b *big.Int) int { return a.Cmp(b) })
	for i := len(ds) - 1; i >= 1; i-- {
		d := ds[i]
		ok := true
		for j, c := range rc {
			if new(big.Int).Rem(c, new(big.Int).Exp(d, big.NewInt(int64(rm[j])), nil)).Sign() != 0 {
				ok = false
				break
			}
		}
		if ok {
			return d
		}
	}
	return nil
}

// intRoot is the integer n-th root of c when c is a perfect power.
func intRoot(c *big.Int, n int) (*big.Int, bool) {
	r, ok := NewPow(NewBigInt(c), NewRational(big.NewInt(1), big.NewInt(int64(n)))).(*Integer)
	if !ok {
		return nil, false
	}
	return r.Big(), true
}

// rootsBinomial is roots_binomial for a*x**n + b with integer a, b
// (f lowest degree first): alpha = root(-b/a, n) in its complex
// expansion times the n-th roots of unity exp(2*pi*I*k/n), k in the
// order SymPy lists them.
func rootsBinomial(f []*big.Int) []Expr {
	n := len(f) - 1
	base := new(big.Rat).SetFrac(new(big.Int).Neg(f[0]), f[n])
	neg := base.Sign() < 0
	inv := NewRational(big.NewInt(1), big.NewInt(int64(n)))
	alpha := NewPow(ratFrom(new(big.Rat).Abs(base)), inv)
	if neg { // (-1)**(1/n) expanded: cos(pi/n) + I*sin(pi/n)
		t := NewMul(Pi, inv)
		alpha = Expand(NewMul(alpha, NewAdd(fnCos.call(t), NewMul(I, fnSin.call(t)))))
	}
	return binomialRoots(alpha, n, neg)
}

// binomialRoots are roots_binomial's roots alpha*exp(2*pi*I*k/n), each
// expanded, with k in SymPy's order (for the integer domain: negatives
// before positives, reals before non-reals); neg is base.is_negative.
func binomialRoots(alpha Expr, n int, neg bool) []Expr {
	var ks []int
	imax := n / 2
	if n%2 == 0 {
		ks = append(ks, imax)
		imax--
	}
	if !neg {
		ks = append(ks, 0)
	}
	for i := imax; i > 0; i-- {
		if neg {
			ks = append(ks, i, -i)
		} else {
			ks = append(ks, -i, i)
		}
	}
	if neg {
		ks = append(ks, 0)
	}
	out := make([]Expr, len(ks))
	for i, k := range ks {
		t := NewMul(NewRational(big.NewInt(int64(2*k)), big.NewInt(int64(n))), Pi)
		zeta := NewAdd(fnCos.call(t), NewMul(I, fnSin.call(t)))
		out[i] = Expand(NewMul(alpha, zeta))
	}
	return out
}

// rootsCubic is roots_cubic (Cardano's formula, trig=False) for an
// irreducible cubic with integer coefficients f, lowest degree first;
// nil for the cases an irreducible cubic cannot reach.
func rootsCubic(f []*big.Int) []Expr {
	lc := new(big.Rat).SetInt(f[3])
	co := func(i int) *big.Rat { return new(big.Rat).Quo(new(big.Rat).SetInt(f[i]), lc) }
	ar, br, cr := co(2), co(1), co(0)
	if cr.Sign() == 0 {
		return nil
	}
	r := func(x *big.Rat) Expr { return ratFrom(x) }
	mul := func(xs ...*big.Rat) *big.Rat {
		out := big.NewRat(1, 1)
		for _, x := range xs {
			out.Mul(out, x)
		}
		return out
	}
	third, ninth := big.NewRat(1, 3), big.NewRat(1, 27)
	// p = b - a**2/3, q = c - a*b/3 + 2*a**3/27
	p := new(big.Rat).Sub(br, mul(ar, ar, third))
	q := new(big.Rat).Sub(cr, mul(ar, br, third))
	q.Add(q, mul(big.NewRat(2, 1), ar, ar, ar, ninth))
	pon3, aon3 := r(mul(p, third)), r(mul(ar, third))
	cbrt := func(e Expr) Expr { return NewPow(e, NewRational(big.NewInt(1), big.NewInt(3))) }
	coeff := NewMul(I, Sqrt(NewInt(3)), Half)
	var u1 Expr
	switch {
	case p.Sign() == 0 && q.Sign() == 0:
		return nil
	case p.Sign() == 0 && q.Sign() > 0:
		u1 = Neg(cbrt(r(q)))
	case p.Sign() == 0:
		u1 = cbrt(r(new(big.Rat).Neg(q)))
	case q.Sign() == 0:
		return nil
	case q.Sign() < 0:
		// -root(-q/2 + sqrt(q**2/4 + pon3**3), 3)
		in := new(big.Rat).Add(mul(q, q, big.NewRat(1, 4)), mul(p, p, p, ninth))
		u1 = Neg(cbrt(NewAdd(r(mul(q, big.NewRat(-1, 2))), Sqrt(r(in)))))
	}
	if u1 == nil {
		b, c, d := r(ar), r(br), r(cr)
		D0 := Sub(NewMul(b, b), NewMul(NewInt(3), c))
		D1 := NewAdd(NewMul(Two, NewPow(b, NewInt(3))), NewMul(NewInt(-9), b, c), NewMul(NewInt(27), d))
		C := cbrt(Div(NewAdd(D1, Sqrt(Sub(NewPow(D1, Two), NewMul(NewInt(4), NewPow(D0, NewInt(3)))))), Two))
		var out []Expr
		for _, uk := range []Expr{One, NewAdd(NewRational(big.NewInt(-1), big.NewInt(2)), coeff), Sub(NewRational(big.NewInt(-1), big.NewInt(2)), coeff)} {
			out = append(out, Div(Neg(NewAdd(b, NewMul(uk, C), Div(Div(D0, C), uk))), NewInt(3)))
		}
		return out
	}
	us := []Expr{u1, NewMul(u1, NewAdd(NewRational(big.NewInt(-1), big.NewInt(2)), coeff)), NewMul(u1, Sub(NewRational(big.NewInt(-1), big.NewInt(2)), coeff))}
	out := make([]Expr, 3)
	for i, u := range us {
		if p.Sign() == 0 {
			out[i] = Sub(u, aon3)
		} else {
			out[i] = Sub(NewAdd(Neg(u), Div(pon3, u)), aon3)
		}
	}
	return out
}

// rootsQuadratic is roots_quadratic over the rationals for a*x**2 +
// b*x + c (f lowest degree first): quadraticRoots' pair, swapped when a
// is negative (or, for c = 0, when -b/a is).
func rootsQuadratic(f []*big.Int) []Expr {
	a, b, c := NewBigInt(f[2]), NewBigInt(f[1]), NewBigInt(f[0])
	rs := quadraticRoots(a, b, c)
	swap := f[2].Sign() < 0
	if f[0].Sign() == 0 {
		swap = IsNegative(rs[1]) == True
	} else if f[1].Sign() == 0 {
		swap = false
	}
	if swap {
		rs[0], rs[1] = rs[1], rs[0]
	}
	return rs
}

// primitiveInts clears the denominators and divides by the content
// (clear_denoms, primitive): the signs stay.
func primitiveInts(rc []*big.Rat) []*big.Int {
	den := big.NewInt(1)
	for _, c := range rc {
		den = lcm(den, c.Denom())
	}
	out := make([]*big.Int, len(rc))
	g := new(big.Int)
	for i, c := range rc {
		out[i] = new(big.Int).Mul(c.Num(), new(big.Int).Quo(den, c.Denom()))
		g.GCD(nil, nil, g, new(big.Int).Abs(out[i]))
	}
	if g.Sign() > 0 {
		for i := range out {
			out[i].Quo(out[i], g)
		}
	}
	return out
}

// upolyExpr is the polynomial with integer coefficients f (lowest degree
// first) in x.
func upolyExpr(f []*big.Int, x Expr) Expr {
	ts := make([]Expr, len(f))
	for i, c := range f {
		ts[i] = NewMul(NewBigInt(c), NewPow(x, NewInt(int64(i))))
	}
	return NewAdd(ts...)
}
