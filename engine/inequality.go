package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's reduce_inequalities for polynomial and rational
// inequalities in one symbol with rational coefficients
// (sympy.solvers.inequalities: solve_poly_inequality's sign chart over
// the real roots, solve_rational_inequalities' intersections, the
// denominator's zeros removed), answered as SymPy writes the solution
// set as a relation: Interval.as_relational and Union's Or.

// ival is an interval of the real line; lo == hi (closed) is a point.
type ival struct {
	lo, hi       Expr
	lopen, hopen bool
}

// newIval is Interval(lo, hi, lopen, hopen): infinite ends are open; an
// empty interval is reported by ok.
func newIval(lo, hi Expr, lopen, hopen bool) (ival, bool) {
	if lo == NegOo {
		lopen = true
	}
	if hi == Oo {
		hopen = true
	}
	switch c := cmpReal(lo, hi); {
	case c > 0, c == 0 && (lopen || hopen):
		return ival{}, false
	}
	return ival{lo, hi, lopen, hopen}, true
}

// cmpReal compares two real numbers or infinities exactly where they are
// rational and by evaluation otherwise (the roots here are distinct
// radicals, far apart at 30 digits).
func cmpReal(a, b Expr) int {
	if Equal(a, b) {
		return 0
	}
	switch {
	case a == NegOo || b == Oo:
		return -1
	case a == Oo || b == NegOo:
		return 1
	}
	if c, ok := NumberCmp(a, b); ok {
		return c
	}
	if s, ok := NumericSign(Sub(a, b)); ok {
		return s
	}
	panic(notImpl("dcalc cannot order the roots " + Str(a) + " and " + Str(b)))
}

// ivalIntersect is the intersection of two intervals.
func ivalIntersect(a, b ival) (ival, bool) {
	lo, lopen := a.lo, a.lopen
	if c := cmpReal(b.lo, lo); c > 0 || c == 0 && b.lopen {
		lo, lopen = b.lo, b.lopen
	}
	hi, hopen := a.hi, a.hopen
	if c := cmpReal(b.hi, hi); c < 0 || c == 0 && b.hopen {
		hi, hopen = b.hi, b.hopen
	}
	return newIval(lo, hi, lopen, hopen)
}

// ivalMinusPoint is an interval without the point p: one or two pieces.
func ivalMinusPoint(a ival, p Expr) []ival {
	cl, ch := cmpReal(p, a.lo), cmpReal(p, a.hi)
	if cl < 0 || ch > 0 || cl == 0 && a.lopen || ch == 0 && a.hopen {
		return []ival{a}
	}
	var out []ival
	if l, ok := newIval(a.lo, p, a.lopen, true); ok {
		out = append(out, l)
	}
	if r, ok := newIval(p, a.hi, true, a.hopen); ok {
		out = append(out, r)
	}
	return out
}

// ivalUnion is Union of intervals: sorted, overlapping or touching ones
// merged (a touching end must be closed on one side).
func ivalUnion(xs []ival) []ival {
	xs = slices.Clone(xs)
	slices.SortStableFunc(xs, func(a, b ival) int {
		if c := cmpReal(a.lo, b.lo); c != 0 {
			return c
		}
		return boolCmp(!a.lopen, !b.lopen) * -1
	})
	var out []ival
	for _, x := range xs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			c := cmpReal(x.lo, last.hi)
			if c < 0 || c == 0 && !(x.lopen && last.hopen) {
				if d := cmpReal(x.hi, last.hi); d > 0 || d == 0 && !x.hopen {
					last.hi, last.hopen = x.hi, x.hopen
				}
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// realRoots is Poly.real_roots(multiple=False): the real roots of the
// polynomial with rational coefficients rc (lowest degree first) in
// increasing order, with their multiplicities. Irreducible factors of
// degree three or more (CRootOf in SymPy) raise NotImplementedError.
func realRoots(rc []*big.Rat) []RootMult {
	rs, err := rootsRat(rc, polyExpr(ratExprs(rc), NewSymbol("x", Assumptions{})))
	if err != nil {
		panic(err)
	}
	var out []RootMult
	for _, r := range rs {
		switch {
		case Has(r.Root, I):
			if c, ok := evalComplex(r.Root); !ok || imag(c) == 0 {
				panic(notImpl("dcalc cannot tell whether the root " + Str(r.Root) + " is real"))
			}
		case IsReal(r.Root) == True:
			out = append(out, r)
		default:
			panic(notImpl("dcalc cannot tell whether the root " + Str(r.Root) + " is real"))
		}
	}
	if len(out) != realRootCount(rpoly(rc)) {
		// the real roots of a cubic in casus irreducibilis come out of
		// Cardano's formula with I in them (SymPy writes them CRootOf);
		// a numerical imaginary part cannot tell them from complex ones
		panic(notImpl("dcalc cannot write the real roots of " + Str(polyExpr(ratExprs(rc), NewSymbol("x", Assumptions{}))) + " (SymPy's CRootOf)"))
	}
	slices.SortStableFunc(out, func(a, b RootMult) int { return cmpReal(a.Root, b.Root) })
	return out
}

// solvePolyInequality is inequalities.solve_poly_inequality: the
// intervals where the polynomial rc (lowest degree first) stands in the
// relation op to 0.
func solvePolyInequality(rc []*big.Rat, op string) []ival {
	deg := len(rc) - 1
	for deg > 0 && rc[deg].Sign() == 0 {
		deg--
	}
	rc = rc[:deg+1]
	if deg == 0 {
		switch RelTruth(op, NewRational(rc[0].Num(), rc[0].Denom()), Zero) {
		case True:
			all, _ := newIval(NegOo, Oo, true, true)
			return []ival{all}
		case False:
			return nil
		}
	}
	reals := realRoots(rc)
	var out []ival
	add := func(lo, hi Expr, lopen, hopen bool) {
		if iv, ok := newIval(lo, hi, lopen, hopen); ok {
			out = append([]ival{iv}, out...)
		}
	}
	switch op {
	case "==":
		for _, r := range reals {
			iv, _ := newIval(r.Root, r.Root, false, false)
			out = append(out, iv)
		}
		return out
	case "!=":
		left := Expr(NegOo)
		for _, r := range append(reals, RootMult{Oo, 1}) {
			if iv, ok := newIval(left, r.Root, true, true); ok {
				out = append(out, iv)
			}
			left = r.Root
		}
		return out
	}
	sign := 1
	if rc[deg].Sign() < 0 {
		sign = -1
	}
	eqSign, equal := 1, false
	switch op {
	case "<":
		eqSign = -1
	case ">=":
		equal = true
	case "<=":
		eqSign, equal = -1, true
	}
	right, rightOpen := Expr(Oo), true
	for i := len(reals) - 1; i >= 0; i-- {
		left, mult := reals[i].Root, reals[i].Mult
		if mult%2 == 1 {
			if sign == eqSign {
				add(left, right, !equal, rightOpen)
			}
			sign, right, rightOpen = -sign, left, !equal
		} else {
			switch {
			case sign == eqSign && !equal:
				add(left, right, true, rightOpen)
				right, rightOpen = left, true
			case sign != eqSign && equal:
				add(left, left, false, false)
			}
		}
	}
	if sign == eqSign {
		add(NegOo, right, true, rightOpen)
	}
	return out
}

// Inequality is one relation lhs - rhs op 0 to reduce.
type Inequality struct {
	Op   string
	Expr Expr
}

// ReduceInequalities is reduce_inequalities(rels, x) for polynomial and
// rational inequalities in the one symbol x with rational coefficients:
// an And, Or, relation, true or false. Relations the assumptions (x
// real) decide are dropped (true) or answer false; anything outside that
// class raises NotImplementedError.
func ReduceInequalities(rels []Inequality, x *Symbol) (r Expr, err error) {
	defer recoverTo(&err)
	// _reduce_inequalities: the polynomial ones are reduced together, a
	// rational one alone by _solve_inequality, and the results joined by
	// And
	var poly, rational []Inequality
	for _, rel := range rels {
		refuseCRootOf(rel, x)
		if IsPolynomial(rel.Expr, []Expr{x}) {
			poly = append(poly, rel)
		} else {
			rational = append(rational, rel)
		}
	}
	if len(rational) == 0 {
		return reduceRelational(rels, x), nil
	}
	if _, decided := reduceToIvals(rels, x); decided != nil {
		// the assumptions settle them (SymPy's prefilter)
		return map[bool]Expr{true: STrue, false: SFalse}[*decided], nil
	}
	var parts []Expr
	if len(poly) > 0 {
		parts = append(parts, reduceRelational(poly, x))
	}
	for _, rel := range rational {
		parts = append(parts, solveRationalInequality(rel, x))
	}
	return NewAnd(parts...), nil
}

// refuseCRootOf raises NotImplementedError when the numerator or the
// denominator of the inequality has a real root that Poly.real_roots
// writes as CRootOf: one of an irreducible factor of degree three or
// more that is not a binomial (CRootOf._roots_trivial). dcalc has no
// CRootOf; its radicals (Cardano's) would print another form.
func refuseCRootOf(rel Inequality, x *Symbol) {
	n, d := fractionOf(Together(rel.Expr, false))
	for _, p := range []Expr{n, d} {
		cs, ok := polyCoeffs(p, x)
		if !ok {
			continue
		}
		rc, ok := ratCoeffs(cs)
		if !ok || len(rc) < 4 {
			continue
		}
		y := NewDummy("x")
		_, fs, err := FactorList(polyExpr(ratExprs(rc), y))
		if err != nil {
			panic(err)
		}
		for _, f := range fs {
			fc, ok := polyCoeffs(f.Base, y)
			if !ok {
				continue
			}
			fr, ok := ratCoeffs(fc)
			if !ok || len(fr) < 4 {
				continue
			}
			terms := 0
			for _, c := range fr {
				if c.Sign() != 0 {
					terms++
				}
			}
			if terms == 2 && fr[0].Sign() != 0 || countRealRoots(rpoly(fr)) == 0 {
				continue // roots_binomial's radicals, or no real root
			}
			panic(notImpl("dcalc cannot write the real roots of " + Str(polyExpr(ratExprs(fr), x)) + " (SymPy's CRootOf)"))
		}
	}
}

// reduceRelational is reduce_rational_inequalities: the solution set of
// rels as a relation.
func reduceRelational(rels []Inequality, x *Symbol) Expr {
	ivs, decided := reduceToIvals(rels, x)
	if decided != nil {
		return map[bool]Expr{true: STrue, false: SFalse}[*decided]
	}
	return ivalsRelational(ivs, x)
}

// solveRationalInequality is _solve_inequality for a rational
// inequality: its solution set as a relation, without the bound at oo
// (or -oo) when the inequality holds there but the relation, whose
// interval is open at oo, does not.
func solveRationalInequality(rel Inequality, x *Symbol) Expr {
	rv := reduceRelational([]Inequality{rel}, x)
	xr := NewDummy(x.name)
	xr.assume = Assumptions{Real: true}.normalize()
	ie := func(at Expr) Tri {
		// classify(ie, s, i): the inequality at i, unknown when it does
		// not evaluate (nan)
		v := Xreplace(rel.Expr, [][2]Expr{{x, xr}})
		return classifyAt(func() Expr { return NewRel(rel.Op, SubsPairs(v, [][2]Expr{{xr, at}}), Zero) })
	}
	rvAt := func(at Expr) Tri {
		return classifyAt(func() Expr { return SubsPairs(rv, [][2]Expr{{x, at}}) })
	}
	okoo, oknoo := ie(Oo), ie(NegOo)
	if okoo == True && rvAt(Oo) == False {
		rv = dropRelations(rv, func(r *Relation) bool { return r.Op == "<" && Equal(r.Lhs, x) && r.Rhs == Oo })
	}
	if oknoo == True && rvAt(NegOo) == False {
		rv = dropRelations(rv, func(r *Relation) bool {
			return r.Op == "<" && r.Lhs == NegOo && Equal(r.Rhs, x) || r.Op == ">" && Equal(r.Lhs, x) && r.Rhs == NegOo
		})
	}
	if rv == STrue {
		// SymPy's s is an extended real Dummy here: s <= oo is true
		rv = NewRel("<", x, Oo)
		if okoo == True {
			rv = STrue
		}
		if oknoo != True {
			rv = NewAnd(NewRel("<", NegOo, x), rv)
		}
	}
	return rv
}

// classifyAt is the truth of a relation evaluated by eval: True or
// False when it evaluates to one, Unknown otherwise (or when evaluation
// raises TypeError, as a comparison with nan does).
func classifyAt(eval func() Expr) (t Tri) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); !ok || e.Type != "TypeError" {
				panic(r)
			}
			t = Unknown
		}
	}()
	switch eval() {
	case STrue:
		return True
	case SFalse:
		return False
	}
	return Unknown
}

// dropRelations is e.subs(rel, True) for the relations drop picks, And
// and Or evaluated again.
func dropRelations(e Expr, drop func(*Relation) bool) Expr {
	if r, ok := AsRelation(e); ok && drop(r) {
		return STrue
	}
	if !isCallOf(e, fnAnd, fnOr) {
		return e
	}
	args := e.Args()
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = dropRelations(a, drop)
	}
	return rebuild(e, na)
}

// reduceToIvals is the solution set of the inequalities as sorted
// disjoint intervals, or decided when the assumptions settle them all
// (every one true, or one false).
func reduceToIvals(rels []Inequality, x *Symbol) ([]ival, *bool) {
	xr := NewDummy(x.name)
	xr.assume = Assumptions{Real: true}.normalize()
	type ratEq struct {
		numer, denom []*big.Rat
		op           string
	}
	yes, no := true, false
	var eqs []ratEq
	for _, rel := range rels {
		switch RelTruth(rel.Op, Xreplace(rel.Expr, [][2]Expr{{x, xr}}), Zero) {
		case True:
			continue
		case False:
			return nil, &no
		}
		n, d := fractionOf(Together(rel.Expr, false))
		nc, ok1 := polyCoeffs(n, x)
		dc, ok2 := polyCoeffs(d, x)
		if !ok1 || !ok2 {
			panic(notImpl("dcalc's solve() reduces polynomial inequalities in one symbol, not " + Str(rel.Expr) + " " + rel.Op + " 0"))
		}
		nr, ok1 := ratCoeffs(nc)
		dr, ok2 := ratCoeffs(dc)
		if !ok1 || !ok2 {
			panic(notImpl("dcalc's solve() reduces inequalities in one symbol with rational coefficients, not " + Str(rel.Expr) + " " + rel.Op + " 0"))
		}
		eqs = append(eqs, ratEq{nr, dr, rel.Op})
	}
	if len(eqs) == 0 {
		return nil, &yes
	}
	all, _ := newIval(NegOo, Oo, true, true)
	global := []ival{all}
	var poles []Expr
	for _, eq := range eqs {
		numIvs := solvePolyInequality(ratPolyMul(eq.numer, eq.denom), eq.op)
		var next []ival
		for _, n := range numIvs {
			for _, g := range global {
				if iv, ok := ivalIntersect(n, g); ok {
					next = append(next, iv)
				}
			}
		}
		for _, iv := range solvePolyInequality(eq.denom, "==") {
			poles = append(poles, iv.lo)
		}
		global = next
	}
	for _, p := range poles {
		var next []ival
		for _, g := range global {
			next = append(next, ivalMinusPoint(g, p)...)
		}
		global = next
	}
	return ivalUnion(global), nil
}

// ratPolyMul multiplies two polynomials with rational coefficients.
func ratPolyMul(a, b []*big.Rat) []*big.Rat {
	out := make([]*big.Rat, len(a)+len(b)-1)
	for i := range out {
		out[i] = new(big.Rat)
	}
	for i, x := range a {
		for j, y := range b {
			out[i+j].Add(out[i+j], new(big.Rat).Mul(x, y))
		}
	}
	return out
}

// ivalsRelational is Union.as_relational: an Or of each interval's
// relation (a point is Eq(x, p), an interval the And of its two ends);
// two open intervals meeting at a point are one And with Ne(x, p).
func ivalsRelational(ivs []ival, x *Symbol) Expr {
	if len(ivs) == 2 && !Equal(ivs[0].lo, ivs[0].hi) && !Equal(ivs[1].lo, ivs[1].hi) &&
		Equal(ivs[0].hi, ivs[1].lo) && ivs[0].hopen && ivs[1].lopen {
		a, b := ivs[0], ivs[1]
		minc, maxc := NewRel(">=", x, a.lo), NewRel("<=", x, b.hi)
		if a.lopen {
			minc = NewRel(">", x, a.lo)
		}
		if b.hopen {
			maxc = NewRel("<", x, b.hi)
		}
		return NewAnd(NewRel("!=", x, a.hi), minc, maxc)
	}
	parts := make([]Expr, len(ivs))
	for i, iv := range ivs {
		if Equal(iv.lo, iv.hi) {
			parts[i] = NewRel("==", x, iv.lo)
			continue
		}
		left, right := NewRel("<=", iv.lo, x), NewRel("<=", x, iv.hi)
		if iv.lopen {
			left = NewRel("<", iv.lo, x)
		}
		if iv.hopen {
			right = NewRel("<", x, iv.hi)
		}
		parts[i] = NewAnd(left, right)
	}
	return NewOr(parts...)
}

// ivalComplement is the complement of sorted disjoint intervals.
func ivalComplement(xs []ival) []ival {
	var out []ival
	lo, lopen := Expr(NegOo), true
	for _, x := range ivalUnion(xs) {
		if iv, ok := newIval(lo, x.lo, lopen, !x.lopen); ok {
			out = append(out, iv)
		}
		lo, lopen = x.hi, !x.hopen
	}
	if iv, ok := newIval(lo, Oo, lopen, true); ok {
		out = append(out, iv)
	}
	return out
}

// ivalsIntersect is the intersection of two unions of intervals.
func ivalsIntersect(a, b []ival) []ival {
	var out []ival
	for _, x := range a {
		for _, y := range b {
			if iv, ok := ivalIntersect(x, y); ok {
				out = append(out, iv)
			}
		}
	}
	return ivalUnion(out)
}

// condIvals is the set of real x where the condition c holds, for
// relations between polynomials in x with rational coefficients and
// And, Or, Not of them; ok is false for anything else.
func condIvals(c Expr, x *Symbol) (out []ival, ok bool) {
	all, _ := newIval(NegOo, Oo, true, true)
	switch {
	case Equal(c, STrue):
		return []ival{all}, true
	case Equal(c, SFalse):
		return nil, true
	}
	if r, isRel := AsRelation(c); isRel {
		d := Sub(r.Lhs, r.Rhs)
		cs, ok := polyCoeffs(d, x)
		if !ok {
			return nil, false
		}
		rc, ok := ratCoeffs(cs)
		if !ok {
			return linearIvals(cs, r.Op)
		}
		return ivalUnion(solvePolyInequality(rc, r.Op)), true
	}
	f, isFunc := c.(*Func)
	if !isFunc {
		return nil, false
	}
	switch f.def {
	case fnNot:
		in, ok := condIvals(f.args[0], x)
		return ivalComplement(in), ok
	case fnAnd, fnOr:
		acc := []ival{all}
		if f.def == fnOr {
			acc = nil
		}
		for _, a := range f.args {
			s, ok := condIvals(a, x)
			if !ok {
				return nil, false
			}
			if f.def == fnAnd {
				acc = ivalsIntersect(acc, s)
			} else {
				acc = ivalUnion(append(acc, s...))
			}
		}
		return acc, true
	}
	return nil, false
}

// integPiecewiseDefinite is integrate(f, (x, a, b)) of a Piecewise in x
// between numeric limits: each piece over the part of [a, b] where its
// condition first holds, summed. ok is false when a condition is not a
// polynomial relation in x, a limit is not a number, or a piece's
// integral is not known.
func integPiecewiseDefinite(f Expr, x *Symbol, a, b Expr) (r Expr, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			r, ok = nil, false
		}
	}()
	for _, l := range []Expr{a, b} {
		if l != Oo && l != NegOo && (!IsNumberExpr(l) || IsReal(l) != True) {
			return nil, false
		}
	}
	sign := Expr(One)
	switch c := cmpReal(a, b); {
	case c == 0:
		return Zero, true
	case c > 0:
		a, b, sign = b, a, NegOne
	}
	span, _ := newIval(a, b, false, false)
	pw, isPw := isCall(piecewiseFold(f), fnPiecewise)
	if !isPw {
		return nil, false
	}
	var terms []Expr
	var covered []ival
	for _, ec := range PiecewisePairs(pw) {
		set, ok := condIvals(ec[1], x)
		if !ok {
			return nil, false
		}
		region := ivalsIntersect(ivalsIntersect(set, ivalComplement(covered)), []ival{span})
		covered = ivalUnion(append(covered, set...))
		for _, iv := range region {
			if Equal(iv.lo, iv.hi) {
				continue // a point: no area
			}
			v := IntegrateDefinite(ec[0], x, iv.lo, iv.hi)
			if hasCallOf(v, IntegralDef) {
				return nil, false
			}
			if !Equal(v, Zero) {
				terms = append(terms, v)
			}
		}
	}
	if len(ivalsIntersect(ivalComplement(covered), []ival{span})) > 0 {
		return nil, false // SymPy's answer holds nan or an Integral there
	}
	if len(terms) > 1 && slices.ContainsFunc(terms, func(t Expr) bool { return hasCallOf(t, fnPiecewise) }) {
		// pieces whose integrals are Piecewise in a parameter: SymPy
		// folds them into one (0 for Abs(x)*sin(m*x) over (-1, 1))
		r, err := PiecewiseFold(NewAdd(terms...))
		if err != nil {
			return nil, false
		}
		return NewMul(sign, r), true
	}
	return NewMul(sign, NewAdd(terms...)), true
}

// linearIvals is the set where c0 + c1*x op 0 for real numbers c0, c1
// that need not be rational (x < pi/2).
func linearIvals(cs []Expr, op string) ([]ival, bool) {
	if len(cs) != 2 || !IsNumberExpr(cs[0]) || !IsNumberExpr(cs[1]) || IsReal(cs[0]) != True || IsReal(cs[1]) != True {
		return nil, false
	}
	s, ok := NumericSign(cs[1])
	if !ok {
		return nil, false
	}
	root := Neg(Div(cs[0], cs[1]))
	if s < 0 {
		op = reversedOp[op]
	}
	below, _ := newIval(NegOo, root, true, op == "<" || op == "!=" || op == ">=")
	above, _ := newIval(root, Oo, op == ">" || op == "!=" || op == "<=", true)
	point, _ := newIval(root, root, false, false)
	switch op {
	case "==":
		return []ival{point}, true
	case "!=":
		return []ival{below, above}, true
	case "<", "<=":
		return []ival{below}, true
	}
	return []ival{above}, true
}

// integPiecewiseIndefinite is Piecewise._eval_integral for conditions
// in x alone: the line is cut where the pieces take over from each
// other, each stretch is integrated, and the antiderivatives are joined
// so that the result is continuous (each one shifted to start at the
// value the previous reached), x <= b or x < b as the piece's own
// condition holds at b or not. ok is false for other conditions, for a
// stretch no piece covers, or a piece dcalc cannot integrate.
func integPiecewiseIndefinite(f Expr, x *Symbol) (r Expr, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			r, ok = nil, false
		}
	}()
	pw, isPw := isCall(piecewiseFold(f), fnPiecewise)
	if !isPw {
		return nil, false
	}
	pairs := PiecewisePairs(pw)
	for _, ec := range pairs {
		if IsBoolean(ec[0]) {
			return nil, false // a Piecewise of truth values has no integral
		}
	}
	type stretch struct {
		lo, hi Expr
		k      int
	}
	var done []stretch
	var covered []ival
	for k, ec := range pairs {
		for _, s := range FreeSymbols(ec[1]) {
			if !Equal(s, x) {
				return nil, false // SymPy's _handle_irel
			}
		}
		set, ok := condIvals(ec[1], x)
		if !ok {
			return nil, false
		}
		for _, iv := range ivalsIntersect(set, ivalComplement(covered)) {
			if !Equal(iv.lo, iv.hi) {
				done = append(done, stretch{iv.lo, iv.hi, k})
			}
		}
		covered = ivalUnion(append(covered, set...))
	}
	// a stretch no piece covers is Undefined (k = -1: nan), its end
	// decided by the last piece's condition as SymPy's args[-1] does
	for _, iv := range ivalComplement(covered) {
		if !Equal(iv.lo, iv.hi) {
			done = append(done, stretch{iv.lo, iv.hi, -1})
		}
	}
	slices.SortStableFunc(done, func(a, b stretch) int { return cmpReal(a.lo, b.lo) })
	var out []Expr
	var sum Expr
	for _, s := range done {
		var anti Expr = NaN
		k := s.k
		if k >= 0 {
			var ok bool
			if anti, ok = integ(pairs[k][0], x); !ok {
				return nil, false
			}
		} else {
			k = len(pairs) - 1
		}
		if sum == nil {
			sum = anti
		} else {
			at := SubsPairs(sum, [][2]Expr{{x, s.lo}})
			from := SubsPairs(anti, [][2]Expr{{x, s.lo}})
			if hasSpecial(at) || hasSpecial(from) {
				sum = anti
			} else {
				sum = NewAdd(at, Sub(anti, from))
			}
		}
		var cond Expr = STrue
		if s.hi != Oo {
			if Equal(SubsPairs(pairs[k][1], [][2]Expr{{x, s.hi}}), SFalse) {
				cond = NewRel("<", x, s.hi)
			} else {
				cond = NewRel("<=", x, s.hi)
			}
		}
		out = append(out, sum, cond)
	}
	return MustApply(fnPiecewise, out...), true
}

// DropPositiveFactors divides e by its factors that are positive for
// every real x (exp of a real argument, even powers of nonzero
// constants, positive numbers), after together and factor_terms: what
// the sign of e over the reals depends on (-x*exp(-x) + exp(-x) is
// decided by 1 - x).
func DropPositiveFactors(e Expr, x *Symbol) Expr {
	xr := NewDummyAssumed("x", Assumptions{Real: true})
	ft := FactorTerms(Together(Xreplace(e, [][2]Expr{{x, xr}}), false))
	var keep []Expr
	for _, f := range mulArgs(ft) {
		if Has(f, xr) && IsPositive(f) == True {
			continue
		}
		keep = append(keep, f)
	}
	return Xreplace(NewMul(keep...), [][2]Expr{{xr, x}})
}
