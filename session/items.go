package session

// This file holds the interpreter's item operations (in, iteration,
// subscripts) on any value: a session type answers through the
// capability interfaces it implements (capability.go), in its own file;
// the cases here are Go's string and the engine's Tuple, and ext.go's
// for the extension types.

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// contains is `v in container`.
func (in *interp) contains(container, v Value) bool {
	switch c := container.(type) {
	case pyContainer:
		return c.contains(v)
	case *symSet:
		if c.images != nil || c.cset != nil {
			return in.imageSetHas(c, v)
		}
		if parts, ok := c.realParts(); ok && c.kind != "FiniteSet" {
			return in.setHas(c, parts, v)
		}
	case string:
		s, ok := v.(string)
		if !ok {
			throw("TypeError", "'in <string>' requires string as left operand, not %s", typeName(v))
		}
		return strings.Contains(c, s)
	}
	if !in.isIterable(container) {
		throw("TypeError", "argument of type '%s' is not iterable", typeName(container))
	}
	found := false
	in.iterate(container, func(x Value) bool {
		if valuesEqual(x, v) {
			found = true
			return false
		}
		return true
	})
	return found
}

// ---- iteration ----

func (in *interp) isIterable(v Value) bool {
	switch v.(type) {
	case pyIterable, string, *engine.Tuple:
		return true
	}
	return extIterable(v)
}

// iterate calls f for each element of v until f returns false.
func (in *interp) iterate(v Value, f func(Value) bool) {
	switch x := v.(type) {
	case pyIterable:
		x.iterate(in, f)
		return
	case string:
		for _, r := range x {
			if !f(string(r)) {
				return
			}
		}
		return
	case *engine.Tuple:
		for _, a := range x.Args() {
			if !f(a) {
				return
			}
		}
		return
	}
	if extIterate(in, v, f) {
		return
	}
	throw("TypeError", "'%s' object is not iterable", typeName(v))
}

// toSlice returns the elements of an iterable.
func (in *interp) toSlice(v Value) []Value {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...)
	case *Tuple:
		return x.Items
	case *Range:
		if x.Len() > 1<<28 {
			throw("MemoryError", "") // CPython sizes the list first
		}
	}
	var out []Value
	in.iterate(v, func(it Value) bool {
		out = append(out, it)
		return true
	})
	return out
}

// ---- subscripts ----

func (in *interp) seqIndex(idx Value, n int, what string) int {
	var i int
	switch x := idx.(type) {
	case *big.Int:
		if !x.IsInt64() {
			throw("IndexError", "cannot fit 'int' into an index-sized integer")
		}
		i = int(x.Int64())
	case bool:
		if x {
			i = 1
		}
	case *engine.Integer:
		if !x.IsInt64() {
			throw("IndexError", "cannot fit 'int' into an index-sized integer")
		}
		i = int(x.Int64())
	default:
		throw("TypeError", "%s indices must be integers or slices, not %s", what, typeName(idx))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		throw("IndexError", "%s index out of range", what)
	}
	return i
}

func (in *interp) getItem(v, idx Value) Value {
	switch x := v.(type) {
	case pyIndexable:
		return x.getItem(in, idx)
	case string:
		rs := []rune(x)
		if sl, ok := idx.(*sliceValue); ok {
			var out []rune
			for _, i := range in.sliceIndices(sl, len(rs)) {
				out = append(out, rs[i])
			}
			return string(out)
		}
		return string(rs[in.seqIndex(idx, len(rs), "string")])
	case *engine.Tuple:
		args := x.Args()
		if sl, ok := idx.(*sliceValue); ok {
			var out []engine.Expr
			for _, i := range in.sliceIndices(sl, len(args)) {
				out = append(out, args[i])
			}
			return engine.NewTuple(out...)
		}
		return args[in.seqIndex(idx, len(args), "tuple")]
	}
	if r, ok := in.extGetItem(v, idx); ok {
		return r
	}
	if r, ok := subscriptHint(in, v, idx); ok {
		return r
	}
	if _, ok := v.(*Class); ok {
		throw("TypeError", "type '%s' is not subscriptable", v.(*Class).Name)
	}
	throw("TypeError", "'%s' object is not subscriptable", typeName(v))
	return nil
}

// sliceIndices are the indices a slice selects from a sequence of n.
func (in *interp) sliceIndices(sl *sliceValue, n int) []int {
	a, b, c := in.indices(sl, n)
	return sliceIdx(a, b, c)
}

func (in *interp) setItem(v, idx, val Value, node grammar.Node) {
	in.setNode(node)
	if x, ok := v.(pyItemSetter); ok {
		x.setItem(in, idx, val)
		return
	}
	if in.extSetItem(v, idx, val) {
		return
	}
	throw("TypeError", "'%s' object does not support item assignment", typeName(v))
}

func (in *interp) delItem(v, idx Value) {
	if x, ok := v.(pyItemDeleter); ok {
		x.delItem(in, idx)
		return
	}
	throw("TypeError", "'%s' object doesn't support item deletion", typeName(v))
}
