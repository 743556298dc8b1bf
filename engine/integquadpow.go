package engine

import "math/big"

// integQuadraticPower is the antiderivative of c*(a*x**2 + b)**(-3/2)
// for integers a and b without a common factor, b positive, c rational,
// which heurisch gives up on and meijerint_indefinite answers as
// x/(b*sqrt(a*x**2 + b)) (x/(4*sqrt(x**2 + 4)) for (x**2 + 4)**(-3/2));
// for a = -1 the square root is imaginary beyond sqrt(b) and the value
// is its Piecewise on Abs(x**2) > b, as SymPy's
// (Piecewise((-I*x/sqrt(x**2 - 1), Abs(x**2) > 1), (x/sqrt(1 - x**2), True))
// for (1 - x**2)**(-3/2)).
func integQuadraticPower(f Expr, x *Symbol) (Expr, bool) {
	c := big.NewRat(1, 1)
	var p *Pow
	for _, fac := range mulArgs(f) {
		if !Has(fac, x) {
			q := toRat(fac)
			if q == nil {
				return nil, false
			}
			c.Mul(c, q)
			continue
		}
		pw, ok := fac.(*Pow)
		if !ok || p != nil {
			return nil, false
		}
		if e := toRat(pw.Exp()); e == nil || e.Cmp(big.NewRat(-3, 2)) != 0 {
			return nil, false
		}
		p = pw
	}
	if p == nil {
		return nil, false
	}
	cs, ok := polyCoeffs(p.Base(), x)
	if !ok || len(cs) != 3 || !isZeroInt(cs[1]) {
		return nil, false
	}
	a, b := toRat(cs[2]), toRat(cs[0])
	if a == nil || b == nil || !a.IsInt() || !b.IsInt() || b.Sign() <= 0 || a.Sign() == 0 ||
		new(big.Int).GCD(nil, nil, new(big.Int).Abs(a.Num()), b.Num()).Cmp(big.NewInt(1)) != 0 {
		return nil, false
	}
	if a.Sign() > 0 {
		coef := ratFrom(new(big.Rat).Quo(c, b))
		return NewMul(coef, x, NewPow(p.Base(), ratFrom(big.NewRat(-1, 2)))), true
	}
	// the constant stays outside the Piecewise, as in SymPy
	coef := ratFrom(new(big.Rat).Inv(b))
	if !a.IsInt() || a.Num().Cmp(big.NewInt(-1)) != 0 {
		return nil, false
	}
	inner := NewMul(coef, NewInt(-1), I, x, NewPow(Neg(p.Base()), ratFrom(big.NewRat(-1, 2))))
	outer := NewMul(coef, x, NewPow(p.Base(), ratFrom(big.NewRat(-1, 2))))
	cond := NewRel(">", fnAbs.call(NewPow(x, Two)), ratFrom(b))
	pw, err := NewPiecewise([][2]Expr{{inner, cond}, {outer, STrue}})
	return NewMul(ratFrom(c), pw), err == nil
}
