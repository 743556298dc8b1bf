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
	Sig:     "(f, *symbols, format='text')",
	Honours: "format",
	Doc:     "Show how a derivative is found, rule by rule: steps(diff(f, x)), steps(f, x), steps(f, x, 2).",
	Fn: func(in *interp, a *callArgs) Value {
		if ic, ok := a.Get("f").(*idiffCall); ok {
			return in.showImplicitSteps(ic)
		}
		if hc, ok := a.Get("f").(*hessianCall); ok {
			return in.showHessianSteps(hc)
		}
		d := in.derivation(a.Get("f"), a.Rest())
		format := "text"
		if f := a.Get("format"); f != nil {
			s, ok := f.(string)
			if !ok || s != "text" && s != "latex" {
				throw("ValueError", "steps() format must be 'text' or 'latex', not %s", in.repr(f))
			}
			format = s
		}
		text := d.Format(engine.Str)
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
// variables, not its value.
func (in *interp) lazyStepsArg(fn Value, x *grammar.Call, e *env) (Value, bool) {
	b, ok := fn.(*Builtin)
	if !ok || b.Name != "steps" || len(x.Args) == 0 || x.Args[0].Star != 0 || x.Args[0].Name != "" {
		return nil, false
	}
	inner, ok := x.Args[0].Value.(*grammar.Call)
	if !ok {
		return nil, false
	}
	ib, ok := in.eval(inner.Fn, e).(*Builtin)
	if !ok || ib.Name != "diff" && ib.Name != "idiff" && ib.Name != "hessian" {
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
	if ib.Name == "hessian" {
		if len(args) != 2 {
			throw("NotImplementedError", "steps() shows hessian(f, varlist) without constraints only")
		}
		return &hessianCall{f: args[0], vars: args[1], value: in.call(in.eval(inner.Fn, e), args, nil)}, true
	}
	if ib.Name == "idiff" {
		if len(args) != 3 {
			throw("NotImplementedError", "steps() shows idiff(eq, y, x) for the first derivative only")
		}
		return &idiffCall{eq: in.sympify(args[0]), y: args[1], x: in.sympify(args[2])}, true
	}
	return in.call(in.eval(inner.Fn, e), args, []kwArg{{"evaluate", false}}), true
}

// idiffCall is the argument of steps(idiff(eq, y, x)): the call, not
// its value.
type idiffCall struct {
	eq, x engine.Expr
	y     Value
}

// showImplicitSteps prints the derivation of idiff's first derivative.
func (in *interp) showImplicitSteps(c *idiffCall) Value {
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
	d, err := engine.IdiffSteps(c.eq, ys, x)
	if err != nil {
		panic(err)
	}
	io.WriteString(in.s.out, d.Format(engine.Str))
	return none
}

// magicSteps is %steps EXPR: steps(EXPR).
func magicSteps(sh shell, arg string) (Value, error) {
	if arg == "" {
		return nil, usageError("%%steps requires an expression, such as %%steps diff(sin(x**2), x)")
	}
	return sh.execCode("<magic-steps>", "steps("+arg+")")
}

// hessianCall is the argument of steps(hessian(f, varlist)): the call's
// arguments and its value.
type hessianCall struct {
	f, vars, value Value
}

// showHessianSteps prints the derivation of each entry on and above the
// diagonal of a Hessian (it is symmetric), then the matrix.
func (in *interp) showHessianSteps(c *hessianCall) Value {
	f := in.sympify(c.f)
	vars := in.matrixVars(c.vars)
	var b strings.Builder
	fmt.Fprintf(&b, "Hessian of %s with respect to (%s): entry (i, j) differentiates f by the i-th variable, then the j-th; it is symmetric, so the entries below the diagonal repeat those above.\n", engine.Str(f), joinStr(vars))
	for i := range vars {
		for j := i; j < len(vars); j++ {
			d, err := engine.StepsChain(f, []engine.Expr{vars[i], vars[j]})
			if err != nil {
				panic(err)
			}
			fmt.Fprintf(&b, "\nEntry (%d, %d): d/d%s(d/d%s(f))\n", i+1, j+1, engine.Str(vars[j]), engine.Str(vars[i]))
			b.WriteString(d.Format(engine.Str))
		}
	}
	fmt.Fprintf(&b, "\nHessian: %s\n", in.str(c.value))
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
