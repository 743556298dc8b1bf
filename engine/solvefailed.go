package engine

import (
	"slices"
	"sort"
)

// This file is the end of SymPy's _solve_system for polynomial systems
// with infinitely many solutions (solve_poly_system's
// NotImplementedError): each equation, fewest unknowns first, is solved
// for one unknown at a time under every partial solution found so far,
// the values are simplified and checked, and solve sorts the solution
// dicts by default_sort_key.

// solDict is one solution of a system: unknowns with their values,
// keys in ordered() order; unknowns left free are absent.
type solDict [][2]Expr

func (d solDict) get(s *Symbol) (Expr, bool) {
	for _, kv := range d {
		if kv[0] == Expr(s) {
			return kv[1], true
		}
	}
	return nil, false
}

// solveFailedLoop solves the numerators failed (expanded, as
// Poly.as_expr gives them) for xs; eqs are the equations as given, dens
// the denominators holding unknowns.
func solveFailedLoop(failed, eqs, dens []Expr, xs []*Symbol) (out []solDict, err error) {
	defer recoverTo(&err)
	legal := func(e Expr) []*Symbol {
		var rv []*Symbol
		for _, x := range xs {
			if Has(e, x) {
				rv = append(rv, x)
			}
		}
		return rv
	}
	okSyms := func(e Expr) []*Symbol {
		rv := legal(e)
		type keyed struct {
			s        *Symbol
			deg, lcs int
			poly     bool
		}
		ks := make([]keyed, len(rv))
		for i, s := range rv {
			ks[i] = keyed{s: s}
			if cs, ok := polyCoeffs(Expand(e), s); ok {
				ks[i].poly, ks[i].deg = true, len(cs)-1
				for _, t := range rv {
					if Has(cs[len(cs)-1], t) {
						ks[i].lcs++
					}
				}
			}
		}
		sort.SliceStable(ks, func(i, j int) bool {
			a, b := ks[i], ks[j]
			if a.poly != b.poly {
				return a.poly
			}
			if a.deg != b.deg {
				return a.deg < b.deg
			}
			if a.lcs != b.lcs {
				return a.lcs < b.lcs
			}
			return cmpSkey(sortKey(a.s), sortKey(b.s)) < 0
		})
		for i := range ks {
			rv[i] = ks[i].s
		}
		return rv
	}
	order := slices.Clone(failed)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := len(legal(order[i])), len(legal(order[j]))
		if a != b {
			return a < b
		}
		if na, nb := nodeCount(order[i]), nodeCount(order[j]); na != nb {
			return na < nb
		}
		return cmpSkey(sortKey(order[i]), sortKey(order[j])) < 0
	})
	result := []solDict{{}}
	for _, eq := range order {
		var newresult, bad []solDict
		broke := false
		for _, r := range result {
			var gotS []*Symbol
			eq2 := SubsPairs(eq, r)
			if len(r) > 0 && isNumericExpr(eq2) {
				if z := IsZero(eq2); z != Unknown {
					if z == True {
						newresult = append(newresult, r)
					} else {
						bad = append(bad, r)
					}
					continue
				}
			}
			syms := okSyms(eq2)
			if len(syms) == 0 {
				if len(r) > 0 {
					newresult = append(newresult, r)
				}
				broke = true
				break
			}
			hit := false
			for _, s := range syms {
				soln, err := Solve(eq2, s)
				if err != nil {
					if e, ok := err.(*Error); ok && e.Type == "NotImplementedError" {
						continue
					}
					return nil, err
				}
				for _, sol := range soln {
					if slices.ContainsFunc(gotS, func(g *Symbol) bool { return Has(sol, g) }) {
						continue
					}
					rnew := make(solDict, 0, len(r)+1)
					for _, kv := range r {
						rnew = append(rnew, [2]Expr{kv[0], SubsPairs(kv[1], [][2]Expr{{s, sol}})})
					}
					rnew = append(rnew, [2]Expr{s, sol})
					if !hasSmallerSolution(newresult, rnew) {
						newresult = append(newresult, rnew)
					}
				}
				hit = true
				gotS = append(gotS, s)
			}
			if !hit {
				return nil, notImpl("could not solve " + Str(eq2))
			}
		}
		if !broke {
			result = slices.DeleteFunc(newresult, func(r solDict) bool {
				return slices.ContainsFunc(bad, func(b solDict) bool { return solDictEqual(b, r) })
			})
		}
	}
	for _, r := range result {
		for i := range r {
			r[i][1] = Simplify(r[i][1])
		}
	}
	holds := func(e Expr, r solDict) Tri {
		v := SubsPairs(e, r)
		if !isNumericExpr(v) {
			return Unknown
		}
		return IsZero(Expand(v))
	}
	for _, r := range result {
		if len(r) == 0 {
			continue
		}
		if slices.ContainsFunc(dens, func(d Expr) bool { return holds(d, r) == True }) {
			continue
		}
		if slices.ContainsFunc(eqs, func(e Expr) bool { return holds(e, r) == False }) {
			continue
		}
		slices.SortFunc(r, func(a, b [2]Expr) int { return cmpSkey(sortKey(a[0]), sortKey(b[0])) })
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return cmpSolDict(out[i], out[j]) < 0 })
	return out, nil
}

// hasSmallerSolution reports whether a solution in rs with fewer
// unknowns is contained in r once r's values are put into it.
func hasSmallerSolution(rs []solDict, r solDict) bool {
	for _, i := range rs {
		if len(i) >= len(r) {
			continue
		}
		contained := true
		for _, kv := range i {
			v, ok := r.get(kv[0].(*Symbol))
			if !ok || !Equal(v, Xreplace(kv[1], r)) {
				contained = false
				break
			}
		}
		if contained {
			return true
		}
	}
	return false
}

func solDictEqual(a, b solDict) bool {
	if len(a) != len(b) {
		return false
	}
	for _, kv := range a {
		v, ok := b.get(kv[0].(*Symbol))
		if !ok || !Equal(v, kv[1]) {
			return false
		}
	}
	return true
}

// cmpSolDict is default_sort_key's order of two dicts: fewer items
// first, then the items sorted and compared as (key, value) pairs.
func cmpSolDict(a, b solDict) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	for i := range a {
		if c := cmpSkey(sortKey(a[i][0]), sortKey(b[i][0])); c != 0 {
			return c
		}
		if c := cmpSkey(sortKey(a[i][1]), sortKey(b[i][1])); c != 0 {
			return c
		}
	}
	return 0
}
