package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's heurisch, the parallel Risch heuristic (Manuel
// Bronstein's "Poor Man's Integrator") that SymPy's integrate reaches for
// a term that trigintegrate and risch_integrate do not take:
// sin(2*x)*cos(3*x), cosh(x)**2, x*atan(x), 1/(cos(x) + 1). The
// integrand's components (x, sin(x), cos(x), ...) become independent
// variables V; a candidate antiderivative with unknown coefficients (a
// polynomial in V of bounded degree over a denominator, plus logarithms
// of the irreducible factors that can appear) is differentiated by the
// derivation the components induce, and the coefficients are solved for
// as one linear system. SymPy's choices that shape the printed answer
// are kept: the order of the monomials and the unknowns (the reduced
// echelon form takes the earliest pivots, the free unknowns are set to
// zero), the splitting of denominators into special and normal parts,
// the degree bound, the retries over substitution orders and the
// rewriting in tan and tanh when the orders run out, and the final
// cancel and expand. Only integrands in x alone with rational
// coefficients are taken: parameters, hints SymPy adds (erf, asin, asinh
// for quadratic radicals and exponentials) and the algebraic-closure
// stage (root_factors) are not followed, and there heurisch gives up.
//
// One choice of SymPy's is not reproducible: which component gets which
// variable follows the iteration order of a Python set, which changes
// with the hash seed; where the linear system leaves unknowns free this
// changes SymPy's own answer between runs (x*sin(x)**2 ends in
// sin(x)**2/4 or -cos(x)**2/4, sinh(x)*cosh(x) is cosh(x)**2/2 or
// sinh(x)**2/2). dcalc numbers the components in ordered() order, solves
// again under every order the other numberings give the unknowns the
// solutions differ in, and raises NotImplementedError unless all agree.

// heurischMaxUnknowns bounds the candidate's size (monomials of the
// degree bound in the components); past it heurisch gives up.
const heurischMaxUnknowns = 1200

// heurischIntegrate is heurisch(f, x, hints=[]) for the integrands this
// file takes; ok is false where SymPy's returns None or dcalc does not
// follow it. Where SymPy's answer depends on the hash seed it raises
// NotImplementedError: no other rule may answer then, as SymPy's answer
// is heurisch's.
func heurischIntegrate(f Expr, x *Symbol) (Expr, bool) {
	F, out, err := heurischTry(f, x)
	if _, interrupted := err.(InterruptError); interrupted {
		panic(err)
	}
	if out == heurischSeedDependent {
		panic(notImpl("SymPy's answer for this integral (heurisch's) depends on Python's hash seed: the linear system for its coefficients leaves a choice that the order of a set decides"))
	}
	if err != nil || F == nil {
		return nil, false
	}
	return F, true
}

func heurischTry(f Expr, x *Symbol) (F Expr, out heurischOutcome, err error) {
	defer recoverTo(&err)
	if hasCallOf(f, fnAbs, fnRe, fnIm, fnSign, fnHeaviside, fnDiracDelta, fnFloor, fnCeiling, fnArg) {
		return nil, heurischGiveUp, nil
	}
	if !Has(f, x) {
		return NewMul(f, x), heurischSolved, nil
	}
	if fs := FreeSymbols(f); len(fs) != 1 {
		return nil, heurischGiveUp, nil // parameters: heurisch_wrapper's Piecewise and root_factors
	}
	indep := Expr(One)
	if _, isAdd := f.(*Add); !isAdd {
		indep, f = independentOf(mulArgs(f), x)
	}
	rewrite := !hasCallOf(f, fnSin, fnCos, fnCot, fnSinh, fnCosh, fnCoth)
	r, out := heurischRun(f, x, rewrite, false)
	if r == nil {
		return nil, out, nil
	}
	return NewMul(indep, r), out, nil
}

// heurischRun is one call of heurisch with its retries: forced is the
// call that rewrites sin, cos and cot in tan (and the hyperbolic ones in
// tanh) after every substitution order failed.
func heurischRun(f Expr, x *Symbol, rewrite, forced bool) (Expr, heurischOutcome) {
	if forced {
		f = rewriteTrigInTan(f)
	}
	h := newHeurisch(f, x)
	if h == nil {
		return nil, heurischGiveUp
	}
	for range 5 { // the first try and retries=3 down to -1
		if !h.nextMapping() {
			if !rewrite {
				return heurischRun(f, x, true, true)
			}
			return nil, heurischNoSolution
		}
		if r, out := h.solve(); out != heurischNoSolution {
			return r, out
		}
	}
	return nil, heurischNoSolution
}

// rewriteTrigInTan is f.rewrite((sin, cos, cot), tan) followed by
// f.rewrite((sinh, cosh, coth), tanh): sinh(u) is
// 2*tanh(u/2)/(1 - tanh(u/2)**2), cosh(u) is
// (1 + tanh(u/2)**2)/(1 - tanh(u/2)**2), coth(u) is 1/tanh(u).
func rewriteTrigInTan(f Expr) Expr {
	rules := rewriteRules["tan"]
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		e = mapArgs(e, walk)
		fn, ok := e.(*Func)
		if !ok {
			return e
		}
		u := fn.args[0]
		switch fn.def {
		case fnSin, fnCos, fnCot:
			return rules[fn.def](u)
		case fnSinh:
			t := fnTanh.call(NewMul(Half, u))
			return Div(NewMul(Two, t), Sub(One, NewPow(t, Two)))
		case fnCosh:
			t2 := NewPow(fnTanh.call(NewMul(Half, u)), Two)
			return Div(NewAdd(One, t2), Sub(One, t2))
		case fnCoth:
			return Div(One, fnTanh.call(u))
		}
		return e
	}
	return walk(f)
}

// heurisch holds one heurisch call's components and the state of its
// walk through the substitution orders.
type heurisch struct {
	f      Expr
	x      *Symbol
	terms  []Expr    // the components, in V's order
	V      []*Symbol // Dummy x0, x1, ...
	diffs  []Expr    // each component's derivative (cancelled)
	groups [][]int   // components by type, largest first; x left out
	perm   []int     // the current permutation of groups
	xi     int       // x's index
	first  bool
	gens   []Expr // V as expressions
	// set by nextMapping: the substituted integrand and derivatives
	F    Expr
	dsub []Expr
	// set by solve: the derivation, D(V_i) = numer[i]/(L*denom)
	numer []mpoly
}

// newHeurisch collects the components of f and of their derivatives
// and orders them; nil where heurisch is not followed.
func newHeurisch(f Expr, x *Symbol) *heurisch {
	var terms []Expr
	heurischComponents(f, x, &terms)
	dcache := map[Expr]Expr{}
	extra, refuse := heurischHints(terms, x, dcache)
	if refuse {
		return nil
	}
	for _, e := range extra {
		if !slices.ContainsFunc(terms, func(t Expr) bool { return Equal(t, e) }) {
			terms = append(terms, e)
		}
	}
	diff := func(t Expr) Expr {
		if d, ok := dcache[t]; ok {
			return d
		}
		return heurischDiff(t, x)
	}
	n0 := len(terms)
	for i := 0; i < n0; i++ {
		heurischComponents(diff(terms[i]), x, &terms)
	}
	for _, t := range terms {
		if fn, ok := t.(*Func); ok && (fn.def == fnLi || len(fn.args) != 1) {
			return nil
		}
	}
	Ordered(terms)
	n := len(terms)
	h := &heurisch{f: f, x: x, terms: terms, first: true}
	for i, t := range h.terms {
		h.V = append(h.V, NewDummy("x"+itoa(i)))
		h.gens = append(h.gens, h.V[i])
		h.diffs = append(h.diffs, diff(t))
		if Equal(t, x) {
			h.xi = i
		}
	}
	// mapping: largest first; the types in order of first appearance,
	// each type's components ascending
	var keys []string
	byType := map[string][]int{}
	for i := n - 1; i >= 0; i-- {
		if i == h.xi {
			continue
		}
		key := heurischTypeKey(h.terms[i])
		if _, ok := byType[key]; !ok {
			keys = append(keys, key)
		}
		byType[key] = append(byType[key], i)
	}
	for _, k := range keys {
		g := byType[k]
		slices.Reverse(g) // ascending, as ordered() within the type
		h.groups = append(h.groups, g)
	}
	h.perm = make([]int, len(h.groups))
	for i := range h.perm {
		h.perm[i] = i
	}
	return h
}

// heurischTypeKey is the Python type of a component.
func heurischTypeKey(e Expr) string {
	switch t := e.(type) {
	case *Func:
		return "F" + t.def.Name
	case *Pow:
		return "Pow"
	case *Symbol:
		return "Symbol"
	}
	return "other"
}

// heurischDiff is DiffCache.get_diff: the cancelled derivative.
func heurischDiff(t Expr, x *Symbol) Expr {
	d, err := Diff(t, VarCount{x, 1})
	if err != nil {
		panic(err)
	}
	c, err := Cancel(d)
	if err != nil {
		panic(err)
	}
	return c
}

// heurischComponents is components(f, x): the symbols, function
// applications and non-integer powers f is built of, a fractional power
// by its base to the smallest positive root.
func heurischComponents(f Expr, x *Symbol, out *[]Expr) {
	add := func(e Expr) {
		if !slices.ContainsFunc(*out, func(o Expr) bool { return Equal(o, e) }) {
			*out = append(*out, e)
		}
	}
	if !Has(f, x) {
		return
	}
	switch t := f.(type) {
	case *Symbol:
		add(f)
	case *Func:
		for _, a := range t.args {
			heurischComponents(a, x, out)
		}
		add(f)
	case *Pow:
		heurischComponents(t.Base(), x, out)
		switch k := t.Exp().(type) {
		case *Integer:
		case *Rational:
			add(NewPow(t.Base(), NewRational(big.NewInt(1), k.r.Denom())))
		default:
			heurischComponents(k, x, out)
			add(f)
		}
	default:
		for _, a := range f.Args() {
			heurischComponents(a, x, out)
		}
	}
}

// heurischHints is what hints=[] adds to the components for the square
// root of a*x**2 + b (asinh or asin of sqrt(|a/b|)*x, and for
// a*x**2 - b a logarithm with its derivative given, or an atan); dcache
// holds the derivatives given. refuse is true for the hints that are not
// followed: erf or erfi for the exponential of a quadratic or of a power
// of log(x), li's companion.
func heurischHints(terms []Expr, x *Symbol, dcache map[Expr]Expr) (extra []Expr, refuse bool) {
	quadratic := func(e Expr) []Expr {
		cs, ok := polyCoeffs(e, x)
		if !ok || len(cs) != 3 {
			return nil
		}
		return cs
	}
	for _, t := range terms {
		switch g := t.(type) {
		case *Func:
			if g.def == fnExp {
				if T := gaussianHint(g.args[0], x); T != nil {
					extra = append(extra, T)
					continue
				}
			}
			if g.def == fnLi || g.def == fnExp && (quadratic(g.args[0]) != nil || hasLogSquare(g.args[0], x)) {
				return nil, true
			}
		case *Pow:
			r, ok := g.Exp().(*Rational)
			cs := quadratic(g.Base())
			if !ok || r.r.Denom().Cmp(big.NewInt(2)) != 0 || cs == nil || IsZero(cs[1]) != True {
				continue
			}
			a, b := cs[2], cs[0]
			switch {
			case IsPositive(b) == True && IsPositive(a) == True:
				extra = append(extra, fnAsinh.call(NewMul(NewPow(Div(a, b), Half), x)))
			case IsPositive(b) == True && IsNegative(a) == True:
				extra = append(extra, fnAsin.call(NewMul(NewPow(Div(Neg(a), b), Half), x)))
			case IsNegative(b) == True && IsPositive(a) == True:
				// a*x**2 - b with b = -c0 positive
				sa := NewPow(a, Half)
				F := Div(fnLog.call(NewAdd(NewMul(Two, sa, NewPow(g.Base(), Half)), NewMul(Two, a, x))), sa)
				dcache[F] = NewPow(g.Base(), NegHalf)
				extra = append(extra, F)
			case IsNegative(b) == True && IsNegative(a) == True:
				extra = append(extra, NewMul(Div(b, Two), NewPow(Neg(a), Half),
					fnAtan.call(Div(NewMul(NewPow(Neg(a), Half), x), NewPow(g.Base(), Half)))))
			}
		}
	}
	return extra, false
}

// gaussianHint is the component heurisch's hints add for exp(a*x**2)
// with a a nonzero rational: for a negative, sqrt(-a*pi)/2*erf(sqrt(-a)*x),
// whose derivative is -a*exp(a*x**2); for a positive,
// sqrt(pi/a)/2*erfi(sqrt(a)*x), whose derivative is exp(a*x**2). SymPy
// adds erf(sqrt(-a)*x) (erfi(sqrt(a)*x)) as well, a multiple of the same
// function whose derivative has an irrational factor (for a positive,
// its other component is an imaginary multiple); with both, the linear
// system leaves the split between them free and every choice gives one
// function, which this component alone gives too. nil for any other
// exponent (a linear or constant term beside a*x**2: those hints are
// not followed).
func gaussianHint(g Expr, x *Symbol) Expr {
	cs, ok := polyCoeffs(g, x)
	if !ok || len(cs) != 3 || !isZeroInt(cs[0]) || !isZeroInt(cs[1]) {
		return nil
	}
	a := toRat(cs[2])
	if a == nil || a.Sign() == 0 {
		return nil
	}
	if a.Sign() > 0 {
		pa := ratFrom(a)
		return NewMul(Div(NewPow(Div(Pi, pa), Half), Two), fnErfi.call(NewMul(NewPow(pa, Half), x)))
	}
	na := ratFrom(new(big.Rat).Neg(a))
	return NewMul(Div(NewPow(NewMul(na, Pi), Half), Two), fnErf.call(NewMul(NewPow(na, Half), x)))
}

// hasLogSquare reports whether e holds a power of log(x).
func hasLogSquare(e Expr, x *Symbol) bool {
	if p, ok := e.(*Pow); ok && isCallOf(p.Base(), fnLog) && Has(p.Base(), x) {
		return true
	}
	return slices.ContainsFunc(e.Args(), func(a Expr) bool { return hasLogSquare(a, x) })
}

// nextMapping moves to the next substitution order (itertools'
// permutations of the type groups) under which the integrand is a
// rational function and every derivative's denominator a polynomial in
// V; false when the orders run out.
func (h *heurisch) nextMapping() bool {
	for {
		if h.first {
			h.first = false
		} else if !nextPermutation(h.perm) {
			return false
		}
		var pairs [][2]Expr
		for _, g := range h.perm {
			for _, i := range h.groups[g] {
				pairs = append(pairs, [2]Expr{h.terms[i], h.V[i]})
			}
		}
		pairs = append(pairs, [2]Expr{h.x, h.V[h.xi]})
		F := SubsPairs(h.f, pairs)
		if !h.rationalIn(F, true) {
			continue
		}
		dsub := make([]Expr, len(h.diffs))
		ok := true
		for i, d := range h.diffs {
			dsub[i] = SubsPairs(d, pairs)
			_, q := asNumerDenom(dsub[i])
			if !h.rationalIn(q, false) {
				ok = false
				break
			}
		}
		if ok {
			h.F, h.dsub = F, dsub
			return true
		}
	}
}

// nextPermutation steps p to the next permutation in lexicographic
// order; false after the last.
func nextPermutation(p []int) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}

// rationalIn reports whether e is a rational function of V (a
// polynomial when fractions is false): V appears only in sums, products
// and integer powers (nonnegative ones for a polynomial).
func (h *heurisch) rationalIn(e Expr, fractions bool) bool {
	if !h.hasV(e) {
		return true
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
		for _, a := range e.Args() {
			if !h.rationalIn(a, fractions) {
				return false
			}
		}
		return true
	case *Pow:
		k, ok := t.Exp().(*Integer)
		return ok && (fractions || k.Sign() >= 0) && h.rationalIn(t.Base(), fractions)
	}
	return false
}

func (h *heurisch) hasV(e Expr) bool {
	if s, ok := e.(*Symbol); ok {
		return slices.Contains(h.V, s)
	}
	return slices.ContainsFunc(e.Args(), h.hasV)
}
