package session

import (
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file binds SymPy's calculus functions (solve, series, limit,
// integrate, simplify) and the matching Expr methods.

// calculusTable binds solve, limit, integrate, simplify and series.
var calculusTable = []*binding{
	{Name: "solve", Honours: "dict set", Doc: "Solve equations (expressions equal to zero) for the given symbols.",
		Fn: func(in *interp, a *callArgs) Value {
			f := a.Get("f")
			if p, ok := f.(*polyValue); ok { // solve() reads a Poly as its expression
				f = p.expr()
			}
			args := append([]Value{f}, a.Rest()...)
			// solve(EL, Derivative(theta(t), (t, 2))): SymPy solves for a
			// Dummy in its place and puts it back in the answer
			args, back := in.swapFunctionTargets(args)
			return in.replaceIn(in.solveAs(a, args), back)
		}},
	{Name: "reduce_inequalities", Honours: "symbols",
		Doc: "The solution of polynomial inequalities in one symbol as a relation, And, Or or truth value.",
		Fn: func(in *interp, a *callArgs) Value {
			var syms []Value
			switch s := a.Get("symbols").(type) {
			case nil:
			case *List, *Tuple:
				syms = in.toSlice(s)
			default:
				syms = []Value{s}
			}
			if r, ok := in.solveInequalities(a.Get("inequalities"), syms); ok {
				return r
			}
			throw("NotImplementedError", "dcalc's reduce_inequalities takes inequalities (<, <=, >, >=) only")
			return nil
		}},
	{Name: "solve_univariate_inequality", Honours: "relational domain",
		Doc: "The solution of a polynomial inequality in one symbol: a relation, or a set with relational=False.",
		Fn: func(in *interp, a *callArgs) Value {
			r, ok := a.Get("expr").(*Relational)
			if !ok || r.Op == "==" || r.Op == "!=" {
				throw("NotImplementedError", "dcalc's solve_univariate_inequality takes an inequality (<, <=, >, >=)")
			}
			set := in.solvesetInequality(r, a.Get("gen"), a.Or("domain", realsSet))
			if !in.truth(a.Or("relational", true), nil) {
				return set
			}
			return in.partsAsRelational(in.realSetParts(set, "solution"), a.Get("gen"))
		}},
	{Name: "Limit", Sig: "(e, z, z0, dir='+')", Honours: "dir",
		Doc: "The unevaluated limit of e as z tends to z0; .doit() takes it.",
		Fn: func(in *interp, a *callArgs) Value {
			z, ok := in.sympify(a.Get("z")).(*engine.Symbol)
			if !ok {
				throw("NotImplementedError", "dcalc's Limit takes a Symbol as its variable")
			}
			dir := "+"
			switch d := a.Get("dir").(type) {
			case nil:
			case string:
				dir = d
			case *engine.Symbol:
				dir = d.Name()
			default:
				throw("TypeError", "direction must be of type basestring or Symbol, not <class '%s'>", typeName(d))
			}
			r, err := engine.NewLimit(in.sympify(a.Get("e")), z, in.sympify(a.Get("z0")), dir)
			if err != nil {
				panic(err)
			}
			return r
		}},
	{Name: "summation", Sig: "(f, *symbols, **kwargs)",
		Doc: "The sum of f over the limits (i, a, b): Sum(f, ...).doit().",
		Fn: func(in *interp, a *callArgs) Value {
			return engine.Doit(engine.NewSum(in.sympify(a.Get("f")), in.concreteLimits("summation", a.Rest())))
		}},
	{Name: "product", Sig: "(*args, **kwargs)",
		Doc: "The product of f over the limits (i, a, b): Product(f, ...).doit().",
		Fn: func(in *interp, a *callArgs) Value {
			args := a.Rest()
			if len(args) == 0 {
				throw("TypeError", "product() missing the expression")
			}
			return engine.Doit(engine.NewProduct(in.sympify(args[0]), in.concreteLimits("product", args[1:])))
		}},
	{Name: "limit", Honours: "dir", Doc: "The limit of e as z tends to z0, from dir ('+', '-' or '+-').",
		Fn: func(in *interp, a *callArgs) Value { return in.limit(a.legacy()) }},
	{Name: "integrate", Doc: "Antiderivative integrate(f, x) or definite integral integrate(f, (x, a, b)).",
		Fn: func(in *interp, a *callArgs) Value { return in.integrate(a.legacy()) }},
	{Name: "simplify", Doc: "Simplify by trying SymPy's strategies and keeping the simplest result.",
		Fn: func(in *interp, a *callArgs) Value {
			e := a.Get("expr")
			if m, ok := in.matrixMethod(e, "simplify", nil, nil); ok {
				return m
			}
			if p, ok := e.(*polyValue); ok { // a Poly is already simplest
				return p
			}
			if nv, ok := e.(*ndimValue); ok {
				return in.elementwise(nv, "simplify", nil, nil)
			}
			if w, ok := e.(*vectorValue); ok {
				return in.vectorEach(w.v, "simplify", nil, nil)
			}
			if r, ok := e.(*Relational); ok {
				return in.relSimplify(r)
			}
			if b, ok := e.(*sympyBool); ok {
				return b // true and false are their own simplification
			}
			return engine.Simplify(in.sympify(e))
		}},
	{Name: "trigsimp", Honours: "method", Doc: "Simplify trigonometric expressions by Fu's rules (method='matching': SymPy's futrig; method='fu': fu()).",
		Fn: func(in *interp, a *callArgs) Value { return in.trigsimp(in.sympify(a.Get("expr")), a.Get("method")) }},
	{Name: "series", Honours: "x x0 n dir", Doc: "The power series of expr about x0 up to O((x - x0)**n).",
		Fn: func(in *interp, a *callArgs) Value { return in.series(a.legacy()) }},
	{Name: "count_ops", Doc: "The number of operations in expr, as SymPy's simplify measures it (visual=False).",
		Fn: func(in *interp, a *callArgs) Value {
			return big.NewInt(int64(engine.CountOps(in.subsValue(a.Get("expr")))))
		}},
	stepsRow,
	{Name: "euler_equations", Honours: "funcs vars", Doc: "The Euler-Lagrange equations of the Lagrangian L, as a list of Eq(..., 0).",
		Fn: func(in *interp, a *callArgs) Value { return in.eulerEquations(a) }},
	{Name: "idiff", Honours: "n", Doc: "dy/dx (or the n-th derivative) on the curve eq = 0 by implicit differentiation.",
		Fn: func(in *interp, a *callArgs) Value {
			var ys []engine.Expr
			if yv := a.Get("y"); in.isIterable(yv) {
				in.iterate(yv, func(v Value) bool { ys = append(ys, in.sympify(v)); return true })
			} else {
				ys = []engine.Expr{in.sympify(yv)}
			}
			x, ok := in.sympify(a.Get("x")).(*engine.Symbol)
			if !ok || len(ys) == 0 {
				throw("NotImplementedError", "dcalc's idiff() takes a symbol x and y as a symbol, a list of symbols or f(x)")
			}
			n := 1
			if nv := a.Get("n"); nv != nil {
				n = int(in.toIndex(nv))
			}
			r, err := engine.Idiff(in.sympify(a.Get("eq")), ys, x, n)
			if err != nil {
				panic(err)
			}
			return r
		}},
}

// equationExpr turns an equation value into an expression equal to zero.
func (in *interp) equationExpr(v Value) engine.Expr {
	if r, ok := v.(*Relational); ok {
		if r.Op == "==" {
			return engine.Sub(r.Lhs, r.Rhs)
		}
		throw("NotImplementedError", "dcalc does not solve Ne relations yet (SymPy answers %s with conditions)", r.Str())
	}
	return in.sympify(v)
}

func (in *interp) solveSymbols(f []engine.Expr, args []Value) []*engine.Symbol {
	var syms []*engine.Symbol
	if len(args) == 1 {
		switch x := args[0].(type) {
		case *List, *Tuple, *matrixValue:
			args = in.toSlice(x)
		}
	}
	for _, a := range args {
		s, ok := in.sympify(a).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "solving for non-symbols is not supported")
		}
		syms = append(syms, s)
	}
	if len(syms) == 0 {
		seen := map[string]bool{}
		for _, e := range f {
			for _, s := range engine.FreeSymbols(e) {
				if !seen[s.Name()] {
					seen[s.Name()] = true
					syms = append(syms, s)
				}
			}
		}
	}
	return syms
}

// sequenceOfEquations reports whether solve's first argument is a
// sequence of equations: a list, a tuple or a Matrix (a gradient), which
// SymPy iterates, a Matrix row by row.
func sequenceOfEquations(f Value) (Value, bool) {
	switch f.(type) {
	case *List, *Tuple, *matrixValue:
		return f, true
	}
	return nil, false
}

// solveEquations is solve's equations as expressions equal to zero.
func (in *interp) solveEquations(f Value) []engine.Expr {
	seq, ok := sequenceOfEquations(f)
	if !ok {
		return []engine.Expr{in.equationExpr(f)}
	}
	var eqs []engine.Expr
	for _, it := range in.toSlice(seq) {
		eqs = append(eqs, in.equationExpr(it))
	}
	return eqs
}

// firstItem is a list's first item, or nil.
func firstItem(l *List) Value {
	if len(l.Items) == 0 {
		return nil
	}
	return l.Items[0]
}

func (in *interp) solve(f Value, rest []Value) Value {
	if _, ok := truthOf(f); ok {
		return &List{} // solve(True) and solve(False): no solutions listed
	}
	if r, ok := in.solveInequalities(f, rest); ok {
		return r
	}
	eqs := in.solveEquations(f)
	_, isList := sequenceOfEquations(f)
	syms := in.solveSymbols(eqs, rest)
	eqs, none, err := engine.DropParameterEquations(eqs, syms)
	if err != nil {
		panic(err)
	}
	if none {
		return &List{}
	}
	if !isList && len(syms) == 1 {
		rs, err := engine.Solve(eqs[0], syms[0])
		if err != nil {
			panic(err)
		}
		items := make([]Value, len(rs))
		for i, r := range rs {
			items[i] = r
		}
		return &List{Items: items}
	}
	if r, ok := in.solveComponents(eqs, syms); ok {
		return r
	}
	return in.solveSystem(eqs, syms)
}

// solveSystem is _solve_system on polynomial equations: a Dict for a
// linear system, a List of Tuples (in the order of syms) otherwise.
func (in *interp) solveSystem(eqs []engine.Expr, syms []*engine.Symbol) Value {
	eqs, floats := engine.RationalizeSystem(eqs)
	nfloat := func(v engine.Expr) engine.Expr {
		if !floats {
			return v
		}
		r, err := engine.NfloatSolution(v)
		if err != nil {
			panic(err)
		}
		return r
	}
	sol, ok, err := engine.SolveLinear(eqs, syms)
	if err != nil && !engine.IsNonlinear(err) {
		panic(err)
	}
	if err != nil {
		tups, err2 := engine.SolvePolySystem(eqs, syms)
		if err2 != nil {
			panic(err2)
		}
		if floats {
			for _, t := range tups {
				for i := range t {
					t[i] = nfloat(t[i])
				}
			}
			engine.SortFloatSolutions(tups)
		}
		return &List{Items: tupleValues(tups)}
	}
	if !ok {
		return &List{}
	}
	d := newDict()
	for _, p := range sol {
		d.Set(p[0], nfloat(p[1]))
	}
	return d
}

// calculusMethodTable binds the calculus methods of expressions.
var calculusMethodTable = []*binding{
	exprMethod("simplify", "", "Simplify by trying SymPy's strategies and keeping the simplest result.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return engine.Simplify(e) }),
	exprMethod("gammasimp", "", "gammasimp(e): products and ratios of gamma functions reduced.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return mustExpr(engine.Gammasimp(e)) }),
	exprMethod("combsimp", "", "combsimp(e): factorials and binomials reduced.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return mustExpr(engine.Combsimp(e)) }),
	exprMethod("trigsimp", "", "Simplify trigonometric expressions by Fu's rules (SymPy's futrig, method='matching').",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.trigsimp(e, nil) }),
	exprMethod("integrate", "", "Antiderivative e.integrate(x) or definite integral e.integrate((x, a, b)).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.integrate(append([]Value{e}, a.Rest()...), nil)
		}),
	exprMethod("limit", "dir", "The limit as x tends to xlim, from dir ('+', '-' or '+-').",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			args, kw := a.legacy()
			return in.limit(append([]Value{e}, args...), kw)
		}),
	exprMethod("series", "x x0 n dir", "The power series about x0 up to O((x - x0)**n).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			args, kw := a.legacy()
			return in.series(append([]Value{e}, args...), kw)
		}),
	exprMethod("as_poly", "domain", "The Poly of the expression in the given generators (or its own), or None when it is not a polynomial in them.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.asPoly(e, a)
		}),
	exprMethod("is_polynomial", "", "Whether the expression is a polynomial in the given symbols (default: its free symbols).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			var syms []engine.Expr
			for _, s := range a.Rest() {
				syms = append(syms, in.sympify(s))
			}
			if engine.IsPiecewise(e) && !engine.IsPolynomial(e, syms) {
				return none // Piecewise has no _eval_is_polynomial
			}
			return engine.IsPolynomial(e, syms)
		}),
	exprMethod("coeff", "n", "The coefficient of x**n: what multiplies it in the terms that contain it.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			n := 1
			if v := a.Get("n"); v != nil {
				n = int(in.toIndex(v))
			}
			return mustExpr(engine.Coeff(e, in.sympify(a.Get("x")), n))
		}),
	exprMethod("removeO", "", "The series without its O() term.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return engine.RemoveO(e) }),
	exprMethod("getO", "", "The O() term of a series, or None.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			if o := engine.GetO(e); o != nil {
				return o
			}
			return none
		}),
}

// series is series(expr, x=None, x0=0, n=6, dir='+').
func (in *interp) series(args []Value, kw []kwArg) Value {
	opts := kwOnly("series", kw, "x", "x0", "n", "dir")
	names := []string{"expr", "x", "x0", "n", "dir"}
	vals := map[string]Value{}
	for i, a := range args {
		if i >= len(names) {
			throw("TypeError", "series() takes from 1 to 5 positional arguments but %d were given", len(args))
		}
		vals[names[i]] = a
	}
	for k, v := range opts {
		vals[k] = v
	}
	e := in.sympify(vals["expr"])
	var x *engine.Symbol
	if v, ok := vals["x"]; ok && v != none {
		s, ok := in.sympify(v).(*engine.Symbol)
		if !ok {
			throw("ValueError", "x must be a Symbol")
		}
		x = s
	} else {
		fs := engine.FreeSymbols(e)
		if len(fs) == 0 {
			return e
		}
		if len(fs) > 1 {
			throw("ValueError", "x must be given for multivariate functions.")
		}
		x = fs[0]
	}
	x0 := engine.Expr(engine.Zero)
	if v, ok := vals["x0"]; ok {
		x0 = in.sympify(v)
	}
	n := 6
	if v, ok := vals["n"]; ok {
		if v == none {
			throw("NotImplementedError", "series with n=None is not supported")
		}
		n = int(in.toIndex(v))
	}
	if d, ok := vals["dir"]; ok {
		if s, _ := d.(string); s != "+" {
			throw("NotImplementedError", "series with dir='-' is not supported")
		}
	}
	r, err := engine.Series(e, x, x0, n)
	if err != nil {
		panic(err)
	}
	return r
}

// limit is limit(e, z, z0, dir='+').
func (in *interp) limit(args []Value, kw []kwArg) Value {
	opts := kwOnly("limit", kw, "dir")
	if len(args) < 3 {
		throw("TypeError", "limit() missing %d required positional argument%s", 3-len(args), pluralS(3-len(args)))
	}
	nargs("limit", args, 3, 4)
	e := in.sympify(args[0])
	x, ok := in.sympify(args[1]).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "limit with respect to a non-symbol is not supported")
	}
	a := in.sympify(args[2])
	dir := "+"
	if len(args) == 4 {
		opts["dir"] = args[3]
	}
	if d, ok := opts["dir"]; ok {
		s, _ := d.(string)
		switch s {
		case "+", "-":
			dir = s
		case "+-":
			r, err := engine.LimitTwoSided(e, x, a)
			if err != nil {
				panic(err)
			}
			return r
		default:
			throw("ValueError", "direction must be either '+' or '-' or '+-', not %s", in.str(d))
		}
	}
	r, err := engine.Limit(e, x, a, dir)
	if err != nil {
		panic(err)
	}
	return r
}

// integrate is integrate(f, x), integrate(f, (x, a, b)) and iterated
// forms with several variables.
func (in *interp) integrate(args []Value, kw []kwArg) Value {
	kwOnly("integrate", kw, "conds", "risch", "manual", "meijerg", "heurisch")
	if len(args) == 0 {
		throw("TypeError", "Integral.__new__() missing 1 required positional argument: 'function'")
	}
	if m, ok := asMatrix(args[0]); ok {
		// Matrix.integrate: each entry integrated alike
		if len(args) == 1 {
			throw("ValueError", "specify integration variables to integrate a Matrix")
		}
		out, _ := m.Map(func(e engine.Expr) (engine.Expr, error) {
			return in.integrate(append([]Value{e}, args[1:]...), kw).(engine.Expr), nil
		})
		return newMatrixValue(out)
	}
	e := in.sympify(args[0])
	specs := args[1:]
	if len(specs) == 0 {
		fs := engine.FreeSymbols(e)
		if len(fs) != 1 {
			throw("ValueError", "specify integration variables to integrate %s", engine.Str(e))
		}
		specs = []Value{fs[0]}
	}
	for _, sp := range specs {
		switch t := sp.(type) {
		case *Tuple, *List:
			items := in.toSlice(t)
			if len(items) == 0 {
				throw("IndexError", "list index out of range") // SymPy's own error
			}
			x, ok := in.sympify(items[0]).(*engine.Symbol)
			if !ok || len(items) != 3 {
				throw("NotImplementedError", "unsupported integration limits")
			}
			e = engine.IntegrateDefinite(e, x, in.sympify(items[1]), in.sympify(items[2]))
		default:
			x, ok := in.sympify(sp).(*engine.Symbol)
			if !ok {
				throw("ValueError", "Invalid limits given: %s", in.str(sp))
			}
			e = engine.Integrate(e, x)
		}
	}
	return refuseUnevaluatedIntegral(e)
}

// refuseUnevaluatedIntegral raises NotImplementedError when e holds an
// integral dcalc could not do: SymPy may evaluate it, so showing it
// unevaluated could differ from SymPy's answer. Integrals of undefined
// functions stay, as in SymPy.
func refuseUnevaluatedIntegral(e engine.Expr) engine.Expr {
	if u := engine.UnevaluatedIntegral(e); u != nil {
		throw("NotImplementedError", "dcalc cannot evaluate %s yet", engine.Str(u))
	}
	return e
}

// solutionDicts is solve's dict=True form: a list of {symbol: value}.
func (in *interp) solutionDicts(r Value, args []Value) Value {
	switch x := r.(type) {
	case *Dict:
		return &List{Items: []Value{x}}
	case *List:
		var syms []*engine.Symbol
		if len(args) > 1 {
			syms = in.solveSymbols(nil, args[1:])
		} else if _, isTuples := firstItem(x).(*Tuple); isTuples {
			// the free symbols solve solved for, in its order
			syms = in.solveSymbols(in.solveEquations(args[0]), nil)
		}
		out := &List{}
		for _, it := range x.Items {
			d := newDict()
			switch t := it.(type) {
			case *Tuple:
				// keys in ordered() order; an unknown that is its own
				// value is free and absent
				idx := make([]int, 0, len(t.Items))
				for i, v := range t.Items {
					if e, isExpr := v.(engine.Expr); i < len(syms) && !(isExpr && engine.Equal(e, syms[i])) {
						idx = append(idx, i)
					}
				}
				slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(syms[a].Name(), syms[b].Name()) })
				for _, i := range idx {
					d.Set(syms[i], t.Items[i])
				}
			default:
				if len(syms) == 1 {
					d.Set(syms[0], t)
				} else {
					fs := engine.FreeSymbols(in.sympify(args[0]))
					if len(fs) == 1 {
						d.Set(fs[0], t)
					}
				}
			}
			out.Items = append(out.Items, d)
		}
		return out
	}
	return r
}

// hasNonzeroNumber reports whether the equations f hold a nonzero
// number (solve returns [] for it at once).
func (in *interp) hasNonzeroNumber(f Value) bool {
	items := []Value{f}
	switch x := f.(type) {
	case *List, *Tuple:
		items = in.toSlice(x)
	}
	for _, it := range items {
		if e, ok := it.(engine.Expr); ok && engine.IsNumber(e) && len(e.Args()) == 0 && !engine.Equal(e, engine.Zero) {
			return true
		}
		if n, ok := it.(*big.Int); ok && n.Sign() != 0 {
			return true
		}
	}
	return false
}

// solutionSet is solve's set=True form of its solution dicts: the
// unknowns (as given, in their order; else those with a value in some
// solution, in ordered() order) and the set of tuples of their values
// (an unknown missing from a solution stands for itself).
func (in *interp) solutionSet(dicts Value, args []Value) Value {
	l, ok := dicts.(*List)
	if !ok {
		throw("NotImplementedError", "dcalc's solve(set=True) takes solutions it can list")
	}
	var keys []engine.Expr
	if len(args) > 1 {
		for _, s := range in.solveSymbols(nil, args[1:]) {
			if !slices.ContainsFunc(keys, func(x engine.Expr) bool { return engine.Equal(x, s) }) {
				keys = append(keys, s)
			} else {
				throw("NotImplementedError", "dcalc's solve(set=True) takes each unknown once")
			}
		}
	} else {
		for _, d := range l.Items {
			ks, _ := d.(*Dict).Items()
			for _, k := range ks {
				e := k.(engine.Expr)
				if !slices.ContainsFunc(keys, func(x engine.Expr) bool { return engine.Equal(x, e) }) {
					keys = append(keys, e)
				}
			}
		}
		if len(l.Items) == 0 {
			for _, s := range in.solveSymbols([]engine.Expr{in.sympify(args[0])}, nil) {
				keys = append(keys, s)
			}
		}
		engine.Ordered(keys)
	}
	out := newSet()
	for _, d := range l.Items {
		t := make([]Value, len(keys))
		for i, k := range keys {
			t[i] = k
			if v, ok := d.(*Dict).Get(k); ok {
				t[i] = v
			}
		}
		out.Add(&Tuple{Items: t})
	}
	ks := make([]Value, len(keys))
	for i, k := range keys {
		ks[i] = k
	}
	return &Tuple{Items: []Value{&List{Items: ks}, out}}
}

// concreteLimits reads the (i, a, b) limits of summation and product.
func (in *interp) concreteLimits(name string, args []Value) [][3]engine.Expr {
	var lims [][3]engine.Expr
	for _, l := range args {
		t, ok := in.sympify(l).(*engine.Tuple)
		if !ok || len(t.Args()) != 3 {
			throw("NotImplementedError", "dcalc's %s takes limits (i, a, b)", name)
		}
		as := t.Args()
		lims = append(lims, [3]engine.Expr{as[0], as[1], as[2]})
	}
	if len(lims) == 0 {
		throw("NotImplementedError", "dcalc's %s needs the limits (i, a, b)", name)
	}
	return lims
}

// trigsimp is trigsimp(e, method=method).
func (in *interp) trigsimp(e engine.Expr, method Value) Value {
	f := engine.Trigsimp
	if method != nil {
		switch m, _ := method.(string); m {
		case "matching":
		case "fu":
			f = engine.Fu
		default:
			throw("NotImplementedError", "dcalc's trigsimp() knows method='matching' and method='fu', not %s", in.repr(method))
		}
	}
	r, err := f(e)
	if err != nil {
		panic(err)
	}
	return r
}

// solveInequalities is solve() of inequalities (<, <=, >, >=): SymPy's
// reduce_inequalities in the one symbol, answered as a relation, And, Or
// or truth value. ok is false when f holds no inequality.
func (in *interp) solveInequalities(f Value, rest []Value) (Value, bool) {
	items := []Value{f}
	switch x := f.(type) {
	case *List, *Tuple:
		items = in.toSlice(x)
	}
	var rels []engine.Inequality
	var exprs []engine.Expr
	decided, isFalse := 0, false
	for _, it := range items {
		// a relation that evaluated to true or false (0 >= 0) is
		// reduce_inequalities' prefilter: dropped, or the answer
		switch b := it.(type) {
		case bool:
			decided, isFalse = decided+1, isFalse || !b
			continue
		case *sympyBool:
			decided, isFalse = decided+1, isFalse || !b.v
			continue
		}
		r, ok := it.(*Relational)
		if !ok || r.Op == "==" || r.Op == "!=" {
			continue
		}
		d := engine.Sub(r.Lhs, r.Rhs)
		rels = append(rels, engine.Inequality{Op: r.Op, Expr: d})
		exprs = append(exprs, d)
	}
	if len(rels) == 0 {
		return nil, false
	}
	if len(rels)+decided != len(items) {
		throw("NotImplementedError", "dcalc's solve() does not mix inequalities with equations yet")
	}
	if isFalse {
		return &sympyBool{v: false}, true
	}
	syms := in.solveSymbols(exprs, rest)
	if len(syms) != 1 {
		throw("ValueError", "can only solve for one symbol at a time")
	}
	r, err := engine.ReduceInequalities(rels, syms[0])
	if err != nil {
		panic(err)
	}
	return boolValue(r), true
}

// solveAs is solve(f, *symbols) with its dict and set flags.
func (in *interp) solveAs(a *callArgs, args []Value) Value {
	r := in.solve(args[0], args[1:])
	if s := a.Get("set"); s != nil && in.truth(s, nil) {
		if in.hasNonzeroNumber(args[0]) {
			return &List{} // solve returns [] before it looks at set
		}
		return in.solutionSet(in.solutionDicts(r, args), args)
	}
	if d := a.Get("dict"); d != nil && in.truth(d, nil) {
		return in.solutionDicts(r, args)
	}
	if _, isSeq := sequenceOfEquations(args[0]); isSeq && len(args) == 1 {
		// a system solved for its free symbols, none named: SymPy
		// lists the solutions as dicts ([{x: 1, y: 0}]), tuples only
		// answering symbols given in order
		if l, ok := r.(*List); ok {
			if _, isTuple := firstItem(l).(*Tuple); isTuple {
				return in.solutionDicts(r, args)
			}
		}
	}
	return r
}

// swapFunctionTargets replaces each target of solve that is f(t) or a
// Derivative by a Dummy, in the targets and the equations (args[0]);
// back holds the replacements the other way.
func (in *interp) swapFunctionTargets(args []Value) ([]Value, [][2]engine.Expr) {
	var reps, back [][2]engine.Expr
	swap := func(v Value) Value {
		e, ok := v.(engine.Expr)
		if !ok || !engine.IsFunctionOrDerivative(e) {
			return v
		}
		for _, r := range reps {
			if engine.Equal(r[0], e) {
				return r[1]
			}
		}
		d := engine.NewDummy("Dummy")
		reps = append(reps, [2]engine.Expr{e, d})
		back = append(back, [2]engine.Expr{d, e})
		return d
	}
	out := append([]Value{args[0]}, args[1:]...)
	for i := 1; i < len(out); i++ {
		switch x := out[i].(type) {
		case *List:
			items := make([]Value, len(x.Items))
			for j, it := range x.Items {
				items[j] = swap(it)
			}
			out[i] = &List{Items: items}
		case *Tuple:
			items := make([]Value, len(x.Items))
			for j, it := range x.Items {
				items[j] = swap(it)
			}
			out[i] = &Tuple{Items: items}
		default:
			out[i] = swap(x)
		}
	}
	if len(reps) > 0 {
		out[0] = in.replaceIn(out[0], reps)
	}
	return out, back
}

// replaceIn is xreplace through a value: expressions, relations, and
// the lists, tuples, dicts and sets solve returns.
func (in *interp) replaceIn(v Value, reps [][2]engine.Expr) Value {
	if len(reps) == 0 {
		return v
	}
	switch x := v.(type) {
	case engine.Expr:
		return engine.Xreplace(x, reps)
	case *Relational:
		return &Relational{Op: x.Op, Lhs: engine.Xreplace(x.Lhs, reps), Rhs: engine.Xreplace(x.Rhs, reps)}
	case *List:
		items := make([]Value, len(x.Items))
		for i, it := range x.Items {
			items[i] = in.replaceIn(it, reps)
		}
		return &List{Items: items}
	case *Tuple:
		items := make([]Value, len(x.Items))
		for i, it := range x.Items {
			items[i] = in.replaceIn(it, reps)
		}
		return &Tuple{Items: items}
	case *Dict:
		d := newDict()
		ks, vs := x.Items()
		for i := range ks {
			d.Set(in.replaceIn(ks[i], reps), in.replaceIn(vs[i], reps))
		}
		return d
	}
	return v
}

// eulerEquations is euler_equations(L, funcs=(), vars=()).
func (in *interp) eulerEquations(a *callArgs) Value {
	L := in.sympify(a.Get("L"))
	seq := func(v Value) []Value {
		if v == nil || v == none {
			return nil
		}
		if in.isIterable(v) {
			return in.toSlice(v)
		}
		return []Value{v}
	}
	var funcs []engine.Expr
	for _, f := range seq(a.Get("funcs")) {
		e := in.sympify(f)
		if !engine.IsFunctionOrDerivative(e) || engine.IsDerivative(e) {
			throw("TypeError", "Function expected, got: %s", in.str(e))
		}
		funcs = append(funcs, e)
	}
	if len(funcs) == 0 {
		// L.atoms(Function), a set: with several the order is Python's
		funcs = engine.FunctionAtoms(L)
		if len(funcs) != 1 {
			throw("NotImplementedError", "dcalc's euler_equations needs funcs when L has more or fewer than one function call")
		}
	}
	var vars []*engine.Symbol
	vs := seq(a.Get("vars"))
	if len(vs) == 0 {
		vs = nil
		for _, x := range funcs[0].Args() {
			vs = append(vs, x)
		}
	}
	for _, v := range vs {
		s, ok := in.sympify(v).(*engine.Symbol)
		if !ok {
			throw("TypeError", "Variables are not symbols, got %s", in.str(&Tuple{Items: vs}))
		}
		vars = append(vars, s)
	}
	for _, f := range funcs {
		args := f.Args()
		match := len(args) == len(vars)
		for i := range args {
			match = match && engine.Equal(args[i], vars[i])
		}
		if !match {
			throw("ValueError", "Variables %s do not match args: %s", in.str(&Tuple{Items: vs}), in.str(f))
		}
	}
	eqs, err := engine.EulerEquations(L, funcs, vars)
	if err != nil {
		panic(err)
	}
	var out []Value
	for _, e := range eqs {
		if engine.RelTruth("==", e, engine.Zero) == engine.Unknown {
			out = append(out, &Relational{Op: "==", Lhs: e, Rhs: engine.Zero})
		}
	}
	return &List{Items: out}
}

// solveComponents is _solve_system's first step for a system holding an
// equation that is not polynomial in the unknowns: the equations split
// into groups sharing no unknown, each solved alone (a group of one
// equation in one unknown by solve, a polynomial group as a system),
// and the solutions the cartesian product of the groups', in order
// (solve([exp(x) - 1, 2*y], [x, y]) is [(0, 0)]). ok is false for a
// polynomial system or one that does not split that way.
func (in *interp) solveComponents(eqs []engine.Expr, syms []*engine.Symbol) (Value, bool) {
	symExprs := make([]engine.Expr, len(syms))
	for i, s := range syms {
		symExprs[i] = s
	}
	if !slices.ContainsFunc(eqs, func(e engine.Expr) bool { return !engine.IsPolynomial(e, symExprs) }) {
		return nil, false
	}
	groups := equationGroups(eqs, syms)
	if len(groups) < 2 {
		return nil, false
	}
	// each group's solutions as maps from unknown index to value
	var parts [][]map[int]engine.Expr
	for _, g := range groups {
		var sols []map[int]engine.Expr
		if len(g.eqs) == 1 && len(g.syms) == 1 && !engine.IsPolynomial(g.eqs[0], symExprs) {
			s := syms[g.syms[0]]
			if v, ok := engine.InvertToSymbol(g.eqs[0], s); ok {
				// _invert's x = value: that one value
				sols = append(sols, map[int]engine.Expr{g.syms[0]: v})
				parts = append(parts, sols)
				continue
			}
			if engine.InvertsPartly(g.eqs[0], s) {
				// _invert rewrote it into another equation
				return nil, false
			}
			rs, err := engine.Solve(g.eqs[0], s)
			if err != nil {
				panic(err)
			}
			for _, r := range rs {
				sols = append(sols, map[int]engine.Expr{g.syms[0]: r})
			}
		} else {
			for _, e := range g.eqs {
				if !engine.IsPolynomial(e, symExprs) {
					return nil, false
				}
			}
			sub := make([]*engine.Symbol, len(g.syms))
			for i, k := range g.syms {
				sub[i] = syms[k]
			}
			switch r := in.solveSystem(g.eqs, sub).(type) {
			case *Dict:
				m := map[int]engine.Expr{}
				for i, s := range sub {
					if v, ok := r.Get(s); ok {
						m[g.syms[i]] = in.sympify(v)
					}
				}
				sols = append(sols, m)
			case *List:
				for _, it := range r.Items {
					t := it.(*Tuple)
					m := map[int]engine.Expr{}
					for i := range sub {
						m[g.syms[i]] = in.sympify(t.Items[i])
					}
					sols = append(sols, m)
				}
			}
		}
		parts = append(parts, sols)
	}
	// the cartesian product, the first group's solutions varying slowest
	combos := []map[int]engine.Expr{{}}
	for _, sols := range parts {
		var next []map[int]engine.Expr
		for _, c := range combos {
			for _, s := range sols {
				m := maps.Clone(c)
				maps.Copy(m, s)
				next = append(next, m)
			}
		}
		combos = next
	}
	out := &List{}
	for _, c := range combos {
		t := make([]Value, len(syms))
		for i, s := range syms {
			if v, ok := c[i]; ok {
				t[i] = v
			} else {
				t[i] = s
			}
		}
		out.Items = append(out.Items, &Tuple{Items: t})
	}
	return out, true
}

// equationGroup is a connected component of a system: equations and the
// indices of the unknowns they hold, in the unknowns' order.
type equationGroup struct {
	eqs  []engine.Expr
	syms []int
}

// equationGroups splits eqs into connected components, two equations
// joined when they share an unknown, in the order of their first
// equations (sympy.utilities.iterables.connected_components).
func equationGroups(eqs []engine.Expr, syms []*engine.Symbol) []equationGroup {
	holds := make([][]int, len(eqs))
	for i, e := range eqs {
		for k, s := range syms {
			if engine.Has(e, s) {
				holds[i] = append(holds[i], k)
			}
		}
	}
	group := make([]int, len(eqs))
	for i := range group {
		group[i] = -1
	}
	var out []equationGroup
	for i := range eqs {
		if group[i] >= 0 {
			continue
		}
		gi := len(out)
		out = append(out, equationGroup{})
		stack := []int{i}
		group[i] = gi
		for len(stack) > 0 {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for k := range eqs {
				if group[k] < 0 && slices.ContainsFunc(holds[j], func(s int) bool { return slices.Contains(holds[k], s) }) {
					group[k] = gi
					stack = append(stack, k)
				}
			}
		}
	}
	for i, e := range eqs {
		g := &out[group[i]]
		g.eqs = append(g.eqs, e)
		for _, k := range holds[i] {
			if !slices.Contains(g.syms, k) {
				g.syms = append(g.syms, k)
			}
		}
	}
	for i := range out {
		slices.Sort(out[i].syms)
	}
	return out
}
