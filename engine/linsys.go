package engine

import (
	"math/big"
	"slices"
)

// This file solves linear systems whose coefficients hold symbols other
// than the unknowns, as SymPy's solve_lin_sys does: the coefficients are
// read as elements of the fraction field Z(gens) over SymPy's automatic
// generators (the parameters a, b, … and non-polynomial parts such as
// sin(a)), the augmented matrix is brought to reduced row echelon form,
// and each solution is written as SymPy writes a field element: p/q
// with p and q expanded integer polynomials sharing no factor (integer
// content included) and q's leading coefficient, in the generators' lex
// order, positive. The reduced echelon form is unique, so the values do
// not depend on the elimination order; here the elimination is
// fraction-free (Bareiss's exact division by the previous pivot) and
// each entry is reduced once at the end.

// linearTerms splits an expanded equation into its coefficient of each
// unknown and its constant term; ok is false when a term is not linear
// in the unknowns.
func linearTerms(e Expr, xs []*Symbol) (map[int]Expr, bool) {
	parts := map[int][]Expr{}
	for _, t := range addArgs(Expand(e)) {
		col := -1
		var rest []Expr
		for _, f := range mulArgs(t) {
			i := slices.IndexFunc(xs, func(x *Symbol) bool { return Equal(x, f) })
			switch {
			case i >= 0 && col < 0:
				col = i
			case i >= 0:
				return nil, false
			default:
				for _, x := range xs {
					if Has(f, x) {
						return nil, false
					}
				}
				rest = append(rest, f)
			}
		}
		parts[col] = append(parts[col], NewMul(rest...))
	}
	out := map[int]Expr{}
	for col, ts := range parts {
		out[col] = NewAdd(ts...)
	}
	return out, true
}

// DropParameterEquations is solve's filter of equations free of the
// unknowns: such an equation cannot change the solutions of the others,
// so it is dropped (solve((x - y, y), x) is {x: y}); a zero is dropped
// too, while a nonzero number makes the system inconsistent (none is
// then true, as is an empty remaining system). Where SymPy would keep a
// constant expression (is_constant) that dcalc cannot recognise, it
// raises NotImplementedError.
func DropParameterEquations(eqs []Expr, xs []*Symbol) (kept []Expr, none bool, err error) {
	for _, e := range eqs {
		if slices.ContainsFunc(xs, func(x *Symbol) bool { return Has(e, x) }) {
			kept = append(kept, e)
			continue
		}
		switch {
		case len(FreeSymbols(e)) == 0 && IsZero(e) == True:
		case IsNumber(e):
			return nil, true, nil
		case len(FreeSymbols(e)) == 0:
			kept = append(kept, e)
		case hasKind(e, kFunc):
			return nil, false, notImpl("solve: cannot tell whether the equation " + e.String() + " (free of the unknowns) is constant")
		}
	}
	return kept, len(kept) == 0, nil
}

// ratFunc is p/q in Z[gens].
type ratFunc struct{ p, q mpoly }

// solveLinearField solves a linear system with symbolic coefficients.
// handled is false (with no error) when the coefficients hold no
// generator at all, so that the rational solver applies.
func solveLinearField(eqs []Expr, xs []*Symbol) (sol [][2]Expr, consistent, handled bool, err error) {
	m := len(xs)
	rows := make([]map[int]Expr, len(eqs))
	var exprs []Expr // numerator and denominator of every coefficient
	for i, e := range eqs {
		r, ok := linearTerms(e, xs)
		if !ok {
			return nil, false, true, errNonlinear
		}
		rows[i] = r
		for col := -1; col < m; col++ {
			if c, ok := r[col]; ok {
				if hasFloat(c) {
					return nil, false, true, notImpl("solve: a linear system mixing Floats and symbolic coefficients")
				}
				p, q := numerDenom(togetherInner(c))
				exprs = append(exprs, Expand(p), Expand(q))
			}
		}
	}
	gens, terms, err := polysFromExprs(exprs...)
	if err != nil {
		return nil, false, true, err
	}
	if len(gens) == 0 {
		return nil, false, false, nil
	}
	if err := independentGens(gens); err != nil {
		return nil, false, true, err
	}
	n := len(gens)
	// The augmented matrix, each row multiplied by its denominators'
	// product so that all entries are integer polynomials.
	mat := make([][]mpoly, len(eqs))
	k := 0
	for i, r := range rows {
		ents := make([]ratFunc, m+1)
		for col := -1; col < m; col++ {
			j := col
			if col < 0 {
				j = m
			}
			if _, ok := r[col]; !ok {
				ents[j] = ratFunc{nil, mpConst(n, 1)}
				continue
			}
			P, cq := clearDenoms(terms[k])
			Q, cp := clearDenoms(terms[k+1])
			k += 2
			if col < 0 { // the constant moves to the right-hand side
				P = P.scale(big.NewInt(-1))
			}
			ents[j] = ratFunc{P.scale(cp), Q.scale(cq)}
		}
		row := make([]mpoly, m+1)
		for j := range row {
			row[j] = ents[j].p
			for l := range ents {
				if l != j {
					row[j] = mpMul(row[j], ents[l].q)
				}
			}
		}
		mat[i] = row
	}
	pivots := fractionFreeRref(mat, m)
	for i := len(pivots); i < len(mat); i++ {
		if len(mat[i][m]) != 0 {
			return nil, false, true, nil
		}
	}
	for i, c := range pivots {
		piv := mat[i][c]
		val, err := fieldExpr(mat[i][m], piv, gens)
		if err != nil {
			return nil, false, true, err
		}
		ts := []Expr{val}
		for j := c + 1; j < m; j++ {
			if len(mat[i][j]) == 0 {
				continue
			}
			cf, err := fieldExpr(mat[i][j].scale(big.NewInt(-1)), piv, gens)
			if err != nil {
				return nil, false, true, err
			}
			ts = append(ts, NewMul(cf, xs[j]))
		}
		sol = append(sol, [2]Expr{xs[c], NewAdd(ts...)})
	}
	slices.SortStableFunc(sol, func(a, b [2]Expr) int { return cmpSkey(sortKey(a[0]), sortKey(b[0])) })
	return sol, true, true, nil
}

// independentGens refuses the coefficient domains for which SymPy's
// construct_domain falls back to its EX domain (there each step is
// cancelled and expanded, which gives other forms): a generator that is
// an algebraic number such as sqrt(2) (pi and E are transcendental and
// stay generators), or two generators sharing a symbol (a and sin(a),
// a and sqrt(a)), which could be algebraically related.
func independentGens(gens []Expr) error {
	seen := map[string]bool{}
	for _, g := range gens {
		fs := FreeSymbols(g)
		if len(fs) == 0 && g != Pi && g != E {
			return notImpl("solve: a linear system with the algebraic number " + g.String() + " in its coefficients (SymPy's EX domain)")
		}
		for _, s := range fs {
			if seen[s.Name()] {
				return notImpl("solve: a linear system whose coefficients hold " + s.Name() + " in several generators (SymPy's EX domain)")
			}
			seen[s.Name()] = true
		}
	}
	return nil
}

// mpConst is the constant polynomial c in n generators.
func mpConst(n int, c int64) mpoly {
	return mpoly{{make([]int, n), big.NewInt(c)}}
}

// mpSub is f - g.
func mpSub(f, g mpoly) mpoly {
	out := make(mpoly, 0, len(f)+len(g))
	out = append(out, f...)
	for _, t := range g {
		out = append(out, mterm{t.e, new(big.Int).Neg(t.c)})
	}
	out = mpCombine(out)
	out.sort()
	return out
}

// fractionFreeRref brings the first m columns of mat to reduced echelon
// form without fractions: after it, row i of the returned pivots holds
// its pivot in column pivots[i], every other row is zero there, and the
// rows past the pivots have zero coefficients. Rows are combined as
// P*row_i - row_i[c]*row_r and divided exactly by the previous pivot
// (Bareiss); where that division is not exact the row keeps its factor,
// which does not change the solutions.
func fractionFreeRref(mat [][]mpoly, m int) []int {
	var pivots []int
	prev := mpoly(nil)
	r := 0
	for c := 0; c < m && r < len(mat); c++ {
		checkInterrupt()
		p := slices.IndexFunc(mat[r:], func(row []mpoly) bool { return len(row[c]) != 0 })
		if p < 0 {
			continue
		}
		mat[r], mat[r+p] = mat[r+p], mat[r]
		P := mat[r][c]
		for i := range mat {
			if i == r {
				continue
			}
			f := mat[i][c]
			if len(f) == 0 && prev == nil {
				continue
			}
			row := make([]mpoly, len(mat[i]))
			for j := range row {
				row[j] = mpSub(mpMul(P, mat[i][j]), mpMul(f, mat[r][j]))
			}
			if prev != nil {
				if q, ok := divRow(row, prev); ok {
					row = q
				}
			}
			mat[i] = row
		}
		prev = P
		pivots = append(pivots, c)
		r++
	}
	return pivots
}

// divRow divides every entry of row by d when all divisions are exact.
func divRow(row []mpoly, d mpoly) ([]mpoly, bool) {
	out := make([]mpoly, len(row))
	for j, e := range row {
		if len(e) == 0 {
			continue
		}
		q, ok := mpDivExact(e, d)
		if !ok {
			return nil, false
		}
		out[j] = q
	}
	return out, true
}

// fieldExpr writes the field element p/q as SymPy's to_sympy does:
// reduced, with q's leading coefficient positive, as p.as_expr()/q.as_expr().
func fieldExpr(p, q mpoly, gens []Expr) (Expr, error) {
	if len(p) == 0 {
		return Zero, nil
	}
	P, Q, err := mpCancel(p, q, len(gens))
	if err != nil {
		return nil, err
	}
	P, Q = mpPositiveDenom(P, Q)
	return Div(P.toExpr(gens), Q.toExpr(gens)), nil
}

// LinsolveValues is linsolve's solution of a linear system: the value of
// every unknown in xs order (a free unknown is itself), or ok false
// when the system is inconsistent. The system is taken whole, as
// linsolve builds one domain for all of it.
func LinsolveValues(eqs []Expr, xs []*Symbol) (vals []Expr, ok bool, err error) {
	defer recoverTo(&err)
	if vals, ok, handled := linsolveRR(eqs, xs); handled {
		return vals, ok, nil
	}
	sol, ok, handled, err := solveLinearField(eqs, xs)
	if !handled {
		sol, ok, err = solveLinearComponent(eqs, xs)
	}
	if err != nil || !ok {
		return nil, ok, err
	}
	vals = make([]Expr, len(xs))
	for i, x := range xs {
		vals[i] = x
		for _, p := range sol {
			if Equal(p[0], x) {
				vals[i] = p[1]
			}
		}
	}
	return vals, true, nil
}

// SolveSetRational is solveset(f, x, domain) for a rational function f
// of x with rational coefficients: the distinct roots of the numerator
// where the denominator does not vanish, only the real ones for
// domain=S.Reals; all is true when f is identically zero (the whole
// domain). Roots SymPy would rewrite with expand_complex (Cardano's
// nested radicals) and incomplete root sets raise NotImplementedError.
func SolveSetRational(f Expr, x *Symbol, reals bool) (roots []Expr, all bool, err error) {
	defer recoverTo(&err)
	if x == nil || !Has(f, x) {
		if len(FreeSymbols(f)) > 0 {
			return nil, false, notImpl("dcalc's solveset: an equation free of the symbol but holding others (SymPy's ConditionSet)")
		}
		return nil, IsZero(f) == True, nil
	}
	if len(FreeSymbols(f)) > 1 {
		return nil, false, notImpl("dcalc's solveset solves equations in one symbol with numeric coefficients")
	}
	p, q := numerDenom(togetherInner(f))
	pc, ok1 := polyCoeffs(Expand(p), x)
	qc, ok2 := polyCoeffs(Expand(q), x)
	if !ok1 || !ok2 {
		return nil, false, notImpl("dcalc's solveset solves polynomial and rational equations")
	}
	pr, ok1 := ratCoeffs(pc)
	_, ok2 = ratCoeffs(qc)
	if !ok1 && ok2 && len(pc) == 2 && len(qc) == 1 && IsNumberExpr(pc[0]) && isRationalNumber(pc[1]) {
		// roots_linear: -c0/c1 (x - pi is {pi})
		r := Expand(Neg(Div(pc[0], pc[1])))
		switch {
		case !reals || IsReal(r) == True:
			return []Expr{r}, false, nil
		case IsReal(r) == False:
			return nil, false, nil
		}
		return nil, false, notImpl("dcalc's solveset could not decide whether " + Str(r) + " is real")
	}
	if !ok1 && ok2 && len(qc) == 1 {
		if rc, ok := floatPolyCoeffs(pc); ok {
			// a polynomial over RR: roots() goes to nroots, whose
			// values (to 15 digits) are the set; a zero root of
			// terms_gcd stays the integer 0
			rs, err := NRoots(rc, 15)
			if err != nil {
				return nil, false, err
			}
			for _, r := range rs {
				if !reals || !Has(r, I) {
					roots = append(roots, r)
				}
			}
			return roots, false, nil
		}
	}
	if !ok1 || !ok2 {
		return nil, false, notImpl("dcalc's solveset needs rational coefficients")
	}
	if len(rpTrim(rpoly(pr))) == 0 {
		return nil, true, nil
	}
	rs, err := rootsRat(pr, p)
	if err != nil {
		return nil, false, err
	}
	n := 0
	for _, r := range rs {
		n += r.Mult
	}
	if n != len(rpTrim(rpoly(pr)))-1 {
		return nil, false, notImpl("dcalc's solveset found only some roots (SymPy gives CRootOf or a ConditionSet)")
	}
	for _, r := range rs {
		if !isExpandedComplex(r.Root) {
			return nil, false, notImpl("dcalc's solveset does not rewrite the root " + Str(r.Root) + " with expand_complex as SymPy does")
		}
		if reals && Has(r.Root, I) {
			continue
		}
		if IsZero(Expand(SubsPairs(q, [][2]Expr{{x, r.Root}}))) == True {
			continue
		}
		roots = append(roots, r.Root)
	}
	return roots, false, nil
}

// isExpandedComplex reports whether e is a sum of products of
// rationals, I and powers of integers: a form expand_complex leaves alone.
func isExpandedComplex(e Expr) bool {
	for _, t := range addArgs(e) {
		for _, f := range mulArgs(t) {
			if isRationalNumber(f) || f == I {
				continue
			}
			p, ok := f.(*Pow)
			if !ok || !IsInteger(p.Base()) || !isRationalNumber(p.Exp()) {
				return false
			}
		}
	}
	return true
}

// floatPolyCoeffs reads polynomial coefficients that are Floats of
// 53-bit precision and rationals, at least one a Float, as the exact
// rationals their binary values are; ok is false otherwise.
func floatPolyCoeffs(cs []Expr) ([]*big.Rat, bool) {
	out := make([]*big.Rat, len(cs))
	hasFloat := false
	for i, c := range cs {
		v, isFloat, ok := rrValue(c)
		if !ok {
			return nil, false
		}
		if isFloat {
			hasFloat = true
			out[i] = new(big.Rat)
			if out[i].SetFloat64(v) == nil {
				return nil, false
			}
			continue
		}
		out[i] = toRat(c)
	}
	return out, hasFloat
}
