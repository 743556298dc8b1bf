package engine

import "slices"

// This file is what simplify, factor_terms and expand do with a Sum:
// Sum._eval_simplify, sum_simplify, _factor_sum_int, and
// AddWithLimits._eval_expand_basic (which Integral shares).

// expandWithLimits is AddWithLimits._eval_expand_basic for a Sum or an
// Integral f whose arguments are already expanded (na): a summand that
// is a sum splits into one Sum (Integral) per term unless a limit is
// infinite (Sum(mu - x[i], (i, 1, n)) is Sum(mu, (i, 1, n)) + Sum(-x[i],
// (i, 1, n)); over (1, oo) it stays whole).
func expandWithLimits(f *Func, na []Expr) Expr {
	s, ok := na[0].(*Add)
	if !ok || !finiteLimits(na[1:]) {
		return rebuild(f, na)
	}
	ts := make([]Expr, len(s.args))
	for i, t := range s.args {
		ts[i] = rebuild(f, append([]Expr{t}, na[1:]...))
	}
	return NewAdd(ts...)
}

// finiteLimits is has_finite_limits is not False: no bound of the
// limits is infinite.
func finiteLimits(lims []Expr) bool {
	for _, l := range lims {
		if t, ok := l.(*Tuple); ok && len(t.args) == 3 {
			if IsFinite(t.args[1]) == False || IsFinite(t.args[2]) == False {
				return false
			}
		}
	}
	return true
}

// limitVars are the variables of a Sum's limits.
func limitVars(s *Func) []Expr {
	var vs []Expr
	for _, l := range sumLimits(s) {
		vs = append(vs, l[0])
	}
	return vs
}

// asIndependentOf is as_independent(*vars): the terms (of a sum) or
// factors (otherwise) free of vars, and the rest.
func asIndependentOf(e Expr, vars []Expr) (Expr, Expr) {
	has := func(a Expr) bool { return slices.ContainsFunc(vars, func(v Expr) bool { return Has(a, v) }) }
	var in, out []Expr
	if s, ok := e.(*Add); ok {
		for _, t := range s.args {
			if has(t) {
				out = append(out, t)
			} else {
				in = append(in, t)
			}
		}
		return NewAdd(in...), NewAdd(out...)
	}
	for _, f := range mulArgs(e) {
		if has(f) {
			out = append(out, f)
		} else {
			in = append(in, f)
		}
	}
	return NewMul(in...), NewMul(out...)
}

// factorSumInt is _factor_sum_int, factor_terms of a Sum: the summand's
// factor_terms, its part free of the summation variables taken out
// (2*Sum(mu - x[i], (i, 1, n)); a sum's free terms as mu*Sum(1, (i, 1,
// n))).
func factorSumInt(s *Func, sign bool) Expr {
	if isZeroInt(s.args[0]) {
		return Zero
	}
	lims := sumLimits(s)
	f := factorTerms(s.args[0], sign)
	in, dep := asIndependentOf(f, limitVars(s))
	if _, ok := f.(*Add); ok {
		return NewAdd(NewMul(in, NewSum(One, lims)), NewSum(dep, lims))
	}
	return NewMul(in, NewSum(dep, lims))
}

// sumEvalSimplify is Sum._eval_simplify, simplify of a Sum itself: the
// summand simplified and expanded, then factor_sum (no doit: simplify of
// Sum(i**2, (i, 1, n)) keeps the Sum).
func sumEvalSimplify(s *Func) Expr {
	if sumLimits(s) == nil {
		panic(notImpl("dcalc's simplify takes a Sum with (i, a, b) limits only"))
	}
	f := Expand(Simplify(s.args[0]))
	if hasCallOf(f, SumDef) {
		panic(notImpl("dcalc's simplify does not simplify nested sums (SymPy's sum_combine inside a Sum) yet"))
	}
	return factorSumInt(newFunc(SumDef, append([]Expr{f}, s.args[1:]...)), true)
}

// sumSimplify is sum_simplify: the sum expanded and each term's Sum
// factors simplified (Sum._eval_simplify: 2*mu*n + Sum(-2*x[i], (i, 1,
// n)) is 2*mu*n - 2*Sum(x[i], (i, 1, n))). Two or more terms with sums,
// which sum_combine pairs, are refused.
func sumSimplify(e Expr) Expr {
	if _, ok := e.(*Add); !ok {
		e = replaceAdds(e, func(a *Add) Expr {
			if hasCallOf(a, SumDef) {
				return sumSimplify(a)
			}
			return a
		})
	}
	e = Expand(e)
	s, ok := e.(*Add)
	if !ok {
		return e
	}
	var st, ot []Expr
	for _, t := range s.args {
		var sums, other []Expr
		for _, f := range mulArgs(t) {
			if IsSum(f) {
				sums = append(sums, sumEvalSimplify(f.(*Func)))
			} else {
				other = append(other, f)
			}
		}
		if len(sums) == 0 {
			ot = append(ot, t)
			continue
		}
		st = append(st, NewMul(append([]Expr{NewMul(other...)}, sums...)...))
	}
	if len(st) > 1 {
		// sum_combine's pairings, and the steps of simplify after them,
		// give forms that depend on the order of the terms dcalc does
		// not follow (mu*n - mu*Sum(x[i], (i, 1, m)) + Sum(mu**2 +
		// x[i]**2, (i, 1, m))/2)
		panic(notImpl("dcalc's simplify does not combine several sums (SymPy's sum_combine) yet"))
	}
	return NewAdd(append(st, ot...)...)
}

// replaceAdds replaces each outermost sum of e by f of it.
func replaceAdds(e Expr, f func(*Add) Expr) Expr {
	if a, ok := e.(*Add); ok {
		return f(a)
	}
	if len(e.Args()) == 0 {
		return e
	}
	return mapArgs(e, func(a Expr) Expr { return replaceAdds(a, f) })
}
