package engine

import (
	"maps"
	"math"
	"math/big"
	"math/cmplx"
	"slices"
)

// This file is SymPy's own route through ratint's logarithmic part, for
// the denominators the residue route of ratint.go refuses (irreducible
// factors of degree three and more whose residues are irrational, as in
// 1/(x**4 + 1) or 1/(x**6 + 1)): ratint_logpart's pairs (h, q), q a
// squarefree factor of resultant(Q, r - t*Q') and h(t, x) the gcd of Q
// and r - t*Q' at the roots of q, monic, then log_to_real for each
// pair: t = u + I*v splits h and q into real and imaginary parts a + I*b
// and c + I*d, the real roots u of resultant(c, d, v) and the real roots
// v of c(u, v) where d vanishes give u*log(A**2 + B**2) +
// v*log_to_atan(A, B) with A = a(u, v), B = b(u, v), and each real root
// r of q gives r*log(h(r, x)). SymPy does the arithmetic on A and B in
// its EX domain, where every coefficient is cancelled and expanded; so
// does this file. dcalc takes the cases where every c(u, v) has rational
// coefficients, h is linear in x, and roots() finds every real root it
// must (SymPy writes a RootSum otherwise, which dcalc refuses).

// ratintLRT is ratint_logpart(r, Q) and log_to_real of each pair: the
// logarithmic part of the integral of r/Q, Q squarefree, deg r < deg Q.
func ratintLRT(r, Q rpoly, x *Symbol) (Expr, bool) {
	dQ := rpDeriv(Q)
	// resultant(Q, r - t*Q') has degree deg Q at most in t
	resp := rpInterpolate(len(Q), func(t *big.Rat) *big.Rat {
		g := rpTrim(rpAdd(r, rpScale(dQ, new(big.Rat).Neg(t))))
		if len(g) < len(dQ) {
			return nil // a point where the degree drops
		}
		return rpResultant(Q, g)
	})
	if len(resp) < 2 {
		return nil, false
	}
	t := NewDummy("t")
	var eps []Expr
	sqf := rpSqfList(resp)
	for _, i := range slices.Sorted(maps.Keys(sqf)) {
		q := sqf[i]
		if len(q)-1 > maxLRTDegree {
			return nil, false
		}
		var h []rpoly // coefficients in x, each a polynomial in t
		ok := true
		if i == len(Q)-1 {
			for _, c := range Q {
				h = append(h, rpoly{c})
			}
		} else if h, ok = lrtGcd(r, Q, q, i); !ok {
			return nil, false
		}
		term, ok := logToRealGeneral(h, q, x, t)
		if !ok {
			return nil, false
		}
		eps = append(eps, term)
	}
	L := NewAdd(eps...)
	// SymPy's log_to_real can lose terms (it stops checking d after a
	// c(r_u) that vanishes, and its zero test is numeric): the answer
	// must differentiate back to r/Q
	if !differentiatesTo(L, Div(rpExpr(r, x), rpExpr(Q, x)), x) {
		return nil, false
	}
	return L, true
}

// differentiatesTo reports whether F' = f at a few rational points,
// numerically.
func differentiatesTo(F, f Expr, x *Symbol) bool {
	dF, err := Diff(F, VarCount{x, 1})
	if err != nil {
		return false
	}
	for _, p := range []int64{37, 121, -83, 290, -211} {
		at := [][2]Expr{{x, ratFrom(big.NewRat(p, 100))}}
		a, ok1 := evalComplex(SubsPairs(dF, at))
		b, ok2 := evalComplex(SubsPairs(f, at))
		if !ok1 || !ok2 || cmplx.Abs(a-b) > 1e-9*(1+cmplx.Abs(b)) {
			return false
		}
	}
	return true
}

// maxLRTDegree bounds the factors q this route takes: the resultant in
// u has degree deg(q)**2, and SymPy's own answers beyond degree six are
// RootSums or lose terms.
const maxLRTDegree = 6

// rpResultant is the resultant of f and g (nonzero) by Euclid's
// algorithm: res(f, g) = (-1)**(m*n) * lc(g)**(m - k) * res(g, f mod g)
// for deg f = m, deg g = n, deg(f mod g) = k, and c**m for a constant g.
func rpResultant(f, g rpoly) *big.Rat {
	f, g = rpTrim(f), rpTrim(g)
	res := big.NewRat(1, 1)
	for {
		if len(f) == 0 || len(g) == 0 {
			return new(big.Rat)
		}
		m, n := len(f)-1, len(g)-1
		lc := g[n]
		if n == 0 {
			for range m {
				res.Mul(res, lc)
			}
			return res
		}
		_, rem := rpDivMod(f, g)
		rem = rpTrim(rem)
		if len(rem) == 0 {
			return new(big.Rat)
		}
		k := len(rem) - 1
		if m*n%2 == 1 {
			res.Neg(res)
		}
		for range m - k {
			res.Mul(res, lc)
		}
		f, g = g, rem
	}
}

// rpInterpolate is the polynomial of degree below n through n points
// (k, value(k)), k = 1, 2, ..., skipping those where value is nil
// (Newton's divided differences).
func rpInterpolate(n int, value func(*big.Rat) *big.Rat) rpoly {
	xs := make([]*big.Rat, 0, n)
	dd := make([]*big.Rat, 0, n)
	for k := int64(1); len(xs) < n; k++ {
		x := big.NewRat(k, 1)
		if y := value(x); y != nil {
			xs, dd = append(xs, x), append(dd, y)
		}
	}
	for j := 1; j < n; j++ {
		for k := n - 1; k >= j; k-- {
			num := new(big.Rat).Sub(dd[k], dd[k-1])
			dd[k] = num.Quo(num, new(big.Rat).Sub(xs[k], xs[k-j]))
		}
	}
	p := rpoly{new(big.Rat).Set(dd[n-1])}
	for k := n - 2; k >= 0; k-- {
		// p = p*(t - xs[k]) + dd[k]
		p = rpAdd(rpMul(p, rpoly{new(big.Rat).Neg(xs[k]), big.NewRat(1, 1)}), rpoly{dd[k]})
	}
	return rpTrim(p)
}

// resultantInU is resultant(c, d, v) for c + I*d = q(u + I*v), a
// polynomial in u of degree deg(q)**2 at most, by interpolation.
func resultantInU(q rpoly) rpoly {
	n := len(q) - 1
	return rpInterpolate(n*n+1, func(u0 *big.Rat) *big.Rat {
		// q(u0 + I*v) = sum_j q_j sum_m C(j, m) u0**(j-m) (I*v)**m
		c, d := make(rpoly, n+1), make(rpoly, n+1)
		for m := range c {
			c[m], d[m] = new(big.Rat), new(big.Rat)
		}
		for j, qj := range q {
			binom := big.NewInt(1)
			for m := 0; m <= j; m++ {
				if m > 0 {
					binom.Mul(binom, big.NewInt(int64(j-m+1)))
					binom.Quo(binom, big.NewInt(int64(m)))
				}
				term := new(big.Rat).Mul(qj, new(big.Rat).SetInt(binom))
				for range j - m {
					term.Mul(term, u0)
				}
				if m%4 >= 2 {
					term.Neg(term)
				}
				if m%2 == 0 {
					c[m].Add(c[m], term)
				} else {
					d[m].Add(d[m], term)
				}
			}
		}
		// skip the points where either degree in v drops
		if n%2 == 0 && len(rpTrim(d)) < n || n%2 == 1 && len(rpTrim(c)) < n {
			return nil
		}
		return rpResultant(c, d)
	})
}

// rpSqfList is the squarefree decomposition of p by Yun's algorithm:
// out[i] is the product of the factors of multiplicity i (1 when there
// are none), up to a constant.
func rpSqfList(p rpoly) map[int]rpoly {
	out := map[int]rpoly{}
	g := rpGcd(p, rpDeriv(p))
	w := rpQuo(p, g)
	for i := 1; len(w) > 1; i++ {
		y := rpGcd(w, g)
		if z := rpQuo(w, y); len(z) > 1 {
			out[i] = z
		}
		w, g = y, rpQuo(g, y)
	}
	return out
}

// lrtGcd is ratint_logpart's h for the squarefree factor q of the
// resultant whose roots are residues of exactly i roots of Q: monic in
// x, each coefficient reduced modulo q, equal at each root alpha of q to
// gcd(Q, r - alpha*Q'). It is computed over the field Q[t]/(f) of each
// irreducible factor f of q and put together by the Chinese remainder
// theorem.
func lrtGcd(r, Q, q rpoly, i int) ([]rpoly, bool) {
	t := NewDummy("t")
	_, fs, err := FactorList(rpExpr(q, t))
	if err != nil {
		return nil, false
	}
	qm := rpScale(q, new(big.Rat).Inv(q[len(q)-1]))
	h := make([]rpoly, i+1)
	for k := range h {
		h[k] = rpoly{}
	}
	dQ := rpDeriv(Q)
	for _, fp := range fs {
		fc, ok := polyCoeffs(fp.Base, t)
		if !ok || !Equal(fp.Exp, One) {
			return nil, false
		}
		f, ok := ratCoeffs(fc)
		if !ok {
			return nil, false
		}
		f = rpScale(rpTrim(f), new(big.Rat).Inv(f[len(rpTrim(f))-1]))
		K := algField{f}
		// r - t*Q' over K
		n := max(len(r), len(dQ))
		b := make([]rpoly, n)
		for k := range b {
			b[k] = rpoly{}
			if k < len(r) {
				b[k] = rpoly{r[k]}
			}
			if k < len(dQ) {
				b[k] = rpAdd(b[k], rpoly{new(big.Rat), new(big.Rat).Neg(dQ[k])})
			}
			b[k] = K.reduce(b[k])
		}
		a := make([]rpoly, len(Q))
		for k, c := range Q {
			a[k] = rpoly{c}
		}
		g, ok := K.monicGcd(a, b)
		if !ok || len(g) != i+1 {
			return nil, false
		}
		// e = M*(M**-1 mod f) with M = q/f: 1 modulo f, 0 modulo the others
		M := rpQuo(qm, f)
		inv, ok := rpInvMod(K.reduce(M), f)
		if !ok {
			return nil, false
		}
		e := rpMul(M, inv)
		for k := range h {
			h[k] = rpAdd(h[k], rpMul(g[k], e))
		}
	}
	for k := range h {
		_, h[k] = rpDivMod(h[k], qm)
		h[k] = rpTrim(h[k])
	}
	return h, true
}

// algField is Q[t]/(m) for an irreducible monic m.
type algField struct{ m rpoly }

func (K algField) reduce(a rpoly) rpoly {
	_, r := rpDivMod(rpTrim(a), K.m)
	return rpTrim(r)
}

func (K algField) mul(a, b rpoly) rpoly { return K.reduce(rpMul(a, b)) }

// monicGcd is the monic gcd of a and b in K[x] (coefficients lowest
// degree first) by Euclid's algorithm.
func (K algField) monicGcd(a, b []rpoly) ([]rpoly, bool) {
	trim := func(p []rpoly) []rpoly {
		for len(p) > 0 && len(K.reduce(p[len(p)-1])) == 0 {
			p = p[:len(p)-1]
		}
		return p
	}
	a, b = trim(a), trim(b)
	for steps := 0; len(b) > 0; steps++ {
		if steps > 200 {
			return nil, false
		}
		inv, ok := rpInvMod(K.reduce(b[len(b)-1]), K.m)
		if !ok {
			return nil, false
		}
		rem := slices.Clone(a)
		for len(rem) >= len(b) {
			c := K.mul(rem[len(rem)-1], inv)
			shift := len(rem) - len(b)
			for k := range b {
				rem[shift+k] = K.reduce(rpAdd(rem[shift+k], rpScale(K.mul(c, b[k]), big.NewRat(-1, 1))))
			}
			rem = trim(rem[:len(rem)-1])
		}
		a, b = b, rem
	}
	if len(a) == 0 {
		return nil, false
	}
	inv, ok := rpInvMod(K.reduce(a[len(a)-1]), K.m)
	if !ok {
		return nil, false
	}
	out := make([]rpoly, len(a))
	for k := range a {
		out[k] = K.mul(a[k], inv)
	}
	return out, true
}

// reImParts writes sum_k p_k(u + I*v)*x**k, each p_k a polynomial in t
// with rational coefficients, as re + I*im.
func reImParts(p []rpoly, x, u, v *Symbol) (re, im Expr) {
	var rs, is []Expr
	for k, pk := range p {
		xk := NewPow(x, NewInt(int64(k)))
		for j, c := range pk {
			if c.Sign() == 0 {
				continue
			}
			// (u + I*v)**j = sum_m C(j, m) u**(j-m) (I*v)**m
			binom := big.NewInt(1)
			for m := 0; m <= j; m++ {
				if m > 0 {
					binom.Mul(binom, big.NewInt(int64(j-m+1)))
					binom.Quo(binom, big.NewInt(int64(m)))
				}
				coef := new(big.Rat).Mul(c, new(big.Rat).SetInt(binom))
				if m%4 >= 2 {
					coef.Neg(coef)
				}
				term := NewMul(ratFrom(coef), xk, NewPow(u, NewInt(int64(j-m))), NewPow(v, NewInt(int64(m))))
				if m%2 == 0 {
					rs = append(rs, term)
				} else {
					is = append(is, term)
				}
			}
		}
	}
	return NewAdd(rs...), NewAdd(is...)
}

// logToRealGeneral is SymPy's log_to_real(h, q, x, t) for h linear in
// x; false where dcalc cannot follow it.
func logToRealGeneral(h []rpoly, q rpoly, x, t *Symbol) (Expr, bool) {
	u, v := NewDummy("u"), NewDummy("v")
	a, b := reImParts(h, x, u, v)
	c, d := reImParts([]rpoly{q}, x, u, v)
	R := rpExpr(resultantInU(q), u)
	Ru, ok := realRootsAll(R, u)
	if !ok {
		return nil, false
	}
	var result []Expr
	for _, ru := range Ru {
		C := Expand(SubsPairs(c, [][2]Expr{{u, ru}}))
		if IsZero(C) == True {
			// c(r_u) vanishes: the roots are those of d(r_u, v); SymPy
			// then sets d to zero for this and every later r_u
			C, d = Expand(SubsPairs(d, [][2]Expr{{u, ru}})), Zero
		}
		du := Expand(SubsPairs(d, [][2]Expr{{u, ru}}))
		Rv, ok := realRootsAll(C, v)
		if !ok {
			var settled bool
			if Rv, settled = realRootsEX(C, du, v); !settled {
				return nil, false
			}
		}
		var paired []Expr
		for _, rv := range Rv {
			has := func(e Expr) bool { return slices.ContainsFunc(paired, func(p Expr) bool { return Equal(p, e) }) }
			if has(rv) || has(Neg(rv)) {
				continue
			}
			if IsNegative(rv) == True || CouldExtractMinusSign(rv) {
				paired = append(paired, Neg(rv))
			} else if IsZero(rv) != True {
				paired = append(paired, rv)
			}
		}
		for _, rv := range paired {
			D := SubsPairs(du, [][2]Expr{{v, rv}})
			zero, ok := algebraicZero(D)
			if !ok {
				return nil, false
			}
			if !zero {
				continue
			}
			sub := [][2]Expr{{u, ru}, {v, rv}}
			A, ok1 := exPolyCoeffs(SubsPairs(a, sub), x)
			B, ok2 := exPolyCoeffs(SubsPairs(b, sub), x)
			if !ok1 || !ok2 {
				return nil, false
			}
			at, ok := logToAtanEX(A, B, x)
			if !ok {
				return nil, false
			}
			AB := exPolyAdd(exPolyMul(A, A), exPolyMul(B, B))
			result = append(result, NewMul(ru, fnLog.call(polyExpr(AB, x))), NewMul(rv, at))
		}
	}
	qe := rpExpr(q, t)
	Rq, ok := realRootsAll(qe, t)
	if !ok {
		return nil, false
	}
	var hts []Expr
	for k, hk := range h {
		hts = append(hts, NewMul(rpExpr(hk, t), NewPow(x, NewInt(int64(k)))))
	}
	he := NewAdd(hts...)
	for _, r := range Rq {
		result = append(result, NewMul(r, fnLog.call(SubsPairs(he, [][2]Expr{{t, r}}))))
	}
	return NewAdd(result...), true
}

// realRootsAll is roots(p, filter='R') for a polynomial in y with
// rational coefficients, in roots()' order, when it holds every distinct
// real root p has (Sturm's count); false otherwise (SymPy gives up on
// the pair and writes a RootSum).
func realRootsAll(p Expr, y *Symbol) ([]Expr, bool) {
	pc, ok := polyCoeffs(p, y)
	if !ok {
		return nil, false
	}
	pr, ok := ratCoeffs(pc)
	if !ok {
		return nil, false
	}
	pr = rpTrim(pr)
	if len(pr) == 0 {
		return nil, false
	}
	if len(pr) == 1 {
		return nil, true
	}
	rs, err := rootsRatOpt(pr, rpExpr(pr, y), true)
	if err != nil {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		n, d := asNumerDenom(r.Root)
		if IsReal(n) == True && IsReal(d) == True {
			out = append(out, r.Root)
		}
	}
	return out, len(out) == countRealRoots(pr)
}

// realRootsEX is what log_to_real needs of roots(C, filter='R') for a
// C whose coefficients are algebraic numbers (SymPy's EX domain, where
// it does not count the real roots): the real roots r at which D(r)
// vanishes, since the others only fail log_to_real's zero test. For a
// monomial and a binomial a*v**2 + c (the shapes c(u, v) takes for
// cubic q) they are SymPy's: terms_gcd's zero, and roots_quadratic's
// -sqrt(-c/a), sqrt(-c/a) when -c/a is a product of rationals and
// radicals (SymPy simplifies -c/a first, which leaves such a product as
// it is; a sum is refused). For other shapes the
// real roots are found numerically, and settled is true only when D
// vanishes at none of them (SymPy's forms of those roots are not
// needed then).
func realRootsEX(C, D Expr, v *Symbol) (roots []Expr, settled bool) {
	cs, ok := polyCoeffs(C, v)
	if !ok {
		return nil, false
	}
	cs = exTrim(cs)
	zeros := 0
	for len(cs) > 1 && isZeroInt(cs[0]) {
		cs, zeros = cs[1:], zeros+1
	}
	var out []Expr
	switch {
	case len(cs) == 1:
	case len(cs) == 3 && isZeroInt(cs[1]):
		w := exCancelExpand(Neg(Div(cs[0], cs[2])))
		if hasKind(w, kAdd) {
			// simplify would rewrite a sum of radicals its own way
			return nil, false
		}
		r := Sqrt(w)
		for _, root := range []Expr{Neg(r), r} {
			if n, d := asNumerDenom(root); IsReal(n) == True && IsReal(d) == True {
				out = append(out, root)
			}
		}
	default:
		p := make(rpoly, len(cs))
		for k, c := range cs {
			z, ok := evalComplex(c)
			if !ok || imag(z) != 0 {
				return nil, false
			}
			p[k] = new(big.Rat)
			if p[k].SetFloat64(real(z)) == nil {
				return nil, false
			}
		}
		for _, z := range aberth(p) {
			if math.Abs(imag(z)) > 1e-7*math.Max(1, cmplx.Abs(z)) {
				continue
			}
			zero, ok := algebraicZero(SubsPairs(D, [][2]Expr{{v, NewFloat(real(z), 53)}}))
			if !ok || zero {
				return nil, false
			}
		}
	}
	if zeros > 0 {
		out = append(out, Zero)
	}
	return out, true
}

// countRealRoots is the number of distinct real roots of p: Sturm's
// theorem on the squarefree part, each remainder scaled to a primitive
// integer polynomial by a positive factor (which keeps the signs and
// the coefficients small).
func countRealRoots(p rpoly) int {
	prim := func(q rpoly) rpoly {
		q = rpTrim(q)
		if len(q) == 0 {
			return q
		}
		ints := primitiveInts(q)
		out := rpFromInts(ints)
		// primitiveInts keeps the signs: compare one coefficient
		if (out[len(out)-1].Sign() > 0) != (q[len(q)-1].Sign() > 0) {
			out = rpScale(out, big.NewRat(-1, 1))
		}
		return out
	}
	p = prim(p)
	// the squarefree part: p / gcd(p, p'), by primitive remainders
	a, b := p, prim(rpDeriv(p))
	for len(b) > 0 {
		_, r := rpDivMod(a, b)
		a, b = b, prim(r)
	}
	if len(a) > 1 {
		p = prim(rpQuo(p, a))
	}
	seq := []rpoly{p, prim(rpDeriv(p))}
	for len(seq[len(seq)-1]) > 1 {
		_, r := rpDivMod(seq[len(seq)-2], seq[len(seq)-1])
		r = prim(r)
		if len(r) == 0 {
			break
		}
		seq = append(seq, rpScale(r, big.NewRat(-1, 1)))
	}
	changes := func(sign func(q rpoly) int) int {
		n, last := 0, 0
		for _, q := range seq {
			if len(q) == 0 {
				continue
			}
			s := sign(q)
			if s != 0 && last != 0 && s != last {
				n++
			}
			if s != 0 {
				last = s
			}
		}
		return n
	}
	atNegInf := changes(func(q rpoly) int {
		if (len(q)-1)%2 == 1 {
			return -q[len(q)-1].Sign()
		}
		return q[len(q)-1].Sign()
	})
	atPosInf := changes(func(q rpoly) int { return q[len(q)-1].Sign() })
	return atNegInf - atPosInf
}

// algebraicZero is D.evalf(chop=True) == 0 for an algebraic number D:
// its value in double precision against the size of its terms.
func algebraicZero(D Expr) (zero, ok bool) {
	D = Expand(D)
	val, ok := evalComplex(D)
	if !ok || cmplx.IsNaN(val) {
		return false, false
	}
	scale := 1.0
	for _, term := range addArgs(D) {
		if tv, ok := evalComplex(term); ok {
			scale = math.Max(scale, cmplx.Abs(tv))
		}
	}
	switch m := cmplx.Abs(val); {
	case m < 1e-12*scale:
		return true, true
	case m > 1e-6*scale:
		return false, true
	}
	return false, false
}

// exNorm is the normal form of SymPy's EX domain: cancel, then expand.
func exCancelExpand(e Expr) Expr {
	c, err := Cancel(e)
	if err != nil {
		panic(err)
	}
	return Expand(c)
}

// exPolyCoeffs is Poly(e, x) over EX: the coefficients of the expanded
// e, lowest degree first, trailing zeros dropped.
func exPolyCoeffs(e Expr, x *Symbol) ([]Expr, bool) {
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return nil, false
	}
	for len(cs) > 0 && IsZero(cs[len(cs)-1]) == True {
		cs = cs[:len(cs)-1]
	}
	return cs, true
}

func exPolyMul(a, b []Expr) []Expr {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	out := make([][]Expr, len(a)+len(b)-1)
	for i, ai := range a {
		for j, bj := range b {
			out[i+j] = append(out[i+j], exCancelExpand(NewMul(ai, bj)))
		}
	}
	cs := make([]Expr, len(out))
	for k, ts := range out {
		cs[k] = exCancelExpand(NewAdd(ts...))
	}
	return cs
}

func exPolyAdd(a, b []Expr) []Expr {
	out := make([]Expr, max(len(a), len(b)))
	for k := range out {
		var ts []Expr
		if k < len(a) {
			ts = append(ts, a[k])
		}
		if k < len(b) {
			ts = append(ts, b[k])
		}
		out[k] = exCancelExpand(NewAdd(ts...))
	}
	for len(out) > 0 && IsZero(out[len(out)-1]) == True {
		out = out[:len(out)-1]
	}
	return out
}

// exTrim drops the zero leading coefficients of an EX polynomial.
func exTrim(p []Expr) []Expr {
	for len(p) > 0 && isZeroInt(p[len(p)-1]) {
		p = p[:len(p)-1]
	}
	return p
}

func exPolyNeg(p []Expr) []Expr {
	out := make([]Expr, len(p))
	for k, c := range p {
		out[k] = exCancelExpand(Neg(c))
	}
	return out
}

// exPolyDivMod is dup_div over the field EX.
func exPolyDivMod(f, g []Expr) (q, r []Expr) {
	f, g = exTrim(f), exTrim(g)
	r = slices.Clone(f)
	if len(f) < len(g) {
		return nil, r
	}
	q = make([]Expr, len(f)-len(g)+1)
	for k := range q {
		q[k] = Zero
	}
	lc := g[len(g)-1]
	for len(r) >= len(g) {
		c := exCancelExpand(Div(r[len(r)-1], lc))
		shift := len(r) - len(g)
		q[shift] = c
		for k := range g {
			r[shift+k] = exCancelExpand(NewAdd(r[shift+k], Neg(exCancelExpand(NewMul(c, g[k])))))
		}
		r = exTrim(r[:len(r)-1])
	}
	return exTrim(q), r
}

// exPolyGcdex is dup_gcdex over EX: s*f + t*g = h, h the monic gcd.
func exPolyGcdex(f, g []Expr) (s, t, h []Expr) {
	a, b := []Expr{One}, []Expr(nil)
	F, G := exTrim(f), exTrim(g)
	for len(G) > 0 {
		q, r := exPolyDivMod(F, G)
		F, G = G, r
		a, b = b, exTrim(exPolyAdd(a, exPolyNeg(exPolyMul(q, b))))
	}
	lc := F[len(F)-1]
	s = make([]Expr, len(a))
	for k, c := range a {
		s[k] = exCancelExpand(Div(c, lc))
	}
	h = make([]Expr, len(F))
	for k, c := range F {
		h[k] = exCancelExpand(Div(c, lc))
	}
	t, _ = exPolyDivMod(exPolyAdd(h, exPolyNeg(exPolyMul(s, f))), g)
	return exTrim(s), t, exTrim(h)
}

// logToAtanEX is SymPy's log_to_atan(f, g) over EX: 2*atan(f/g) written
// with polynomial arguments by the extended Euclidean algorithm.
func logToAtanEX(f, g []Expr, x *Symbol) (Expr, bool) {
	return logToAtanEXRec(f, g, x, 0)
}

func logToAtanEXRec(f, g []Expr, x *Symbol, depth int) (Expr, bool) {
	f, g = exTrim(f), exTrim(g)
	if len(f) < len(g) {
		f, g = exPolyNeg(g), f
	}
	if len(g) == 0 || depth > 10 {
		return nil, false
	}
	if slices.ContainsFunc(g, nestedRadical) {
		// SymPy's cancel picks other generators for sqrt(a + b*sqrt(c))
		return nil, false
	}
	p, rem := exPolyDivMod(f, g)
	if len(rem) == 0 {
		return NewMul(Two, fnAtan.call(polyExpr(p, x))), true
	}
	s, t, h := exPolyGcdex(g, exPolyNeg(f))
	uq, _ := exPolyDivMod(exPolyAdd(exPolyMul(f, s), exPolyMul(g, t)), h)
	rest, ok := logToAtanEXRec(s, t, x, depth+1)
	if !ok {
		return nil, false
	}
	return NewAdd(NewMul(Two, fnAtan.call(polyExpr(uq, x))), rest), true
}

// nestedRadical reports whether e holds a power of a sum.
func nestedRadical(e Expr) bool {
	if p, ok := e.(*Pow); ok && p.Base().kind() == kAdd {
		return true
	}
	return slices.ContainsFunc(e.Args(), nestedRadical)
}
