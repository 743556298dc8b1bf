package session

import (
	"math/big"
	"sort"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
	"github.com/dcalc/dcalc/grammar"
)

func triValue(t engine.Tri) Value {
	switch t {
	case engine.True:
		return true
	case engine.False:
		return false
	}
	return none
}

// exprArgs is SymPy's e.args (Derivative variables are (x, n) Tuples).
func exprArgs(e engine.Expr) []Value {
	if d, ok := e.(*engine.Derivative); ok {
		out := []Value{d.Expr()}
		for _, v := range d.Vars() {
			out = append(out, engine.NewTuple(v.Var, engine.NewInt(int64(v.Count))))
		}
		return out
	}
	args := e.Args()
	out := make([]Value, len(args))
	for i, a := range args {
		out[i] = a
	}
	return out
}

// exprFunc is SymPy's e.func.
func exprFunc(e engine.Expr) Value {
	if f, ok := e.(*engine.Func); ok {
		return &FuncClass{Def: f.Def()}
	}
	// Singletons (Zero, One, NegativeOne, Half, Pi, ...) are their own
	// classes, as in SymPy: S(-1).func() is -1.
	name := exprTypeName(e)
	if c, ok := sympyClasses[name]; ok {
		return c
	}
	return &Class{Name: name, Module: "sympy", Is: exprIs(func(x engine.Expr) bool { return exprTypeName(x) == name }),
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			if len(args) == 0 {
				return e
			}
			throw("TypeError", "%s takes no arguments", name)
			return nil
		}}
}

var exprProps = []string{"args", "func", "free_symbols", "is_Add", "is_Mul", "is_Pow", "is_Symbol",
	"is_Number", "is_Integer", "is_Rational", "is_Float", "is_Function", "is_Derivative", "is_Atom",
	"is_number", "is_zero", "is_positive", "is_negative", "is_nonnegative", "is_nonpositive", "is_real",
	"is_integer", "is_finite", "is_commutative", "is_constant", "name", "p", "q", "lhs", "rhs", "expr",
	"variables", "variable_count", "point", "is_symbol", "is_Relational", "is_Matrix", "is_Boolean", "is_nonzero",
	"is_complex", "is_infinite", "is_even", "is_odd"}

var exprMethods = []string{"diff", "subs", "doit", "evalf", "n", "expand", "simplify", "xreplace", "has",
	"atoms", "as_coeff_Mul", "as_coeff_Add", "as_base_exp", "as_ordered_terms", "as_ordered_factors",
	"as_coeff_mul", "as_coeff_add", "could_extract_minus_sign", "copy", "count_ops",
	"is_constant", "replace", "rewrite", "coeff", "as_numer_denom", "equals", "sort_key", "compare", "factor"}

func exprAttrNames(e engine.Expr) []string {
	out := append(append([]string(nil), exprProps...), exprMethods...)
	sort.Strings(out)
	return out
}

func (in *interp) method(e engine.Expr, name string, fn func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value) Value {
	return &BoundMethod{Recv: e, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
		return fn(in, r.(engine.Expr), args, kw)
	}}
}

func (in *interp) exprAttr(e engine.Expr, name string) (Value, bool) {
	switch name {
	case "args":
		return &Tuple{Items: exprArgs(e)}, true
	case "func":
		return exprFunc(e), true
	case "free_symbols":
		s := newSet()
		for _, sym := range engine.FreeSymbols(e) {
			s.Add(sym)
		}
		return s, true
	case "is_Add":
		_, ok := e.(*engine.Add)
		return ok, true
	case "is_Mul":
		_, ok := e.(*engine.Mul)
		return ok, true
	case "is_Pow":
		_, ok := e.(*engine.Pow)
		return ok, true
	case "is_Symbol", "is_symbol":
		_, ok := e.(*engine.Symbol)
		return ok, true
	case "is_Number":
		return isNum(e), true
	case "is_Integer":
		_, ok := e.(*engine.Integer)
		return ok, true
	case "is_Rational":
		switch e.(type) {
		case *engine.Integer, *engine.Rational:
			return true, true
		}
		return false, true
	case "is_Float":
		_, ok := e.(*engine.Float)
		return ok, true
	case "is_Function":
		_, ok := e.(*engine.Func)
		return ok, true
	case "is_Derivative":
		_, ok := e.(*engine.Derivative)
		return ok, true
	case "is_Atom":
		return len(e.Args()) == 0, true
	case "is_Relational", "is_Matrix", "is_Boolean":
		return false, true
	case "is_number":
		return isNumberExpr(e) && len(engine.FreeSymbols(e)) == 0, true
	case "is_commutative":
		return true, true
	case "is_zero":
		return triValue(engine.IsZero(e)), true
	case "is_nonzero":
		z := engine.IsZero(e)
		if z == engine.Unknown || engine.IsReal(e) != engine.True {
			if z == engine.True {
				return false, true
			}
			return none, true
		}
		return z == engine.False, true
	case "is_positive":
		return triValue(engine.IsPositive(e)), true
	case "is_negative":
		return triValue(engine.IsNegative(e)), true
	case "is_nonnegative":
		if engine.IsNegative(e) == engine.True {
			return false, true
		}
		if engine.IsPositive(e) == engine.True || engine.IsZero(e) == engine.True {
			return true, true
		}
		return none, true
	case "is_nonpositive":
		if engine.IsPositive(e) == engine.True {
			return false, true
		}
		if engine.IsNegative(e) == engine.True || engine.IsZero(e) == engine.True {
			return true, true
		}
		return none, true
	case "is_real":
		return triValue(engine.IsReal(e)), true
	case "is_complex":
		if engine.IsFinite(e) == engine.True {
			return true, true
		}
		return none, true
	case "is_integer":
		return triValue(engine.IsIntegerValued(e)), true
	case "is_finite":
		return triValue(engine.IsFinite(e)), true
	case "is_infinite":
		return triValue(notTri(engine.IsFinite(e))), true
	case "name":
		switch x := e.(type) {
		case *engine.Symbol:
			return x.Name(), true
		case *engine.Func:
			return nil, false
		}
	case "p", "q":
		var r *big.Rat
		switch x := e.(type) {
		case *engine.Integer:
			r = new(big.Rat).SetInt(x.Big())
		case *engine.Rational:
			r = x.Rat()
		default:
			return nil, false
		}
		if name == "p" {
			return new(big.Int).Set(r.Num()), true
		}
		return new(big.Int).Set(r.Denom()), true
	case "expr":
		switch x := e.(type) {
		case *engine.Derivative:
			return x.Expr(), true
		case *engine.Subs:
			return x.Expr(), true
		}
	case "variables":
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
	case "variable_count":
		if x, ok := e.(*engine.Derivative); ok {
			var out []Value
			for _, v := range x.Vars() {
				out = append(out, engine.NewTuple(v.Var, engine.NewInt(int64(v.Count))))
			}
			return &List{Items: out}, true
		}
	case "derivative_count":
		if x, ok := e.(*engine.Derivative); ok {
			n := 0
			for _, v := range x.Vars() {
				n += v.Count
			}
			return big.NewInt(int64(n)), true
		}
	case "point":
		if x, ok := e.(*engine.Subs); ok {
			var out []Value
			for _, v := range x.Points() {
				out = append(out, v)
			}
			return &Tuple{Items: out}, true
		}
	case "diff":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			kwOnly("diff", kw, "evaluate")
			return in.diff(e, in.diffVars(e, args))
		}), true
	case "subs":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			kwOnly("subs", kw, "simultaneous")
			return in.subs(e, args)
		}), true
	case "xreplace":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			nargs("xreplace", args, 1, 1)
			return engine.Xreplace(e, in.subsArgs(args))
		}), true
	case "doit":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			return engine.Doit(e)
		}), true
	case "evalf", "n":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			return in.evalf(e, args, kw, "evalf")
		}), true
	case "has":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			for _, a := range args {
				if fc, ok := a.(*FuncClass); ok {
					if hasFunc(e, fc.Def) {
						return true
					}
					continue
				}
				if engine.Has(e, in.sympify(a)) {
					return true
				}
			}
			return false
		}), true
	case "atoms":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			s := newSet()
			var walk func(x engine.Expr)
			walk = func(x engine.Expr) {
				match := false
				if len(args) == 0 {
					match = len(x.Args()) == 0
				}
				for _, a := range args {
					if in.isInstance(x, a) {
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
		}), true
	case "as_coeff_Mul":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			c, r := engine.AsCoeffMul(e)
			return &Tuple{Items: []Value{c, r}}
		}), true
	case "as_coeff_Add":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			c, r := engine.AsCoeffAdd(e)
			return &Tuple{Items: []Value{c, r}}
		}), true
	case "as_base_exp":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			b, x := engine.AsBaseExp(e)
			return &Tuple{Items: []Value{b, x}}
		}), true
	case "as_ordered_terms":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			if a, ok := e.(*engine.Add); ok {
				var out []Value
				for _, t := range engine.OrderedTerms(a) {
					out = append(out, t)
				}
				return &List{Items: out}
			}
			return &List{Items: []Value{e}}
		}), true
	case "as_ordered_factors":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			if m, ok := e.(*engine.Mul); ok {
				var out []Value
				for _, t := range engine.OrderedFactors(m) {
					out = append(out, t)
				}
				return &List{Items: out}
			}
			return &List{Items: []Value{e}}
		}), true
	case "could_extract_minus_sign":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			return engine.CouldExtractMinusSign(e)
		}), true
	case "copy":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value { return e }), true
	case "equals":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			nargs("equals", args, 1, 1)
			switch engine.Equals(e, in.sympify(args[0])) {
			case engine.True:
				return true
			case engine.False:
				return false
			}
			return none
		}), true
	case "compare":
		return in.method(e, name, func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
			nargs("compare", args, 1, 1)
			return big.NewInt(int64(engine.Compare(e, in.sympify(args[0]))))
		}), true
	}
	if fn, ok := exprMethodHooks[name]; ok {
		return in.method(e, name, fn), true
	}
	return nil, false
}

// exprMethodHooks are methods that exist when the engine provides them
// (expand, simplify, ...); see engineapi.go.
var exprMethodHooks = map[string]func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value{}

func notTri(t engine.Tri) engine.Tri {
	switch t {
	case engine.True:
		return engine.False
	case engine.False:
		return engine.True
	}
	return engine.Unknown
}

func hasFunc(e engine.Expr, d *engine.FuncDef) bool {
	if f, ok := e.(*engine.Func); ok {
		if f.Def() == d || f.Def().Undefined && d.Undefined && f.Def().Name == d.Name {
			return true
		}
	}
	for _, a := range e.Args() {
		if hasFunc(a, d) {
			return true
		}
	}
	return false
}

// srepr is SymPy's srepr.
func srepr(e engine.Expr) string {
	switch x := e.(type) {
	case *engine.Symbol:
		a := x.Assumptions()
		var opts []string
		add := func(b bool, n string) {
			if b {
				opts = append(opts, n+"=True")
			}
		}
		add(a.Integer, "integer")
		add(a.Positive, "positive")
		add(a.Negative, "negative")
		add(a.Nonnegative && !a.Positive, "nonnegative")
		add(a.Nonzero && !a.Positive && !a.Negative, "nonzero")
		add(a.Real && !a.Integer && !a.Positive && !a.Negative && !a.Nonnegative && !a.Nonpositive, "real")
		s := "Symbol(" + strRepr(x.Name())
		if len(opts) > 0 {
			s += ", " + strings.Join(opts, ", ")
		}
		return s + ")"
	case *engine.Integer:
		return "Integer(" + exprStr(x) + ")"
	case *engine.Rational:
		return "Rational(" + x.Num().String() + ", " + x.Den().String() + ")"
	case *engine.Float:
		return "Float(" + strRepr(floatReprDigits(x)) + ", precision=" + itoa(int(x.Prec())) + ")"
	case *engine.Constant, *engine.Special:
		return exprTypeName(e)
	case *engine.Func:
		parts := make([]string, len(x.Args()))
		for i, a := range x.Args() {
			parts[i] = srepr(a)
		}
		if x.Def().Undefined {
			return "Function(" + strRepr(x.Name()) + ")(" + strings.Join(parts, ", ") + ")"
		}
		return x.Name() + "(" + strings.Join(parts, ", ") + ")"
	}
	var parts []string
	switch x := e.(type) {
	case *engine.Add:
		// ReprPrinter prints as_ordered_terms()
		for _, a := range engine.OrderedTerms(x) {
			parts = append(parts, srepr(a))
		}
		return "Add(" + strings.Join(parts, ", ") + ")"
	case *engine.Mul:
		// as_ordered_factors() of args_cnc(split_1=True): a negative
		// coefficient other than -1 is split into -1 and its magnitude
		for _, a := range engine.OrderedFactors(x) {
			if c, ok := a.(*engine.Rational); ok && c.Rat().Sign() < 0 {
				parts = append(parts, "Integer(-1)", srepr(engine.Neg(c)))
				continue
			}
			if c, ok := a.(*engine.Float); ok && c.Sign() < 0 {
				parts = append(parts, "Integer(-1)", srepr(engine.Neg(c)))
				continue
			}
			if c, ok := a.(*engine.Integer); ok && c.Sign() < 0 && !(c.IsInt64() && c.Int64() == -1) {
				parts = append(parts, "Integer(-1)", srepr(engine.Neg(c)))
				continue
			}
			parts = append(parts, srepr(a))
		}
		return "Mul(" + strings.Join(parts, ", ") + ")"
	}
	for _, a := range exprArgs(e) {
		if ea, ok := a.(engine.Expr); ok {
			parts = append(parts, srepr(ea))
		}
	}
	return exprTypeName(e) + "(" + strings.Join(parts, ", ") + ")"
}

// pretty returns SymPy's pretty() of v.
func (in *interp) pretty(v Value, uni bool, width int) string {
	if s, ok := in.prettyValue(v, uni, width); ok {
		return s
	}
	return in.str(v)
}

// latex returns SymPy's latex() of v.
func (in *interp) latex(v Value) string {
	if c, ok := in.toContainer(v); ok {
		return engine.LatexContainer(c)
	}
	switch x := v.(type) {
	case *List:
		return `\left[ ` + in.latexItems(x.Items) + `\right]`
	case *Tuple:
		return `\left( ` + in.latexItems(x.Items) + `\right)`
	case *Dict:
		ks, vs := x.Items()
		parts := make([]string, len(ks))
		for i := range ks {
			parts[i] = in.latex(ks[i]) + " : " + in.latex(vs[i])
		}
		return `\left\{ ` + strings.Join(parts, `, \  `) + `\right\}`
	case string:
		return `\mathtt{\text{` + x + `}}`
	case *FuncClass:
		return x.Def.Name
	case *Relational:
		ops := map[string]string{"<": "<", "<=": `\leq`, ">": ">", ">=": `\geq`, "==": "=", "!=": `\neq`}
		return engine.Latex(x.Lhs) + " " + ops[x.Op] + " " + engine.Latex(x.Rhs)
	}
	if s, ok := in.matrixLatex(v); ok {
		return s
	}
	if e, ok := sympifyNumber(v); ok {
		return engine.Latex(e)
	}
	return in.str(v)
}

func (in *interp) latexItems(xs []Value) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = in.latex(x)
	}
	return strings.Join(parts, `, \  `)
}

// parseExprSource parses s as a single expression.
func parseExprSource(s string) (grammar.Expr, error) {
	f, err := grammar.Parse("<string>", strings.TrimSpace(s)+"\n")
	if err != nil {
		return nil, err
	}
	if len(f.Stmts) != 1 {
		return nil, errNotExpr
	}
	es, ok := f.Stmts[0].(*grammar.ExprStmt)
	if !ok {
		return nil, errNotExpr
	}
	return es.X, nil
}

type notExprError struct{}

func (notExprError) Error() string { return "not an expression" }

var errNotExpr = notExprError{}

// freeNames lists the names used in an expression.
func freeNames(x grammar.Expr) []string {
	var out []string
	var walk func(n grammar.Expr)
	walk = func(n grammar.Expr) {
		switch n := n.(type) {
		case *grammar.Name:
			out = append(out, n.Name)
		case *grammar.BinaryExpr:
			walk(n.X)
			walk(n.Y)
		case *grammar.UnaryExpr:
			walk(n.X)
		case *grammar.ParenExpr:
			walk(n.X)
		case *grammar.Call:
			walk(n.Fn)
			for _, a := range n.Args {
				walk(a.Value)
			}
		case *grammar.TupleExpr:
			for _, e := range n.Elts {
				walk(e)
			}
		case *grammar.ListExpr:
			for _, e := range n.Elts {
				walk(e)
			}
		case *grammar.Attribute:
			walk(n.X)
		case *grammar.Compare:
			walk(n.X)
			for _, e := range n.Ys {
				walk(e)
			}
		}
	}
	walk(x)
	return out
}

// floatReprDigits is mpmath's to_str at repr_dps(prec) digits with
// trailing zeros stripped, as SymPy's ReprPrinter prints a Float.
func floatReprDigits(f *engine.Float) string {
	dps := mpf.PrecToDps(int(f.Prec()))
	if dps == 15 {
		dps = 17
	} else {
		dps += 3
	}
	return mpf.Format(f.Mpf(), dps, true)
}
