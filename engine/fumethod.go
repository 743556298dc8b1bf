package engine

import "slices"

// This file is trigsimp(method='fu'): SymPy's fu() — Fu, Zhong and Zeng's
// rule lists RL1 (for tan and cot) and RL2 (for sin and cos) applied
// greedily, measured by (number of trigonometric functions, count_ops) —
// with the rules only it uses (TR0, TR7, TR9, TR13).

// fuMeasureLess compares fu's default measure (L(x), count_ops(x)).
func fuMeasureLess(a, b Expr) bool {
	la, lb := trigCount(a), trigCount(b)
	if la != lb {
		return la < lb
	}
	return CountOps(a) < CountOps(b)
}

// tr0 is TR0: normal, factor, expand.
func tr0(e Expr) Expr { return Expand(mustFactor(normalForm(e))) }

// tr7 lowers cos(x)**2 to (1 + cos(2*x))/2.
func tr7(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		b, n, ok := powIntExp(rv)
		if !ok || n != 2 {
			return rv
		}
		a, ok := trigArg(b, fnCos)
		if !ok {
			return rv
		}
		return Div(NewAdd(One, fnCos.call(NewMul(Two, a))), Two)
	})
}

// tr9 writes sums of two cos or two sin as products.
func tr9(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		ad, ok := rv.(*Add)
		if !ok {
			return rv
		}
		return processCommonAddendsBy(ad, tr9Do, false)
	})
}

func tr9Do(terms []Expr) (Expr, bool) {
	args := slices.Clone(terms)
	Ordered(args)
	if len(args) != 2 {
		return pairsDo(args, tr9Do)
	}
	gcd, a, b, n1, n2, ok := splitPair(args[0], args[1])
	if !ok || !isCallOf(a, fnCos, fnSin) || !isCallOf(b, fnCos, fnSin) {
		return nil, false
	}
	// trig_split(two=False): bare cos and sin only, the cos first
	if callDef(a) != fnCos && callDef(b) == fnCos {
		a, b = b, a
		n1, n2 = n2, n1
	}
	if callDef(a) != callDef(b) {
		return nil, false
	}
	x, y := a.Args()[0], b.Args()[0]
	half := func(u Expr) Expr { return Div(u, Two) }
	if callDef(a) == fnCos {
		if n1 == n2 {
			return NewMul(gcd, NewInt(int64(n1)), Two, fnCos.call(half(NewAdd(x, y))), fnCos.call(half(Sub(x, y)))), true
		}
		if n1 < 0 {
			x, y = y, x
		}
		return NewMul(NewInt(-2), gcd, fnSin.call(half(NewAdd(x, y))), fnSin.call(half(Sub(x, y)))), true
	}
	if n1 == n2 {
		return NewMul(gcd, NewInt(int64(n1)), Two, fnSin.call(half(NewAdd(x, y))), fnCos.call(half(Sub(x, y)))), true
	}
	if n1 < 0 {
		x, y = y, x
	}
	return NewMul(Two, gcd, fnCos.call(half(NewAdd(x, y))), fnSin.call(half(Sub(x, y)))), true
}

// tr13 rewrites products of two tan (or two cot) with the addition
// formula.
func tr13(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		if _, ok := rv.(*Mul); !ok {
			return rv
		}
		var t, c, other []Expr
		for _, a := range mulArgs(rv) {
			if x, ok := trigArg(a, fnTan); ok {
				t = append(t, x)
			} else if x, ok := trigArg(a, fnCot); ok {
				c = append(c, x)
			} else {
				other = append(other, a)
			}
		}
		if len(t) < 2 && len(c) < 2 {
			return rv
		}
		for len(t) > 1 {
			t1, t2 := popExpr(&t), popExpr(&t)
			s := fnTan.call(NewAdd(t1, t2))
			other = append(other, Sub(One, NewAdd(Div(fnTan.call(t1), s), Div(fnTan.call(t2), s))))
		}
		if len(t) > 0 {
			other = append(other, fnTan.call(popExpr(&t)))
		}
		for len(c) > 1 {
			t1, t2 := popExpr(&c), popExpr(&c)
			s := fnCot.call(NewAdd(t1, t2))
			other = append(other, NewAdd(One, NewMul(fnCot.call(t1), s), NewMul(fnCot.call(t2), s)))
		}
		if len(c) > 0 {
			other = append(other, fnCot.call(popExpr(&c)))
		}
		return NewMul(other...)
	})
}

// The rule lists of fu.py; TR4 (special angles) is the identity here,
// as dcalc evaluates those angles on construction.
var (
	fuBestM = func(rs ...fuRule) fuRule { return fuBestBy(fuMeasureLess, rs...) }
	ctr1    = fuBestM(fuChain(tr5, tr0), fuChain(tr6, tr0), fuIdentity)
	ctr2    = fuChain(tr11, fuBestM(fuChain(tr5, tr0), fuChain(tr6, tr0), tr0))
	ctr3    = fuBestM(fuChain(trMorrie, tr8, tr0), fuChain(trMorrie, tr8, tr10i, tr0), fuIdentity)
	ctr4    = fuBestM(tr10i, fuIdentity)
	rl1     = fuChain(tr3, tr12, tr13, tr0)
	rl2     = fuBestM(
		fuChain(tr3, tr10, tr3, tr11),
		fuChain(tr5, tr7, tr11),
		fuChain(ctr3, ctr1, tr9, ctr2, tr9, tr9, ctr4),
		fuIdentity)
)

// Fu is SymPy's fu(rv) with its default measure.
func Fu(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	was := e
	rv := tr1(e)
	if hasCallOf(rv, fnTan, fnCot) {
		if rv1 := rl1(rv); fuMeasureLess(rv1, rv) {
			rv = rv1
		}
		if hasCallOf(rv, fnTan, fnCot) {
			rv = tr2(rv)
		}
	}
	if hasCallOf(rv, fnSin, fnCos) {
		rv1 := rl2(rv)
		rv2 := tr8(trMorrie(rv1))
		rv = fuBestM(
			func(Expr) Expr { return was }, func(Expr) Expr { return rv },
			func(Expr) Expr { return rv1 }, func(Expr) Expr { return rv2 })(nil)
	}
	return fuBestM(tr2i, fuIdentity)(rv), nil
}
