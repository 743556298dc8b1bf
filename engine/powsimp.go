package engine

import (
	"math/big"
	"slices"
	"sort"
)

// This file is SymPy's powsimp (sympy/simplify/powsimp.py): in a product,
// powers of a common base are joined (combine='exp': x**a*x**b is
// x**(a + b), 2**x/4 is 2**(x - 2), the factors of a product raised to a
// rational power found among the other factors), and bases with a common
// exponent are multiplied when the assumptions allow it (combine='base':
// 2**x*3**x is 6**x; sqrt(x)*sqrt(y) stays apart unless x or y is known
// to be nonnegative, or force is given). Every expression is commutative
// in dcalc, so the non-commutative bookkeeping of SymPy's is not needed.

// psOpts are powsimp's options.
type psOpts struct {
	deep    bool
	combine int
	force   bool
}

// powsimpDummy is powsimp's _y: a Pow is simplified as the product
// Pow*_y, then divided by it.
var powsimpDummy = NewDummy("y")

// powsimpFull is powsimp(e, deep, combine, force).
func powsimpFull(e Expr, o psOpts) Expr {
	if len(e.Args()) == 0 {
		return e
	}
	checkInterrupt()
	m, isMul := e.(*Mul)
	_, isAdd := e.(*Add)
	if o.deep || isAdd || isMul && !slices.Contains(m.args, Expr(powsimpDummy)) {
		args := e.Args()
		na := make([]Expr, len(args))
		for i, a := range args {
			na[i] = powsimpFull(a, o)
		}
		e = rebuild(e, na)
	}
	if _, ok := e.(*Pow); ok {
		shallow := o
		shallow.deep = false
		return Div(powsimpFull(NewMul(e, powsimpDummy), shallow), powsimpDummy)
	}
	m, isMul = e.(*Mul)
	if !isMul {
		return e
	}
	if o.combine == psBase {
		return powsimpBaseMul(m, o)
	}
	joined := powsimpExpMul(m, o)
	if o.combine == psExp {
		return joined
	}
	base := o
	base.combine = psBase
	return powsimpFull(joined, base)
}

// psPowers is an insertion-ordered map from base to exponents.
type psPowers struct {
	bases []Expr
	exps  [][]Expr
}

func (p *psPowers) index(b Expr) int { return indexExpr(p.bases, b) }

func (p *psPowers) add(b, e Expr) {
	if i := p.index(b); i >= 0 {
		p.exps[i] = append(p.exps[i], e)
		return
	}
	p.bases = append(p.bases, b)
	p.exps = append(p.exps, []Expr{e})
}

// powsimpExpMul is powsimp's combine='exp' step on a product.
func powsimpExpMul(m *Mul, o psOpts) Expr {
	var cp psPowers
	coeff := Expr(One)
	for _, t := range m.args {
		if isRationalNumber(t) {
			coeff = NewMul(coeff, t)
			continue
		}
		if _, ok := t.(*Pow); ok {
			t = denestPow(t)
		}
		b, e := psBaseExp(t)
		if o.deep {
			b, e = powsimpFull(b, o), powsimpFull(e, o)
		}
		if isPowOrExp(b) {
			b, e = NewPow(b, e), One
		}
		cp.add(b, e)
	}
	// exponents of common bases added up, a rational base taking its
	// powers out of the coefficient (2**x/4 is 2**(x - 2))
	for _, i := range orderedPowers(&cp) {
		b, es := cp.bases[i], cp.exps[i]
		if coeff != One && isRationalNumber(b) && !isInt(b, 1) && !isInt(b, -1) && !allNumbers(es) {
			if k := ratMultiplicity(ratAbs(toRat(b)), ratAbs(toRat(coeff))); k != 0 {
				es = append(es, NewInt(k))
				coeff = Div(coeff, NewPow(b, NewInt(k)))
			}
		}
		cp.exps[i] = []Expr{NewAdd(es...)}
	}
	if coeff != One {
		cp.add(coeff, One)
	}
	pw := make([]Expr, len(cp.bases))
	for i := range cp.bases {
		pw[i] = NewAdd(cp.exps[i]...)
	}
	bases := cp.bases
	bases, pw = joinInverseBases(bases, pw)
	bases, pw = joinNegatedBases(bases, pw)
	var fb, fe []Expr
	for i, b := range bases {
		if !isZeroInt(pw[i]) {
			fb, fe = append(fb, b), append(fe, pw[i])
		}
	}
	fb, fe = joinRadicalMulBases(fb, fe)
	fs := make([]Expr, len(fb))
	for i := range fb {
		fs[i] = NewPow(fb[i], fe[i])
	}
	return NewMul(fs...)
}

func isPowOrExp(e Expr) bool {
	if _, ok := e.(*Pow); ok {
		return true
	}
	f, ok := e.(*Func)
	return ok && f.def == fnExp
}

func allNumbers(es []Expr) bool {
	for _, e := range es {
		if !IsNumber(e) {
			return false
		}
	}
	return true
}

func ratAbs(r *big.Rat) *big.Rat { return new(big.Rat).Abs(r) }

// orderedPowers lists the entries of cp in SymPy's ordered() order of the
// (base, exponents) items: by node count, then by default_sort_key.
func orderedPowers(cp *psPowers) []int {
	idx := make([]int, len(cp.bases))
	nodes := make([]float64, len(cp.bases))
	for i := range idx {
		idx[i] = i
		n := 3.0 // the tuple and the list
		n += nodeCount(cp.bases[i])
		for _, e := range cp.exps[i] {
			n += nodeCount(e)
		}
		nodes[i] = n
	}
	sort.SliceStable(idx, func(a, b int) bool {
		i, j := idx[a], idx[b]
		if nodes[i] != nodes[j] {
			return nodes[i] < nodes[j]
		}
		return cmpSkey(powersItemKey(cp, i), powersItemKey(cp, j)) < 0
	})
	return idx
}

// powersItemKey is default_sort_key of the tuple (base, [exponents]).
func powersItemKey(cp *psPowers, i int) skey {
	ek := make([]skey, len(cp.exps[i]))
	for j, e := range cp.exps[i] {
		ek[j] = sortKey(e)
	}
	list := kTup(kTup(kInt(10), kInt(0), kStr("list")), kTup(kInt(int64(len(ek))), kTup(ek...)), oneSortKey, kNum(One))
	return kTup(kTup(kInt(10), kInt(0), kStr("tuple")), kTup(kInt(2), kTup(sortKey(cp.bases[i]), list)), oneSortKey, kNum(One))
}

// ratMultiplicity is multiplicity(p, n) for positive rationals: the
// largest k (possibly negative) with p**k dividing n.
func ratMultiplicity(p, n *big.Rat) int64 {
	pn, pd, nn, nd := p.Num(), p.Denom(), n.Num(), n.Denom()
	one := big.NewInt(1)
	switch {
	case p.IsInt() && n.IsInt():
		return intMultiplicity(pn, nn)
	case pd.Cmp(one) == 0:
		if nn.Cmp(one) == 0 {
			return -intMultiplicity(pn, nd)
		}
		return intMultiplicity(pn, nn) - intMultiplicity(pn, nd)
	case pn.Cmp(one) == 0:
		return intMultiplicity(pd, nd)
	}
	like := min(intMultiplicity(pn, nn), intMultiplicity(pd, nd))
	cross := min(intMultiplicity(pd, nn), intMultiplicity(pn, nd))
	return like - cross
}

// intMultiplicity is multiplicity(p, n) for positive integers (0 when p
// is 1 or does not divide n).
func intMultiplicity(p, n *big.Int) int64 {
	if p.Cmp(big.NewInt(1)) <= 0 || n.Sign() == 0 {
		return 0
	}
	k, _ := multiplicity(p, n)
	return k
}

// joinInverseBases is powsimp's base and inverted base step: for a
// positive b with 1/b also a base, the two are joined.
func joinInverseBases(bases, pw []Expr) ([]Expr, []Expr) {
	snap := slices.Clone(bases)
	snapE := slices.Clone(pw)
	var skip []Expr
	for k, b := range snap {
		if indexExpr(skip, b) >= 0 || IsPositive(b) != True {
			continue
		}
		i := indexExpr(bases, b)
		if f, ok := b.(*Float); ok && f.Big().Cmp(big.NewFloat(1)) == 0 {
			pw[i] = One
			continue
		}
		binv := Div(One, b)
		j := indexExpr(bases, binv)
		if Equal(b, binv) || j < 0 || i < 0 {
			continue
		}
		if n, _ := asNumerDenom(b); isInt(n, 1) {
			pw[j] = Sub(pw[j], snapE[k])
			bases, pw = slices.Delete(bases, i, i+1), slices.Delete(pw, i, i+1)
		} else {
			skip = append(skip, binv)
			e := pw[j]
			bases, pw = slices.Delete(bases, j, j+1), slices.Delete(pw, j, j+1)
			i = indexExpr(bases, b)
			pw[i] = Sub(pw[i], e)
		}
	}
	return bases, pw
}

// joinNegatedBases is powsimp's base and negated base step:
// b**e*(-b)**f is (-1)**e*(-b)**(e + f) when e is an integer or the sign
// of b is known.
func joinNegatedBases(bases, pw []Expr) ([]Expr, []Expr) {
	snap := slices.Clone(bases)
	snapE := slices.Clone(pw)
	for k, b := range snap {
		switch b.(type) {
		case *Symbol, *Add:
		default:
			continue
		}
		kb, kn := indexExpr(bases, b), indexExpr(bases, Neg(b))
		if kb < 0 || kn < 0 {
			continue
		}
		e := snapE[k]
		eInt := IsIntegerValued(e) == True
		if IsPositive(b) == Unknown && !eInt {
			continue
		}
		if eInt || IsNegative(b) == True {
			pw[kn] = NewAdd(pw[kn], pw[kb])
			bases, pw = slices.Delete(bases, kb, kb+1), slices.Delete(pw, kb, kb+1)
		} else {
			e = pw[kn]
			bases, pw = slices.Delete(bases, kn, kn+1), slices.Delete(pw, kn, kn+1)
			kb = indexExpr(bases, b)
			pw[kb] = NewAdd(pw[kb], e)
		}
		if k := indexExpr(bases, NegOne); k >= 0 {
			pw[k] = NewAdd(pw[k], e)
		} else {
			bases, pw = append(bases, NegOne), append(pw, e)
		}
	}
	return bases, pw
}

// radKey is powsimp's bkey: a base and the denominator of its rational
// exponent.
type radKey struct {
	b Expr
	q int64
}

// radBKey is bkey(b, e): (b**s, q) and p where e is (p/q)*s.
func radBKey(b, e Expr) (radKey, Expr) {
	switch x := e.(type) {
	case *Integer:
		return radKey{b, 1}, e
	case *Rational:
		return radKey{b, x.r.Denom().Int64()}, NewBigInt(x.r.Num())
	}
	c, m := AsCoeffMul(e)
	if r, ok := c.(*Rational); ok {
		if IsIntegerValued(m) == True {
			return radKey{b, r.r.Denom().Int64()}, NewMul(m, NewBigInt(r.r.Num()))
		}
		return radKey{NewPow(b, m), r.r.Denom().Int64()}, NewBigInt(r.r.Num())
	}
	if c, ok := c.(*Integer); ok && !isInt(c, 1) {
		// an integer coefficient: Rational(c) has q = 1
		if IsIntegerValued(m) == True {
			return radKey{b, 1}, NewMul(m, c)
		}
		return radKey{NewPow(b, m), 1}, c
	}
	return radKey{NewPow(b, e), 1}, One
}

// radFactorKey is bkey(f) for a factor f.
func radFactorKey(f Expr) (radKey, Expr) { return radBKey(psBaseExp(f)) }

// radCounts is powsimp's common_b: an insertion-ordered map from radKey
// to exponent.
type radCounts struct {
	keys []radKey
	vals []Expr
}

func (c *radCounts) find(k radKey) int {
	for i, x := range c.keys {
		if x.q == k.q && Equal(x.b, k.b) {
			return i
		}
	}
	return -1
}

func (c *radCounts) add(k radKey, v Expr) {
	if i := c.find(k); i >= 0 {
		c.vals[i] = NewAdd(c.vals[i], v)
		return
	}
	c.keys, c.vals = append(c.keys, k), append(c.vals, v)
}

func (c *radCounts) pop(k radKey) Expr {
	i := c.find(k)
	v := c.vals[i]
	c.keys, c.vals = slices.Delete(c.keys, i, i+1), slices.Delete(c.vals, i, i+1)
	return v
}

// radInt is an exponent count that powsimp compares and divides; SymPy
// raises TypeError on a symbolic one, dcalc refuses.
func radInt(v Expr) int64 {
	z, ok := v.(*Integer)
	if !ok || !z.Big().IsInt64() {
		panic(notImpl("dcalc's powsimp cannot compare the symbolic exponent " + Str(v)))
	}
	return z.Big().Int64()
}

// joinRadicalMulBases is powsimp's step for products raised to rational
// powers: x*sqrt(x*y)*sqrt(x*sqrt(x*y)) is (x*sqrt(x*y))**(3/2), the
// factors of the base found among the other factors.
func joinRadicalMulBases(fb, fe []Expr) ([]Expr, []Expr) {
	var cb radCounts
	var bases []radKey
	for i, b := range fb {
		k, e := radBKey(b, fe[i])
		cb.add(k, e)
		if _, isMul := k.b.(*Mul); isMul && k.q != 1 {
			bases = append(bases, k)
		}
	}
	sort.SliceStable(bases, func(i, j int) bool {
		return cmpSkey(radKeySortKey(bases[i]), radKeySortKey(bases[j])) < 0
	})
	sort.SliceStable(bases, func(i, j int) bool { return CountOps(bases[i].b) > CountOps(bases[j].b) })
	update := func(k radKey) {
		cnt := radInt(cb.vals[cb.find(k)])
		newe, r := floorDivMod(cnt, k.q)
		if r != 0 {
			return
		}
		cb.pop(k)
		if newe == 0 {
			return
		}
		for _, m := range mulArgs(NewPow(k.b, NewInt(newe))) {
			mk, e := radFactorKey(m)
			cb.add(mk, e)
			if mk.q != 1 {
				bases = append(bases, mk)
			}
		}
	}
	var doneB, doneE []Expr
	for n := 0; n < len(bases); n++ {
		base := bases[n]
		if cb.find(base) < 0 {
			continue
		}
		b, exponent := base.b, base.q
		last := false
		qlcm := int64(1)
		for {
			bstart, qstart := b, qlcm
			var bb []radKey
			var ee [][2]int64
			for _, bi := range mulArgs(b) {
				bib, bie := radFactorKey(bi)
				j := cb.find(bib)
				if j < 0 || radInt(cb.vals[j]) < radInt(bie) {
					bb, ee = nil, nil
					break
				}
				ee = append(ee, [2]int64{radInt(bie), radInt(cb.vals[j])})
				bb = append(bb, bib)
			}
			if len(ee) > 0 {
				min1, _ := floorDivMod(ee[0][1], ee[0][0])
				ok := true
				for i := 1; i < len(ee); i++ {
					rat, _ := floorDivMod(ee[i][1], ee[i][0])
					if rat < 1 {
						ok = false
						break
					}
					min1 = min(min1, rat)
				}
				if ok {
					for i, k := range bb {
						j := cb.find(k)
						cb.vals[j] = NewAdd(cb.vals[j], NewInt(-min1*ee[i][0]))
						update(k)
					}
					j := cb.find(base)
					cb.vals[j] = NewAdd(cb.vals[j], NewInt(min1*qstart*exponent))
				}
			}
			if last || len(cb.keys) == 1 || !slices.ContainsFunc(cb.keys, func(k radKey) bool { return k.q != 1 }) {
				break
			}
			qlcm = 1
			for _, bi := range mulArgs(bstart) {
				k, _ := radFactorKey(bi)
				qlcm = lcm64(qlcm, k.q)
			}
			if qlcm == 1 {
				break
			}
			b = NewPow(bstart, NewInt(qlcm))
			qlcm *= qstart
			last = true
			for _, bi := range mulArgs(b) {
				if k, _ := radFactorKey(bi); k.q != 1 {
					last = false
				}
			}
		}
		doneB = append(doneB, base.b)
		doneE = append(doneE, NewMul(cb.pop(base), NewRational(big.NewInt(1), big.NewInt(base.q))))
	}
	for i, k := range cb.keys {
		b := k.b
		if isPowOrExp(b) && k.q != 1 && !isRationalNumber(powExpOf(b)) {
			bb, be := AsBaseExp(b)
			b = NewPow(bb, Div(be, NewInt(k.q)))
		} else {
			b = Root(b, NewInt(k.q))
		}
		doneB, doneE = append(doneB, b), append(doneE, cb.vals[i])
	}
	return doneB, doneE
}

// powExpOf is the exponent of a Pow or the argument of exp.
func powExpOf(e Expr) Expr {
	_, x := AsBaseExp(e)
	return x
}

// radKeySortKey is default_sort_key of the tuple (b, q).
func radKeySortKey(k radKey) skey {
	return kTup(kTup(kInt(10), kInt(0), kStr("tuple")), kTup(kInt(2), kTup(sortKey(k.b), sortKey(NewInt(k.q)))), oneSortKey, kNum(One))
}

// floorDivMod is Python's divmod for integers.
func floorDivMod(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

func lcm64(a, b int64) int64 {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	return a / x * b
}

// powsimpBaseMul is powsimp's combine='base' step on a product: bases
// with a common exponent multiplied when the exponent is an integer,
// force is given, or the signs of the bases allow it.
func powsimpBaseMul(m *Mul, o psOpts) Expr {
	bs := make([]Expr, len(m.args))
	es := make([]Expr, len(m.args))
	for i, t := range m.args {
		bs[i], es[i] = psBaseExp(t)
		b, e := bs[i], es[i]
		n, d := asNumerDenom(b)
		if !(isNonnegative(n) == True && isNonnegative(d) == True || IsIntegerValued(e) == True || o.force) {
			continue
		}
		// 2**(2*x) is 4**x
		c, t := AsCoeffMul(e)
		if isRationalNumber(c) && !isInt(c, 1) && !isInt(t, 1) {
			bs[i], es[i] = NewPow(b, c), t
		}
	}
	var byExp psPowers // exponent -> bases
	for i, b := range bs {
		e := es[i]
		if o.deep {
			e = powsimpFull(e, o)
		}
		if _, isAdd := e.(*Add); isAdd && (IsPositive(b) == True || IsIntegerValued(e) == True) {
			e = factorTerms(e, true)
			if coeffIsNeg(e) {
				e, b = Neg(e), Div(One, b)
			}
		}
		byExp.add(e, b)
	}
	var out psPowers // base -> exponents
	for i, e := range byExp.bases {
		bases := byExp.exps[i]
		var nb Expr
		switch {
		case len(bases) == 1:
			nb = bases[0]
		case IsIntegerValued(e) == True || o.force:
			nb = NewMul(bases...)
		default:
			var unk, nonneg, neg []Expr
			for _, bi := range bases {
				switch {
				case IsNegative(bi) == True:
					neg = append(neg, bi)
				case isNonnegative(bi) == True:
					nonneg = append(nonneg, bi)
				default:
					unk = append(unk, bi)
				}
			}
			switch {
			case len(unk) == 1 && len(neg) == 0 || len(neg) == 1 && len(unk) == 0:
				nonneg = append(append(nonneg, unk...), neg...)
				unk, neg = nil, nil
			case len(neg) > 0:
				if exponentIsRatio(e) {
					for j, w := range neg {
						neg[j] = Neg(w)
						unk = append(unk, NegOne)
					}
				} else {
					unk = append(unk, neg...)
					neg = nil
				}
			}
			for _, b := range unk {
				out.add(b, e)
			}
			nb = NewMul(append(nonneg, neg...)...)
			if x := expandMulShallow(nb); len(addArgs(x)) < termsWhenExpanded(nb) {
				nb = factorTerms(x, true)
			}
		}
		out.add(nb, e)
	}
	var fs []Expr
	for i, b := range out.bases {
		for _, e := range out.exps[i] {
			fs = append(fs, NewPow(b, e))
		}
	}
	return NewMul(fs...)
}

// exponentIsRatio reports whether e is known to be a ratio of integers.
func exponentIsRatio(e Expr) bool {
	if isRationalNumber(e) {
		return true
	}
	p, q := asNumerDenom(e)
	return IsIntegerValued(p) == True && IsIntegerValued(q) == True
}

// termsWhenExpanded is powsimp's _terms: the number of terms of e
// multiplied out, assuming none combine.
func termsWhenExpanded(e Expr) int {
	switch x := e.(type) {
	case *Add:
		n := 0
		for _, a := range x.args {
			n += termsWhenExpanded(a)
		}
		return n
	case *Mul:
		n := 1
		for _, a := range x.args {
			n *= termsWhenExpanded(a)
		}
		return n
	}
	return 1
}

// denestPow is powdenest's _denest_pow: a power of a perfect power
// (16**x is 2**(4*x)), exp of a product holding sums of logs (the logs
// combined), a power of a product whose log expands to a common multiple
// ((x**2*y**4)**a is (x*y**2)**(2*a) for positive x and y).
func denestPow(eq Expr) Expr {
	b, e := AsBaseExp(eq)
	if b == E {
		if m, ok := e.(*Mul); ok {
			var logs, other []Expr
			for _, f := range m.args {
				if slices.ContainsFunc(addArgs(f), isLogTerm) {
					logs = append(logs, f)
				} else {
					other = append(other, f)
				}
			}
			lc, err := Logcombine(NewMul(logs...), false)
			if err != nil {
				panic(err)
			}
			return NewPow(fnExp.call(lc), NewMul(other...))
		}
	}
	_, be := AsBaseExp(b)
	_, bMul := b.(*Mul)
	r, bRat := b.(*Rational)
	if isInt(be, 1) && !(bMul || bRat && !r.r.IsInt() || IsPositive(b) == True) {
		return eq
	}
	if z, ok := b.(*Integer); ok {
		if base, k := perfectPower(z.Big()); k > 1 {
			return NewPow(NewBigInt(base), NewMul(e, NewInt(k)))
		}
	}
	m, ok := b.(*Mul)
	if !ok || slices.ContainsFunc(m.args, func(f Expr) bool { return len(f.Args()) == 0 }) {
		return eq
	}
	glogb, err := ExpandLog(fnLog.call(b), false)
	if err != nil {
		panic(err)
	}
	if a, ok := glogb.(*Add); ok {
		g := a.args[0]
		for _, t := range a.args[1:] {
			g = ncGcd(g, t)
		}
		if !isInt(g, 1) {
			cg, rg := AsCoeffMul(g)
			ts := make([]Expr, len(a.args))
			for i, t := range a.args {
				ts[i] = Div(t, g)
			}
			glogb = keepCoeff(cg, NewMul(rg, NewAdd(ts...)), false, false)
		}
	}
	gm, isMul := glogb.(*Mul)
	if !isMul {
		if f, ok := glogb.(*Func); ok && f.def == fnLog && isPowOrExp(f.args[0]) {
			d := denestPow(f.args[0])
			if db, de := AsBaseExp(d); isRationalNumber(de) && new(big.Rat).Abs(toRat(de)).Cmp(big.NewRat(1, 1)) < 0 {
				return NewPow(db, NewMul(de, e))
			}
		}
		return eq
	}
	add, other := partitionSums(gm.args)
	lc, err := Logcombine(NewMul(add...), false)
	if err != nil {
		panic(err)
	}
	return NewPow(fnExp.call(lc), NewMul(e, NewMul(other...)))
}

// isLogTerm reports whether t is a log (any(isinstance(ai, log) ...)).
func isLogTerm(t Expr) bool {
	f, ok := t.(*Func)
	return ok && f.def == fnLog
}

// ncGcd is _denest_pow's nc_gcd: the gcd of the rational coefficients'
// numerators times the factors the two terms share.
func ncGcd(a, b Expr) Expr {
	ca, ra := AsCoeffMul(a)
	cb, rb := AsCoeffMul(b)
	c := Expr(One)
	if g := ratGcd(ca, cb); g != nil {
		c = NewBigInt(toRat(g).Num())
	}
	var common []Expr
	for _, f := range mulArgs(ra) {
		if indexExpr(mulArgs(rb), f) >= 0 && indexExpr(common, f) < 0 {
			common = append(common, f)
		}
	}
	return keepCoeff(c, NewMul(common...), false, false)
}

// psBaseExp is as_base_exp as powsimp sees it: I is (-1)**(1/2), so
// I*sqrt(5 - pi) joins into sqrt(-5 + pi).
func psBaseExp(e Expr) (Expr, Expr) {
	if e == I {
		return NegOne, Half
	}
	return AsBaseExp(e)
}

// Powdenest is powdenest(e, force): powers of powers and of products
// collected into one exponent as the assumptions allow ((x**a)**b stays,
// sqrt(x**2) stays unless force, exp(3*log(x)) is x**3); with force, every
// symbol not known to be negative is taken as positive (posify).
func Powdenest(e Expr, force bool) (out Expr, err error) {
	defer recoverTo(&err)
	return powdenest(e, force), nil
}

func powdenest(eq Expr, force bool) Expr {
	if !force {
		return denestTopDown(powsimpFull(eq, psOpts{}))
	}
	// powers of powers rewritten as one power of the innermost base,
	// unless that base is known not to be positive
	var reps [][2]Expr
	walkExpr(eq, func(p Expr) {
		pb, pe, ok := powArgs(p)
		if !ok || !isPowOrExp(pb) {
			return
		}
		b, e := pb, pe
		for isPowOrExp(b) {
			bb, be := AsBaseExp(b)
			b, e = bb, NewMul(be, e)
		}
		if IsPositive(b) != False && indexPair(reps, p) < 0 {
			reps = append(reps, [2]Expr{p, newPow(b, e)})
		}
	})
	if len(reps) > 0 {
		eq = SubsPairs(eq, reps)
	}
	eq, back := posify(eq)
	return Xreplace(powdenest(eq, false), back)
}

// powArgs is the base and exponent of a Pow or of exp (E and its
// argument).
func powArgs(e Expr) (Expr, Expr, bool) {
	if !isPowOrExp(e) {
		return nil, nil, false
	}
	b, x := AsBaseExp(e)
	if p, ok := e.(*Pow); ok {
		b, x = p.Base(), p.Exp()
	}
	return b, x, true
}

func indexPair(ps [][2]Expr, e Expr) int {
	for i, p := range ps {
		if Equal(p[0], e) {
			return i
		}
	}
	return -1
}

// walkExpr calls f on e and every subexpression.
func walkExpr(e Expr, f func(Expr)) {
	f(e)
	for _, a := range e.Args() {
		walkExpr(a, f)
	}
}

// denestTopDown is xreplace(Transform(_denest_pow, filter=Pow or exp)):
// the outermost powers rewritten, their insides left.
func denestTopDown(e Expr) Expr {
	if isPowOrExp(e) {
		return denestPow(e)
	}
	return mapArgs(e, denestTopDown)
}

// posify is SymPy's posify for an expression: every symbol whose sign is
// unknown replaced by a positive Dummy of the same name (keeping its
// other assumptions); back undoes it.
func posify(e Expr) (Expr, [][2]Expr) {
	var reps, back [][2]Expr
	for _, s := range FreeSymbols(e) {
		if IsPositive(s) != Unknown {
			continue
		}
		a := s.assume
		a.Positive = true
		d := NewDummy(s.name)
		d.assume = a.normalize()
		d.h = mix(d.h, uint64(d.assume.bits()))
		reps = append(reps, [2]Expr{s, d})
		back = append(back, [2]Expr{d, s})
	}
	return Xreplace(e, reps), back
}
