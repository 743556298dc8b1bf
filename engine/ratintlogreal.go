package engine

import (
	"math/big"
	"slices"
)

// This file is the part of SymPy's ratint for denominators whose roots
// share complex residues in pairs beyond a quadratic factor
// (x/(x**4 + 1), x**2/(x**6 + 1)): for residues t = u +- I*v with u and v
// rational, the roots with residue t are those of S(t, x) = gcd(Q,
// r - t*Q') over Q(t), monic (ratint_logpart's h), and log_to_real writes
// u*log(A**2 + B**2) + v*log_to_atan(A, B) for A + I*B = S(u + I*v, x):
// atan(x**2)/2.

// kelem is a + b*t in Q(t) with t**2 = -q1*t - q0.
type kelem struct{ a, b *big.Rat }

// kfield is Q(t)/(t**2 + q1*t + q0), q irreducible.
type kfield struct{ q0, q1 *big.Rat }

func (k kfield) add(x, y kelem) kelem {
	return kelem{new(big.Rat).Add(x.a, y.a), new(big.Rat).Add(x.b, y.b)}
}

func (k kfield) neg(x kelem) kelem {
	return kelem{new(big.Rat).Neg(x.a), new(big.Rat).Neg(x.b)}
}

func (k kfield) mul(x, y kelem) kelem {
	// (a + b t)(c + d t) = ac + (ad + bc) t + bd t**2
	bd := new(big.Rat).Mul(x.b, y.b)
	a := new(big.Rat).Mul(x.a, y.a)
	a.Sub(a, new(big.Rat).Mul(bd, k.q0))
	b := new(big.Rat).Add(new(big.Rat).Mul(x.a, y.b), new(big.Rat).Mul(x.b, y.a))
	b.Sub(b, new(big.Rat).Mul(bd, k.q1))
	return kelem{a, b}
}

func (k kfield) isZero(x kelem) bool { return x.a.Sign() == 0 && x.b.Sign() == 0 }

// inv is (a - b*q1 - b*t)/(a**2 - a*b*q1 + b**2*q0).
func (k kfield) inv(x kelem) kelem {
	n := new(big.Rat).Mul(x.a, x.a)
	n.Sub(n, new(big.Rat).Mul(new(big.Rat).Mul(x.a, x.b), k.q1))
	n.Add(n, new(big.Rat).Mul(new(big.Rat).Mul(x.b, x.b), k.q0))
	n.Inv(n)
	a := new(big.Rat).Sub(x.a, new(big.Rat).Mul(x.b, k.q1))
	return kelem{a.Mul(a, n), new(big.Rat).Neg(new(big.Rat).Mul(x.b, n))}
}

// kpoly is a polynomial in x over kfield, lowest degree first.
type kpoly []kelem

func (k kfield) trim(p kpoly) kpoly {
	for len(p) > 0 && k.isZero(p[len(p)-1]) {
		p = p[:len(p)-1]
	}
	return p
}

// rem is p mod d (d nonzero).
func (k kfield) rem(p, d kpoly) kpoly {
	p = slices.Clone(k.trim(p))
	d = k.trim(d)
	li := k.inv(d[len(d)-1])
	for len(p) >= len(d) {
		c := k.mul(p[len(p)-1], li)
		sh := len(p) - len(d)
		for i, di := range d {
			p[sh+i] = k.add(p[sh+i], k.neg(k.mul(c, di)))
		}
		p = k.trim(p[:len(p)-1])
	}
	return p
}

// monicGcd is the monic gcd of a and b over the field.
func (k kfield) monicGcd(a, b kpoly) kpoly {
	a, b = k.trim(a), k.trim(b)
	for len(b) > 0 {
		a, b = b, k.rem(a, b)
	}
	li := k.inv(a[len(a)-1])
	out := make(kpoly, len(a))
	for i, c := range a {
		out[i] = k.mul(c, li)
	}
	return out
}

// liftRat is a rational polynomial as one over the field.
func liftRat(p rpoly) kpoly {
	out := make(kpoly, len(p))
	for i, c := range p {
		out[i] = kelem{new(big.Rat).Set(c), new(big.Rat)}
	}
	return out
}

// quadMinpoly is the monic quadratic t**2 + q1*t + q0 that rho (an
// element of Q[x]/F) satisfies; ok is false when its minimal polynomial
// has another degree.
func quadMinpoly(rho, F rpoly) (q0, q1 *big.Rat, ok bool) {
	rho = rpTrim(rho)
	if len(rho) < 2 {
		return nil, nil, false
	}
	_, sq := rpDivMod(rpMul(rho, rho), F)
	sq = rpTrim(sq)
	// rho**2 + q1*rho + q0 = 0: q1 from the top coefficient of rho
	top := len(rho) - 1
	c := new(big.Rat)
	if top < len(sq) {
		c.Set(sq[top])
	}
	q1 = new(big.Rat).Neg(c.Quo(c, rho[top]))
	rest := rpAdd(sq, rpScale(rho, q1))
	rest = rpTrim(rest)
	if len(rest) > 1 {
		return nil, nil, false
	}
	q0 = new(big.Rat)
	if len(rest) == 1 {
		q0.Neg(rest[0])
	}
	return q0, q1, true
}

// complexRoot is u + I*v (v > 0) for t**2 + q1*t + q0 with a negative
// discriminant, when u and v are rational; ok false otherwise.
func complexRoot(q0, q1 *big.Rat) (u, v *big.Rat, ok bool) {
	// u = -q1/2, v**2 = q0 - q1**2/4
	u = new(big.Rat).Quo(q1, big.NewRat(-2, 1))
	v2 := new(big.Rat).Sub(q0, new(big.Rat).Mul(u, u))
	if v2.Sign() <= 0 {
		return nil, nil, false
	}
	num, den := new(big.Int).Sqrt(v2.Num()), new(big.Int).Sqrt(v2.Denom())
	v = new(big.Rat).SetFrac(num, den)
	if new(big.Rat).Mul(v, v).Cmp(v2) != 0 {
		return nil, nil, false
	}
	return u, v, true
}

// logToRealPair is log_to_real's terms for the residues u +- I*v whose
// roots S(t, x) = gcd(Q, r - t*Q') collects.
func logToRealPair(r, Q rpoly, q0, q1, u, v *big.Rat, x *Symbol) (Expr, bool) {
	k := kfield{q0, q1}
	dQ := rpDeriv(Q)
	// r - t*Q'
	rt := make(kpoly, max(len(r), len(dQ)))
	for i := range rt {
		rt[i] = kelem{new(big.Rat), new(big.Rat)}
		if i < len(r) {
			rt[i].a.Set(r[i])
		}
		if i < len(dQ) {
			rt[i].b.Neg(dQ[i])
		}
	}
	S := k.monicGcd(liftRat(Q), rt)
	if len(S) < 2 {
		return nil, false
	}
	// A + I*B = S(u + I*v, x): coefficient a + b*(u + I*v)
	A, B := make(rpoly, len(S)), make(rpoly, len(S))
	for i, c := range S {
		A[i] = new(big.Rat).Add(c.a, new(big.Rat).Mul(c.b, u))
		B[i] = new(big.Rat).Mul(c.b, v)
	}
	A, B = rpTrim(A), rpTrim(B)
	var terms []Expr
	if u.Sign() != 0 {
		AB := rpAdd(rpMul(A, A), rpMul(B, B))
		terms = append(terms, NewMul(ratFrom(u), fnLog.call(rpExpr(AB, x))))
	}
	at, ok := logToAtan(A, B, x, 0)
	if !ok {
		return nil, false
	}
	terms = append(terms, NewMul(ratFrom(v), at))
	return NewAdd(terms...), true
}

// logToAtan is SymPy's log_to_atan(f, g): 2*atan(f/g) written with
// polynomial arguments, by the extended Euclidean algorithm.
func logToAtan(f, g rpoly, x *Symbol, depth int) (Expr, bool) {
	if depth > 20 || len(g) == 0 {
		return nil, false
	}
	if len(f) < len(g) {
		f, g = rpScale(g, big.NewRat(-1, 1)), f
	}
	p, rem := rpDivMod(f, g)
	if len(rpTrim(rem)) == 0 {
		return NewMul(Two, fnAtan.call(rpExpr(rpTrim(p), x))), true
	}
	s, t, h := rpGcdex(g, rpScale(f, big.NewRat(-1, 1)))
	uq, _ := rpDivMod(rpAdd(rpMul(f, s), rpMul(g, t)), h)
	rest, ok := logToAtan(s, t, x, depth+1)
	if !ok {
		return nil, false
	}
	return NewAdd(NewMul(Two, fnAtan.call(rpExpr(rpTrim(uq), x))), rest), true
}

// rpGcdex is dup_gcdex: s*f + t*g = h with h the monic gcd, s from the
// half extended Euclid and t = (h - s*f)/g.
func rpGcdex(f, g rpoly) (s, t, h rpoly) {
	a, b := rpoly{big.NewRat(1, 1)}, rpoly{}
	F, G := rpTrim(f), rpTrim(g)
	for len(G) > 0 {
		q, r := rpDivMod(F, G)
		F, G = G, rpTrim(r)
		a, b = b, rpTrim(rpAdd(a, rpScale(rpMul(q, b), big.NewRat(-1, 1))))
	}
	lc := F[len(F)-1]
	s = rpScale(a, new(big.Rat).Inv(lc))
	h = rpScale(F, new(big.Rat).Inv(lc))
	t, _ = rpDivMod(rpAdd(h, rpScale(rpMul(s, f), big.NewRat(-1, 1))), g)
	return rpTrim(s), rpTrim(t), rpTrim(h)
}
