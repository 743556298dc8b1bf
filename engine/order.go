package engine

import "math/big"

// This file is the Order term's normal form and its arithmetic about a
// point: SymPy's Order.__new__ moves the point to 0 (x = 1/y at oo,
// -1/y at -oo, y + a at a), keeps the leading power of y, and moves
// back; a sum drops the terms an Order contains and a product multiplies
// the Order by the other factors' leading powers. dcalc takes rational
// functions and rational powers of one variable (a Puiseux leading term)
// and refuses Orders of other functions.

// orderVarPoint reads an Order's arguments: the one variable and its
// point (O(e) of one free symbol and O(e, x) are at 0, O(e, (x, p)) at
// p); ok is false for several variables.
func orderVarPoint(args []Expr) (*Symbol, Expr, bool) {
	switch len(args) {
	case 1:
		fs := FreeSymbols(args[0])
		if len(fs) != 1 {
			return nil, nil, false
		}
		return fs[0], Zero, true
	case 2:
		if x, ok := args[1].(*Symbol); ok {
			return x, Zero, true
		}
		if t, ok := args[1].(*Tuple); ok && len(t.args) == 2 {
			if x, ok := t.args[0].(*Symbol); ok && !Has(t.args[1], x) {
				return x, t.args[1], true
			}
		}
	}
	return nil, nil, false
}

// toLocal is x in terms of the local variable y that is 0 at p.
func toLocal(y *Symbol, p Expr) Expr {
	switch p {
	case Oo:
		return Div(One, y)
	case NegOo:
		return Div(NegOne, y)
	}
	return NewAdd(y, p)
}

// fromLocal is the local variable in terms of x: x - p, 1/x at oo,
// -1/x at -oo.
func fromLocal(x *Symbol, p Expr) Expr {
	switch p {
	case Oo:
		return Div(One, x)
	case NegOo:
		return Div(NegOne, x)
	}
	return Sub(x, p)
}

// leadExp is the exponent of y in the leading term of e at y = 0 (the
// lowest power), for products, sums and rational powers of y and
// constants; ok is false for functions of y, symbolic exponents and a
// sum that is 0.
func leadExp(e Expr, y *Symbol) (*big.Rat, bool) {
	if !Has(e, y) {
		return new(big.Rat), IsZero(e) != True
	}
	switch v := e.(type) {
	case *Symbol:
		return big.NewRat(1, 1), true
	case *Mul:
		n := new(big.Rat)
		for _, f := range v.args {
			k, ok := leadExp(f, y)
			if !ok {
				return nil, false
			}
			n.Add(n, k)
		}
		return n, true
	case *Pow:
		q := toRat(v.Exp())
		if q == nil {
			return nil, false
		}
		k, ok := leadExp(v.Base(), y)
		if !ok {
			return nil, false
		}
		return k.Mul(k, q), true
	case *Add:
		s, ok := Expand(e).(*Add)
		if !ok {
			return leadExp(Expand(e), y)
		}
		var low *big.Rat
		for _, t := range s.args {
			k, ok := leadExp(t, y)
			if !ok {
				return nil, false
			}
			if low == nil || k.Cmp(low) < 0 {
				low = k
			}
		}
		return low, true
	}
	return nil, false
}

// orderEval is Order.__new__ for one variable: O(x**2 + x) is O(x),
// O(2/x + 1/x**2, (x, oo)) is O(1/x, (x, oo)), O(x, (x, 1)) is O(1, (x,
// 1)). Several variables are kept when the expression is a product of
// their powers and refused otherwise.
func orderEval(args []Expr) Expr {
	x, p, ok := orderVarPoint(args)
	if !ok {
		if len(args) > 1 && !isMonomialIn(args[0], FreeSymbols(args[0])) {
			panic(notImpl("dcalc's Order in several variables takes a product of their powers only"))
		}
		return nil
	}
	if !IsNumber(p) && p != Oo && p != NegOo {
		return nil
	}
	y := NewDummy("y")
	n, ok := leadExp(SubsPairs(args[0], [][2]Expr{{x, toLocal(y, p)}}), y)
	if !ok {
		panic(notImpl("dcalc's Order takes rational functions and rational powers of its variable only, not " + Str(args[0])))
	}
	var body Expr = One
	if n.Sign() != 0 {
		body = NewPow(fromLocal(x, p), ratFrom(n))
	}
	if Equal(body, args[0]) {
		return nil
	}
	return newFunc(OrderDef, append([]Expr{body}, args[1:]...))
}

// isMonomialIn reports whether e is a product of a constant and powers
// of the symbols xs.
func isMonomialIn(e Expr, xs []*Symbol) bool {
	for _, f := range mulArgs(e) {
		b, _ := AsBaseExp(f)
		if s, ok := b.(*Symbol); ok && indexSym(xs, s) >= 0 {
			continue
		}
		if len(FreeSymbols(f)) > 0 {
			return false
		}
	}
	return true
}

func indexSym(xs []*Symbol, s *Symbol) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// orderLocal reads a one-variable Order in normal form: its variable,
// point and the exponent n of the local variable (O(x**(-3), (x, oo))
// has n = 3).
func orderLocal(e Expr) (*Symbol, Expr, *big.Rat, bool) {
	f, ok := e.(*Func)
	if !ok || f.def != OrderDef {
		return nil, nil, nil, false
	}
	x, p, ok := orderVarPoint(f.args)
	if !ok && len(f.args) == 1 && IsNumber(f.args[0]) {
		return nil, Zero, new(big.Rat), true // O(1)
	}
	if !ok {
		return nil, nil, nil, false
	}
	y := NewDummy("y")
	n, ok := leadExp(SubsPairs(f.args[0], [][2]Expr{{x, toLocal(y, p)}}), y)
	if !ok {
		return nil, nil, nil, false
	}
	return x, p, n, true
}

// orderSubs is Order._eval_subs for its variable x replaced by nw in one
// symbol v: the point moves where nw takes it (O(x**3).subs(x, 1/x) is
// O(x**(-3), (x, oo)): x = 1/d gives d = 1/x, whose limit at the old
// point 0 is oo). Only a symbol, a linear a*v + b and c/v are inverted;
// ok is false when old is not the Order's variable.
func orderSubs(f *Func, old, nw Expr) (Expr, bool) {
	x, p, ok := orderVarPoint(f.args)
	if !ok || !Equal(old, x) {
		return nil, false
	}
	body := subs1(f.args[0], old, nw)
	build := func(v *Symbol, pt Expr) Expr {
		if isZeroInt(pt) {
			return MustApply(OrderDef, body, v)
		}
		return MustApply(OrderDef, body, NewTuple(v, pt))
	}
	if v, ok := nw.(*Symbol); ok {
		return build(v, p), true
	}
	fs := FreeSymbols(nw)
	if len(fs) != 1 {
		panic(notImpl("dcalc's Order.subs takes a replacement in one symbol only"))
	}
	v := fs[0]
	var at Expr
	if p == Oo || p == NegOo {
		r, err := Limit(nw, v, p, "+")
		if err != nil {
			panic(err)
		}
		at = r
	} else {
		at = SubsPairs(nw, [][2]Expr{{v, p}})
	}
	if Equal(at, p) {
		return build(v, p), true
	}
	// old = nw(d) solved for d, then its limit as old tends to the point
	d := NewDummy("d")
	var inv Expr
	if cs, ok := polyCoeffs(nw, v); ok && len(cs) == 2 {
		inv = Div(Sub(d, cs[0]), cs[1])
	} else if c := Div(nw, Div(One, v)); !Has(c, v) {
		inv = Div(c, d)
	} else {
		panic(notImpl("dcalc's Order.subs inverts a linear replacement or c/x only, not " + Str(nw)))
	}
	np, err := Limit(inv, d, p, "+")
	if err != nil {
		panic(err)
	}
	return build(v, np), true
}
