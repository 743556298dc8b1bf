package session

import (
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// objArray is a NumPy array of dtype object: np.array of a SymPy Matrix
// or of SymPy numbers and expressions, and an array combined with an
// expression. Its elements are Python values; it prints as NumPy prints
// object arrays (each element's repr, no padding), converts with
// astype(float) or np.array(a, dtype=float), and its arithmetic applies
// the operator to each element, as NumPy's object loops do.
type objArray struct {
	shape []int
	items []Value // in C order
}

func (a *objArray) size() int { return len(a.items) }

// wantsObject reports whether np.array(v) with no dtype is an object
// array: some element is not a Python or NumPy number.
func (in *interp) wantsObject(v Value) bool {
	if _, ok := v.(*ndarray.Array); ok {
		return false
	}
	if _, ok := v.(*objArray); ok {
		return true
	}
	var shape []int
	var leaves []Value
	in.arrayLeaves(v, 0, &shape, &leaves)
	for _, l := range leaves {
		if _, ok := scalarKind(l); !ok {
			return true
		}
	}
	return false
}

// newObjArray is np.array(v, dtype=object).
func (in *interp) newObjArray(v Value) *objArray {
	if o, ok := v.(*objArray); ok {
		return &objArray{shape: append([]int(nil), o.shape...), items: append([]Value(nil), o.items...)}
	}
	if a, ok := v.(*ndarray.Array); ok {
		return &objArray{shape: append([]int(nil), a.Shape()...), items: arrayFlatItems(a)}
	}
	var shape []int
	var leaves []Value
	in.arrayLeaves(v, 0, &shape, &leaves)
	if len(shape) == 0 {
		throw("NotImplementedError", "dcalc does not implement 0-dimensional numpy object arrays yet")
	}
	return &objArray{shape: shape, items: leaves}
}

// arrayFlatItems are the elements of a as Python values, in C order.
func arrayFlatItems(a *ndarray.Array) []Value {
	out := make([]Value, a.Size())
	for i := range out {
		out[i] = scalarValue(a.Item(i))
	}
	return out
}

// asType converts the elements to a numeric dtype, as float(), int()
// or complex() would.
func (in *interp) objAsType(a *objArray, dt ndarray.DType) *ndarray.Array {
	return in.toArrayDType(a.nested(), &dt)
}

// nested is the array as nested lists (tolist()).
func (a *objArray) nested() Value {
	var build func(axis, off int) Value
	build = func(axis, off int) Value {
		if axis == len(a.shape) {
			return a.items[off]
		}
		stride := 1
		for _, d := range a.shape[axis+1:] {
			stride *= d
		}
		out := make([]Value, a.shape[axis])
		for i := range out {
			out[i] = build(axis+1, off+i*stride)
		}
		return &List{Items: out}
	}
	return build(0, 0)
}

// format is repr (array([...], dtype=object)) or str.
func (in *interp) objFormat(a *objArray, repr bool) string {
	words := make([]string, len(a.items))
	for i, v := range a.items {
		words[i] = in.repr(v)
	}
	return ndarray.ObjectString(a.shape, words, in.printOptions(), repr)
}

// getItem implements pyIndexable: an integer (or a tuple of them) picks
// a row or an element.
func (a *objArray) getItem(in *interp, idx Value) Value {
	idxs := []Value{idx}
	if t, ok := idx.(*Tuple); ok {
		idxs = t.Items
	}
	if len(idxs) > len(a.shape) {
		throw("IndexError", "too many indices for array: array is %d-dimensional, but %d were indexed", len(a.shape), len(idxs))
	}
	off := 0
	stride := len(a.items)
	for d, iv := range idxs {
		if _, ok := iv.(*big.Int); !ok {
			if _, ok := iv.(*engine.Integer); !ok {
				throw("NotImplementedError", "dcalc indexes numpy object arrays by integers only")
			}
		}
		n := a.shape[d]
		i := in.toInt(iv).Int64()
		if i < -int64(n) || i >= int64(n) {
			throw("IndexError", "index %d is out of bounds for axis %d with size %d", i, d, n)
		}
		if i < 0 {
			i += int64(n)
		}
		stride /= n
		off += int(i) * stride
	}
	if len(idxs) == len(a.shape) {
		return a.items[off]
	}
	return &objArray{shape: append([]int(nil), a.shape[len(idxs):]...), items: append([]Value(nil), a.items[off:off+stride]...)}
}

// iterate implements pyIterable: the rows (the elements of a 1-D array).
func (a *objArray) iterate(in *interp, f func(Value) bool) {
	for i := range a.shape[0] {
		if !f(a.getItem(in, big.NewInt(int64(i)))) {
			return
		}
	}
}

// length implements pySized.
func (a *objArray) length() int { return a.shape[0] }

// transpose reverses the axes of a 2-D array (a 1-D one is itself).
func (a *objArray) transpose() *objArray {
	if len(a.shape) != 2 {
		if len(a.shape) == 1 {
			return a
		}
		throw("NotImplementedError", "dcalc transposes numpy object arrays of one or two dimensions only")
	}
	r, c := a.shape[0], a.shape[1]
	out := make([]Value, len(a.items))
	for i := range r {
		for j := range c {
			out[j*r+i] = a.items[i*c+j]
		}
	}
	return &objArray{shape: []int{c, r}, items: out}
}

// objArrayAttr answers the attributes of an object array.
func (in *interp) objArrayAttr(v Value, name string) (Value, bool) {
	a, ok := v.(*objArray)
	if !ok {
		return nil, false
	}
	method := func(fn func(args []Value, kw []kwArg) Value) Value {
		return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, _ Value, args []Value, kw []kwArg) Value { return fn(args, kw) }}
	}
	switch name {
	case "shape":
		return shapeTuple(a.shape), true
	case "ndim":
		return itoBig(len(a.shape)), true
	case "size":
		return itoBig(a.size()), true
	case "dtype":
		return objDType{}, true
	case "T":
		return a.transpose(), true
	case "tolist":
		return method(func(args []Value, kw []kwArg) Value {
			nargs("tolist", args, 0, 0)
			kwOnly("tolist", kw)
			return a.nested()
		}), true
	case "astype":
		return method(func(args []Value, kw []kwArg) Value {
			nargs("astype", args, 1, 1)
			kwOnly("astype", kw)
			if in.isObjectDType(args[0]) {
				return in.newObjArray(a)
			}
			dt, _ := in.dtypeOf(args[0])
			return in.objAsType(a, dt)
		}), true
	case "copy":
		return method(func(args []Value, kw []kwArg) Value {
			nargs("copy", args, 0, 0)
			return in.newObjArray(a)
		}), true
	}
	if isNumpyName("ndarray." + name) {
		throw("NotImplementedError", "dcalc does not implement ndarray.%s for object arrays yet", name)
	}
	return nil, false
}

// isObjectDType reports whether v names the object dtype (object, 'O',
// 'object', np.object_).
func (in *interp) isObjectDType(v Value) bool {
	switch x := v.(type) {
	case string:
		return x == "O" || x == "object"
	case *Class:
		return x.Name == "object" || x.Name == "object_"
	case *Builtin:
		return x.Name == "object"
	}
	return false
}

// objBinop applies a binary operator elementwise when either side is
// an object array, or a numeric array meets a SymPy expression (NumPy
// makes that an object array).
func (in *interp) objBinop(op string, a, b Value) (Value, bool) {
	oa, aok := a.(*objArray)
	ob, bok := b.(*objArray)
	if !aok && !bok {
		na, naok := a.(*ndarray.Array)
		nb, nbok := b.(*ndarray.Array)
		_, ea := a.(engine.Expr)
		_, eb := b.(engine.Expr)
		switch {
		case naok && eb:
			oa, aok = in.newObjArray(na), true
		case nbok && ea:
			ob, bok = in.newObjArray(nb), true
		default:
			return nil, false
		}
	}
	if aok && !bok {
		if _, isArr := b.(*ndarray.Array); isArr {
			ob, bok = in.newObjArray(b), true
		}
	}
	if bok && !aok {
		if _, isArr := a.(*ndarray.Array); isArr {
			oa, aok = in.newObjArray(a), true
		}
	}
	if op == "@" {
		if !aok || !bok {
			throw("ValueError", "matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
		}
		return in.objMatmul(oa, ob), true
	}
	var shape []int
	switch {
	case aok && bok:
		if !slices.Equal(oa.shape, ob.shape) {
			throw("NotImplementedError", "dcalc broadcasts numpy object arrays of the same shape only")
		}
		shape = oa.shape
	case aok:
		shape = oa.shape
	default:
		shape = ob.shape
	}
	n := 1
	for _, d := range shape {
		n *= d
	}
	out := make([]Value, n)
	for i := range out {
		x, y := a, b
		if aok {
			x = oa.items[i]
		}
		if bok {
			y = ob.items[i]
		}
		out[i] = in.binop(op, x, y, nil)
	}
	return &objArray{shape: append([]int(nil), shape...), items: out}, true
}

// objDType is the object dtype: str "object", repr dtype('O').
type objDType struct{}

// pyStr implements pyStringer.
func (objDType) pyStr() string { return "object" }

// pyRepr implements pyStringer.
func (objDType) pyRepr() string { return "dtype('O')" }

// objMatmul is a @ b for 1-D and 2-D object arrays: sums of products.
func (in *interp) objMatmul(a, b *objArray) Value {
	if len(a.shape) > 2 || len(b.shape) > 2 {
		throw("NotImplementedError", "dcalc multiplies numpy object arrays of one or two dimensions only")
	}
	// as 2-D: a vector on the left is a row, on the right a column
	ar, ac := 1, a.shape[0]
	if len(a.shape) == 2 {
		ar, ac = a.shape[0], a.shape[1]
	}
	br, bc := b.shape[0], 1
	if len(b.shape) == 2 {
		bc = b.shape[1]
	}
	if ac != br {
		throw("ValueError", "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %d is different from %d)", br, ac)
	}
	out := make([]Value, ar*bc)
	for i := range ar {
		for j := range bc {
			var acc Value
			for k := range ac {
				p := in.binop("*", a.items[i*ac+k], b.items[k*bc+j], nil)
				if acc == nil {
					acc = p
				} else {
					acc = in.binop("+", acc, p, nil)
				}
			}
			out[i*bc+j] = acc
		}
	}
	var shape []int
	if len(a.shape) == 2 {
		shape = append(shape, ar)
	}
	if len(b.shape) == 2 {
		shape = append(shape, bc)
	}
	if len(shape) == 0 {
		return out[0]
	}
	return &objArray{shape: shape, items: out}
}
