package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// SymPy's logic (And, Or, Not, Xor and the &, |, ^, ~ operators on
// Booleans) and Piecewise. The engine keeps Booleans as nodes inside
// expressions; the session shows each as SymPy's value: a relation as a
// Relational, true and false as BooleanTrue and BooleanFalse, And, Or,
// Not and Xor as a logicValue, which takes no part in arithmetic.

// logicValue is an And, Or, Not or Xor.
type logicValue struct{ e engine.Expr }

func (l *logicValue) pyStr() string              { return engine.Str(l.e) }
func (l *logicValue) pyRepr() string             { return engine.Str(l.e) }
func (l *logicValue) hash() uint64               { return l.e.Hash() }
func (l *logicValue) cpythonHash() (int64, bool) { return 0, false }
func (l *logicValue) equal(o Value) bool {
	m, ok := o.(*logicValue)
	return ok && engine.Equal(l.e, m.e)
}

// className is the value's SymPy class: And, Or, Not or Xor.
func (l *logicValue) className() string { return l.e.(*engine.Func).Name() }

// boolExpr is the engine Boolean a session value stands for (SymPy's
// as_Boolean): Python and SymPy truth values, relations, logic values
// and Symbols; anything else is SymPy's TypeError.
func (in *interp) boolExpr(v Value) engine.Expr {
	switch x := v.(type) {
	case bool:
		return truthExpr(x)
	case *sympyBool:
		return truthExpr(x.v)
	case *Relational:
		return engine.RelFunc(x.Op, x.Lhs, x.Rhs)
	case *logicValue:
		return x.e
	case *engine.Symbol:
		return x
	}
	throw("TypeError", "expecting bool or Boolean, not `%s`.", in.str(v))
	return nil
}

func truthExpr(b bool) engine.Expr {
	if b {
		return engine.STrue
	}
	return engine.SFalse
}

// boolValue is the session value of an engine Boolean (the inverse of
// boolExpr); other expressions are themselves.
func boolValue(e engine.Expr) Value {
	switch {
	case engine.Equal(e, engine.STrue):
		return &sympyBool{v: true}
	case engine.Equal(e, engine.SFalse):
		return &sympyBool{v: false}
	}
	if r, ok := engine.AsRelation(e); ok {
		return r
	}
	if engine.IsBoolean(e) {
		return &logicValue{e: e}
	}
	return e
}

// isLogical reports whether v is an operand of SymPy's logic operators
// (a Boolean: a Symbol, a relation, a logic value, a truth value).
func isLogical(v Value) bool {
	switch v.(type) {
	case *engine.Symbol, *Relational, bool, *sympyBool, *logicValue:
		return true
	}
	return false
}

// logicOps are the Boolean functions behind &, |, ^, >> and <<.
var logicOps = map[string]func(...engine.Expr) engine.Expr{"&": engine.NewAnd, "|": engine.NewOr, "^": engine.NewXor,
	">>": func(a ...engine.Expr) engine.Expr { return engine.NewImplies(a[0], a[1]) },
	"<<": func(a ...engine.Expr) engine.Expr { return engine.NewImplies(a[1], a[0]) }}

// logicBinop is Boolean.__and__, __or__ and __xor__ (and their
// reflections): ok is false unless an operand is a SymPy Boolean and the
// other is a Boolean too (two Python bools stay Python's).
func (in *interp) logicBinop(op string, a, b Value) (Value, bool) {
	f := logicOps[op]
	if f == nil || !isLogical(a) || !isLogical(b) {
		return nil, false
	}
	_, ab := a.(bool)
	_, bb := b.(bool)
	if ab && bb {
		return nil, false
	}
	return boolValue(f(in.boolExpr(a), in.boolExpr(b))), true
}

// logicCtor is SymPy's And, Or and Xor called as functions.
func logicCtor(name string, f func(...engine.Expr) engine.Expr) *Class {
	return &Class{Name: name, Module: "sympy", Bare: true,
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			kwOnly(name, kw, "evaluate")
			xs := make([]engine.Expr, len(args))
			for i, a := range args {
				xs[i] = in.boolExpr(in.sympifyValue(a))
			}
			return boolValue(f(xs...))
		},
		Is: func(v Value) bool {
			l, ok := v.(*logicValue)
			return ok && l.className() == name
		}}
}

func init() {
	for name, f := range map[string]func(...engine.Expr) engine.Expr{"And": engine.NewAnd, "Or": engine.NewOr, "Xor": engine.NewXor,
		"Implies": func(a ...engine.Expr) engine.Expr { return engine.MustImplies(a) }, "Equivalent": engine.NewEquivalent} {
		sympyClasses[name] = logicCtor(name, f)
	}
	sympyClasses["Not"] = logicCtor("Not", func(xs ...engine.Expr) engine.Expr {
		if len(xs) != 1 {
			throw("TypeError", "Not takes exactly one argument (%d given)", len(xs))
		}
		return engine.NewNot(xs[0])
	})
}

// newPiecewise is Piecewise((expr, cond), ...).
func (in *interp) newPiecewise(args []Value, kw []kwArg) Value {
	kwOnly("Piecewise", kw, "evaluate")
	pairs := make([][2]engine.Expr, len(args))
	for i, a := range args {
		items := in.pairItems(a)
		switch len(items) {
		case 0:
			throw("TypeError", "ExprCondPair.__new__() missing 2 required positional arguments: 'expr' and 'cond'")
		case 1:
			throw("TypeError", "ExprCondPair.__new__() missing 1 required positional argument: 'cond'")
		case 2:
		default:
			throw("TypeError", "ExprCondPair.__new__() takes 3 positional arguments but %d were given", len(items)+1)
		}
		pairs[i] = [2]engine.Expr{in.pieceExpr(items[0]), in.condExpr(items[1])}
	}
	r, err := engine.NewPiecewise(pairs)
	if err != nil {
		panic(err)
	}
	return r
}

// condExpr is a Piecewise condition: a Boolean, where SymPy's `cond ==
// True` also lets a number equal to 1 or 0 stand for True or False.
func (in *interp) condExpr(v Value) engine.Expr {
	switch x := v.(type) {
	case *big.Int:
		if x.IsInt64() && (x.Int64() == 0 || x.Int64() == 1) {
			return truthExpr(x.Int64() == 1)
		}
	}
	if !isLogical(v) {
		throw("TypeError", "\nSecond argument must be a Boolean, not `%s`", typeName(v))
	}
	return in.boolExpr(v)
}

// pieceExpr is a Piecewise piece: an expression, or a Boolean (a
// Piecewise of truth values).
func (in *interp) pieceExpr(v Value) engine.Expr {
	if _, isSym := v.(*engine.Symbol); !isSym && isLogical(v) {
		return in.boolExpr(v)
	}
	return in.sympify(v)
}

// pairItems returns the items of a pair: a tuple, a list, or (as
// ExprCondPair(*ec.args) does) an expression's args.
func (in *interp) pairItems(v Value) []Value {
	switch x := v.(type) {
	case *Tuple:
		return x.Items
	case *List:
		return x.Items
	case engine.Expr:
		return exprArgs(x)
	}
	throw("TypeError", "sympy.functions.elementary.piecewise.ExprCondPair() argument after * must be an iterable, not %s", typeName(v))
	return nil
}

// piecewiseArgs is Piecewise.args: its (expr, cond) pairs, each shown
// as a tuple (SymPy's ExprCondPair, a Tuple subclass).
func piecewiseArgs(e engine.Expr) Value {
	pairs := engine.PiecewisePairs(e)
	items := make([]Value, len(pairs))
	for i, p := range pairs {
		items[i] = &Tuple{Items: []Value{p[0], boolValue(p[1])}}
	}
	return &Tuple{Items: items}
}

// logicAttr is the attributes of a logic value.
func (in *interp) logicAttr(l *logicValue, name string) (Value, bool) {
	switch name {
	case "doit":
		panic(notImplementedName("Boolean.doit"))
	case "args":
		items := make([]Value, len(l.e.Args()))
		for i, a := range l.e.Args() {
			items[i] = boolValue(a)
		}
		return &Tuple{Items: items}, true
	case "func":
		return sympyClasses[l.className()], true
	case "free_symbols":
		s := newSet()
		for _, sym := range engine.FreeSymbols(l.e) {
			s.Add(sym)
		}
		return s, true
	case "subs":
		return &BoundMethod{Recv: l, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			kwOnly("subs", kw, "simultaneous")
			return boolValue(in.subs(r.(*logicValue).e, args))
		}}, true
	}
	return nil, false
}

// boolRel is Eq or Ne with a Boolean side.
func (in *interp) boolRel(op string, args []Value) Value {
	side := func(v Value) engine.Expr {
		if isLogical(v) {
			if _, isSym := v.(*engine.Symbol); !isSym {
				return in.boolExpr(v)
			}
		}
		return in.sympify(v)
	}
	var b engine.Expr = engine.Zero
	if len(args) == 2 {
		b = side(args[1])
	}
	return boolValue(engine.NewRel(op, side(args[0]), b))
}
