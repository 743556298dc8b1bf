package session

import "github.com/dcalc/dcalc/engine"

// This file holds Python's list and tuple and their sequence operations.

// List is a Python list.
type List struct{ Items []Value }

// Tuple is a Python tuple.
type Tuple struct {
	Items []Value
	// nt is the class of a named tuple (collections.namedtuple)
	nt *namedTuple
}

func (x *List) iterate(_ *interp, f func(Value) bool) {
	// by index: the loop body may append to the list, as CPython allows
	for i := 0; i < len(x.Items); i++ {
		if !f(x.Items[i]) {
			return
		}
	}
}

func (x *List) getItem(in *interp, idx Value) Value {
	if sl, ok := idx.(*sliceValue); ok {
		var out []Value
		for _, i := range in.sliceIndices(sl, len(x.Items)) {
			out = append(out, x.Items[i])
		}
		return &List{Items: out}
	}
	return x.Items[in.seqIndex(idx, len(x.Items), "list")]
}

func (x *List) setItem(in *interp, idx, val Value) {
	if sl, ok := idx.(*sliceValue); ok {
		a, b, c := in.indices(sl, len(x.Items))
		items := in.toSlice(val)
		if c != 1 {
			ix := sliceIdx(a, b, c)
			if len(ix) != len(items) {
				throw("ValueError", "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(ix))
			}
			for k, i := range ix {
				x.Items[i] = items[k]
			}
			return
		}
		if b < a {
			b = a
		}
		x.Items = append(append(append([]Value(nil), x.Items[:a]...), items...), x.Items[b:]...)
		return
	}
	n := len(x.Items)
	i := 0
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(*Exception); ok && e.Type == "IndexError" {
					e.Msg = "list assignment index out of range"
				}
				panic(r)
			}
		}()
		i = in.seqIndex(idx, n, "list")
	}()
	x.Items[i] = val
}

func (x *List) delItem(in *interp, idx Value) {
	if sl, ok := idx.(*sliceValue); ok {
		del := map[int]bool{}
		for _, i := range in.sliceIndices(sl, len(x.Items)) {
			del[i] = true
		}
		var out []Value
		for i, it := range x.Items {
			if !del[i] {
				out = append(out, it)
			}
		}
		x.Items = out
		return
	}
	i := in.seqIndex(idx, len(x.Items), "list")
	x.Items = append(x.Items[:i:i], x.Items[i+1:]...)
}

func (x *Tuple) iterate(_ *interp, f func(Value) bool) {
	for _, it := range x.Items {
		if !f(it) {
			return
		}
	}
}

func (x *Tuple) getItem(in *interp, idx Value) Value {
	if sl, ok := idx.(*sliceValue); ok {
		var out []Value
		for _, i := range in.sliceIndices(sl, len(x.Items)) {
			out = append(out, x.Items[i])
		}
		return &Tuple{Items: out}
	}
	return x.Items[in.seqIndex(idx, len(x.Items), "tuple")]
}

func (x *List) binary(op string, b Value) (Value, bool) {
	other := func(v Value) ([]Value, bool) {
		y, ok := v.(*List)
		if !ok {
			return nil, false
		}
		return y.Items, true
	}
	if items, ok := seqBinop(op, "list", x.Items, b, other); ok {
		return &List{Items: items}, true
	}
	return nil, false
}

func (x *Tuple) binary(op string, b Value) (Value, bool) {
	other := func(v Value) ([]Value, bool) {
		y, ok := v.(*Tuple)
		if !ok {
			return nil, false
		}
		return y.Items, true
	}
	if items, ok := seqBinop(op, "tuple", x.Items, b, other); ok {
		return &Tuple{Items: items}, true
	}
	return nil, false
}

func repeatItems(xs []Value, n int) []Value {
	checkAlloc(len(xs)*valueSize, n)
	out := make([]Value, 0, len(xs)*n)
	for i := 0; i < n; i++ {
		out = append(out, xs...)
	}
	return out
}

// seqBinop is + and * for a list or tuple x (kind names it) with b:
// concatenation with the same kind, repetition by an int, and CPython's
// TypeErrors otherwise. ok is false when the operation is not handled
// here.
func seqBinop(op, kind string, x []Value, b Value, same func(Value) ([]Value, bool)) ([]Value, bool) {
	switch op {
	case "+":
		if y, ok := same(b); ok {
			return append(append([]Value(nil), x...), y...), true
		}
		throw("TypeError", "can only concatenate %s (not \"%s\") to %s", kind, typeName(b), kind)
	case "*":
		if n, ok := seqCount(b); ok {
			return repeatItems(x, n), true
		}
		if _, isExpr := b.(engine.Expr); isPyNumber(b) || isExpr {
			// SymPy's __rmul__ returns NotImplemented for a sequence.
			throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(b))
		}
	}
	return nil, false
}
