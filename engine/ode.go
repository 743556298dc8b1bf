package engine

import "strconv"

// This file is dsolve for the ordinary differential equations a
// calculus course meets first: linear, with constant coefficients, of
// any order, homogeneous or with a right-hand side the method of
// undetermined coefficients takes (polynomials, exponentials, sines and
// cosines and their products), and f^(n)(x) = g(x) solved by
// integration. It follows the hint SymPy's classify_ode picks for each
// (nth_algebraic, nth_linear_constant_coeff_homogeneous,
// nth_linear_constant_coeff_undetermined_coefficients; for first order
// separable/1st_exact, whose solved and expanded solution is the same
// function) and the clean-up dsolve applies (_get_simplified_sol's
// collect and powsimp, odesimp's constantsimp and constant_renumber), so
// that the arbitrary constants and the grouping come out as SymPy's.
// Anything else raises NotImplementedError.

// ODE is one ordinary differential equation in the function call F of
// the variable X: Eq (its left side minus its right side) = 0.
type ODE struct {
	Eq Expr
	F  *Func
	X  *Symbol
}

// odeLinear is a linear ODE: sum of Coeff[k]*f^(k)(x) plus B.
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

// Solve returns the right sides of dsolve(eq, f(x)): one solution f(x) =
// rhs for the ODEs described above.
func (o *ODE) Solve() (sols []Expr, err error) {
	defer recoverTo(&err)
	l, ok := o.linear()
	if !ok {
		panic(notImpl("dcalc's dsolve solves linear ODEs only (with constant coefficients)"))
	}
	n := l.order()
	if n < 1 {
		panic(&Error{Type: "ValueError", Msg: "dsolve() and classify_ode() only work with functions of one variable, not " + Str(o.F)})
	}
	for _, c := range l.coeff {
		if Has(c, o.X) {
			panic(notImpl("dcalc's dsolve solves linear ODEs with constant coefficients only"))
		}
	}
	nonzero := 0
	for _, c := range l.coeff {
		if !isZeroInt(c) {
			nonzero++
		}
	}
	if !isZeroInt(l.coeff[1]) && hasSinCosPair(l.b) {
		// dsolve's factorable hint solves for f'(x) first, and solve's
		// simplification may turn sin(x) + cos(x) into a shifted sine
		panic(notImpl("dcalc's dsolve does not follow SymPy's simplification of sines and cosines of one argument on the right-hand side"))
	}
	var sol Expr
	var consts []Expr
	switch {
	case nonzero == 1:
		sol, consts = o.algebraic(l, n)
	case n == 1:
		sol, consts = o.firstOrder(l)
	default:
		sol, consts = o.constCoeff(l, n)
	}
	sol = constantSimp(sol, consts)
	return []Expr{constantRenumber(sol, consts, o.constants(len(consts), false))}, nil
}

// algebraic is the nth_algebraic hint for a*f^(n)(x) + b(x) = 0: n
// integrations of -b/a, each with its constant. SymPy simplifies the
// integrand first and, for n > 1, groups x**k*h(x) terms of the result
// with the constant's x**k: those cases are refused.
func (o *ODE) algebraic(l *odeLinear, n int) (Expr, []Expr) {
	consts := o.constants(n, true)
	g := Div(Neg(l.b), l.coeff[n])
	if !isZeroInt(g) && !Equal(Simplify(g), g) {
		panic(notImpl("dcalc's dsolve does not follow SymPy's simplification of the right-hand side " + Str(g)))
	}
	G := g
	for range n {
		G = integrateOrRefuse(G, o.X)
	}
	G = Expand(G)
	if n > 1 {
		for _, t := range addArgs(G) {
			if xPowerTimesFunction(t, o.X) {
				panic(notImpl("dcalc's dsolve does not follow SymPy's grouping of " + Str(t) + " with the constants"))
			}
		}
	}
	sol := G
	for i := 0; i < n; i++ {
		sol = NewAdd(sol, NewMul(consts[i], NewPow(o.X, NewInt(int64(n-1-i)))))
	}
	return sol, consts
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

// xPowerTimesFunction reports whether the term t is x**k (k >= 1) times
// a factor holding x that is not a power of x.
func xPowerTimesFunction(t Expr, x *Symbol) bool {
	pow, other := false, false
	for _, f := range mulArgs(t) {
		if !Has(f, x) {
			continue
		}
		if b, e := AsBaseExp(f); Equal(b, x) && IsInteger(e) {
			pow = true
		} else {
			other = true
		}
	}
	return pow && other
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

// charRoot is one root of the characteristic equation in collectterms'
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
	rs, err := Roots(NewAdd(terms...), s)
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

// firstOrder is a*f'(x) + c*f(x) + b(x) = 0 with constant a and c, which
// SymPy solves as separable or exact and then solves for f(x): the
// general solution C1*exp(-c*x/a) plus a particular one, expanded with
// exponentials combined (odesimp's _expand).
func (o *ODE) firstOrder(l *odeLinear) (Expr, []Expr) {
	for _, t := range addArgs(Expand(l.b)) {
		var xs []Expr
		for _, f := range mulArgs(t) {
			if Has(f, o.X) {
				xs = append(xs, f)
			}
		}
		if len(xs) > 1 && hasCallOf(t, fnExp) {
			// the integrator's grouping of x*exp(x) or exp(x)*sin(x)
			// terms shows through 1st_exact's solution
			panic(notImpl("dcalc's dsolve does not follow SymPy's 1st_exact form for the right-hand side term " + Str(t)))
		}
	}
	gensols, _ := o.homogeneous(l, 1)
	consts := o.constants(1, true)
	sol := NewMul(consts[0], gensols[0])
	if !isZeroInt(l.b) {
		p, resonant := o.particular(l)
		if resonant && !isInt(l.coeff[1], 1) {
			panic(notImpl("dcalc's dsolve does not follow SymPy's factorable form for a resonant right-hand side"))
		}
		sol = NewAdd(sol, p)
	}
	if _, den := asNumerDenom(sol); isAdd(den) {
		return sol, consts
	}
	out, err := Powsimp(Expand(sol), true, psExp, false)
	if err != nil {
		panic(err)
	}
	return out, consts
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
		if e := Sub(lhs, val); !isZeroInt(e) {
			eqs = append(eqs, e)
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
