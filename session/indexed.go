package session

import "github.com/dcalc/dcalc/engine"

// indexedBase is SymPy's IndexedBase('x'): indexing it, x[i] or A[i, j],
// makes the engine's Indexed on its label. It prints as its label.
type indexedBase struct{ label *engine.Symbol }

func (b *indexedBase) pyStr() string  { return b.label.Name() }
func (b *indexedBase) pyRepr() string { return b.label.Name() }

func (b *indexedBase) getItem(in *interp, idx Value) Value {
	var ix []engine.Expr
	switch t := idx.(type) {
	case *Tuple:
		ix = in.sympifyAll(t.Items)
	case *sliceValue:
		throw("NotImplementedError", "dcalc's IndexedBase does not take slices yet")
	default:
		ix = []engine.Expr{in.sympify(idx)}
	}
	return engine.NewIndexed(b.label, ix...)
}

func (b *indexedBase) equal(other Value) bool {
	o, ok := other.(*indexedBase)
	return ok && engine.Equal(b.label, o.label)
}

func (b *indexedBase) hash() uint64                   { return b.label.Hash() ^ 0x1d }
func (b *indexedBase) cpythonHash() (int64, bool)     { return 0, false }
func (b *indexedBase) attr(name string) (Value, bool) { return indexedBaseAttr(b, name) }

// indexedBaseAttr is the attributes of an IndexedBase: its label.
func indexedBaseAttr(b *indexedBase, name string) (Value, bool) {
	if name == "label" {
		return b.label, true
	}
	return nil, false
}

// newIndexedBase is IndexedBase(label): a name or a Symbol; shapes,
// strides, offsets and assumptions are refused.
func newIndexedBase(in *interp, args []Value, kw []kwArg) Value {
	nargs("IndexedBase", args, 1, 1)
	if len(kw) > 0 {
		throw("NotImplementedError", "dcalc's IndexedBase does not support %s= yet", kw[0].Name)
	}
	switch x := args[0].(type) {
	case string:
		return &indexedBase{label: engine.NewSymbol(x, engine.Assumptions{})}
	case *engine.Symbol:
		return &indexedBase{label: x}
	}
	throw("TypeError", "IndexedBase expects a string or Symbol as its label")
	return nil
}

// newIndexed is Indexed(base, *indices) with base an IndexedBase, a
// Symbol or a name.
func newIndexed(in *interp, args []Value, kw []kwArg) Value {
	if len(args) < 2 {
		throw("IndexException", "Indexed needs at least one index.")
	}
	var b *indexedBase
	if x, ok := args[0].(*indexedBase); ok {
		b = x
	} else {
		b = newIndexedBase(in, args[:1], kw).(*indexedBase)
	}
	return engine.NewIndexed(b.label, in.sympifyAll(args[1:])...)
}

func init() {
	sympyClasses["IndexedBase"] = &Class{Name: "IndexedBase", Module: "sympy.tensor.indexed", Call: newIndexedBase,
		Is: func(v Value) bool { _, ok := v.(*indexedBase); return ok }}
	sympyClasses["Indexed"] = &Class{Name: "Indexed", Module: "sympy.tensor.indexed", Call: newIndexed,
		Is: func(v Value) bool {
			e, ok := v.(engine.Expr)
			if !ok {
				return false
			}
			_, _, ix := engine.IsIndexed(e)
			return ix
		}}
}
