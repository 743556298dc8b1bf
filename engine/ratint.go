package engine

import (
	"math"
	"math/big"
	"slices"
)

// This file is SymPy's integration of a rational function of x with
// rational coefficients, as integrate reaches it: risch_integrate's base
// case writes f as one fraction fa/fd (cancelled over the integers, the
// denominator's leading coefficient positive) and integrates that with
// risch=False, where the numeric coefficient is split off
// (as_independent), a power of a linear base is integrated directly
// (log(a*x + b)/a) and anything else goes to ratint: the polynomial
// part, Hermite's rational part (ratint_ratpart, by undetermined
// coefficients) and the Lazard-Rioboo-Trager logarithmic part
// (ratint_logpart) in log_to_real's real form. The logarithmic part is
// computed here from the residues at the roots of each irreducible
// factor of the denominator: roots sharing a rational residue make one
// logarithm whatever the factor's degree; irrational and complex
// residues are taken over quadratic factors here, and beyond them by
// SymPy's own route (ratintlrt.go).

// xGen makes x the only generator of toRfrac.
func xGen(x *Symbol) func(Expr) (int, bool) {
	return func(e Expr) (int, bool) { return 1, Equal(e, x) }
}

// integRatFunc integrates f when it is a rational function of x with
// rational coefficients (rational is true then; ok false means dcalc
// cannot give SymPy's form and must refuse, not try other rules).
func integRatFunc(f Expr, x *Symbol) (F Expr, rational, ok bool) {
	fr, isRat := toRfrac(f, xGen(x))
	if !isRat || len(fr.n) == 0 {
		return nil, false, false
	}
	// frac_in and Poly.cancel(include=True): integer polynomials whose
	// contents are coprime, the denominator's leading coefficient positive
	cn, ni := primitiveRp(fr.n)
	cd, di := primitiveRp(fr.d)
	ratio := new(big.Rat).Quo(cn, cd)
	fa := rpScale(ni, new(big.Rat).SetInt(ratio.Num()))
	fd := rpScale(di, new(big.Rat).SetInt(ratio.Denom()))
	if len(fd) == 1 {
		return polyIntegral(rpScale(fa, new(big.Rat).Inv(fd[0])), x), true, true
	}
	return integRatTerm(Div(rpExpr(fa, x), rpExpr(fd, x)), x)
}

// integRatTerm is _eval_integral's treatment of one rational term t:
// the numeric coefficient split off, a power of a linear base by the
// power rule, anything else by ratint.
func integRatTerm(t Expr, x *Symbol) (F Expr, rational, ok bool) {
	coeff, g := asIndependent(t)
	if p, isPow := g.(*Pow); isPow {
		if e, isInt := p.Exp().(*Integer); isInt {
			if bc, lin := polyCoeffs(p.Base(), x); lin && len(bc) == 2 {
				var h Expr
				if e.IsInt64() && e.Int64() == -1 {
					h = fnLog.call(p.Base())
				} else {
					e1 := NewAdd(e, One)
					h = Div(NewPow(p.Base(), e1), e1)
				}
				return NewMul(coeff, Div(h, bc[1])), true, true
			}
		}
	}
	r, ok := ratint(g, x)
	if !ok {
		return nil, true, false
	}
	return NewMul(coeff, r), true, true
}

// rpScale is c*p.
func rpScale(p rpoly, c *big.Rat) rpoly {
	out := make(rpoly, len(p))
	for i, a := range p {
		out[i] = new(big.Rat).Mul(a, c)
	}
	return rpTrim(out)
}

// rpDeriv is p'.
func rpDeriv(p rpoly) rpoly {
	if len(p) < 2 {
		return nil
	}
	out := make(rpoly, len(p)-1)
	for i := range out {
		out[i] = new(big.Rat).Mul(p[i+1], big.NewRat(int64(i+1), 1))
	}
	return rpTrim(out)
}

// polyIntegral is Poly.integrate(x).as_expr().
func polyIntegral(p rpoly, x *Symbol) Expr {
	ts := make([]Expr, len(p))
	for i, c := range p {
		ts[i] = NewMul(ratFrom(new(big.Rat).Quo(c, big.NewRat(int64(i+1), 1))), NewPow(x, NewInt(int64(i+1))))
	}
	return NewAdd(ts...)
}

// ratPolys is a rational function's numerator and denominator as
// polynomials in x over Q.
func ratPolys(e Expr, x *Symbol) (rpoly, rpoly, bool) {
	p, q := asNumerDenom(e)
	pc, ok1 := polyCoeffs(p, x)
	qc, ok2 := polyCoeffs(q, x)
	if !ok1 || !ok2 {
		return nil, nil, false
	}
	pr, ok1 := ratCoeffs(pc)
	qr, ok2 := ratCoeffs(qc)
	return rpTrim(pr), rpTrim(qr), ok1 && ok2 && len(rpTrim(qr)) > 0
}

// ratint is SymPy's ratint(f, x) for real rational coefficients.
func ratint(f Expr, x *Symbol) (Expr, bool) {
	p, q, ok := ratPolys(f, x)
	if !ok {
		return nil, false
	}
	coeff, p, q := polyFieldCancel(p, q)
	poly, p := rpDivMod(p, q)
	result := polyIntegral(poly, x)
	if len(p) == 0 {
		return NewMul(coeff, result), true
	}
	g, h, ok := ratintRatpart(p, q, x)
	if !ok {
		return nil, false
	}
	P, Q, ok := ratPolys(h, x)
	if !ok {
		return nil, false
	}
	q2, r := rpDivMod(P, Q)
	result = NewAdd(result, g, polyIntegral(q2, x))
	if len(rpTrim(r)) > 0 {
		L, ok := ratintLogpart(rpTrim(r), Q, x)
		if !ok {
			// SymPy's own route, for irrational residues beyond quadratics
			if L, ok = ratintLRT(rpTrim(r), Q, x); !ok {
				return nil, false
			}
		}
		result = NewAdd(result, L)
	}
	return NewMul(coeff, result), true
}

// polyFieldCancel is Poly.cancel over QQ (include=False): p/q = c*P/Q
// with P and Q integer polynomials without a common factor, their
// leading coefficients positive.
func polyFieldCancel(p, q rpoly) (Expr, rpoly, rpoly) {
	denomLcm := func(f rpoly) *big.Int {
		d := big.NewInt(1)
		for _, c := range f {
			d = lcm(d, c.Denom())
		}
		return d
	}
	cq, cp := denomLcm(p), denomLcm(q)
	P := rpScale(p, new(big.Rat).SetInt(cq))
	Q := rpScale(q, new(big.Rat).SetInt(cp))
	if g := rpGcd(P, Q); len(g) > 1 {
		P, Q = rpQuo(P, g), rpQuo(Q, g)
	}
	// the integer gcd of the two contents
	pi, qi := primitiveInts(P), primitiveInts(Q)
	gc := new(big.Int).GCD(nil, nil, intContent(P, pi), intContent(Q, qi))
	P = rpScale(P, new(big.Rat).SetFrac(big.NewInt(1), gc))
	Q = rpScale(Q, new(big.Rat).SetFrac(big.NewInt(1), gc))
	g := new(big.Int).GCD(nil, nil, cp, cq)
	c := new(big.Rat).SetFrac(new(big.Int).Quo(cp, g), new(big.Int).Quo(cq, g))
	if P[len(P)-1].Sign() < 0 {
		c.Neg(c)
		P = rpScale(P, big.NewRat(-1, 1))
	}
	if Q[len(Q)-1].Sign() < 0 {
		c.Neg(c)
		Q = rpScale(Q, big.NewRat(-1, 1))
	}
	return ratFrom(c), P, Q
}

// intContent is the positive content of the integer polynomial p, whose
// primitive part is pi.
func intContent(p rpoly, pi []*big.Int) *big.Int {
	for i, c := range pi {
		if c.Sign() != 0 {
			return new(big.Int).Abs(new(big.Int).Quo(p[i].Num(), c))
		}
	}
	return big.NewInt(1)
}

// ratintRatpart is ratint_ratpart(f, g, x): f/g = (A/u)' + B/v with
// u = gcd(g, g'), v = g/u, A and B found by undetermined coefficients;
// it returns cancel(A/u) and cancel(B/v).
func ratintRatpart(f, g rpoly, x *Symbol) (Expr, Expr, bool) {
	u := rpGcd(g, rpDeriv(g))
	v := rpQuo(g, u)
	n, m := len(u)-1, len(v)-1
	w := rpQuo(rpMul(rpDeriv(u), v), u)
	// columns: the polynomial each unknown multiplies in
	// H = f - A'*v + A*w - B*u
	var cols []rpoly
	for j := range n {
		xj := monomial(j)
		col := rpMul(xj, w)
		if j > 0 {
			col = rpAdd(col, rpScale(rpMul(monomial(j-1), v), big.NewRat(-int64(j), 1)))
		}
		cols = append(cols, col)
	}
	for j := range m {
		cols = append(cols, rpScale(rpMul(monomial(j), u), big.NewRat(-1, 1)))
	}
	rows := len(f)
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	mat := make([][]*big.Rat, rows)
	for i := range mat {
		mat[i] = make([]*big.Rat, len(cols)+1)
		for j, c := range cols {
			mat[i][j] = new(big.Rat)
			if i < len(c) {
				mat[i][j].Set(c[i])
			}
		}
		mat[i][len(cols)] = new(big.Rat)
		if i < len(f) {
			mat[i][len(cols)].Neg(f[i])
		}
	}
	sol, ok := solveRatSystem(mat, len(cols))
	if !ok {
		return nil, nil, false
	}
	A, B := rpTrim(sol[:n]), rpTrim(sol[n:])
	rat, err := Cancel(Div(rpExpr(A, x), rpExpr(u, x)))
	if err != nil {
		return nil, nil, false
	}
	log, err := Cancel(Div(rpExpr(B, x), rpExpr(v, x)))
	if err != nil {
		return nil, nil, false
	}
	return rat, log, true
}

// monomial is x**k as an rpoly.
func monomial(k int) rpoly {
	p := make(rpoly, k+1)
	for i := range p {
		p[i] = new(big.Rat)
	}
	p[k].SetInt64(1)
	return p
}

// solveRatSystem solves the augmented system mat (n unknowns, the last
// column the right-hand side) by Gauss-Jordan elimination; ok is false
// unless it has exactly one solution.
func solveRatSystem(mat [][]*big.Rat, n int) ([]*big.Rat, bool) {
	pivots := rrefRat(mat, n+1)
	if len(pivots) != n || (n > 0 && pivots[n-1] != n-1) {
		return nil, false // free unknowns, or a pivot in the right-hand side
	}
	sol := make([]*big.Rat, n)
	for i := range sol {
		sol[i] = mat[i][n]
	}
	return sol, true
}

// ratintLogpart is ratint_logpart(r, Q) followed by log_to_real, for a
// squarefree Q. The roots x_k of Q have residues t_k = r(x_k)/Q'(x_k),
// found for each irreducible factor F of Q as the polynomial r/Q' mod F;
// roots sharing a residue make one logarithm. A rational residue c
// takes the roots of h = gcd(Q, r - c*Q'): as in SymPy the argument of
// its logarithm is h's integer primitive part when no other residue has
// as many roots (its factor of the resultant is then linear) and monic h
// otherwise. The other roots must come in irreducible quadratics whose
// residues differ: an irrational real residue t_k gives
// t_k*log(x - x_k), a pair of complex residues u +- I*v (v > 0) gives
// u*log(A**2 + B**2) + 2*v*atan(A/B) with A + I*B = x - x_k
// (log_to_atan). Anything else is refused.
func ratintLogpart(r, Q rpoly, x *Symbol) (Expr, bool) {
	_, fs, err := FactorList(upolyExpr(primitiveInts(Q), x))
	if err != nil {
		return nil, false
	}
	dQ := rpDeriv(Q)
	var groups []*lrtGroup
	var quads []quadResidue
	var pairs [][2]*big.Rat // t**2 + q1*t + q0 of complex residues
	for _, fp := range fs {
		fc, ok := polyCoeffs(fp.Base, x)
		if !ok || !Equal(fp.Exp, One) {
			return nil, false
		}
		F, ok := ratCoeffs(fc)
		if !ok {
			return nil, false
		}
		rho, ok := residueMod(r, dQ, F)
		if !ok {
			return nil, false
		}
		if len(rho) <= 1 {
			c := new(big.Rat)
			if len(rho) == 1 {
				c = rho[0]
			}
			monic := rpScale(F, new(big.Rat).Inv(F[len(F)-1]))
			if k := slices.IndexFunc(groups, func(g *lrtGroup) bool { return g.res.Cmp(c) == 0 }); k >= 0 {
				groups[k].h = rpMul(groups[k].h, monic)
			} else {
				groups = append(groups, &lrtGroup{c, monic})
			}
			continue
		}
		if len(F) != 3 {
			// residues in complex pairs shared by several roots
			q0, q1, ok := quadMinpoly(rho, F)
			if !ok {
				return nil, false
			}
			if !slices.ContainsFunc(pairs, func(p [2]*big.Rat) bool { return p[0].Cmp(q0) == 0 && p[1].Cmp(q1) == 0 }) {
				pairs = append(pairs, [2]*big.Rat{q0, q1})
			}
			continue
		}
		quads = append(quads, quadResidue{rho, F, residueMinpoly(rho, F)})
	}
	// residues shared between two quadratics: one S for both
	for i := range quads {
		for j := range i {
			if mp := quads[i].minpoly; rpEqual(mp, quads[j].minpoly) && !slices.ContainsFunc(pairs, func(p [2]*big.Rat) bool { return p[0].Cmp(mp[0]) == 0 && p[1].Cmp(mp[1]) == 0 }) {
				pairs = append(pairs, [2]*big.Rat{mp[0], mp[1]})
			}
		}
	}
	var terms []Expr
	for _, p := range pairs {
		u, v, ok := complexRoot(p[0], p[1])
		if !ok {
			return nil, false
		}
		T, ok := logToRealPair(r, Q, p[0], p[1], u, v, x)
		if !ok {
			return nil, false
		}
		terms = append(terms, T)
		// a quadratic factor with these residues is in S already
		quads = slices.DeleteFunc(quads, func(q quadResidue) bool {
			return rpEqual(q.minpoly, rpoly{p[0], p[1], big.NewRat(1, 1)})
		})
	}
	count := map[int]int{1: 2 * len(quads)}
	for _, g := range groups {
		count[len(g.h)-1]++
	}
	for _, q := range quads {
		terms = append(terms, quadraticResidueTerms(q.rho[1], q.rho[0], q.F, rpScale(q.F, new(big.Rat).Inv(q.F[2])), x)...)
	}
	for _, g := range groups {
		h := g.h
		if count[len(h)-1] == 1 {
			h = rpFromInts(primitiveInts(h))
		}
		terms = append(terms, NewMul(ratFrom(g.res), fnLog.call(rpExpr(h, x))))
	}
	return NewAdd(terms...), true
}

// lrtGroup is the roots of the denominator that share one rational
// residue: their monic product.
type lrtGroup struct {
	res *big.Rat
	h   rpoly
}

// quadResidue is an irreducible quadratic factor F whose roots have
// different residues rho = alpha*x + beta, with the monic polynomial of
// those residues.
type quadResidue struct {
	rho, F, minpoly rpoly
}

// residueMod is r/dQ modulo the irreducible F, a polynomial of degree
// below F's.
func residueMod(r, dQ, F rpoly) (rpoly, bool) {
	_, a := rpDivMod(r, F)
	_, d := rpDivMod(dQ, F)
	inv, ok := rpInvMod(rpTrim(d), F)
	if !ok {
		return nil, false
	}
	_, rho := rpDivMod(rpMul(rpTrim(a), inv), F)
	return rpTrim(rho), true
}

// rpInvMod is the inverse of a modulo m (extended Euclid); false when
// they share a factor.
func rpInvMod(a, m rpoly) (rpoly, bool) {
	r0, r1 := m, a
	s0, s1 := rpoly{}, rpoly{big.NewRat(1, 1)}
	for len(rpTrim(r1)) > 0 {
		q, rem := rpDivMod(r0, r1)
		r0, r1 = r1, rpTrim(rem)
		s0, s1 = s1, rpAdd(s0, rpScale(rpMul(q, s1), big.NewRat(-1, 1)))
	}
	r0 = rpTrim(r0)
	if len(r0) != 1 {
		return nil, false
	}
	return rpScale(s0, new(big.Rat).Inv(r0[0])), true
}

// residueMinpoly is the monic polynomial whose roots are the residues
// alpha*x_k + beta at the two roots of the quadratic F.
func residueMinpoly(rho, F rpoly) rpoly {
	alpha, beta := rho[1], rho[0]
	// x_1 + x_2 = -F1/F2, x_1*x_2 = F0/F2
	sum := new(big.Rat).Neg(new(big.Rat).Quo(F[1], F[2]))
	prod := new(big.Rat).Quo(F[0], F[2])
	// t_1 + t_2 = alpha*sum + 2*beta; t_1*t_2 = alpha**2*prod + alpha*beta*sum + beta**2
	ts := new(big.Rat).Add(new(big.Rat).Mul(alpha, sum), new(big.Rat).Mul(big.NewRat(2, 1), beta))
	tp := new(big.Rat).Mul(new(big.Rat).Mul(alpha, alpha), prod)
	tp.Add(tp, new(big.Rat).Mul(new(big.Rat).Mul(alpha, beta), sum))
	tp.Add(tp, new(big.Rat).Mul(beta, beta))
	return rpoly{tp, new(big.Rat).Neg(ts), big.NewRat(1, 1)}
}

// rpEqual reports whether a and b are the same polynomial.
func rpEqual(a, b rpoly) bool {
	return slices.EqualFunc(rpTrim(a), rpTrim(b), func(x, y *big.Rat) bool { return x.Cmp(y) == 0 })
}

// quadraticResidueTerms are log_to_real's terms for the two roots of the
// irreducible quadratic F, whose residues alpha*x_k + beta differ.
func quadraticResidueTerms(alpha, beta *big.Rat, F, monic rpoly, x *Symbol) []Expr {
	two := big.NewRat(2, 1)
	s := new(big.Rat).Neg(new(big.Rat).Quo(F[1], new(big.Rat).Mul(two, F[2])))
	disc := new(big.Rat).Sub(new(big.Rat).Mul(F[1], F[1]), new(big.Rat).Mul(big.NewRat(4, 1), new(big.Rat).Mul(F[2], F[0])))
	w := Div(Sqrt(ratFrom(new(big.Rat).Abs(disc))), ratFrom(new(big.Rat).Mul(two, F[2])))
	if disc.Sign() > 0 {
		// real roots s +- w: t_k*log(x - x_k)
		var out []Expr
		for _, sign := range []Expr{One, NegOne} {
			xk := NewAdd(ratFrom(s), NewMul(sign, w))
			tk := NewAdd(ratFrom(beta), NewMul(ratFrom(alpha), xk))
			out = append(out, NewMul(tk, fnLog.call(NewAdd(x, Neg(xk)))))
		}
		return out
	}
	// complex roots s +- I*w; the residue with positive imaginary part
	// is at x_k = s + I*sign(alpha)*w
	u := new(big.Rat).Add(beta, new(big.Rat).Mul(alpha, s))
	v := NewMul(ratFrom(new(big.Rat).Abs(alpha)), w)
	B := NewMul(NewInt(int64(-alpha.Sign())), w)
	arg := NewAdd(Div(x, B), Neg(Div(ratFrom(s), B)))
	return []Expr{
		NewMul(ratFrom(u), fnLog.call(rpExpr(monic, x))),
		NewMul(Two, v, fnAtan.call(arg)),
	}
}

// sturmSeq is the Sturm sequence of p: p, p', then the negated
// remainders.
func sturmSeq(p rpoly) []rpoly {
	seq := []rpoly{p, rpDeriv(p)}
	for len(seq[len(seq)-1]) > 0 {
		_, r := rpDivMod(seq[len(seq)-2], seq[len(seq)-1])
		r = rpTrim(r)
		if len(r) == 0 {
			break
		}
		seq = append(seq, rpScale(r, big.NewRat(-1, 1)))
	}
	return seq
}

// noRatRootsIn is noRootsIn for a polynomial of any degree with rational
// coefficients cs: Sturm's theorem counts its real roots in (lo, hi)
// exactly (an infinite end, ±1e300, by the signs at infinity); with
// positive set it must also be positive there.
func noRatRootsIn(cs []Expr, lo, hi float64, positive bool) bool {
	rs, ok := ratCoeffs(cs)
	if !ok {
		return false
	}
	p := rpTrim(rs)
	if len(p) == 0 {
		return false
	}
	seq := sturmSeq(p)
	signAt := func(q rpoly, t float64) int {
		switch {
		case t > 1e299: // +oo: the leading coefficient's sign
			return q[len(q)-1].Sign()
		case t < -1e299: // -oo: that sign times (-1)**degree
			if (len(q)-1)%2 == 1 {
				return -q[len(q)-1].Sign()
			}
			return q[len(q)-1].Sign()
		}
		v := new(big.Rat)
		v.SetFloat64(t)
		return ratPolyEval(q, v).Sign()
	}
	changes := func(t float64) int {
		n, last := 0, 0
		for _, q := range seq {
			if len(q) == 0 {
				continue
			}
			sg := signAt(q, t)
			if sg == 0 {
				continue
			}
			if last != 0 && sg != last {
				n++
			}
			last = sg
		}
		return n
	}
	roots := changes(lo) - changes(hi)
	if signAt(p, hi) == 0 {
		roots-- // a root at the upper end is left to the limits
	}
	if signAt(p, lo) == 0 && changes(lo) != changes(math.Nextafter(lo, hi)) {
		roots = -1 // (Sturm counts (lo, hi]; a root at lo is not inside)
	}
	if roots != 0 {
		return false
	}
	if positive {
		m := (lo + hi) / 2
		switch {
		case lo < -1e299 && hi > 1e299:
			m = 0
		case lo < -1e299:
			m = hi - 1
		case hi > 1e299:
			m = lo + 1
		}
		return signAt(p, m) > 0
	}
	return true
}
