package engine

import "slices"

// LeadingTerm is SymPy's LC(f, *gens) and LM(f, *gens): the leading
// coefficient and monomial of f as a polynomial in gens (SymPy's
// automatic generators when none are given) in lex order. With gens
// given, the coefficient gathers the other symbols. name is the
// function's name for ComputationFailed.
func LeadingTerm(name string, e Expr, gens []Expr) (lc, lm Expr, err error) {
	defer recoverTo(&err)
	all, terms, err := polyFromExpr(Expand(e))
	if err != nil {
		return nil, nil, err
	}
	if len(gens) == 0 {
		gens = all
	}
	if len(gens) == 0 {
		return nil, nil, errorf("ComputationFailed", "%s(%s) failed without generators", name, Str(e))
	}
	pos := make([]int, len(gens)) // gens[i] is all[pos[i]], or -1
	for i, g := range gens {
		pos[i] = indexExpr(all, g)
	}
	exps := func(t ratTerm) []int {
		out := make([]int, len(gens))
		for i, p := range pos {
			if p >= 0 {
				out[i] = t.e[p]
			}
		}
		return out
	}
	if len(terms) == 0 {
		return Zero, One, nil
	}
	best := exps(terms[0])
	for _, t := range terms[1:] {
		if ex := exps(t); slices.Compare(ex, best) > 0 {
			best = ex
		}
	}
	var coeff []Expr
	for _, t := range terms {
		if slices.Compare(exps(t), best) != 0 {
			continue
		}
		fs := []Expr{ratFrom(t.r)}
		for j, g := range all {
			if indexExpr(gens, g) < 0 && t.e[j] != 0 {
				fs = append(fs, NewPow(g, NewInt(int64(t.e[j]))))
			}
		}
		coeff = append(coeff, NewMul(fs...))
	}
	mono := []Expr{}
	for i, g := range gens {
		if best[i] != 0 {
			mono = append(mono, NewPow(g, NewInt(int64(best[i]))))
		}
	}
	return NewAdd(coeff...), NewMul(mono...), nil
}
