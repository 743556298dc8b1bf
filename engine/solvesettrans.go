package engine

import "math/big"

// This file is solveset(f, x) over S.Complexes or S.Reals for equations
// that are not rational in x, as SymPy's _solveset takes them: a product
// of finite factors is the union of their solutions; an equation in one
// trigonometric or hyperbolic function of an argument linear in x (or a
// polynomial in it) is inverted into image sets (_solve_trig,
// _invert_trig_hyp_complex and _invert_trig_hyp_real; sums of several
// are solvesettrig1.go's); other equations go through _invert (exp, log,
// Abs, linear maps, powers), then _solve_as_rational (with
// _solve_as_poly for a single generator exp(x/q)) and a factorisation.
// Where SymPy ends in a ConditionSet dcalc answers the same one for the
// routes it mirrors (an uninvertible trigonometric power, b**u over the
// complexes) and raises NotImplementedError otherwise, as it does for
// _transolve, unrad and _solve_abs over the complexes.

// SolSet is a solveset answer: the union of finitely many points and
// image sets, or the whole domain (All); nothing at all is the EmptySet.
type SolSet struct {
	Points []Expr
	Images []ImageSet
	All    bool
	// Unsolved, when set, is the whole answer: SymPy's
	// ConditionSet(x, Eq(Unsolved, 0), domain)
	Unsolved Expr
	// Minus, with image sets and no points, makes each image set
	// Complement(image, FiniteSet(Minus...)), as SymPy leaves it
	Minus []Expr
}

func (s SolSet) empty() bool {
	return !s.All && len(s.Points) == 0 && len(s.Images) == 0 && s.Unsolved == nil
}

func (s SolSet) union(t SolSet) SolSet {
	switch {
	case s.empty():
		return t
	case t.empty():
		return s
	case s.Unsolved != nil || t.Unsolved != nil || len(s.Minus) > 0 || len(t.Minus) > 0:
		panic(notImpl("dcalc's solveset does not join a ConditionSet or Complement with other solutions"))
	case s.All || t.All:
		return SolSet{All: true}
	}
	out := SolSet{Points: s.Points}
	for _, p := range t.Points {
		out.Points = addNew(out.Points, p)
	}
	out.Images = s.Images
	for _, im := range t.Images {
		if !containsImage(out.Images, im) {
			out.Images = append(out.Images, im)
		}
	}
	return out
}

func containsImage(ims []ImageSet, im ImageSet) bool {
	for _, o := range ims {
		if o.N == im.N && Equal(o.Expr, im.Expr) {
			return true
		}
	}
	return false
}

// absorb is union_sets(FiniteSet, ImageSet): a point some image set
// certainly contains is dropped.
func (s SolSet) absorb() SolSet {
	var keep []Expr
	for _, p := range s.Points {
		in := false
		for _, im := range s.Images {
			if im.Contains(p) == True {
				in = true
			}
		}
		if !in {
			keep = append(keep, p)
		}
	}
	s.Points = keep
	return s
}

// SolveSetTranscendental is solveset(f, x, domain) for f not rational in
// x, domain S.Reals when reals is true and S.Complexes otherwise.
func SolveSetTranscendental(f Expr, x *Symbol, reals bool) (res SolSet, err error) {
	defer recoverTo(&err)
	if reals && !x.assume.Real {
		// solveset solves for a real Dummy over the reals, so that
		// sqrt(exp(x)) is exp(x/2) as it evaluates there (a real symbol
		// of the same name here, unless f holds one)
		xr := NewSymbol(x.Name(), Assumptions{Real: true}) // prints as x in messages
		if Has(f, xr) {
			xr = NewDummyAssumed(x.Name(), Assumptions{Real: true})
		}
		res, err = SolveSetTranscendental(Xreplace(f, [][2]Expr{{x, xr}}), xr, true)
		if res.Unsolved != nil {
			res.Unsolved = Xreplace(res.Unsolved, [][2]Expr{{xr, x}})
		}
		return res, err
	}
	s := &transSolver{x: x, reals: reals}
	res = s.solveset(f).absorb()
	if len(res.Images) == 0 && res.Unsolved == nil && !res.All {
		// _solveset's _check: a point where part of f is infinite goes
		_, fx := asIndependentOf(f, []Expr{x})
		_, fx = splitFactors(fx, x)
		var keep []Expr
		for _, p := range res.Points {
			if domainCheck(fx, x, p) {
				keep = append(keep, p)
			}
		}
		res.Points = keep
	}
	return res, nil
}

// domainCheck is _domain_check: no part of f holding x becomes infinite
// at x = p.
func domainCheck(f Expr, x *Symbol, p Expr) bool {
	if !Has(f, x) {
		return true
	}
	switch SubsPairs(f, [][2]Expr{{x, p}}) {
	case Zoo, Oo, NegOo:
		return false
	}
	for _, a := range f.Args() {
		if !domainCheck(a, x, p) {
			return false
		}
	}
	return true
}

type transSolver struct {
	x     *Symbol
	reals bool
}

func (s *transSolver) refuse(why string) {
	panic(notImpl("dcalc's solveset " + why))
}

// solveset is _solveset: its routes, then, for a ConditionSet, the
// numerator's solutions less the denominator's when the denominator
// holds x (1/sin(x) = 0 has none).
func (s *transSolver) solveset(f Expr) SolSet {
	r := s.routes(f)
	if r.Unsolved == nil {
		return r
	}
	num, den := asNumerDenom(r.Unsolved)
	if !Has(den, s.x) {
		return r
	}
	valid := s.solveset(num)
	if valid.Unsolved != nil {
		return r
	}
	return s.complement(valid, s.solveset(den))
}

// routes is _solveset's choice of solver for f.
func (s *transSolver) routes(f Expr) SolSet {
	x := s.x
	switch t := f.(type) {
	case *Mul:
		_, f = splitFactors(t, x)
	case *Add:
		a, h := asIndependentOf(t, []Expr{x})
		m, h := splitFactors(h, x)
		if IsFinite(m) == True && IsZero(m) == False {
			f = NewAdd(Div(a, m), h)
		}
	}
	switch {
	case IsZero(Expand(f)) == True:
		return SolSet{All: true}
	case !Has(f, x):
		return SolSet{}
	}
	if m, ok := f.(*Mul); ok && s.allFinite(m.args) {
		var out SolSet
		for _, g := range m.args {
			out = out.union(s.solveset(g))
		}
		return out
	}
	if trigClass(f, x) {
		return s.solveTrig(f)
	}
	if isRationalIn(f, x) {
		rs, all, err := SolveSetRational(f, x, s.reals)
		if err != nil {
			panic(err)
		}
		return SolSet{Points: rs, All: all}
	}
	lhs, set := s.invertTop(f, valSet{points: []Expr{Zero}})
	if lhs == Expr(x) {
		for i, p := range set.points {
			c, q := contentPrimitive(Signsimp(p))
			set.points[i] = NewMul(c, q)
		}
		return SolSet{Points: set.points, Images: set.images}
	}
	if len(set.images) == 0 && len(set.points) == 1 && Equal(Sub(lhs, set.points[0]), f) {
		if pw, ok := lhs.(*Pow); ok && !s.reals && isZeroInt(set.points[0]) && !Has(pw.Base(), s.x) && IsPositive(pw.Base()) == True {
			return SolSet{} // b**u never vanishes
		}
		if hasRadicalOrAbs(f, s.x) {
			s.refuse("does not solve equations with radicals or Abs of the unknown here (SymPy's unrad and _solve_abs)")
		}
		if r, ok := s.solveAsRational(f); ok && r.Unsolved == nil {
			return r
		}
		return s.transolveOrFactor(f)
	}
	s.refuse("could not invert " + Str(lhs) + " (SymPy goes on to _transolve or a ConditionSet)")
	return SolSet{}
}

// hasRadicalOrAbs reports whether f holds Abs of x or a fractional
// power of an expression in x (where _solveset goes to _solve_abs or
// _solve_radical).
func hasRadicalOrAbs(f Expr, x *Symbol) bool {
	return anyNode(f, func(e Expr) bool {
		if isCallOf(e, fnAbs) && Has(e, x) {
			return true
		}
		p, ok := e.(*Pow)
		if !ok || !Has(p.Base(), x) {
			return false
		}
		_, isInt := p.Exp().(*Integer)
		return !isInt
	})
}

// solveAsRational is _solve_as_rational: f over a common denominator
// (together after expanding products), the numerator's solutions
// (_solve_as_poly when the denominator is free of x) less the
// denominator's.
func (s *transSolver) solveAsRational(f Expr) (SolSet, bool) {
	g, h := fractionOf(Together(mexpand(f), true))
	if !Has(h, s.x) {
		if isRationalIn(g, s.x) {
			rs, all, err := SolveSetRational(g, s.x, s.reals)
			if err != nil {
				panic(err)
			}
			return SolSet{Points: rs, All: all}, true
		}
		return s.solveAsPoly(g)
	}
	return s.complement(s.solveset(g), s.solveset(h)), true
}

// complement is valid - invalid as SymPy leaves it: points dropped from
// a finite answer, Complement(ImageSet, {p, ...}) for image sets.
func (s *transSolver) complement(valid, invalid SolSet) SolSet {
	if invalid.empty() || valid.empty() {
		return valid
	}
	if len(invalid.Images) > 0 || invalid.All || invalid.Unsolved != nil || valid.All || valid.Unsolved != nil || len(valid.Minus) > 0 {
		s.refuse("does not take the complement of the denominator's solutions here (SymPy's Complement)")
	}
	if len(valid.Images) > 0 {
		if len(valid.Points) > 0 {
			s.refuse("does not take the complement of the denominator's solutions here (SymPy's Complement)")
		}
		// Complement(ImageSet, {p, ...}) for each image set, unevaluated
		return SolSet{Images: valid.Images, Minus: invalid.Points}
	}
	var keep []Expr
	for _, p := range valid.Points {
		if !containsExpr(invalid.Points, p) {
			keep = append(keep, p)
		}
	}
	return SolSet{Points: keep}
}

// transolveOrFactor is what _solveset tries after _solve_as_rational's
// ConditionSet: _transolve (refused here when it applies: sums of
// exponentials or of logarithms), then a factorisation into factors
// holding x, each solved.
func (s *transSolver) transolveOrFactor(f Expr) SolSet {
	lhs, _ := s.invertTop(f, valSet{points: []Expr{Zero}})
	if _, ok := lhs.(*Add); ok && (termFactorsAll(lhs, s.x, func(e Expr) bool {
		_, isExp := expArg(e)
		pw, isPow := e.(*Pow)
		return isExp || isPow && !Has(pw.Base(), s.x)
	}) || termFactorsAll(lhs, s.x, func(e Expr) bool { return isCallOf(e, fnLog) })) {
		s.refuse("does not solve sums of exponentials or of logarithms (SymPy's _transolve)")
	}
	fac, err := Factor(f)
	if err != nil {
		panic(err)
	}
	if m, ok := fac.(*Mul); ok && !Equal(fac, f) {
		if _, dep := splitFactors(m, s.x); !isAdd(dep) {
			var out SolSet
			for _, g := range m.args {
				if Has(g, s.x) {
					out = out.union(s.solveset(g))
				}
			}
			return out
		}
	}
	pw, isPow := lhs.(*Pow)
	if s.generators(f) >= 2 || !s.reals && isPow && !Has(pw.Base(), s.x) && IsPositive(pw.Base()) == True {
		// _solve_as_poly and _transolve both left it: ConditionSet
		return SolSet{Unsolved: f}
	}
	s.refuse("could not solve " + Str(f) + " (SymPy answers a ConditionSet)")
	return SolSet{}
}

// generators counts Poly's generators of f holding x: its maximal
// non-polynomial parts, and x itself when it stands outside them.
func (s *transSolver) generators(f Expr) int {
	var gens []Expr
	collectGens(f, s.x, &gens)
	reps := make([][2]Expr, len(gens))
	for i, g := range gens {
		reps[i] = [2]Expr{g, NewDummy("g")}
	}
	if Has(Xreplace(f, reps), s.x) {
		return len(gens) + 1
	}
	return len(gens)
}

// termFactorsAll reports whether every factor holding x of every term
// of f satisfies ok.
func termFactorsAll(f Expr, x *Symbol, ok func(Expr) bool) bool {
	for _, t := range addArgs(f) {
		for _, g := range mulArgs(t) {
			if Has(g, x) && !ok(g) {
				return false
			}
		}
	}
	return true
}

// splitFactors is as_independent(x, as_Add=False): the factors free of x
// and the others.
func splitFactors(e Expr, x *Symbol) (ind, dep Expr) {
	var in, out []Expr
	for _, f := range mulArgs(e) {
		if Has(f, x) {
			out = append(out, f)
		} else {
			in = append(in, f)
		}
	}
	return NewMul(in...), NewMul(out...)
}

// allFinite is _is_finite_with_finite_vars for each factor: finite when
// x is finite (and real over the reals). The test is SymPy's is_finite
// on a few shapes: polynomials, sin and cos, exp, sinh and cosh, log of
// anything, and products, sums and positive powers of those.
func (s *transSolver) allFinite(fs []Expr) bool {
	for _, f := range fs {
		if !finiteWithFiniteVars(f, s.x) {
			return false
		}
	}
	return true
}

func finiteWithFiniteVars(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return IsFinite(e) == True
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
		for _, a := range t.Args() {
			if !finiteWithFiniteVars(a, x) {
				return false
			}
		}
		return true
	case *Pow:
		k, ok := t.Exp().(*Integer)
		return ok && k.Sign() > 0 && finiteWithFiniteVars(t.Base(), x)
	case *Func:
		switch t.def {
		case fnSin, fnCos, fnExp, fnSinh, fnCosh, fnLog:
			return len(t.args) == 1 && finiteWithFiniteVars(t.args[0], x)
		}
	}
	return false
}

// trigClass is _is_function_class_equation for the trigonometric or the
// hyperbolic functions: every part holding x is one of them applied to
// a polynomial of degree at most one in x.
func trigClass(f Expr, x *Symbol) bool {
	return funcClass(f, x, isTrigDef) || funcClass(f, x, isHypDef)
}

func isTrigDef(d *FuncDef) bool {
	switch d {
	case fnSin, fnCos, fnTan, fnCot, fnSec, fnCsc:
		return true
	}
	return false
}

func isHypDef(d *FuncDef) bool {
	switch d {
	case fnSinh, fnCosh, fnTanh, fnCoth, fnSech, fnCsch:
		return true
	}
	return false
}

func funcClass(f Expr, x *Symbol, in func(*FuncDef) bool) bool {
	switch t := f.(type) {
	case *Add, *Mul:
		for _, a := range t.Args() {
			if !funcClass(a, x, in) {
				return false
			}
		}
		return true
	case *Pow:
		return !Has(t.Exp(), x) && funcClass(t.Base(), x, in)
	}
	if !Has(f, x) {
		return true
	}
	fn, ok := f.(*Func)
	if !ok || !in(fn.def) || len(fn.args) != 1 {
		return false
	}
	cs, ok := polyCoeffs(Expand(fn.args[0]), x)
	return ok && len(cs) <= 2
}

func isTrigOrHyp(e Expr, x *Symbol) (*Func, bool) {
	fn, ok := e.(*Func)
	if ok && (isTrigDef(fn.def) || isHypDef(fn.def)) && Has(fn, x) {
		return fn, true
	}
	return nil, false
}

// solveTrig is _solve_trig: one trigonometric or hyperbolic expression,
// inverted directly when it appears once and through a change of
// variable when it appears more often.
func (s *transSolver) solveTrig(f Expr) SolSet {
	var trig *Func
	count := 0
	mixed := false
	var walk func(Expr)
	walk = func(e Expr) {
		if mixed {
			return
		}
		if fn, ok := isTrigOrHyp(e, s.x); ok {
			switch {
			case trig == nil:
				trig, count = fn, 1
			case Equal(fn, trig):
				count++
			default:
				mixed = true
				return
			}
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(f)
	if mixed || trig == nil {
		return s.trig1(f)
	}
	if len(FreeSymbols(trig)) > 1 {
		s.refuse("solves trigonometric equations with numeric coefficients only (SymPy adds conditions on the others)")
	}
	if count == 1 {
		lhs, set := s.invertTop(f, valSet{points: []Expr{Zero}})
		if lhs != Expr(s.x) {
			return SolSet{Unsolved: f} // _solve_trig's ConditionSet
		}
		return SolSet{Points: set.points, Images: set.images}
	}
	y := NewDummy("y")
	fc := Xreplace(f, [][2]Expr{{trig, y}})
	if Has(fc, s.x) || !isRationalIn(fc, y) {
		return s.trig1(f)
	}
	rs, all, err := SolveSetRational(fc, y, s.reals)
	if err != nil {
		panic(err)
	}
	if all {
		return SolSet{All: true}
	}
	Ordered(rs)
	var out SolSet
	for _, r := range rs {
		out = out.union(s.solveTrig(Sub(trig, r)))
	}
	return out
}

// trig1 is _solve_trig1, or the refusal when it does not apply.
func (s *transSolver) trig1(f Expr) SolSet {
	if r, ok := s.solveTrig1(f); ok {
		return r
	}
	s.refuse("solves sums of several trigonometric functions only when their solutions are multiples of pi/4 or pi/6 on the real line (SymPy's _solve_trig1 writes the others with logarithms)")
	return SolSet{}
}

// valSet is the set of values an inversion carries: points and image
// sets.
type valSet struct {
	points []Expr
	images []ImageSet
}

func (v valSet) empty() bool { return len(v.points) == 0 && len(v.images) == 0 }

// mapAll is imageset(Lambda(y, f(y)), v).
func (v valSet) mapAll(f func(Expr) Expr) valSet {
	var out valSet
	for _, p := range v.points {
		out.points = addNew(out.points, f(p))
	}
	Ordered(out.points)
	for _, im := range v.images {
		out.images = append(out.images, im.Map(f))
	}
	return out
}

// invertTop is _invert(f, y, x, domain): a FiniteSet answer over the
// reals keeps its real points.
func (s *transSolver) invertTop(f Expr, ys valSet) (Expr, valSet) {
	lhs, set := s.invert(f, ys)
	if lhs != Expr(s.x) || !s.reals {
		return lhs, set
	}
	var keep []Expr
	for _, p := range set.points {
		switch IsReal(p) {
		case True:
			keep = append(keep, p)
		case Unknown:
			s.refuse("could not decide whether " + Str(p) + " is real")
		}
	}
	set.points = keep
	return lhs, set
}

func (s *transSolver) invert(f Expr, ys valSet) (Expr, valSet) {
	if s.reals {
		return s.invertReal(f, ys)
	}
	return s.invertComplex(f, ys)
}

// invertLinear is the steps both inverters share: f = g + h and f = g*h
// with g free of x.
func (s *transSolver) invertLinear(f Expr, ys valSet) (Expr, valSet, bool) {
	switch t := f.(type) {
	case *Add:
		g, h := asIndependentOf(t, []Expr{s.x})
		if !isZeroInt(g) {
			return h, ys.mapAll(func(v Expr) Expr { return Sub(v, g) }), true
		}
	case *Mul:
		g, h := splitFactors(t, s.x)
		if !Equal(g, One) {
			if g == Oo || g == NegOo || g == Zoo {
				return h, valSet{}, true
			}
			return h, ys.mapAll(func(v Expr) Expr { return Div(v, g) }), true
		}
	}
	return nil, valSet{}, false
}

// funcInverses maps a function to the one that undoes it (SymPy's
// f.inverse()), for the functions both inverters apply it to.
var funcInverses = map[*FuncDef]*FuncDef{
	fnLog: fnExp, fnAsin: fnSin, fnAcos: fnCos, fnAtan: fnTan, fnAcot: fnCot,
	fnAsinh: fnSinh, fnAcosh: fnCosh, fnAtanh: fnTanh, fnAcoth: fnCoth,
}

func funcInverse(d *FuncDef) *FuncDef { return funcInverses[d] }

// invertComplex is _invert_complex.
func (s *transSolver) invertComplex(f Expr, ys valSet) (Expr, valSet) {
	if f == Expr(s.x) || ys.empty() {
		return s.x, ys
	}
	if h, set, ok := s.invertLinear(f, ys); ok {
		return s.invertComplex(h, set)
	}
	if p, ok := f.(*Pow); ok && p.Base() != E {
		if isRationalNumber(p.Exp()) && len(ys.images) == 0 && len(ys.points) == 1 && isZeroInt(ys.points[0]) && IsPositive(p.Exp()) == True {
			return s.invertComplex(p.Base(), ys)
		}
		return f, ys
	}
	fn, isFn := f.(*Func)
	if isFn && len(fn.args) == 1 {
		if inv := funcInverse(fn.def); inv != nil && !isTrigDef(fn.def) && !isHypDef(fn.def) && fn.def != fnExp {
			return s.invertComplex(fn.args[0], ys.mapAll(func(v Expr) Expr { return inv.call(v) }))
		}
	}
	if arg, ok := expArg(f); ok {
		if len(ys.images) > 0 {
			s.refuse("does not invert nested exponentials")
		}
		n := NewDummy("n") // one for all the values, as _invert_complex's
		var out valSet
		for _, g := range ys.points {
			if isZeroInt(g) {
				continue
			}
			a, ab := fnArg.call(g), fnAbs.call(g)
			if hasCallOf(a, fnArg) {
				s.refuse("could not find the argument of " + Str(g))
			}
			out.images = append(out.images, NewImageSet(n, NewAdd(NewMul(I, NewAdd(NewMul(Two, n, Pi), a)), fnLog.call(ab))))
		}
		return s.invertComplex(arg, out)
	}
	if isFn && (isTrigDef(fn.def) || isHypDef(fn.def)) {
		return s.invertTrigComplex(fn, ys)
	}
	return f, ys
}

// expArg is the exponent of exp(a) (or E**a).
func expArg(f Expr) (Expr, bool) {
	switch t := f.(type) {
	case *Func:
		if t.def == fnExp {
			return t.args[0], true
		}
	case *Pow:
		if t.Base() == E {
			return t.Exp(), true
		}
	}
	return nil, false
}

// trigBranch is one general solution of f(y) = a: period*n + inv(a).
type trigBranch func(n, a Expr) Expr

// complexTrigFamilies is _invert_trig_hyp_complex's table for the
// trigonometric functions.
func complexTrigFamilies(d *FuncDef) []trigBranch {
	twoPiN := func(n Expr) Expr { return NewMul(Two, n, Pi) }
	switch d {
	case fnSin, fnCsc:
		F := fnAsin
		if d == fnCsc {
			F = fnAcsc
		}
		return []trigBranch{
			func(n, a Expr) Expr { return NewAdd(twoPiN(n), F.call(a)) },
			func(n, a Expr) Expr { return NewAdd(twoPiN(n), Pi, Neg(F.call(a))) },
		}
	case fnCos, fnSec:
		F := fnAcos
		if d == fnSec {
			F = fnAsec
		}
		return []trigBranch{
			func(n, a Expr) Expr { return NewAdd(twoPiN(n), F.call(a)) },
			func(n, a Expr) Expr { return Sub(twoPiN(n), F.call(a)) },
		}
	}
	inv := fnAcot
	if d == fnTan {
		inv = fnAtan
	}
	return []trigBranch{func(n, a Expr) Expr { return NewAdd(NewMul(n, Pi), inv.call(a)) }}
}

// hypInverse is one row of SymPy's _hyp_inverses: the inverse branches,
// the period and the excluded values.
type hypInverse struct {
	invs   []func(Expr) Expr
	period Expr
	excl   []Expr
}

func hypInverseOf(d *FuncDef) (hypInverse, bool) {
	switch d {
	case fnSinh:
		return hypInverse{[]func(Expr) Expr{fnAsinh.call1, func(y Expr) Expr { return Sub(NewMul(I, Pi), fnAsinh.call(y)) }}, NewMul(Two, I, Pi), nil}, true
	case fnCosh:
		return hypInverse{[]func(Expr) Expr{fnAcosh.call1, func(y Expr) Expr { return Neg(fnAcosh.call(y)) }}, NewMul(Two, I, Pi), nil}, true
	case fnTanh:
		return hypInverse{[]func(Expr) Expr{fnAtanh.call1}, NewMul(I, Pi), []Expr{NegOne, One}}, true
	case fnCoth:
		return hypInverse{[]func(Expr) Expr{fnAcoth.call1}, NewMul(I, Pi), []Expr{NegOne, One}}, true
	}
	return hypInverse{}, false
}

// invertTrigComplex is _invert_trig_hyp_complex for a finite set of values.
func (s *transSolver) invertTrigComplex(fn *Func, ys valSet) (Expr, valSet) {
	if len(ys.images) > 0 {
		return fn, ys
	}
	if isTrigDef(fn.def) {
		n := NewDummyAssumed("n", Assumptions{Integer: true})
		var invs valSet
		for _, L := range complexTrigFamilies(fn.def) {
			for _, g := range ys.points {
				if v := L(Zero, g); Has(v, Zoo) || Has(v, NaN) || Has(v, Oo) || Has(v, NegOo) {
					s.refuse("does not take the inverse of " + fn.def.Name + " at " + Str(g) + " (SymPy's answer holds nan)")
				}
				im := NewImageSet(n, L(n, g))
				if !containsImage(invs.images, im) {
					invs.images = append(invs.images, im)
				}
			}
		}
		return s.invertComplex(fn.args[0], invs)
	}
	h, ok := hypInverseOf(fn.def)
	if !ok {
		return fn, ys
	}
	n := NewDummyAssumed("n", Assumptions{Integer: true})
	var out valSet
	for _, g := range ys.points {
		var img valSet
		for _, inv := range h.invs {
			img.images = append(img.images, NewImageSet(n, NewAdd(NewMul(h.period, n), inv(g))))
		}
		lhs, set := s.invertComplex(fn.args[0], img)
		if lhs != Expr(s.x) {
			s.refuse("could not invert " + Str(lhs) + " (SymPy answers a ConditionSet)")
		}
		if s.excluded(g, h.excl) {
			continue
		}
		out = out.merge(set)
	}
	return s.x, out
}

// excluded decides the condition And(Ne(g, e) for e in excl): true when
// g is one of them.
func (s *transSolver) excluded(g Expr, excl []Expr) bool {
	for _, e := range excl {
		switch IsZero(Sub(g, e)) {
		case True:
			return true
		case Unknown:
			s.refuse("could not decide whether " + Str(g) + " is " + Str(e))
		}
	}
	return false
}

func (v valSet) merge(w valSet) valSet {
	for _, p := range w.points {
		v.points = addNew(v.points, p)
	}
	for _, im := range w.images {
		if !containsImage(v.images, im) {
			v.images = append(v.images, im)
		}
	}
	return v
}

// invertReal is _invert_real.
func (s *transSolver) invertReal(f Expr, ys valSet) (Expr, valSet) {
	if f == Expr(s.x) || ys.empty() {
		return s.x, ys
	}
	if arg, ok := expArg(f); ok {
		if len(ys.images) > 0 {
			s.refuse("does not invert nested exponentials")
		}
		var pos valSet // log of the others is not real
		for _, v := range ys.points {
			if IsPositive(v) != False {
				pos.points = append(pos.points, v)
			}
		}
		return s.invertReal(arg, pos.mapAll(func(v Expr) Expr { return fnLog.call(v) }))
	}
	fn, isFn := f.(*Func)
	if isFn && len(fn.args) == 1 {
		if inv := funcInverse(fn.def); inv != nil && !isTrigDef(fn.def) && !isHypDef(fn.def) {
			return s.invertReal(fn.args[0], ys.mapAll(func(v Expr) Expr { return inv.call(v) }))
		}
	}
	if isFn && fn.def == fnAbs && len(ys.images) == 0 {
		return s.invertAbs(fn.args[0], ys)
	}
	if h, set, ok := s.invertLinear(f, ys); ok {
		return s.invertReal(h, set)
	}
	if p, ok := f.(*Pow); ok {
		return s.invertRealPow(p, ys)
	}
	if isFn && (isTrigDef(fn.def) || isHypDef(fn.def)) {
		return s.invertTrigReal(fn, ys)
	}
	return f, ys
}

// invertAbs is _invert_abs for a finite set of values: every value
// must be nonnegative (a number) or positive, else there is no
// solution at all; then f is inverted on the values and their
// negatives.
func (s *transSolver) invertAbs(f Expr, ys valSet) (Expr, valSet) {
	for _, a := range ys.points {
		ok := IsPositive(a)
		if IsNumber(a) {
			ok = cmpTri(a, Zero, false)
		}
		switch ok {
		case False:
			return s.x, valSet{}
		case Unknown:
			s.refuse("could not decide whether " + Str(a) + " is nonnegative (SymPy's ConditionSet)")
		}
	}
	both := ys.merge(ys.mapAll(Neg))
	Ordered(both.points)
	return s.invertReal(f, both)
}

// invertRealPow is _invert_real for base**k with an integer k free of x
// (other powers are refused).
func (s *transSolver) invertRealPow(p *Pow, ys valSet) (Expr, valSet) {
	if Has(p.Exp(), s.x) {
		if Has(p.Base(), s.x) || IsPositive(p.Base()) != True || len(ys.images) > 0 {
			s.refuse("does not invert " + Str(p) + " (SymPy's _transolve)")
		}
		b := p.Base()
		return s.invertReal(p.Exp(), ys.mapAll(func(v Expr) Expr { return fnLog.call(v, b) }))
	}
	q := toRat(p.Exp())
	if q == nil || len(ys.images) > 0 {
		s.refuse("inverts rational powers only")
	}
	num, den := q.Num(), q.Denom()
	realRoot := func(v Expr) Expr {
		if !q.IsInt() {
			return NewPow(v, NewRational(den, num)) // root(v, q)
		}
		r, ok := RealRoot(v, p.Exp())
		if !ok {
			s.refuse("could not take the real root of " + Str(v))
		}
		return r
	}
	if den.Bit(0) == 0 { // even root: only the values y >= 0
		var pos valSet
		for _, v := range ys.points {
			switch cmpTri(v, Zero, false) {
			case True:
				pos.points = append(pos.points, v)
			case Unknown:
				s.refuse("could not decide whether " + Str(v) + " is nonnegative")
			}
		}
		return s.invertReal(p.Base(), pos.mapAll(realRoot))
	}
	root := ys.mapAll(realRoot)
	if num.Bit(0) == 0 {
		root = root.merge(root.mapAll(Neg))
		Ordered(root.points)
	}
	return s.invertReal(p.Base(), root)
}

// invertTrigReal is _invert_trig_hyp_real.
func (s *transSolver) invertTrigReal(fn *Func, ys valSet) (Expr, valSet) {
	if len(ys.images) > 0 {
		return fn, ys
	}
	if isHypDef(fn.def) {
		return s.invertHypReal(fn, ys)
	}
	type row struct {
		invs   []func(Expr) Expr
		period Expr
		inRng  func(Expr) Tri
	}
	unit := func(g Expr) Tri { return andTri(cmpTri(g, NegOne, false), cmpTri(One, g, false)) }
	anyReal := func(g Expr) Tri { return IsReal(g) }
	outsideUnit := func(g Expr) Tri {
		if IsReal(g) == False {
			return False
		}
		return orTri(cmpTri(NegOne, g, false), cmpTri(g, One, false))
	}
	var r row
	switch fn.def {
	case fnSin:
		r = row{[]func(Expr) Expr{fnAsin.call1, func(y Expr) Expr { return Sub(Pi, fnAsin.call(y)) }}, NewMul(Two, Pi), unit}
	case fnCos:
		r = row{[]func(Expr) Expr{fnAcos.call1, func(y Expr) Expr { return Neg(fnAcos.call(y)) }}, NewMul(Two, Pi), unit}
	case fnTan:
		r = row{[]func(Expr) Expr{fnAtan.call1}, Pi, anyReal}
	case fnCot:
		r = row{[]func(Expr) Expr{fnAcot.call1}, Pi, anyReal}
	case fnSec:
		r = row{[]func(Expr) Expr{fnAsec.call1, func(y Expr) Expr { return Neg(fnAsec.call(y)) }}, NewMul(Two, Pi), outsideUnit}
	case fnCsc:
		r = row{[]func(Expr) Expr{fnAcsc.call1, func(y Expr) Expr { return Sub(Pi, fnAcsc.call(y)) }}, NewMul(Two, Pi), outsideUnit}
	default:
		s.refuse("does not invert " + fn.def.Name + " over the reals")
	}
	n := NewDummyAssumed("n", Assumptions{Integer: true})
	var out valSet
	for _, g := range ys.points {
		var img valSet
		for _, inv := range r.invs {
			im := NewImageSet(n, NewAdd(NewMul(r.period, n), inv(g)))
			if !containsImage(img.images, im) {
				img.images = append(img.images, im)
			}
		}
		lhs, set := s.invertReal(fn.args[0], img)
		if lhs != Expr(s.x) {
			s.refuse("could not invert " + Str(lhs) + " (SymPy answers a ConditionSet)")
		}
		switch r.inRng(g) {
		case True:
			out = out.merge(set)
		case Unknown:
			s.refuse("could not decide whether " + Str(g) + " is in the range of " + fn.def.Name)
		}
	}
	return s.x, out
}

// invertHypReal is _invert_trig_hyp_real for sinh, cosh and tanh.
func (s *transSolver) invertHypReal(fn *Func, ys valSet) (Expr, valSet) {
	keep := func(in func(Expr) Tri) valSet {
		var out valSet
		for _, g := range ys.points {
			switch in(g) {
			case True:
				out.points = append(out.points, g)
			case Unknown:
				s.refuse("could not place " + Str(g) + " in the range of " + fn.def.Name)
			}
		}
		return out
	}
	switch fn.def {
	case fnSinh:
		return s.invertReal(fn.args[0], ys.mapAll(fnAsinh.call1))
	case fnCosh:
		dom := keep(func(g Expr) Tri { return cmpTri(g, One, false) })
		return s.invertReal(fn.args[0], dom.mapAll(fnAcosh.call1).merge(dom.mapAll(func(y Expr) Expr { return Neg(fnAcosh.call(y)) })))
	case fnTanh:
		dom := keep(func(g Expr) Tri { return andTri(cmpTri(g, NegOne, true), cmpTri(One, g, true)) })
		return s.invertReal(fn.args[0], dom.mapAll(fnAtanh.call1))
	}
	s.refuse("does not invert " + fn.def.Name + " over the reals")
	return nil, valSet{}
}

// solveAsPoly is _solve_as_poly for a polynomial in one generator
// exp(x/q): its roots, each inverted (image sets over the complexes,
// the real logarithms over the reals).
func (s *transSolver) solveAsPoly(f Expr) (SolSet, bool) {
	gen, ok := singleExpGen(f, s.x)
	if !ok {
		return SolSet{}, false
	}
	y := NewDummy("y")
	p := expPowersIn(Expand(f), gen, y, s.x)
	if Has(p, s.x) {
		return SolSet{}, false // two generators: SymPy's ConditionSet
	}
	rs, all, err := SolveSetRational(p, y, false)
	if err != nil {
		panic(err)
	}
	if all {
		return SolSet{All: true}, true
	}
	Ordered(rs)
	arg, _ := expArg(gen)
	if s.reals {
		var out SolSet
		for _, r := range rs {
			l := fnLog.call(r)
			if IsReal(l) != True {
				if IsReal(l) == Unknown {
					s.refuse("could not decide whether " + Str(l) + " is real")
				}
				continue
			}
			_, set := s.invertReal(arg, valSet{points: []Expr{l}})
			out = out.union(SolSet{Points: set.points})
		}
		return out, true
	}
	n := NewDummy("n")
	var out SolSet
	for _, r := range rs {
		a, ab := fnArg.call(r), fnAbs.call(r)
		if hasCallOf(a, fnArg) {
			s.refuse("could not find the argument of " + Str(r))
		}
		img := valSet{images: []ImageSet{{n, NewAdd(NewMul(I, NewAdd(NewMul(Two, n, Pi), a)), fnLog.call(ab))}}}
		lhs, set := s.invertComplex(arg, img)
		if lhs != Expr(s.x) {
			s.refuse("could not invert " + Str(lhs))
		}
		out = out.union(SolSet{Images: set.images})
	}
	return out, true
}

// call1 is d applied to one argument, as a map.
func (d *FuncDef) call1(a Expr) Expr { return d.call(a) }

// expGenerator is the one generator exp(x/q) (q a positive integer) that
// every exponential of x in f is a power of, as Poly's decompose_power
// finds it, when there is one.
func singleExpGen(f Expr, x *Symbol) (Expr, bool) {
	var gen Expr
	ok := true
	var walk func(Expr)
	walk = func(e Expr) {
		if !ok || !Has(e, x) {
			return
		}
		if a, isExp := expArg(e); isExp {
			c, rest := splitFactors(a, x)
			q, isRat := c.(*Rational)
			switch {
			case IsInteger(c):
				c = One
			case isRat && q.Num().Sign() > 0:
				c = NewRational(big.NewInt(1), q.Den())
			default:
				ok = false
				return
			}
			if Has(c, x) || rest != Expr(x) {
				ok = false
				return
			}
			g := fnExp.call(NewMul(c, rest))
			if gen != nil && !Equal(g, gen) {
				ok = false
			}
			gen = g
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(f)
	return gen, ok && gen != nil
}

// expPowersIn writes every exp(k*x/q) of f as y**k, gen = exp(x/q).
func expPowersIn(f, gen Expr, y, x *Symbol) Expr {
	g, _ := expArg(gen)
	return bottomUp(f, func(e Expr) Expr {
		a, isExp := expArg(e)
		if !isExp || !Has(a, x) {
			return e
		}
		return NewPow(y, Div(a, g))
	})
}

// SolveSet is solveset(f, x, domain) over S.Reals (reals) or
// S.Complexes: rational equations by SolveSetRational, the others by
// SolveSetTranscendental.
func SolveSet(f Expr, x *Symbol, reals bool) (SolSet, error) {
	if x == nil || isRationalIn(f, x) {
		rs, all, err := SolveSetRational(f, x, reals)
		return SolSet{Points: rs, All: all}, err
	}
	return SolveSetTranscendental(f, x, reals)
}

// SolveSetInInterval is solveset(f, x, Interval(a, b)): SolveSetInterval's
// answer, or, for the equations it does not take and that hold no
// trigonometric or hyperbolic function of x, the real solutions
// (SolveSet over S.Reals) that lie in the interval.
func SolveSetInInterval(f Expr, x *Symbol, iv SetPart) ([]Expr, bool, error) {
	sols, all, err := SolveSetInterval(f, x, iv)
	if e, ok := err.(*Error); err == nil || !ok || e.Type != "NotImplementedError" {
		return sols, all, err
	}
	if anyNode(f, func(e Expr) bool {
		fn, ok := e.(*Func)
		return ok && (isTrigDef(fn.def) || isHypDef(fn.def)) && Has(fn, x)
	}) {
		return nil, false, err // SymPy's interval route for these differs from the reals' one
	}
	r, err2 := SolveSet(f, x, true)
	if err2 != nil || r.Unsolved != nil || r.All {
		return nil, false, err
	}
	var out []Expr
	for _, p := range r.Points {
		switch inInterval(p, iv) {
		case True:
			out = addNew(out, p)
		case Unknown:
			return nil, false, err
		}
	}
	if len(r.Images) > 0 {
		return nil, false, err
	}
	return out, false, nil
}
