package engine

import (
	"math"
	"math/big"
	"slices"
	"sort"
)

// This file integrates the common closed forms in the shapes SymPy's
// integrate returns them: polynomials, powers, exp/trig/hyperbolic of
// linear arguments, polynomial times exp/sin/cos, rational functions
// with linear or simple quadratic factors, and log.

// IntegralDef is the unevaluated Integral.
var IntegralDef = builtin("Integral", 0)

func init() {
	IntegralDef.notFunction = true
	IntegralDef.eval = func(args []Expr) Expr {
		for i, a := range args[1:] {
			if t, ok := a.(*Tuple); ok && len(t.args) == 1 {
				// a limit (x,) is held as x (args shows it as (x,))
				na := slices.Clone(args)
				na[i+1] = t.args[0]
				return MustApply(IntegralDef, na...)
			}
		}
		// ExprWithLimits.__new__ folds a Piecewise integrand
		if f := foldWithLimits(args[0], args[1:]); f != nil {
			return newFunc(IntegralDef, append([]Expr{f}, args[1:]...))
		}
		return nil
	}
	IntegralDef.lacks = lack("not a function of numbers: diff, evalf (numerical quadrature, quad.go) and the printers handle Integral themselves", "fdiff", "evalf", "evalc", "real", "series")
}

// Integrate returns the antiderivative of f in x, or an unevaluated
// Integral when no rule applies.
func Integrate(f Expr, x *Symbol) Expr {
	if r, ok := integ(f, x); ok {
		return atanFloorTerms(r)
	}
	return newFunc(IntegralDef, []Expr{f, x})
}

// atanFloorTerms is the last step of Integral.doit: an atan whose
// argument is linear in tan(a) (or cot(a)), the coefficient free of it,
// gains sign(c)*pi*floor((a - pi/2)/pi) (sign(c)*pi*floor(a/pi) for
// cot), which makes the antiderivative continuous across the poles.
func atanFloorTerms(F Expr) Expr {
	var atans []Expr
	collectCalls(F, fnAtan, &atans)
	for _, at := range atans {
		arg := at.(*Func).args[0]
		for _, pair := range []struct {
			fn    *FuncDef
			shift func(a Expr) Expr
		}{
			{fnTan, func(a Expr) Expr { return Sub(a, Div(Pi, Two)) }},
			{fnCot, func(a Expr) Expr { return a }},
		} {
			var parts []Expr
			collectCalls(arg, pair.fn, &parts)
			for _, p := range parts {
				d := NewDummy("x1")
				c := mustDiff(SubsPairs(arg, [][2]Expr{{p, d}}), d)
				if Has(c, d) {
					continue
				}
				a := p.(*Func).args[0]
				fl := fnFloor.call(Div(pair.shift(a), Pi))
				F = SubsPairs(F, [][2]Expr{{at, NewAdd(at, NewMul(fnSign.call(c), Pi, fl))}})
			}
		}
	}
	return F
}

// collectCalls appends the distinct calls of d in e.
func collectCalls(e Expr, d *FuncDef, out *[]Expr) {
	if f, ok := e.(*Func); ok && f.def == d && !slices.ContainsFunc(*out, func(o Expr) bool { return Equal(o, e) }) {
		*out = append(*out, e)
	}
	for _, a := range e.Args() {
		collectCalls(a, d, out)
	}
}

// integralDoit is Integral(...).doit(): the integrand's doit, then each
// integration in turn (innermost first); a step dcalc cannot do stays an
// unevaluated Integral.
func integralDoit(f *Func) Expr {
	e := Doit(f.args[0])
	for _, lim := range f.args[1:] {
		switch l := lim.(type) {
		case *Symbol:
			e = Integrate(e, l)
		case *Tuple:
			xs := l.Args()
			x, ok := xs[0].(*Symbol)
			switch {
			case ok && len(xs) == 1:
				e = Integrate(e, x)
			case ok && len(xs) == 3:
				e = IntegrateDefinite(e, x, Doit(xs[1]), Doit(xs[2]))
			default:
				return rebuild(f, append([]Expr{e}, f.args[1:]...))
			}
		default:
			return rebuild(f, append([]Expr{e}, f.args[1:]...))
		}
	}
	return e
}

// UnevaluatedIntegral returns an Integral inside e that dcalc could not
// evaluate although its integrand involves no undefined function (SymPy
// may well evaluate it), or nil.
func UnevaluatedIntegral(e Expr) Expr {
	if f, ok := e.(*Func); ok && f.def == IntegralDef && !hasUndefined(f.args[0]) {
		return e
	}
	for _, a := range e.Args() {
		if u := UnevaluatedIntegral(a); u != nil {
			return u
		}
	}
	return nil
}

// IntegrateDefinite is integrate(f, (x, a, b)) by the fundamental
// theorem, or an unevaluated Integral when the antiderivative is unknown
// or the integrand may be singular on the interval.
func IntegrateDefinite(f Expr, x *Symbol, a, b Expr) Expr {
	unevaluated := newFunc(IntegralDef, []Expr{f, NewTuple(x, a, b)})
	finiteReal := func(e Expr) bool { return e != Oo && e != NegOo && IsReal(e) == True }
	f = piecewiseRewriteForIntegral(f, x, finiteReal(a) && finiteReal(b))
	if hasCallOf(f, fnPiecewise) {
		if r, ok := integPiecewiseDefinite(f, x, a, b); ok {
			return r
		}
		return unevaluated
	}
	if r, ok := integConstantInDisguise(f, x, a, b); ok {
		return r
	}
	if r, ok := integGaussMoments(f, x, a, b); ok {
		if r == nil {
			return unevaluated
		}
		return r
	}
	_, _, _, _, polyExp := polyExpParts(f, x)
	if (isInfinity(a) || isInfinity(b)) && polyExp {
		// SymPy's meijerg answers these over infinite ranges, as a
		// condition on a rate that may vanish or, for a positive one,
		// as the expanded value (1/p + 2/p**2 + 2/p**3 for
		// (x + 1)**2*exp(-p*x) over (0, oo))
		if _, ok := integPolyExpParam(f, x); ok {
			return unevaluated
		}
	}
	F, ok := integ(f, x)
	if ok && hasCallOf(f, fnDiracDelta) && deltaAtEnd(F, x, a, b) {
		// SymPy's value there is not Heaviside's difference (0 for
		// DiracDelta(x) over (0, 3), 1/2 for DiracDelta(x - 1) over (1, 3))
		return unevaluated
	}
	if ok && isRationalFunctionIn(f, x) && Equal(atanFloorTerms(F), F) &&
		(!continuousOn(f, F, x, a, b) || hasSpecial(SubsPairs(F, [][2]Expr{{x, a}})) || hasSpecial(SubsPairs(F, [][2]Expr{{x, b}}))) {
		// a rational integrand with a pole on the interval:
		// Expr._eval_interval's limits at the ends and on both sides
		// of each singular point of the antiderivative
		if r, ok := evalIntervalPoles(f, F, x, a, b); ok {
			return r
		}
	}
	if !ok || !continuousOn(f, F, x, a, b) || !Equal(atanFloorTerms(F), F) {
		// (with the floor terms of an atan of tan, SymPy's values at
		// the limits are not followed)
		return unevaluated
	}
	if (a == Oo || a == NegOo) != (b == Oo || b == NegOo) && hasShiftedErf(F, x) {
		// SymPy writes these with erfc (sqrt(pi)*erfc(1)/4), a form
		// dcalc does not produce
		return unevaluated
	}
	if (a == Oo || a == NegOo || b == Oo || b == NegOo) && gaussianShifted(f, x) {
		// meijerint_definite takes these first and writes the value
		// with erfc at the root of the linear factor
		// (3*sqrt(pi)*erfc(2) + 3*sqrt(pi)*(2 - erfc(2)))
		return unevaluated
	}
	logsCombined := false
	evalAt := func(F, p Expr) (Expr, bool) {
		if p == Oo || p == NegOo {
			if _, combines := combineLogsAtInf(F, x, p); combines {
				// SymPy takes these with meijerint_definite first,
				// which writes the value its own way (log(5/3) for
				// -log(3) + log(5)) and, for three or more linear
				// factors, wrongly in SymPy 1.14 (1/((x - 1)*(x + 1)*(x + 3))
				// over (2, oo) is -1/2 - log(5)/8 + log(3)/4 there);
				// only a value without logarithms or atan, for a
				// denominator that is a power of one irreducible
				// polynomial, is taken (sqrt(2)*pi/4 for 1/(x**4 + 1)
				// over (0, oo); with two factors meijerint writes
				// products of gamma functions)
				if !isRationalFunctionIn(f, x) || !irreducibleDenominator(f, x) {
					return nil, false
				}
				logsCombined = true
			}
			r, err := Limit(F, x, p, "+")
			if err != nil || hasCallOf(r, LimitDef) {
				// SymPy leaves the integral unevaluated when a limit
				// is (an undefined function at oo)
				return nil, false
			}
			return r, true
		}
		v := SubsPairs(F, [][2]Expr{{x, p}})
		if !hasSpecial(v) {
			return v, true
		}
		dir := "+"
		if p == b {
			dir = "-"
		}
		r, err := Limit(F, x, p, dir)
		if err != nil || hasSpecial(r) || hasCallOf(r, LimitDef) {
			return nil, false
		}
		return r, true
	}
	if hasCallOf(F, fnPiecewise) {
		// Integral.doit: the terms with a Piecewise folded into one and
		// evaluated by Piecewise._eval_interval
		r, ok := piecewiseInterval(F, x, a, b, evalAt)
		if !ok {
			return unevaluated
		}
		return r
	}
	fb, ok1 := evalAt(F, b)
	fa, ok2 := evalAt(F, a)
	if !ok1 || !ok2 {
		return unevaluated
	}
	r := Sub(fb, fa)
	if meijerintFirst(r, a, b) || logsCombined && hasCallOf(r, fnLog, fnAtan) {
		return unevaluated
	}
	if (isInfinity(a) || isInfinity(b)) && polyExp {
		return Expand(r)
	}
	return r
}

// meijerintFirst reports whether SymPy's meijerint_definite, which
// Integral.doit tries first over a half-line, answers an integral whose
// value by the antiderivative is r in a form of its own: an atan left
// over a half-line from a nonzero point (its hypergeometric branch
// decides: 1/(x**2 + 1) over (1/2, oo) is atan(2), over (2, oo)
// -atan(2) + pi/2), Si, Ei or li there
// (sqrt(pi)*(-2*Si(1)/sqrt(pi) + sqrt(pi))/2), and erf over a half-line
// that holds 0 (exp(-x**2) over (-1, oo) is sqrt(pi)*(2 - erfc(1))/2;
// over (1, oo) the antiderivative's form is SymPy's).
func meijerintFirst(r, a, b Expr) bool {
	inf := func(v Expr) bool { return v == Oo || v == NegOo }
	if inf(a) == inf(b) || isInt(a, 0) || isInt(b, 0) {
		return false
	}
	if hasCallOf(r, fnAtan, fnSi, fnEi, fnLi) {
		return true
	}
	c := a
	if inf(a) {
		c = b
	}
	holdsZero := inf(b) && IsNegative(c) != False || inf(a) && IsPositive(c) != False
	return holdsZero && hasCallOf(r, fnErf, fnErfc)
}

// integConstantInDisguise is the definite integral of an integrand that
// holds x but whose derivative is identically zero, as the norm of a
// helix's velocity sqrt(sin(t)**2 + cos(t)**2 + 1) is: SymPy's heurisch
// finds x*f (in one form or another), so the value is b*f(b) - a*f(a).
// It is taken only where f at both limits has no trigonometric or
// hyperbolic call left (at 0 and 2*pi they evaluate), so the form of x*f
// SymPy chose does not show.
func integConstantInDisguise(f Expr, x *Symbol, a, b Expr) (Expr, bool) {
	if _, isAdd := f.(*Add); isAdd || !Has(f, x) || !hasCallOf(f, trigFuncs...) || !Equal(mustDiff(f, x), Zero) {
		return nil, false
	}
	fa, fb := SubsPairs(f, [][2]Expr{{x, a}}), SubsPairs(f, [][2]Expr{{x, b}})
	for _, v := range []Expr{fa, fb} {
		if hasSpecial(v) || hasTrig(v) || hasCallOf(v, hyperbolicFuncs...) {
			return nil, false
		}
	}
	return Sub(NewMul(b, fb), NewMul(a, fa)), true
}

// piecewiseInterval is F(b) - F(a) for an antiderivative holding a
// Piecewise, as SymPy's Integral.doit takes it: the Piecewise terms
// folded into one Piecewise whose conditions, free of x, become the
// conditions of the result (Piecewise._eval_interval through
// _handle_irel), each branch evaluated at the limits. Only the form
// SymPy's integration rules produce is followed: one branch under
// Ne(s, c) for a symbol s and a number c, and a last one under True;
// ok is false for any other.
func piecewiseInterval(F Expr, x *Symbol, a, b Expr, evalAt func(F, p Expr) (Expr, bool)) (Expr, bool) {
	pws, others := siftExprs(addArgs(F), func(t Expr) bool { return hasCallOf(t, fnPiecewise) })
	pw := piecewiseFold(NewAdd(pws...))
	if !IsPiecewise(pw) {
		return nil, false
	}
	pairs := PiecewisePairs(pw)
	if len(pairs) != 2 || pairs[1][1] != STrue {
		return nil, false
	}
	ne, ok := pairs[0][1].(*Func)
	if !ok || ne.def != relDefs["!="] || Has(ne, x) {
		return nil, false
	}
	s, ok := ne.args[0].(*Symbol)
	if !ok || !isNumeric(ne.args[1]) || hasCallOf(pairs[0][0], fnPiecewise) || hasCallOf(pairs[1][0], fnPiecewise) {
		return nil, false
	}
	interval := func(g Expr) (Expr, bool) {
		if !Has(g, x) {
			return Sub(SubsPairs(g, [][2]Expr{{x, b}}), SubsPairs(g, [][2]Expr{{x, a}})), true
		}
		gb, ok1 := evalAt(g, b)
		ga, ok2 := evalAt(g, a)
		if !ok1 || !ok2 {
			return nil, false
		}
		return Sub(gb, ga), true
	}
	va, ok1 := interval(pairs[0][0])
	vb, ok2 := interval(pairs[1][0])
	vo, ok3 := interval(NewAdd(others...))
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	// reduce_inequalities(Ne(s, c), s): a symbol not known to be real
	// is taken real with its range spelt out
	var cond Expr = ne
	if IsReal(s) != True {
		cond = MustApply(fnAnd, NewRel(">", s, NegOo), NewRel("<", s, Oo), ne)
	}
	r, err := NewPiecewise([][2]Expr{{va, cond}, {vb, STrue}})
	if err != nil {
		return nil, false
	}
	return NewAdd(vo, r), true
}

// continuousOn reports whether f has no singular point strictly inside
// (a, b) that we can detect and the fractional powers and logs stay
// real there; unknown cases report false. Singularities at the ends are
// left to the limits of F.
func continuousOn(f, F Expr, x *Symbol, a, b Expr) bool {
	lo, ok1 := realValue(a)
	hi, ok2 := realValue(b)
	if !ok1 || !ok2 {
		// symbolic limits: only for integrands without singularities
		return !hasSingularity(f, x)
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	var bad bool
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Pow:
			if Has(t.Base(), x) && !isExactNonnegInt(t.Exp()) {
				if !noRootsIn(t.Base(), x, lo, hi, !isExactIntExp(t.Exp())) {
					bad = true
				}
			}
		case *Func:
			switch t.def {
			case fnLog:
				if !noRootsIn(t.args[0], x, lo, hi, true) {
					bad = true
				}
			case fnAsin, fnAcos:
				// real where a linear argument stays in [-1, 1]
				if Has(t.args[0], x) && !linearWithin(t.args[0], x, lo, hi) {
					bad = true
				}
			case fnTan, fnSec, fnCot, fnCsc:
				// poles where cos (tan, sec) or sin (cot, csc) vanishes
				d := fnSin
				if t.def == fnTan || t.def == fnSec {
					d = fnCos
				}
				if Has(t.args[0], x) && !noRootsIn(d.call(t.args[0]), x, lo, hi, false) {
					bad = true
				}
			case fnTanh, fnSech:
				// no real poles
			case fnCoth, fnCsch, fnAtanh, fnAcoth:
				if Has(t.args[0], x) {
					bad = true
				}
			}
		}
		for _, c := range e.Args() {
			walk(c)
		}
	}
	walk(f)
	walk(F)
	return !bad
}

func isExactIntExp(e Expr) bool { _, ok := e.(*Integer); return ok }

// linearWithin reports whether u, linear in x with numeric coefficients,
// stays within [-1, 1] for x in the finite interval [lo, hi].
func linearWithin(u Expr, x *Symbol, lo, hi float64) bool {
	cs, ok := polyCoeffs(u, x)
	if !ok || len(cs) != 2 || lo < -1e299 || hi > 1e299 {
		return false
	}
	c0, ok0 := ToFloat64(cs[0])
	c1, ok1 := ToFloat64(cs[1])
	if !ok0 || !ok1 {
		return false
	}
	for _, t := range []float64{lo, hi} {
		if v := c0 + c1*t; v < -1-1e-12 || v > 1+1e-12 {
			return false
		}
	}
	return true
}

func hasSingularity(f Expr, x *Symbol) bool {
	bad := false
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Pow:
			if Has(t.Base(), x) && !isExactNonnegInt(t.Exp()) {
				bad = true
			}
		case *Func:
			if Has(e, x) && t.def != fnExp && t.def != fnSin && t.def != fnCos && t.def != fnSinh && t.def != fnCosh {
				bad = true
			}
		}
		for _, c := range e.Args() {
			walk(c)
		}
	}
	walk(f)
	return bad
}

// evalIntervalPoles is Expr._eval_interval of the antiderivative F of a
// rational function f (rational coefficients) over finite real limits:
// F(b) - F(a), taking a limit at an end where F is not finite there,
// plus, for each singular point s strictly inside (the real roots of
// cancel(F)'s denominator and of its logarithms' arguments), the jump
// limit(F, x, s, '-') - limit(F, x, s, '+'); nan stops the sum. ok is
// false when a root or a limit is out of reach.
func evalIntervalPoles(f, F Expr, x *Symbol, a, b Expr) (Expr, bool) {
	lo, ok1 := realValue(a)
	hi, ok2 := realValue(b)
	if !ok1 || !ok2 || a == Oo || a == NegOo || b == Oo || b == NegOo || !isRationalFunctionIn(f, x) {
		return nil, false
	}
	if Equal(a, b) {
		return Zero, true
	}
	forward := lo < hi
	// the candidate points: the real roots of the polynomials
	var polys []Expr
	// the denominator of the rational part (the logs and atans are
	// generators of cancel's and contribute none)
	_, rational := siftExprs(addArgs(F), func(t Expr) bool { return hasCallOf(t, fnLog, fnAtan) })
	c, err := Cancel(NewAdd(rational...))
	if err != nil {
		return nil, false
	}
	_, den, err := AsNumerDenom(c)
	if err != nil {
		return nil, false
	}
	polys = append(polys, den)
	var logsOK = true
	walkExpr(F, func(e Expr) {
		if fn, ok := e.(*Func); ok && fn.def == fnLog {
			polys = append(polys, fn.args[0])
		} else if fn, ok := e.(*Func); ok && fn.def != fnAtan {
			logsOK = false
		}
	})
	if !logsOK {
		return nil, false
	}
	var points []Expr
	for _, p := range polys {
		if !Has(p, x) {
			continue
		}
		cs, ok := polyCoeffs(p, x)
		if !ok {
			return nil, false
		}
		var rs []RootMult
		if len(cs) == 2 {
			rs = []RootMult{{Neg(Div(cs[0], cs[1])), 1}}
		} else if rs, err = Roots(p, x); err != nil {
			return nil, false
		}
		n := 0
		for _, r := range rs {
			n += r.Mult
		}
		if n != len(cs)-1 {
			return nil, false // roots out of reach
		}
		for _, r := range rs {
			if IsReal(r.Root) != True {
				continue
			}
			v, ok := ToFloat64(r.Root)
			if !ok {
				return nil, false
			}
			inside := forward && lo < v && v < hi || !forward && hi < v && v < lo
			if inside {
				points = addPoint(points, r.Root)
			}
		}
	}
	endpoint := func(c Expr, left bool) (Expr, bool) {
		v := SubsPairs(F, [][2]Expr{{x, c}})
		if !hasSpecial(v) {
			return v, true
		}
		dir := "+"
		if left != forward {
			dir = "-"
		}
		r, err := Limit(F, x, c, dir)
		if err != nil || hasCallOf(r, LimitDef) {
			return nil, false
		}
		return r, true
	}
	A, ok := endpoint(a, true)
	if !ok {
		return nil, false
	}
	if A == NaN {
		return NaN, true
	}
	B, ok := endpoint(b, false)
	if !ok {
		return nil, false
	}
	value := Sub(B, A)
	sortPoints(points)
	for _, s := range points {
		if value == NaN {
			break
		}
		right, err1 := Limit(F, x, s, "+")
		left, err2 := Limit(F, x, s, "-")
		if err1 != nil || err2 != nil {
			return nil, false
		}
		if forward {
			value = NewAdd(value, Neg(right), left)
		} else {
			value = NewAdd(value, right, Neg(left))
		}
	}
	return value, true
}

func addPoint(ps []Expr, p Expr) []Expr {
	for _, q := range ps {
		if Equal(q, p) {
			return ps
		}
	}
	return append(ps, p)
}

// sortPoints orders real numbers ascending (a FiniteSet's order).
func sortPoints(ps []Expr) {
	sort.Slice(ps, func(i, j int) bool {
		u, _ := ToFloat64(ps[i])
		v, _ := ToFloat64(ps[j])
		return u < v
	})
}

func realValue(e Expr) (float64, bool) {
	switch e {
	case Oo:
		return 1e300, true
	case NegOo:
		return -1e300, true
	}
	if len(FreeSymbols(e)) > 0 {
		return 0, false
	}
	return ToFloat64(e)
}

// noRootsIn reports whether the polynomial p has no real root in
// [lo, hi] (and, when positive is set, stays positive there).
func noRootsIn(p Expr, x *Symbol, lo, hi float64, positive bool) bool {
	cs, ok := polyCoeffs(p, x)
	if !ok {
		return noTranscendentalRootsIn(p, x, lo, hi, positive)
	}
	if positiveForRealX(cs) {
		return true
	}
	if len(cs) > 3 {
		return noRatRootsIn(cs, lo, hi, positive)
	}
	var fs []float64
	for _, c := range cs {
		v, ok := ToFloat64(c)
		if !ok {
			return false
		}
		fs = append(fs, v)
	}
	eval := func(t float64) float64 {
		s := 0.0
		for i := len(fs) - 1; i >= 0; i-- {
			s = s*t + fs[i]
		}
		return s
	}
	var roots []float64
	switch len(fs) {
	case 2:
		roots = []float64{-fs[0] / fs[1]}
	case 3:
		d := fs[1]*fs[1] - 4*fs[2]*fs[0]
		if d >= 0 {
			sq := sqrtF(d)
			roots = []float64{(-fs[1] - sq) / (2 * fs[2]), (-fs[1] + sq) / (2 * fs[2])}
		}
	}
	for _, r := range roots {
		if r > lo+1e-12 && r < hi-1e-12 {
			return false
		}
	}
	if positive {
		m := lo
		if lo < -1e299 {
			m = hi
		}
		if hi < 1e299 && lo > -1e299 {
			m = (lo + hi) / 2
		}
		if lo < -1e299 && hi > 1e299 {
			m = 0
		}
		if eval(m) <= 0 {
			return false
		}
	}
	return true
}

// noTranscendentalRootsIn is noRootsIn for p = a + b*g(c*x + d) with g
// sin, cos or exp and a, b, c, d numbers: the solutions of
// g(u) = -a/b are found in closed form and none may lie strictly inside
// the interval (nor may p be nonpositive there, when positive is set).
func noTranscendentalRootsIn(p Expr, x *Symbol, lo, hi float64, positive bool) bool {
	var g *Func
	var b Expr
	var rest []Expr
	for _, t := range addArgs(p) {
		if !Has(t, x) {
			rest = append(rest, t)
			continue
		}
		c, f := independentOf(mulArgs(t), x)
		fn, ok := f.(*Func)
		if g != nil || !ok || !isCallOf(fn, fnSin, fnCos, fnExp) {
			return false
		}
		g, b = fn, c
	}
	av, ok1 := realValue(NewAdd(rest...))
	bv, ok2 := realValue(b)
	if g == nil || !ok1 || !ok2 || bv == 0 || math.IsInf(lo, 0) || math.IsInf(hi, 0) || lo < -1e299 || hi > 1e299 {
		return false
	}
	c, d, ok := linearIn(g.args[0], x)
	if !ok {
		return false
	}
	cv, ok1 := realValue(c)
	dv, ok2 := realValue(d)
	if !ok1 || !ok2 {
		return false
	}
	u0, u1 := cv*lo+dv, cv*hi+dv
	if u0 > u1 {
		u0, u1 = u1, u0
	}
	const eps = 1e-12
	inside := func(u float64) bool { return u > u0+eps && u < u1-eps }
	r := -av / bv
	var sols []float64 // one period's solutions, shifted by 2*k*pi below
	switch g.def {
	case fnExp:
		if r > 0 && inside(math.Log(r)) {
			return false
		}
	case fnSin:
		if math.Abs(r) <= 1 {
			sols = []float64{math.Asin(r), math.Pi - math.Asin(r)}
		}
	case fnCos:
		if math.Abs(r) <= 1 {
			sols = []float64{math.Acos(r), -math.Acos(r)}
		}
	}
	for _, s := range sols {
		for k := math.Floor((u0-s)/(2*math.Pi)) - 1; s+2*math.Pi*k <= u1+1; k++ {
			if inside(s + 2*math.Pi*k) {
				return false
			}
		}
	}
	if positive {
		m := (u0 + u1) / 2
		var gv float64
		switch g.def {
		case fnExp:
			gv = math.Exp(m)
		case fnSin:
			gv = math.Sin(m)
		default:
			gv = math.Cos(m)
		}
		if av+bv*gv <= 0 {
			return false
		}
	}
	return true
}

func sqrtF(v float64) float64 {
	r := v
	if r == 0 {
		return 0
	}
	for i := 0; i < 100; i++ {
		r = (r + v/r) / 2
	}
	return r
}

// linearIn returns a, b with e = a*x + b, a != 0.
func linearIn(e Expr, x *Symbol) (Expr, Expr, bool) {
	cs, ok := polyCoeffs(e, x)
	if !ok || len(cs) != 2 {
		return nil, nil, false
	}
	return cs[1], cs[0], true
}

// integ is the antiderivative by dcalc's rules, or where they give up,
// by SymPy's term loop with heurisch.
func integ(f Expr, x *Symbol) (Expr, bool) {
	if hasCallOf(f, fnDiracDelta) {
		return integDeltaTerms(f, x)
	}
	if q, elementary, ok := gaussianRDE(f, x); ok {
		if !elementary {
			return integNonElementary(f, x)
		}
		if F, ok := rischPolyExp(q, x); ok {
			return F, true
		}
	}
	if F, ok := integHeurischFirst(f, x); ok {
		return F, true
	}
	if F, ok := integLinearPower(f, x); ok {
		// after heurisch, which gives up on these
		return F, true
	}
	if F, ok := integQuadraticPower(f, x); ok {
		return F, true
	}
	if F, ok := integRules(f, x); ok {
		return F, true
	}
	return integHeurischTerms(f, x)
}

// integDeltaTerms is integrate's term loop for a sum holding DiracDelta
// (risch_integrate does not take it): the terms with a delta by
// deltaintegrate, the others as integrate takes them alone.
func integDeltaTerms(f Expr, x *Symbol) (Expr, bool) {
	var parts []Expr
	for _, t := range addArgs(f) {
		F, handled, ok := integDelta(t, x)
		if !handled {
			F, ok = integ(t, x)
		}
		if !ok {
			return nil, false
		}
		parts = append(parts, F)
	}
	return NewAdd(parts...), true
}

// integHeurischTerms is integrate's loop over the terms of f where
// dcalc's rules gave up on the whole: a term the rules take keeps their
// answer, the others go to heurisch, unless risch_integrate (which
// SymPy tries first, on the whole and on each term) applies.
func integHeurischTerms(f Expr, x *Symbol) (Expr, bool) {
	if rischTakes(f, x) {
		return nil, false
	}
	ts := addArgs(f)
	parts := make([]Expr, 0, len(ts))
	for _, t := range ts {
		if len(ts) > 1 {
			if F, ok := integRules(t, x); ok {
				parts = append(parts, F)
				continue
			}
		}
		c, g := independentOf(mulArgs(t), x)
		if _, _, _, _, trig := sincosShape(g, x); trig || rischTakes(g, x) {
			// trigintegrate or risch_integrate answers where dcalc's
			// rules gave up
			return nil, false
		}
		F, ok := heurischIntegrate(g, x)
		if !ok {
			return nil, false
		}
		parts = append(parts, NewMul(c, F))
	}
	return NewAdd(parts...), true
}

// integHeurischFirst is heurisch on a single term that SymPy's
// integrate gives to heurisch before anything else dcalc's rules stand
// for: not a polynomial or rational function, not trigintegrate's shape,
// not one risch_integrate takes.
func integHeurischFirst(f Expr, x *Symbol) (Expr, bool) {
	if _, isAdd := f.(*Add); isAdd || hasCallOf(f, fnPiecewise) || len(FreeSymbols(f)) != 1 {
		return nil, false
	}
	c, g := independentOf(mulArgs(f), x)
	if _, _, _, _, trig := sincosShape(g, x); trig || rischTakes(g, x) || isRationalIn(g, x) || powerOfLinear(g, x) {
		return nil, false
	}
	F, ok := heurischIntegrate(g, x)
	if !ok {
		return nil, false
	}
	return NewMul(c, F), true
}

// powerOfLinear reports whether g is (a*x + b)**c with c free of x,
// which integrate's term loop takes by the power rule.
func powerOfLinear(g Expr, x *Symbol) bool {
	p, ok := g.(*Pow)
	if !ok || Has(p.Exp(), x) {
		return false
	}
	_, _, ok = linearIn(p.Base(), x)
	return ok
}

// integRules is the antiderivative by dcalc's own rules.
func integRules(f Expr, x *Symbol) (Expr, bool) {
	f = piecewiseRewriteForIntegral(f, x, IsReal(x) == True)
	if hasCallOf(f, fnPiecewise) {
		if IsPiecewise(f) || hasCallOf(piecewiseFold(f), fnPiecewise) {
			return integPiecewiseIndefinite(f, x)
		}
	}
	if hasSymbolicPowerOf(f, x) {
		// risch_integrate gives up on symbolic powers; SymPy goes on
		// term by term with its power rule
		return integPowerTerms(f, x)
	}
	if c, g := independentOf(mulArgs(f), x); !Equal(g, One) {
		if F, ok := trigIntegrate(g, x); ok {
			return NewMul(c, F), true
		}
	}
	if heurischTrigProduct(f, x) {
		// SymPy integrates a product or power of sums term by term only
		// after heurisch fails; heurisch answers (cos(x) + 1)*cos(x) with
		// x*sin(x)**2/2 + x*cos(x)**2/2 + sin(x) + sin(x)*cos(x)/2, forms
		// dcalc's term-by-term rules do not reproduce
		return nil, false
	}
	if otherTrigForm(f, x) || binomialTimesRoot(f, x) || expTrigSymbolic(f, x) || rootOfImprimitive(f, x) {
		// SymPy's heuristics write these in forms dcalc's rules do not
		// reproduce (tan(x + 1) is log(tan(x + 1)**2 + 1)/2 there)
		return nil, false
	}
	if c, ok := cancelParameters(f, x); ok {
		return integ(c, x)
	}
	if F, handled, ok := integParamRational(f, x); handled {
		return F, ok
	}
	if F, ok := integLinearRecip(f, x); ok {
		return F, true
	}
	if F, ok := integQuadParam(f, x); ok {
		return F, true
	}
	if F, rational, ok := integRatFunc(f, x); rational {
		return F, ok
	}
	if F, handled, ok := integLogPolynomial(f, x); handled {
		return F, ok
	}
	if F, handled, ok := integRischSum(f, x); handled {
		return F, ok
	}
	if F, ok := integPolyExpParam(f, x); ok {
		return F, true
	}
	F, ok := integD(f, x, 0)
	if ok && rischElementaryParams(f, x) && rischTowerRewrites(f, x) {
		return nil, false
	}
	if ok && rischElementary(f, x) {
		if hasAtanOfTranscendental(F, x) {
			// risch_integrate answers these (1/(x*(log(x)**2 + 1)))
			// with a RootSum over complex residues in log(x) or
			// exp(x), not with atan(log(x))
			return nil, false
		}
		if sharedLogPower(F, x) {
			// risch_integrate writes the terms in one power of log(x) as
			// one polynomial times it ((x**2/2 + x)*log(x)) in some cases
			// and not in others; dcalc does not follow which
			return nil, false
		}
		if F, ok = distributeRischConstant(F, x); !ok {
			return nil, false
		}
		if r, isPolyExp := rischPolyExpIn(F, x); isPolyExp {
			F = r
		} else {
			F = rischNormalize(F, x)
		}
	} else if ok && rischElementaryParams(f, x) {
		if F, ok = distributeRischConstant(F, x); !ok {
			return nil, false
		}
		F = rischNormalize(F, x)
	}
	if ok && eiScaledWithLog(F, x) && expandsToSum(f, x) {
		// a product of sums whose terms integrate to Ei: SymPy's answer
		// ((exp(2*x) + 1)**2/x gives log(2*x) + 2*Ei(2*x) + Ei(4*x))
		// comes from steps dcalc does not follow
		return nil, false
	}
	if ok && newSymbolicDivisor(f, F, x) {
		// exp(n*x) integrates to exp(n*x)/n for n != 0 only: SymPy
		// answers with a Piecewise for n = 0 where its rules are regular
		return integLinearCases(f, x)
	}
	return F, ok
}

// rootOfImprimitive reports whether f holds the square root of a
// polynomial of degree two or more in x whose coefficients have a
// content other than 1 (sqrt(2 - 2*x**2), sqrt(x**2/4 + 1)): SymPy's
// answers take the content out (sqrt(2)*sqrt(1 - x**2), from heurisch
// over QQ<sqrt(2)>) or come from meijerg, forms dcalc's rules do not
// reproduce.
func rootOfImprimitive(f Expr, x *Symbol) bool {
	if p, ok := f.(*Pow); ok {
		if r, ok := p.Exp().(*Rational); ok && r.r.Denom().Cmp(big.NewInt(2)) == 0 {
			if cs, ok := polyCoeffs(p.Base(), x); ok && len(cs) >= 3 {
				var rs []*big.Rat
				for _, c := range cs {
					q := toRat(c)
					if q == nil {
						return false // (symbolic coefficients: dcalc's rules as before)
					}
					rs = append(rs, q)
				}
				g := new(big.Int)
				for _, q := range rs {
					if q.Denom().Cmp(big.NewInt(1)) != 0 {
						return true
					}
					g.GCD(nil, nil, g, new(big.Int).Abs(q.Num()))
				}
				if g.Cmp(big.NewInt(1)) != 0 {
					return true
				}
			}
		}
	}
	return slices.ContainsFunc(f.Args(), func(a Expr) bool { return rootOfImprimitive(a, x) })
}

// expTrigSymbolic reports whether f holds a product of exp and sin or
// cos of arguments in x with symbolic coefficients (exp(-s*t)*sin(w*t)):
// SymPy's heuristics answer with exp in the denominators
// (-w*cos(w*t)/(w**2*exp(s*t) + s**2*exp(s*t))), which dcalc's rules do
// not reproduce.
func expTrigSymbolic(f Expr, x *Symbol) bool {
	symbolic := func(fn *Func) bool {
		a, _, ok := linearIn(fn.args[0], x)
		return ok && len(FreeSymbols(a)) > 0
	}
	for _, t := range addArgs(Expand(f)) {
		var hasExp, hasTrig, sym bool
		for _, m := range mulArgs(t) {
			fn, ok := m.(*Func)
			if !ok || len(fn.args) != 1 || !Has(fn, x) {
				continue
			}
			switch fn.def {
			case fnExp:
				hasExp, sym = true, sym || symbolic(fn)
			case fnSin, fnCos:
				hasTrig, sym = true, sym || symbolic(fn)
			}
		}
		if hasExp && hasTrig && sym {
			return true
		}
	}
	return false
}

// hasSymbolicPowerOf reports whether e holds a power of an expression in
// x to a symbolic exponent free of x (x**n, (x + 1)**(n - 1)).
func hasSymbolicPowerOf(e Expr, x *Symbol) bool {
	if p, ok := e.(*Pow); ok && Has(p.Base(), x) && !Has(p.Exp(), x) && len(FreeSymbols(p.Exp())) > 0 {
		return true
	}
	for _, a := range e.Args() {
		if hasSymbolicPowerOf(a, x) {
			return true
		}
	}
	return false
}

// newSymbolicDivisor reports whether F divides by an expression free of
// x that may be zero (n, n + 1) and that f did not divide by already.
func newSymbolicDivisor(f, F Expr, x *Symbol) bool {
	// a divisor is keyed by its primitive part: 2*a - 2 is a - 1 again
	key := func(p Expr) string {
		pw := p.(*Pow)
		_, b := contentPrimitive(pw.Base())
		return Str(NewPow(b, pw.Exp()))
	}
	had := map[string]bool{}
	for _, p := range freeDivisors(f, x) {
		had[key(p)] = true
	}
	for _, p := range freeDivisors(F, x) {
		if !had[key(p)] && IsZero(p.(*Pow).Base()) != False {
			return true // (a new divisor, or a higher power of one: 1/a**2)
		}
	}
	return false
}

// freeDivisors are the powers of bases free of x to negative exponents
// in e.
func freeDivisors(e Expr, x *Symbol) []Expr {
	var out []Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if p, ok := e.(*Pow); ok && !Has(p.Base(), x) && CouldExtractMinusSign(p.Exp()) {
			out = append(out, p)
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return out
}

// polyDomainElement returns how Poly.as_expr writes a coefficient of
// the polynomial whose coefficients are cs, in the domain
// construct_domain picks for them: numbers as they are; over ZZ[gens]
// or QQ[gens] a polynomial in the generators, expanded; over a fraction
// field numerator over denominator, cancelled, each expanded; over EX
// (a generator that is an algebraic number, or two generators sharing a
// symbol: y and sin(y)) EX's own simplification, cancel and then a
// top-level expand_mul.
func polyDomainElement(cs []Expr) func(Expr) Expr {
	var gens []Expr
	fractions, ex := false, false
	for _, c := range cs {
		if IsNumber(c) {
			continue
		}
		n, d := asNumerDenom(c)
		if !IsNumber(d) {
			fractions = true
		}
		for _, part := range []Expr{n, d} {
			for _, t := range addArgs(Expand(part)) {
				for _, f := range mulArgs(t) {
					if IsNumber(f) {
						continue
					}
					g, _ := decomposePower(f)
					if indexExpr(gens, g) < 0 {
						gens = append(gens, g)
					}
				}
			}
		}
	}
	var seen []*Symbol
	for _, g := range gens {
		fs := FreeSymbols(g)
		if len(fs) == 0 && !anyNode(g, func(e Expr) bool { return e == Pi || e == E || isCallOf(e, fnExp, fnLog) }) {
			ex = true // sqrt(2), I: number-like generators
		}
		for _, s := range fs {
			if slices.ContainsFunc(seen, func(t *Symbol) bool { return Equal(t, s) }) {
				ex = true
			}
			seen = append(seen, s)
		}
	}
	return func(c Expr) Expr {
		if IsNumber(c) {
			return c
		}
		q, err := Cancel(c)
		if err != nil {
			return c
		}
		if ex {
			if m, ok := q.(*Mul); ok {
				return expandMulNode(m.args)
			}
			return q
		}
		n, d := asNumerDenom(q)
		if !fractions || IsNumber(d) {
			return Expand(q)
		}
		return NewMul(Expand(n), NewPow(Expand(d), NegOne))
	}
}

// maxIntegDepth bounds nested substitutions and integrations by parts.
const maxIntegDepth = 4

func integD(f Expr, x *Symbol, depth int) (Expr, bool) {
	checkInterrupt()
	if !Has(f, x) {
		return NewMul(f, x), true
	}
	if cs, ok := polyCoeffs(f, x); ok {
		elem := polyDomainElement(cs)
		ts := make([]Expr, len(cs))
		for k, c := range cs {
			ts[k] = NewMul(elem(Div(c, NewInt(int64(k+1)))), NewPow(x, NewInt(int64(k+1))))
		}
		return NewAdd(ts...), true
	}
	if a, ok := f.(*Add); ok {
		if r, ok := integPolyExpSum(a, x); ok {
			return r, true
		}
		var ts []Expr
		for _, t := range a.args {
			if isRatTerm(t, x) {
				r, _, ok := integRatTerm(t, x)
				if !ok {
					return nil, false
				}
				ts = append(ts, r)
				continue
			}
			r, ok := integD(t, x, depth)
			if !ok {
				return nil, false
			}
			ts = append(ts, r)
		}
		return NewAdd(ts...), true
	}
	// constant factor
	xf, cf := siftExprs(mulArgs(f), func(m Expr) bool { return Has(m, x) })
	if len(cf) > 0 {
		if r, ok := integConstPolyExp(NewMul(cf...), xf, x); ok {
			return r, true
		}
		r, ok := integD(NewMul(xf...), x, depth)
		if !ok {
			return nil, false
		}
		return NewMul(append(cf, r)...), true
	}
	if r, ok := trigIntegrate(f, x); ok {
		return r, true
	}
	if r, ok := integPolyLog(f, x); ok {
		return r, true
	}
	if r, ok := integSingle(f, x); ok {
		return r, true
	}
	if r, ok := integExpint(xf, x); ok {
		return r, true
	}
	if r, ok := integGaussian(f, x); ok {
		return r, true
	}
	if r, ok := integProduct(xf, x); ok {
		return r, true
	}
	if r, ok := integRational(f, x); ok {
		return r, true
	}
	if ex := Expand(f); !Equal(ex, f) && !hasCallOf(f, fnTan, fnCot) {
		// (SymPy's heurisch takes (tan(x)**2 + 1)/tan(x) whole, to
		// log(tan(x)), not term by term)
		if _, ok := ex.(*Add); ok {
			return integD(ex, x, depth)
		}
	}
	if depth >= maxIntegDepth {
		return nil, false
	}
	if r, ok := integSubst(f, x, depth); ok {
		return r, true
	}
	if r, ok := integParts(f, x, depth); ok {
		return r, true
	}
	return nil, false
}

// integConstPolyExp is c*P*exp(u) with the constant c kept inside
// risch's numerator (integPolyExp); ok is false for other products.
func integConstPolyExp(c Expr, xf []Expr, x *Symbol) (Expr, bool) {
	var poly []Expr
	var g *Func
	for _, f := range xf {
		if _, ok := polyCoeffs(f, x); ok {
			poly = append(poly, f)
			continue
		}
		fn, ok := f.(*Func)
		if !ok || fn.def != fnExp || g != nil {
			return nil, false
		}
		g = fn
	}
	if g == nil || len(poly) == 0 {
		return nil, false
	}
	if hasKind(c, kFunc) {
		// risch leaves such a constant's content uncancelled in ways
		// dcalc does not reproduce (.../8 where together gives .../4)
		panic(notImpl("dcalc does not integrate a polynomial times exp with a function of the parameters as constant factor yet"))
	}
	return integPolyExp(c, Expand(NewMul(poly...)), g, x)
}

// integSubst tries u = g(x) for the subexpressions g of f: when f/g'
// depends on x only through g, the integral is taken in u.
func integSubst(f Expr, x *Symbol, depth int) (Expr, bool) {
	var cands []Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if !Has(e, x) || Equal(e, x) {
			return
		}
		switch t := e.(type) {
		case *Func:
			if !containsExpr(cands, e) {
				cands = append(cands, e)
			}
			for _, a := range t.args {
				if !Equal(a, x) && !containsExpr(cands, a) {
					cands = append(cands, a)
				}
			}
		case *Pow:
			if !Equal(t.Base(), x) && !containsExpr(cands, t.Base()) {
				cands = append(cands, t.Base())
			}
			if _, ok := t.Base().(*Symbol); ok && !containsExpr(cands, e) {
				cands = append(cands, e)
			}
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(f)
	for _, u := range cands {
		if _, _, ok := linearIn(u, x); ok {
			continue
		}
		du := diff1(u, x)
		if isZeroInt(du) {
			continue
		}
		q := NewMul(f, NewPow(du, NegOne))
		d := NewDummy("u")
		qd := Xreplace(q, [][2]Expr{{u, d}})
		if fu, ok := u.(*Func); ok && fu.def == fnExp {
			qd = replaceExpPowers(qd, fu.args[0], d)
		}
		if Has(qd, x) {
			qd = Xreplace(Expand(q), [][2]Expr{{u, d}})
		}
		if Has(qd, x) {
			continue
		}
		r, ok := integD(qd, d, depth+1)
		if !ok {
			continue
		}
		// atan(tan(x)) and the like are not antiderivatives on the
		// whole line; SymPy does not answer that way
		if fu, ok := u.(*Func); ok && trigLike[fu.def] && hasCallOf(r, fnAtan, fnAsin, fnAcos, fnAcot, fnAtanh, fnAsinh, fnAcosh) {
			continue
		}
		back := Xreplace(r, [][2]Expr{{d, u}})
		if hasBigFracPowOfSum(back) {
			back = Expand(splitFracPow(back))
		}
		if p, ok := u.(*Pow); ok && !IsInteger(p.Exp()) {
			// SymPy's heurisch answers these as expanded sums
			// (2*sqrt(x)*exp(sqrt(x)) - 2*exp(sqrt(x)))
			back = ExpandMul(back)
		}
		if fu, ok := u.(*Func); ok && fu.def == fnExp {
			// log(exp(a*x)) is a*x for real x, as risch answers
			back = Xreplace(back, [][2]Expr{{fnLog.call(u), fu.args[0]}})
		}
		if radicalOfCompound(back, x) {
			continue
		}
		if _, radical := u.(*Pow); !radical && multiTerm(back, x) {
			// SymPy's risch and heurisch answer in x, expanded
			// ((1 - x**2)*exp(x**2), 2*x**2*log(x**2 + 1) - 2*x**2 +
			// 2*log(x**2 + 1)), not in the substituted form
			if rr, ok := rischPolyExp(r, d); ok && rischElementary(f, x) {
				return Xreplace(rr, [][2]Expr{{d, u}}), true
			}
			continue
		}
		return back, true
	}
	return nil, false
}

// replaceExpPowers rewrites exp(k*a) as d**k for integers k.
func replaceExpPowers(e, a Expr, d *Symbol) Expr {
	if fn, ok := e.(*Func); ok && fn.def == fnExp {
		if k, ok := Div(fn.args[0], a).(*Integer); ok {
			return NewPow(d, k)
		}
	}
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	na := make([]Expr, len(args))
	changed := false
	for i, c := range args {
		na[i] = replaceExpPowers(c, a, d)
		if na[i] != c {
			changed = true
		}
	}
	if !changed {
		return e
	}
	return rebuild(e, na)
}

// integParts integrates the inverse trigonometric functions and logs of
// polynomials by parts: x*f(x) - Integral(x*f'(x)).
var trigLike = map[*FuncDef]bool{fnSin: true, fnCos: true, fnTan: true, fnCot: true, fnSec: true, fnCsc: true,
	fnSinh: true, fnCosh: true, fnTanh: true, fnCoth: true, fnSech: true, fnCsch: true}

func integParts(f Expr, x *Symbol, depth int) (Expr, bool) {
	if p, ok := f.(*Pow); ok {
		// log(x)**n = x*log(x)**n - n*Integral(log(x)**(n - 1))
		fn, ok := p.Base().(*Func)
		n, ok2 := p.Exp().(*Integer)
		if ok && ok2 && fn.def == fnLog && Equal(fn.args[0], x) && n.Sign() > 0 && n.IsInt64() && n.Int64() < 20 {
			r, ok := integD(NewPow(p.Base(), NewInt(n.Int64()-1)), x, depth+1)
			if !ok {
				return nil, false
			}
			return Expand(Sub(NewMul(x, f), NewMul(n, r))), true
		}
		return nil, false
	}
	fn, ok := f.(*Func)
	if !ok || len(fn.args) != 1 {
		return nil, false
	}
	switch fn.def {
	case fnAsin, fnAcos, fnAtan, fnLog:
	default:
		return nil, false
	}
	if _, ok := polyCoeffs(fn.args[0], x); !ok {
		return nil, false
	}
	r, ok := integD(Expand(NewMul(x, diff1(f, x))), x, depth+1)
	if !ok {
		return nil, false
	}
	return Sub(NewMul(x, f), r), true
}

// integSingle handles one factor: powers and functions of linear
// arguments.
func integSingle(f Expr, x *Symbol) (Expr, bool) {
	switch t := f.(type) {
	case *Symbol:
		return Div(NewPow(x, Two), Two), true
	case *Pow:
		b, e := t.Base(), t.Exp()
		if !Has(e, x) {
			if !IsNumber(e) {
				return nil, false
			}
			a, _, ok := linearIn(b, x)
			if !ok {
				// 1/(x**2 + c) and 1/sqrt(1 - x**2)
				cs, ok := polyCoeffs(b, x)
				if ok && len(cs) == 3 && isZeroInt(cs[1]) {
					if isInt(e, -1) && isInt(cs[2], 1) && IsPositive(cs[0]) == True && IsNumber(cs[0]) {
						s := Sqrt(cs[0])
						return Div(fnAtan.call(Div(x, s)), s), true
					}
					if r, ok := integSqrtQuadratic(b, e, cs[0], cs[2], x); ok {
						return r, true
					}
				}
				// sec(u)**2
				if fn, ok := b.(*Func); ok && isInt(e, 2) && fn.def == fnSec {
					if a, _, ok := linearIn(fn.args[0], x); ok {
						return Div(fnSin.call(fn.args[0]), NewMul(a, fnCos.call(fn.args[0]))), true
					}
				}
				if fn, ok := b.(*Func); ok && isInt(e, 2) && fn.def == fnCsc {
					if a, _, ok := linearIn(fn.args[0], x); ok {
						return Neg(Div(fnCos.call(fn.args[0]), NewMul(a, fnSin.call(fn.args[0])))), true
					}
				}
				if fn, ok := b.(*Func); ok && isInt(e, -2) && fn.def == fnCos {
					if a, _, ok := linearIn(fn.args[0], x); ok {
						return Div(fnSin.call(fn.args[0]), NewMul(a, fnCos.call(fn.args[0]))), true
					}
				}
				if fn, ok := b.(*Func); ok && isInt(e, -2) && fn.def == fnSin {
					if a, _, ok := linearIn(fn.args[0], x); ok {
						return Neg(Div(fnCos.call(fn.args[0]), NewMul(a, fnSin.call(fn.args[0])))), true
					}
				}
				// 1/cos, 1/sin, 1/tan integrate as sec, csc, cot do
				if fn, ok := b.(*Func); ok && isInt(e, -1) && len(fn.args) == 1 {
					if rec, ok := map[*FuncDef]*FuncDef{fnCos: fnSec, fnSin: fnCsc, fnTan: fnCot}[fn.def]; ok {
						return integSingle(newFunc(rec, fn.args), x)
					}
				}
				if fn, ok := b.(*Func); ok && len(fn.args) == 1 {
					if r, ok := integTrigPow(fn, e, x); ok {
						return r, true
					}
				}
				if fn, ok := b.(*Func); ok && isInt(e, 2) && Equal(fn.args[0], x) {
					switch fn.def {
					case fnSin:
						return Sub(Div(x, Two), Div(NewMul(fnSin.call(x), fnCos.call(x)), Two)), true
					case fnCos:
						return NewAdd(Div(x, Two), Div(NewMul(fnSin.call(x), fnCos.call(x)), Two)), true
					}
				}
				return nil, false
			}
			if isInt(e, -1) {
				c, p := primitiveLinear(b, x)
				pa, _, _ := linearIn(p, x)
				return Div(fnLog.call(p), NewMul(c, pa)), true
			}
			e1 := NewAdd(e, One)
			if IsZero(e1) != False {
				// SymPy answers Piecewise((b**e1/(a*e1), Ne(e1, 0)),
				// (log(b)/a, True)), which dcalc does not have
				return nil, false
			}
			return Div(NewPow(b, e1), NewMul(a, e1)), true
		}
		if !Has(b, x) {
			if a, _, ok := linearIn(e, x); ok {
				return Div(f, NewMul(a, fnLog.call(b))), true
			}
		}
	case *Func:
		if len(t.args) != 1 {
			return nil, false
		}
		u := t.args[0]
		if t.def == fnLog {
			if cs, ok := polyCoeffs(u, x); ok && len(cs) == 2 && isZeroInt(cs[0]) {
				return Sub(NewMul(x, f), x), true
			}
			return nil, false
		}
		a, _, ok := linearIn(u, x)
		if !ok {
			return nil, false
		}
		var r Expr
		switch t.def {
		case fnExp:
			r = f
		case fnSin:
			r = Neg(fnCos.call(u))
		case fnCos:
			r = fnSin.call(u)
		case fnSinh:
			r = fnCosh.call(u)
		case fnCosh:
			r = fnSinh.call(u)
		case fnTan:
			r = Neg(fnLog.call(fnCos.call(u)))
		case fnSec:
			sn := fnSin.call(u)
			r = NewAdd(Neg(Div(fnLog.call(Sub(sn, One)), Two)), Div(fnLog.call(NewAdd(sn, One)), Two))
		case fnCsc:
			cs := fnCos.call(u)
			r = Sub(Div(fnLog.call(Sub(cs, One)), Two), Div(fnLog.call(NewAdd(cs, One)), Two))
		case fnCot:
			r = fnLog.call(fnSin.call(u))
		default:
			return nil, false
		}
		return Div(r, a), true
	}
	return nil, false
}

// primitiveLinear writes a linear polynomial as c*p with p primitive
// (integer coefficients) and a positive leading coefficient.
func primitiveLinear(b Expr, x *Symbol) (Expr, Expr) {
	cs, _ := polyCoeffs(b, x)
	r0, r1 := toRat(cs[0]), toRat(cs[1])
	if r0 == nil || r1 == nil {
		return One, b
	}
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(r0.Num()), new(big.Int).Abs(r1.Num()))
	l := lcm(r0.Denom(), r1.Denom())
	c := new(big.Rat).SetFrac(g, l)
	if c.Sign() == 0 {
		c.SetInt64(1)
	}
	if r1.Sign() < 0 {
		c.Neg(c)
	}
	inv := ratFrom(new(big.Rat).Inv(c))
	return ratFrom(c), Expand(NewMul(inv, b))
}

// integProduct handles products: polynomial times exp/sin/cos/sinh/cosh
// of a linear argument, sin**n*cos, exp*sin, x**n*log(x), sec*tan.
func integProduct(fs []Expr, x *Symbol) (Expr, bool) {
	if len(fs) < 2 {
		return nil, false
	}
	// split into a polynomial part and one transcendental factor
	var poly []Expr
	var others []Expr
	for _, f := range fs {
		if _, ok := polyCoeffs(f, x); ok {
			poly = append(poly, f)
		} else {
			others = append(others, f)
		}
	}
	if len(others) == 1 && len(poly) > 0 {
		P := Expand(NewMul(poly...))
		g := others[0]
		if fn, ok := g.(*Func); ok && len(fn.args) == 1 {
			u := fn.args[0]
			switch fn.def {
			case fnExp:
				if r, ok := integPolyExp(One, P, fn, x); ok {
					return r, true
				}
			case fnSin, fnCos:
				if a, _, ok := linearIn(u, x); ok {
					return Expand(polyTrig(P, fn.def, u, a, x)), true
				}
			case fnSinh, fnCosh:
				// a symbolic a gives SymPy's Piecewise (Ne(a, 0))
				if a, _, ok := linearIn(u, x); ok && toRat(a) != nil {
					return Expand(polyHyperbolic(P, fn.def, u, a, x)), true
				}
			case fnLog:
				if Equal(u, x) {
					cs, _ := polyCoeffs(P, x)
					var ts []Expr
					for k, c := range cs {
						k1 := NewInt(int64(k + 1))
						xp := NewPow(x, k1)
						ts = append(ts, NewMul(c, Div(NewMul(xp, g), k1)), Neg(NewMul(c, Div(xp, NewMul(k1, k1)))))
					}
					return NewAdd(ts...), true
				}
			}
		}
	}
	if len(poly) > 0 || len(others) != 2 {
		return nil, false
	}
	// sin(u)**n*cos(u) and cos(u)**n*sin(u); exp(a x)*sin/cos(b x)
	for k := 0; k < 4; k++ {
		i := k % 2
		sinPass := k < 2
		p, q := others[i], others[1-i]
		qf, ok := q.(*Func)
		if !ok || len(qf.args) != 1 {
			continue
		}
		u := qf.args[0]
		a, _, ok := linearIn(u, x)
		if !ok {
			continue
		}
		pb, pe := AsBaseExp(p)
		if pe2, ok := p.(*Func); ok && pe2.def == fnExp {
			pb, pe = p, One
		}
		pf, ok := pb.(*Func)
		if !ok || len(pf.args) != 1 {
			continue
		}
		n1 := NewAdd(pe, One)
		if Equal(pf.args[0], u) && IsNumber(pe) && !isInt(pe, -1) {
			switch {
			case pf.def == fnSin && qf.def == fnCos, pf.def == fnSinh && qf.def == fnCosh:
				return Div(NewPow(pb, n1), NewMul(n1, a)), true
			case sinPass:
			case pf.def == fnCosh && qf.def == fnSinh:
				return Div(NewPow(pb, n1), NewMul(n1, a)), true
			case pf.def == fnCos && qf.def == fnSin:
				return Neg(Div(NewPow(pb, n1), NewMul(n1, a))), true
			case pf.def == fnSec && qf.def == fnTan && isInt(pe, 1):
				return Div(NewPow(fnCos.call(u), NegOne), a), true
			}
		}
		if !sinPass && pf.def == fnExp && isInt(pe, 1) && (qf.def == fnSin || qf.def == fnCos) {
			ea, _, ok := linearIn(pf.args[0], x)
			if !ok {
				continue
			}
			den := NewAdd(NewMul(ea, ea), NewMul(a, a))
			s, c := fnSin.call(u), fnCos.call(u)
			if qf.def == fnSin {
				return NewAdd(Div(NewMul(ea, p, s), den), Neg(Div(NewMul(a, p, c), den))), true
			}
			return NewAdd(Div(NewMul(ea, p, c), den), Div(NewMul(a, p, s), den)), true
		}
	}
	return nil, false
}

// polyTrig integrates P(x)*sin(u) or P(x)*cos(u), u = a*x + b, by parts.
func polyTrig(P Expr, fn *FuncDef, u, a Expr, x *Symbol) Expr {
	if isZeroInt(P) {
		return Zero
	}
	var first, rest Expr
	if fn == fnSin {
		// -P cos(u)/a + ∫ P' cos(u)/a
		first = Neg(Div(NewMul(P, fnCos.call(u)), a))
		rest = Div(polyTrig(Expand(diff1(P, x)), fnCos, u, a, x), a)
	} else {
		first = Div(NewMul(P, fnSin.call(u)), a)
		rest = Neg(Div(polyTrig(Expand(diff1(P, x)), fnSin, u, a, x), a))
	}
	return NewAdd(first, rest)
}

// polyHyperbolic integrates P(x)*sinh(u) or P(x)*cosh(u), u = a*x + b,
// by parts: P*cosh(u)/a - Integral(P'*cosh(u))/a for sinh, P*sinh(u)/a -
// Integral(P'*sinh(u))/a for cosh.
func polyHyperbolic(P Expr, fn *FuncDef, u, a Expr, x *Symbol) Expr {
	if isZeroInt(P) {
		return Zero
	}
	other := map[*FuncDef]*FuncDef{fnSinh: fnCosh, fnCosh: fnSinh}[fn]
	first := Div(NewMul(P, other.call(u)), a)
	return Sub(first, Div(polyHyperbolic(Expand(diff1(P, x)), other, u, a, x), a))
}

// integRational integrates N/D when D splits into distinct linear factors
// over Q (and possibly one irreducible quadratic x**2 + c with N a
// multiple of its derivative).
func integRational(f Expr, x *Symbol) (Expr, bool) {
	var num, den []Expr
	for _, m := range mulArgs(f) {
		b, e := AsBaseExp(m)
		if z, ok := e.(*Integer); ok && z.Sign() < 0 {
			den = append(den, NewPow(b, Neg(e)))
		} else {
			num = append(num, m)
		}
	}
	if len(den) == 0 {
		return nil, false
	}
	N, D := Expand(NewMul(num...)), Expand(NewMul(den...))
	nc, ok1 := polyCoeffs(N, x)
	dc, ok2 := polyCoeffs(D, x)
	if !ok1 || !ok2 {
		return nil, false
	}
	nr, ok1 := ratCoeffs(nc)
	dr, ok2 := ratCoeffs(dc)
	if !ok1 || !ok2 || len(dr) < 2 {
		return nil, false
	}
	var ts []Expr
	// polynomial part
	if len(nr) >= len(dr) {
		q, r := ratPolyDivMod(nr, dr)
		qi, _ := integ(polyExpr(ratExprs(q), x), x)
		ts = append(ts, qi)
		nr = r
	}
	// quadratic x**2 + p*x + q, numerator alpha*(2x + p)
	if len(dr) == 3 {
		if _, rest, ok := rationalRoots(dr); ok && len(rest) == 3 {
			lead := dr[2]
			if len(nr) == 2 {
				alpha := new(big.Rat).Quo(nr[1], new(big.Rat).Mul(big.NewRat(2, 1), lead))
				beta := new(big.Rat).Sub(nr[0], new(big.Rat).Mul(alpha, dr[1]))
				if beta.Sign() == 0 {
					_, pp := primitiveRp(dr)
					ts = append(ts, NewMul(ratFrom(alpha), fnLog.call(polyExpr(ratExprs(pp), x))))
					return NewAdd(ts...), true
				}
			}
			if len(nr) == 1 {
				// beta/(a x**2 + b x + c) = 2 beta/sqrt(4ac - b**2) atan((2ax + b)/sqrt(4ac - b**2))
				a, b, c := ratFrom(dr[2]), ratFrom(dr[1]), ratFrom(dr[0])
				disc := Sub(NewMul(NewInt(4), a, c), NewMul(b, b))
				if IsPositive(disc) == True {
					sq := Sqrt(disc)
					arg := Expand(Div(NewAdd(NewMul(Two, a, x), b), sq))
					ts = append(ts, NewMul(Two, ratFrom(nr[0]), NewPow(sq, NegOne), fnAtan.call(arg)))
					return NewAdd(ts...), true
				}
			}
			return nil, false
		}
	}
	roots, rest, ok := rationalRoots(dr)
	if !ok || len(rest) != 1 || len(roots) != len(dr)-1 {
		return nil, false
	}
	ddr := make([]*big.Rat, len(dr)-1)
	for i := 1; i < len(dr); i++ {
		ddr[i-1] = new(big.Rat).Mul(dr[i], new(big.Rat).SetInt64(int64(i)))
	}
	// roots with equal residues share one log (Lazard-Rioboo-Trager)
	var residues []*big.Rat
	var groups [][]*big.Rat
	for _, r := range roots {
		res := new(big.Rat).Quo(ratPolyEval(nr, r), ratPolyEval(ddr, r))
		if res.Sign() == 0 {
			continue
		}
		found := false
		for i, q := range residues {
			if q.Cmp(res) == 0 {
				groups[i] = append(groups[i], r)
				found = true
			}
		}
		if !found {
			residues = append(residues, res)
			groups = append(groups, []*big.Rat{r})
		}
	}
	for i, res := range residues {
		p := rpoly{big.NewRat(1, 1)}
		for _, r := range groups[i] {
			p = rpMul(p, rpoly{new(big.Rat).Neg(r), big.NewRat(1, 1)})
		}
		_, pp := primitiveRp(p)
		ts = append(ts, NewMul(ratFrom(res), fnLog.call(polyExpr(ratExprs(pp), x))))
	}
	return NewAdd(ts...), true
}

func ratExprs(rs []*big.Rat) []Expr {
	out := make([]Expr, len(rs))
	for i, r := range rs {
		out[i] = ratFrom(r)
	}
	return out
}

// ratPolyDivMod divides polynomials (lowest degree first).
func ratPolyDivMod(n, d []*big.Rat) ([]*big.Rat, []*big.Rat) {
	r := make([]*big.Rat, len(n))
	for i := range n {
		r[i] = new(big.Rat).Set(n[i])
	}
	q := make([]*big.Rat, len(n)-len(d)+1)
	for i := range q {
		q[i] = new(big.Rat)
	}
	lead := d[len(d)-1]
	for k := len(n) - len(d); k >= 0; k-- {
		c := new(big.Rat).Quo(r[k+len(d)-1], lead)
		q[k] = c
		for j := range d {
			r[k+j] = new(big.Rat).Sub(r[k+j], new(big.Rat).Mul(c, d[j]))
		}
	}
	r = r[:len(d)-1]
	for len(r) > 0 && r[len(r)-1].Sign() == 0 {
		r = r[:len(r)-1]
	}
	return q, r
}

// integTrigPow handles odd powers of sin and cos (through the other
// function) and tan(u)**2 = sec(u)**2 - 1.
func integTrigPow(fn *Func, e Expr, x *Symbol) (Expr, bool) {
	u := fn.args[0]
	a, _, ok := linearIn(u, x)
	if !ok {
		return nil, false
	}
	n, ok := e.(*Integer)
	if !ok || !n.IsInt64() {
		return nil, false
	}
	k := n.Int64()
	switch {
	case fn.def == fnTan && k == 2:
		return Sub(Div(fnSin.call(u), NewMul(a, fnCos.call(u))), x), true
	case (fn.def == fnSin || fn.def == fnCos) && k >= 3 && k%2 == 1 && k < 30:
		other := fnCos
		if fn.def == fnCos {
			other = fnSin
		}
		// f**k = (1 - g**2)**((k-1)/2) * f, and f*g**m integrates to
		// ±g**(m+1)/((m+1)*a)
		g := other.call(u)
		sign := Expr(NegOne) // ∫ sin(u)*cos(u)**m = -cos**(m+1)/((m+1) a)
		if fn.def == fnCos {
			sign = One
		}
		var ts []Expr
		half := (k - 1) / 2
		binom := big.NewInt(1)
		for j := int64(0); j <= half; j++ {
			if j > 0 {
				binom.Mul(binom, big.NewInt(half-j+1))
				binom.Quo(binom, big.NewInt(j))
			}
			c := NewBigInt(binom)
			if j%2 == 1 {
				c = NewBigInt(new(big.Int).Neg(binom))
			}
			m1 := NewInt(2*j + 1)
			ts = append(ts, NewMul(sign, c, NewPow(g, m1), NewPow(NewMul(m1, a), NegOne)))
		}
		return NewAdd(ts...), true
	}
	return nil, false
}

// hasBigFracPowOfSum reports a power (a + b)**(p/q) with p/q > 1, which
// SymPy's manual integration returns expanded.
func hasBigFracPowOfSum(e Expr) bool {
	if p, ok := e.(*Pow); ok {
		if _, ok := p.Base().(*Add); ok {
			if r := toRat(p.Exp()); r != nil && !r.IsInt() && r.Cmp(big.NewRat(1, 1)) > 0 {
				return true
			}
		}
	}
	for _, a := range e.Args() {
		if hasBigFracPowOfSum(a) {
			return true
		}
	}
	return false
}

// integPolyExpSum integrates a sum of polynomial times the same
// exp(a*x + b) as one product, as risch does.
func integPolyExpSum(a *Add, x *Symbol) (Expr, bool) {
	var ex Expr
	var polys []Expr
	for _, t := range a.args {
		var rest []Expr
		var found Expr
		for _, f := range mulArgs(t) {
			if fn, ok := f.(*Func); ok && fn.def == fnExp {
				if found != nil {
					return nil, false
				}
				found = f
				continue
			}
			rest = append(rest, f)
		}
		if found == nil {
			return nil, false
		}
		if ex == nil {
			ex = found
		} else if !Equal(ex, found) {
			return nil, false
		}
		p := NewMul(rest...)
		if _, ok := polyCoeffs(p, x); !ok {
			return nil, false
		}
		polys = append(polys, p)
	}
	if ex == nil || len(polys) < 2 {
		return nil, false
	}
	P := Expand(NewAdd(polys...))
	if !Has(P, x) {
		return nil, false
	}
	return integProduct([]Expr{P, ex}, x)
}

// splitFracPow writes (a + b)**(p/q) with p/q > 1 as
// (a + b)**n*(a + b)**(p/q - n), n the integer part, so that expand
// distributes the integer power.
func splitFracPow(e Expr) Expr {
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = splitFracPow(a)
	}
	e = rebuild(e, na)
	if p, ok := e.(*Pow); ok {
		if _, ok := p.Base().(*Add); ok {
			if r := toRat(p.Exp()); r != nil && !r.IsInt() && r.Cmp(big.NewRat(1, 1)) > 0 {
				n := new(big.Int).Quo(r.Num(), r.Denom())
				rest := new(big.Rat).Sub(r, new(big.Rat).SetInt(n))
				// distribute by hand: Mul would merge the powers again
				frac := NewPow(p.Base(), ratFrom(rest))
				var ts []Expr
				for _, t := range addArgs(Expand(NewPow(p.Base(), NewBigInt(n)))) {
					ts = append(ts, NewMul(t, frac))
				}
				return NewAdd(ts...)
			}
		}
	}
	return e
}

// integGaussian is the integral of exp(-k*u**2) with u = p*x + q linear
// in x and k known positive: sqrt(pi)/(2*p*sqrt(k))*erf(sqrt(k)*u), as
// SymPy gives it, and of exp(+k*u**2) likewise with erfi. Other
// exponents of a square (k not known positive) are left to the callers,
// which refuse them.
func integGaussian(f Expr, x *Symbol) (Expr, bool) {
	e, ok := f.(*Func)
	if !ok || e.def != fnExp {
		return nil, false
	}
	if s, ok := e.args[0].(*Add); ok {
		// exp(-x**2 - y**2): the x-free terms are a constant factor
		// exp(-y**2) in SymPy's answer (sqrt(pi)*exp(-y**2)*erf(x)/2)
		xt, free := siftExprs(s.args, func(t Expr) bool { return Has(t, x) })
		if len(xt) != 1 {
			return nil, false
		}
		F, ok := integGaussian(fnExp.call(xt[0]), x)
		if !ok || hasShiftedErf(F, x) {
			// (SymPy expands exp(-(x - 1)**2 - y) and leaves parts
			// unevaluated)
			return nil, false
		}
		return NewMul(fnExp.call(NewAdd(free...)), F), true
	}
	rest, consts := siftExprs(mulArgs(e.args[0]), func(m Expr) bool { return Has(m, x) })
	if len(rest) != 1 {
		return nil, false
	}
	c := NewMul(consts...)
	pw, ok := rest[0].(*Pow)
	if !ok || !isInt(pw.Exp(), 2) {
		return nil, false
	}
	k, fn := Neg(c), fnErf
	if IsPositive(c) == True { // exp(+k*u**2): erfi
		k, fn = c, fnErfi
	}
	if Has(k, x) || IsPositive(k) != True {
		return nil, false
	}
	u := pw.Base()
	cs, ok := polyCoeffs(u, x)
	if !ok || len(cs) != 2 || IsZero(cs[1]) != False {
		return nil, false
	}
	p := cs[1]
	if fn == fnErfi && IsZero(cs[0]) != True {
		return nil, false // SymPy writes exp((x - 1)**2)'s with erf(I*(x - 1))
	}
	sk := Sqrt(k)
	return Div(NewMul(Sqrt(Pi), fn.call(NewMul(sk, u))), NewMul(Two, p, sk)), true
}

// hasShiftedErf reports whether e holds erf (or erfi) of an argument
// that is not zero at x = 0 (erf(x - 1), erf(sqrt(3)*(x - 2))).
func hasShiftedErf(e Expr, x *Symbol) bool {
	if f, ok := e.(*Func); ok && (f.def == fnErf || f.def == fnErfi) {
		if IsZero(SubsPairs(f.args[0], [][2]Expr{{x, Zero}})) != True {
			return true
		}
	}
	for _, a := range e.Args() {
		if hasShiftedErf(a, x) {
			return true
		}
	}
	return false
}

// deltaAtEnd reports whether the antiderivative F of an integrand with
// DiracDelta steps at a limit (Heaviside(x - p) with p = a or b) or still
// holds a delta.
func deltaAtEnd(F Expr, x *Symbol, a, b Expr) bool {
	return hasCallOf(F, fnDiracDelta) || anyNode(F, func(e Expr) bool {
		h, ok := e.(*Func)
		if !ok || h.def != fnHeaviside || !Has(h, x) {
			return false
		}
		for _, p := range []Expr{a, b} {
			if IsZero(Expand(SubsPairs(h.args[0], [][2]Expr{{x, p}}))) != False {
				return true
			}
		}
		return false
	})
}

// gaussianShifted reports whether f is a Gaussian integrand without an
// elementary integral (gaussianRDE) with a factor that is a power of a
// linear polynomial a*x + b, b != 0: SymPy's meijerg takes such a
// factor as a shifted G-function.
func gaussianShifted(f Expr, x *Symbol) bool {
	if _, elementary, ok := gaussianRDE(f, x); !ok || elementary {
		return false
	}
	return slices.ContainsFunc(mulArgs(f), func(m Expr) bool {
		if p, ok := m.(*Pow); ok {
			m = p.Base()
		}
		_, isAdd := m.(*Add)
		cs, ok := polyCoeffs(m, x)
		return isAdd && ok && len(cs) == 2
	})
}

// integSqrtQuadratic integrates (c0 + c2*x**2)**(1/2) and its reciprocal
// for integers c0 > 0 and c2 != 0 in the forms SymPy's manualintegrate
// gives: x*sqrt(q)/2 + c0/(2*sqrt(|c2|))*asin(sqrt(-c2/c0)*x) (asinh
// when c2 > 0), and asin(sqrt(-c2/c0)*x)/sqrt(-c2) (asinh ...); for
// c0 < 0 and c2 = k**2, x*sqrt(q)/2 + c0/(2*k)*log(k*x + sqrt(q)) and
// log(k*x + sqrt(q))/k. Other coefficients give other forms in SymPy and
// are left alone.
func integSqrtQuadratic(q, e, c0, c2 Expr, x *Symbol) (Expr, bool) {
	i0, ok0 := c0.(*Integer)
	i2, ok2 := c2.(*Integer)
	if !ok0 || !ok2 || i0.Sign() == 0 || i2.Sign() == 0 || !(Equal(e, Half) || Equal(e, NegHalf)) {
		return nil, false
	}
	if i0.Sign() < 0 {
		// c2*x**2 - |c0| with c2 = k**2: log(k*x + sqrt(q)) (other c2
		// give SymPy's log another argument)
		if i2.Sign() < 0 {
			return nil, false
		}
		k, ok := Sqrt(c2).(*Integer)
		if !ok {
			return nil, false
		}
		lg := fnLog.call(NewAdd(NewMul(k, x), Sqrt(q)))
		if Equal(e, NegHalf) {
			return Div(lg, k), true
		}
		return NewAdd(Div(NewMul(x, Sqrt(q)), Two), NewMul(Div(c0, NewMul(Two, k)), lg)), true
	}
	inv, m := fnAsinh, c2
	if i2.Sign() < 0 {
		inv, m = fnAsin, Neg(c2)
	}
	arc := inv.call(NewMul(Sqrt(Div(m, c0)), x))
	if Equal(e, NegHalf) {
		return Div(arc, Sqrt(m)), true
	}
	return NewAdd(Div(NewMul(x, Sqrt(q)), Two), NewMul(Div(c0, NewMul(Two, Sqrt(m))), arc)), true
}

// otherTrigForm reports whether f holds a trigonometric or hyperbolic
// function whose antiderivative SymPy writes differently from dcalc's
// rules (checked against SymPy 1.14 in gen_integrate.py): tan, sec, csc,
// cot of a shifted argument a*x + b (b != 0), their powers, odd powers
// of sin and cos of a shifted argument, powers above 2 of tan and cot,
// and tanh, coth, sech, csch.
func otherTrigForm(f Expr, x *Symbol) bool {
	found := false
	var walk func(e Expr, power Expr)
	walk = func(e Expr, power Expr) {
		if found {
			return
		}
		switch t := e.(type) {
		case *Pow:
			walk(t.Base(), t.Exp())
			walk(t.Exp(), nil)
			return
		case *Func:
			if len(t.args) == 1 && Has(t.args[0], x) {
				_, b, lin := linearIn(t.args[0], x)
				shifted := lin && !isZeroInt(b)
				n, _ := power.(*Integer)
				big := n != nil && (!n.IsInt64() || n.Int64() > 2 || n.Int64() < -1)
				odd := n != nil && n.IsInt64() && n.Int64() >= 3 && n.Int64()%2 == 1
				switch t.def {
				case fnTanh, fnCoth, fnSech, fnCsch:
					found = true
				case fnTan, fnCot:
					found = shifted || big
				case fnSec, fnCsc:
					found = shifted
				case fnSin, fnCos:
					found = shifted && (odd || n != nil && n.Sign() < 0)
				}
			}
		}
		for _, a := range e.Args() {
			walk(a, nil)
		}
	}
	walk(f, nil)
	return found
}

// integPolyExp integrates c*P*exp(u) for a polynomial P and u linear in
// x, c free of x: Q with Q' + a*Q = P, and risch's form of c*Q*exp(u):
// c*Q over its common denominator, the numerator expanded and the
// constant inside it ((-6*x - 3)*exp(-2*x)/4, (-a*x - 1)*exp(-a*x)/a**2).
func integPolyExp(c, P Expr, g *Func, x *Symbol) (Expr, bool) {
	a, _, ok := linearIn(g.args[0], x)
	if !ok {
		return nil, false
	}
	var ts []Expr
	d := P
	sign := Expr(One)
	apow := a
	for !isZeroInt(d) {
		ts = append(ts, Div(NewMul(sign, d), apow))
		d = Expand(diff1(d, x))
		sign = Neg(sign)
		apow = NewMul(apow, a)
	}
	cQ := Expand(NewMul(c, NewAdd(ts...)))
	if den := coeffDenominator(cQ, x); den != nil {
		return NewMul(NewRational(big.NewInt(1), den), Expand(NewMul(NewBigInt(den), cQ)), g), true
	}
	if cs, _ := polyCoeffs(cQ, x); !slices.ContainsFunc(cs, func(c Expr) bool { return toRat(c) == nil }) {
		return NewMul(cQ, g), true
	}
	var num, den []Expr
	for _, f := range mulArgs(Together(cQ, false)) {
		if p, ok := f.(*Pow); ok && CouldExtractMinusSign(p.Exp()) {
			den = append(den, NewPow(p.Base(), Neg(p.Exp())))
			continue
		}
		if r, ok := f.(*Rational); ok {
			num, den = append(num, NewBigInt(r.Num())), append(den, NewBigInt(r.Den()))
			continue
		}
		num = append(num, f)
	}
	return NewMul(Expand(NewMul(num...)), Div(One, NewMul(den...)), g), true
}

// coeffDenominator is the least common multiple of the denominators of
// the coefficients of the polynomial q in x, or nil when it is 1 or a
// coefficient is not a rational number.
func coeffDenominator(q Expr, x *Symbol) *big.Int {
	cs, ok := polyCoeffs(q, x)
	if !ok {
		return nil
	}
	d := big.NewInt(1)
	for _, c := range cs {
		r := toRat(c)
		if r == nil {
			return nil
		}
		d = lcm(d, r.Denom())
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		return nil
	}
	return d
}

// binomialTimesRoot reports whether f is a product of a power of a
// linear binomial a*x + b (b != 0) and a fractional power of x, which
// SymPy integrates by substitution into Piecewise or shifted forms
// ((x + 1)*sqrt(x)) rather than term by term.
func binomialTimesRoot(f Expr, x *Symbol) bool {
	root, binom := false, false
	for _, m := range mulArgs(f) {
		b, e := m, Expr(One)
		if p, ok := m.(*Pow); ok {
			b, e = p.Base(), p.Exp()
		}
		switch {
		case Equal(b, x):
			_, isInt := e.(*Integer)
			root = root || !isInt
		case isAddExpr(b):
			if _, c, ok := linearIn(b, x); ok && !isZeroInt(c) {
				if n, isInt := e.(*Integer); isInt && n.Sign() > 0 {
					binom = true
				}
			}
		}
	}
	return root && binom
}

// integPolyTrigParam is c*P(x)*sin(a*x + b) (or cos) for a polynomial P
// whose coefficients are numbers or products of powers of other symbols
// (x + y) and a = q*s for a symbol s of unknown sign:
// SymPy's heurisch_wrapper answers with the parts formula for s != 0 and
// the integral at s = 0 after it, Piecewise((F, Ne(s, 0)), (F0, True)),
// the factor c outside.
func integPolyTrigParam(c, g Expr, x *Symbol) (Expr, bool) {
	var poly, coeffs []Expr
	var fn *Func
	for _, t := range mulArgs(g) {
		if f, ok := t.(*Func); ok && (f.def == fnSin || f.def == fnCos) && fn == nil {
			fn = f
			continue
		}
		cs, ok := polyCoeffs(t, x)
		if !ok {
			return nil, false
		}
		coeffs = append(coeffs, cs...)
		poly = append(poly, t)
	}
	if fn == nil || len(poly) == 0 {
		return nil, false
	}
	u := fn.args[0]
	if m, isMul := u.(*Mul); isMul && slices.ContainsFunc(m.args, func(a Expr) bool { _, s := a.(*Add); return s && Has(a, x) }) {
		return nil, false
	}
	a, _, ok := linearIn(u, x)
	if !ok || IsZero(a) != Unknown {
		return nil, false
	}
	sym, ok := paramSymbolOver(a)
	if !ok || slices.ContainsFunc(coeffs, func(k Expr) bool { return Has(k, sym) || !isPolyCoeffAtom(k) }) {
		return nil, false
	}
	P := Expand(NewMul(poly...))
	generic := Expand(polyTrig(P, fn.def, u, a, x))
	special, ok := heurischSpecialCase(g, sym, x)
	if !ok {
		return nil, false
	}
	return NewMul(c, MustApply(fnPiecewise, generic, NewRel("!=", sym, Zero), special, STrue)), true
}

// paramSymbol returns s when a is a number times the symbol s (the
// denominator heurisch_wrapper solves for s = 0).
func paramSymbol(a Expr) (*Symbol, bool) { return paramSymbolWith(a, false) }

// paramSymbolOver is paramSymbol allowing symbols divided by (the
// period L of pi*n*x/L): a is a number times s times negative powers of
// other symbols. Those symbols end up in numerators of the parts
// formula, so heurisch_wrapper's denominators vanish only at s = 0.
func paramSymbolOver(a Expr) (*Symbol, bool) { return paramSymbolWith(a, true) }

// paramSymbolWith is paramSymbol, with negative integer powers of other
// symbols allowed when over is true.
func paramSymbolWith(a Expr, over bool) (*Symbol, bool) {
	var sym *Symbol
	for _, f := range mulArgs(a) {
		if s, ok := f.(*Symbol); ok && sym == nil {
			sym = s
			continue
		}
		if isNumeric(f) {
			continue
		}
		if b, e := AsBaseExp(f); over && isSymbol(b) && IsNegative(e) == True && isIntegerValued(e) {
			continue
		}
		return nil, false
	}
	return sym, sym != nil
}

// heurischSpecialCase is heurisch_wrapper's integral of g at s = 0:
// heurisch's factor independent of x times the integral of the rest
// ((x**2/2 + x)*sin(1) for (x + 1)*sin(1)).
func heurischSpecialCase(g Expr, s *Symbol, x *Symbol) (Expr, bool) {
	g0 := SubsPairs(g, [][2]Expr{{s, Zero}})
	if !Has(g0, x) {
		return NewMul(g0, x), true
	}
	c0, d0 := independentOf(mulArgs(g0), x)
	F0, ok := integ(d0, x)
	if !ok {
		return nil, false
	}
	return NewMul(c0, F0), true
}

// integPowerTerms is the term-by-term stage of SymPy's
// Integral._eval_integral for a sum holding symbolic powers: a term
// c*(a*x + b)**e with e free of x integrates to c/a times
// Piecewise(((a*x + b)**(e + 1)/(e + 1), Ne(e, -1)), (log(a*x + b),
// True)), and a polynomial term as a polynomial (ratint). Any other term
// goes to heuristics dcalc does not reproduce: ok is false.
func integPowerTerms(f Expr, x *Symbol) (Expr, bool) {
	var parts []Expr
	for _, t := range addArgs(f) {
		c, g := independentOf(mulArgs(t), x)
		if p, ok := g.(*Pow); ok && !Has(p.Exp(), x) {
			if a, _, ok := linearIn(p.Base(), x); ok {
				var h Expr
				if isInt(p.Exp(), -1) {
					h = fnLog.call(p.Base())
				} else {
					e1 := NewAdd(p.Exp(), One)
					h = MustApply(fnPiecewise, Div(NewPow(p.Base(), e1), e1), NewRel("!=", p.Exp(), NegOne),
						fnLog.call(p.Base()), STrue)
				}
				parts = append(parts, Div(NewMul(c, h), a))
				continue
			}
		}
		if hasSymbolicPowerOf(g, x) {
			return nil, false
		}
		cs, ok := polyCoeffs(g, x)
		if !ok {
			return nil, false
		}
		var terms []Expr
		for k, ck := range cs {
			terms = append(terms, Div(NewMul(ck, NewPow(x, NewInt(int64(k+1)))), NewInt(int64(k+1))))
		}
		parts = append(parts, NewMul(c, NewAdd(terms...)))
	}
	return NewAdd(parts...), true
}

// integLinearCases is SymPy's answer for one term c*F(a*x + b) whose
// coefficient a may be zero: for sin, cos, sinh and cosh (trigintegrate,
// term by term) c*Piecewise((G(a*x + b)/a, Ne(a, 0)), (x*F(b), True)),
// and for exp(a*x) with c free of a (risch) Piecewise((c*exp(a*x)/a,
// Ne(a, 0)), (c*x, True)). Other forms (exp(a*x + b), where SymPy's
// second piece drops exp(b), or a coefficient holding a, where risch
// divides by a power of a) are refused.
func integLinearCases(f Expr, x *Symbol) (Expr, bool) {
	c, g := independentOf(mulArgs(f), x)
	if _, isMul := g.(*Mul); isMul {
		return integPolyTrigParam(c, g, x)
	}
	fn, ok := g.(*Func)
	if !ok || len(fn.args) != 1 {
		return nil, false
	}
	u := fn.args[0]
	if m, isMul := u.(*Mul); isMul && slices.ContainsFunc(m.args, func(a Expr) bool { _, s := a.(*Add); return s && Has(a, x) }) {
		return nil, false // sin(a*(x + 1)): SymPy's rules see another form
	}
	a, b, ok := linearIn(u, x)
	if !ok || IsZero(a) != Unknown {
		return nil, false
	}
	ne := NewRel("!=", a, Zero)
	if !isZeroInt(b) {
		// heurisch_wrapper's case: the condition is on the symbol that
		// makes a vanish (Ne(m, 0) for sin(pi*m*x + 1))
		sym, ok := paramSymbol(a)
		if !ok {
			return nil, false
		}
		ne = NewRel("!=", sym, Zero)
	}
	anti := map[*FuncDef]func(Expr) Expr{
		fnSin:  func(u Expr) Expr { return Neg(fnCos.call(u)) },
		fnCos:  func(u Expr) Expr { return fnSin.call(u) },
		fnSinh: func(u Expr) Expr { return fnCosh.call(u) },
		fnCosh: func(u Expr) Expr { return fnSinh.call(u) },
	}
	if G := anti[fn.def]; G != nil {
		return NewMul(c, MustApply(fnPiecewise, Div(G(u), a), ne, NewMul(x, fn.def.call(b)), STrue)), true
	}
	if fn.def == fnExp && isZeroInt(b) && !Has(a, I) && !slices.ContainsFunc(FreeSymbols(a), func(s *Symbol) bool { return Has(c, s) }) {
		return MustApply(fnPiecewise, Div(NewMul(c, g), a), ne, NewMul(c, x), STrue), true
	}
	return nil, false
}

// piecewiseRewriteForIntegral is Integral.doit's rewrite before
// integrating: Abs and sign of a real variable (realVar: the variable,
// or the limits, are real) become Piecewise, as do Max and Min.
func piecewiseRewriteForIntegral(f Expr, x *Symbol, realVar bool) Expr {
	switch {
	case hasCallOf(f, fnAbs, fnSign) && realVar:
		xr := NewDummy("xr")
		xr.assume = Assumptions{Real: true}.normalize()
		g := rewriteTo(Xreplace(f, [][2]Expr{{x, xr}}), "Piecewise")
		return Xreplace(g, [][2]Expr{{xr, x}})
	case hasCallOf(f, fnMax, fnMin):
		return rewriteTo(f, "Piecewise")
	}
	return f
}

// heurischTrigProduct reports whether f is one term (a product or power
// holding sums) with trigonometric functions that SymPy leaves to
// heurisch: its expansion has a term with two or more sine and cosine
// factors in x, or, with exp, a term that is a power of x times exp
// (heurisch writes x*exp(x) - exp(x) where dcalc's rules give
// (x - 1)*exp(x)).
func heurischTrigProduct(f Expr, x *Symbol) bool {
	_, g := independentOf(mulArgs(f), x)
	if _, isAdd := g.(*Add); isAdd || !hasTrig(g) && !hasCallOf(g, fnSinh, fnCosh) {
		return false
	}
	e, ok := Expand(g).(*Add)
	if !ok {
		return false
	}
	withExp := hasCallOf(g, fnExp)
	return slices.ContainsFunc(e.args, func(t Expr) bool {
		if trigDegree(t, x) >= 2 {
			return true
		}
		return withExp && trigDegree(t, x) == 0 && slices.ContainsFunc(mulArgs(t), func(a Expr) bool {
			b := a
			if p, ok := a.(*Pow); ok {
				b = p.Base()
			}
			return Equal(b, x)
		})
	})
}

// trigDegree is the number of sine, cosine, sinh and cosh factors in x
// of a term, counted with their positive integer powers.
func trigDegree(t Expr, x *Symbol) int {
	n := 0
	for _, a := range mulArgs(t) {
		b, k := a, 1
		if p, ok := a.(*Pow); ok {
			z, isInt := p.Exp().(*Integer)
			if !isInt || z.Sign() <= 0 || !z.IsInt64() {
				continue
			}
			b, k = p.Base(), int(z.Int64())
		}
		if isCallOf(b, fnSin, fnCos, fnSinh, fnCosh) && Has(b, x) {
			n += k
		}
	}
	return n
}

// expandsToSum reports whether f is one term (a product or power) whose
// expansion is a sum.
func expandsToSum(f Expr, x *Symbol) bool {
	_, g := independentOf(mulArgs(f), x)
	if _, isAdd := g.(*Add); isAdd {
		return false
	}
	_, isAdd := Expand(g).(*Add)
	return isAdd
}

// eiScaledWithLog reports whether F holds log beside Ei of a multiple of
// x other than x itself.
func eiScaledWithLog(F Expr, x *Symbol) bool {
	if !hasCallOf(F, fnLog) {
		return false
	}
	found := false
	var walk func(Expr)
	walk = func(e Expr) {
		if f, ok := e.(*Func); ok && f.def == fnEi && !Equal(f.args[0], x) {
			found = true
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(F)
	return found
}

// sharedLogPower reports whether two terms of F hold the same power
// log(x)**m (m >= 1) of the logarithm of x itself.
func sharedLogPower(F Expr, x *Symbol) bool {
	var seen []Expr
	for _, t := range addArgs(F) {
		for _, m := range mulArgs(t) {
			b := m
			if p, ok := m.(*Pow); ok {
				b = p.Base()
			}
			if f, ok := b.(*Func); ok && f.def == fnLog && Equal(f.args[0], x) {
				if slices.ContainsFunc(seen, func(s Expr) bool { return Equal(s, m) }) {
					return true
				}
				seen = append(seen, m)
			}
		}
	}
	return false
}

// positiveForRealX reports whether the polynomial with coefficients cs
// (lowest degree first, symbols allowed) is positive for every real x:
// only even powers, none with a coefficient that may be negative, and a
// positive constant term (a**2 + x**2 for a positive a).
func positiveForRealX(cs []Expr) bool {
	if len(cs) == 0 || IsPositive(cs[0]) != True {
		return false
	}
	for i := 1; i < len(cs); i++ {
		if i%2 == 1 && IsZero(cs[i]) != True || i%2 == 0 && isNonnegative(cs[i]) != True {
			return false
		}
	}
	return true
}

// isRationalFunctionIn reports whether f is a rational function of x
// alone with rational coefficients (Add, Mul and integer powers of x and
// of rational numbers).
func isRationalFunctionIn(f Expr, x *Symbol) bool {
	switch t := f.(type) {
	case *Integer, *Rational:
		return true
	case *Symbol:
		return Equal(t, x)
	case *Pow:
		_, ok := t.Exp().(*Integer)
		return ok && isRationalFunctionIn(t.Base(), x)
	case *Add, *Mul:
		for _, a := range f.Args() {
			if !isRationalFunctionIn(a, x) {
				return false
			}
		}
		return true
	}
	return false
}

// isPolyCoeffAtom reports whether k is a number or a product of numbers
// and integer powers of symbols.
func isPolyCoeffAtom(k Expr) bool {
	for _, f := range mulArgs(k) {
		b, e := AsBaseExp(f)
		if _, isSym := b.(*Symbol); !isNumeric(f) && (!isSym || !isIntegerValued(e)) {
			return false
		}
	}
	return true
}

// isIntegerValued reports whether e is an Integer.
func isIntegerValued(e Expr) bool { _, ok := e.(*Integer); return ok }

// IntegralAsSum is Integral.as_sum(n, method, evaluate=False): the
// Riemann sum dx*Sum(f(x_k), (k, 1, n)) of a definite integral of one
// variable over a finite interval, dx = (b - a)/n, with x_k = a + (k -
// 1)*dx (left), a + k*dx (right), a + k*dx - dx/2 (midpoint), or the
// trapezoid rule dx*((f(a) + f(b))/2 + Sum(f(a + k*dx), (k, 1, n - 1))).
// n nil is a positive integer Dummy. The errors are SymPy's.
func IntegralAsSum(e Expr, n Expr, method string) (Expr, error) {
	f, lims, ok := WithLimitsParts(e)
	if fn, isFn := e.(*Func); !ok || !isFn || !isIntegral(fn) {
		return nil, errorf("AttributeError", "'%s' object has no attribute 'as_sum'", className(e))
	}
	if len(lims) > 1 {
		return nil, notImpl("Multidimensional midpoint rule not implemented yet")
	}
	l := lims[0].Args()
	if len(l) != 3 || IsFinite(l[1]) == False || IsFinite(l[2]) == False {
		return nil, errorf("ValueError", "Expecting a definite integral over a finite interval.")
	}
	if n == nil {
		n = NewDummyAssumed("n", Assumptions{Integer: true, Positive: true})
	}
	if IsPositive(n) == False || IsIntegerValued(n) == False || IsFinite(n) == False {
		return nil, errorf("ValueError", "n must be a positive integer, got %s", Str(n))
	}
	x, a, b := l[0], l[1], l[2]
	dx := Div(Sub(b, a), n)
	k := NewDummyAssumed("k", Assumptions{Integer: true, Positive: true})
	at := func(p Expr) Expr { return SubsPairs(f, [][2]Expr{{x, p}}) }
	sum := func(p Expr, upper Expr) Expr { return NewSum(at(p), [][3]Expr{{k, One, upper}}) }
	switch method {
	case "left":
		return NewMul(dx, sum(NewAdd(a, NewMul(Sub(k, One), dx)), n)), nil
	case "right":
		return NewMul(dx, sum(NewAdd(a, NewMul(k, dx)), n)), nil
	case "midpoint":
		return NewMul(dx, sum(Sub(NewAdd(a, NewMul(k, dx)), Div(dx, Two)), n)), nil
	case "trapezoid":
		return NewMul(dx, NewAdd(Div(NewAdd(at(a), at(b)), Two), sum(NewAdd(a, NewMul(k, dx)), Sub(n, One)))), nil
	}
	return nil, errorf("ValueError", "Unknown method %s", method)
}

// irreducibleDenominator reports whether the denominator of the rational
// function f is a constant times a power of one irreducible polynomial
// over the rationals.
func irreducibleDenominator(f Expr, x *Symbol) bool {
	_, d := asNumerDenom(Together(f, false))
	_, fs, err := FactorList(Expand(d))
	if err != nil {
		return false
	}
	n := 0
	for _, fp := range fs {
		if Has(fp.Base, x) {
			n++
		}
	}
	return n == 1
}
