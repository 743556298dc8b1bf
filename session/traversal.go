package session

import "github.com/dcalc/dcalc/engine"

// traversalTable binds SymPy's tree walks over an expression's args.
var traversalTable = []*binding{
	{Name: "preorder_traversal", Sig: "(node, keys=None)", Doc: "Iterate over an expression tree depth first: each node before its args.",
		Fn: func(in *interp, a *callArgs) Value {
			var items []Value
			in.walk(a.Get("node"), true, &items)
			return &Iterator{Kind: "sympy.core.traversal.preorder_traversal", Items: items}
		}},
	{Name: "postorder_traversal", Doc: "Iterate over an expression tree depth first: each node after its args.",
		Fn: func(in *interp, a *callArgs) Value {
			var items []Value
			in.walk(a.Get("node"), false, &items)
			return &Iterator{Kind: "generator", Name: "postorder_traversal", Items: items}
		}},
}

// walk appends v and the nodes under it to out, v first (pre) or last:
// a SymPy object's args, or the items of a list or tuple, as SymPy's
// traversals descend into Basic args and other iterables alike.
func (in *interp) walk(v Value, pre bool, out *[]Value) {
	if pre {
		*out = append(*out, v)
	}
	for _, c := range in.walkChildren(v) {
		in.walk(c, pre, out)
	}
	if !pre {
		*out = append(*out, v)
	}
}

// walkChildren are the nodes directly under v.
func (in *interp) walkChildren(v Value) []Value {
	switch x := v.(type) {
	case engine.Expr, *Relational, *logicValue:
		if t, ok := in.getAttr(x, "args", nil).(*Tuple); ok {
			return t.Items
		}
	case *List:
		return x.Items
	case *Tuple:
		return x.Items
	case *matrixValue:
		return in.toSlice(x)
	}
	return nil
}
