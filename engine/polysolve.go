package engine

import "slices"

// This file is SymPy's solve_poly_system for systems with rational
// coefficients: solve_biquadratic for two equations of degree at most
// two in each of two unknowns, solve_generic (a lex Gröbner basis, the
// roots of its polynomial in the last unknown, each substituted back)
// otherwise. The forms of the solutions follow SymPy's steps: roots()
// of each univariate polynomial, the substituted basis polynomials
// expanded as Poly does, and roots_linear's simplify of a root with
// algebraic coefficients.

// solvePolyGroebner is solve_poly_system(nums, *xs) when every
// polynomial has rational coefficients; ok is false when one does not
// (the caller solves by elimination then).
func solvePolyGroebner(nums []Expr, xs []*Symbol) (sols [][]Expr, ok bool, err error) {
	defer recoverTo(&err)
	F := make([]qpoly, 0, len(nums))
	for _, e := range nums {
		q, isPoly := qpolyFromExpr(e, xs, false)
		if !isPoly {
			return nil, false, nil
		}
		F = append(F, q)
	}
	ok = true // from here an error (a panic too) is SymPy's path failing
	if len(F) == 2 && len(xs) == 2 && qMaxDegree(F) <= 2 {
		if s, done, err := solveBiquadratic(F, xs); done || err != nil {
			return s, true, err
		}
	}
	gens := symExprs(xs)
	sols, err = solveReduced(F, nil, gens, xs)
	if err != nil {
		return nil, true, err
	}
	sortTuples(sols)
	return sols, true, nil
}

// errNotZeroDim is solve_generic's NotImplementedError for systems with
// infinitely many solutions (solve goes on by other means there).
var errNotZeroDim = notImpl("only zero-dimensional systems supported (finite number of solutions)")

func symExprs(xs []*Symbol) []Expr {
	gens := make([]Expr, len(xs))
	for i, x := range xs {
		gens[i] = x
	}
	return gens
}

// qMaxDegree is the largest degree of any polynomial in any generator.
func qMaxDegree(F []qpoly) int {
	m := 0
	for _, f := range F {
		for _, t := range f {
			m = max(m, slices.Max(t.e))
		}
	}
	return m
}

// integral reports whether every coefficient is an integer (the
// polynomials' domain is ZZ, and SymPy's groebner clears denominators).
func integral(F []qpoly) bool {
	for _, f := range F {
		for _, t := range f {
			if !t.c.isInt() {
				return false
			}
		}
	}
	return true
}

// groebnerAsSymPy is groebner(F) as SymPy returns it: monic over QQ,
// denominators cleared when the input's domain is ZZ.
func groebnerAsSymPy(F []qpoly) ([]qpoly, error) {
	G, err := groebnerLex(F)
	if err != nil {
		return nil, err
	}
	if integral(F) {
		for i := range G {
			G[i] = G[i].clearDenoms()
		}
	}
	return G, nil
}

// solveBiquadratic is SymPy's solve_biquadratic; done is false where it
// raises SolveFailed (solve_generic goes on).
func solveBiquadratic(F []qpoly, xs []*Symbol) ([][]Expr, bool, error) {
	G, err := groebnerAsSymPy(F)
	if err != nil {
		return nil, false, err
	}
	if len(G) == 1 && G[0].isGround() {
		return nil, true, nil
	}
	if len(G) != 2 {
		return nil, false, nil
	}
	gens := symExprs(xs)
	p, q := G[0].toExpr(gens), G[1].toExpr(gens)
	if g, err := PolyGcdLcm(p, q, false); err != nil || Has(g, xs[0]) || Has(g, xs[1]) {
		return nil, false, err
	}
	if slices.ContainsFunc(G[1], func(t qterm) bool { return t.e[0] != 0 }) {
		return nil, false, notImpl("can't left trim " + Str(q))
	}
	pRoots, err := rootsOverPolys(p, xs[0], xs[1])
	if err != nil {
		return nil, false, err
	}
	qRoots, err := systemRoots(q, xs[1])
	if err != nil {
		return nil, false, err
	}
	var out [][]Expr
	for _, qr := range qRoots {
		for _, pr := range pRoots {
			out = append(out, []Expr{SubsPairs(pr, [][2]Expr{{xs[1], qr}}), qr})
		}
	}
	sortTuples(out)
	return out, true, nil
}

// rootsOverPolys is roots(Poly(p, x)) where p's coefficients are
// polynomials in y: rational ones as roots(), a linear p as
// roots_linear over ZZ[y] (factor(-c0/c1)); others are refused.
func rootsOverPolys(p Expr, x, y *Symbol) ([]Expr, error) {
	cs, ok := polyCoeffs(Expand(p), x)
	if !ok {
		return nil, notImpl("dcalc's solve: " + Str(p) + " is not a polynomial")
	}
	if !slices.ContainsFunc(cs, func(c Expr) bool { return Has(c, y) }) {
		return systemRoots(p, x)
	}
	if len(cs) != 2 {
		return nil, notImpl("dcalc's solve_biquadratic takes roots of quadratics with rational coefficients only")
	}
	r, err := Factor(Div(Neg(cs[0]), cs[1]))
	if err != nil {
		return nil, err
	}
	return []Expr{r}, nil
}

// sortTuples sorts solution tuples by SymPy's default_sort_key.
func sortTuples(out [][]Expr) {
	slices.SortStableFunc(out, func(a, b []Expr) int {
		for k := range a {
			if c := cmpSkey(sortKey(a[k]), sortKey(b[k])); c != 0 {
				return c
			}
		}
		return 0
	})
}

// solveReduced is solve_generic's _solve_reduced_system: F (or, past
// the first step, the expressions system) in the unknowns xs.
func solveReduced(F []qpoly, system []Expr, gens []Expr, xs []*Symbol) ([][]Expr, error) {
	checkInterrupt()
	if F == nil {
		if len(system) == 0 {
			return nil, errNotZeroDim
		}
		if len(system) == 1 && len(xs) == 1 {
			zs, err := systemRoots(system[0], xs[0])
			if err != nil {
				return nil, err
			}
			out := make([][]Expr, len(zs))
			for i, z := range zs {
				out[i] = []Expr{z}
			}
			return out, nil
		}
		for _, ex := range []bool{false, true} {
			F = F[:0]
			for _, e := range system {
				q, ok := qpolyFromExpr(e, xs, ex)
				if !ok {
					F = nil
					break
				}
				F = append(F, q)
			}
			if F != nil {
				break
			}
		}
		if F == nil {
			return nil, notImpl("dcalc's solve_poly_system: " + Str(system[0]) + " is not a polynomial")
		}
	}
	basis, err := groebnerAsSymPy(F)
	if err != nil {
		return nil, err
	}
	if len(basis) == 1 && basis[0].isGround() {
		return nil, nil
	}
	last := len(xs) - 1
	var univariate []qpoly
	for _, b := range basis {
		if !slices.ContainsFunc(b, func(t qterm) bool { return slices.ContainsFunc(t.e[:last], func(k int) bool { return k != 0 }) }) {
			univariate = append(univariate, b)
		}
	}
	if len(basis) < len(xs) || len(univariate) != 1 {
		return nil, errNotZeroDim
	}
	zeros, err := systemRoots(univariate[0].toExpr(gens), xs[last])
	if err != nil {
		return nil, err
	}
	if len(zeros) == 0 {
		return nil, nil
	}
	if len(basis) == 1 {
		out := make([][]Expr, len(zeros))
		for i, z := range zeros {
			out[i] = []Expr{z}
		}
		return out, nil
	}
	var out [][]Expr
	for _, z := range zeros {
		var next []Expr
		for _, b := range basis[:len(basis)-1] {
			if eq := subsRoot(b, gens, last, z); !isZeroInt(eq) {
				next = append(next, eq)
			}
		}
		sub, err := solveReduced(nil, next, gens[:last], xs[:last])
		if err != nil {
			return nil, err
		}
		for _, s := range sub {
			out = append(out, append(s, z))
		}
	}
	if len(out) > 0 && len(out[0]) != len(xs) {
		return nil, errNotZeroDim
	}
	return out, nil
}

// subsRoot is solve_generic's _subs_root: b with generator k replaced by
// z, expanded (without going into the terms) when b has degree 2 or more
// in that generator.
func subsRoot(b qpoly, gens []Expr, k int, z Expr) Expr {
	gs := slices.Clone(gens)
	gs[k] = z
	p := b.toExpr(gs)
	deg := 0
	for _, t := range b {
		deg = max(deg, t.e[k])
	}
	if deg >= 2 {
		switch p.(type) {
		case *Mul, *Pow:
			p = Expand(p)
		}
	}
	return p
}

// systemRoots is roots(e, x) as solve_poly_system takes them (Poly
// expands e first): every root of a polynomial with rational
// coefficients (an error when roots() finds only some), and the root of
// a linear polynomial with other numeric coefficients as roots_linear
// gives it over EX (simplified).
func systemRoots(e Expr, x *Symbol) ([]Expr, error) {
	cs, ok := polyCoeffs(Expand(e), x)
	if !ok {
		return nil, notImpl("dcalc's solve: " + Str(e) + " is not a polynomial in " + x.Name())
	}
	for i := range cs {
		cs[i] = Expand(cs[i])
	}
	if rc, ok := ratCoeffs(cs); ok {
		rs, err := rootsRat(rc, polyExpr(cs, NewDummy("x")))
		if err != nil {
			return nil, err
		}
		n := 0
		out := make([]Expr, len(rs))
		for i, r := range rs {
			n += r.Mult
			out[i] = r.Root
		}
		if n != len(rc)-1 {
			return nil, notImpl("dcalc's solve finds the roots of " + Str(e) + " only in part")
		}
		return out, nil
	}
	if len(cs) != 2 {
		return nil, notImpl("dcalc's solve_poly_system: roots of a polynomial of degree 2 or more with algebraic coefficients")
	}
	// (roots() takes QQ_I polynomials in EX, where roots_linear simplifies)
	return []Expr{Simplify(Div(Neg(cs[0]), cs[1]))}, nil
}
