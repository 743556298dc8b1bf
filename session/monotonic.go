package session

import (
	"github.com/dcalc/dcalc/engine"
)

// SymPy's sympy.calculus helpers on the sign of a derivative:
// is_increasing and its strict and decreasing variants, is_monotonic
// (monotonicity_helper: the interval lies inside the set where the
// derivative has the sign, found by solveset over the reals) and
// stationary_points (solveset of the derivative over the domain).

// monotonicRows binds the four monotonicity tests and stationary_points.
var monotonicRows = func() []*binding {
	tests := []struct{ name, op, doc string }{
		{"is_increasing", ">=", "Whether f is increasing on the interval (f' >= 0 there)."},
		{"is_strictly_increasing", ">", "Whether f is strictly increasing on the interval (f' > 0 there)."},
		{"is_decreasing", "<=", "Whether f is decreasing on the interval (f' <= 0 there)."},
		{"is_strictly_decreasing", "<", "Whether f is strictly decreasing on the interval (f' < 0 there)."},
	}
	var rows []*binding
	for _, t := range tests {
		rows = append(rows, &binding{Name: t.name, Honours: "interval symbol", Doc: t.doc,
			Fn: func(in *interp, a *callArgs) Value {
				return in.monotonic(a.Get("expression"), a.Get("interval"), a.Get("symbol"), t.op)
			}})
	}
	rows = append(rows, &binding{Name: "is_monotonic", Honours: "interval symbol",
		Doc: "Whether f is monotonic on the interval: f' has no zero there (solveset of f', as stationary_points finds them).",
		Fn: func(in *interp, a *callArgs) Value {
			f := in.sympify(a.Get("expression"))
			x := in.calculusVariable(f, a.Get("symbol"))
			intv := a.Get("interval")
			if intv == nil || intv == none {
				intv = realsSet
			}
			// interval.intersection(turning_points) is S.EmptySet
			s, ok := in.stationaryPoints(f, x, intv).(*symSet)
			return ok && s.kind == "EmptySet"
		}})
	rows = append(rows, &binding{Name: "singularities", Honours: "domain",
		Doc: "The points where a rational function is undefined: the zeros of the bases of its negative powers (over the reals for a real symbol, else the complexes).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.singularities(in.sympify(a.Get("expression")), a.Get("symbol"), a.Get("domain"))
		}})
	rows = append(rows, &binding{Name: "stationary_points", Honours: "domain", Doc: "The points where f' = 0 in the domain (S.Reals or an Interval), for polynomials.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.stationaryPoints(a.Get("f"), a.Get("symbol"), a.Get("domain"))
		}})
	return rows
}()

// calculusVariable is the symbol of monotonicity_helper: the given one,
// else the expression's only free symbol.
func (in *interp) calculusVariable(f engine.Expr, symv Value) *engine.Symbol {
	if symv != nil && symv != none {
		s, ok := in.sympify(symv).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc takes a symbol as the variable")
		}
		return s
	}
	switch fs := engine.FreeSymbols(f); len(fs) {
	case 0:
		return engine.NewSymbol("x", engine.Assumptions{})
	case 1:
		return fs[0]
	}
	throw("NotImplementedError", "The function has not yet been implemented for all multivariate expressions.")
	return nil
}

// realSetParts is a set argument as union parts (S.Reals by default).
func (in *interp) realSetParts(v Value, what string) []engine.SetPart {
	if v == nil || v == none {
		v = realsSet
	}
	s, ok := v.(*symSet)
	if ok {
		if parts, ok := s.realParts(); ok {
			return parts
		}
	}
	throw("NotImplementedError", "dcalc takes S.Reals, an Interval, a Union or a FiniteSet of real numbers as the %s", what)
	return nil
}

// monotonic is monotonicity_helper(f, lambda d: d op 0, interval, symbol).
func (in *interp) monotonic(fv, intv, symv Value, op string) Value {
	f := in.sympify(fv)
	x := in.calculusVariable(f, symv)
	interval := in.realSetParts(intv, "interval")
	d, err := engine.Diff(f, engine.VarCount{Var: x, Count: 1})
	if err != nil {
		panic(err)
	}
	// the factors positive over the reals do not change the sign
	d = engine.DropPositiveFactors(d, x)
	var where []engine.SetPart
	switch engine.RelTruth(op, d, engine.Zero) {
	case engine.True:
		where = []engine.SetPart{{Lo: engine.NegOo, Hi: engine.Oo, LOpen: true, HOpen: true}}
	case engine.False:
	default:
		parts, all, err := engine.SolveInequalitySet([]engine.Inequality{{Op: op, Expr: d}}, x)
		if err != nil {
			panic(err)
		}
		where = parts
		if all {
			where = []engine.SetPart{{Lo: engine.NegOo, Hi: engine.Oo, LOpen: true, HOpen: true}}
		}
	}
	t, err := engine.SetIsSubset(interval, where)
	if err != nil {
		panic(err)
	}
	return triValue(t) // interval.is_subset(where): True, False or None
}

// stationaryPoints is stationary_points(f, symbol, domain) for
// polynomials and rational functions (the real roots of f' in the
// domain without the poles) and for sin/cos expressions on a bounded
// interval.
func (in *interp) stationaryPoints(fv, symv, domv Value) Value {
	if _, isExpr := fv.(engine.Expr); !isExpr {
		throw("AttributeError", "'%s' object has no attribute 'atoms'", typeName(fv))
	}
	f := in.sympify(fv)
	x, ok := in.sympify(symv).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "dcalc's stationary_points takes a symbol")
	}
	polynomial := engine.IsPolynomial(f, []engine.Expr{x})
	domain := in.realSetParts(domv, "domain")
	trig := !polynomial && engine.IsContinuousTrig(f, x)
	if !polynomial && !trig {
		poles, ok := rationalPoles(f, x)
		if !ok {
			throw("NotImplementedError", "dcalc's stationary_points takes a polynomial, a rational function or a sin/cos expression (SymPy first restricts the domain to where f is continuous)")
		}
		// continuous_domain, then the real zeros of f' there
		if len(poles) > 0 {
			domain = combineParts('-', domain, []engine.SetPart{{Points: poles}})
		}
		polynomial = true
	}
	d, err := engine.Diff(f, engine.VarCount{Var: x, Count: 1})
	if err != nil {
		panic(err)
	}
	if trig {
		// solveset(f', x, domain) on a bounded interval
		if len(domain) != 1 || domain[0].Points != nil {
			throw("NotImplementedError", "dcalc's stationary_points takes one bounded Interval as the domain of a sin/cos expression (SymPy answers ImageSets)")
		}
		sols, all, err := engine.SolveSetInterval(d, x, domain[0])
		if err != nil {
			panic(err)
		}
		if all {
			return in.setFromParts(domain)
		}
		if len(sols) == 0 {
			return emptySet
		}
		return in.setFromParts([]engine.SetPart{{Points: sols}})
	}
	if engine.IsZero(d) == engine.True {
		return in.setFromParts(domain)
	}
	roots, all, err := engine.SolveSetRational(d, x, true)
	if err != nil {
		panic(err)
	}
	if all {
		return in.setFromParts(domain)
	}
	if len(roots) == 0 {
		return emptySet
	}
	return in.combineSets('&', []engine.SetPart{{Points: roots}}, domain)
}

// functionRange is function_range(f, symbol, domain) for polynomials
// and exponentials of polynomials (continuous, not periodic):
// on each interval of the domain the values at its closed ends, the
// limits at its open ones and the values at the critical points inside,
// as an Interval from the least to the greatest (open where only a limit
// reaches it).
func (in *interp) functionRange(fv, symv, domv Value) []engine.SetPart {
	if _, isExpr := fv.(engine.Expr); !isExpr {
		throw("AttributeError", "'%s' object has no attribute 'subs'", typeName(fv))
	}
	f := in.sympify(fv)
	x, ok := in.sympify(symv).(*engine.Symbol)
	if !ok {
		throw("ValueError", "%s is not a valid symbol.", in.str(symv))
	}
	domain := in.realSetParts(domv, "domain")
	if len(domain) == 0 {
		throw("ValueError", "Minimum value not defined for empty domain.")
	}
	polyExp := engine.IsPolyExp(f, x)
	rational := false
	if !polyExp && !engine.IsContinuousTrig(f, x) {
		poles, ok := rationalPoles(f, x)
		if !ok {
			throw("NotImplementedError", "dcalc finds the range of polynomials, rational functions, exponentials and sin/cos expressions only (SymPy first splits the domain where f is continuous)")
		}
		// continuous_domain: the domain without the real poles
		rational = true
		if len(poles) > 0 {
			domain = combineParts('-', domain, []engine.SetPart{{Points: poles}})
		}
	}
	if !engine.Has(f, x) {
		return []engine.SetPart{{Points: []engine.Expr{engine.Expand(f)}}}
	}
	d, err := engine.Diff(f, engine.VarCount{Var: x, Count: 1})
	if err != nil {
		panic(err)
	}
	var crit []engine.Expr
	switch {
	case polyExp:
		if crit, err = engine.Solve(d, x); err != nil {
			panic(err)
		}
	case rational:
		// solveset(f', x, S.Reals): the real zeros of the derivative
		var all bool
		if crit, all, err = engine.SolveSetRational(d, x, true); err != nil {
			panic(err)
		}
		if all {
			throw("NotImplementedError", "dcalc's function_range: f is constant on an interval")
		}
	default:
		domain = periodicDomain(f, x, domain)
	}
	at := func(p engine.Expr) engine.Expr { return engine.SubsPairs(f, [][2]engine.Expr{{x, p}}) }
	var out []engine.SetPart
	for _, part := range domain {
		if part.Points != nil {
			var vals []engine.Expr
			for _, p := range part.Points {
				vals = append(vals, at(p))
			}
			out = combineParts('|', out, []engine.SetPart{{Points: vals}})
			continue
		}
		var vals, limits []engine.Expr
		for _, end := range []struct {
			open bool
			p    engine.Expr
			dir  string
		}{{part.LOpen, part.Lo, "+"}, {part.HOpen, part.Hi, "-"}} {
			if end.open {
				l, err := engine.Limit(f, x, end.p, end.dir)
				if err != nil {
					panic(err)
				}
				limits = append(limits, l)
				vals = append(vals, l)
			} else {
				vals = append(vals, at(end.p))
			}
		}
		if !polyExp && !rational {
			// solveset(f', x, interval)
			cs, all, err := engine.SolveSetInterval(d, x, part)
			if err != nil {
				panic(err)
			}
			if all {
				throw("NotImplementedError", "dcalc's function_range: f is constant on an interval")
			}
			crit = cs
		}
		for _, c := range crit {
			if engine.IsReal(c) != engine.True {
				continue
			}
			if engine.Equal(engine.SetContains([]engine.SetPart{part}, c), engine.STrue) {
				vals = append(vals, at(c))
			}
		}
		lo, hi := engine.SetBounds([]engine.SetPart{{Points: vals}})
		lopen, hopen := false, false
		for _, l := range limits {
			lopen = lopen || engine.Equal(l, lo)
			hopen = hopen || engine.Equal(l, hi)
		}
		iv, _ := engine.NewIntervalSet(lo, hi, lopen, hopen)
		out = combineParts('|', out, iv) // (values that do not compare are refused)
	}
	return out
}

// rationalPoles reads f as a rational function of x with rational
// coefficients and returns the real zeros of its denominators as
// written (continuous_domain leaves out 0 for 2*x/(x**2 - x) though the
// quotient cancels); ok is false for other expressions.
func rationalPoles(f engine.Expr, x *engine.Symbol) ([]engine.Expr, bool) {
	if len(engine.FreeSymbols(f)) != 1 {
		return nil, false
	}
	xs := []engine.Expr{x}
	var poles []engine.Expr
	parts := func(e engine.Expr, sum bool) []engine.Expr {
		_, isAdd := e.(*engine.Add)
		_, isMul := e.(*engine.Mul)
		if sum && isAdd || !sum && isMul {
			return e.Args()
		}
		return []engine.Expr{e}
	}
	for _, t := range parts(f, true) {
		for _, fa := range parts(t, false) {
			b, e := engine.AsBaseExp(fa)
			k, isInt := e.(*engine.Integer)
			switch {
			case !engine.IsPolynomial(b, xs) || !isInt:
				return nil, false
			case k.Sign() < 0 && engine.Has(b, x):
				zs, _, err := engine.SolveSetRational(b, x, true)
				if err != nil {
					return nil, false
				}
				poles = append(poles, zs...)
			}
		}
	}
	return poles, true
}

// periodicDomain is function_range's first step for a periodic f: a
// domain with an unbounded interval becomes one period, Interval(0, p);
// an f that is not periodic needs bounded intervals.
func periodicDomain(f engine.Expr, x *engine.Symbol, domain []engine.SetPart) []engine.SetPart {
	p, err := engine.Periodicity(f, x)
	if err != nil {
		panic(err)
	}
	for _, part := range domain {
		if part.Points == nil && (engine.IsFinite(part.Lo) != engine.True || engine.IsFinite(part.Hi) != engine.True) {
			if p == nil {
				throw("NotImplementedError", "dcalc's function_range takes an aperiodic f with sin or cos on bounded intervals only")
			}
			return []engine.SetPart{{Lo: engine.Zero, Hi: p}}
		}
	}
	return domain
}

// calculusUtilRows are names sympy.calculus.util has and sympy's own
// namespace does not (from sympy import * leaves them out); filled by
// init, as the rows reach the module views that list them.
var calculusUtilRows []*binding

func init() {
	calculusUtilRows = []*binding{
		{Name: "function_range", Sig: "(f, symbol, domain)", Honours: "domain", Doc: "The range of f (a polynomial, exponentials, sin and cos) over the domain, as an Interval.",
			Fn: func(in *interp, a *callArgs) Value {
				return in.setFromParts(in.functionRange(a.Get("f"), a.Get("symbol"), a.Get("domain")))
			}},
	}
}

// rangeRows binds minimum and maximum (function_range's inf and sup)
// and periodicity.
var rangeRows = []*binding{
	{Name: "periodicity", Honours: "", Doc: "The period of f in symbol (0 for a constant, None when aperiodic).",
		Fn: func(in *interp, a *callArgs) Value {
			if c := a.Get("check"); c != nil && in.truth(c, nil) {
				throw("NotImplementedError", "dcalc's periodicity does not check the period (check=True) yet")
			}
			if _, isExpr := a.Get("f").(engine.Expr); !isExpr {
				throw("AttributeError", "'%s' object has no attribute 'subs'", typeName(a.Get("f")))
			}
			x, ok := in.sympify(a.Get("symbol")).(*engine.Symbol)
			if !ok {
				throw("NotImplementedError", "dcalc's periodicity takes a Symbol")
			}
			p, err := engine.Periodicity(in.sympify(a.Get("f")), x)
			if err != nil {
				panic(err)
			}
			if p == nil {
				return none
			}
			return p
		}},
	{Name: "minimum", Honours: "domain", Doc: "The least value (infimum) of f (a polynomial, or built from exponentials of polynomials) on the domain.",
		Fn: func(in *interp, a *callArgs) Value {
			lo, _ := engine.SetBounds(in.functionRange(a.Get("f"), a.Get("symbol"), a.Get("domain")))
			return lo
		}},
	{Name: "maximum", Honours: "domain", Doc: "The greatest value (supremum) of f (a polynomial, or built from exponentials of polynomials) on the domain.",
		Fn: func(in *interp, a *callArgs) Value {
			_, hi := engine.SetBounds(in.functionRange(a.Get("f"), a.Get("symbol"), a.Get("domain")))
			return hi
		}},
}

// singularities is SymPy's singularities for rational functions: the
// union of solveset(b, x, domain) over the bases b of the negative
// powers (domain None: the reals for a real symbol, else the
// complexes). Functions (log, trigonometric: SymPy rewrites them and
// answers with ImageSets) are refused.
func (in *interp) singularities(e engine.Expr, symv, domv Value) Value {
	x, ok := in.sympify(symv).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "dcalc's singularities takes a Symbol")
	}
	reals := engine.IsReal(x) == engine.True
	if domv != nil && domv != none {
		d, ok := domv.(*symSet)
		if !ok || d.kind != "Reals" && d.kind != "Complexes" {
			throw("NotImplementedError", "dcalc's singularities takes the domain S.Reals or S.Complexes")
		}
		reals = d.kind == "Reals"
	}
	if engine.HasFunc(e) {
		throw("NotImplementedError", "dcalc's singularities handles rational functions (SymPy answers others with ImageSets)")
	}
	var items []Value
	for _, b := range engine.NegativePowerBases(e) {
		roots, all, err := engine.SolveSetRational(b, x, reals)
		if err != nil {
			panic(err)
		}
		if all {
			throw("NotImplementedError", "dcalc's singularities: a denominator that vanishes everywhere")
		}
		for _, r := range roots {
			items = append(items, r)
		}
	}
	return newFiniteSet(in, items)
}
