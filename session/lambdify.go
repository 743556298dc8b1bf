package session

import (
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// lambdify works as SymPy's does: the expression is printed as Python
// source (engine.PyCode, byte for byte SymPy's printers), the source is
// compiled once into a function whose namespace holds the module's names
// (dcalc's numpy or math), and calls run that function. With arrays every
// operation is one vectorised array operation; with Python numbers the
// semantics are exactly those of SymPy's generated code (x**(-1.0) of 0
// raises ZeroDivisionError, ints stay ints).

// lambdifyTable binds lambdify.
var lambdifyTable = []*binding{
	{Name: "lambdify", Honours: "modules", Doc: "Turn an expression into a fast numeric function: lambdify(x, expr), lambdify((x, y), expr, 'numpy').",
		Fn: func(in *interp, a *callArgs) Value {
			return in.lambdify(a.Get("args"), a.Get("expr"), a.Get("modules"))
		}},
	{Name: "pycode", Doc: "The Python source of an expression, math functions written in full (math.sin(x)).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.pycode(a.Get("expr"))
		}},
	{Name: "ccode", Honours: "assign_to standard", Doc: "The C99 source of an expression (math.h's functions and macros); assign_to='y' writes y = ...;.",
		Fn: func(in *interp, a *callArgs) Value {
			if std, ok := a.Get("standard").(string); ok && strings.ToLower(std) != "c99" {
				throw("NotImplementedError", "dcalc's ccode prints C99 only (standard='c99')")
			}
			target := ""
			switch t := a.Get("assign_to").(type) {
			case nil, *noneType:
			case string:
				target = t
			default:
				s, ok := in.sympify(t).(*engine.Symbol)
				if !ok {
					throw("NotImplementedError", "dcalc's ccode assigns to a name or a Symbol, not %s", in.repr(t))
				}
				target = s.Name()
			}
			if m, ok := asMatrix(a.Get("expr")); ok {
				if target == "" {
					panic(engine.CCodeUnsupported("sympy.matrices.immutable.ImmutableDenseMatrix"))
				}
				return mustCode(engine.CCodeMatrix(m.Entries(), target))
			}
			return mustCode(engine.CCode(in.subsValue(a.Get("expr")), target))
		}},
}

// pycode is pycode(v): an expression, a Matrix, or a list or tuple of
// them as Python's brackets write them.
func (in *interp) pycode(v Value) string {
	join := func(items []Value) string {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = in.pycode(it)
		}
		return strings.Join(parts, ", ")
	}
	switch x := v.(type) {
	case *List:
		return "[" + join(x.Items) + "]"
	case *Tuple:
		if len(x.Items) == 1 {
			return "(" + join(x.Items) + ",)"
		}
		return "(" + join(x.Items) + ")"
	}
	if m, ok := asMatrix(v); ok {
		return "ImmutableDenseMatrix(" + in.pycodeRows(m) + ")"
	}
	return mustCode(engine.PyCodeQualified(in.subsValue(v))).(string)
}

// mustCode is a code printer's text, or its error raised.
func mustCode(s string, err error) Value {
	if err != nil {
		panic(err)
	}
	return s
}

// pycodeRows is a matrix's rows as pycode writes them: [[x], [y]].
func (in *interp) pycodeRows(m *engine.Matrix) string {
	rows, cols := m.Shape()
	parts := make([]string, rows)
	for i := range rows {
		row := make([]string, cols)
		for j := range cols {
			row[j] = mustCode(engine.PyCodeQualified(m.At(i, j))).(string)
		}
		parts[i] = "[" + strings.Join(row, ", ") + "]"
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// lambdifyModule reads lambdify's modules argument: "numpy" (the default,
// as SymPy picks NumPy when it is installed) or "math".
func (in *interp) lambdifyModule(v Value) string {
	switch x := v.(type) {
	case nil, *noneType:
		return "numpy"
	case string:
		switch x {
		case "numpy", "math", "mpmath":
			return x
		}
		throw("NotImplementedError", "dcalc's lambdify supports modules 'numpy', 'math' and 'mpmath', not %s", in.repr(x))
	case *Module:
		if x.Name == "numpy" || x.Name == "math" || x.Name == "mpmath" {
			return x.Name
		}
	case *List:
		if len(x.Items) == 1 {
			return in.lambdifyModule(x.Items[0])
		}
	}
	throw("NotImplementedError", "dcalc's lambdify supports modules 'numpy', 'math' and 'mpmath', not %s", in.repr(v))
	return ""
}

// lambdifyParams returns the parameter names for lambdify's args.
func (in *interp) lambdifyParams(args Value) []string {
	var items []Value
	switch x := args.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	case *engine.Tuple:
		for _, a := range x.Args() {
			items = append(items, a)
		}
	default:
		items = []Value{args}
	}
	names := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's lambdify takes symbols as arguments, not %s", in.repr(it))
		}
		if !engine.PyIdentifier(s.Name()) {
			throw("NotImplementedError", "dcalc's lambdify cannot name a parameter %s yet (SymPy would use a dummy name)", in.repr(s.Name()))
		}
		names[i] = s.Name()
	}
	return names
}

// lambdifyDummify replaces the arguments whose names are not Python
// identifiers (coordinates such as N.x) by symbols Dummy_n in the
// arguments and the expression, as lambdify's dummify does.
func (in *interp) lambdifyDummify(args, expr Value) (Value, Value) {
	var pairs [][2]engine.Expr
	var walk func(Value) Value
	walk = func(v Value) Value {
		switch x := v.(type) {
		case *engine.Symbol:
			if !engine.PyIdentifier(x.Name()) && !x.IsDummy() {
				in.lambdifyCount++
				d := engine.NewSymbol("Dummy_"+itoa(in.lambdifyCount), engine.Assumptions{})
				pairs = append(pairs, [2]engine.Expr{x, d})
				return d
			}
		case *List:
			return &List{Items: mapValues(x.Items, walk)}
		case *Tuple:
			return &Tuple{Items: mapValues(x.Items, walk)}
		}
		return v
	}
	args = walk(args)
	if len(pairs) == 0 {
		return args, expr
	}
	var repl func(Value) Value
	repl = func(v Value) Value {
		switch x := v.(type) {
		case engine.Expr:
			return engine.Xreplace(x, pairs)
		case *List:
			return &List{Items: mapValues(x.Items, repl)}
		case *Tuple:
			return &Tuple{Items: mapValues(x.Items, repl)}
		}
		if m, ok := asMatrix(v); ok {
			out, _ := m.Map(func(e engine.Expr) (engine.Expr, error) { return engine.Xreplace(e, pairs), nil })
			return newMatrixValue(out)
		}
		return v
	}
	return args, repl(expr)
}

func mapValues(xs []Value, f func(Value) Value) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// lambdifyBody prints expr (an expression, a list or tuple of them, or a
// Matrix) as lambdify's return expression.
func (in *interp) lambdifyBody(expr Value, module string) string {
	switch x := expr.(type) {
	case *List:
		return "[" + in.lambdifyJoin(x.Items, module) + "]"
	case *Tuple:
		if len(x.Items) == 1 {
			return "(" + in.lambdifyBody(x.Items[0], module) + ",)"
		}
		return "(" + in.lambdifyJoin(x.Items, module) + ")"
	}
	if m, ok := asMatrix(expr); ok {
		if module != "numpy" {
			throw("NotImplementedError", "dcalc's lambdify returns a Matrix with modules='numpy' only")
		}
		rows, cols := m.Shape()
		parts := make([]string, rows)
		for i := range rows {
			row := make([]Value, cols)
			for j := range cols {
				row[j] = m.At(i, j)
			}
			parts[i] = "[" + in.lambdifyJoin(row, module) + "]"
		}
		return "array([" + strings.Join(parts, ", ") + "])"
	}
	s, err := engine.PyCode(in.sympify(expr), module)
	if err != nil {
		panic(err)
	}
	return s
}

func (in *interp) lambdifyJoin(items []Value, module string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = in.lambdifyBody(it, module)
	}
	return strings.Join(parts, ", ")
}

// lambdify compiles the generated source into a Python function.
func (in *interp) lambdify(args, expr, modules Value) Value {
	module := in.lambdifyModule(modules)
	shown, shownArgs := expr, args
	args, expr = in.lambdifyDummify(args, expr)
	params := in.lambdifyParams(args)
	body := in.lambdifyBody(expr, module)
	src := "def _lambdifygenerated(" + strings.Join(params, ", ") + "):\n    return " + body + "\n"
	in.lambdifyCount++
	file := "<lambdifygenerated-" + itoa(in.lambdifyCount) + ">"
	f, err := grammar.Parse(file, src)
	if err != nil {
		throw("SystemError", "internal error: lambdify generated invalid source %q: %v", src, err)
	}
	in.s.sources[file] = strings.Split(src, "\n")
	ns := &env{vars: map[string]Value{}}
	ns.globals = ns
	if module == "numpy" {
		for k, v := range in.numpyModule().Attrs {
			ns.vars[k] = v
		}
		ns.vars["reduce"] = in.reduceBuiltin()
		for _, n := range engine.PyMathImports {
			ns.vars[n] = mathModule().Attrs[n]
		}
	} else if module == "mpmath" {
		for k, v := range in.mpmathModule().Attrs {
			ns.vars[k] = v
		}
	} else {
		for k, v := range mathModule().Attrs {
			ns.vars[k] = v
		}
	}
	// lambdify puts the expression's symbols into the namespace, so a
	// symbol that is not an argument stays symbolic
	for _, s := range in.valueSymbols(expr) {
		ns.vars[s.Name()] = s
	}
	def := f.Stmts[0].(*grammar.DefStmt)
	fn := in.makeFunc(def.Name, def.Params, def.Body, nil, ns)
	fn.File, fn.Line = file, 1
	names := params
	if _, ok := shownArgs.(*engine.Symbol); ok {
		names = []string{in.str(shownArgs)}
	} else if shownArgs != args {
		names = nil
		in.iterate(shownArgs, func(v Value) bool { names = append(names, in.str(v)); return true })
	}
	sig := "func(" + strings.Join(names, ", ") + ")"
	fn.Doc = "Created with lambdify. Signature:\n\n" + sig + "\n\nExpression:\n\n" + in.lambdifyExprText(shown) +
		"\n\nSource code:\n\n" + src + "\n\nImported modules:\n\n"
	return fn
}

// lambdifyExprText is the expression as lambdify's docstring shows it:
// past 78 characters, the first line textwrap.wrap(s, 75) makes (whole
// words up to 75 characters) and "...".
func (in *interp) lambdifyExprText(expr Value) string {
	s := in.str(expr)
	if len(s) <= 78 {
		return s
	}
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "" && len(w) > 75:
			return w[:75] + "..." // textwrap breaks a long word
		case line == "":
			line = w
		case len(line)+1+len(w) <= 75:
			line += " " + w
		default:
			return line + "..."
		}
	}
	return line + "..."
}

// reduceBuiltin is functools.reduce (lambdify's Max and Min use it).
func (in *interp) reduceBuiltin() *Builtin {
	return &Builtin{Name: "reduce", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("reduce", args, 2, 3)
		items := in.toSlice(args[1])
		var acc Value
		if len(args) == 3 {
			acc = args[2]
		} else {
			if len(items) == 0 {
				throw("TypeError", "reduce() of empty iterable with no initial value")
			}
			acc, items = items[0], items[1:]
		}
		for _, it := range items {
			acc = in.call(args[0], []Value{acc, it}, nil)
		}
		return acc
	}}
}

// docString is fn.__doc__: the Doc dcalc set, else the body's leading
// string literal, else None.
func (fn *Function) docString() Value {
	if fn.Doc != "" {
		return fn.Doc
	}
	if len(fn.Body) > 0 {
		if st, ok := fn.Body[0].(*grammar.ExprStmt); ok {
			if s, ok := st.X.(*grammar.StringLit); ok {
				return s.Value
			}
		}
	}
	return none
}

// valueSymbols are the symbols of an expression or of the expressions in
// a list or tuple.
func (in *interp) valueSymbols(v Value) []*engine.Symbol {
	switch x := v.(type) {
	case engine.Expr:
		return engine.FreeSymbols(x)
	case *List, *Tuple:
		var out []*engine.Symbol
		for _, it := range in.toSlice(x) {
			out = append(out, in.valueSymbols(it)...)
		}
		return out
	}
	return nil
}
