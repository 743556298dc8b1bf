package engine

import "slices"

// This file is SymPy's collect(expr, syms): the terms of a sum are
// grouped by the powers of the patterns they contain, without expanding
// first (collect(expand(e), x) is the usual call). A pattern that is not
// a symbol (sin(x), x*y, exp(x)) is first substituted by a dummy, as
// SymPy does, so that subs's rules decide which terms hold it
// (exp(2*x) holds exp(x) squared). Derivative patterns, exact=True and
// series with an O term raise NotImplementedError.

// CollectPair is one group of collect(..., evaluate=False): the power of
// the patterns and its coefficient.
type CollectPair struct{ Key, Val Expr }

// collectTerm is parse_term's (base, rational exponent, symbolic
// exponent) of a factor.
type collectTerm struct {
	base, rat, sym Expr // sym nil when there is none
}

func parseCollectTerm(e Expr) collectTerm {
	t := collectTerm{e, One, nil}
	if f, ok := e.(*Func); ok && f.def == fnExp {
		arg := f.args[0]
		if isRationalNumber(arg) {
			return collectTerm{E, arg, nil}
		}
		if _, ok := arg.(*Mul); ok {
			c, tail := asCoeffMulRational(arg)
			return collectTerm{fnExp.call(tail), c, nil}
		}
		return t
	}
	p, ok := e.(*Pow)
	if !ok {
		return t
	}
	t.base = p.Base()
	if IsNumber(p.Exp()) {
		t.rat = p.Exp()
		return t
	}
	c, tail := AsCoeffMul(p.Exp())
	if IsNumber(c) {
		t.rat, t.sym = c, tail
	} else {
		t.sym = p.Exp()
	}
	return t
}

func (t collectTerm) expr() Expr {
	if t.sym != nil {
		return NewPow(t.base, NewMul(t.rat, t.sym))
	}
	if isInt(t.rat, 1) {
		return t.base
	}
	return NewPow(t.base, t.rat)
}

// Collect is collect(e, syms, evaluate=False): the groups in the order
// their keys first appear, the terms holding no pattern last under 1.
func Collect(e Expr, syms []Expr) ([]CollectPair, error) {
	if hasOrderTerm(e) {
		return nil, notImpl("dcalc's collect does not take a series with an O() term yet")
	}
	var reps, back [][2]Expr
	syms = slices.Clone(syms) // the patterns are replaced by dummies below
	for i, s := range syms {
		if _, ok := s.(*Symbol); ok {
			continue
		}
		if n, ok := Neg(s).(*Symbol); ok && n != nil {
			continue
		}
		if _, ok := s.(*Derivative); ok {
			return nil, notImpl("dcalc's collect does not collect derivatives yet")
		}
		d := NewDummy("collect")
		reps = append(reps, [2]Expr{s, d})
		back = append(back, [2]Expr{d, s})
		syms[i] = d
	}
	if len(reps) > 0 {
		e = SubsPairs(e, reps)
	}
	var keys []Expr
	groups := map[int][]Expr{}
	var disliked []Expr
	for _, product := range addArgs(e) {
		var terms []*collectTerm
		for _, f := range mulArgs(product) {
			if p, ok := f.(*Pow); ok {
				if _, isMul := p.Base().(*Mul); isMul && !IsInteger(p.Exp()) {
					return nil, notImpl("dcalc's collect does not split powers of products (expand_power_base) yet")
				}
			}
			t := parseCollectTerm(f)
			terms = append(terms, &t)
		}
		matched := false
		for _, s := range syms {
			rest, elems, ok := matchCollectPattern(terms, s)
			if !ok {
				continue
			}
			var margs []Expr
			for _, el := range elems {
				ex := el.rat
				if el.sym != nil {
					ex = NewMul(el.rat, el.sym)
				}
				margs = append(margs, NewPow(el.base, ex))
			}
			index := NewMul(margs...)
			var product []Expr
			for _, t := range rest {
				product = append(product, t.expr())
			}
			k := indexExpr(keys, index)
			if k < 0 {
				k = len(keys)
				keys = append(keys, index)
			}
			groups[k] = append(groups[k], NewMul(product...))
			matched = true
			break
		}
		if !matched {
			disliked = append(disliked, product)
		}
	}
	var out []CollectPair
	for i, k := range keys {
		out = append(out, CollectPair{k, NewAdd(groups[i]...)})
	}
	if len(disliked) > 0 {
		if d := NewAdd(disliked...); !isZeroInt(d) {
			out = append(out, CollectPair{One, d})
		}
	}
	if len(back) > 0 {
		for i := range out {
			out[i] = CollectPair{Xreplace(out[i].Key, back), Xreplace(out[i].Val, back)}
		}
	}
	return out, nil
}

// matchCollectPattern is parse_expression(terms, pattern) with
// exact=False: every factor of the pattern must be found among the
// terms (same base and symbolic exponent; the rational exponents may
// differ); it returns the other terms and the matched ones.
func matchCollectPattern(terms []*collectTerm, pattern Expr) (rest, elems []*collectTerm, ok bool) {
	pats := mulArgs(pattern)
	if len(terms) < len(pats) {
		return nil, nil, false
	}
	left := append([]*collectTerm(nil), terms...)
	for _, pe := range pats {
		p := parseCollectTerm(pe)
		if IsNumber(p.base) && isInt(p.rat, 1) && p.sym == nil {
			continue
		}
		found := false
		for j, t := range left {
			if t == nil || !Equal(t.base, p.base) {
				continue
			}
			if !(t.sym == nil && p.sym == nil || t.sym != nil && p.sym != nil && Equal(t.sym, p.sym)) {
				continue
			}
			elems = append(elems, t)
			left[j] = nil
			found = true
			break
		}
		if !found {
			return nil, nil, false
		}
	}
	for _, t := range left {
		if t != nil {
			rest = append(rest, t)
		}
	}
	return rest, elems, true
}

// hasOrderTerm reports whether e holds an O() term.
func hasOrderTerm(e Expr) bool {
	if IsOrder(e) {
		return true
	}
	for _, a := range e.Args() {
		if hasOrderTerm(a) {
			return true
		}
	}
	return false
}
