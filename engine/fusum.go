package engine

import (
	"math/big"
	"slices"
)

// This file holds the fu rules that look at pairs of terms or factors
// (TR10i, TR14, TRmorrie) and SymPy's Factors, which they use to split
// two terms into their common part and the rest.

// fuFactors is SymPy's exprtools.Factors with exponents that may be
// rational (sqrt(2) is 2**(1/2)): bases in insertion order.
type fuFactors struct {
	b, e []Expr
}

func (f *fuFactors) index(b Expr) int { return indexExpr(f.b, b) }

func (f *fuFactors) add(b, e Expr) {
	if i := f.index(b); i >= 0 {
		f.e[i] = NewAdd(f.e[i], e)
		return
	}
	f.b, f.e = append(f.b, b), append(f.e, e)
}

// newFuFactors is Factors(e).
func newFuFactors(e Expr) *fuFactors {
	f := &fuFactors{}
	switch {
	case isInt(e, 1):
		return f
	case IsNumber(e):
		r := toRat(e)
		if r == nil {
			f.add(e, One)
			return f
		}
		if r.Sign() < 0 {
			f.add(NegOne, One)
			r = new(big.Rat).Abs(r)
		}
		if r.IsInt() {
			if !r.Num().IsInt64() || r.Num().Int64() != 1 {
				f.add(NewBigInt(r.Num()), One)
			}
			return f
		}
		if !r.Num().IsInt64() || r.Num().Int64() != 1 {
			f.add(NewBigInt(r.Num()), One)
		}
		f.add(NewBigInt(r.Denom()), NegOne)
		return f
	case len(e.Args()) == 0:
		f.add(e, One)
		return f
	}
	nI := 0
	var c []Expr
	args := mulArgs(e)
	if s, ok := numSign(args[0]); ok && s < 0 && IsNumber(args[0]) && !isInt(args[0], -1) {
		// args_cnc(split_1=True): -3*x is [-1, 3, x]
		args = append([]Expr{NegOne, Neg(args[0])}, args[1:]...)
	}
	for _, a := range args {
		if a == Expr(I) {
			nI++
			continue
		}
		c = append(c, a)
	}
	for _, it := range groupPowers(c) {
		if r, ok := it.b.(*Rational); ok {
			f.add(NewBigInt(r.r.Num()), it.e)
			f.add(NewBigInt(r.r.Denom()), Neg(it.e))
			continue
		}
		f.add(it.b, it.e)
	}
	if nI > 0 {
		f.add(I, NewInt(int64(nI)))
	}
	return f.tidy()
}

// tidy is the dictionary branch of Factors(): zero exponents dropped,
// 1 removed, -1 kept only to an odd power.
func (f *fuFactors) tidy() *fuFactors {
	out := &fuFactors{}
	for i, b := range f.b {
		e := f.e[i]
		if isZeroInt(e) || isInt(b, 1) {
			continue
		}
		if isInt(b, -1) {
			if z, ok := e.(*Integer); ok {
				if z.Big().Bit(0) == 1 {
					out.add(NegOne, One)
				}
				continue
			}
		}
		out.add(b, e)
	}
	return out
}

// normal is Factors.normal: common bases cancelled between f and o.
func (f *fuFactors) normal(o *fuFactors) (*fuFactors, *fuFactors, bool) {
	sf, of := &fuFactors{}, &fuFactors{}
	for i, b := range f.b {
		j := o.index(b)
		if j < 0 {
			sf.add(b, f.e[i])
			continue
		}
		d := Sub(f.e[i], o.e[j])
		if !IsNumber(d) {
			return nil, nil, false
		}
		if s, _ := numSign(d); s > 0 {
			sf.add(b, d)
		} else if s < 0 {
			of.add(b, Neg(d))
		}
	}
	for j, b := range o.b {
		if f.index(b) < 0 {
			of.add(b, o.e[j])
		}
	}
	return sf.tidy(), of.tidy(), true
}

// gcd is Factors.gcd: common bases at the smaller exponent.
func (f *fuFactors) gcd(o *fuFactors) *fuFactors {
	g := &fuFactors{}
	for i, b := range f.b {
		j := o.index(b)
		if j < 0 {
			continue
		}
		switch IsNegative(Sub(f.e[i], o.e[j])) {
		case True:
			g.add(b, f.e[i])
		case False:
			g.add(b, o.e[j])
		}
	}
	return g.tidy()
}

// without returns f without base b (Factors.quo(b) for a base at
// exponent one).
func (f *fuFactors) without(b Expr) *fuFactors {
	out := &fuFactors{}
	for i, k := range f.b {
		if !Equal(k, b) {
			out.add(k, f.e[i])
		}
	}
	return out
}

// asExpr is Factors.as_expr.
func (f *fuFactors) asExpr() Expr {
	args := make([]Expr, 0, len(f.b))
	for i, b := range f.b {
		e := f.e[i]
		switch {
		case isInt(e, 1):
			args = append(args, b)
		case IsInteger(e):
			bb, be := AsBaseExp(b)
			args = append(args, NewPow(bb, keepCoeff(e, be, true, false)))
		default:
			args = append(args, NewPow(b, e))
		}
	}
	return NewMul(args...)
}

// splitPair is the start of trig_split and as_f_sign_1: a and b with
// their gcd taken out, a -1 factor moved to the signs n1, n2.
func splitPair(a, b Expr) (gcd Expr, ra, rb Expr, n1, n2 int, ok bool) {
	fa, fb := newFuFactors(a), newFuFactors(b)
	ua, ub, ok := fa.normal(fb)
	if !ok {
		return nil, nil, nil, 0, 0, false
	}
	gcd = fa.gcd(fb).asExpr()
	n1, n2 = 1, 1
	if ua.index(NegOne) >= 0 {
		ua, n1 = ua.without(NegOne), -1
	} else if ub.index(NegOne) >= 0 {
		ub, n2 = ub.without(NegOne), -1
	}
	return gcd, ua.asExpr(), ub.asExpr(), n1, n2, true
}

// cosSin is pow_cos_sin's result: an optional radical coefficient and
// the cos and sin factors (either may hold the other function when both
// factors are of one kind).
type cosSin struct {
	co, c, s Expr
}

func powCosSin(a Expr) (cosSin, bool) {
	var r cosSin
	isHalfPow := func(x Expr) bool {
		p, ok := x.(*Pow)
		return ok && isHalf(p.Exp())
	}
	if _, ok := a.(*Mul); ok {
		co, a := AsCoeffMul(a)
		if len(a.Args()) > 2 {
			return r, false
		}
		args := mulArgs(a)
		first := args[0]
		switch {
		case isCallOf(first, fnCos):
			r.c = first
		case isCallOf(first, fnSin):
			r.s = first
		case isHalfPow(first):
			co = NewMul(co, first)
		default:
			return r, false
		}
		if len(args) > 1 {
			b := args[1]
			switch {
			case isCallOf(b, fnCos):
				if r.c != nil {
					r.s = b
				} else {
					r.c = b
				}
			case isCallOf(b, fnSin):
				if r.s != nil {
					r.c = b
				} else {
					r.s = b
				}
			case isHalfPow(b):
				co = NewMul(co, b)
			default:
				return r, false
			}
		}
		if !isInt(co, 1) {
			r.co = co
		}
		return r, true
	}
	switch {
	case isCallOf(a, fnCos):
		r.c = a
	case isCallOf(a, fnSin):
		r.s = a
	default:
		return r, false
	}
	return r, true
}

// trigSplitResult is trig_split's tuple.
type trigSplitResult struct {
	gcd    Expr
	n1, n2 int
	a, b   Expr
	same   bool
}

// trigSplit is trig_split(a, b, two=True): a and b recognised as the two
// terms of cos(a -+ b) or sin(a +- b) expanded, or as a multiple of
// sin(x + pi/4), sin(x + pi/3) or sin(x + pi/6).
func trigSplit(a, b Expr) (trigSplitResult, bool) {
	var no trigSplitResult
	gcd, a, b, n1, n2, ok := splitPair(a, b)
	if !ok {
		return no, false
	}
	ma, ok := powCosSin(a)
	if !ok {
		return no, false
	}
	mb, ok := powCosSin(b)
	if !ok {
		return no, false
	}
	if ma.c == nil && mb.c != nil || ma.c != nil && isCallOf(ma.c, fnSin) {
		ma, mb = mb, ma
		n1, n2 = n2, n1
	}
	if ma.co == nil && mb.co == nil && ma.c != nil && mb.c != nil && ma.s != nil && mb.s != nil {
		if (callDef(ma.c) == callDef(ma.s)) != (callDef(mb.c) == callDef(mb.s)) {
			return no, false
		}
		args := []Expr{ma.c.Args()[0], ma.s.Args()[0]}
		if indexExpr(args, mb.c.Args()[0]) < 0 || indexExpr(args, mb.s.Args()[0]) < 0 {
			return no, false
		}
		return trigSplitResult{gcd, n1, n2, ma.c.Args()[0], ma.s.Args()[0], callDef(ma.c) == callDef(ma.s)}, true
	}
	if ma.c != nil && ma.s != nil || mb.c != nil && mb.s != nil || ma.c == nil && ma.s == nil || mb.c == nil && mb.s == nil {
		return no, false
	}
	c, s := ma.c, mb.c
	if c == nil {
		c = ma.s
	}
	if s == nil {
		s = mb.s
	}
	if !Equal(c.Args()[0], s.Args()[0]) {
		return no, false
	}
	coa, cob := ma.co, mb.co
	if coa == nil {
		coa = One
	}
	if cob == nil {
		cob = One
	}
	root3 := NewPow(NewInt(3), Half)
	switch r := Div(coa, cob); {
	case Equal(coa, cob):
		return trigSplitResult{NewMul(gcd, NewPow(Two, Half)), n1, n2, c.Args()[0], Div(Pi, NewInt(4)), false}, true
	case Equal(r, root3):
		return trigSplitResult{NewMul(gcd, Two, cob), n1, n2, c.Args()[0], Div(Pi, NewInt(3)), false}, true
	case Equal(r, Div(One, root3)):
		return trigSplitResult{NewMul(gcd, Two, coa), n1, n2, c.Args()[0], Div(Pi, NewInt(6)), false}, true
	}
	return no, false
}

// asFSign1 is as_f_sign_1: a two-term sum written g*(f + s) with s = ±1.
func asFSign1(e Expr) (g, f Expr, s int, ok bool) {
	ad, isAdd := e.(*Add)
	if !isAdd || len(ad.args) != 2 {
		return nil, nil, 0, false
	}
	a, b := ad.args[0], ad.args[1]
	if isInt(a, 1) || isInt(a, -1) {
		g := Expr(One)
		sa := 1
		if isInt(a, -1) {
			sa = -1
		}
		if m, ok := b.(*Mul); ok && IsNumber(m.args[0]) && isNegCoeff(m.args[0]) {
			b, sa, g = Neg(b), -sa, NegOne
		}
		return g, b, sa, true
	}
	gcd, ra, rb, n1, n2, ok := splitPair(a, b)
	if !ok {
		return nil, nil, 0, false
	}
	if isInt(ra, 1) {
		ra, rb = rb, ra
		n1, n2 = n2, n1
	}
	if n1 == -1 {
		gcd = Neg(gcd)
		n2 = -n2
	}
	if isInt(rb, 1) {
		return gcd, ra, n2, true
	}
	return nil, nil, 0, false
}

// addendGroup is one key of process_common_addends.
type addendGroup struct {
	c    Expr
	key  []*Symbol
	args []Expr
}

// processCommonAddends is process_common_addends(rv, do, key2): the
// terms grouped by their absolute coefficient and free symbols, do
// applied to each group of two or more.
func processCommonAddends(rv *Add, do func([]Expr) (Expr, bool)) Expr {
	return processCommonAddendsBy(rv, do, true)
}

// processCommonAddendsBy is process_common_addends with key2 (the free
// symbols) or without it (TR9 groups by coefficient alone).
func processCommonAddendsBy(rv *Add, do func([]Expr) (Expr, bool), bySymbols bool) Expr {
	var groups []*addendGroup
	for _, t := range rv.args {
		c, a := AsCoeffMul(t)
		if s, _ := numSign(c); s < 0 {
			c, a = Neg(c), Neg(a)
		}
		var key []*Symbol
		if bySymbols {
			key = FreeSymbols(a)
			orderedSymbols(key)
		}
		i := slices.IndexFunc(groups, func(g *addendGroup) bool {
			return Equal(g.c, c) && slices.EqualFunc(g.key, key, func(x, y *Symbol) bool { return Equal(x, y) })
		})
		if i < 0 {
			groups = append(groups, &addendGroup{c: c, key: key})
			i = len(groups) - 1
		}
		groups[i].args = append(groups[i].args, a)
	}
	hit := false
	args := make([]Expr, 0, len(groups))
	for _, g := range groups {
		if len(g.args) > 1 {
			if n, changed := do(g.args); changed {
				hit = true
				args = append(args, NewMul(g.c, n))
				continue
			}
			args = append(args, NewMul(g.c, newAdd(g.args)))
			continue
		}
		args = append(args, NewMul(g.c, g.args[0]))
	}
	if hit {
		return NewAdd(args...)
	}
	return rv
}

// orderedSymbols sorts symbols as ordered() does.
func orderedSymbols(s []*Symbol) {
	xs := make([]Expr, len(s))
	for i, v := range s {
		xs[i] = v
	}
	Ordered(xs)
	for i, v := range xs {
		s[i] = v.(*Symbol)
	}
}

// pairsDo is the first half of TR9's and TR10i's do(): with other than
// two terms, each pair in ordered() order is given to do, a changed pair
// replacing the first of its terms, and the new sum is tried again.
func pairsDo(args []Expr, do func([]Expr) (Expr, bool)) (Expr, bool) {
	hit := false
	for i := range args {
		ai := args[i]
		if ai == nil {
			continue
		}
		for j := i + 1; j < len(args); j++ {
			if args[j] == nil {
				continue
			}
			if n, changed := doSum(NewAdd(ai, args[j]), do); changed {
				args[i], args[j] = n, nil
				hit = true
				break
			}
		}
	}
	if !hit {
		return nil, false
	}
	var keep []Expr
	for _, a := range args {
		if a != nil && !isZeroInt(a) {
			keep = append(keep, a)
		}
	}
	rv := NewAdd(keep...)
	if r, ok := doSum(rv, do); ok {
		return r, true
	}
	return rv, true
}

// doSum is do() on an evaluated expression: a result equal to the
// input, or an input that is not a sum, counts as no change.
func doSum(e Expr, do func([]Expr) (Expr, bool)) (Expr, bool) {
	a, ok := e.(*Add)
	if !ok {
		return e, false
	}
	n, changed := do(a.args)
	if !changed || Equal(n, e) {
		return e, false
	}
	return n, true
}

// tr10iDo is TR10i's do(): two terms recombined into one sin or cos of
// a sum; with more terms, pairs are tried in ordered() order.
func tr10iDo(terms []Expr) (Expr, bool) {
	args := slices.Clone(terms)
	Ordered(args)
	if len(args) != 2 {
		return pairsDo(args, tr10iDo)
	}
	sp, ok := trigSplit(args[0], args[1])
	if !ok {
		return nil, false
	}
	gcd := NewMul(NewInt(int64(sp.n1)), sp.gcd)
	if sp.same {
		if sp.n1 == sp.n2 {
			return NewMul(gcd, fnCos.call(Sub(sp.a, sp.b))), true
		}
		return NewMul(gcd, fnCos.call(NewAdd(sp.a, sp.b))), true
	}
	if sp.n1 == sp.n2 {
		return NewMul(gcd, fnSin.call(NewAdd(sp.a, sp.b))), true
	}
	return NewMul(gcd, fnSin.call(Sub(sp.b, sp.a))), true
}

// tr10i combines sums of products of sin and cos into sin and cos of
// sums: cos(x)*cos(y) - sin(x)*sin(y) = cos(x + y).
func tr10i(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		ad, ok := rv.(*Add)
		if !ok {
			return rv
		}
		rv = processCommonAddends(ad, tr10iDo)
		root3 := NewPow(NewInt(3), Half)
		invRoot3 := Div(root3, NewInt(3))
		for {
			ad, ok := rv.(*Add)
			if !ok {
				break
			}
			var byrad exprGroups
			for _, a := range ad.args {
				key := Expr(One)
				if m, ok := a.(*Mul); ok {
					for _, ai := range m.args {
						if p, ok := ai.(*Pow); ok && isHalf(p.Exp()) && IsInteger(p.Base()) {
							key = ai
							break
						}
					}
				}
				byrad.add(key, a)
			}
			var args []Expr
			for ka, a := range byrad.keys {
				for _, b := range []Expr{NewMul(root3, a), invRoot3} {
					kb := indexExpr(byrad.keys, b)
					if kb < 0 {
						continue
					}
					va, vb := byrad.vals[ka], byrad.vals[kb]
					for i := range va {
						if va[i] == nil {
							continue
						}
						for j := range vb {
							if vb[j] == nil || va[i] == nil {
								continue
							}
							was := NewAdd(va[i], vb[j])
							if n, changed := doSum(was, tr10iDo); changed {
								args = append(args, n)
								va[i], vb[j] = nil, nil
								break
							}
						}
					}
				}
			}
			if len(args) == 0 {
				if n, changed := doSum(rv, tr10iDo); changed {
					rv = n
				}
				break
			}
			for _, v := range byrad.vals {
				var keep []Expr
				for _, x := range v {
					if x != nil {
						keep = append(keep, x)
					}
				}
				args = append(args, NewAdd(keep...))
			}
			rv = NewAdd(args...)
		}
		return rv
	})
}

// fu14Item is one factor of TR14: g*(f + si) to the power e.
type fu14Item struct {
	g   Expr
	num bool
	e   Expr
	f   Expr
	si  int
	a   Expr
}

// tr14 recognises factored Pythagorean identities:
// (1 - sin(x))*(1 + sin(x)) = cos(x)**2.
func tr14(e Expr) Expr { return tr14x(e, true) }

func tr14x(e Expr, first bool) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		m, ok := rv.(*Mul)
		if !ok {
			return rv
		}
		if first {
			n, d := asNumerDenom(rv)
			if !isInt(d, 1) {
				newn, newd := tr14x(n, false), tr14x(d, false)
				if !Equal(newn, n) || !Equal(newd, d) {
					rv = Div(newn, newd)
				}
				return rv
			}
		}
		var other []Expr
		var process []fu14Item
		for _, a := range m.args {
			ex := Expr(One)
			if p, ok := a.(*Pow); ok {
				b, x := AsBaseExp(p)
				if !(IsIntegerValued(x) == True || IsPositive(b) == True) {
					other = append(other, a)
					continue
				}
				a, ex = b, x
			}
			g, f, si, ok := asFSign1(a)
			if !ok || !isCallOf(f, fnCos, fnSin) {
				if isInt(ex, 1) {
					other = append(other, a)
				} else {
					other = append(other, NewPow(a, ex))
				}
				continue
			}
			process = append(process, fu14Item{g, IsNumber(ex), ex, f, si, a})
		}
		orderFu14(process)
		nother := len(other)
		for len(process) > 0 {
			A := process[0]
			process = process[1:]
			if len(process) > 0 {
				B := process[0]
				pair := false
				var take Expr
				if A.num && B.num {
					if Equal(A.f, B.f) && A.si != B.si {
						process = process[1:]
						take = A.e
						if c, _ := numCmp(B.e, A.e); c < 0 {
							take = B.e
						}
						if !Equal(B.e, take) {
							rem := B
							rem.e = Sub(rem.e, take)
							process = append([]fu14Item{rem}, process...)
						} else if !Equal(A.e, take) {
							rem := A
							rem.e = Sub(rem.e, take)
							process = append([]fu14Item{rem}, process...)
						}
						pair = true
					}
				} else if Equal(A.e, B.e) && Equal(A.f, B.f) && A.si != B.si {
					process = process[1:]
					take = A.e
					pair = true
				}
				if pair {
					t := fnCos
					if callDef(A.f) == fnCos {
						t = fnSin
					}
					other = append(other, NewPow(NewMul(Neg(A.g), B.g, NewPow(t.call(A.f.Args()[0]), Two)), take))
					continue
				}
			}
			other = append(other, NewPow(A.a, A.e))
		}
		if len(other) != nother {
			return NewMul(other...)
		}
		return rv
	})
}

// orderFu14 sorts TR14's tuples as ordered() does: by node count, then
// element by element by default_sort_key.
func orderFu14(ps []fu14Item) {
	nodes := func(p fu14Item) float64 {
		return 1 + nodeCount(p.g) + 1 + nodeCount(p.e) + nodeCount(p.f) + 1 + nodeCount(p.a)
	}
	slices.SortStableFunc(ps, func(x, y fu14Item) int {
		if c := cmpFloat(nodes(x), nodes(y)); c != 0 {
			return c
		}
		if c := cmpSkey(sortKey(x.g), sortKey(y.g)); c != 0 {
			return c
		}
		if x.num != y.num {
			if !x.num {
				return -1
			}
			return 1
		}
		for _, pr := range [][2]Expr{{x.e, y.e}, {x.f, y.f}, {NewInt(int64(x.si)), NewInt(int64(y.si))}, {x.a, y.a}} {
			if c := cmpSkey(sortKey(pr[0]), sortKey(pr[1])); c != 0 {
				return c
			}
		}
		return 0
	})
}

// trMorrie applies Morrie's law: cos(x)*cos(2*x)*cos(4*x) =
// sin(8*x)/(8*sin(x)).
func trMorrie(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr { return morrie(rv, true) })
}

func morrie(rv Expr, first bool) Expr {
	m, ok := rv.(*Mul)
	if !ok {
		return rv
	}
	if first {
		n, d := asNumerDenom(rv)
		return Div(morrie(n, false), morrie(d, false))
	}
	var keys []Expr    // the angles a, first seen first
	var coefs [][]Expr // their rational multiples
	var coss fuFactors // cos(k*a) -> exponent
	var other []Expr
	for _, c := range m.args {
		b, x := AsBaseExp(c)
		if IsInteger(x) && isCallOf(b, fnCos) {
			co, a := AsCoeffMul(b.Args()[0])
			i := indexExpr(keys, a)
			if i < 0 {
				keys, coefs = append(keys, a), append(coefs, nil)
				i = len(keys) - 1
			}
			coefs[i] = append(coefs[i], co)
			coss.add(b, x)
			continue
		}
		other = append(other, c)
	}
	get := func(k Expr) Expr { return coss.e[coss.index(k)] }
	var newArgs []Expr
	for ki, a := range keys {
		c := coefs[ki]
		slices.SortStableFunc(c, func(x, y Expr) int { v, _ := numCmp(x, y); return v })
		for len(c) > 0 {
			k := 0
			ci := c[0]
			cc := ci
			for indexExpr(c, cc) >= 0 {
				k++
				cc = NewMul(cc, Two)
			}
			if k > 1 {
				pk := NewPow(Two, NewInt(int64(k)))
				newarg := Div(Div(fnSin.call(NewMul(pk, ci, a)), pk), fnSin.call(NewMul(ci, a)))
				var take Expr
				var ccs []Expr
				for range k {
					cc = Div(cc, Two)
					key := newFunc(fnCos, []Expr{NewMul(a, cc)})
					ccs = append(ccs, cc)
					v := get(key)
					if take == nil {
						take = v
					} else if x, _ := numCmp(v, take); x < 0 {
						take = v
					}
				}
				for range k {
					cc = ccs[len(ccs)-1]
					ccs = ccs[:len(ccs)-1]
					key := newFunc(fnCos, []Expr{NewMul(a, cc)})
					i := coss.index(key)
					coss.e[i] = Sub(coss.e[i], take)
					if isZeroInt(coss.e[i]) {
						j := indexExpr(c, cc)
						c = slices.Delete(c, j, j+1)
					}
				}
				newArgs = append(newArgs, NewPow(newarg, take))
			} else {
				b := fnCos.call(NewMul(c[0], a))
				c = c[1:]
				other = append(other, NewPow(b, get(b)))
			}
		}
		coefs[ki] = c
	}
	if len(newArgs) == 0 {
		return rv
	}
	args := append(newArgs, other...)
	for ki, a := range keys {
		for _, k := range coefs[ki] {
			args = append(args, newFunc(fnCos, []Expr{NewMul(k, a)}))
		}
	}
	return NewMul(args...)
}
