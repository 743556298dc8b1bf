package session

import (
	"math/big"
	"sort"

	"github.com/dcalc/dcalc/engine"
)

// exprProp is a row of the table of expression properties.
type exprProp struct {
	Name string
	Doc  string
	// Get returns the property of e; ok is false when e's kind has no
	// such property (only a Symbol has a name, only a Rational p and q).
	Get func(in *interp, e engine.Expr) (v Value, ok bool)
}

// exprPropTable is every property dcalc gives expressions.
var exprPropTable = []exprProp{
	{Name: "args", Doc: "The arguments of the expression's head, as a tuple.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if engine.IsPiecewise(e) {
			return piecewiseArgs(e), true
		}
		return &Tuple{Items: exprArgs(e)}, true
	}},
	{Name: "base", Doc: "The base of a power (E for exp), or the IndexedBase of x[i].", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if label, _, ok := engine.IsIndexed(e); ok {
			return &indexedBase{label: label}, true
		}
		return powerParts(e, 0)
	}},
	{Name: "exp", Doc: "The exponent of a power (the argument of exp).", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return powerParts(e, 1)
	}},
	{Name: "indices", Doc: "The indices of x[i, j], as a tuple.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if _, ix, ok := engine.IsIndexed(e); ok {
			return &Tuple{Items: exprValues(ix)}, true
		}
		return nil, false
	}},
	{Name: "func", Doc: "The class of the expression's head: e.func(*e.args) == e.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return exprFunc(e), true
	}},
	{Name: "free_symbols", Doc: "The set of symbols the expression depends on.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return freeSymbolSet(e), true
	}},
	{Name: "is_Add", Doc: "Whether the expression is a Add object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Add)
		return ok, true
	}},
	{Name: "is_Mul", Doc: "Whether the expression is a Mul object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Mul)
		return ok, true
	}},
	{Name: "is_Piecewise", Doc: "Whether the expression is a Piecewise object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return engine.IsPiecewise(e), true
	}},
	{Name: "is_Pow", Doc: "Whether the expression is a Pow object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Pow)
		return ok, true
	}},
	{Name: "is_Symbol", Doc: "Whether the expression is a Symbol object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Symbol)
		return ok, true
	}},
	{Name: "is_symbol", Doc: "Whether the expression is symbol: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Symbol)
		return ok, true
	}},
	{Name: "is_Number", Doc: "Whether the expression is a Number object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return isNum(e), true
	}},
	{Name: "is_Integer", Doc: "Whether the expression is a Integer object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Integer)
		return ok, true
	}},
	{Name: "is_Rational", Doc: "Whether the expression is a Rational object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		switch e.(type) {
		case *engine.Integer, *engine.Rational:
			return true, true
		}
		return false, true
	}},
	{Name: "is_Float", Doc: "Whether the expression is a Float object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Float)
		return ok, true
	}},
	{Name: "is_Function", Doc: "Whether the expression is a Function object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Func)
		return ok, true
	}},
	{Name: "is_Derivative", Doc: "Whether the expression is a Derivative object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, ok := e.(*engine.Derivative)
		return ok, true
	}},
	{Name: "is_Atom", Doc: "Whether the expression is a Atom object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return len(e.Args()) == 0, true
	}},
	{Name: "is_Relational", Doc: "Whether the expression is a Relational object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return false, true
	}},
	{Name: "is_Matrix", Doc: "Whether the expression is a Matrix object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return false, true
	}},
	{Name: "is_Boolean", Doc: "Whether the expression is a Boolean object.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return false, true
	}},
	{Name: "is_number", Doc: "Whether the expression is number: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return engine.IsNumberExpr(e) && len(engine.FreeSymbols(e)) == 0, true
	}},
	{Name: "is_commutative", Doc: "Whether the expression is commutative: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return true, true
	}},
	{Name: "is_zero", Doc: "Whether the expression is zero: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(engine.IsZero(e)), true
	}},
	{Name: "is_nonzero", Doc: "Whether the expression is nonzero: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		z := engine.IsZero(e)
		if z == engine.Unknown || engine.IsReal(e) != engine.True {
			if z == engine.True {
				return false, true
			}
			return none, true
		}
		return z == engine.False, true
	}},
	{Name: "is_positive", Doc: "Whether the expression is positive: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(finiteAnd(engine.IsPositive(e), e)), true
	}},
	{Name: "is_negative", Doc: "Whether the expression is negative: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(finiteAnd(engine.IsNegative(e), e)), true
	}},
	{Name: "is_nonnegative", Doc: "Whether the expression is nonnegative: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if engine.IsNegative(e) == engine.True {
			return false, true
		}
		if engine.IsPositive(e) == engine.True || engine.IsZero(e) == engine.True {
			return triValue(finiteAnd(engine.True, e)), true
		}
		return none, true
	}},
	{Name: "is_nonpositive", Doc: "Whether the expression is nonpositive: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if engine.IsPositive(e) == engine.True {
			return false, true
		}
		if engine.IsNegative(e) == engine.True || engine.IsZero(e) == engine.True {
			return true, true
		}
		return none, true
	}},
	{Name: "is_real", Doc: "Whether the expression is real: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		// the engine's IsReal is extended realness (oo is real there);
		// SymPy's is_real also needs finiteness
		r := engine.IsReal(e)
		if r == engine.True {
			r = engine.IsFinite(e)
		}
		return triValue(r), true
	}},
	{Name: "is_complex", Doc: "Whether the expression is complex: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		// complex numbers are finite: oo and zoo are not complex
		return triValue(engine.IsFinite(e)), true
	}},
	{Name: "is_integer", Doc: "Whether the expression is integer: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(engine.IsIntegerValued(e)), true
	}},
	{Name: "is_finite", Doc: "Whether the expression is finite: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(engine.IsFinite(e)), true
	}},
	{Name: "is_infinite", Doc: "Whether the expression is infinite: True, False, or None when unknown.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		return triValue(notTri(engine.IsFinite(e))), true
	}},
	{Name: "name", Doc: "The name of a symbol.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		switch x := e.(type) {
		case *engine.Symbol:
			return x.Name(), true
		case *engine.Func:
			return nil, false
		}
		return nil, false
	}},
	{Name: "p", Doc: "The numerator of a rational number.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		r, ok := exprRat(e)
		if !ok {
			return nil, false
		}
		return new(big.Int).Set(r.Num()), true
	}},
	{Name: "q", Doc: "The denominator of a rational number.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		r, ok := exprRat(e)
		if !ok {
			return nil, false
		}
		return new(big.Int).Set(r.Denom()), true
	}},
	{Name: "expr", Doc: "The expression of a Derivative or Subs.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		switch x := e.(type) {
		case *engine.Derivative:
			return x.Expr(), true
		case *engine.Subs:
			return x.Expr(), true
		}
		return nil, false
	}},
	{Name: "function", Doc: "The summand or integrand of a Sum, Product or Integral.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		f, _, ok := engine.WithLimitsParts(e)
		return f, ok
	}},
	{Name: "limits", Doc: "The limits of a Sum, Product or Integral: (i, a, b) or (x,) tuples.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, lims, ok := engine.WithLimitsParts(e)
		out := &Tuple{}
		for _, l := range lims {
			out.Items = append(out.Items, l)
		}
		return out, ok
	}},
	{Name: "bound_symbols", Doc: "The variables of the limits with bounds of a Sum, Product or Integral (an indefinite integral's are free).", Get: func(in *interp, e engine.Expr) (Value, bool) {
		_, lims, ok := engine.WithLimitsParts(e)
		out := &List{}
		for _, l := range lims {
			if len(l.Args()) != 1 {
				out.Items = append(out.Items, l.Args()[0])
			}
		}
		return out, ok
	}},
	{Name: "variables", Doc: "The variables of a Derivative (repeated by count) or Subs, or of the limits of a Sum, Product or Integral (a list).", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if l, ok := limitVariables(e); ok {
			return l, true
		}
		switch x := e.(type) {
		case *engine.Derivative:
			var out []Value
			for _, v := range x.Vars() {
				for i := 0; i < v.Count; i++ {
					out = append(out, v.Var)
				}
			}
			return &Tuple{Items: out}, true
		case *engine.Subs:
			var out []Value
			for _, v := range x.Vars() {
				out = append(out, v)
			}
			return &Tuple{Items: out}, true
		}
		return nil, false
	}},
	{Name: "variable_count", Doc: "The (variable, count) pairs of a Derivative.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if x, ok := e.(*engine.Derivative); ok {
			var out []Value
			for _, v := range x.Vars() {
				out = append(out, engine.NewTuple(v.Var, engine.NewInt(int64(v.Count))))
			}
			return &List{Items: out}, true
		}
		return nil, false
	}},
	{Name: "derivative_count", Doc: "The total order of a Derivative.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if x, ok := e.(*engine.Derivative); ok {
			n := 0
			for _, v := range x.Vars() {
				n += v.Count
			}
			return big.NewInt(int64(n)), true
		}
		return nil, false
	}},
	{Name: "point", Doc: "The point of a Subs.", Get: func(in *interp, e engine.Expr) (Value, bool) {
		if x, ok := e.(*engine.Subs); ok {
			var out []Value
			for _, v := range x.Points() {
				out = append(out, v)
			}
			return &Tuple{Items: out}, true
		}
		return nil, false
	}},
}

// limitVariables is the list of the variables of a Sum's, Product's or
// Integral's limits.
func limitVariables(e engine.Expr) (Value, bool) {
	_, lims, ok := engine.WithLimitsParts(e)
	out := &List{}
	for _, l := range lims {
		out.Items = append(out.Items, l.Args()[0])
	}
	return out, ok
}

// exprRat is the value of an Integer or Rational.
func exprRat(e engine.Expr) (*big.Rat, bool) {
	switch x := e.(type) {
	case *engine.Integer:
		return new(big.Rat).SetInt(x.Big()), true
	case *engine.Rational:
		return x.Rat(), true
	}
	return nil, false
}

// exprMethod makes a method row of the Expr table: API is Expr.<name>,
// so the signature (and CPython's error name, such as Basic.subs) come
// from SymPy's.
func exprMethod(name, honours, doc string, fn func(in *interp, e engine.Expr, a *callArgs) Value) *binding {
	return &binding{Name: name, API: "Expr." + name, Honours: honours, Doc: doc,
		Fn: func(in *interp, a *callArgs) Value { return fn(in, a.Self.(engine.Expr), a) }}
}

// exprMethodTable is every method dcalc gives expressions (more rows
// are added by calculus.go and factor.go).
var exprMethodTable = []*binding{
	exprMethod("diff", "evaluate", "Differentiate: e.diff(x), e.diff(x, 2), e.diff(x, y).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			if ev := a.Get("evaluate"); ev != nil && !in.truth(ev, nil) {
				return in.derivative(e, a.Rest())
			}
			return in.diff(e, in.diffVars(e, a.Rest()))
		}),
	exprMethod("subs", "arg2", "Substitute: e.subs(x, 1), e.subs({x: 1, y: 2}), e.subs([(x, 1)]).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			args, _ := a.legacy()
			return in.subs(e, args)
		}),
	exprMethod("xreplace", "", "Replace subtrees exactly, without evaluation rules.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return engine.Xreplace(e, in.subsArgs([]Value{a.Get("rule")}))
		}),
	exprMethod("doit", "", "Evaluate unevaluated objects such as Derivative and Integral.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return refuseUnevaluatedIntegral(engine.Doit(e)) }),
	exprMethod("evalf", "n subs", "Evaluate numerically to n significant digits (default 15).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.evalfMethod(e, a) }),
	exprMethod("n", "n subs", "Evaluate numerically (evalf).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.evalfMethod(e, a) }),
	exprMethod("has", "", "Whether any of the patterns (expressions or function classes) occurs.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			for _, p := range a.Rest() {
				if fc, ok := p.(*FuncClass); ok {
					if hasFunc(e, fc.Def) {
						return true
					}
					continue
				}
				if engine.Has(e, in.subsValue(p)) {
					return true
				}
			}
			return false
		}),
	exprMethod("conjugate", "", "The complex conjugate, as conjugate(e).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return engine.Conjugate(e) }),
	exprMethod("as_real_imag", "", "(real part, imaginary part) of the expression, as re() and im() give them.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			r, i, err := engine.AsRealImag(e)
			if err != nil {
				panic(err)
			}
			return &Tuple{Items: []Value{r, i}}
		}),
	exprMethod("as_numer_denom", "", "(numerator, denominator) of the expression over a common denominator.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			n, d, err := engine.AsNumerDenom(e)
			if err != nil {
				panic(err)
			}
			return &Tuple{Items: []Value{n, d}}
		}),
	exprMethod("rewrite", "", "Rewrite in terms of exp, sin, cos, tan, cot, sec, csc, gamma or factorial: e.rewrite(exp), e.rewrite(sin).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			rest := a.Rest()
			if len(rest) != 1 {
				throw("NotImplementedError", "dcalc's rewrite() takes one target (exp, sin, cos, tan, cot, sec, csc, gamma or factorial), without patterns")
			}
			var target string
			switch t := rest[0].(type) {
			case *FuncClass:
				target = t.Def.Name
			case string:
				target = t
			default:
				throw("NotImplementedError", "dcalc's rewrite() takes exp or cos as its target")
			}
			r, err := engine.Rewrite(e, target)
			if err != nil {
				panic(err)
			}
			return r
		}),
	exprMethod("atoms", "", "The set of atoms, or of subexpressions of the given types.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.atoms(e, a.Rest()) }),
	exprMethod("as_coeff_Mul", "", "(c, rest) with e == c*rest and c the numeric coefficient.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			c, r := engine.AsCoeffMul(e)
			return &Tuple{Items: []Value{c, r}}
		}),
	sumTest("is_convergent", "Whether an infinite Sum converges (geometric and power-like terms; finite sums are True).", engine.SumConvergent),
	sumTest("is_absolutely_convergent", "Whether the Sum of the absolute values converges (as is_convergent decides).", engine.SumAbsolutelyConvergent),
	exprMethod("as_coefficients_dict", "", "A defaultdict(int) from each term to its coefficient (the coefficient free of syms, when given).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.coefficientsDict(e, a.Rest()) }),
	exprMethod("as_coeff_Add", "", "(c, rest) with e == c + rest and c the numeric term.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			c, r := engine.AsCoeffAdd(e)
			return &Tuple{Items: []Value{c, r}}
		}),
	exprMethod("as_base_exp", "", "(base, exponent) of a power; (e, 1) otherwise.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			b, x := engine.AsBaseExp(e)
			return &Tuple{Items: []Value{b, x}}
		}),
	{Name: "limit_denominator", API: "Rational.limit_denominator", Sig: "(max_denominator=1000000)", Honours: "max_denominator",
		Doc: "The closest Rational with a denominator at most max_denominator (a Rational's method).",
		Fn: func(in *interp, a *callArgs) Value {
			var r *big.Rat
			switch x := a.Self.(type) {
			case *engine.Integer:
				r = new(big.Rat).SetInt(x.Big())
			case *engine.Rational:
				r = x.Rat()
			default:
				throw("AttributeError", "'%s' object has no attribute 'limit_denominator'", typeName(a.Self))
			}
			maxD := in.toInt(a.Or("max_denominator", big.NewInt(1000000)))
			if maxD.Sign() < 1 {
				throw("ValueError", "max_denominator should be at least 1")
			}
			q := engine.LimitDenominator(r, maxD)
			return engine.NewRational(q.Num(), q.Denom())
		}},
	{Name: "as_sum", API: "Integral.as_sum", Sig: "(n=None, method='midpoint', evaluate=True)", Honours: "n method evaluate",
		Doc: "A definite Integral's Riemann sum with n pieces (left, right, midpoint or trapezoid), evaluated unless evaluate=False.",
		Fn: func(in *interp, a *callArgs) Value {
			var n engine.Expr
			if v := a.Get("n"); v != nil && v != none {
				n = in.sympify(v)
			}
			method := "midpoint"
			if v := a.Get("method"); v != nil && v != none {
				method = in.str(v)
			}
			r := mustExpr(engine.IntegralAsSum(a.Self.(engine.Expr), n, method)).(engine.Expr)
			if ev := a.Get("evaluate"); ev == nil || in.truth(ev, nil) {
				d := engine.Doit(r)
				if engine.HasUnevaluatedSum(d) {
					// SymPy leaves some of these unevaluated too, in a
					// sum it orders otherwise than dcalc
					throw("NotImplementedError", "dcalc cannot evaluate this Riemann sum in closed form yet (SymPy may)")
				}
				return d
			}
			if _, isAdd := r.(*engine.Add); isAdd {
				// the trapezoid rule's f(a)/2 + f(b)/2 + Sum(...): SymPy
				// orders the Sum among the other terms otherwise than dcalc
				throw("NotImplementedError", "dcalc cannot print the unevaluated trapezoid sum in SymPy's order yet")
			}
			return r
		}},
	{Name: "fdiff", API: "Function.fdiff", Sig: "(argindex=1)", Honours: "argindex",
		Doc: "A function call's derivative with respect to one argument (1-based), at its arguments.",
		Fn: func(in *interp, a *callArgs) Value {
			f, ok := a.Self.(*engine.Func)
			if !ok {
				throw("AttributeError", "'%s' object has no attribute 'fdiff'", typeName(a.Self))
			}
			return mustExpr(engine.Fdiff(f, int(in.toIndex(a.Or("argindex", engine.One)))))
		}},
	exprMethod("as_ordered_terms", "", "The terms of a sum in printing order.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			if s, ok := e.(*engine.Add); ok {
				return exprList(engine.OrderedTerms(s))
			}
			return &List{Items: []Value{e}}
		}),
	exprMethod("as_ordered_factors", "", "The factors of a product in printing order.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			if m, ok := e.(*engine.Mul); ok {
				return exprList(engine.OrderedFactors(m))
			}
			return &List{Items: []Value{e}}
		}),
	exprMethod("could_extract_minus_sign", "", "Whether the expression reads as negative (-x, -x + y).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return engine.CouldExtractMinusSign(e) }),
	exprMethod("copy", "", "The expression itself (expressions are immutable).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return e }),
	exprMethod("equals", "", "Whether the two expressions are mathematically equal: True, False or None.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return triValue(engine.Equals(e, in.sympify(a.Get("other"))))
		}),
	exprMethod("compare", "", "-1, 0 or 1: the canonical order of the two expressions.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return big.NewInt(int64(engine.Compare(e, in.sympify(a.Get("other")))))
		}),
	exprMethod("expand", "trig complex", "Multiply out products and powers of sums (trig=True: also functions of sums and multiples; complex=True: re + I*im).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.expandHints(e, a) }),
}

// exprList is a Python list of expressions.
func exprList(es []engine.Expr) *List {
	out := make([]Value, len(es))
	for i, x := range es {
		out[i] = x
	}
	return &List{Items: out}
}

// atoms is e.atoms(*types): the atoms of e, or its subexpressions that
// are instances of one of types.
func (in *interp) atoms(e engine.Expr, types []Value) *Set {
	s := newSet()
	var walk func(x engine.Expr)
	walk = func(x engine.Expr) {
		match := len(types) == 0 && len(x.Args()) == 0
		for _, t := range types {
			if in.isInstance(x, t) {
				match = true
			}
		}
		if match {
			s.Add(x)
		}
		for _, c := range x.Args() {
			walk(c)
		}
	}
	walk(e)
	return s
}

var exprPropIndex = map[string]*exprProp{}
var exprMethodIndex = map[string]*binding{}

func init() {
	for i := range exprPropTable {
		exprPropIndex[exprPropTable[i].Name] = &exprPropTable[i]
	}
	for _, t := range [][]*binding{exprMethodTable, calculusMethodTable, factorMethodTable} {
		for _, b := range t {
			exprMethodIndex[b.Name] = b
		}
	}
	exprMethodIndex[asFiniteDifferenceMethod.Name] = asFiniteDifferenceMethod
	exprMethodIndex[fourierSeriesMethod.Name] = fourierSeriesMethod
}

// exprAttr is e.name from the tables: a property's value or a bound
// method; ok is false when e has no such attribute.
func (in *interp) exprAttr(e engine.Expr, name string) (Value, bool) {
	if p, ok := exprPropIndex[name]; ok {
		return p.Get(in, e)
	}
	if b, ok := exprMethodIndex[name]; ok {
		return b.method(e), true
	}
	return nil, false
}

// exprAttrNames are the attributes e resolves, sorted: dir(e) and Tab
// completion after "e.".
func (in *interp) exprAttrNames(e engine.Expr) []string {
	var out []string
	for _, p := range exprPropTable {
		if _, ok := p.Get(in, e); ok {
			out = append(out, p.Name)
		}
	}
	for name := range exprMethodIndex {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// evalfMethod is e.evalf(n=15, subs=None).
func (in *interp) evalfMethod(e engine.Expr, a *callArgs) Value {
	var args []Value
	if n := a.Get("n"); n != nil {
		args = append(args, n)
	}
	var kw []kwArg
	if s := a.Get("subs"); s != nil {
		kw = append(kw, kwArg{Name: "subs", Value: s})
	}
	return in.evalf(e, args, kw, "evalf")
}

// ExprAttrNames are the attributes every SymPy expression has in dcalc
// (its methods and the properties that do not depend on the kind of
// expression), sorted: what Tab completion offers after "expr." when it
// cannot evaluate expr.
func ExprAttrNames() []string {
	x := engine.NewSymbol("x", engine.Assumptions{})
	return (&interp{}).exprAttrNames(engine.NewAdd(x, engine.One))
}

// finiteAnd is SymPy's is_positive (is_negative, ...) from the engine's
// extended answer t: a true answer also needs e finite (oo is
// extended positive but not positive; a symbol that may be infinite
// leaves it unknown).
func finiteAnd(t engine.Tri, e engine.Expr) engine.Tri {
	if t != engine.True {
		return t
	}
	switch engine.IsFinite(e) {
	case engine.True:
		return engine.True
	case engine.False:
		return engine.False
	}
	return engine.Unknown
}

// powerParts is Pow.base (i = 0) and Pow.exp (i = 1), with exp(x) read
// as E**x as SymPy's exp class does; other expressions lack them.
func powerParts(e engine.Expr, i int) (Value, bool) {
	switch x := e.(type) {
	case *engine.Pow:
		return x.Args()[i], true
	case *engine.Func:
		if x.Name() == "exp" && !x.Def().Undefined {
			if i == 0 {
				return engine.E, true
			}
			return x.Args()[0], true
		}
	}
	return nil, false
}

// coefficientsDict is Expr.as_coefficients_dict(*syms): each term of e
// keyed by its part without the numeric coefficient, or with syms, by
// its factors that hold them (the terms free of them under 1).
func (in *interp) coefficientsDict(e engine.Expr, symVals []Value) Value {
	syms := make([]engine.Expr, len(symVals))
	for i, v := range symVals {
		syms[i] = in.sympify(v)
	}
	terms := []engine.Expr{e}
	if _, ok := e.(*engine.Add); ok {
		terms = e.Args()
	}
	has := func(t engine.Expr) bool {
		for _, s := range syms {
			if engine.Has(t, s) {
				return true
			}
		}
		return false
	}
	type entry struct {
		key  engine.Expr
		vals []engine.Expr
	}
	var entries []*entry
	add := func(k, v engine.Expr) {
		for _, en := range entries {
			if engine.Equal(en.key, k) {
				en.vals = append(en.vals, v)
				return
			}
		}
		entries = append(entries, &entry{k, []engine.Expr{v}})
	}
	var ind []engine.Expr
	for _, t := range terms {
		switch {
		case len(syms) == 0:
			c, m := engine.AsCoeffMul(t)
			add(m, c)
		case !has(t):
			ind = append(ind, t)
		case isMulExpr(t):
			var c, x []engine.Expr
			for _, f := range t.Args() {
				if has(f) {
					x = append(x, f)
				} else {
					c = append(c, f)
				}
			}
			if len(c) == 0 {
				add(t, engine.One)
			} else {
				add(engine.NewMul(x...), engine.NewMul(c...))
			}
		case !engine.Equal(t, engine.Zero):
			add(t, engine.One)
		}
	}
	d := newDict()
	d.kind, d.factory = defaultDict, pyClassMap["int"]
	for _, en := range entries {
		if len(en.vals) == 1 {
			d.Set(en.key, en.vals[0])
		} else {
			d.Set(en.key, engine.NewAdd(en.vals...))
		}
	}
	if len(ind) > 0 {
		if s := engine.NewAdd(ind...); !engine.Equal(s, engine.Zero) {
			d.Set(engine.One, s)
		}
	}
	return d
}

func isMulExpr(e engine.Expr) bool { _, ok := e.(*engine.Mul); return ok }

// sumTest is a Sum method answering True or False through test; other
// expressions lack it, as in SymPy.
func sumTest(name, doc string, test func(engine.Expr) (bool, error)) *binding {
	return &binding{Name: name, API: "Sum." + name, Sig: "()", Doc: doc,
		Fn: func(in *interp, a *callArgs) Value {
			e := a.Self.(engine.Expr)
			if f, ok := e.(*engine.Func); !ok || f.Def() != engine.SumDef {
				throw("AttributeError", "'%s' object has no attribute '%s'", typeName(e), name)
			}
			ok, err := test(e)
			if err != nil {
				panic(err)
			}
			return &sympyBool{v: ok}
		}}
}
