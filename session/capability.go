package session

import "github.com/dcalc/dcalc/engine"

// Capability interfaces, in the manner of starlark-go's: a Value is any
// Python value (Go's string, bool, *big.Int, float64 and complex128, the
// engine's expressions, and the session's own types), and each of the
// session's types implements the capabilities it has in its own file
// (list.go, dict.go, set.go, rangeval.go, iterator.go ...). The
// interpreter's operations ask for a capability first and keep type
// switches only for the Go and engine types, which cannot carry methods.

// pyIterable is a value `for` can walk: f receives each element until it
// returns false.
type pyIterable interface {
	iterate(in *interp, f func(Value) bool)
}

// pyIndexable is a value with v[idx] (idx may be a *sliceValue).
type pyIndexable interface {
	getItem(in *interp, idx Value) Value
}

// pyItemSetter is a value with v[idx] = val.
type pyItemSetter interface {
	setItem(in *interp, idx, val Value)
}

// pyItemDeleter is a value with del v[idx].
type pyItemDeleter interface {
	delItem(in *interp, idx Value)
}

// pyContainer is a value that answers `x in v` itself rather than by
// iteration (hashing containers, ranges).
type pyContainer interface {
	contains(v Value) bool
}

// pyBinary is a value with its own binary operators (list + list, set |
// set ...); ok is false when it has none for op and this right operand,
// and the interpreter goes on to the reflected and error cases.
type pyBinary interface {
	binary(op string, y Value) (r Value, ok bool)
}

// pyUnary is a value with its own unary operators (-s of a series);
// ok is false when it has none for op.
type pyUnary interface {
	unary(op string) (r Value, ok bool)
}

// pyHashable is a value with its own hash (an instance, a Fraction):
// hash is the one dictionaries use, equal for equal values of any type;
// cpythonHash is the number CPython's hash() prints, when it is
// reproducible (ok is false for hashes of addresses).
type pyHashable interface {
	hash() uint64
	cpythonHash() (h int64, ok bool)
}

// pyCallable is a value that can be called (numpy.poly1d).
type pyCallable interface {
	call(in *interp, args []Value, kw []kwArg) Value
}

// pyAttrs is a value that answers its own attributes (ok false for a
// name it does not have).
type pyAttrs interface {
	attr(in *interp, name string) (Value, bool)
}

// pyEqualer is a value with its own == (an instance with __eq__); it is
// asked whichever side of the comparison it is on.
type pyEqualer interface {
	equal(other Value) bool
}

// pyTruthy is a value with its own truth (an instance with __bool__ or
// __len__).
type pyTruthy interface {
	truth() bool
}

// pySized is a value with its own len().
type pySized interface {
	length() int
}

// pyIterMaker is an iterable whose iterator yields its items lazily (a
// series with no end): iter(), zip and next take it as it goes.
type pyIterMaker interface {
	iter(in *interp) *Iterator
}

// pyStringer is a value with its own str() and repr() (an instance
// with __str__ or __repr__).
type pyStringer interface {
	pyStr() string
	pyRepr() string
}

// sympyObject is a SymPy object the session implements as its own type
// (FourierSeries, SeqFormula): it names its class, answers its
// attributes and prints itself as SymPy's pretty and LaTeX printers do
// (str and repr through pyStringer).
type sympyObject interface {
	pyStringer
	className() string
	attr(in *interp, name string) (Value, bool)
	pretty(in *interp, opts engine.PrettyOptions) string
	latex(in *interp, st *engine.TexSettings) string
}
