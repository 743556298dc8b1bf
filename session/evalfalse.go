package session

import (
	"math/big"

	"github.com/dcalc/dcalc/grammar"
)

// parse_expr(s, evaluate=False): SymPy's EvaluateFalseTransformer on the
// transformed source. Arithmetic becomes Add, Mul and Pow calls with
// evaluate=False (a - b is Add(a, Mul(-1, b)), a/b is Mul(a, Pow(b,
// -1)), nested sums and products flattened), comparisons become Eq, Lt
// ... (a chain their And), and the elementary functions SymPy lists get
// evaluate=False too.

// efOperators are the operators SymPy rewrites and their classes.
var efOperators = map[string]string{"+": "Add", "*": "Mul", "**": "Pow", "-": "Add", "/": "Mul", "|": "Or", "&": "And", "^": "Not"}

// efRelations are the comparison operators and their classes.
var efRelations = map[string]string{"!=": "Ne", "<": "Lt", "<=": "Le", ">": "Gt", ">=": "Ge", "==": "Eq"}

// efFunctions are the functions whose calls get evaluate=False.
var efFunctions = map[string]bool{}

func init() {
	for _, f := range []string{"Abs", "im", "re", "sign", "arg", "conjugate", "acos", "acot", "acsc", "asec", "asin", "atan",
		"acosh", "acoth", "acsch", "asech", "asinh", "atanh", "cos", "cot", "csc", "sec", "sin", "tan",
		"cosh", "coth", "csch", "sech", "sinh", "tanh", "exp", "ln", "log", "sqrt", "cbrt"} {
		efFunctions[f] = true
	}
}

// efCall is cls(args..., evaluate=False).
func efCall(cls string, args ...grammar.Expr) *grammar.Call {
	c := &grammar.Call{Fn: &grammar.Name{Name: cls}}
	for _, a := range args {
		c.Args = append(c.Args, &grammar.Arg{Value: a})
	}
	c.Args = append(c.Args, &grammar.Arg{Name: "evaluate", Value: &grammar.ConstLit{Value: "False"}})
	return c
}

// efNegOne is the literal -1.
func efNegOne() grammar.Expr {
	return &grammar.UnaryExpr{Op: "-", X: &grammar.IntLit{Raw: "1", Value: big.NewInt(1)}}
}

// evaluateFalse is the transformer on one expression.
func evaluateFalse(e grammar.Expr) grammar.Expr {
	switch n := e.(type) {
	case *grammar.BinaryExpr:
		cls, ok := efOperators[n.Op]
		if !ok {
			return n // SymPy returns the node as it is, operands unvisited
		}
		right, left := evaluateFalse(n.Y), evaluateFalse(n.X)
		switch n.Op {
		case "-":
			right = efCall("Mul", efNegOne(), right)
		case "/":
			right = efCall("Pow", right, efNegOne())
		}
		args := []grammar.Expr{left, right}
		if cls == "Add" || cls == "Mul" {
			args = efFlatten(args, cls)
		}
		return efCall(cls, args...)
	case *grammar.Compare:
		var rels []grammar.Expr
		left := n.X
		for i, op := range n.Ops {
			cls, ok := efRelations[op]
			if !ok {
				throw("ValueError", "Only equation or inequality operators are supported")
			}
			rels = append(rels, efCall(cls, evaluateFalse(left), evaluateFalse(n.Ys[i])))
			left = n.Ys[i]
		}
		if len(rels) == 1 {
			return rels[0]
		}
		return efCall("And", rels...)
	case *grammar.Call:
		c := &grammar.Call{Fn: evaluateFalse(n.Fn), Lparen: n.Lparen, Rparen: n.Rparen}
		for _, a := range n.Args {
			c.Args = append(c.Args, &grammar.Arg{NamePos: a.NamePos, Name: a.Name, Star: a.Star, Value: evaluateFalse(a.Value)})
		}
		if name, ok := n.Fn.(*grammar.Name); ok && efFunctions[name.Name] {
			c.Args = append(c.Args, &grammar.Arg{Name: "evaluate", Value: &grammar.ConstLit{Value: "False"}})
		}
		return c
	case *grammar.UnaryExpr:
		return &grammar.UnaryExpr{OpPos: n.OpPos, Op: n.Op, X: evaluateFalse(n.X)}
	case *grammar.ParenExpr:
		return &grammar.ParenExpr{Lparen: n.Lparen, X: evaluateFalse(n.X), Rparen: n.Rparen}
	case *grammar.TupleExpr:
		return &grammar.TupleExpr{Lparen: n.Lparen, Elts: efAll(n.Elts), Rparen: n.Rparen}
	case *grammar.ListExpr:
		return &grammar.ListExpr{Lbrack: n.Lbrack, Elts: efAll(n.Elts), Rbrack: n.Rbrack}
	}
	// other nodes (names, literals, attributes, lambdas ...) as they are
	return e
}

func efAll(es []grammar.Expr) []grammar.Expr {
	out := make([]grammar.Expr, len(es))
	for i, e := range es {
		out[i] = evaluateFalse(e)
	}
	return out
}

// efFlatten takes the arguments of nested calls of cls in (SymPy's
// flatten: a call whose function is not a plain name fails there).
func efFlatten(args []grammar.Expr, cls string) []grammar.Expr {
	var out []grammar.Expr
	for _, a := range args {
		c, ok := a.(*grammar.Call)
		if !ok {
			out = append(out, a)
			continue
		}
		fn := c.Fn
		if inner, ok := fn.(*grammar.Call); ok {
			fn = inner.Fn
		}
		name, ok := fn.(*grammar.Name)
		if !ok {
			throw("AttributeError", "'%s' object has no attribute 'id'", astClassName(fn))
		}
		if name.Name != cls {
			out = append(out, a)
			continue
		}
		var pos []grammar.Expr
		for _, arg := range c.Args {
			if arg.Name == "" && arg.Star == 0 {
				pos = append(pos, arg.Value)
			}
		}
		out = append(out, efFlatten(pos, cls)...)
	}
	return out
}

// astClassName is the name of Python's ast class for a node.
func astClassName(e grammar.Expr) string {
	switch e.(type) {
	case *grammar.Attribute:
		return "Attribute"
	case *grammar.Index:
		return "Subscript"
	case *grammar.Lambda:
		return "Lambda"
	}
	return "expr"
}
