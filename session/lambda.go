package session

import (
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// lambdaValue is SymPy's Lambda(signature, expr): a function of its
// symbols that substitutes its arguments into expr when called.
type lambdaValue struct {
	sig  []engine.Expr
	body engine.Expr
}

// newLambda is Lambda(signature, expr): the signature is a symbol or a
// tuple of symbols.
func (in *interp) newLambda(sig, body Value) *lambdaValue {
	var vars []engine.Expr
	switch s := sig.(type) {
	case *Tuple, *List:
		for _, v := range in.toSlice(s) {
			vars = append(vars, in.sympify(v))
		}
	default:
		vars = []engine.Expr{in.sympify(sig)}
	}
	seen := map[string]bool{}
	for _, v := range vars {
		sym, ok := v.(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's Lambda takes symbols as its signature, not %s", in.str(v))
		}
		if seen[sym.Name()] {
			throw("BadSignatureError", "Duplicate symbol %s", sym.Name())
		}
		seen[sym.Name()] = true
	}
	l := &lambdaValue{sig: vars, body: in.sympify(body)}
	if len(vars) == 1 && engine.Equal(vars[0], l.body) {
		// SymPy returns its singleton S.IdentityFunction, Lambda(_x, _x)
		throw("NotImplementedError", "dcalc does not implement IdentityFunction (Lambda(x, x)) yet")
	}
	return l
}

// call substitutes args for the signature's symbols (SymPy's xreplace).
func (l *lambdaValue) call(in *interp, args []Value, kw []kwArg) Value {
	if len(kw) > 0 {
		throw("TypeError", "Lambda() got an unexpected keyword argument '%s'", kw[0].Name)
	}
	if len(args) != len(l.sig) {
		n := "arguments"
		if len(l.sig) == 1 {
			n = "argument"
		}
		throw("BadArgumentsError", "%s takes exactly %d %s (%d given)", l.str(in), len(l.sig), n, len(args))
	}
	pairs := make([][2]engine.Expr, len(args))
	for i, a := range args {
		pairs[i] = [2]engine.Expr{l.sig[i], in.sympify(a)}
	}
	return engine.Xreplace(l.body, pairs)
}

// apply is the Lambda applied to expressions, for subs(f, Lambda).
func (l *lambdaValue) apply(in *interp, args []engine.Expr) engine.Expr {
	vs := make([]Value, len(args))
	for i, a := range args {
		vs[i] = a
	}
	return l.call(in, vs, nil).(engine.Expr)
}

// sigValue is the signature as SymPy prints it: the symbol alone, or a
// tuple.
func (l *lambdaValue) sigValue() Value {
	if len(l.sig) == 1 {
		return l.sig[0]
	}
	t := &Tuple{}
	for _, v := range l.sig {
		t.Items = append(t.Items, v)
	}
	return t
}

func (l *lambdaValue) str(in *interp) string {
	return "Lambda(" + in.str(l.sigValue()) + ", " + in.str(l.body) + ")"
}

func (l *lambdaValue) srepr() string {
	parts := make([]string, len(l.sig))
	for i, v := range l.sig {
		parts[i] = srepr(v)
	}
	return "Lambda(Tuple(" + strings.Join(parts, ", ") + "), " + srepr(l.body) + ")"
}

// attr is the Lambda's attributes.
func (l *lambdaValue) attr(in *interp, name string) (Value, bool) {
	sig := &Tuple{}
	for _, v := range l.sig {
		sig.Items = append(sig.Items, v)
	}
	switch name {
	case "args":
		return &Tuple{Items: []Value{sig, l.body}}, true
	case "variables", "signature":
		return sig, true
	case "expr":
		return l.body, true
	case "free_symbols":
		s := newSet()
		for _, sym := range engine.FreeSymbols(l.body) {
			bound := false
			for _, v := range l.sig {
				bound = bound || engine.Equal(v, sym)
			}
			if !bound {
				s.Add(sym)
			}
		}
		return s, true
	case "is_Function":
		return true, true
	}
	return nil, false
}

// lambdaMissing are attributes of SymPy's Lambda that dcalc's lacks.
var lambdaMissing = map[string]bool{"nargs": true, "bound_symbols": true, "is_identity": true,
	"canonical_variables": true, "diff": true, "subs": true, "xreplace": true, "doit": true, "rcall": true}

// equal is SymPy's structural equality of Lambdas: the same signature
// and expression.
func (l *lambdaValue) equal(o *lambdaValue) bool {
	if len(l.sig) != len(o.sig) || !engine.Equal(l.body, o.body) {
		return false
	}
	for i := range l.sig {
		if !engine.Equal(l.sig[i], o.sig[i]) {
			return false
		}
	}
	return true
}

// replaceFunction is e.subs(f, g) for a function f: every f(args)
// becomes g(args), g a function class or a Lambda.
func (in *interp) replaceFunction(e engine.Expr, f *FuncClass, g Value) engine.Expr {
	var repl func(args []engine.Expr) engine.Expr
	switch x := g.(type) {
	case *FuncClass:
		repl = func(args []engine.Expr) engine.Expr { return in.sympify(in.applyFunc(x.Def, exprValues(args), nil)) }
	case *lambdaValue:
		repl = func(args []engine.Expr) engine.Expr { return x.apply(in, args) }
	default:
		throw("NotImplementedError", "dcalc's subs replaces a function by a function or a Lambda, not by %s", typeName(g))
	}
	return engine.ReplaceFunction(e, f.Def, repl)
}

func exprValues(es []engine.Expr) []Value {
	vs := make([]Value, len(es))
	for i, e := range es {
		vs[i] = e
	}
	return vs
}
