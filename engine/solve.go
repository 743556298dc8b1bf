package engine

import (
	"math/big"
	"sort"
)

// This file is a small part of SymPy's solvers/solvers.py: solve for one
// equation in one unknown (polynomials whose irreducible factors have
// degree at most two, and polynomials in a single log or exp of the
// unknown) and for linear systems.

func notImpl(msg string) *Error { return &Error{Type: "NotImplementedError", Msg: msg} }

// numerDenoms multiplies e by every denominator that depends on x and
// returns the expanded numerator with the denominator bases.
func numerDenoms(e Expr, x *Symbol) (Expr, []Expr) {
	var bases, exps []Expr
	for _, t := range addArgs(e) {
		for _, f := range mulArgs(t) {
			b, ex := AsBaseExp(f)
			if !Has(b, x) {
				continue
			}
			if c, _ := AsCoeffMul(ex); isNegCoeff(c) || (IsNumber(ex) && IsNegative(ex) == True) {
				ne := Neg(ex)
				i := indexExpr(bases, b)
				if i < 0 {
					bases = append(bases, b)
					exps = append(exps, ne)
				} else if d := Sub(ne, exps[i]); IsNumber(d) && IsPositive(d) == True {
					exps[i] = ne
				}
			}
		}
	}
	num := e
	for i, b := range bases {
		num = NewMul(num, NewPow(b, exps[i]))
	}
	return Expand(num), bases
}

// Solve returns the solutions of f = 0 for x in SymPy's order, as
// solve(f, x) does for the cases it supports.
func Solve(f Expr, x *Symbol) ([]Expr, error) {
	num, dens := numerDenoms(f, x)
	sols, err := solveNumer(num, x)
	if err != nil {
		return nil, err
	}
	var out []Expr
	for _, s := range sols {
		ok := true
		for _, d := range dens {
			v := Expand(SubsPairs(d, [][2]Expr{{x, s}}))
			if IsZero(v) == True || v == Zoo || v == NaN {
				ok = false
			}
		}
		// solutions making the expression undefined are dropped
		if v := SubsPairs(f, [][2]Expr{{x, s}}); hasSpecial(v) {
			ok = false
		}
		if ok && !containsExpr(out, s) {
			out = append(out, s)
		}
	}
	sortByDefaultKey(out)
	return out, nil
}

func hasSpecial(e Expr) bool {
	switch e {
	case Zoo, NaN, Oo, NegOo:
		return true
	}
	for _, a := range e.Args() {
		if hasSpecial(a) {
			return true
		}
	}
	return false
}

func containsExpr(xs []Expr, e Expr) bool { return indexExpr(xs, e) >= 0 }

func indexExpr(xs []Expr, e Expr) int {
	for i, x := range xs {
		if Equal(x, e) {
			return i
		}
	}
	return -1
}

// sortByDefaultKey sorts by SymPy's default_sort_key.
func sortByDefaultKey(xs []Expr) {
	sort.SliceStable(xs, func(i, j int) bool { return cmpSkey(sortKey(xs[i]), sortKey(xs[j])) < 0 })
}

func solveNumer(num Expr, x *Symbol) ([]Expr, error) {
	if !Has(num, x) {
		return nil, nil
	}
	if cs, ok := polyCoeffs(num, x); ok {
		rs, ok := polyRoots(cs)
		if !ok {
			return nil, notImpl("could not solve " + Str(num))
		}
		return rs, nil
	}
	// a polynomial in one function of x: log(x) or exp(x)
	var gens []Expr
	collectGens(num, x, &gens)
	if len(gens) == 1 {
		g := gens[0].(*Func)
		if len(g.args) == 1 && Equal(g.args[0], x) && (g.def.Name == "log" || g.def.Name == "exp") {
			d := NewDummy("g")
			p := Xreplace(num, [][2]Expr{{g, d}})
			if !Has(p, x) {
				if cs, ok := polyCoeffs(p, d); ok {
					rs, ok := polyRoots(cs)
					if ok {
						var out []Expr
						for _, r := range rs {
							if g.def.Name == "log" {
								out = append(out, call("exp", r))
							} else {
								if IsZero(r) == True {
									continue
								}
								out = append(out, call("log", r))
							}
						}
						return out, nil
					}
				}
			}
		}
	}
	return nil, notImpl("could not solve " + Str(num))
}

// collectGens gathers the maximal non-polynomial subexpressions of e that
// contain x.
func collectGens(e Expr, x *Symbol, gens *[]Expr) {
	switch t := e.(type) {
	case *Symbol:
		return
	case *Add, *Mul:
		for _, a := range t.Args() {
			collectGens(a, x, gens)
		}
		return
	case *Pow:
		if n, ok := t.Exp().(*Integer); ok && n.Sign() > 0 {
			collectGens(t.Base(), x, gens)
			return
		}
	}
	if Has(e, x) && !containsExpr(*gens, e) {
		*gens = append(*gens, e)
	}
}

// SolveLinear solves a linear system for xs. It returns the solved
// symbols in SymPy's dict order with their values, an empty result when
// the system is inconsistent, and an error when it is not linear.
func SolveLinear(eqs []Expr, xs []*Symbol) ([][2]Expr, bool, error) {
	n := len(xs)
	var rows [][]*big.Rat
	var rhs []Expr
	for _, e := range eqs {
		e = Expand(e)
		row := make([]*big.Rat, n)
		rest := e
		for i, x := range xs {
			cs, ok := polyCoeffs(e, x)
			if !ok || len(cs) > 2 {
				return nil, false, notImpl("nonlinear system")
			}
			row[i] = new(big.Rat)
			if len(cs) == 2 {
				r := toRat(cs[1])
				if r == nil {
					return nil, false, notImpl("symbolic coefficients")
				}
				row[i].Set(r)
				rest = Expand(Sub(rest, NewMul(cs[1], x)))
			}
		}
		for _, x := range xs {
			if Has(rest, x) {
				return nil, false, notImpl("nonlinear system")
			}
		}
		rows = append(rows, row)
		rhs = append(rhs, Neg(rest))
	}
	// Gauss-Jordan elimination
	var pivots []int
	r := 0
	for c := 0; c < n && r < len(rows); c++ {
		p := -1
		for i := r; i < len(rows); i++ {
			if rows[i][c].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		rows[r], rows[p] = rows[p], rows[r]
		rhs[r], rhs[p] = rhs[p], rhs[r]
		inv := new(big.Rat).Inv(rows[r][c])
		for j := range rows[r] {
			rows[r][j] = new(big.Rat).Mul(rows[r][j], inv)
		}
		rhs[r] = Expand(NewMul(ratFrom(inv), rhs[r]))
		for i := range rows {
			if i == r || rows[i][c].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(rows[i][c])
			for j := range rows[i] {
				rows[i][j] = new(big.Rat).Sub(rows[i][j], new(big.Rat).Mul(f, rows[r][j]))
			}
			rhs[i] = Expand(Sub(rhs[i], NewMul(ratFrom(f), rhs[r])))
		}
		pivots = append(pivots, c)
		r++
	}
	for i := r; i < len(rows); i++ {
		if IsZero(rhs[i]) != True {
			return nil, false, nil
		}
	}
	var out [][2]Expr
	for i, c := range pivots {
		v := rhs[i]
		for j := c + 1; j < n; j++ {
			if rows[i][j].Sign() != 0 {
				v = Sub(v, NewMul(ratFrom(rows[i][j]), xs[j]))
			}
		}
		out = append(out, [2]Expr{xs[c], Expand(v)})
	}
	sort.SliceStable(out, func(i, j int) bool { return cmpSkey(sortKey(out[i][0]), sortKey(out[j][0])) < 0 })
	return out, true, nil
}
