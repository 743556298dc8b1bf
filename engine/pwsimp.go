package engine

import (
	"slices"
)

// This file is SymPy's piecewise_simplify (functions/elementary/
// piecewise.py) for the Piecewises dcalc can follow: conditions that are
// relations between one symbol and rational numbers (with And, Or and
// Ne among them) are rewritten over the intervals they cover, in
// Piecewise._intervals' order, so that Ne(n, 0) becomes
// (n > 0) | (n < 0) and a piece an earlier one shadows loses what it
// cannot reach; conditions with Eq keep their relations and substitute
// the equalities into their pieces. Every piece's expression is
// simplified. Other conditions raise NotImplementedError.

// piecewiseSimplify is piecewise_simplify(pw).
func piecewiseSimplify(pw Expr) Expr {
	pairs := PiecewisePairs(pw)
	for _, p := range pairs {
		if hasRelation(p[0]) {
			panic(notImpl("dcalc's simplify does not simplify a Piecewise whose pieces hold relations or Piecewises yet"))
		}
	}
	args, ok := pwIntervalArgs(pairs)
	if !ok {
		args = pwPlainArgs(pairs)
	}
	for i, p := range args {
		if ne := Simplify(p[0]); !Equal(ne, p[0]) {
			args[i][0] = ne
		}
	}
	r := MustApply(fnPiecewise, flatPairs(args)...)
	if !IsPiecewise(r) {
		return r
	}
	args = pwEqAnd(PiecewisePairs(r))
	args = pwEqualToNext(args)
	return MustApply(fnPiecewise, flatPairs(args)...)
}

// hasRelation reports whether e holds a relation, a Boolean function or
// a Piecewise.
func hasRelation(e Expr) bool {
	if _, ok := AsRelation(e); ok || IsBoolean(e) || IsPiecewise(e) {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasRelation)
}

// pwRel returns the symbol, operator and rational number of a relation
// s op c (or c op s, turned round), if c is an Integer or Rational.
func pwRel(e Expr) (s *Symbol, op string, c Expr, ok bool) {
	r, isRel := AsRelation(e)
	if !isRel {
		return nil, "", nil, false
	}
	if sym, isSym := r.Lhs.(*Symbol); isSym && isRationalNum(r.Rhs) {
		return sym, r.Op, r.Rhs, true
	}
	if sym, isSym := r.Rhs.(*Symbol); isSym && isRationalNum(r.Lhs) {
		return sym, reversedOp[r.Op], r.Lhs, true
	}
	return nil, "", nil, false
}

// pwPlainArgs is piecewise_simplify_arguments' path for conditions it
// cannot take over intervals: each condition simplified on its own. A
// relation between a symbol and a rational number is its own
// simplification; other conditions are refused.
func pwPlainArgs(pairs [][2]Expr) [][2]Expr {
	out := slices.Clone(pairs)
	for i, p := range out {
		out[i][1] = simplifyCondition(p[1])
	}
	return out
}

// pwInterval is one of Piecewise._intervals' tuples: piece i's
// expression e on the interval from lo to hi (ends to be settled).
type pwInterval struct {
	lo, hi, e Expr
	i         int
}

// pwIntervals is Piecewise._intervals(s, err_on_Eq=True) for conditions
// that are True or And/Or combinations of relations between s and
// rational numbers without Eq; ok is false otherwise.
func pwIntervals(pairs [][2]Expr, s *Symbol) (out []pwInterval, ok bool) {
	for i, p := range pairs {
		if Equal(p[1], STrue) {
			out = append(out, pwInterval{NegOo, Oo, p[0], i})
			break
		}
		conj, ok := pwDNF(p[1], s)
		if !ok {
			return nil, false
		}
		for _, rels := range conj {
			lo, hi := Expr(NegOo), Expr(Oo)
			for _, r := range rels {
				if r.op == "<" || r.op == "<=" {
					if cmpReal(r.c, hi) < 0 {
						hi = r.c
					}
				} else if cmpReal(r.c, lo) > 0 {
					lo = r.c
				}
			}
			if cmpReal(lo, hi) >= 0 { // upper = Max(lower, upper)
				return nil, false // a point: SymPy's "encountered Eq condition"
			}
			out = append(out, pwInterval{lo, hi, p[0], i})
		}
	}
	// uniq
	var u []pwInterval
	for _, iv := range out {
		if !slices.ContainsFunc(u, func(w pwInterval) bool {
			return w.i == iv.i && Equal(w.lo, iv.lo) && Equal(w.hi, iv.hi) && Equal(w.e, iv.e)
		}) {
			u = append(u, iv)
		}
	}
	return u, true
}

// pwAtom is a relation s op c of a condition, Ne already split.
type pwAtom struct {
	op string
	c  Expr
}

// pwDNF writes a condition as a disjunction of conjunctions of
// inequalities in s, after Ne(s, c) is replaced by (s < c) | (s > c) as
// _intervals does: the argument order is SymPy's (Or's arguments
// sorted; an And distributed over an Or in its arguments' order).
func pwDNF(cond Expr, s *Symbol) ([][]pwAtom, bool) {
	if sym, op, c, ok := pwRel(cond); ok {
		if sym != s || op == "==" {
			return nil, false
		}
		if op == "!=" {
			return [][]pwAtom{{{"<", c}}, {{">", c}}}, true
		}
		return [][]pwAtom{{{op, c}}}, true
	}
	switch {
	case isCallOf(cond, fnOr):
		var out [][]pwAtom
		for _, a := range cond.Args() {
			d, ok := pwDNF(a, s)
			if !ok {
				return nil, false
			}
			out = append(out, d...)
		}
		return out, true
	case isCallOf(cond, fnAnd):
		out := [][]pwAtom{nil}
		for _, a := range cond.Args() {
			d, ok := pwDNF(a, s)
			if !ok {
				return nil, false
			}
			var next [][]pwAtom
			for _, c := range out {
				for _, e := range d {
					next = append(next, append(slices.Clone(c), e...))
				}
			}
			out = next
		}
		if len(out) > 1 {
			// to_cnf and distribute_or_over_and order the
			// disjuncts by their own rules; dcalc does not follow
			// them
			return nil, false
		}
		return out, true
	}
	return nil, false
}

// pwIntervalArgs is piecewise_simplify_arguments' path over intervals:
// the conditions rewritten as the intervals each piece covers, in
// _intervals' order, with (nan, True) when the pieces leave reals
// uncovered. ok is false when that path does not apply (more than one
// symbol, an Eq, a relation dcalc does not solve).
func pwIntervalArgs(pairs [][2]Expr) ([][2]Expr, bool) {
	f1 := FreeSymbols(pairs[0][1])
	if len(f1) != 1 {
		return nil, false
	}
	for _, p := range pairs {
		if hasEq(p[1]) {
			return nil, false
		}
	}
	s := f1[0]
	if IsPositive(s) != Unknown || IsNegative(s) != Unknown || IsZero(s) != Unknown {
		return nil, false // relations that evaluate under assumptions
	}
	abe, ok := pwIntervals(pairs, s)
	if !ok {
		return nil, false
	}
	include := func(c Expr, a Expr) bool {
		return Equal(Xreplace(c, [][2]Expr{{s, a}}), STrue)
	}
	var args [][2]Expr
	var covered []ival
	negInfCovered := false // {-oo}, which ivals do not hold
	for _, iv := range abe {
		a, b := iv.lo, iv.hi
		c := pairs[iv.i][1]
		inclA, inclB := include(c, a), include(c, b)
		in, nonEmpty := newIval(a, b, !inclA, !inclB)
		if !nonEmpty {
			continue
		}
		cset := ivalsIntersect([]ival{in}, ivalComplement(covered))
		if len(cset) == 0 {
			continue
		}
		a = cset[0].lo
		inclA = include(c, a)
		aCovered := a == NegOo && negInfCovered || slices.ContainsFunc(covered, func(v ival) bool { return ivalHolds(v, a) })
		args = append(args, [2]Expr{iv.e, intervalCondition(s, a, b, inclA, inclB, aCovered)})
		covered = ivalUnion(append(covered, in))
		negInfCovered = negInfCovered || a == NegOo && inclA
	}
	if len(ivalComplement(covered)) > 0 {
		args = append(args, [2]Expr{NaN, STrue})
	}
	return args, true
}

// intervalCondition is the condition piecewise_simplify_arguments
// writes for the interval from a to b (ends included as inclA, inclB)
// of a piece, a strict lower bound where a was covered by an earlier
// piece.
func intervalCondition(s *Symbol, a, b Expr, inclA, inclB, aCovered bool) Expr {
	lower := NewRel(pick(aCovered, ">", ">="), s, a)
	switch {
	case inclA && inclB:
		switch {
		case isInf(a) && isInf(b):
			return STrue
		case isInf(b):
			return lower
		case isInf(a):
			return NewRel("<=", s, b)
		}
		return NewAnd(lower, NewRel("<=", s, b))
	case inclA:
		if isInf(a) {
			return NewRel("<", s, b)
		}
		return NewAnd(lower, NewRel("<", s, b))
	case inclB:
		if isInf(b) {
			return NewRel(">", s, a)
		}
		return NewAnd(NewRel(">", s, a), NewRel("<=", s, b))
	}
	if aCovered {
		return NewRel("<", s, b)
	}
	return NewAnd(NewRel(">", s, a), NewRel("<", s, b))
}

// ivalHolds reports whether the point p lies in v.
func ivalHolds(v ival, p Expr) bool {
	lo, hi := cmpReal(v.lo, p), cmpReal(p, v.hi)
	return (lo < 0 || lo == 0 && !v.lopen) && (hi < 0 || hi == 0 && !v.hopen)
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func isInf(e Expr) bool { return e == Oo || e == NegOo }

// hasEq reports whether a condition holds an Eq.
func hasEq(e Expr) bool {
	if r, ok := AsRelation(e); ok {
		return r.Op == "=="
	}
	return slices.ContainsFunc(e.Args(), hasEq)
}

// pwBlessed is piecewise._blessed: Eq(s, c) with a symbol and a rational
// number (or a symbol on the right), which substitutes like a symbol.
func pwBlessed(e Expr) (lhs, rhs Expr, ok bool) {
	r, isRel := AsRelation(e)
	if !isRel || r.Op != "==" {
		return nil, nil, false
	}
	if _, isSym := r.Lhs.(*Symbol); !isSym {
		return nil, nil, false
	}
	switch r.Rhs.(type) {
	case *Symbol, *Integer, *Rational, *Constant:
		return r.Lhs, r.Rhs, true
	}
	return nil, nil, false
}

// pwEqs splits a condition into its equalities and the rest, as
// sift(cond.args, Eq) does for an And and [cond], [] for an Eq.
func pwEqs(cond Expr) (eqs, other []Expr) {
	switch {
	case isCallOf(cond, fnAnd):
		for _, a := range cond.Args() {
			if r, ok := AsRelation(a); ok && r.Op == "==" {
				eqs = append(eqs, a)
			} else {
				other = append(other, a)
			}
		}
	default:
		if r, ok := AsRelation(cond); ok && r.Op == "==" {
			eqs = []Expr{cond}
		}
	}
	return eqs, other
}

// pwEqAnd is _piecewise_simplify_eq_and: the equalities of a condition
// substituted into its piece.
func pwEqAnd(args [][2]Expr) [][2]Expr {
	for i, p := range args {
		expr := p[0]
		eqs, other := pwEqs(p[1])
		if len(eqs) == 0 {
			continue
		}
		if len(eqs) > 1 {
			panic(notImpl("dcalc's simplify does not simplify a Piecewise condition with several equalities yet"))
		}
		if l, r, ok := pwBlessed(eqs[0]); ok {
			expr = subs1(expr, l, r)
			for j, o := range other {
				other[j] = subs1(o, l, r)
			}
		}
		args[i] = [2]Expr{expr, NewAnd(append(eqs, other...)...)}
	}
	return args
}

// pwEqualToNext is _piecewise_simplify_equal_to_next_segment: a piece
// for an equality takes the next piece's expression when that
// expression, with the equality substituted, is its own.
func pwEqualToNext(args [][2]Expr) [][2]Expr {
	var prev Expr
	for i := len(args) - 1; i >= 0; i-- {
		expr, cond := args[i][0], args[i][1]
		if prev == nil {
			prev = expr
			continue
		}
		eqs, other := pwEqs(cond)
		p, e := prev, expr
		if len(eqs) > 0 && len(other) == 0 {
			if len(eqs) > 1 {
				panic(notImpl("dcalc's simplify does not simplify a Piecewise condition with several equalities yet"))
			}
			if l, r, ok := pwBlessed(eqs[0]); ok || len(args) == 2 {
				if !ok {
					rel, _ := AsRelation(eqs[0])
					l, r = rel.Lhs, rel.Rhs
				}
				p, e = subs1(p, l, r), subs1(e, l, r)
			}
		}
		if Equal(p, e) {
			args[i] = [2]Expr{args[i+1][0], cond}
		} else {
			prev = expr
		}
	}
	return args
}

// simplifyPiecewise is simplify's path for a Piecewise (its
// _eval_simplify) and for a monomial times one (piecewise_fold, then
// piecewise_simplify and factor_terms, the shorter kept); ok is false
// for other expressions.
func simplifyPiecewise(e Expr) (Expr, bool) {
	if IsPiecewise(e) {
		if IsZero(e) == True {
			return Zero, true
		}
		return piecewiseSimplify(e), true
	}
	m, ok := e.(*Mul)
	if !ok {
		return nil, false
	}
	at := -1
	for i, f := range m.args {
		switch {
		case IsPiecewise(f) && at < 0:
			at = i
		case !isMonomialFactor(f):
			return nil, false
		}
	}
	if at < 0 {
		return nil, false
	}
	if IsZero(e) == True {
		return Zero, true
	}
	// simplify's deep step: each (expression, condition) pair
	// simplified (ExprCondPair._eval_simplify), the Piecewise rebuilt
	pairs := PiecewisePairs(m.args[at])
	for i, p := range pairs {
		if hasRelation(p[0]) {
			return nil, false
		}
		pairs[i] = [2]Expr{Simplify(p[0]), simplifyCondition(p[1])}
	}
	args := slices.Clone(m.args)
	args[at] = MustApply(fnPiecewise, flatPairs(pairs)...)
	e = NewMul(args...)
	if !hasCallOf(e, fnPiecewise) {
		return Simplify(e), true
	}
	r := piecewiseFold(e)
	if IsPiecewise(r) {
		r = piecewiseSimplify(r)
	}
	if !hasCallOf(r, fnPiecewise) {
		// simplify goes on with the expression the pieces collapsed to
		return Simplify(r), true
	}
	return shorter(r, FactorTerms(r)), true
}

// simplifyCondition is simplify of a Piecewise condition, for the
// conditions that are their own simplification (True, a relation
// between a symbol and a rational number); SymPy's simplify_logic and
// its merging of ranges are not followed.
func simplifyCondition(c Expr) Expr {
	if Equal(c, STrue) {
		return c
	}
	if _, _, _, ok := pwRel(c); ok {
		return c
	}
	panic(notImpl("dcalc's simplify does not simplify this Piecewise's conditions (SymPy's simplify_logic) yet"))
}

// isMonomialFactor reports whether f is a number, symbol or constant,
// or a power of one with a rational exponent: a factor that simplify's
// steps before piecewise_fold leave as it is.
func isMonomialFactor(f Expr) bool {
	switch x := f.(type) {
	case *Integer, *Rational, *Symbol, *Constant:
		return true
	case *Pow:
		return isRationalNum(x.Exp()) && isMonomialFactor(x.Base())
	}
	return false
}
