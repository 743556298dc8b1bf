package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
)

// This file collects the engine entry points the session depends on, so
// that wiring a new engine feature touches one place.

func engineInterrupt()      { engine.Interrupt() }
func engineClearInterrupt() { engine.ClearInterrupt() }

// isEngineInterrupt reports whether a recovered panic value is the
// engine's interrupt sentinel.
func isEngineInterrupt(r any) bool {
	switch r.(type) {
	case engine.InterruptError, *engine.InterruptError:
		return true
	}
	return false
}

// engineError converts an engine error value into an exception.
func engineError(err error) (*Exception, bool) {
	if e, ok := err.(*engine.Error); ok {
		return &Exception{Type: e.Type, Msg: e.Msg}, true
	}
	if e, ok := err.(mpf.RangeError); ok {
		return &Exception{Type: "NotImplementedError", Msg: e.Error()}, true
	}
	return nil, false
}

// exprStr is SymPy's str() of an expression.
func exprStr(e engine.Expr) string { return engine.Str(e) }

// evalfHook is SymPy's evalf/N: e evaluated to dps digits after the
// substitutions, leaving free symbols symbolic.
func evalfHook(e engine.Expr, dps int, subs [][2]engine.Expr) engine.Expr {
	if u := engine.UnevaluatedCall(e); u != nil {
		throw("NotImplementedError", "dcalc does not evaluate the unevaluated %s numerically yet", engine.Str(u))
	}
	r, err := engine.Evalf(e, dps, subs)
	if err != nil {
		panic(err)
	}
	return r
}

// prettyValue returns the 2D form of v: expressions, and lists, tuples
// and sets of expressions and Python numbers.
func (in *interp) prettyValue(v Value, unicode bool, width int) (string, bool) {
	opts := engine.PrettyOptions{ASCII: !unicode, Width: width, Vector: in.vprintNow}
	switch x := v.(type) {
	case engine.Expr:
		return engine.Pretty(x, opts), true
	case sympyObject:
		return x.pretty(in, opts), true
	case *List, *Tuple, *Set, *Dict:
		c, ok := in.toContainer(x)
		if !ok {
			return "", false
		}
		return engine.PrettyContainer(c, opts), true
	case *Relational:
		return x.Pretty(opts), true
	case *logicValue:
		return engine.Pretty(x.e, opts), true
	case *lambdaValue:
		return engine.PrettyLambda(x.sig, x.body, opts), true
	case *FuncClass:
		return engine.PrettyFuncClass(x.Def, unicode), true
	case *symSet:
		return in.setPretty(x, unicode, width), true
	case *polyValue:
		return x.str(), true // SymPy's pretty of a Poly is its str
	case *domainValue:
		return engine.PrettyDomain(x.d, opts), true
	case *ndimValue:
		x.checkPrintable()
		return engine.PrettyNDimArray(x.a, opts), true
	case *vectorValue:
		return checked(engine.PrettyVector(x.v, opts)), true
	case bool:
		return in.repr(x), true // SymPy's pretty(True) is "True"
	case float64:
		return in.repr(x), true // SymPy's pretty of a Python float is its repr
	case *big.Int:
		e, _ := sympifyNumber(x)
		return engine.Pretty(e, opts), true
	}
	return in.matrixPretty(v, opts)
}

// defaultDps is the number of digits evalf and N use by default.
const defaultDps = 15

// newFloatString is SymPy's Float(s, dps).
func newFloatString(s string, dps int) (engine.Expr, error) {
	return engine.NewFloatString(s, dps)
}

// newFloatFrom is SymPy's Float(e, dps) for a number e.
func newFloatFrom(e engine.Expr, dps int) (engine.Expr, error) {
	return engine.NewFloatFrom(e, dps)
}

// toContainer converts a (possibly nested) Python list, tuple, set or dict
// of expressions and numbers for the printers; ok is false when an item
// has no SymPy form (SymPy's printers then fall back to str()).
func (in *interp) toContainer(v Value) (*engine.Container, bool) {
	return in.toContainerDepth(v, 0)
}

// customRepr reports whether v is a container subclass with its own
// repr (a named tuple, a deque): IPython's _can_print refuses those, so
// they and the containers holding them print by repr.
func customRepr(v Value) bool {
	switch x := v.(type) {
	case *Tuple:
		return x.nt != nil
	case *deque:
		return true
	}
	return false
}

// toContainerDepth is toContainer for a container nested depth levels
// deep; past maxDepth (a list that contains itself) it gives up, as
// SymPy's printers do with a RecursionError.
func (in *interp) toContainerDepth(v Value, depth int) (*engine.Container, bool) {
	if depth > maxDepth || customRepr(v) {
		return nil, false
	}
	c0 := &engine.Container{}
	item := func(it Value) (any, bool) {
		switch x := it.(type) {
		case *List, *Tuple, *Set, *Dict:
			return in.toContainerDepth(it, depth+1)
		case bool:
			return nil, false // IPython's _can_print refuses Python bools
		case *sympyBool:
			return truthExpr(x.v), true // S.true is Printable
		case *Relational:
			return it, true
		case *logicValue:
			return x.e, true
		case *vectorValue:
			return x.v, true
		case *domainValue:
			return x.d, true
		case float64:
			e, _ := sympifyNumber(it)
			if f, ok := e.(*engine.Float); ok {
				return &engine.PyFloat{Value: f, Repr: in.repr(it)}, true
			}
		}
		if e, ok := it.(engine.Expr); ok {
			return e, true
		}
		if m, ok := asMatrix(it); ok && c0.Kind != '{' && c0.Kind != ':' {
			return m, true
		}
		return sympifyNumber(it)
	}
	c := c0
	var items []Value
	switch x := v.(type) {
	case *List:
		c.Kind, items = '[', x.Items
	case *Tuple:
		c.Kind, items = '(', x.Items
	case *Set:
		c.Kind, items = '{', in.toSlice(x)
	case *Dict:
		c.Kind = ':'
		ks, vs := x.Items()
		for i := range ks {
			items = append(items, ks[i], vs[i])
		}
	default:
		return nil, false
	}
	for _, it := range items {
		conv, ok := item(it)
		if !ok {
			return nil, false
		}
		c.Items = append(c.Items, conv)
	}
	return c, true
}
