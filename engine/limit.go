package engine

import "math/big"

// This file computes limits (SymPy's limit) by direct substitution where
// the expression is continuous, by the leading term of a series at the
// point, and at infinity by comparing exp/power/log growth of factors.

// Limit is SymPy's limit(e, x, a, dir) with dir "+" or "-".
func Limit(e Expr, x *Symbol, a Expr, dir string) (Expr, error) {
	if !Has(e, x) {
		return e, nil
	}
	if a == Oo || a == NegOo {
		if r, ok := limitGrowth(e, x, a == NegOo); ok {
			return r, nil
		}
		t := NewDummy("t")
		sub := NewPow(t, NegOne)
		if a == NegOo {
			sub = Neg(sub)
		}
		return limitAt0(SubsPairs(e, [][2]Expr{{x, sub}}), t, "+")
	}
	if a == Zoo || a == NaN {
		return nil, notImpl("limit at " + Str(a))
	}
	if v := SubsPairs(e, [][2]Expr{{x, a}}); !hasSpecial(v) && !Has(v, x) {
		return v, nil
	}
	t := NewDummy("t")
	f := e
	if !isZeroInt(a) {
		f = SubsPairs(e, [][2]Expr{{x, NewAdd(a, t)}})
	} else {
		f = Xreplace(e, [][2]Expr{{x, t}})
	}
	return limitAt0(f, t, dir)
}

func limitAt0(f Expr, t *Symbol, dir string) (Expr, error) {
	for n := 1; n <= 16; n += 3 {
		s, ok := serExpand(f, t, n)
		if !ok {
			continue
		}
		if len(s.c) == 0 {
			if s.prec > 0 {
				return Zero, nil
			}
			continue
		}
		c0 := s.c[0]
		switch {
		case s.val > 0:
			return Zero, nil
		case s.val == 0:
			return c0, nil
		}
		sg := 0
		if IsPositive(c0) == True {
			sg = 1
		} else if IsNegative(c0) == True {
			sg = -1
		}
		if sg == 0 {
			return nil, notImpl("limit with a leading coefficient of unknown sign")
		}
		if dir == "-" && (-s.val)%2 == 1 {
			sg = -sg
		}
		if sg > 0 {
			return Oo, nil
		}
		return NegOo, nil
	}
	// t -> 0+ is y -> oo with t = 1/y
	if dir == "+" || dir == "-" {
		y := NewDummy("y")
		sub := NewPow(y, NegOne)
		if dir == "-" {
			sub = Neg(sub)
		}
		if r, ok := limitGrowth(SubsPairs(f, [][2]Expr{{t, sub}}), y, false); ok {
			return r, nil
		}
	}
	return nil, notImpl("could not compute the limit of " + Str(f))
}

// growth is c*exp(alpha*x)*x**beta*log(x)**lg as x -> oo.
type growth struct {
	alpha, beta, lg *big.Rat
	c               Expr
}

func growthOf(e Expr, x *Symbol) (growth, bool) {
	zero := func() *big.Rat { return new(big.Rat) }
	if !Has(e, x) {
		return growth{zero(), zero(), zero(), e}, true
	}
	if cs, ok := polyCoeffs(e, x); ok && len(cs) > 0 {
		d := len(cs) - 1
		return growth{zero(), new(big.Rat).SetInt64(int64(d)), zero(), cs[d]}, true
	}
	switch t := e.(type) {
	case *Mul:
		g := growth{zero(), zero(), zero(), One}
		for _, f := range t.args {
			h, ok := growthOf(f, x)
			if !ok {
				return g, false
			}
			g.alpha.Add(g.alpha, h.alpha)
			g.beta.Add(g.beta, h.beta)
			g.lg.Add(g.lg, h.lg)
			if g.c == nil || h.c == nil {
				g.c = nil
			} else {
				g.c = NewMul(g.c, h.c)
			}
		}
		return g, true
	case *Pow:
		r := toRat(t.Exp())
		if r == nil || Has(t.Exp(), x) {
			return growth{}, false
		}
		h, ok := growthOf(t.Base(), x)
		if !ok || h.c == nil {
			return h, false
		}
		if IsPositive(h.c) != True && !isInt(t.Exp(), -1) {
			if _, ok := t.Exp().(*Integer); !ok {
				return h, false
			}
		}
		return growth{new(big.Rat).Mul(h.alpha, r), new(big.Rat).Mul(h.beta, r), new(big.Rat).Mul(h.lg, r), NewPow(h.c, t.Exp())}, true
	case *Func:
		if len(t.args) != 1 {
			break
		}
		switch t.def.Name {
		case "exp":
			cs, ok := polyCoeffs(t.args[0], x)
			if !ok || len(cs) != 2 {
				break
			}
			a := toRat(cs[1])
			if a == nil {
				break
			}
			return growth{new(big.Rat).Set(a), zero(), zero(), call("exp", cs[0])}, true
		case "log":
			b, ex := AsBaseExp(t.args[0])
			if r := toRat(ex); Equal(b, x) && r != nil && r.Sign() != 0 {
				c := One
				if r.Sign() < 0 {
					c = NegOne
				}
				return growth{zero(), zero(), big.NewRat(1, 1), c}, true
			}
		case "sin", "cos":
			if IsReal(t.args[0]) == True || isRealPoly(t.args[0], x) {
				return growth{zero(), zero(), zero(), nil}, true
			}
		}
	}
	return growth{}, false
}

// limitGrowth handles products of powers, exponentials and logs at
// infinity.
func limitGrowth(e Expr, x *Symbol, neg bool) (Expr, bool) {
	if neg {
		e = SubsPairs(e, [][2]Expr{{x, Neg(x)}})
	}
	if !hasExpOrLog(e) && !hasKindFunc(e, "sin", "cos") {
		return nil, false
	}
	g, ok := growthOf(e, x)
	if !ok {
		return nil, false
	}
	s := g.alpha.Sign()
	if s == 0 {
		s = g.beta.Sign()
	}
	if s == 0 {
		s = g.lg.Sign()
	}
	switch {
	case s < 0:
		return Zero, true
	case g.c == nil:
		return nil, false
	case s == 0:
		return g.c, true
	}
	switch {
	case IsPositive(g.c) == True:
		return Oo, true
	case IsNegative(g.c) == True:
		return NegOo, true
	}
	return nil, false
}

func hasExpOrLog(e Expr) bool {
	if f, ok := e.(*Func); ok && (f.def.Name == "exp" || f.def.Name == "log") {
		return true
	}
	for _, a := range e.Args() {
		if hasExpOrLog(a) {
			return true
		}
	}
	return false
}

func hasKindFunc(e Expr, names ...string) bool {
	if f, ok := e.(*Func); ok {
		for _, n := range names {
			if f.def.Name == n {
				return true
			}
		}
	}
	for _, a := range e.Args() {
		if hasKindFunc(a, names...) {
			return true
		}
	}
	return false
}

// isRealPoly reports whether e is a polynomial in x with real numeric
// coefficients.
func isRealPoly(e Expr, x *Symbol) bool {
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return false
	}
	for _, c := range cs {
		if IsReal(c) != True {
			return false
		}
	}
	return true
}
