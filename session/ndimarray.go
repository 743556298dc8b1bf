package session

import (
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine"
)

// This file gives the interpreter SymPy's N-dimensional arrays (Array,
// ImmutableDenseNDimArray, MutableDenseNDimArray) on top of
// engine.NDimArray: construction from nested lists, matrices and flat
// lists with a shape, indexing and slicing, elementwise arithmetic with
// scalars and arrays of the same shape, the methods notebooks use, and
// derive_by_array, tensorproduct, tensorcontraction and permutedims.

// ndimValue is an Array; mutable marks a MutableDenseNDimArray, whose
// items can be assigned.
type ndimValue struct {
	a       *engine.NDimArray
	mutable bool
}

func (v *ndimValue) className() string {
	if v.mutable {
		return "MutableDenseNDimArray"
	}
	return "ImmutableDenseNDimArray"
}

// checkPrintable raises the IndexError SymPy's pretty and latex printers
// raise for an array with no elements.
func (v *ndimValue) checkPrintable() {
	if len(v.a.Elems()) == 0 {
		throw("IndexError", "list index out of range")
	}
}

// ndimResult is a as the Python value SymPy returns: an array, or its
// element when a has rank 0 (tensorcontraction down to a scalar).
func ndimResult(a *engine.NDimArray, mutable bool) Value {
	if a.Rank() == 0 {
		return a.Elems()[0]
	}
	return &ndimValue{a: a, mutable: mutable}
}

// toNDim reads v as an array: an Array, a Matrix (its shape), a nested
// list or tuple (the shape from its nesting); ok is false for a scalar.
func (in *interp) toNDim(v Value) (*engine.NDimArray, bool) {
	switch x := v.(type) {
	case *ndimValue:
		return x.a, true
	case *matrixValue:
		r, c := x.m.Shape()
		a, err := engine.NewNDimArray(x.m.Entries(), []int{r, c})
		if err != nil {
			panic(err)
		}
		return a, true
	case *List, *Tuple:
		var elems []engine.Expr
		shape := in.scanShape(x, &elems)
		a, err := engine.NewNDimArray(elems, shape)
		if err != nil {
			panic(err)
		}
		return a, true
	}
	return nil, false
}

// scanShape walks a nested list, appending its leaves to elems, and
// returns its shape; an Array inside counts with its own shape (SymPy
// iterates it); sublists of different shapes are SymPy's ValueError.
func (in *interp) scanShape(v Value, elems *[]engine.Expr) []int {
	var items []Value
	switch x := v.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	case *ndimValue:
		*elems = append(*elems, x.a.Elems()...)
		return x.a.Shape()
	case *matrixValue:
		throw("NotImplementedError", "dcalc's Array does not take matrices inside a list")
	default:
		*elems = append(*elems, in.sympify(v))
		return []int{}
	}
	var sub []int
	for i, it := range items {
		s := in.scanShape(it, elems)
		if i > 0 && !slices.Equal(s, sub) {
			throw("ValueError", "could not determine shape unambiguously")
		}
		sub = s
	}
	if len(items) == 0 {
		return []int{0}
	}
	return append([]int{len(items)}, sub...)
}

// newArray is Array(iterable, shape=None): a flat iterable is reshaped
// when shape is given; a scalar gives a rank-0 array.
func (in *interp) newArray(it, shape Value, mutable bool) *ndimValue {
	var elems []engine.Expr
	var a *engine.NDimArray
	switch {
	case shape != nil && shape != none:
		var dims []int
		if n, ok := shape.(*big.Int); ok {
			dims = []int{int(n.Int64())}
		} else {
			in.iterate(shape, func(d Value) bool { dims = append(dims, int(in.toIndex(d))); return true })
		}
		if src, ok := in.toNDim(it); ok {
			elems = src.Elems()
		} else {
			in.iterate(it, func(e Value) bool { elems = append(elems, in.sympify(e)); return true })
		}
		n := shapeSize(dims)
		if len(elems) < n {
			throw("IndexError", "list index out of range")
		}
		var err error
		if a, err = engine.NewNDimArray(elems[:n], dims); err != nil { // extra elements are dropped
			panic(err)
		}
	default:
		if src, ok := in.toNDim(it); ok {
			a = src
		} else if e, isScalar := scalarOf(it); isScalar {
			a, _ = engine.NewNDimArray([]engine.Expr{e}, nil)
		} else {
			in.iterate(it, func(e Value) bool { elems = append(elems, in.sympify(e)); return true })
			a, _ = engine.NewNDimArray(elems, []int{len(elems)})
		}
	}
	return &ndimValue{a: a, mutable: mutable}
}

// ndimGetItem resolves an index (an int, a slice, or a tuple of them) to
// the element or the subarray it selects.
func (in *interp) ndimGetItem(v, idx Value) (Value, bool) {
	nv, ok := v.(*ndimValue)
	if !ok {
		return nil, false
	}
	a := nv.a
	shape := a.Shape()
	if len(shape) == 0 {
		throw("ValueError", "index out of range")
	}
	parts := indexParts(idx)
	if len(parts) > len(shape) {
		throw("ValueError", "Dimension of index greater than rank of array")
	}
	sel := make([][]int, len(shape))
	keep := make([]bool, len(shape))
	border := func() {
		// SymPy's message: the index as given, 0 for the slices
		ps := make([]Value, len(shape))
		for k := range shape {
			ps[k] = big.NewInt(0)
			if k < len(parts) {
				if _, isSlice := parts[k].(*sliceValue); !isSlice {
					ps[k] = big.NewInt(in.toIndex(parts[k]))
				}
			}
		}
		throw("ValueError", "Index %s out of border", in.repr(&Tuple{Items: ps}))
	}
	for k := range shape {
		if k >= len(parts) {
			sel[k], keep[k] = seq(shape[k]), true
			continue
		}
		if sl, ok := parts[k].(*sliceValue); ok {
			lo, hi, st := in.indices(sl, shape[k])
			sel[k], keep[k] = sliceIdx(lo, hi, st), true
			continue
		}
		i := int(in.toIndex(parts[k]))
		if i < 0 {
			i += shape[k]
		}
		if i < 0 || i >= shape[k] {
			border()
		}
		sel[k] = []int{i}
	}
	var elems []engine.Expr
	var newShape []int
	for k := range shape {
		if keep[k] {
			newShape = append(newShape, len(sel[k]))
		}
	}
	idxs := make([]int, len(shape))
	var walk func(k int)
	walk = func(k int) {
		if k == len(shape) {
			elems = append(elems, a.Elems()[a.Offset(idxs)])
			return
		}
		for _, i := range sel[k] {
			idxs[k] = i
			walk(k + 1)
		}
	}
	walk(0)
	if len(newShape) == 0 {
		return elems[0], true
	}
	r, _ := engine.NewNDimArray(elems, newShape)
	return &ndimValue{a: r, mutable: nv.mutable}, true
}

// indexParts is an index as a list: a[i, j] gives (i, j), a[i] gives (i,).
func indexParts(idx Value) []Value {
	if t, ok := idx.(*Tuple); ok {
		return t.Items
	}
	return []Value{idx}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// ndimSetItem is a[i, j] = value on a MutableDenseNDimArray.
func (in *interp) ndimSetItem(v, idx, val Value) bool {
	nv, ok := v.(*ndimValue)
	if !ok {
		return false
	}
	if !nv.mutable {
		throw("TypeError", "immutable N-dim array")
	}
	parts := indexParts(idx)
	shape := nv.a.Shape()
	pos := make([]int, len(parts))
	for k, p := range parts {
		i := int(in.toIndex(p))
		if k < len(shape) && i < 0 {
			i += shape[k]
		}
		pos[k] = i
	}
	var off int
	switch {
	case len(pos) == len(shape):
		for k, i := range pos {
			if i < 0 || i >= shape[k] {
				throw("ValueError", "index out of range")
			}
		}
		off = nv.a.Offset(pos)
	case len(pos) == 1 && len(shape) > 0:
		off = pos[0] // a flat index
		if off < 0 || off >= len(nv.a.Elems()) {
			throw("ValueError", "index out of range")
		}
	default:
		throw("NotImplementedError", "dcalc assigns one element of an array at a time")
	}
	elems := append([]engine.Expr(nil), nv.a.Elems()...)
	elems[off] = in.sympify(val)
	nv.a, _ = engine.NewNDimArray(elems, shape)
	return true
}

// ndimBinop is +, - between arrays of one shape and *, / with a scalar.
func (in *interp) ndimBinop(op string, x, y Value) (Value, bool) {
	ax, xok := x.(*ndimValue)
	ay, yok := y.(*ndimValue)
	if !xok && !yok {
		return nil, false
	}
	switch {
	case xok && yok:
		switch op {
		case "+", "-":
			if !slices.Equal(ax.a.Shape(), ay.a.Shape()) {
				throw("ValueError", "array shape mismatch")
			}
			ye := ay.a.Elems()
			i := -1
			return &ndimValue{a: ax.a.Map(func(e engine.Expr) engine.Expr {
				i++
				if op == "-" {
					return engine.Sub(e, ye[i])
				}
				return engine.NewAdd(e, ye[i])
			}), mutable: ax.mutable}, true
		case "*", "/":
			throw("ValueError", "scalar expected, use tensorproduct(...) for tensorial product")
		}
	case xok:
		c, ok := scalarOf(y)
		if !ok {
			return nil, false
		}
		switch op {
		case "*":
			return &ndimValue{a: ax.a.Map(func(e engine.Expr) engine.Expr { return engine.NewMul(e, c) }), mutable: ax.mutable}, true
		case "/":
			return &ndimValue{a: ax.a.Map(func(e engine.Expr) engine.Expr { return engine.Div(e, c) }), mutable: ax.mutable}, true
		}
	default:
		c, ok := scalarOf(x)
		if !ok {
			return nil, false
		}
		if op == "*" {
			return &ndimValue{a: ay.a.Map(func(e engine.Expr) engine.Expr { return engine.NewMul(c, e) }), mutable: ay.mutable}, true
		}
	}
	return nil, false
}

func (in *interp) ndimUnary(op string, v Value) (Value, bool) {
	nv, ok := v.(*ndimValue)
	if !ok {
		return nil, false
	}
	switch op {
	case "-":
		return &ndimValue{a: nv.a.Map(engine.Neg), mutable: nv.mutable}, true
	case "+":
		return nv, true
	}
	return nil, false
}

// ndimList is tolist(): nested Python lists.
func ndimList(a *engine.NDimArray) Value {
	shape := a.Shape()
	if len(shape) == 0 {
		return a.Elems()[0]
	}
	l := &List{}
	for i := range shape[0] {
		l.Items = append(l.Items, ndimList(a.Sub(i)))
	}
	return l
}

// ndimItems are the items iteration yields: subarrays over the first
// index, elements for rank 1.
func ndimItems(nv *ndimValue) []Value {
	shape := nv.a.Shape()
	if len(shape) == 0 {
		return []Value{nv.a.Elems()[0]}
	}
	items := make([]Value, shape[0])
	for i := range items {
		items[i] = ndimResult(nv.a.Sub(i), nv.mutable)
	}
	return items
}

// elementwise applies the Expr method name with these arguments to
// every element.
func (in *interp) elementwise(nv *ndimValue, name string, args []Value, kw []kwArg) *ndimValue {
	b := exprMethodIndex[name]
	return &ndimValue{a: nv.a.Map(func(e engine.Expr) engine.Expr {
		return in.sympify(in.call(b.method(e), args, kw))
	}), mutable: nv.mutable}
}
