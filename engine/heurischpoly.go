package engine

import (
	"math/big"
	"slices"
)

// This file is the polynomial half of heurisch (heurisch.go): the
// derivation on polynomials in V, the splitting of denominators into
// special and normal parts, the candidate antiderivative and the linear
// system for its coefficients.

// poly reads e, a polynomial in V with rational coefficients, as
// scale*p with p an integer polynomial; ok is false for anything else.
func (h *heurisch) poly(e Expr) (p mpoly, scale *big.Rat, ok bool) {
	n := len(h.V)
	var terms []ratTerm
	for _, t := range addArgs(Expand(e)) {
		ex := make([]int, n)
		r := big.NewRat(1, 1)
		for _, f := range mulArgs(t) {
			if q := toRat(f); q != nil {
				r.Mul(r, q)
				continue
			}
			b, k := decomposePower(f)
			s, isSym := b.(*Symbol)
			i := slices.Index(h.V, s)
			if !isSym || i < 0 || k < 0 {
				return nil, nil, false
			}
			ex[i] += int(k)
		}
		terms = append(terms, ratTerm{ex, r})
	}
	p, den := clearDenoms(terms)
	return p, new(big.Rat).SetFrac(big.NewInt(1), den), true
}

// derive is the derivation on polynomials: sum of numer[i]*dp/dV_i.
func (h *heurisch) derive(p mpoly) mpoly {
	var out mpoly
	for i, d := range h.numer {
		if len(d) == 0 {
			continue
		}
		if dp := mpDerivIn(p, i); len(dp) > 0 {
			out = mpAdd(out, mpMul(d, dp))
		}
	}
	return out
}

// mpDerivIn is dp/dV_i.
func mpDerivIn(p mpoly, i int) mpoly {
	var out mpoly
	for _, t := range p {
		if t.e[i] == 0 {
			continue
		}
		e := slices.Clone(t.e)
		e[i]--
		out = append(out, mterm{e, new(big.Int).Mul(t.c, big.NewInt(int64(t.e[i])))})
	}
	out.sort()
	return out
}

// mpAdd is f + g.
func mpAdd(f, g mpoly) mpoly {
	out := make(mpoly, 0, len(f)+len(g))
	out = append(append(out, f...), g...)
	out = mpCombine(out)
	out.sort()
	return out
}

// mpTotalDegree is the total degree (-1 for zero... 0 here, as SymPy's
// total_degree of the zero polynomial).
func mpTotalDegree(p mpoly) int {
	d := 0
	for _, t := range p {
		s := 0
		for _, k := range t.e {
			s += k
		}
		d = max(d, s)
	}
	return d
}

// gcd is the polynomial gcd in V.
func (h *heurisch) gcd(f, g mpoly) mpoly {
	switch {
	case len(f) == 0:
		return g
	case len(g) == 0:
		return f
	}
	r, err := mpGCD(f, g, len(h.V))
	if err != nil {
		panic(err)
	}
	return r
}

// quo is the exact quotient f/g.
func (h *heurisch) quo(f, g mpoly) mpoly {
	q, ok := mpDivExact(f, g)
	if !ok {
		panic(notImpl("heurisch: inexact polynomial division"))
	}
	return q
}

// primitiveIn is p.as_poly(V_i).primitive(): the content of p's
// coefficients in V_i and the primitive part.
func (h *heurisch) primitiveIn(p mpoly, i int) (c, q mpoly) {
	for _, cf := range coeffsIn(p, i) {
		c = h.gcd(c, cf)
	}
	return c, h.quo(p, c)
}

// splitter is _splitter: p as its special part (factors the derivation
// maps into themselves) and its normal part.
func (h *heurisch) splitter(p mpoly) (mpoly, mpoly) {
	n := len(h.V)
	for i := range h.V {
		if degIn(p, i) <= 0 || len(h.numer[i]) == 0 {
			continue
		}
		c, q := h.primitiveIn(p, i)
		g := h.gcd(q, h.derive(q))
		s := h.quo(g, h.gcd(q, mpDerivIn(q, i)))
		cs, cn := h.splitter(c)
		if degIn(s, i) <= 0 {
			return cs, mpMul(q, cn)
		}
		qs, qn := h.splitter(h.quo(q, s))
		return mpMul(mpMul(cs, qs), s), mpMul(cn, qn)
	}
	return mpConst(n, 1), p
}

// deflation is _deflation: p without the repeated factors of its
// primitive parts.
func (h *heurisch) deflation(p mpoly) mpoly {
	for i := range h.V {
		if degIn(p, i) <= 0 {
			continue
		}
		if len(h.derive(p)) != 0 {
			c, q := h.primitiveIn(p, i)
			return mpMul(h.deflation(c), h.gcd(q, mpDerivIn(q, i)))
		}
	}
	return p
}

// heurischExponent is _exponent: the largest p + q - 1 (or |p + q| for a
// negative power) over the rational powers p/q in f.
func heurischExponent(g Expr) int {
	if p, ok := g.(*Pow); ok {
		if r, ok := p.Exp().(*Rational); ok {
			n, d := int(r.r.Num().Int64()), int(r.r.Denom().Int64())
			if n > 0 {
				return n + d - 1
			}
			return max(n+d, -(n + d))
		}
		return 1
	}
	m := 1
	if args := g.Args(); len(args) > 0 {
		m = 0
		for _, a := range args {
			m = max(m, heurischExponent(a))
		}
	}
	return m
}

// heurischOutcome is how one try of _integrate ended.
type heurischOutcome int

const (
	heurischSolved        heurischOutcome = iota
	heurischNoSolution                    // SymPy retries with the next substitution order
	heurischGiveUp                        // SymPy returns None, or dcalc does not follow it
	heurischSeedDependent                 // SymPy's answer changes with the hash seed
)

// solve is one try of _integrate('Q') under the current substitution.
func (h *heurisch) solve() (Expr, heurischOutcome) {
	n := len(h.V)
	// the denominators of the derivatives and their lcm
	type frac struct {
		p, q   mpoly
		sp, sq *big.Rat
	}
	fr := make([]frac, n)
	denom := mpConst(n, 1)
	for i, d := range h.dsub {
		a, b := asNumerDenom(d)
		p, sp, ok1 := h.poly(a)
		q, sq, ok2 := h.poly(b)
		if !ok1 || !ok2 {
			return nil, heurischGiveUp
		}
		fr[i] = frac{p, q, sp, sq}
		denom = h.quo(mpMul(denom, q), h.gcd(denom, q))
	}
	// numer[i] = cancel(denom*diff_i), all scaled by one integer L
	L := big.NewInt(1)
	rs := make([]*big.Rat, n)
	for i, f := range fr {
		rs[i] = new(big.Rat).Quo(f.sp, f.sq)
		d := rs[i].Denom()
		L.Mul(L, new(big.Int).Quo(d, new(big.Int).GCD(nil, nil, L, d)))
	}
	h.numer = make([]mpoly, n)
	for i, f := range fr {
		k := new(big.Rat).Mul(rs[i], new(big.Rat).SetInt(L))
		h.numer[i] = h.quo(mpMul(denom, f.p), f.q).scale(k.Num())
	}
	// F = (cp/cq)*P/Q
	a, b := asNumerDenom(h.F)
	P, cp, ok1 := h.poly(a)
	Q, cq, ok2 := h.poly(b)
	if !ok1 || !ok2 {
		return nil, heurischGiveUp
	}
	u0, _ := h.splitter(denom)
	v0, v1 := h.splitter(Q)
	special := h.specials()
	pd := mpMul(mpMul(u0, v0), h.deflation(v1))
	A := heurischExponent(h.f)
	B := mpTotalDegree(u0) + max(mpTotalDegree(P), mpTotalDegree(Q))
	deg := A + B
	if A > 1 && B > 1 {
		deg--
	}
	monoms := h.monomials(deg)
	reducibles := h.reducibles(append([]mpoly{v0, v1, u0}, special...))
	base := heurischSystem{monoms: monoms, pd: pd, r: new(big.Rat).Quo(new(big.Rat).Mul(cp, new(big.Rat).SetInt(L)), cq)}
	// _integrate('Q'), then _integrate() over the complex roots
	for _, gaussian := range []bool{false, true} {
		logs, ok := h.logTerms(reducibles, gaussian)
		if !ok {
			return nil, heurischGiveUp
		}
		if len(monoms)+len(logs) > heurischMaxUnknowns {
			return nil, heurischGiveUp
		}
		sys := base
		sys.logs = logs
		h.columns(&sys, P, Q, denom)
		sol, support, ok := solveSparseColumns(sys.cols, sys.rhs, sys.r)
		if !ok {
			continue
		}
		res := h.antiderivative(&sys, sol)
		if !h.numberingFree(&sys, sol, support, Str(res)) {
			return nil, heurischSeedDependent
		}
		return res, heurischSolved
	}
	return nil, heurischNoSolution
}

// columns fills in sys's linear system: with
// cand = sum A_m m/pd + sum B_j log(p_j) + sum C_k atan(x_k/y_k),
// F = D(cand)/(L*denom) is
// r*P*denom*pd**2*prod = Q*(sum A_m (D(m) pd - m D(pd)) prod
//   - sum B_j D(p_j) pd**2 prod/p_j
//   - sum C_k D(z_k) pd**2 prod/p_k)
//
// (prod the product of the p_j; an atan's column is scaled by 1/scale
// against its true one, y*D(x)/(x**2 + y**2), which antiderivative
// undoes).
func (h *heurisch) columns(sys *heurischSystem, P, Q, denom mpoly) {
	n := len(h.V)
	prod := mpConst(n, 1)
	for _, l := range sys.logs {
		if l.arg == nil {
			prod = mpMul(prod, l.p)
		}
	}
	Dpd := h.derive(sys.pd)
	pd2 := mpMul(sys.pd, sys.pd)
	sys.cols = make([]mpoly, 0, len(sys.monoms)+len(sys.logs))
	for _, m := range sys.monoms {
		mp := mpoly{{m, big.NewInt(1)}}
		c := mpSub(mpMul(h.derive(mp), sys.pd), mpMul(mp, Dpd))
		sys.cols = append(sys.cols, mpMul(mpMul(Q, c), prod))
	}
	for _, l := range sys.logs {
		rest := h.quo(prod, l.p)
		d := h.derive(l.p)
		if l.arg != nil {
			d = h.numer[l.z]
		}
		sys.cols = append(sys.cols, mpMul(mpMul(Q, d), mpMul(pd2, rest)))
	}
	sys.rhs = mpMul(mpMul(P, denom), mpMul(pd2, prod))
}

// heurischSystem is the linear system of one try: the unknowns'
// columns (the monomials', then the logarithms'), its right-hand side
// r*rhs, and what the unknowns multiply.
type heurischSystem struct {
	cols   []mpoly
	rhs    mpoly
	r      *big.Rat
	monoms [][]int
	logs   []heurischLog
	pd     mpoly
}

// heurischLog is a logarithm's or an arctangent's unknown: log(show) with
// p the integer polynomial show is a multiple of, or, when arg is set,
// atan(arg) for arg = x/y, x = V_z + a, x**2 + y**2 a multiple of p, whose
// column is scale times smaller than its true one.
type heurischLog struct {
	p     mpoly
	show  Expr
	arg   Expr
	z     int
	scale Expr
}

// antiderivative is the candidate with the solution sol, back in the
// components, cancelled and expanded, without its constant terms.
func (h *heurisch) antiderivative(sys *heurischSystem, sol []*big.Rat) Expr {
	var num []Expr
	for k, m := range sys.monoms {
		if sol[k].Sign() != 0 {
			num = append(num, NewMul(ratExpr(sol[k]), mpoly{{m, big.NewInt(1)}}.toExpr(h.gens)))
		}
	}
	parts := []Expr{Div(NewAdd(num...), sys.pd.toExpr(h.gens))}
	for j, l := range sys.logs {
		c := sol[len(sys.monoms)+j]
		switch {
		case c.Sign() == 0:
		case l.arg != nil:
			parts = append(parts, NewMul(Div(ratExpr(c), l.scale), fnAtan.call(l.arg)))
		default:
			parts = append(parts, NewMul(ratExpr(c), fnLog.call(l.show)))
		}
	}
	back := make([][2]Expr, len(h.V))
	for i, v := range h.V {
		back[i] = [2]Expr{v, h.terms[i]}
	}
	res := Xreplace(NewAdd(parts...), back)
	c, err := Cancel(res)
	if err != nil {
		panic(err)
	}
	res = Expand(c)
	if a, isAdd := res.(*Add); isAdd {
		dep, _ := siftExprs(a.args, func(t Expr) bool { return Has(t, h.x) })
		res = NewAdd(dep...)
	}
	return res
}

// heurischMaxNumbered bounds the components whose numberings are tried
// (8! orders).
const heurischMaxNumbered = 8

// numberingFree reports whether the answer want stays the same under
// every numbering of the components. SymPy numbers them in the
// iteration order of a Python set, which changes with the hash seed; the
// numbering orders the monomials, so where the linear system leaves a
// choice (support: the unknowns that solutions differ in) SymPy's own
// answer can change from run to run, and dcalc gives up rather than
// print one of them. Only the order among the support matters: each
// order a numbering gives it is solved again. A logarithm of a
// polynomial in several components (its sign follows the numbering's lex
// order) or among the support is not followed.
func (h *heurisch) numberingFree(sys *heurischSystem, sol []*big.Rat, support []int, want string) bool {
	nm := len(sys.monoms)
	for j, l := range sys.logs {
		if sol[nm+j].Sign() != 0 && mpVariables(l.p) > 1 {
			return false
		}
	}
	if len(support) == 0 {
		return true
	}
	n := len(h.V)
	if n > heurischMaxNumbered {
		return false
	}
	var mons, logs []int
	for _, k := range support {
		if k < nm {
			mons = append(mons, k)
		} else if l := sys.logs[k-nm]; mpVariables(l.p) > 1 || l.arg != nil {
			return false
		} else {
			logs = append(logs, k)
		}
	}
	pos := make([]int, n)
	for i := range pos {
		pos[i] = i
	}
	seen := map[string]bool{}
	for ok := true; ok; ok = nextPermutation(pos) {
		checkInterrupt()
		gens := make([]Expr, n)
		for i := range gens {
			gens[i] = h.V[pos[i]]
		}
		// the monomials in ordered() order, then the logarithms in
		// descending ordered() order of their polynomials
		order := orderedColumns(mons, func(k int) Expr { return mpoly{{sys.monoms[k], big.NewInt(1)}}.toExpr(gens) })
		rename := make([][2]Expr, n)
		for i, v := range h.V {
			rename[i] = [2]Expr{v, gens[i]}
		}
		lo := orderedColumns(logs, func(k int) Expr { return Xreplace(sys.logs[k-nm].show, rename) })
		slices.Reverse(lo)
		order = append(order, lo...)
		key := ""
		for _, k := range order {
			key += itoa(k) + ","
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		// the support's columns into its slots in this order
		cols := slices.Clone(sys.cols)
		for i, k := range support {
			cols[k] = sys.cols[order[i]]
		}
		s, _, ok := solveSparseColumns(cols, sys.rhs, sys.r)
		if !ok {
			return false
		}
		alt := slices.Clone(s)
		for i, k := range support {
			alt[order[i]] = s[k]
		}
		if Str(h.antiderivative(sys, alt)) != want {
			return false
		}
	}
	return true
}

// orderedColumns sorts the columns ks by ordered() of the expressions
// expr gives them.
func orderedColumns(ks []int, expr func(int) Expr) []int {
	exprs := make([]Expr, len(ks))
	idx := map[Expr]int{}
	for i, k := range ks {
		exprs[i] = expr(k)
		idx[exprs[i]] = k
	}
	Ordered(exprs)
	out := make([]int, len(ks))
	for i, e := range exprs {
		out[i] = idx[e]
	}
	return out
}

// specials are the special polynomials of tan and tanh components:
// 1 + tan**2, 1 + tanh and 1 - tanh.
func (h *heurisch) specials() []mpoly {
	n := len(h.V)
	var out []mpoly
	for i, t := range h.terms {
		fn, ok := t.(*Func)
		if !ok || fn.def != fnTan && fn.def != fnTanh {
			continue
		}
		v := mpoly{{unitExp(n, i), big.NewInt(1)}}
		one := mpConst(n, 1)
		if fn.def == fnTan {
			out = append(out, mpAdd(one, mpMul(v, v)))
		} else {
			out = append(out, mpAdd(one, v), mpSub(one, v))
		}
	}
	return out
}

func unitExp(n, i int) []int {
	e := make([]int, n)
	e[i] = 1
	return e
}

// monomials are itermonomials(V, deg) in ordered() order.
func (h *heurisch) monomials(deg int) [][]int {
	n := len(h.V)
	var out [][]int
	var rec func(i, left int, e []int)
	rec = func(i, left int, e []int) {
		if len(out) > heurischMaxUnknowns {
			return
		}
		if i == n {
			out = append(out, slices.Clone(e))
			return
		}
		for k := 0; k <= left; k++ {
			e[i] = k
			rec(i+1, left-k, e)
		}
		e[i] = 0
	}
	rec(0, deg, make([]int, n))
	if len(out) > heurischMaxUnknowns {
		return out
	}
	ks := make([]int, len(out))
	for i := range ks {
		ks[i] = i
	}
	sorted := make([][]int, len(out))
	for i, k := range orderedColumns(ks, func(k int) Expr { return mpoly{{out[k], big.NewInt(1)}}.toExpr(h.gens) }) {
		sorted[i] = out[k]
	}
	return sorted
}

// reducibles are the irreducible factors of polys (factor_list in V,
// each primitive with a positive leading coefficient) that hold V, in
// ordered() order of the polynomials they come from.
func (h *heurisch) reducibles(polys []mpoly) []mpoly {
	n := len(h.V)
	var fs []mpoly
	for _, p := range polys {
		if len(p) == 0 || mpTotalDegree(p) == 0 {
			continue
		}
		_, factors, err := mpFactorZ(p, n)
		if err != nil {
			panic(err)
		}
		for _, f := range factors {
			if !slices.ContainsFunc(fs, func(g mpoly) bool { return mpEqual(f.f, g) }) {
				fs = append(fs, f.f)
			}
		}
	}
	return fs
}

// logTerms are the candidate's logarithms (and arctangents) in the order
// their unknowns take: over QQ the reducibles themselves; otherwise
// (gaussian) each split by root_factors into linear factors over the
// complex numbers, monic (log(x - 1/2)), a conjugate pair a +- I*b becoming
// (x - a)**2 + b**2 under a log and atan((x - a)/b). Each kind in
// ordered() order of what it prints, descending. ok is false for the
// factors dcalc does not split (in several variables, of degree three or
// more, or with irrational real roots).
func (h *heurisch) logTerms(fs []mpoly, gaussian bool) ([]heurischLog, bool) {
	var logs, atans []heurischLog
	addLog := func(l heurischLog) {
		if !slices.ContainsFunc(logs, func(o heurischLog) bool { return Equal(o.show, l.show) }) {
			logs = append(logs, l)
		}
	}
	for _, f := range fs {
		if !gaussian {
			addLog(heurischLog{p: f, show: f.toExpr(h.gens)})
			continue
		}
		z := -1
		for i := range h.V {
			if degIn(f, i) > 0 {
				if z >= 0 {
					return nil, false
				}
				z = i
			}
		}
		cs := make([]*big.Rat, degIn(f, z)+1)
		for i := range cs {
			cs[i] = new(big.Rat)
		}
		for _, t := range f {
			cs[t.e[z]].SetInt(t.c)
		}
		v := Expr(h.V[z])
		switch len(cs) {
		case 2: // x - r, monic
			r := new(big.Rat).Quo(cs[0], cs[1])
			addLog(heurischLog{p: f, show: Sub(v, ratExpr(new(big.Rat).Neg(r)))})
		case 3:
			p := new(big.Rat).Quo(cs[1], cs[2])
			q := new(big.Rat).Quo(cs[0], cs[2])
			half := new(big.Rat).Quo(p, big.NewRat(2, 1))
			y2 := new(big.Rat).Sub(q, new(big.Rat).Mul(half, half))
			if y2.Sign() <= 0 {
				return nil, false // real roots, irrational
			}
			x := NewAdd(v, ratExpr(half))
			y := NewPow(ratExpr(y2), Half)
			show := NewAdd(NewPow(x, Two), ratExpr(y2))
			addLog(heurischLog{p: f, show: show})
			// x**2 + y**2 = f/cs[2]: the true column y*D(z)/(x**2 + y**2)
			// is y*cs[2] times D(z)*(prod/f)
			atans = append(atans, heurischLog{p: f, show: Div(x, y), arg: Div(x, y), z: z, scale: NewMul(y, ratExpr(cs[2]))})
		default:
			return nil, false
		}
	}
	order := func(ls []heurischLog) []heurischLog {
		ks := make([]int, len(ls))
		for i := range ks {
			ks[i] = i
		}
		var sorted []int
		if len(ls) > 0 {
			sorted = orderedColumns(ks, func(k int) Expr {
				if ls[k].arg != nil {
					return fnAtan.call(ls[k].arg)
				}
				return ls[k].show
			})
		}
		out := make([]heurischLog, len(ls))
		for i, k := range sorted {
			out[len(ls)-1-i] = ls[k]
		}
		return out
	}
	return append(order(logs), order(atans)...), true
}

// solveSparseColumns solves sum_k u_k cols[k] = r*rhs for the unknowns
// u, coefficient by coefficient of the polynomials, as solve_lin_sys
// does: the reduced echelon form takes its pivots in column order and
// the free unknowns are zero. support lists, in increasing order, the
// unknowns that solutions differ in (the free unknowns with a nonzero
// column and the pivots that depend on them): another order of those
// columns could pick another solution. ok is false when there is no
// solution.
func solveSparseColumns(cols []mpoly, rhs mpoly, r *big.Rat) (sol []*big.Rat, support []int, ok bool) {
	type row struct {
		c   map[int]*big.Rat
		rhs *big.Rat
	}
	rowOf := map[string]*row{}
	var rows []*row
	get := func(e []int) *row {
		k := mExpKey(e)
		if rw, ok := rowOf[k]; ok {
			return rw
		}
		rw := &row{c: map[int]*big.Rat{}, rhs: new(big.Rat)}
		rowOf[k] = rw
		rows = append(rows, rw)
		return rw
	}
	for k, col := range cols {
		for _, t := range col {
			rw := get(t.e)
			rw.c[k] = new(big.Rat).SetInt(t.c)
		}
	}
	for _, t := range rhs {
		rw := get(t.e)
		rw.rhs.Mul(new(big.Rat).SetInt(t.c), r)
	}
	pivotOf := make([]*row, len(cols))
	used := map[*row]bool{}
	for k := range cols {
		checkInterrupt()
		var best *row
		for _, rw := range rows {
			if v, ok := rw.c[k]; ok && v.Sign() != 0 && !used[rw] && (best == nil || len(rw.c) < len(best.c)) {
				best = rw
			}
		}
		if best == nil {
			continue
		}
		used[best] = true
		pivotOf[k] = best
		inv := new(big.Rat).Inv(best.c[k])
		for j, v := range best.c {
			best.c[j] = new(big.Rat).Mul(v, inv)
		}
		best.rhs = new(big.Rat).Mul(best.rhs, inv)
		for _, rw := range rows {
			f, ok := rw.c[k]
			if rw == best || !ok || f.Sign() == 0 {
				continue
			}
			f = new(big.Rat).Set(f)
			for j, v := range best.c {
				nv := new(big.Rat).Sub(rowVal(rw.c, j), new(big.Rat).Mul(f, v))
				if nv.Sign() == 0 {
					delete(rw.c, j)
				} else {
					rw.c[j] = nv
				}
			}
			rw.rhs = new(big.Rat).Sub(rw.rhs, new(big.Rat).Mul(f, best.rhs))
		}
	}
	for _, rw := range rows {
		if !used[rw] && rw.rhs.Sign() != 0 {
			return nil, nil, false
		}
	}
	sol = make([]*big.Rat, len(cols))
	free := map[int]bool{}
	for k, col := range cols {
		sol[k] = new(big.Rat)
		if pivotOf[k] != nil {
			sol[k] = pivotOf[k].rhs
		} else if len(col) > 0 {
			free[k] = true
		}
	}
	for k := range cols {
		in := free[k]
		if p := pivotOf[k]; p != nil {
			for j := range p.c {
				in = in || free[j]
			}
		}
		if in {
			support = append(support, k)
		}
	}
	return sol, support, true
}

// mpVariables is the number of variables p holds.
func mpVariables(p mpoly) int {
	n := 0
	for i := range p[0].e {
		if degIn(p, i) > 0 {
			n++
		}
	}
	return n
}

func rowVal(c map[int]*big.Rat, j int) *big.Rat {
	if v, ok := c[j]; ok {
		return v
	}
	return new(big.Rat)
}
