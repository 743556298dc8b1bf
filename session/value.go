package session

import (
	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// The Python value types. Python int is *big.Int (never mutated once
// made), float is float64, complex is complex128, str is string, bool is
// bool and None is the none singleton; SymPy objects are engine.Expr.

type noneType struct{}

// none is Python's None.
var none = &noneType{}

type ellipsisType struct{}

var ellipsis = &ellipsisType{}

// Function is a user function made by def or lambda.
type Function struct {
	Name     string
	Params   []*grammar.Param
	Defaults []Value // parallel to Params; nil when no default
	Body     []grammar.Stmt
	Lambda   grammar.Expr // body of a lambda
	Env      *env         // defining scope
	info     *scopeInfo
	File     string
	Line     int // of the def or lambda: IPython's context stops there
	// Doc is __doc__ when set by dcalc (lambdify's generated functions);
	// otherwise __doc__ is the body's docstring.
	Doc string
	// Annotations is __annotations__ (a def's; nil for a lambda)
	Annotations *Dict
	// Qualname is __qualname__ (Net.forward, outer.<locals>.inner); error
	// messages about the arguments name the function by it.
	Qualname string
	// localsQual prefixes the qualified names of what the body defines.
	localsQual string
	// class is the class whose body defined the function (super()).
	class *userClass
}

// Builtin is a function implemented in Go.
type Builtin struct {
	Name string
	Fn   func(in *interp, args []Value, kw []kwArg) Value
	Doc  string   // one line, from the binding table
	bind *binding // the table row, when the builtin has one
}

// isSympyFunction reports whether b is one of SymPy's functions (diff,
// solve, N ...): Python functions in SymPy, of type function, where
// CPython's own are built-in.
func (b *Builtin) isSympyFunction() bool {
	if b.bind == nil || sympyModule == nil || sympyModule.Attrs[b.Name] != Value(b) {
		return false
	}
	e, ok := sympyAPI("sympy." + b.Name)
	return ok && e.Kind == "function"
}

type kwArg struct {
	Name  string
	Value Value
}

// BoundMethod is a method bound to a receiver.
type BoundMethod struct {
	Recv Value
	Name string
	Fn   func(in *interp, recv Value, args []Value, kw []kwArg) Value
}

// Module is an imported module.
type Module struct {
	Name  string
	Attrs map[string]Value
	// Lacks names what the real module has and dcalc does not
	// implement: looking one up raises NotImplementedError.
	Lacks []string
}

// Class is a Python or SymPy class used as a value: callable to construct,
// usable in isinstance and type().
type Class struct {
	Name   string
	Module string
	Call   func(in *interp, args []Value, kw []kwArg) Value
	// Is reports whether v is an instance.
	Is func(v Value) bool
	// Base is the parent class for exception classes.
	Base *Class
	Exc  bool
	// Doc is __doc__ of an exception class made by a class statement.
	Doc Value
	// Attrs are class attributes (itertools.chain.from_iterable).
	Attrs map[string]Value
	// Bare marks SymPy classes whose metaclass is FunctionClass (And,
	// Or ...): they print as their name.
	Bare bool
}

// FuncClass is a SymPy function class (sin, or Function('f')): calling it
// applies the function.
type FuncClass struct{ Def *engine.FuncDef }

// ExcValue is a Python exception instance.
type ExcValue struct {
	Class *Class
	Args  []Value
	exc   *Exception
}

// Relational is an unevaluated SymPy comparison such as x < 1; the
// engine prints it.
type Relational = engine.Relation

// pyObject is an instance of a class dcalc implements in Go that has no
// behaviour beyond its attributes: IPython's shell (get_ipython()), its
// display objects (Math, Latex, ...) and CapturedIO.
type pyObject struct {
	Type  string // type(obj).__name__
	Repr  string
	Attrs map[string]Value
	// Qual is the qualified class name of an object from a library
	// dcalc implements in part (matplotlib.axes.Axes): an attribute it
	// lacks is then NotImplementedError, not AttributeError.
	Qual string
	// Str is str(obj) when it is not the repr (numpy.finfo's table)
	Str string
	// bundle is the MIME bundle of a display object made whole at
	// creation (IPython.display.Image)
	bundle map[string]string
}

// seqItems returns the items of a list or a tuple.
func seqItems(v Value) ([]Value, bool) {
	switch x := v.(type) {
	case *List:
		return x.Items, true
	case *Tuple:
		return x.Items, true
	}
	return nil, false
}
