package engine

import (
	"slices"
	"strconv"
)

// This file is dsolve for the ordinary differential equations a
// calculus course meets first: linear, with constant coefficients, of
// any order, homogeneous or with a right-hand side the method of
// undetermined coefficients takes (polynomials, exponentials, sines and
// cosines and their products); Euler equations, homogeneous or with
// such a right-hand side in log(x); separable first-order equations
// (odesep.go), exact ones, which take in the linear ones with variable
// coefficients (odeexact.go), and Bernoulli's (odebernoulli.go). It
// follows the hint SymPy's dsolve picks for each and the clean-up dsolve
// applies (_get_simplified_sol's collect and powsimp, odesimp's
// constantsimp and constant_renumber), so
// that the arbitrary constants and the grouping come out as SymPy's.
// Anything else raises NotImplementedError.

// ODE is one ordinary differential equation in the function call F of
// the variable X: Eq (its left side minus its right side) = 0.
type ODE struct {
	Eq Expr
	F  *Func
	X  *Symbol
}

// odeLinear is a linear ODE: the sum of coeff[k]*f^(k)(x) plus b.
type odeLinear struct {
	coeff []Expr // by derivative order
	b     Expr
}

// order is the highest derivative order with a nonzero coefficient.
func (l *odeLinear) order() int {
	for k := len(l.coeff) - 1; k >= 0; k-- {
		if !isZeroInt(l.coeff[k]) {
			return k
		}
	}
	return -1
}

// NewODE checks that f is a call of an undefined function of one
// symbol and returns the equation eq = 0 in it.
func NewODE(eq Expr, f Expr) (*ODE, error) {
	fx, ok := f.(*Func)
	if !ok || !fx.def.Undefined {
		return nil, &Error{Type: "ValueError", Msg: "dsolve() and classify_ode() only work with functions of one variable, not " + Str(f)}
	}
	if len(fx.args) != 1 {
		return nil, &Error{Type: "ValueError", Msg: "dsolve() and classify_ode() only work with functions of one variable, not " + Str(f)}
	}
	x, ok := fx.args[0].(*Symbol)
	if !ok {
		return nil, &Error{Type: "ValueError", Msg: "dsolve() and classify_ode() only work with functions of one variable, not " + Str(f)}
	}
	return &ODE{Eq: eq, F: fx, X: x}, nil
}

// derivOrder is the order of e as a derivative of f(x) in x: 0 for f(x)
// itself, -1 for anything else.
func (o *ODE) derivOrder(e Expr) int {
	if Equal(e, o.F) {
		return 0
	}
	d, ok := e.(*Derivative)
	if !ok || !Equal(d.Expr(), o.F) {
		return -1
	}
	n := 0
	for _, v := range d.Vars() {
		if !Equal(v.Var, o.X) {
			return -1
		}
		n += v.Count
	}
	return n
}

// linear splits the expanded equation into the coefficients of f and
// its derivatives and the rest; ok is false when the equation is not
// linear in them.
func (o *ODE) linear() (*odeLinear, bool) {
	l := &odeLinear{b: Zero}
	var bs []Expr
	coeffs := map[int][]Expr{}
	for _, t := range addArgs(Expand(o.Eq)) {
		k, rest := -1, []Expr{}
		for _, fa := range mulArgs(t) {
			if d := o.derivOrder(fa); d >= 0 && k < 0 {
				k = d
				continue
			}
			if Has(fa, o.F) {
				return nil, false
			}
			rest = append(rest, fa)
		}
		if k < 0 {
			bs = append(bs, t)
			continue
		}
		coeffs[k] = append(coeffs[k], NewMul(rest...))
	}
	n := 0
	for k := range coeffs {
		n = max(n, k)
	}
	l.coeff = make([]Expr, n+1)
	for k := range l.coeff {
		l.coeff[k] = NewAdd(coeffs[k]...)
	}
	l.b = NewAdd(bs...)
	return l, true
}

// constants are get_numbered_constants: C1, C2, ... skipping the names
// of the equation's symbols and functions (withFuncs false: of its
// symbols only, as constant_renumber's numbering does).
func (o *ODE) constants(n int, withFuncs bool) []Expr {
	taken := map[string]bool{}
	for _, s := range FreeSymbols(o.Eq) {
		taken[s.Name()] = true
	}
	if withFuncs {
		walkExpr(o.Eq, func(e Expr) {
			if f, ok := e.(*Func); ok {
				taken[f.def.Name] = true
			}
		})
	}
	var out []Expr
	for i := 1; len(out) < n; i++ {
		name := "C" + strconv.Itoa(i)
		if !taken[name] {
			out = append(out, NewSymbol(name, Assumptions{}))
		}
	}
	return out
}

// Solve returns the right sides of dsolve(eq, f(x)): the solutions f(x)
// = rhs for the ODEs described above.
func (o *ODE) Solve() (sols []Expr, err error) {
	defer recoverTo(&err)
	return o.solve(true), nil
}

// solve tries the hints in the order dsolve's default does (its
// solver_map, not classify_ode's order): factorable,
// nth_linear_constant_coeff_homogeneous,
// nth_linear_euler_eq_homogeneous,
// nth_linear_constant_coeff_undetermined_coefficients,
// nth_linear_euler_eq_nonhomogeneous_undetermined_coefficients,
// separable, 1st_exact, Bernoulli; the others are refused.
func (o *ODE) solve(factorable bool) []Expr {
	if factorable {
		if inner, ok := o.factorable(); ok {
			// dsolve solves the inner equation and odesimp cleans up
			// its solutions once more as factorable's
			sols := inner.solve(false)
			for i, s := range sols {
				sols[i] = o.cleanUp(s, o.freeConstants(s))
			}
			return sols
		}
	}
	l, linear := o.linear()
	if linear {
		n := l.order()
		if n < 1 {
			panic(&Error{Type: "ValueError", Msg: "dsolve() and classify_ode() only work with functions of one variable, not " + Str(o.F)})
		}
		constant := true
		for _, c := range l.coeff {
			constant = constant && !Has(c, o.X)
		}
		if constant {
			if !isZeroInt(l.coeff[1]) && hasSinCosPair(l.b) && (factorable || n > 1) {
				// factorable solves for f'(x) first, and solve's
				// simplification may turn sin(x) + cos(x) into a shifted
				// sine (for a first-order equation that simplification
				// has been made: this is the inner equation)
				panic(notImpl("dcalc's dsolve does not follow SymPy's simplification of sines and cosines of one argument on the right-hand side"))
			}
			if b, err := Powsimp(l.b, false, psExp, false); err == nil && ucTestTerm(b, o.X) {
				sol, consts := o.constCoeff(l, n)
				return []Expr{o.cleanUp(sol, consts)}
			}
			if n > 1 {
				panic(notImpl("dcalc's dsolve takes right-hand sides the method of undetermined coefficients takes (SymPy goes on to variation of parameters)"))
			}
		} else if o.isEuler(l) {
			if isZeroInt(l.b) {
				sol, consts := o.euler(l)
				return []Expr{o.cleanUp(sol, consts)}
			}
			if sol, consts, ok := o.eulerUC(l); ok {
				return []Expr{o.cleanUp(sol, consts)}
			}
			if n > 1 {
				panic(notImpl("dcalc's dsolve takes Euler equations whose right-hand side in log(x) the method of undetermined coefficients takes (SymPy goes on to variation of parameters)"))
			}
		}
	}
	if ts, consts, ok := o.separable(); ok {
		return o.cleanUpAll(ts, consts)
	}
	if ts, consts, ok := o.firstExact(); ok {
		return o.cleanUpAll(ts, consts)
	}
	if ts, consts, ok := o.bernoulli(); ok {
		return o.cleanUpAll(ts, consts)
	}
	panic(notImpl("dcalc's dsolve solves linear ODEs with constant coefficients, Euler equations and separable, exact and Bernoulli first-order ones"))
}

// cleanUp is odesimp's last step: constantsimp and constant_renumber.
func (o *ODE) cleanUp(sol Expr, consts []Expr) Expr {
	return constantRenumber(constantSimp(sol, consts), consts, o.constants(len(consts), false))
}

// freeConstants are the symbols of a solution the equation lacks.
func (o *ODE) freeConstants(sol Expr) []Expr {
	var out []Expr
	for _, s := range FreeSymbols(sol) {
		if !Has(o.Eq, s) {
			out = append(out, s)
		}
	}
	return out
}

// cleanUpAll is cleanUp of each solution.
func (o *ODE) cleanUpAll(ts, consts []Expr) []Expr {
	out := make([]Expr, len(ts))
	for i, t := range ts {
		out[i] = o.cleanUp(t, consts)
	}
	return out
}

// isEuler reports whether a linear equation's coefficients are c_k*x**k
// up to one common factor (nth_linear_euler_eq_homogeneous matches).
func (o *ODE) isEuler(l *odeLinear) bool {
	n := l.order()
	lead := l.coeff[n]
	for k, c := range l.coeff {
		if isZeroInt(c) {
			continue
		}
		r := Simplify(Div(NewMul(c, NewPow(o.X, NewInt(int64(n-k)))), lead))
		if Has(r, o.X) {
			return false
		}
	}
	return true
}

// eulerCharPoly is the characteristic polynomial in s of an Euler
// equation, expanded: x**k*f^(k) turns x**s into
// s*(s - 1)*...*(s - k + 1)*x**s.
func (o *ODE) eulerCharPoly(l *odeLinear, s *Symbol) Expr {
	n := l.order()
	var terms []Expr
	for k, c := range l.coeff {
		if isZeroInt(c) {
			continue
		}
		ck := Simplify(Div(NewMul(c, NewPow(o.X, NewInt(int64(n-k)))), l.coeff[n]))
		fall := Expr(One)
		for j := 0; j < k; j++ {
			fall = NewMul(fall, Sub(s, NewInt(int64(j))))
		}
		terms = append(terms, NewMul(ck, fall))
	}
	return Expand(NewAdd(terms...))
}

// euler is nth_linear_euler_eq_homogeneous for characteristic roots that
// are rational: sum of C*log(x)**i*x**r over the roots r (rootof's
// order, real roots ascending) and i below their multiplicity.
func (o *ODE) euler(l *odeLinear) (Expr, []Expr) {
	n := l.order()
	s := NewDummy("x")
	rs, err := Roots(o.eulerCharPoly(l, s), s)
	if err != nil {
		panic(err)
	}
	count := 0
	for _, r := range rs {
		if toRat(r.Root) == nil {
			panic(notImpl("dcalc's dsolve solves Euler equations with rational characteristic roots only"))
		}
		count += r.Mult
	}
	if count != n {
		panic(notImpl("dcalc's dsolve found too few roots of the Euler equation's characteristic polynomial"))
	}
	slices.SortFunc(rs, func(a, b RootMult) int { return toRat(a.Root).Cmp(toRat(b.Root)) })
	consts := o.constants(n, true)
	sol := Expr(Zero)
	c := 0
	for _, r := range rs {
		for i := 0; i < r.Mult; i++ {
			sol = NewAdd(sol, NewMul(NewPow(fnLog.call(o.X), NewInt(int64(i))), NewPow(o.X, r.Root), consts[c]))
			c++
		}
	}
	return sol, consts
}

// factorable is the factorable hint for a first-order equation: the
// equation solved for f'(x) (solve simplifies the root) gives the ODE
// f'(x) - root that dsolve solves instead, when it differs from the
// equation as given. A numerator with several factors in f (SymPy
// solves each) is refused.
func (o *ODE) factorable() (*ODE, bool) {
	l, linear := o.linear()
	if linear && l.order() != 1 {
		return nil, false
	}
	p := NewDummy("p")
	dfx := NewDerivative(o.F, []VarCount{{o.X, 1}})
	fy := NewDummy("y")
	eq := Xreplace(o.Eq, [][2]Expr{{dfx, p}, {o.F, fy}})
	if anyDerivativeOf(eq, o.F) {
		return nil, false
	}
	num, _ := asNumerDenom(Together(eq, true))
	if fl, err := Factor(num); err == nil {
		inF := 0
		for _, a := range mulArgs(fl) {
			if Has(a, fy) || Has(a, p) {
				if _, isPow := a.(*Pow); isPow {
					inF++
				}
				inF++
			}
		}
		if inF > 1 {
			panic(notImpl("dcalc's dsolve does not solve an equation that factors into several (SymPy's factorable hint)"))
		}
	}
	cs, ok := polyCoeffs(Expand(num), p)
	if !ok || len(cs) != 2 {
		return nil, false
	}
	root := Simplify(Div(Neg(cs[0]), cs[1]))
	inner := Xreplace(Sub(p, root), [][2]Expr{{p, dfx}, {fy, o.F}})
	if Equal(inner, o.Eq) {
		return nil, false
	}
	return &ODE{Eq: inner, F: o.F, X: o.X}, true
}

// integrateOrRefuse is integrate(g, x), refused when it stays an
// Integral.
func integrateOrRefuse(g Expr, x *Symbol) Expr {
	if isZeroInt(g) {
		return Zero
	}
	r := Integrate(g, x)
	if hasCallOf(r, IntegralDef, fnPiecewise) {
		panic(notImpl("dcalc's dsolve could not integrate " + Str(g)))
	}
	return r
}

// hasSinCosPair reports whether e holds sin(u) and cos(u) of the same u
// (SymPy's simplify may join them into one shifted sine).
func hasSinCosPair(e Expr) bool {
	var sins, coss []Expr
	collectCalls(e, fnSin, &sins)
	collectCalls(e, fnCos, &coss)
	for _, s := range sins {
		for _, c := range coss {
			if Equal(s.(*Func).args[0], c.(*Func).args[0]) {
				return true
			}
		}
	}
	return false
}

// charTerm is one root of the characteristic equation in collectterms'
// form (i, real part, imaginary part).
type charTerm struct {
	i      int
	re, im Expr
}

// homogeneous is _get_const_characteristic_eq_sols: the fundamental
// solutions and the collectterms.
func (o *ODE) homogeneous(l *odeLinear, n int) ([]Expr, []charTerm) {
	s := NewDummy("x")
	var terms []Expr
	for k, c := range l.coeff {
		terms = append(terms, NewMul(c, NewPow(s, NewInt(int64(k)))))
	}
	var rs []RootMult
	var err error
	if n == 1 {
		// roots_linear: factor(-c0/c1), over a fraction field too
		var r Expr
		if r, err = Factor(Div(Neg(l.coeff[0]), l.coeff[1])); err == nil {
			rs = []RootMult{{r, 1}}
		}
	} else {
		rs, err = Roots(NewAdd(terms...), s)
	}
	if err != nil {
		panic(notImpl("dcalc's dsolve could not find the roots of the characteristic equation: " + err.Error()))
	}
	var keys []Expr
	count := 0
	for _, r := range rs {
		keys = append(keys, r.Root)
		count += r.Mult
	}
	if count != n {
		panic(notImpl("dcalc's dsolve needs the characteristic equation's roots in radicals (SymPy gives CRootOf)"))
	}
	Ordered(keys)
	mult := func(r Expr) int {
		for _, rm := range rs {
			if Equal(rm.Root, r) {
				return rm.Mult
			}
		}
		return 0
	}
	complexCoeffs := false
	for _, c := range l.coeff {
		if IsReal(c) != True {
			complexCoeffs = true
		}
	}
	x := o.X
	var gensols []Expr
	var collect []charTerm
	var conj []Expr
	for _, root := range keys {
		for i := 0; i < mult(root); i++ {
			xi := NewPow(x, NewInt(int64(i)))
			if complexCoeffs {
				gensols = append(gensols, NewMul(xi, fnExp.call(NewMul(root, x))))
				collect = append([]charTerm{{i, root, Zero}}, collect...)
				continue
			}
			re, im := fnRe.call(root), fnIm.call(root)
			if hasCallOf(re, fnAtan2) && hasCallOf(im, fnAtan2) {
				gensols = append(gensols, NewMul(xi, fnExp.call(NewMul(root, x))))
				collect = append([]charTerm{{i, root, Zero}}, collect...)
				continue
			}
			if containsExpr(conj, root) {
				collect = append([]charTerm{{i, re, im}}, collect...)
				continue
			}
			if isZeroInt(im) {
				gensols = append(gensols, NewMul(xi, fnExp.call(NewMul(re, x))))
				collect = append([]charTerm{{i, re, Zero}}, collect...)
				continue
			}
			if hasCallOf(re, fnRe) || hasCallOf(im, fnIm) || hasCallOf(im, fnRe) {
				panic(notImpl("dcalc's dsolve cannot split the root " + Str(root) + " into real and imaginary parts"))
			}
			conj = append(conj, fnConjugate.call(root))
			ex := NewMul(xi, fnExp.call(NewMul(re, x)))
			gensols = append(gensols, NewMul(ex, fnSin.call(NewMul(fnAbs.call(im), x))))
			gensols = append(gensols, NewMul(ex, fnCos.call(NewMul(im, x))))
			collect = append([]charTerm{{i, re, im}}, collect...)
		}
	}
	return gensols, collect
}

// constCoeff is nth_linear_constant_coeff_homogeneous and
// nth_linear_constant_coeff_undetermined_coefficients.
func (o *ODE) constCoeff(l *odeLinear, n int) (Expr, []Expr) {
	gensols, collect := o.homogeneous(l, n)
	if len(gensols) != n {
		panic(notImpl("dcalc's dsolve found too few solutions of the homogeneous equation"))
	}
	consts := o.constants(n, true)
	sol := Expr(Zero)
	for i, g := range gensols {
		sol = NewAdd(sol, NewMul(consts[i], g))
	}
	if !isZeroInt(l.b) {
		p, _ := o.particular(l)
		sol = NewAdd(sol, p)
	}
	return o.simplifiedSol(sol, collect), consts
}

// simplifiedSol is _get_simplified_sol: collect on each root's terms,
// then powsimp.
func (o *ODE) simplifiedSol(sol Expr, terms []charTerm) Expr {
	x := o.X
	sortCharTerms(terms)
	sol = ExpandMul(sol)
	coll := func(p Expr) {
		ps, err := Collect(sol, []Expr{p})
		if err != nil {
			panic(err)
		}
		ts := make([]Expr, len(ps))
		for i, p := range ps {
			ts[i] = NewMul(p.Key, p.Val)
		}
		sol = NewAdd(ts...)
	}
	for _, t := range terms {
		ex := NewMul(NewPow(x, NewInt(int64(t.i))), fnExp.call(NewMul(t.re, x)))
		coll(NewMul(ex, fnSin.call(NewMul(fnAbs.call(t.im), x))))
		coll(NewMul(ex, fnCos.call(NewMul(t.im, x))))
	}
	for _, t := range terms {
		coll(NewMul(NewPow(x, NewInt(int64(t.i))), fnExp.call(NewMul(t.re, x))))
	}
	out, err := Powsimp(sol, false, psAll, false)
	if err != nil {
		panic(err)
	}
	return out
}

// sortCharTerms is collectterms.sort(key=default_sort_key) followed by
// reverse(): tuples compare element by element.
func sortCharTerms(ts []charTerm) {
	key := func(t charTerm) skey {
		return kTup(sortKeyOf(NewInt(int64(t.i))), sortKeyOf(t.re), sortKeyOf(t.im))
	}
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && cmpSkey(key(ts[j-1]), key(ts[j])) < 0; j-- {
			ts[j-1], ts[j] = ts[j], ts[j-1]
		}
	}
}

// SolveICs is solve_ics followed by the substitution dsolve makes: the
// constants of the solution sol (the symbols the equation lacks) are
// fixed by the initial conditions, each a key f(x0) or
// Subs(Derivative(f(x), (x, n)), x, x0) with its value.
func (o *ODE) SolveICs(sol Expr, ics [][2]Expr) (out Expr, err error) {
	defer recoverTo(&err)
	var consts []*Symbol
	for _, s := range FreeSymbols(sol) {
		if !Has(o.Eq, s) {
			consts = append(consts, s)
		}
	}
	var eqs []Expr
	for _, ic := range ics {
		key, val := ic[0], ic[1]
		var lhs Expr
		switch k := key.(type) {
		case *Func:
			if k.def != o.F.def || len(k.args) != 1 {
				panic(notImpl("dcalc's dsolve does not take the initial condition " + Str(key)))
			}
			lhs = SubsPairs(sol, [][2]Expr{{o.X, k.args[0]}})
		case *Subs:
			n := o.derivOrder(k.Expr())
			if n < 1 || len(k.Vars()) != 1 || !Equal(k.Vars()[0], o.X) {
				panic(notImpl("dcalc's dsolve does not take the initial condition " + Str(key)))
			}
			d, err := Diff(sol, VarCount{Var: o.X, Count: n})
			if err != nil {
				panic(err)
			}
			lhs = SubsPairs(d, [][2]Expr{{o.X, k.Points()[0]}})
		default:
			panic(notImpl("Unrecognized initial condition"))
		}
		if anyNode(lhs, func(s Expr) bool { return s == Zoo || s == NaN || s == Oo || s == NegOo }) {
			// SymPy's solve finds a value for the constants from
			// zoo*(C1 - c) = v; the solution is not defined at the point
			panic(notImpl("dcalc's dsolve does not take an initial condition where the general solution is not defined (" + Str(key) + ")"))
		}
		if e := Sub(lhs, val); !isZeroInt(e) {
			eqs = append(eqs, e)
		}
	}
	for _, e := range eqs {
		for _, c := range consts {
			d, err := Diff(e, VarCount{Var: c, Count: 1})
			for _, c2 := range consts {
				if err == nil && Has(d, c2) {
					return o.solveICNonlinear(sol, eqs, consts)
				}
			}
		}
	}
	vals, ok := odeLinsolve(eqs, consts)
	if !ok {
		panic(&Error{Type: "ValueError", Msg: "Couldn't solve for initial conditions"})
	}
	var reps [][2]Expr
	for i, c := range consts {
		if Equal(vals[i], c) && !anyHas(eqs, c) {
			continue // a constant no condition mentions stays
		}
		for _, d := range consts {
			if Has(vals[i], d) {
				// which constants solve picks depends on a set's order
				panic(notImpl("dcalc's dsolve needs initial conditions that fix each constant they mention"))
			}
		}
		reps = append(reps, [2]Expr{c, vals[i]})
	}
	return SubsPairs(sol, reps), nil
}

// solveICNonlinear is solve_ics for one condition in which its one
// constant enters nonlinearly (a Bernoulli solution): solve's
// solutions, one wanted, as SymPy raises otherwise.
func (o *ODE) solveICNonlinear(sol Expr, eqs []Expr, consts []*Symbol) (Expr, error) {
	if len(eqs) != 1 || len(consts) != 1 {
		panic(notImpl("dcalc's dsolve solves several initial conditions only when the constants enter them linearly"))
	}
	vals, err := Solve(eqs[0], consts[0])
	if err != nil {
		panic(err)
	}
	switch len(vals) {
	case 0:
		panic(&Error{Type: "ValueError", Msg: "Couldn't solve for initial conditions"})
	case 1:
	default:
		panic(notImpl("Initial conditions produced too many solutions for constants"))
	}
	return SubsPairs(sol, [][2]Expr{{consts[0], vals[0]}}), nil
}

// IsUndefinedCall reports whether e is a call of an undefined function
// (f(x) for f = Function('f')).
func IsUndefinedCall(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def.Undefined
}

// odeLinsolve solves linear equations for the constants of an ODE's
// solution (or of a trial function): linsolve's values, or, when its coefficients are
// numbers with radicals (roots of the characteristic equation), by
// Gauss-Jordan elimination with every entry expanded and its
// denominator rationalized, the canonical form of such a number that
// solve's answer has. ok is false when the system is inconsistent.
func odeLinsolve(eqs []Expr, xs []*Symbol) (vals []Expr, ok bool) {
	vals, ok, err := LinsolveValues(eqs, xs)
	if err == nil {
		return vals, ok
	}
	norm := func(e Expr) Expr {
		r, err := Radsimp(Expand(e), true, 4)
		if err != nil {
			panic(err)
		}
		return Expand(r)
	}
	zeros := make([][2]Expr, len(xs))
	for i, x := range xs {
		zeros[i] = [2]Expr{x, Zero}
	}
	rows := make([][]Expr, len(eqs))
	for i, e := range eqs {
		e = Expand(e)
		row := make([]Expr, len(xs)+1)
		for j, x := range xs {
			c, derr := Diff(e, VarCount{Var: x, Count: 1})
			if derr != nil || !IsNumberExpr(c) {
				panic(err)
			}
			row[j] = norm(c)
		}
		row[len(xs)] = norm(Neg(SubsPairs(e, zeros)))
		if !IsNumberExpr(row[len(xs)]) {
			panic(err)
		}
		rows[i] = row
	}
	pivots := make([]int, len(xs))
	for j := range pivots {
		pivots[j] = -1
	}
	r := 0
	for j := range xs {
		p := -1
		for i := r; i < len(rows); i++ {
			if IsZero(rows[i][j]) == False {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		rows[r], rows[p] = rows[p], rows[r]
		piv := rows[r][j]
		for k := range rows[r] {
			rows[r][k] = norm(Div(rows[r][k], piv))
		}
		for i := range rows {
			if i != r && IsZero(rows[i][j]) != True {
				f := rows[i][j]
				for k := range rows[i] {
					rows[i][k] = norm(Sub(rows[i][k], NewMul(f, rows[r][k])))
				}
			}
		}
		pivots[j] = r
		r++
	}
	for i := r; i < len(rows); i++ {
		if IsZero(rows[i][len(xs)]) != True {
			return nil, false
		}
	}
	vals = make([]Expr, len(xs))
	for j, x := range xs {
		if pivots[j] < 0 {
			vals[j] = x
			continue
		}
		vals[j] = rows[pivots[j]][len(xs)]
	}
	return vals, true
}

// anyHas reports whether some expression of es holds s.
func anyHas(es []Expr, s Expr) bool {
	for _, e := range es {
		if Has(e, s) {
			return true
		}
	}
	return false
}

// Satisfies is checkodesol's first test: the solution f(x) = rhs put into
// the equation (the derivatives evaluated) leaves zero when expanded or
// simplified. False means the check did not show it, not that the
// solution is wrong.
func (o *ODE) Satisfies(rhs Expr) (ok bool, err error) {
	defer recoverTo(&err)
	r := Expand(Doit(Xreplace(o.Eq, [][2]Expr{{o.F, rhs}})))
	if IsZero(r) == True {
		return true, nil
	}
	return IsZero(Simplify(r)) == True, nil
}

// eulerUC is nth_linear_euler_eq_nonhomogeneous_undetermined_coefficients:
// x = exp(t) turns the Euler equation into one with constant
// coefficients in t (the right side taken with t positive), which the
// method of undetermined coefficients solves; t = log(x) back, expanded
// and simplified (odesimp's step for this hint). ok is false when the
// right side in t is not one the method takes.
func (o *ODE) eulerUC(l *odeLinear) (Expr, []Expr, bool) {
	x := o.X
	n := l.order()
	tp := NewSymbol(x.Name(), Assumptions{Positive: true})
	e := Xreplace(Xreplace(NewMul(Div(NewPow(x, NewInt(int64(n))), l.coeff[n]), l.b), [][2]Expr{{x, fnExp.call(tp)}}), [][2]Expr{{tp, x}})
	if b, err := Powsimp(e, false, psExp, false); err != nil || !ucTestTerm(b, x) {
		return nil, nil, false
	}
	// the coefficient of s**i in the characteristic polynomial
	// multiplies the i-th derivative in t
	s := NewDummy("x")
	cs, ok := polyCoeffs(o.eulerCharPoly(l, s), s)
	if !ok {
		return nil, nil, false
	}
	lt := &odeLinear{coeff: cs, b: e}
	sol, consts := o.constCoeff(lt, len(cs)-1)
	sol = Expand(Xreplace(sol, [][2]Expr{{x, fnLog.call(x)}}))
	return Simplify(sol), consts, true
}
