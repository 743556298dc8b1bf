package engine

import (
	"math/big"
	"slices"
)

// This file holds the transformation rules of Fu, Zhong and Zeng's
// trigonometric simplification as SymPy's simplify/fu.py writes them
// (TR1 ... TR22, TRmorrie), the ones futrig chains: each is a bottom-up
// rewrite of the nodes it names, and futrig (trigsimp.go) keeps a rule's
// result only when it scores better.

// trigFuncs are SymPy's TrigonometricFunction classes.
var trigFuncs = []*FuncDef{fnSin, fnCos, fnTan, fnCot, fnSec, fnCsc}

// hasTrig is e.has(TrigonometricFunction).
func hasTrig(e Expr) bool { return hasCallOf(e, trigFuncs...) }

// trigCount is fu's L: the number of trigonometric function nodes in e.
func trigCount(e Expr) int { return countCalls(e, trigFuncs...) }

// trigArg returns the argument of a call of d.
func trigArg(e Expr, d *FuncDef) (Expr, bool) {
	if f, ok := isCall(e, d); ok && len(f.args) == 1 {
		return f.args[0], true
	}
	return nil, false
}

// callDef returns the definition of a function call, or nil.
func callDef(e Expr) *FuncDef {
	if f, ok := e.(*Func); ok {
		return f.def
	}
	return nil
}

// powIntExp splits an integer power b**n; ok is false for other nodes.
func powIntExp(e Expr) (Expr, int64, bool) {
	p, ok := e.(*Pow)
	if !ok {
		return nil, 0, false
	}
	z, ok := p.Exp().(*Integer)
	if !ok || !z.IsInt64() {
		return nil, 0, false
	}
	return p.Base(), z.Int64(), true
}

// pyMod is Python's n % m for m > 0.
func pyMod(n, m int64) int64 {
	r := n % m
	if r < 0 {
		r += m
	}
	return r
}

// pyFloorDiv is Python's n // m for m > 0.
func pyFloorDiv(n, m int64) int64 { return (n - pyMod(n, m)) / m }

// tr1 rewrites sec and csc as 1/cos and 1/sin.
func tr1(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		if a, ok := trigArg(rv, fnSec); ok {
			return Div(One, fnCos.call(a))
		}
		if a, ok := trigArg(rv, fnCsc); ok {
			return Div(One, fnSin.call(a))
		}
		return rv
	})
}

// tr2 rewrites tan and cot as sin/cos and cos/sin.
func tr2(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		if a, ok := trigArg(rv, fnTan); ok {
			return Div(fnSin.call(a), fnCos.call(a))
		}
		if a, ok := trigArg(rv, fnCot); ok {
			return Div(fnCos.call(a), fnSin.call(a))
		}
		return rv
	})
}

// powItem is one entry of as_powers_dict.
type powItem struct {
	b, e Expr
}

// powersDict is as_powers_dict(): a product's bases with their summed
// exponents, in the order first seen.
func powersDict(e Expr) []powItem { return groupPowers(mulArgs(e)) }

// groupPowers sums the exponents of the factors' common bases, bases in
// the order first seen.
func groupPowers(fs []Expr) []powItem {
	var out []powItem
	for _, f := range fs {
		b, x := AsBaseExp(f)
		if i := slices.IndexFunc(out, func(p powItem) bool { return Equal(p.b, b) }); i >= 0 {
			out[i].e = NewAdd(out[i].e, x)
			continue
		}
		out = append(out, powItem{b, x})
	}
	return out
}

// tr2i rewrites ratios of sin and cos of one argument with equal
// exponents as powers of tan (TR2i with half=False).
func tr2i(e Expr) Expr {
	return bottomUp(e, tr2iNode)
}

func tr2iNode(rv Expr) Expr {
	if _, ok := rv.(*Mul); !ok {
		return rv
	}
	n, d := asNumerDenom(rv)
	if len(n.Args()) == 0 || len(d.Args()) == 0 {
		return rv
	}
	ok := func(k, e Expr) bool {
		return (IsIntegerValued(e) == True || IsPositive(k) == True) && isCallOf(k, fnSin, fnCos)
	}
	split := func(items []powItem) (keep, done []powItem) {
		for _, it := range items {
			if ok(it.b, it.e) {
				keep = append(keep, it)
			} else {
				done = append(done, it)
			}
		}
		return
	}
	nk, ndone := split(powersDict(n))
	if len(nk) == 0 {
		return rv
	}
	dk, ddone := split(powersDict(d))
	if len(dk) == 0 {
		return rv
	}
	find := func(items []powItem, b Expr) int {
		return slices.IndexFunc(items, func(p powItem) bool { return p.e != nil && Equal(p.b, b) })
	}
	var t []Expr
	for i := range nk {
		k := nk[i]
		if k.e == nil {
			continue
		}
		if a, isSin := trigArg(k.b, fnSin); isSin {
			if j := find(dk, newFunc(fnCos, []Expr{a})); j >= 0 && Equal(dk[j].e, k.e) {
				t = append(t, NewPow(fnTan.call(a), k.e))
				nk[i].e, dk[j].e = nil, nil
			}
		} else if a, isCos := trigArg(k.b, fnCos); isCos {
			if j := find(dk, newFunc(fnSin, []Expr{a})); j >= 0 && Equal(dk[j].e, k.e) {
				t = append(t, NewPow(fnTan.call(a), Neg(k.e)))
				nk[i].e, dk[j].e = nil, nil
			}
		}
	}
	if len(t) == 0 {
		return rv
	}
	pows := func(items []powItem) []Expr {
		var out []Expr
		for _, it := range items {
			if it.e != nil && !isZeroInt(it.e) {
				out = append(out, NewPow(it.b, it.e))
			}
		}
		return out
	}
	r := Div(NewMul(append(t, pows(nk)...)...), NewMul(pows(dk)...))
	return NewMul(r, Div(NewMul(pows(ndone)...), NewMul(pows(ddone)...)))
}

// tr3 writes trigonometric functions of numeric angles between pi/4 and
// pi/2 as their co-functions of pi/2 - angle, after signsimp of the
// argument.
func tr3(e Expr) Expr {
	co := map[*FuncDef]*FuncDef{fnCos: fnSin, fnSin: fnCos, fnTan: fnCot, fnCot: fnTan, fnSec: fnCsc, fnCsc: fnSec}
	return bottomUp(e, func(rv Expr) Expr {
		f, ok := rv.(*Func)
		if !ok || !isCallOf(rv, trigFuncs...) {
			return rv
		}
		rv = f.def.call(Signsimp(f.args[0]))
		f, ok = rv.(*Func)
		if !ok || !isCallOf(rv, trigFuncs...) {
			return rv
		}
		a := f.args[0]
		if IsPositive(Sub(a, Div(Pi, NewInt(4)))) == True && IsPositive(Sub(Div(Pi, Two), a)) == True {
			return co[f.def].call(Sub(Div(Pi, Two), a))
		}
		return rv
	})
}

// tr56 is _TR56: f(x)**n for n in 2..max rewritten with h(g(x)**2)
// (pow=False).
func tr56(e Expr, f, g *FuncDef, h func(Expr) Expr, max int64) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		b, n, ok := powIntExp(rv)
		if !ok {
			return rv
		}
		a, ok := trigArg(b, f)
		if !ok || n < 0 || n > max || n == 1 {
			return rv
		}
		sq := h(NewPow(g.call(a), Two))
		switch {
		case n == 2:
			return sq
		case pyMod(n, 2) == 1:
			return NewMul(f.call(a), NewPow(sq, NewInt(pyFloorDiv(n, 2))))
		case n == 4:
			return NewPow(sq, Two)
		}
		return rv
	})
}

func oneMinus(x Expr) Expr { return Sub(One, x) }
func onePlus(x Expr) Expr  { return NewAdd(One, x) }
func minusOne(x Expr) Expr { return Sub(x, One) }

// tr5 rewrites sin(x)**2 as 1 - cos(x)**2 (powers up to 4).
func tr5(e Expr) Expr { return tr56(e, fnSin, fnCos, oneMinus, 4) }

// tr6 rewrites cos(x)**2 as 1 - sin(x)**2 (powers up to 4).
func tr6(e Expr) Expr { return tr56(e, fnCos, fnSin, oneMinus, 4) }

// tr8 rewrites products and powers of sin and cos as sums.
func tr8(e Expr) Expr { return tr8x(e, true) }

func tr8x(e Expr, first bool) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		_, isMul := rv.(*Mul)
		if !isMul {
			p, ok := rv.(*Pow)
			if !ok || !isCallOf(p.Base(), fnCos, fnSin) || !(IsIntegerValued(p.Exp()) == True || IsPositive(p.Base()) == True) {
				return rv
			}
		}
		if first {
			n, d := asNumerDenom(rv)
			n, d = expandMulDeep(n), expandMulDeep(d)
			newn, newd := tr8x(n, false), tr8x(d, false)
			if !Equal(newn, n) || !Equal(newd, d) {
				rv = gcdTermsFull(Div(newn, newd))
				if m, ok := rv.(*Mul); ok && len(m.args) == 2 && IsRational(m.args[0]) {
					if _, ok := m.args[1].(*Add); ok {
						rv = NewMul(m.args[0], m.args[1])
					}
				}
			}
			return rv
		}
		var cs, ss, other []Expr
		for _, a := range mulArgs(rv) {
			if x, ok := trigArg(a, fnCos); ok {
				cs = append(cs, x)
			} else if x, ok := trigArg(a, fnSin); ok {
				ss = append(ss, x)
			} else if b, n, ok := powIntExp(a); ok && n > 0 && isCallOf(b, fnCos, fnSin) {
				x := b.Args()[0]
				for range n {
					if callDef(b) == fnCos {
						cs = append(cs, x)
					} else {
						ss = append(ss, x)
					}
				}
			} else {
				other = append(other, a)
			}
		}
		if !(len(cs) > 0 && len(ss) > 0 || len(cs) > 1 || len(ss) > 1) {
			return rv
		}
		for range min(len(cs), len(ss)) {
			a1, a2 := popExpr(&ss), popExpr(&cs)
			other = append(other, Div(NewAdd(fnSin.call(NewAdd(a1, a2)), fnSin.call(Sub(a1, a2))), Two))
		}
		for len(cs) > 1 {
			a1, a2 := popExpr(&cs), popExpr(&cs)
			other = append(other, Div(NewAdd(fnCos.call(NewAdd(a1, a2)), fnCos.call(Sub(a1, a2))), Two))
		}
		if len(cs) > 0 {
			other = append(other, fnCos.call(popExpr(&cs)))
		}
		for len(ss) > 1 {
			a1, a2 := popExpr(&ss), popExpr(&ss)
			other = append(other, Div(NewAdd(Neg(fnCos.call(NewAdd(a1, a2))), fnCos.call(Sub(a1, a2))), Two))
		}
		if len(ss) > 0 {
			other = append(other, fnSin.call(popExpr(&ss)))
		}
		return tr8(expandMulDeep(NewMul(other...)))
	})
}

// splitLastTerm splits a sum into its last term (in ordered() order
// when first, else as stored) and the sum of the others, as TR10 and
// TR12 take args.pop() and Add._from_args of the rest.
func splitLastTerm(arg Expr, first bool) (last, rest Expr, ok bool) {
	ad, ok := arg.(*Add)
	if !ok {
		return nil, nil, false
	}
	args := slices.Clone(ad.args)
	if first {
		Ordered(args)
	}
	return args[len(args)-1], addRest(args[:len(args)-1]), true
}

// popExpr removes and returns the last element, as Python's list.pop().
func popExpr(xs *[]Expr) Expr {
	v := (*xs)[len(*xs)-1]
	*xs = (*xs)[:len(*xs)-1]
	return v
}

// siftExprs splits xs into the elements for which pred holds and the
// others, each in order (sympy.utilities.iterables.sift with binary=True).
func siftExprs(xs []Expr, pred func(Expr) bool) (yes, no []Expr) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return yes, no
}

// tr10 expands sin and cos of sums.
func tr10(e Expr) Expr { return tr10x(e, true) }

func tr10x(e Expr, first bool) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		f := callDef(rv)
		if f != fnCos && f != fnSin {
			return rv
		}
		a, b, ok := splitLastTerm(rv.Args()[0], first)
		if !ok {
			return rv
		}
		if _, bAdd := b.(*Add); bAdd {
			if f == fnSin {
				return NewAdd(NewMul(fnSin.call(a), tr10x(fnCos.call(b), false)), NewMul(fnCos.call(a), tr10x(fnSin.call(b), false)))
			}
			return Sub(NewMul(fnCos.call(a), tr10x(fnCos.call(b), false)), NewMul(fnSin.call(a), tr10x(fnSin.call(b), false)))
		}
		if f == fnSin {
			return NewAdd(NewMul(fnSin.call(a), fnCos.call(b)), NewMul(fnCos.call(a), fnSin.call(b)))
		}
		return Sub(NewMul(fnCos.call(a), fnCos.call(b)), NewMul(fnSin.call(a), fnSin.call(b)))
	})
}

// tr11 expands sin and cos of even multiples: sin(2*x) = 2*sin(x)*cos(x).
func tr11(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		f := callDef(rv)
		if f != fnCos && f != fnSin {
			return rv
		}
		arg := rv.Args()[0]
		if IsNumber(arg) {
			return rv
		}
		c, m := asCoeffMulRational(arg)
		r := toRat(c)
		if r == nil || r.Num().Bit(0) != 0 {
			return rv
		}
		// c.p // 2 * m / c.q
		hp := new(big.Int).Quo(r.Num(), big.NewInt(2))
		half := Div(NewMul(NewBigInt(hp), m), NewBigInt(r.Denom()))
		cc, ss := tr11(fnCos.call(half)), tr11(fnSin.call(half))
		if f == fnSin {
			return NewMul(Two, ss, cc)
		}
		return Sub(NewPow(cc, Two), NewPow(ss, Two))
	})
}

// tr11Base is TR11(rv, base): sin and cos of 2*base are expanded in
// terms of base.
func tr11Base(e, base Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		f := callDef(rv)
		if f != fnCos && f != fnSin {
			return rv
		}
		t := f.call(NewMul(base, Two))
		co := Expr(One)
		if _, ok := t.(*Mul); ok {
			co, t = AsCoeffMul(t)
		}
		if !isCallOf(t, fnCos, fnSin) {
			return rv
		}
		if !Equal(rv.Args()[0], t.Args()[0]) {
			return rv
		}
		c, s := fnCos.call(base), fnSin.call(base)
		if f == fnCos {
			return Div(Sub(NewPow(c, Two), NewPow(s, Two)), co)
		}
		return Div(NewMul(Two, c, s), co)
	})
}

// tr11Ratio is _TR11: sin(2*x) over cos(x) or sin(x) (or the other way
// round) is expanded so the two can cancel.
func tr11Ratio(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		sincosArgs := func(flat Expr) (sins, coss []Expr) {
			for _, fi := range mulArgs(flat) {
				b, x := AsBaseExp(fi)
				if z, ok := x.(*Integer); ok && z.Sign() > 0 {
					if a, ok := trigArg(b, fnSin); ok && indexExpr(sins, a) < 0 {
						sins = append(sins, a)
					} else if a, ok := trigArg(b, fnCos); ok && indexExpr(coss, a) < 0 {
						coss = append(coss, a)
					}
				}
			}
			return
		}
		n, d := asNumerDenom(rv)
		nSin, nCos := sincosArgs(n)
		dSin, dCos := sincosArgs(d)
		match := func(rv Expr, numSin []Expr, denSin, denCos *[]Expr) Expr {
			for _, narg := range numSin {
				half := Div(narg, Two)
				var set *[]Expr
				if indexExpr(*denCos, half) >= 0 {
					set = denCos
				} else if indexExpr(*denSin, half) >= 0 {
					set = denSin
				} else {
					continue
				}
				rv = tr11Base(rv, half)
				i := indexExpr(*set, half)
				*set = slices.Delete(*set, i, i+1)
			}
			return rv
		}
		rv = match(rv, nSin, &dSin, &dCos)
		return match(rv, dSin, &nSin, &nCos)
	})
}

// tr12 expands tan of sums.
func tr12(e Expr) Expr { return tr12x(e, true) }

func tr12x(e Expr, first bool) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		if callDef(rv) != fnTan {
			return rv
		}
		a, b, ok := splitLastTerm(rv.Args()[0], first)
		if !ok {
			return rv
		}
		var tb Expr
		if _, bAdd := b.(*Add); bAdd {
			tb = tr12x(fnTan.call(b), false)
		} else {
			tb = fnTan.call(b)
		}
		ta := fnTan.call(a)
		return Div(NewAdd(ta, tb), Sub(One, NewMul(ta, tb)))
	})
}

// tr15 rewrites negative powers of sin with cot: sin(x)**-2 = 1 + cot(x)**2.
func tr15(e Expr) Expr { return tr1516(e, fnSin, fnCot) }

// tr16 rewrites negative powers of cos with tan. Odd powers go through
// TR15, as SymPy's TR16 does.
func tr16(e Expr) Expr { return tr1516(e, fnCos, fnTan) }

func tr1516(e Expr, f, g *FuncDef) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		p, ok := rv.(*Pow)
		if !ok || !isCallOf(p.Base(), f) {
			return rv
		}
		if z, ok := p.Exp().(*Integer); ok && z.IsInt64() && pyMod(z.Int64(), 2) == 1 {
			return Div(tr15(NewPow(p.Base(), NewAdd(p.Exp(), One))), p.Base())
		}
		ia := Div(One, rv)
		if a := tr56(ia, f, g, onePlus, 4); !Equal(a, ia) {
			return a
		}
		return rv
	})
}

// tr111 rewrites negative powers of tan, sin and cos as powers of cot,
// csc and sec.
func tr111(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		p, ok := rv.(*Pow)
		if !ok {
			return rv
		}
		if !(IsPositive(p.Base()) == True || IsIntegerValued(p.Exp()) == True && IsNegative(p.Exp()) == True) {
			return rv
		}
		co := map[*FuncDef]*FuncDef{fnTan: fnCot, fnSin: fnCsc, fnCos: fnSec}[callDef(p.Base())]
		if co == nil {
			return rv
		}
		return NewPow(co.call(p.Base().Args()[0]), Neg(p.Exp()))
	})
}

// tr22 rewrites tan(x)**2 as sec(x)**2 - 1 and cot(x)**2 as csc(x)**2 - 1.
func tr22(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		p, ok := rv.(*Pow)
		if !ok || !isCallOf(p.Base(), fnCot, fnTan) {
			return rv
		}
		rv = tr56(rv, fnTan, fnSec, minusOne, 4)
		return tr56(rv, fnCot, fnCsc, minusOne, 4)
	})
}
