package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
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
	if f, lims, ok := engine.WithLimitsParts(e); ok {
		out := []Value{f}
		for _, l := range lims {
			out = append(out, l)
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
	if _, _, ok := engine.IsIndexed(e); ok {
		return sympyClasses["Indexed"]
	}
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
		add(a.Integer && !a.Even && !a.Odd, "integer")
		add(a.Even, "even")
		add(a.Odd, "odd")
		add(a.Rational && !a.Integer, "rational")
		add(a.Positive, "positive")
		add(a.Negative, "negative")
		add(a.Nonnegative && !a.Positive, "nonnegative")
		add(a.Nonzero && !a.Positive && !a.Negative && !a.Odd, "nonzero")
		add(a.Real && !a.Rational && !a.Positive && !a.Negative && !a.Nonnegative && !a.Nonpositive, "real")
		if _, _, ok := engine.BaseScalarOf(x); ok {
			return x.Name() // BaseScalar has no _sympyrepr: srepr prints its str
		}
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
		return engine.Str(e) // ReprPrinter prints atoms as str does: pi, oo, zoo, I
	case *engine.Func:
		if engine.IsPiecewise(x) {
			var parts []string
			for _, p := range engine.PiecewisePairs(x) {
				parts = append(parts, "ExprCondPair("+srepr(p[0])+", "+srepr(p[1])+")")
			}
			return "Piecewise(" + strings.Join(parts, ", ") + ")"
		}
		switch {
		case engine.Equal(x, engine.STrue):
			return "true"
		case engine.Equal(x, engine.SFalse):
			return "false"
		}
		args, name := x.PrintedArgs(), x.Name()
		if x.Def() == engine.OrderDef {
			args, name = engine.OrderArgs(x), "Order" // with its (variable, point) tuples
		}
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = srepr(a)
		}
		if x.Def().Undefined {
			return "Function(" + strRepr(x.Name()) + ")(" + strings.Join(parts, ", ") + ")"
		}
		if _, _, ok := engine.IsIndexed(x); ok {
			parts[0] = "IndexedBase(" + parts[0] + ")" // the label's IndexedBase
		}
		return name + "(" + strings.Join(parts, ", ") + ")"
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

// reprClasses are the class names ReprPrinter gives relations.
var reprClasses = map[string]string{"==": "Equality", "!=": "Unequality", "<": "StrictLessThan",
	"<=": "LessThan", ">": "StrictGreaterThan", ">=": "GreaterThan"}

// sreprValue is srepr(v) for any value: Python containers element by
// element, relations, matrices and truth values as ReprPrinter writes
// them, expressions by srepr.
func (in *interp) sreprValue(v Value) string {
	items := func(xs []Value) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = in.sreprValue(x)
		}
		return strings.Join(parts, ", ")
	}
	switch x := v.(type) {
	case *List:
		return "[" + items(x.Items) + "]"
	case *Tuple:
		if len(x.Items) == 1 {
			return "(" + in.sreprValue(x.Items[0]) + ",)"
		}
		return "(" + items(x.Items) + ")"
	case *Dict:
		ks, vs := x.Items()
		parts := make([]string, len(ks))
		for i := range ks {
			parts[i] = in.sreprValue(ks[i]) + ": " + in.sreprValue(vs[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *Relational:
		return reprClasses[x.Op] + "(" + srepr(x.Lhs) + ", " + srepr(x.Rhs) + ")"
	case *sympyBool:
		if x.v {
			return "true"
		}
		return "false"
	case *logicValue:
		return srepr(x.e)
	case string, bool, float64, *big.Int:
		return in.repr(v) // emptyPrinter: str of a Python value, repr of a str
	}
	if m, ok := asMatrix(v); ok {
		rows := m.Tolist()
		if nr, nc := m.Shape(); (nr == 0) != (nc == 0) {
			return typeName(v) + "(" + itoa(nr) + ", " + itoa(nc) + ", [])"
		}
		parts := make([]string, len(rows))
		for i, r := range rows {
			cs := make([]string, len(r))
			for j, c := range r {
				cs[j] = srepr(c)
			}
			parts[i] = "[" + strings.Join(cs, ", ") + "]"
		}
		return typeName(v) + "([" + strings.Join(parts, ", ") + "])"
	}
	return srepr(in.sympify(v))
}

// pretty returns SymPy's pretty() of v.
func (in *interp) pretty(v Value, uni bool, width int) string {
	if s, ok := in.prettyValue(v, uni, width); ok {
		return s
	}
	return in.str(v)
}

// latex returns SymPy's latex() of v.
func (in *interp) latex(v Value) string { return in.latexWith(v, nil) }

// latexWith returns SymPy's latex(v, **settings), st holding the
// settings (nil for the defaults).
func (in *interp) latexWith(v Value, st *engine.TexSettings) string {
	if in.vprintNow {
		vs := *engine.DefaultTex()
		if st != nil {
			vs = *st
		}
		vs.Vector = true
		st = &vs
	}
	if c, ok := in.toContainer(v); ok {
		return engine.LatexContainer(c, st)
	}
	switch x := v.(type) {
	case sympyObject:
		return x.latex(in, st)
	case *List:
		return `\left[ ` + in.latexItems(x.Items, st) + `\right]`
	case *Tuple:
		return `\left( ` + in.latexItems(x.Items, st) + `\right)`
	case *Dict:
		ks, vs := x.Items()
		parts := make([]string, len(ks))
		for i := range ks {
			parts[i] = in.latexWith(ks[i], st) + " : " + in.latexWith(vs[i], st)
		}
		return `\left\{ ` + strings.Join(parts, `, \  `) + `\right\}`
	case string:
		return `\mathtt{\text{` + x + `}}`
	case bool, *sympyBool:
		return engine.LatexWith(in.boolExpr(x), st) // \text{True}
	case *FuncClass:
		return engine.LatexFuncClass(x.Def)
	case *lambdaValue:
		return engine.LatexLambda(x.sig, x.body, st)
	case *Relational:
		return x.Latex(st)
	case *logicValue:
		return engine.LatexWith(x.e, st)
	case *symSet:
		return in.setLatex(x)
	case *polyValue:
		return x.latex()
	case *domainValue:
		return x.d.Latex()
	case *ndimValue:
		x.checkPrintable()
		return engine.LatexNDimArray(x.a, st)
	case *vectorValue:
		return engine.LatexVector(x.v, st)
	}
	if m, ok := asMatrix(v); ok {
		return engine.LatexMatrix(m.Tolist(), st)
	}
	if e, ok := sympifyNumber(v); ok {
		return engine.LatexWith(e, st)
	}
	return in.str(v)
}

func (in *interp) latexItems(xs []Value, st *engine.TexSettings) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = in.latexWith(x, st)
	}
	return strings.Join(parts, `, \  `)
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
