package engine

import "math/big"

// Infinite sums of rational functions with rational poles, exactly:
// the partial fractions c/(n - rho)**k of the summand, each summed in
// closed form. Simple poles telescope (their coefficients add up to zero
// when the sum converges), so sum(1/(n*(n + 1)), (n, 1, oo)) is 1 and
// sum(1/(4*n**2 - 1), (n, 1, oo)) is 1/2; a pole of order k >= 2 at an
// integer gives zeta(k) less the first terms; times (-1)**n the poles at
// integers give log(2) and (1 - 2**(1 - k))*zeta(k) for even k (SymPy
// writes odd k with dirichlet_eta, and log(2) beside a zeta value as
// log(1 - exp_polar(I*pi)): both refused); a lone pole at a half-integer
// gives pi/4 (Leibniz), Catalan and pi**2/8. A polynomial
// times r**n with rational |r| < 1 sums to a rational number. Every
// answer is a number, so SymPy's printed form is the same whatever path
// it takes.

// ratPoly is a polynomial with rational coefficients, lowest degree
// first.
type ratPoly []*big.Rat

func (p ratPoly) eval(x *big.Rat) *big.Rat {
	v := new(big.Rat)
	for i := len(p) - 1; i >= 0; i-- {
		v.Mul(v, x)
		v.Add(v, p[i])
	}
	return v
}

// shift is p(x + r) (Taylor shift).
func (p ratPoly) shift(r *big.Rat) ratPoly {
	out := make(ratPoly, len(p))
	for i := range out {
		out[i] = new(big.Rat)
	}
	// Horner: out = out*(x + r) + p[i]
	for i := len(p) - 1; i >= 0; i-- {
		next := make(ratPoly, len(p))
		for j := range next {
			next[j] = new(big.Rat)
		}
		for j := 0; j < len(p)-1; j++ {
			next[j+1].Add(next[j+1], out[j])
			next[j].Add(next[j], new(big.Rat).Mul(out[j], r))
		}
		next[0].Add(next[0], p[i])
		out = next
	}
	return out
}

// divLinear is p / (x - r) when r is a root (the remainder dropped).
func (p ratPoly) divLinear(r *big.Rat) ratPoly {
	n := len(p) - 1
	q := make(ratPoly, n)
	acc := new(big.Rat)
	for i := n; i >= 1; i-- {
		acc = new(big.Rat).Add(new(big.Rat).Mul(acc, r), p[i])
		q[i-1] = acc
	}
	return q
}

// seriesQuo is the first k coefficients of the power series a/b
// (b[0] != 0).
func seriesQuo(a, b ratPoly, k int) []*big.Rat {
	out := make([]*big.Rat, k)
	for i := range k {
		v := new(big.Rat)
		if i < len(a) {
			v.Set(a[i])
		}
		for j := 1; j <= i && j < len(b); j++ {
			v.Sub(v, new(big.Rat).Mul(b[j], out[i-j]))
		}
		out[i] = v.Quo(v, b[0])
	}
	return out
}

// pole is a root rho of the denominator with the partial-fraction
// coefficients c[k-1] of c/(n - rho)**k.
type pole struct {
	rho *big.Rat
	c   []*big.Rat
}

// partialFractions splits P/Q (deg P < deg Q) into poles; ok is false
// unless every root of Q is rational.
func partialFractions(P, Q ratPoly) ([]pole, bool) {
	roots, rest, ok := rationalRoots(Q)
	if !ok || len(rest) > 1 {
		return nil, false
	}
	var out []pole
	for _, rho := range roots {
		R, K := Q, 0
		for len(R) > 1 && R.eval(rho).Sign() == 0 {
			R, K = R.divLinear(rho), K+1
		}
		h := seriesQuo(P.shift(rho), R.shift(rho), K)
		c := make([]*big.Rat, K)
		for k := 1; k <= K; k++ {
			c[k-1] = h[K-k] // coefficient of t**(K - k) of h over t**K
		}
		out = append(out, pole{rho, c})
	}
	return out, true
}

// sumRationalInfinite is sum(f, (n, a, oo)) for f = s**n * P(n)/Q(n)
// (s = 1 or -1) as described above; ok is false outside those cases.
func sumRationalInfinite(f Expr, n *Symbol, a Expr, alternating bool) (Expr, bool) {
	ai, ok := a.(*Integer)
	if !ok || !ai.IsInt64() {
		return nil, false
	}
	num, den := asNumerDenom(f)
	pc, ok1 := polyCoeffs(num, n)
	qc, ok2 := polyCoeffs(den, n)
	if !ok1 || !ok2 {
		return nil, false
	}
	P, okP := ratCoeffs(pc)
	Q, okQ := ratCoeffs(qc)
	if !okP || !okQ || len(Q) < 2 || len(P) >= len(Q) {
		return nil, false
	}
	if !alternating && len(P) > len(Q)-2 {
		return nil, false // diverges (SymPy answers oo; not followed here)
	}
	poles, ok := partialFractions(ratPoly(P), ratPoly(Q))
	if !ok {
		return nil, false
	}
	A := big.NewRat(ai.Int64(), 1)
	terms := 0
	for _, p := range poles {
		for _, c := range p.c {
			if c.Sign() != 0 {
				terms++
			}
		}
	}
	total := []Expr{}
	var simple []pole
	higher := false
	for _, p := range poles {
		r := new(big.Rat).Neg(p.rho) // the term is c/(n + r)**k
		integral := r.IsInt()
		if integral && new(big.Rat).Add(A, r).Sign() <= 0 {
			return nil, false // a pole inside the range
		}
		for k := 1; k <= len(p.c); k++ {
			c := p.c[k-1]
			if c.Sign() == 0 {
				continue
			}
			switch {
			case k == 1 && !alternating:
				simple = append(simple, pole{p.rho, []*big.Rat{c}})
			case !integral:
				// a pole at a half-integer, alone (SymPy's forms for
				// mixtures are its own): odd numbers' zeta and beta
				t, ok := halfIntegerTail(k, r, A, alternating)
				if !ok || terms != 1 {
					return nil, false
				}
				total = append(total, NewMul(ratFrom(c), t))
			case alternating:
				higher = higher || k > 1
				t, ok := alternatingZetaTail(k, new(big.Rat).Add(A, r))
				if !ok {
					return nil, false
				}
				if r.Num().Bit(0) == 1 {
					t = Neg(t)
				}
				total = append(total, NewMul(ratFrom(c), t))
			default:
				total = append(total, NewMul(ratFrom(c), zetaTail(k, new(big.Rat).Add(A, r))))
			}
		}
	}
	if len(simple) > 0 {
		t, ok := telescope(simple, A)
		if !ok {
			return nil, false
		}
		total = append(total, t)
	}
	r := NewAdd(total...)
	if alternating && higher && hasCallOf(r, fnLog) {
		// SymPy's own answer then keeps log(1 - exp_polar(I*pi)) for
		// log(2), a form dcalc does not build
		return nil, false
	}
	return r, true
}

// telescope is the sum from n = a to oo of c_j/(n + r_j) over simple
// poles whose r_j differ by integers and whose c_j add up to zero:
// -sum_j c_j*sum_{m < d_j} 1/(a + r0 + m), r_j = r0 + d_j.
func telescope(ps []pole, a *big.Rat) (Expr, bool) {
	sum := new(big.Rat)
	var r0 *big.Rat
	for _, p := range ps {
		sum.Add(sum, p.c[0])
		r := new(big.Rat).Neg(p.rho)
		if r0 == nil || r.Cmp(r0) < 0 {
			r0 = r
		}
	}
	if sum.Sign() != 0 {
		return nil, false
	}
	total := new(big.Rat)
	for _, p := range ps {
		d := new(big.Rat).Sub(new(big.Rat).Neg(p.rho), r0)
		if !d.IsInt() || !d.Num().IsInt64() || d.Num().Int64() > 1e6 {
			return nil, false
		}
		for m := int64(0); m < d.Num().Int64(); m++ {
			v := new(big.Rat).Add(a, r0)
			v.Add(v, big.NewRat(m, 1))
			if v.Sign() == 0 {
				return nil, false
			}
			total.Sub(total, new(big.Rat).Mul(p.c[0], new(big.Rat).Inv(v)))
		}
	}
	return ratFrom(total), true
}

// zetaTail is sum(1/m**k, (m, b, oo)) for an integer b >= 1 and k >= 2:
// zeta(k) less the first b - 1 terms.
func zetaTail(k int, b *big.Rat) Expr {
	head := new(big.Rat)
	for m := int64(1); m < b.Num().Int64(); m++ {
		head.Add(head, new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(m), big.NewInt(int64(k)), nil)))
	}
	return Sub(fnZeta.call(NewInt(int64(k))), ratFrom(head))
}

// alternatingZetaTail is sum((-1)**m/m**k, (m, b, oo)) for an integer
// b >= 1: -eta(k) less the first b - 1 terms, with eta(1) = log(2) and
// eta(k) = (1 - 2**(1 - k))*zeta(k) for even k; ok is false for odd
// k >= 3 (SymPy's dirichlet_eta).
func alternatingZetaTail(k int, b *big.Rat) (Expr, bool) {
	var eta Expr
	switch {
	case k == 1:
		eta = fnLog.call(Two)
	case k%2 == 0:
		eta = NewMul(Sub(One, NewPow(Two, NewInt(int64(1-k)))), fnZeta.call(NewInt(int64(k))))
	default:
		return nil, false
	}
	head := new(big.Rat)
	for m := int64(1); m < b.Num().Int64(); m++ {
		t := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(m), big.NewInt(int64(k)), nil))
		if m%2 == 1 {
			t.Neg(t)
		}
		head.Add(head, t)
	}
	return Sub(Neg(eta), ratFrom(head)), true
}

// sumPolyGeometric is sum(P(n)*r**n, (n, a, oo)) for a polynomial P with
// rational coefficients and a rational 0 < |r| < 1, an integer a: with
// G_k = sum(n**k*r**n), (1 - r)*G_k = a**k*r**a + r*sum_{j<k} C(k, j)*G_j.
func sumPolyGeometric(P []*big.Rat, r *big.Rat, a int64) Expr {
	ra := ratPowInt(r, a)
	one := big.NewRat(1, 1)
	inv := new(big.Rat).Inv(new(big.Rat).Sub(one, r))
	G := make([]*big.Rat, len(P))
	for k := range G {
		acc := new(big.Rat).Mul(ratPowInt(big.NewRat(a, 1), int64(k)), ra)
		binom := big.NewInt(1)
		for j := 0; j < k; j++ {
			t := new(big.Rat).Mul(new(big.Rat).SetInt(binom), G[j])
			acc.Add(acc, t.Mul(t, r))
			binom.Mul(binom, big.NewInt(int64(k-j)))
			binom.Quo(binom, big.NewInt(int64(j+1)))
		}
		G[k] = acc.Mul(acc, inv)
	}
	total := new(big.Rat)
	for k, c := range P {
		total.Add(total, new(big.Rat).Mul(c, G[k]))
	}
	return ratFrom(total)
}

// ratPowInt is r**k for an integer k (r nonzero when k < 0).
func ratPowInt(r *big.Rat, k int64) *big.Rat {
	if k < 0 {
		return ratPowInt(new(big.Rat).Inv(r), -k)
	}
	out := big.NewRat(1, 1)
	for range k {
		out.Mul(out, r)
	}
	return out
}

// sumNumericInfinite is sum(f, (i, a, oo)) for a summand in i alone that
// is a rational function with rational poles, possibly times (-1)**i, or
// a polynomial times r**i (see sumRationalInfinite, sumPolyGeometric).
func sumNumericInfinite(f Expr, i *Symbol, a Expr) (Expr, bool) {
	if len(FreeSymbols(f)) != 1 {
		return nil, false
	}
	ai, ok := a.(*Integer)
	if !ok || !ai.IsInt64() {
		return nil, false
	}
	var rest []Expr
	sign := Expr(One)
	var ratio *big.Rat
	alternating := false
	for _, m := range mulArgs(f) {
		p, ok := m.(*Pow)
		if !ok || Has(p.Base(), i) || !Has(p.Exp(), i) {
			rest = append(rest, m)
			continue
		}
		cs, ok := polyCoeffs(p.Exp(), i)
		if !ok || len(cs) != 2 || ratio != nil || alternating {
			return nil, false
		}
		k, ok := cs[1].(*Integer)
		if !ok || !IsRational(p.Base()) {
			return nil, false
		}
		q := toRat(NewPow(p.Base(), k))
		if q == nil {
			return nil, false
		}
		sign = NewPow(p.Base(), cs[0])
		if q.Cmp(big.NewRat(-1, 1)) == 0 {
			alternating = true
			continue
		}
		if new(big.Rat).Abs(q).Cmp(big.NewRat(1, 1)) >= 0 || q.Sign() == 0 {
			return nil, false
		}
		ratio = q
	}
	g := NewMul(rest...)
	if ratio != nil {
		cs, ok := polyCoeffs(g, i)
		if !ok {
			return nil, false
		}
		P, ok := ratCoeffs(cs)
		if !ok {
			return nil, false
		}
		return NewMul(sign, sumPolyGeometric(P, ratio, ai.Int64())), true
	}
	r, ok := sumRationalInfinite(g, i, a, alternating)
	if !ok {
		return nil, false
	}
	return NewMul(sign, r), true
}

// halfIntegerTail is sum(s**n/(n + r)**k, (n, a, oo)) for r = j + 1/2
// (s = -1 when alternating): with m = n + j it is 2**k times a sum over
// the odd numbers 2*m + 1 from m = a + j >= 0, which is
// (1 - 2**-k)*zeta(k) for even k, or (-1)**j*beta(k) when alternating
// with beta(1) = pi/4 and beta(2) = Catalan, less the first terms; ok is
// false for the other k (SymPy answers with polylog and dirichlet_eta).
func halfIntegerTail(k int, r, a *big.Rat, alternating bool) (Expr, bool) {
	j := new(big.Rat).Sub(r, big.NewRat(1, 2))
	if !j.IsInt() || !j.Num().IsInt64() {
		return nil, false
	}
	m0 := new(big.Rat).Add(a, j)
	if m0.Sign() < 0 || !m0.Num().IsInt64() {
		return nil, false
	}
	var full Expr
	switch {
	case alternating && k == 1:
		full = Div(Pi, NewInt(4))
	case alternating && k == 2 && m0.Sign() == 0:
		// (from a later start SymPy keeps Catalan inside an
		// unsimplified complex form)
		full = Catalan
	case !alternating && k%2 == 0:
		full = NewMul(Sub(One, NewPow(Two, NewInt(int64(-k)))), fnZeta.call(NewInt(int64(k))))
	default:
		return nil, false
	}
	head := new(big.Rat)
	for m := int64(0); m < m0.Num().Int64(); m++ {
		t := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(2*m+1), big.NewInt(int64(k)), nil))
		if alternating && m%2 == 1 {
			t.Neg(t)
		}
		head.Add(head, t)
	}
	v := NewMul(NewPow(Two, NewInt(int64(k))), Sub(full, ratFrom(head)))
	if alternating && j.Num().Bit(0) == 1 {
		v = Neg(v)
	}
	return v, true
}
