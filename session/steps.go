package session

import (
	"fmt"
	"io"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// stepsRow is dcalc's steps(): the derivation of a derivative, step by
// step, from the rule tree the engine computed the answer with.
var stepsRow = &binding{
	Name:    "steps",
	Sig:     "(f, *symbols, format=None)",
	Honours: "format",
	Doc:     "Show how a derivative is found, rule by rule: steps(diff(f, x)), steps(f, x), steps(f, x, 2); format='text', 'pretty' or 'latex'.",
	Fn: func(in *interp, a *callArgs) Value {
		format, style := in.stepsFormat(a.Get("format"))
		if ic, ok := a.Get("f").(*idiffCall); ok {
			return in.showImplicitSteps(ic, style)
		}
		if ec, ok := a.Get("f").(*entriesCall); ok {
			return in.showEntrySteps(ec, style)
		}
		if vars, ok := in.gradientVars(a.Rest()); ok {
			return in.showEntrySteps(in.gradientEntries(in.sympify(a.Get("f")), vars), style)
		}
		d := in.derivation(a.Get("f"), a.Rest())
		text := d.Format(style)
		latex := d.Latex()
		if h := in.s.displayHook; h != nil {
			h(map[string]string{"text/plain": strings.TrimRight(text, "\n"), "text/latex": latex})
			return none
		}
		if format == "latex" {
			text = latex + "\n"
		}
		io.WriteString(in.s.out, text)
		return none
	},
}

// stepsFormat reads steps()'s format argument: 'text' (str one-liners),
// 'pretty' (2-D, wrapped at the session's width) or 'latex'. By default
// the steps are drawn as the session shows values: 2-D in a terminal
// or after init_printing(), text otherwise.
func (in *interp) stepsFormat(f Value) (string, engine.StepsStyle) {
	format := "text"
	if in.s.prettyOut() {
		format = "pretty"
	}
	if f != nil {
		s, ok := f.(string)
		if !ok || s != "text" && s != "pretty" && s != "latex" {
			throw("ValueError", "steps() format must be 'text', 'pretty' or 'latex', not %s", in.repr(f))
		}
		format = s
	}
	return format, engine.StepsStyle{Pretty: format == "pretty", ASCII: in.s.asciiPretty, Width: in.s.outWidth()}
}

// gradientVars reads steps(f, [x, y]): one list or tuple of two or more
// symbols asks for the gradient.
func (in *interp) gradientVars(rest []Value) ([]engine.Expr, bool) {
	if len(rest) != 1 {
		return nil, false
	}
	switch rest[0].(type) {
	case *List, *Tuple, *engine.Tuple:
	default:
		return nil, false
	}
	items := in.toSlice(rest[0])
	if len(items) < 2 {
		return nil, false
	}
	vars := make([]engine.Expr, len(items))
	for i, it := range items {
		s, ok := it.(*engine.Symbol)
		if !ok {
			return nil, false
		}
		vars[i] = s
	}
	return vars, true
}

// derivation records the steps of differentiating f: a Derivative
// (unevaluated, as steps(diff(f, x)) passes it) or an expression and
// diff's variable arguments.
func (in *interp) derivation(f Value, symbols []Value) *engine.Derivation {
	e := in.sympify(f)
	var vars []engine.VarCount
	if d, ok := e.(*engine.Derivative); ok && len(symbols) == 0 {
		e, vars = d.Expr(), d.Vars()
	} else {
		vars = in.diffVars(e, symbols)
		if vars == nil {
			throw("ValueError", "steps() needs a variable: steps(f, x) or steps(diff(f, x))")
		}
		if len(vars) == 0 {
			return &engine.Derivation{Expr: e, Answer: e} // every order was 0
		}
	}
	d, err := engine.Steps(e, vars...)
	if err != nil {
		panic(err)
	}
	return d
}

// lazyStepsArg evaluates the argument of steps(diff(...)) without
// differentiating: steps needs the derivative's expression and
// variables, not its value. The same holds for idiff, hessian and
// M.jacobian(X).
func (in *interp) lazyStepsArg(fn Value, x *grammar.Call, e *env) (Value, bool) {
	b, ok := fn.(*Builtin)
	if !ok || b.Name != "steps" || len(x.Args) == 0 || x.Args[0].Star != 0 || x.Args[0].Name != "" {
		return nil, false
	}
	inner, ok := x.Args[0].Value.(*grammar.Call)
	if !ok {
		return nil, false
	}
	callee := in.eval(inner.Fn, e)
	name := ""
	switch c := callee.(type) {
	case *Builtin:
		name = c.Name
	case *BoundMethod:
		if _, isMatrix := asMatrix(c.Recv); isMatrix && c.Name == "jacobian" {
			name = "jacobian"
		}
	}
	if name != "diff" && name != "idiff" && name != "hessian" && name != "jacobian" {
		return nil, false
	}
	var args []Value
	for _, a := range inner.Args {
		if a.Star != 0 || a.Name != "" {
			return nil, false
		}
		args = append(args, in.eval(a.Value, e))
	}
	in.setNode(inner)
	switch name {
	case "hessian":
		if len(args) != 2 {
			throw("NotImplementedError", "steps() shows hessian(f, varlist) without constraints only")
		}
		return in.hessianEntries(args[0], args[1], in.call(callee, args, nil)), true
	case "jacobian":
		value := in.call(callee, args, nil) // checks the arguments
		m, _ := asMatrix(callee.(*BoundMethod).Recv)
		return in.jacobianEntries(m, args[0], value), true
	case "idiff":
		if len(args) != 3 && len(args) != 4 {
			return nil, false // idiff's own TypeError
		}
		c := &idiffCall{eq: in.sympify(args[0]), y: args[1], x: in.sympify(args[2]), n: 1}
		if len(args) == 4 {
			c.n = int(in.toIndex(args[3]))
		}
		return c, true
	}
	return in.call(callee, args, []kwArg{{"evaluate", false}}), true
}

// idiffCall is the argument of steps(idiff(eq, y, x, n)): the call, not
// its value.
type idiffCall struct {
	eq, x engine.Expr
	y     Value
	n     int
}

// showImplicitSteps prints the derivation of idiff's n-th derivative.
func (in *interp) showImplicitSteps(c *idiffCall, style engine.StepsStyle) Value {
	var ys []engine.Expr
	if in.isIterable(c.y) {
		in.iterate(c.y, func(v Value) bool { ys = append(ys, in.sympify(v)); return true })
	} else {
		ys = []engine.Expr{in.sympify(c.y)}
	}
	x, ok := c.x.(*engine.Symbol)
	if !ok || len(ys) == 0 {
		throw("NotImplementedError", "dcalc's idiff() takes a symbol x and y as a symbol, a list of symbols or f(x)")
	}
	d, err := engine.IdiffSteps(c.eq, ys, x, c.n)
	if err != nil {
		panic(err)
	}
	io.WriteString(in.s.out, d.Format(style))
	return none
}

// magicSteps is %steps EXPR: steps(EXPR).
func magicSteps(sh shell, arg string) (Value, error) {
	if arg == "" {
		return nil, usageError("%%steps requires an expression, such as %%steps diff(sin(x**2), x)")
	}
	return sh.execCode("<magic-steps>", "steps("+arg+")")
}

// entriesCall is what steps() shows entry by entry: a Hessian, a
// Jacobian or a gradient, each entry a chain of first derivatives.
type entriesCall struct {
	heading string
	entries []entrySteps
	name    string // of the result: "Hessian", "Jacobian", "Gradient"
	value   Value
}

// entrySteps is one entry: f differentiated by each of vars in turn.
type entrySteps struct {
	label string
	f     engine.Expr
	vars  []engine.Expr
}

// hessianEntries are the entries on and above the diagonal of
// hessian(f, vars) (it is symmetric), as hessian takes them.
func (in *interp) hessianEntries(fv, varsv, value Value) *entriesCall {
	f := in.sympify(fv)
	vars := in.matrixVars(varsv)
	c := &entriesCall{
		heading: fmt.Sprintf("Hessian of %s with respect to (%s): entry (i, j) differentiates f by the i-th variable, then the j-th; it is symmetric, so the entries below the diagonal repeat those above.", engine.Str(f), joinStr(vars)),
		name:    "Hessian", value: value,
	}
	for i := range vars {
		for j := i; j < len(vars); j++ {
			c.entries = append(c.entries, entrySteps{
				label: fmt.Sprintf("Entry (%d, %d): d/d%s(d/d%s(f))", i+1, j+1, engine.Str(vars[j]), engine.Str(vars[i])),
				f:     f, vars: []engine.Expr{vars[i], vars[j]},
			})
		}
	}
	return c
}

// jacobianEntries are the entries of M.jacobian(X): entry (i, j) is the
// derivative of M's i-th entry by X's j-th.
func (in *interp) jacobianEntries(m *engine.Matrix, varsv, value Value) *entriesCall {
	vars := in.matrixVars(varsv)
	fs := m.Entries()
	c := &entriesCall{
		heading: fmt.Sprintf("Jacobian of (%s) with respect to (%s): entry (i, j) differentiates the i-th function by the j-th variable.", joinStr(fs), joinStr(vars)),
		name:    "Jacobian", value: value,
	}
	for i, f := range fs {
		for j, v := range vars {
			c.entries = append(c.entries, entrySteps{
				label: fmt.Sprintf("Entry (%d, %d): d/d%s(%s)", i+1, j+1, engine.Str(v), engine.Str(f)),
				f:     f, vars: []engine.Expr{v},
			})
		}
	}
	return c
}

// gradientEntries are the partial derivatives of f by each of vars.
func (in *interp) gradientEntries(f engine.Expr, vars []engine.Expr) *entriesCall {
	c := &entriesCall{
		heading: fmt.Sprintf("Gradient of %s with respect to (%s): one partial derivative per variable.", engine.Str(f), joinStr(vars)),
		name:    "Gradient",
	}
	var grad []Value
	for k, v := range vars {
		c.entries = append(c.entries, entrySteps{label: fmt.Sprintf("Entry %d: d/d%s(f)", k+1, engine.Str(v)), f: f, vars: []engine.Expr{v}})
		grad = append(grad, in.diff(f, []engine.VarCount{{Var: v, Count: 1}}))
	}
	c.value = &List{Items: grad}
	return c
}

// showEntrySteps prints the derivation of each entry, then the result.
func (in *interp) showEntrySteps(c *entriesCall, style engine.StepsStyle) Value {
	var b strings.Builder
	b.WriteString(c.heading + "\n")
	for _, en := range c.entries {
		d, err := engine.StepsChain(en.f, en.vars)
		if err != nil {
			panic(err)
		}
		b.WriteString("\n" + en.label + "\n")
		b.WriteString(d.Format(style))
	}
	if style.Pretty {
		p, ok := in.prettyValue(c.value, !style.ASCII, style.Width)
		if !ok {
			p = in.str(c.value)
		}
		fmt.Fprintf(&b, "\n%s:\n%s\n", c.name, p)
	} else {
		fmt.Fprintf(&b, "\n%s: %s\n", c.name, in.str(c.value))
	}
	io.WriteString(in.s.out, b.String())
	return none
}

func joinStr(es []engine.Expr) string {
	ss := make([]string, len(es))
	for i, e := range es {
		ss[i] = engine.Str(e)
	}
	return strings.Join(ss, ", ")
}
