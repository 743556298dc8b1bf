package engine

import "slices"

// This file is SymPy's deltasummation (concrete/delta.py) for a sum
// whose summand holds a KroneckerDelta simple in the index: the product
// holding the delta expanded over its first sum that has one
// (_expand_delta), each term's delta taken out (_extract_delta), and the
// sum the rest at the delta's root when that root lies in the range:
// Sum(2*KroneckerDelta(i, j)*x[i], (i, 1, n)) is
// Piecewise((2*x[j], (j >= 1) & (j <= n)), (0, True)), the gradient of a
// sum of squares over an IndexedBase.

// deltaSummation is deltasummation(f, (i, a, b)); ok is false where
// dcalc does not follow it (a delta not simple in i, or not a factor).
func deltaSummation(f Expr, i *Symbol, a, b Expr) (Expr, bool) {
	g := expandDelta(f, i)
	if s, isAdd := g.(*Add); isAdd {
		parts := make([]Expr, len(s.args))
		for k, h := range s.args {
			r, ok := deltaSummation(h, i, a, b)
			if !ok {
				return nil, false
			}
			parts[k] = r
		}
		return piecewiseFold(NewAdd(parts...)), true
	}
	var delta *Func
	var rest []Expr
	for _, m := range mulArgs(g) {
		if d, ok := isCall(m, fnKroneckerDelta); ok && delta == nil && simpleDelta(d, i) {
			delta = d
			continue
		}
		rest = append(rest, m)
	}
	if delta == nil {
		return nil, false
	}
	// the root of delta.args[0] - delta.args[1], linear in i
	cs, ok := polyCoeffs(Sub(delta.args[0], delta.args[1]), i)
	if !ok || len(cs) != 2 || !isInt(cs[1], 1) && !isInt(cs[1], -1) {
		// KroneckerDelta(2*i, j): And writes j/2 <= n as n >= j/2 by
		// rules dcalc's relations do not follow
		return nil, false
	}
	value := Neg(Div(cs[0], cs[1]))
	expr := SubsPairs(NewMul(rest...), [][2]Expr{{i, value}})
	// Interval(a, b).as_relational(value)
	left := NewRel("<=", a, value)
	right := NewRel("<=", value, b)
	if b == Oo {
		right = NewRel("<", value, b)
	}
	if a == NegOo {
		left = NewRel("<", a, value)
	}
	return MustApply(fnPiecewise, expr, NewAnd(left, right), Zero, STrue), true
}

// simpleDelta is _is_simple_delta: a KroneckerDelta whose arguments'
// difference is a polynomial of degree 1 in i.
func simpleDelta(d *Func, i *Symbol) bool {
	if !HasFreeSymbol(d, i) {
		return false
	}
	cs, ok := polyCoeffs(Sub(d.args[0], d.args[1]), i)
	return ok && len(cs) == 2
}

// hasSimpleDelta is _has_simple_delta: a simple delta among the factors
// and terms of e (not inside other functions).
func hasSimpleDelta(e Expr, i *Symbol) bool {
	if d, ok := isCall(e, fnKroneckerDelta); ok {
		return simpleDelta(d, i)
	}
	switch e.(type) {
	case *Add, *Mul:
		return slices.ContainsFunc(e.Args(), func(a Expr) bool { return hasSimpleDelta(a, i) })
	}
	return false
}

// expandDelta is _expand_delta: a product multiplied out over its first
// sum holding a simple delta.
func expandDelta(e Expr, i *Symbol) Expr {
	m, ok := e.(*Mul)
	if !ok {
		return e
	}
	terms := []Expr{One}
	expanded := false
	for _, h := range m.args {
		if s, isAdd := h.(*Add); isAdd && !expanded && hasSimpleDelta(s, i) {
			expanded = true
			next := make([]Expr, len(s.args))
			for k, t := range s.args {
				next[k] = NewMul(terms[0], t)
			}
			terms = next
			continue
		}
		for k := range terms {
			terms[k] = NewMul(terms[k], h)
		}
	}
	if !expanded {
		return NewMul(terms...)
	}
	return NewAdd(terms...)
}
