package engine

import (
	"math/big"
	"math/cmplx"
	"slices"
	"sort"
)

// This file is SymPy's radsimp (sympy/simplify/radsimp.py): a
// denominator holding square roots (up to four radical terms, or more
// when every term is an integer surd) is multiplied by its conjugate
// until no radical is left: 1/(1 + sqrt(2)) is -1 + sqrt(2). With
// symbolic=False, a denominator with free symbols is left alone, as
// simplify asks for its last step. Steps dcalc does not have (denesting
// a square root of a sum holding radicals) raise NotImplementedError.

// Radsimp is radsimp(e, symbolic, max_terms).
func Radsimp(e Expr, symbolic bool, maxTerms int) (out Expr, err error) {
	defer recoverTo(&err)
	return radsimp(e, symbolic, maxTerms), nil
}

type radsimper struct {
	symbolic bool
	maxTerms int
}

func radsimp(expr Expr, symbolic bool, maxTerms int) Expr {
	r := radsimper{symbolic, maxTerms}
	coeff, e := radCoeffAdd(expr)
	e = normalForm(e)
	on, od := fractionOf(e)
	n, d := fractionOf(r.handle(e))
	if !Equal(on, n) || !Equal(od, d) {
		if len(d.Args()) > 0 {
			wn, wd := n, d
			n, d = signsimpNoEval(n), signsimpNoEval(d)
			u := factorsCanonical(uMul(n, Div(One, d)))
			n, d = fractionOf(u)
			if Equal(on, n) && Equal(od, d) {
				n, d = wn, wd
			}
		}
		n = expandMulDeep(n)
		_, dAdd := d.(*Add)
		if IsNumber(d) || dAdd {
			n2, d2 := fractionOf(gcdTermsFull(uMul(n, Div(One, d))))
			if IsNumber(d2) || CountOps(d2) <= CountOps(d) {
				n, d = Signsimp(n2), Signsimp(d2)
				// n.func(*n.args): a product led by a number re-evaluated
				if m, ok := n.(*Mul); ok && IsNumber(m.args[0]) {
					n = NewMul(m.args...)
				}
			}
		}
	}
	return NewAdd(coeff, uMul(n, Div(One, d)))
}

// radCoeffAdd is as_coeff_Add(): the numeric term of a sum and the rest.
func radCoeffAdd(e Expr) (Expr, Expr) {
	if a, ok := e.(*Add); ok && IsNumber(a.args[0]) {
		return a.args[0], addRest(a.args[1:])
	}
	if IsNumber(e) {
		return e, Zero
	}
	return Zero, e
}

// uMul is _unevaluated_Mul(*args): products flattened, numbers
// multiplied into one coefficient, the other factors sorted but not
// combined (no powers joined, no number distributed over a sum).
func uMul(args ...Expr) Expr {
	var fs []Expr
	co := Expr(One)
	stack := slices.Clone(args)
	for len(stack) > 0 {
		a := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case IsNumber(a):
			co = NewMul(co, a)
		default:
			if m, ok := a.(*Mul); ok {
				stack = append(stack, m.args...)
				continue
			}
			fs = append(fs, a)
		}
	}
	sortExprs(fs)
	if !isInt(co, 1) {
		fs = append([]Expr{co}, fs...)
	}
	switch len(fs) {
	case 0:
		return One
	case 1:
		return fs[0]
	}
	return newMul(fs)
}

// signsimpNoEval is signsimp(e, evaluate=False): a sum that could
// extract a minus sign is written as the unevaluated product -1*(-sum).
func signsimpNoEval(e Expr) Expr {
	rv := Signsimp(e)
	if a, ok := rv.(*Add); ok && CouldExtractMinusSign(a) {
		return newMul([]Expr{NegOne, Neg(a)})
	}
	return rv
}

// factorsCanonical is _unevaluated_Mul(*[k**v for k, v in
// Factors(e).factors.items()]): the powers of a common base joined, a
// rational coefficient split into numerator and denominator.
func factorsCanonical(e Expr) Expr {
	var fm psPowers
	for _, t := range mulArgs(e) {
		if r, ok := t.(*Rational); ok {
			if !isInt(NewBigInt(r.r.Num()), 1) {
				fm.add(NewBigInt(r.r.Num()), One)
			}
			fm.add(NewBigInt(r.r.Denom()), NegOne)
			continue
		}
		b, x := AsBaseExp(t)
		fm.add(b, x)
	}
	fs := make([]Expr, len(fm.bases))
	for i, b := range fm.bases {
		fs[i] = NewPow(b, NewAdd(fm.exps[i]...))
	}
	return uMul(fs...)
}

// handle is radsimp's handle: expr reduced to 1/d pieces, each
// rationalised.
func (r radsimper) handle(expr Expr) Expr {
	checkInterrupt()
	if len(expr.Args()) == 0 {
		return expr
	}
	n, d := fractionOf(expr)
	nAtom, dAtom := len(n.Args()) == 0, len(d.Args()) == 0
	switch {
	case dAtom && nAtom:
		return expr
	case !nAtom:
		args := n.Args()
		na := make([]Expr, len(args))
		for i, a := range args {
			na[i] = r.handle(a)
		}
		return uMul(rebuild(n, na), r.handle(Div(One, d)))
	case !isInt(n, 1):
		return uMul(n, r.handle(Div(One, d)))
	}
	if m, ok := d.(*Mul); ok {
		fs := make([]Expr, len(m.args))
		for i, f := range m.args {
			fs[i] = r.handle(Div(One, f))
		}
		return uMul(fs...)
	}
	// expr is 1/d, d not a product
	if !r.symbolic && len(FreeSymbols(d)) > 0 {
		return expr
	}
	if r.ispow2(d, false) {
		p := d.(*Pow)
		if hasRadical(p.Base()) {
			// sqrtdenest(sqrt(base)) may denest it
			panic(notImpl("dcalc's radsimp does not denest a square root of a sum holding radicals (SymPy's sqrtdenest) yet"))
		}
		en, _ := asNumerDenom(p.Exp())
		if d2 := NewPow(Sqrt(p.Base()), en); !Equal(d2, d) {
			return r.handle(Div(One, d2))
		}
	} else if p, ok := d.(*Pow); ok && (IsIntegerValued(p.Exp()) == True || IsPositive(p.Base()) == True) {
		return NewPow(r.handle(Div(One, p.Base())), p.Exp())
	}
	_, dAdd := d.(*Add)
	if !dAdd && !r.ispow2(d, false) {
		args := d.Args()
		na := make([]Expr, len(args))
		for i, a := range args {
			na[i] = r.handle(a)
		}
		return Div(One, rebuild(d, na))
	}
	return r.rationalise(expr, d)
}

// hasRadical reports whether a non-integer power is in e.
func hasRadical(e Expr) bool {
	if p, ok := e.(*Pow); ok && !IsInteger(p.Exp()) {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasRadical)
}

// ispow2 is radsimp's ispow2: a power with exponent of denominator 2
// (with log2, any power of 2).
func (r radsimper) ispow2(d Expr, log2 bool) bool {
	p, ok := d.(*Pow)
	if !ok {
		return false
	}
	e := p.Exp()
	if q := ratDenom(e); q != nil && q.Cmp(big.NewInt(2)) == 0 {
		return true
	}
	if r.symbolic && !isRationalNumber(e) {
		if _, den := asNumerDenom(e); isInt(den, 2) {
			return true
		}
	}
	if log2 {
		q := big.NewInt(1)
		if x := ratDenom(e); x != nil {
			q = x
		} else if r.symbolic {
			if _, den := asNumerDenom(e); IsInteger(den) {
				q = den.(*Integer).Big()
			}
		}
		if q.Cmp(big.NewInt(1)) != 0 && q.Sign() > 0 && new(big.Int).And(q, new(big.Int).Sub(q, big.NewInt(1))).Sign() == 0 {
			return true
		}
	}
	return false
}

// ratDenom is the denominator of a rational number, nil for others.
func ratDenom(e Expr) *big.Int {
	if q := toRat(e); q != nil && isRationalNumber(e) {
		return q.Denom()
	}
	return nil
}

// rationalise is the part of handle for 1/d with d a sum (or a square
// root): d multiplied by conjugates until it holds no radical.
func (r radsimper) rationalise(expr, d Expr) Expr {
	keep := true
	d = mexpand(d)
	if len(d.Args()) == 0 {
		return Div(One, d)
	}
	if len(FreeSymbols(d)) == 0 {
		if nd, err := Nsimplify(d, nil, 0, Unknown); err == nil && isRationalNumber(nd) {
			if isZeroInt(mexpand(Sub(d, nd))) {
				return Div(One, nd)
			}
			if numericallyEqual(d, nd) {
				// SymPy's equals would prove d rational here
				panic(notImpl("dcalc's radsimp cannot prove " + Str(d) + " equal to " + Str(nd)))
			}
		}
	}
	n := Expr(One)
	for round := 0; ; round++ {
		checkInterrupt()
		if round == 8 {
			panic(notImpl("dcalc's radsimp did not clear the radicals of " + Str(d)))
		}
		rterms := r.collectRadicals(d)
		nrad := len(rterms)
		if isInt(rterms[0].rad, 1) {
			nrad--
		}
		if nrad < 1 {
			break
		}
		if nrad > r.maxTerms {
			keep = false
			break
		}
		if len(rterms) > 4 {
			if allIntegerSurds(rterms) {
				ts := make([]Expr, len(rterms))
				for i, t := range rterms {
					ts[i] = NewMul(Sqrt(t.rad), t.coeff)
				}
				nd, dd := radRationalize(One, NewAdd(ts...))
				n = NewMul(n, nd)
				d = dd
			} else {
				keep = false
			}
			break
		}
		num := powsimpFull(conjugateFactor(rterms), psOpts{})
		n = NewMul(n, num)
		d = NewMul(d, num)
		d = powdenest(mexpand(d), r.symbolic)
		if isZeroInt(d) || Has(d, NaN) || Has(d, Zoo) {
			return expr
		}
		if len(d.Args()) == 0 {
			break
		}
	}
	if !keep {
		return expr
	}
	return uMul(n, Div(One, d))
}

// numericallyEqual reports whether a and b, numbers, agree to about 13
// digits (each evaluated to 30).
func numericallyEqual(a, b Expr) bool {
	if Equal(a, b) {
		return true
	}
	va, err1 := Evalf(a, 30, nil)
	vb, err2 := Evalf(b, 30, nil)
	if err1 != nil || err2 != nil {
		return false
	}
	ca, ok1 := ToComplex(va)
	cb, ok2 := ToComplex(vb)
	return ok1 && ok2 && cmplx.Abs(ca-cb) <= 1e-13*max(1, cmplx.Abs(ca))
}

// mexpand is _mexpand(e): expand_mul(expand_multinomial(e)), once.
func mexpand(e Expr) Expr { return expandMulDeep(expandMultinomialDeep(e)) }

// radTerm is one radical group of a denominator: sqrt(rad)*coeff.
type radTerm struct {
	rad, coeff Expr
	p2         []Expr // the radicands, ordered
	others     []Expr // the cofactors of the terms sharing them
}

// collectRadicals is radsimp's grouping of the terms of d by the
// product of their square-root radicands (I counting as sqrt(-1)), in
// SymPy's ordered() order.
func (r radsimper) collectRadicals(d Expr) []radTerm {
	var groups []radTerm
	for _, m := range addArgs(d) {
		var p2, other []Expr
		for _, f := range mulArgs(m) {
			switch {
			case r.ispow2(f, true):
				p := f.(*Pow)
				if isOneHalf(p.Exp()) {
					p2 = append(p2, p.Base())
				} else {
					p2 = append(p2, NewPow(p.Base(), NewMul(Two, p.Exp())))
				}
			case f == I:
				p2 = append(p2, NegOne)
			default:
				other = append(other, f)
			}
		}
		Ordered(p2)
		om := NewMul(other...)
		found := false
		for i := range groups {
			if slices.EqualFunc(groups[i].p2, p2, Equal) {
				groups[i].others = append(groups[i].others, om)
				found = true
				break
			}
		}
		if !found {
			groups = append(groups, radTerm{p2: p2, others: []Expr{om}})
		}
	}
	nodes := func(g radTerm) float64 {
		n := 3.0
		for _, x := range g.p2 {
			n += nodeCount(x)
		}
		for _, x := range g.others {
			n += nodeCount(x)
		}
		return n
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := nodes(groups[i]), nodes(groups[j])
		if a != b {
			return a < b
		}
		return cmpSkey(radGroupKey(groups[i]), radGroupKey(groups[j])) < 0
	})
	for i := range groups {
		groups[i].rad = NewMul(groups[i].p2...)
		groups[i].coeff = NewAdd(groups[i].others...)
	}
	return groups
}

func isOneHalf(e Expr) bool {
	q := toRat(e)
	return q != nil && q.Cmp(big.NewRat(1, 2)) == 0
}

// radGroupKey is default_sort_key of the item (tuple(p2), [others]).
func radGroupKey(g radTerm) skey {
	seq := func(cls string, xs []Expr) skey {
		ks := make([]skey, len(xs))
		for i, x := range xs {
			ks[i] = sortKey(x)
		}
		return kTup(kTup(kInt(10), kInt(0), kStr(cls)), kTup(kInt(int64(len(ks))), kTup(ks...)), oneSortKey, kNum(One))
	}
	return kTup(kTup(kInt(10), kInt(0), kStr("tuple")), kTup(kInt(2), kTup(seq("tuple", g.p2), seq("list", g.others))), oneSortKey, kNum(One))
}

// allIntegerSurds reports whether every group is an integer radicand
// with a coefficient whose square is rational.
func allIntegerSurds(ts []radTerm) bool {
	for _, t := range ts {
		if !IsInteger(t.rad) || !isRationalNumber(NewPow(t.coeff, Two)) {
			return false
		}
	}
	return true
}

// conjugateFactor is radsimp's _num: the multiplier that removes the
// radicals of a denominator of one to four radical terms.
func conjugateFactor(ts []radTerm) Expr {
	sq := func(i int) Expr { return NewMul(Sqrt(ts[i].rad), ts[i].coeff) }
	sqr := func(i int) Expr { return NewMul(ts[i].rad, NewPow(ts[i].coeff, Two)) }
	switch len(ts) {
	case 1:
		return Sqrt(ts[0].rad)
	case 2:
		return Sub(sq(0), sq(1))
	case 3:
		return NewMul(
			NewAdd(sq(0), sq(1), Neg(sq(2))),
			NewAdd(NewMul(Two, Sqrt(ts[0].rad), Sqrt(ts[1].rad), ts[0].coeff, ts[1].coeff), Neg(sqr(0)), Neg(sqr(1)), sqr(2)))
	case 4:
		a, b, c, d := ts[0].coeff, ts[1].coeff, ts[2].coeff, ts[3].coeff
		A, B, C, D := ts[0].rad, ts[1].rad, ts[2].rad, ts[3].rad
		f1 := NewAdd(sq(0), sq(1), Neg(sq(2)), Neg(sq(3)))
		f2 := NewAdd(NewMul(Two, Sqrt(A), Sqrt(B), a, b), Neg(sqr(0)), Neg(sqr(1)),
			NewMul(NewInt(-2), Sqrt(C), Sqrt(D), c, d), sqr(2), sqr(3))
		p4 := func(R, x Expr) Expr { return NewMul(NewPow(R, Two), NewPow(x, NewInt(4))) }
		m2 := func(R, x, S, y Expr) Expr {
			return NewMul(NewInt(-2), R, S, NewPow(x, Two), NewPow(y, Two))
		}
		f3 := NewAdd(NewMul(NewInt(-8), Sqrt(A), Sqrt(B), Sqrt(C), Sqrt(D), a, b, c, d),
			p4(A, a), m2(A, a, B, b), m2(A, a, C, c), m2(A, a, D, d), p4(B, b),
			m2(B, b, C, c), m2(B, b, D, d), p4(C, c), m2(C, c, D, d), p4(D, d))
		return NewMul(f1, f2, f3)
	}
	panic(notImpl("radsimp: too many radical terms"))
}

// radRationalize is rad_rationalize(num, den) for a sum of integer
// surds: the conjugate of a split of den multiplied in until den is
// rational.
func radRationalize(num, den Expr) (Expr, Expr) {
	for {
		checkInterrupt()
		if _, ok := den.(*Add); !ok {
			return num, den
		}
		g, a, b := splitSurds(den)
		a = NewMul(a, Sqrt(g))
		num = mexpand(NewMul(Sub(a, b), num))
		den = mexpand(Sub(NewPow(a, Two), NewPow(b, Two)))
	}
}

// splitSurds is split_surds: the sum's surds split into those whose
// squares share the gcd g (divided by sqrt(g)) and the rest.
func splitSurds(e Expr) (Expr, Expr, Expr) {
	args := slices.Clone(addArgs(e))
	sortByDefaultKey(args)
	cs := make([]Expr, len(args))
	ss := make([]Expr, len(args))
	var surds []Expr
	for i, t := range args {
		cs[i], ss[i] = AsCoeffMul(t)
		if _, ok := ss[i].(*Pow); ok {
			surds = append(surds, NewPow(ss[i], Two))
		}
	}
	sortByDefaultKey(surds)
	g, b1, b2 := splitGcd(surds)
	g2 := g
	if len(b2) == 0 && len(b1) >= 2 {
		// only a common factor was found: split again
		var b1n []Expr
		for _, x := range b1 {
			if q := Div(x, g); !isInt(q, 1) {
				b1n = append(b1n, q)
			}
		}
		g1, _, _ := splitGcd(b1n)
		g2 = NewMul(g, g1)
	}
	var a1, a2 []Expr
	for i, s := range ss {
		if p, ok := s.(*Pow); ok && isOneHalf(p.Exp()) && indexExpr(b1, p.Base()) >= 0 {
			a1 = append(a1, NewMul(cs[i], Sqrt(Div(p.Base(), g2))))
		} else {
			a2 = append(a2, NewMul(cs[i], s))
		}
	}
	return g2, NewAdd(a1...), NewAdd(a2...)
}

// splitGcd is _split_gcd: the integers whose running gcd with the first
// stays above 1, that gcd, and the rest.
func splitGcd(a []Expr) (Expr, []Expr, []Expr) {
	if len(a) == 0 {
		// _split_gcd() of nothing raises IndexError in SymPy
		panic(notImpl("radsimp: no surds to split"))
	}
	asInt := func(x Expr) *big.Int {
		z, ok := x.(*Integer)
		if !ok {
			panic(notImpl("radsimp: the surd " + Str(x) + " is not an integer"))
		}
		return new(big.Int).Abs(z.Big())
	}
	g := asInt(a[0])
	b1 := []Expr{a[0]}
	var b2 []Expr
	for _, x := range a[1:] {
		g1 := new(big.Int).GCD(nil, nil, g, asInt(x))
		if g1.Cmp(big.NewInt(1)) == 0 {
			b2 = append(b2, x)
		} else {
			g = g1
			b1 = append(b1, x)
		}
	}
	return NewBigInt(g), b1, b2
}
