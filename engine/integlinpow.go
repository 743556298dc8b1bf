package engine

import "math/big"

// integLinearPower is the antiderivative of c*x**n*(a*x + b)**r for a
// positive integer n, integers a and b, c rational and r a rational
// above -1 that is not an integer: heurisch gives up on it and
// meijerint_indefinite writes the value as a polynomial P times
// (a*x + b) to the fractional part s of r, expanded term by term
// (2*x**2*sqrt(x + 1)/5 + 2*x*sqrt(x + 1)/15 - 4*sqrt(x + 1)/15 for
// x*sqrt(x + 1)), the content of a*x + b taken out first. With
// u = a*x + b the integral is a**-(n+1) * sum_k C(n, k) (-b)**(n-k)
// u**(k+r+1)/(k + r + 1), and u**(k+r+1) = u**s * u**(k + floor(r) + 1),
// a polynomial times u**s. Where a or b is negative only square roots
// are taken, as meijerint's Piecewise on Abs(x) > |b/a| (or plain for
// r >= (n + 2)/2, as SymPy 1.14 answers x*(x - 1)**(3/2)).
func integLinearPower(f Expr, x *Symbol) (Expr, bool) {
	c := big.NewRat(1, 1)
	n := 0
	var base Expr
	var r *big.Rat
	for _, fac := range mulArgs(f) {
		switch {
		case Equal(fac, x):
			n++
			continue
		case !Has(fac, x):
			q := toRat(fac)
			if q == nil {
				return nil, false
			}
			c.Mul(c, q)
			continue
		}
		p, ok := fac.(*Pow)
		if !ok {
			return nil, false
		}
		e := toRat(p.Exp())
		if e == nil {
			return nil, false
		}
		if Equal(p.Base(), x) && e.IsInt() && e.Sign() > 0 && n == 0 {
			n = int(e.Num().Int64())
			continue
		}
		if base != nil || e.IsInt() || e.Cmp(big.NewRat(-1, 1)) <= 0 {
			return nil, false
		}
		base, r = p.Base(), e
	}
	if base == nil || n < 1 || n > 12 {
		return nil, false
	}
	cs, ok := polyCoeffs(base, x)
	if !ok || len(cs) != 2 {
		return nil, false
	}
	a, b := toRat(cs[1]), toRat(cs[0])
	if a == nil || b == nil || !a.IsInt() || !b.IsInt() || a.Sign() == 0 || b.Sign() == 0 {
		return nil, false
	}
	if a.Sign() < 0 || b.Sign() < 0 {
		// a square root that is imaginary on one side of -b/a:
		// meijerint's Piecewise on Abs(x) > |b/a|, except for the
		// powers r >= (n + 2)/2, whose value is the plain one (other
		// roots take other forms there)
		if a.Sign() < 0 && b.Sign() < 0 || r.Denom().Cmp(big.NewInt(2)) != 0 ||
			new(big.Int).GCD(nil, nil, new(big.Int).Abs(a.Num()), new(big.Int).Abs(b.Num())).Cmp(big.NewInt(1)) != 0 {
			return nil, false
		}
		// the constant stays outside the Piecewise, as in SymPy
		F := linearPowerTerms(big.NewRat(1, 1), n, a, b, r, base)
		if new(big.Rat).Mul(r, big.NewRat(2, 1)).Cmp(big.NewRat(int64(n+2), 1)) >= 0 {
			return Expand(NewMul(ratFrom(c), F)), true
		}
		// sqrt(B) is I*sqrt(-B) where B < 0
		G := Expand(Xreplace(F, [][2]Expr{{Sqrt(base), NewMul(I, Sqrt(Neg(base)))}}))
		cond := NewRel(">", fnAbs.call(x), ratFrom(new(big.Rat).Abs(new(big.Rat).Quo(b, a))))
		pairs := [][2]Expr{{F, cond}, {G, STrue}}
		if a.Sign() < 0 {
			pairs = [][2]Expr{{G, cond}, {F, STrue}}
		}
		pw, err := NewPiecewise(pairs)
		return NewMul(ratFrom(c), pw), err == nil
	}
	var K Expr = One
	if g := new(big.Int).GCD(nil, nil, a.Num(), b.Num()); g.Cmp(big.NewInt(1)) > 0 {
		// (g*u)**r = g**r * u**r for the content g of a*x + b, which
		// meijerint takes out
		a, b = new(big.Rat).Quo(a, new(big.Rat).SetInt(g)), new(big.Rat).Quo(b, new(big.Rat).SetInt(g))
		base = NewAdd(NewMul(ratFrom(a), x), ratFrom(b))
		K = NewPow(NewBigInt(g), ratFrom(r))
	}
	return Expand(NewMul(K, linearPowerTerms(c, n, a, b, r, base))), true
}

// linearPowerTerms is the integral of c*x**n*base**r for base = a*x + b:
// P*base**s expanded, s the fractional part of r.
func linearPowerTerms(c *big.Rat, n int, a, b, r *big.Rat, base Expr) Expr {
	fl := new(big.Int).Quo(r.Num(), r.Denom()) // r > -1 and not an integer
	if r.Sign() < 0 {
		fl.Sub(fl, big.NewInt(1))
	}
	s := new(big.Rat).Sub(r, new(big.Rat).SetInt(fl))
	var terms []Expr
	binom := big.NewInt(1)
	for k := 0; k <= n; k++ {
		if k > 0 {
			binom.Mul(binom, big.NewInt(int64(n-k+1)))
			binom.Quo(binom, big.NewInt(int64(k)))
		}
		// C(n, k) (-b)**(n-k) / (a**(n+1) (k + r + 1))
		coef := new(big.Rat).SetInt(binom)
		for range n - k {
			coef.Mul(coef, new(big.Rat).Neg(b))
		}
		for range n + 1 {
			coef.Quo(coef, a)
		}
		coef.Quo(coef, new(big.Rat).Add(r, big.NewRat(int64(k+1), 1)))
		pow := int64(k) + fl.Int64() + 1
		terms = append(terms, NewMul(ratFrom(coef), NewPow(base, NewInt(pow))))
	}
	P := Expand(NewMul(ratFrom(c), NewAdd(terms...)))
	return Expand(NewMul(P, NewPow(base, ratFrom(s))))
}
