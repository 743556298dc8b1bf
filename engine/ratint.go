package engine

import (
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
// computed here from the roots of the denominator's irreducible factors,
// which must be linear or quadratic (otherwise dcalc refuses).

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
			return nil, false
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
			return nil, false
		}
		quads = append(quads, quadResidue{rho, F, residueMinpoly(rho, F)})
	}
	// residues shared between two quadratics would need one logarithm
	for i := range quads {
		for j := range i {
			if rpEqual(quads[i].minpoly, quads[j].minpoly) {
				return nil, false
			}
		}
	}
	count := map[int]int{1: 2 * len(quads)}
	for _, g := range groups {
		count[len(g.h)-1]++
	}
	var terms []Expr
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

// isRatTerm reports whether t is a rational function of x with rational
// coefficients that is not a polynomial.
func isRatTerm(t Expr, x *Symbol) bool {
	fr, ok := toRfrac(t, xGen(x))
	return ok && len(fr.d) > 1
}

// rischElementary reports whether risch_integrate takes e as it is:
// built from x, numbers, sums, products, integer powers, exp and log
// (no trigonometric functions, radicals or other functions, for which
// its differential extension raises NotImplementedError).
func rischElementary(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return IsNumber(e) || isNumeric(e)
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
	case *Pow:
		if _, ok := t.Exp().(*Integer); !ok {
			return false
		}
	case *Func:
		if t.def != fnExp && t.def != fnLog {
			return false
		}
	default:
		return false
	}
	for _, a := range e.Args() {
		if !rischElementary(a, x) {
			return false
		}
	}
	return true
}

// integRischSum integrates a sum of rational terms and others the way
// risch_integrate does when every other term is elementary in its sense:
// the rational terms as one fraction (1/x + 1/(x + 1) integrates to
// log(x**2 + x)). handled is false when f is not such a sum.
func integRischSum(f Expr, x *Symbol) (F Expr, handled, ok bool) {
	a, isAdd := f.(*Add)
	if !isAdd || len(FreeSymbols(f)) != 1 {
		return nil, false, false
	}
	rat, other := siftExprs(a.args, func(t Expr) bool { return isRatTerm(t, x) })
	if len(rat) == 0 || len(other) == 0 || !rischElementary(NewAdd(other...), x) {
		return nil, false, false
	}
	R, _, ok := integRatFunc(NewAdd(rat...), x)
	if !ok {
		return nil, true, false
	}
	G, ok := integ(NewAdd(other...), x)
	if !ok {
		return nil, true, false
	}
	return NewAdd(R, G), true, true
}

// integLinearRecip is c/(a*x + b) with symbolic a or b: risch_integrate
// keeps the fraction as it is when its integer polynomials in the
// parameters share no factor, and _eval_integral's power rule gives
// c*log(a*x + b)/a with no condition on a. Other forms (rational
// coefficients, a negative or non-monomial a, a factor common to c and
// the base) are left to the other rules (false).
func integLinearRecip(f Expr, x *Symbol) (Expr, bool) {
	c, base, bc, ok := paramReciprocal(f, x, 1)
	if !ok || isZeroInt(bc[0]) {
		return nil, false
	}
	a, b := bc[1], bc[0]
	ac, am := AsCoeffMul(a)
	if z, ok := ac.(*Integer); !ok || z.Sign() <= 0 || !integerMonomial(am) {
		return nil, false
	}
	content := new(big.Int).Set(ac.(*Integer).Big())
	terms := append([]Expr{a}, addArgs(b)...)
	for _, t := range addArgs(b) {
		tc, tm := AsCoeffMul(t)
		z, ok := tc.(*Integer)
		if !ok || !integerMonomial(tm) {
			return nil, false
		}
		content.GCD(nil, nil, content, new(big.Int).Abs(z.Big()))
	}
	cc, cm := AsCoeffMul(c)
	z, ok := cc.(*Integer)
	if !ok || !integerMonomial(cm) || new(big.Int).GCD(nil, nil, content, new(big.Int).Abs(z.Big())).Cmp(big.NewInt(1)) != 0 {
		return nil, false
	}
	// a symbol of c dividing every term of the base would cancel
	for _, s := range FreeSymbols(cm) {
		if dividesAll(s, terms) {
			return nil, false
		}
	}
	return NewMul(c, Div(fnLog.call(base), a)), true
}

// paramReciprocal splits f, a product with other symbols than x, into
// the factors free of x (c) and 1/P with P a polynomial of degree deg
// in x, with P's coefficients (lowest degree first).
func paramReciprocal(f Expr, x *Symbol, deg int) (c, P Expr, coeffs []Expr, ok bool) {
	if len(FreeSymbols(f)) < 2 {
		return nil, nil, nil, false
	}
	xf, cf := siftExprs(mulArgs(f), func(m Expr) bool { return Has(m, x) })
	if len(xf) != 1 {
		return nil, nil, nil, false
	}
	p, isPow := xf[0].(*Pow)
	if !isPow || !Equal(p.Exp(), NegOne) {
		return nil, nil, nil, false
	}
	bc, isPoly := polyCoeffs(p.Base(), x)
	if !isPoly || len(bc) != deg+1 {
		return nil, nil, nil, false
	}
	return NewMul(cf...), p.Base(), bc, true
}

// dividesAll reports whether the symbol s is a factor of every one of
// terms.
func dividesAll(s Expr, terms []Expr) bool {
	for _, t := range terms {
		if !slices.ContainsFunc(mulArgs(t), func(m Expr) bool { b, _ := AsBaseExp(m); return Equal(b, s) }) {
			return false
		}
	}
	return true
}

// integerMonomial reports whether m is 1 or a product of symbols to
// positive integer powers.
func integerMonomial(m Expr) bool {
	for _, f := range mulArgs(m) {
		b, e := AsBaseExp(f)
		if _, ok := b.(*Symbol); !ok && !Equal(f, One) {
			return false
		}
		if z, ok := e.(*Integer); !ok || z.Sign() <= 0 {
			return false
		}
	}
	return true
}

// strictlyRational reports whether e is built from symbols and rational
// numbers by sums, products and integer powers.
func strictlyRational(e Expr) bool {
	switch t := e.(type) {
	case *Symbol, *Integer, *Rational:
		return true
	case *Pow:
		if _, ok := t.Exp().(*Integer); !ok {
			return false
		}
	case *Add, *Mul:
	default:
		return false
	}
	for _, a := range e.Args() {
		if !strictlyRational(a) {
			return false
		}
	}
	return true
}

// cancelParameters is the cancellation risch_integrate's frac_in does on
// a rational function of x whose coefficients hold other symbols: when
// numerator and denominator share a factor (a/(a*x + a)), the cancelled
// fraction is what is integrated (log(x + 1)). ok is false when there is
// nothing to cancel.
func cancelParameters(f Expr, x *Symbol) (Expr, bool) {
	if len(FreeSymbols(f)) < 2 || !strictlyRational(f) {
		return nil, false
	}
	if _, isAdd := f.(*Add); isAdd {
		return nil, false
	}
	_, q := asNumerDenom(f)
	if !Has(q, x) {
		return nil, false
	}
	c, err := Cancel(f)
	if err != nil {
		return nil, false
	}
	_, q2 := asNumerDenom(c)
	ratio, err := Cancel(Div(Expand(q), q2))
	if err != nil || len(FreeSymbols(ratio)) == 0 {
		return nil, false
	}
	return c, true
}

// hasAtanOfTranscendental reports whether F holds atan of an argument
// with exp or log of x in it.
func hasAtanOfTranscendental(F Expr, x *Symbol) bool {
	found := false
	var walk func(e Expr)
	walk = func(e Expr) {
		if found {
			return
		}
		if fn, ok := e.(*Func); ok && fn.def == fnAtan && Has(fn.args[0], x) && hasCallOf(fn.args[0], fnExp, fnLog) {
			found = true
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(F)
	return found
}

// multiTerm reports whether e holds a product with a factor that is a
// sum in x ((x**2 + 1)*log(x**2 + 1)), or a logarithm of an unexpanded
// polynomial (log((x**2 + 1)**2 + 1)): SymPy's risch and heurisch write
// both expanded.
func multiTerm(e Expr, x *Symbol) bool {
	unexpanded := func(e Expr) bool {
		for _, m := range mulArgs(e) {
			if _, ok := m.(*Add); ok && Has(m, x) {
				return true
			}
			if p, ok := m.(*Pow); ok && Has(p.Base(), x) {
				if _, sum := p.Base().(*Add); sum && IsInteger(p.Exp()) {
					return true
				}
			}
		}
		return false
	}
	found := false
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Mul:
			for _, m := range t.args {
				if _, ok := m.(*Add); ok && Has(m, x) {
					found = true
				}
			}
		case *Func:
			if t.def == fnLog {
				for _, term := range addArgs(t.args[0]) {
					found = found || unexpanded(term)
				}
			}
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return found
}

// rischPolyExp writes a sum of terms c_k*x**k*exp(g), with one g, or a
// product c*Q(x)*exp(g), as risch_integrate writes it: the polynomial
// with integer coefficients over one rational denominator,
// (1 - x**2)*exp(x**2) or (x**2 - 1)*exp(x**2)/2.
func rischPolyExp(e Expr, x *Symbol) (Expr, bool) {
	var ex Expr
	var polys []Expr
	for _, term := range addArgs(e) {
		var rest []Expr
		for _, m := range mulArgs(term) {
			if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(m, x) {
				if ex != nil && !Equal(ex, m) {
					return nil, false
				}
				ex = m
				continue
			}
			rest = append(rest, m)
		}
		if len(rest) == len(mulArgs(term)) {
			return nil, false // a term without the exponential
		}
		polys = append(polys, NewMul(rest...))
	}
	if ex == nil {
		return nil, false
	}
	cs, ok := polyCoeffs(NewAdd(polys...), x)
	if !ok {
		return nil, false
	}
	rs, ok := ratCoeffs(cs)
	if !ok {
		return nil, false
	}
	den := big.NewInt(1)
	for _, c := range rs {
		den = lcm(den, c.Denom())
	}
	P := rpScale(rs, new(big.Rat).SetInt(den))
	return Div(NewMul(rpExpr(P, x), ex), NewBigInt(den)), true
}

// radicalOfCompound reports whether e holds a power of a product or
// power in x to a fractional exponent other than 1/2 ((x**3)**(3/2),
// which heurisch writes x**3*sqrt(x**3); exp(x)**(3/2) stays), or a
// logarithm of a radical.
func radicalOfCompound(e Expr, x *Symbol) bool {
	found := false
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Pow:
			if r, ok := t.Exp().(*Rational); ok && Has(t.Base(), x) && !Equal(r, Half) {
				switch t.Base().(type) {
				case *Pow, *Mul:
					found = true
				}
			}
		case *Func:
			if p, ok := t.args[0].(*Pow); ok && t.def == fnLog && Has(p, x) && !IsInteger(p.Exp()) {
				found = true
			}
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return found
}

// rischPolyExpIn is rischPolyExp for a polynomial in x or in the
// argument g of the exponential ((3*exp(2*x) - 3)*exp(exp(2*x))).
func rischPolyExpIn(e Expr, x *Symbol) (Expr, bool) {
	if r, ok := rischPolyExp(e, x); ok {
		return r, true
	}
	for _, m := range mulArgs(addArgs(e)[0]) {
		if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(m, x) {
			d := NewDummy("t")
			g := fn.args[0]
			if r, ok := rischPolyExp(Xreplace(e, [][2]Expr{{g, d}}), d); ok && !Has(r, x) {
				return Xreplace(r, [][2]Expr{{d, g}}), true
			}
		}
	}
	return nil, false
}

// integQuadParam is c/(a*x**2 + e) with a and e products of positive
// symbols and positive integers (and c free of x, sharing no factor
// with them): ratint's log_to_real gives c*atan(x*sqrt(a/e))/sqrt(a*e)
// (atan(x/k)/k for 1/(x**2 + k**2)); with -e, the logarithms of
// x -+ sqrt(e/a) over 2*sqrt(a*e). Other forms are left to other rules.
func integQuadParam(f Expr, x *Symbol) (Expr, bool) {
	c, _, bc, ok := paramReciprocal(f, x, 2)
	if !ok || !isZeroInt(bc[1]) {
		return nil, false
	}
	a, e := bc[2], bc[0]
	neg := false
	if IsNegative(e) == True {
		e, neg = Neg(e), true
	}
	for _, m := range []Expr{a, e} {
		mc, mm := AsCoeffMul(m)
		z, isInt := mc.(*Integer)
		if !isInt || z.Sign() <= 0 || !integerMonomial(mm) || IsPositive(mm) != True {
			return nil, false
		}
	}
	cc, cm := AsCoeffMul(c)
	if _, isInt := cc.(*Integer); !isInt || !integerMonomial(cm) {
		return nil, false
	}
	for _, s := range FreeSymbols(cm) {
		if dividesAll(s, []Expr{a, e}) {
			return nil, false // risch_integrate would cancel it
		}
	}
	ac, _ := AsCoeffMul(a)
	ec, _ := AsCoeffMul(e)
	if new(big.Int).GCD(nil, nil, ac.(*Integer).Big(), ec.(*Integer).Big()).Cmp(big.NewInt(1)) != 0 {
		return nil, false
	}
	ae := Sqrt(NewMul(a, e))
	if !neg {
		return NewMul(c, Div(fnAtan.call(NewMul(x, Sqrt(Div(a, e)))), ae)), true
	}
	r := Sqrt(Div(e, a))
	d := NewMul(Two, ae)
	return NewMul(c, NewAdd(Div(fnLog.call(Sub(x, r)), d), Neg(Div(fnLog.call(NewAdd(x, r)), d)))), true
}

// rischGroup is the terms of an antiderivative that share one exp
// factor, with their coefficients.
type rischGroup struct {
	fac           Expr
	coeffs, terms []Expr
}

// rischNormalize writes an antiderivative of an integrand risch_integrate
// takes the way it answers: the terms sharing one exp(g) as one
// polynomial with integer coefficients over a denominator times exp(g)
// ((x**2 - 2*x + 3)*exp(x)); other terms stay.
func rischNormalize(F Expr, x *Symbol) Expr {
	var groups []*rischGroup
	var rest []Expr
	for _, t := range addArgs(F) {
		var tr, poly []Expr
		for _, m := range mulArgs(t) {
			if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(fn, x) {
				tr = append(tr, m)
			} else {
				poly = append(poly, m)
			}
		}
		c := NewMul(poly...)
		if _, isPoly := polyCoeffs(c, x); len(tr) != 1 || !isPoly {
			rest = append(rest, t)
			continue
		}
		if k := slices.IndexFunc(groups, func(g *rischGroup) bool { return Equal(g.fac, tr[0]) }); k >= 0 {
			groups[k].coeffs = append(groups[k].coeffs, c)
			groups[k].terms = append(groups[k].terms, t)
		} else {
			groups = append(groups, &rischGroup{tr[0], []Expr{c}, []Expr{t}})
		}
	}
	for _, g := range groups {
		if r, ok := rischPolyExp(NewMul(NewAdd(g.coeffs...), g.fac), x); ok {
			rest = append(rest, r)
			continue
		}
		rest = append(rest, g.terms...)
	}
	return NewAdd(rest...)
}

// integPolyLog is P(x)*log(g(x)) with P and g polynomials, by parts as
// risch_integrate's primitive case answers: Q*log(g) with Q the integral
// of P (no constant), minus the integral of the rational Q*g'/g, so that
// (3*x - 2)*log(2*x) is (3*x**2/2 - 2*x)*log(2*x) - 3*x**2/4 + 2*x.
func integPolyLog(f Expr, x *Symbol) (Expr, bool) {
	var lg Expr
	var rest []Expr
	for _, m := range mulArgs(f) {
		if fn, ok := m.(*Func); ok && fn.def == fnLog && Has(m, x) {
			if lg != nil {
				return nil, false
			}
			lg = m
			continue
		}
		rest = append(rest, m)
	}
	if lg == nil || len(rest) == 0 {
		return nil, false
	}
	g := lg.(*Func).args[0]
	pc, ok := polyCoeffs(NewMul(rest...), x)
	if !ok || len(pc) < 2 {
		return nil, false // a constant times log(g): integParts
	}
	if _, ok := polyCoeffs(g, x); !ok {
		return nil, false
	}
	pr, ok := ratCoeffs(pc)
	if !ok {
		return nil, false
	}
	Q := polyIntegral(pr, x)
	R, rational, ok := integRatFunc(Div(NewMul(Q, diff1(g, x)), g), x)
	if !ok {
		if rational {
			return nil, false
		}
		cs, isPoly := polyCoeffs(Expand(Div(NewMul(Q, diff1(g, x)), g)), x)
		rs, isRat := ratCoeffs(cs)
		if !isPoly || !isRat {
			return nil, false
		}
		R = polyIntegral(rs, x)
	}
	return Sub(NewMul(Q, lg), R), true
}
