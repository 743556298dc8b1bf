package session

import (
	"math/big"

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

// List is a Python list.
type List struct{ Items []Value }

// Tuple is a Python tuple.
type Tuple struct{ Items []Value }

// Range is a Python range object.
type Range struct{ Start, Stop, Step int64 }

// Len returns the number of elements of r.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Stop <= r.Start {
			return 0
		}
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Stop >= r.Start {
		return 0
	}
	return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
}

// Iterator is a Python iterator (generator, map, zip, enumerate,
// reversed, ...). It is materialized eagerly.
type Iterator struct {
	Kind  string // "generator", "map", "zip", ...
	Items []Value
	Pos   int
}

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
}

// Builtin is a function implemented in Go.
type Builtin struct {
	Name string
	Fn   func(in *interp, args []Value, kw []kwArg) Value
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

// Relational is an unevaluated SymPy comparison such as x < 1.
type Relational struct {
	Op       string // "<", "<=", ">", ">=", "==", "!="
	Lhs, Rhs engine.Expr
}

// Dict is an insertion-ordered Python dict.
type Dict struct {
	keys  []Value
	vals  []Value
	alive []bool
	index map[uint64][]int
	n     int
}

func newDict() *Dict { return &Dict{index: map[uint64][]int{}} }

func (d *Dict) find(k Value) int {
	h := hashValue(k)
	for _, i := range d.index[h] {
		if d.alive[i] && valuesEqual(d.keys[i], k) {
			return i
		}
	}
	return -1
}

// Get returns the value for k.
func (d *Dict) Get(k Value) (Value, bool) {
	if i := d.find(k); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

// Set sets d[k] = v.
func (d *Dict) Set(k, v Value) {
	if i := d.find(k); i >= 0 {
		d.vals[i] = v
		return
	}
	h := hashValue(k)
	d.index[h] = append(d.index[h], len(d.keys))
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	d.alive = append(d.alive, true)
	d.n++
}

// Delete removes k and reports whether it was present.
func (d *Dict) Delete(k Value) bool {
	i := d.find(k)
	if i < 0 {
		return false
	}
	d.alive[i] = false
	d.keys[i], d.vals[i] = nil, nil
	d.n--
	return true
}

// Len returns the number of entries.
func (d *Dict) Len() int { return d.n }

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	ks := make([]Value, 0, d.n)
	for i, k := range d.keys {
		if d.alive[i] {
			ks = append(ks, k)
		}
	}
	return ks
}

// Items returns keys and values in insertion order.
func (d *Dict) Items() (ks, vs []Value) {
	for i, k := range d.keys {
		if d.alive[i] {
			ks = append(ks, k)
			vs = append(vs, d.vals[i])
		}
	}
	return
}

// Set is a Python set (kept in insertion order).
type Set struct{ d *Dict }

func newSet() *Set { return &Set{d: newDict()} }

// Add inserts v.
func (s *Set) Add(v Value) { s.d.Set(v, true) }

// Has reports whether v is a member.
func (s *Set) Has(v Value) bool { return s.d.find(v) >= 0 }

// Items returns the members.
func (s *Set) Items() []Value { return s.d.Keys() }

func bigInt(v int64) *big.Int { return big.NewInt(v) }
