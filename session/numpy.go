package session

import (
	_ "embed"
	"math/big"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file adapts session/ndarray to Python: NumPy arrays as values,
// their operators, indexing, attributes and methods, and the conversions
// between Python values and arrays. The numpy module's functions are in
// numpymod.go.

// npDType is a dtype object (a.dtype, np.dtype('float64')).
type npDType struct{ dt ndarray.DType }

// npScalarClass is a NumPy scalar type used as a dtype argument and
// constructor: np.float64, np.int64, np.bool_, np.complex128.
type npScalarClass struct{ dt ndarray.DType }

var npScalarNames = [...]string{"bool_", "int64", "float64", "complex128"}

// npScalarCall is np.float64(x) and its kin: x converted to the type (an
// array of it for a sequence), zero without an argument.
func (in *interp) npScalarCall(c *npScalarClass, args []Value, kw []kwArg) Value {
	noKw(npScalarNames[c.dt], kw)
	nargs(npScalarNames[c.dt], args, 0, 1)
	if len(args) == 0 {
		return arrayValue(ndarray.Zeros(c.dt, nil))
	}
	if s, ok := args[0].(string); ok {
		args = []Value{in.call(in.builtins[map[bool]string{true: "float", false: "int"}[c.dt != ndarray.Int64]], []Value{s}, nil)}
	}
	a := in.toArray(args[0])
	return arrayValue(npCall(func() *ndarray.Array { return a.AsType(c.dt) }))
}

// dtypeOf reads a dtype argument: None, a dtype, np.float64, float, int,
// complex, bool, or a name such as 'float64'.
func (in *interp) dtypeOf(v Value) (ndarray.DType, bool) {
	switch x := v.(type) {
	case nil, *noneType:
		return 0, false
	case *npDType:
		return x.dt, true
	case *npScalarClass:
		return x.dt, true
	case *Class:
		switch x.Name {
		case "float":
			return ndarray.Float64, true
		case "int":
			return ndarray.Int64, true
		case "complex":
			return ndarray.Complex128, true
		case "bool":
			return ndarray.Bool, true
		}
	case string:
		switch x {
		case "float64", "float", "f8", "d":
			return ndarray.Float64, true
		case "int64", "int", "i8":
			return ndarray.Int64, true
		case "complex128", "complex", "c16":
			return ndarray.Complex128, true
		case "bool", "?":
			return ndarray.Bool, true
		}
	}
	throw("NotImplementedError", "dcalc's numpy has the dtypes bool, int64, float64 and complex128 only, not %s", in.repr(v))
	return 0, false
}

// dtypeEqual is == between a dtype and anything naming a dtype
// (np.float64, float, 'float64'), as NumPy compares them.
func dtypeEqual(a, b Value) (bool, bool) {
	d, ok := a.(*npDType)
	other := b
	if !ok {
		d, ok = b.(*npDType)
		other = a
	}
	if !ok {
		return false, false
	}
	var dt ndarray.DType
	if err := ndarray.Catch(func() {
		defer func() {
			if r := recover(); r != nil {
				panic(&ndarray.Error{Class: "TypeError"})
			}
		}()
		var in interp
		dt, ok = in.dtypeOf(other)
	}); err != nil || !ok {
		return false, true
	}
	return dt == d.dt, true
}

// toArray is np.asarray(v): arrays as they are, Python numbers and
// (nested) lists and tuples as new arrays.
func (in *interp) toArray(v Value) *ndarray.Array {
	return in.toArrayDType(v, nil)
}

// toArrayDType is toArray with an optional dtype (nil: inferred). With a
// dtype, SymPy numbers are converted as float() or complex() would.
func (in *interp) toArrayDType(v Value, dt *ndarray.DType) *ndarray.Array {
	if o, ok := v.(*objArray); ok {
		if dt == nil {
			throw("NotImplementedError", "dcalc does not implement this numpy function on object arrays (of SymPy values) yet; convert with .astype(float) or use lambdify")
		}
		return in.toArrayDType(o.nested(), dt)
	}
	if a, ok := v.(*ndarray.Array); ok {
		if dt != nil && *dt != a.DType() {
			return a.AsTypeKeepOrder(*dt)
		}
		return a
	}
	var shape []int
	var leaves []Value
	in.arrayLeaves(v, 0, &shape, &leaves)
	kind := ndarray.Bool
	if len(leaves) == 0 {
		kind = ndarray.Float64
	}
	for _, l := range leaves {
		k, ok := scalarKind(l)
		if !ok {
			if dt == nil {
				throw("NotImplementedError", "dcalc does not implement numpy object arrays (of %s) yet; convert the elements with float() or pass dtype=float", typeName(l))
			}
			k = *dt
		}
		kind = max(kind, k)
	}
	if dt != nil {
		kind = *dt
	}
	switch kind {
	case ndarray.Bool:
		out := make([]bool, len(leaves))
		for i, l := range leaves {
			out[i] = in.truth(l, nil)
		}
		return ndarray.Bools(shape, out)
	case ndarray.Int64:
		out := make([]int64, len(leaves))
		for i, l := range leaves {
			out[i] = in.toInt64(l)
		}
		return ndarray.Ints(shape, out)
	case ndarray.Float64:
		out := make([]float64, len(leaves))
		for i, l := range leaves {
			if _, ok := l.(complex128); ok {
				throw("TypeError", "can't convert complex to float")
			}
			out[i] = in.toFloat(l)
		}
		return ndarray.Floats(shape, out)
	}
	out := make([]complex128, len(leaves))
	for i, l := range leaves {
		out[i] = in.toComplex(l)
	}
	return ndarray.Complexes(shape, out)
}

func (in *interp) toInt64(v Value) int64 {
	b := in.toInt(v)
	if !b.IsInt64() {
		throw("OverflowError", "Python int too large to convert to C long")
	}
	return b.Int64()
}

func (in *interp) toComplex(v Value) complex128 {
	switch x := v.(type) {
	case complex128:
		return x
	case engine.Expr:
		if c, ok := approx(x); ok && engine.IsNumberExpr(x) {
			return c
		}
	}
	return complex(in.toFloat(v), 0)
}

// scalarKind is the dtype NumPy gives a Python scalar.
func scalarKind(v Value) (ndarray.DType, bool) {
	switch v.(type) {
	case bool:
		return ndarray.Bool, true
	case *big.Int:
		return ndarray.Int64, true
	case float64:
		return ndarray.Float64, true
	case complex128:
		return ndarray.Complex128, true
	}
	return 0, false
}

// arrayLeaves walks nested lists, tuples and arrays, checking that they
// are rectangular, and collects the scalars in C order.
func (in *interp) arrayLeaves(v Value, depth int, shape *[]int, leaves *[]Value) {
	var items []Value
	switch x := v.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	case *Range:
		items = in.toSlice(x)
	case *ndarray.Array:
		items = arrayItems(x)
	default:
		if m, ok := asMatrix(v); ok {
			nr, nc := m.Shape()
			rows := make([]Value, nr)
			for i := range rows {
				row := make([]Value, nc)
				for j := range row {
					row[j] = m.At(i, j)
				}
				rows[i] = &List{Items: row}
			}
			items = rows
			break
		}
		if len(*shape) != depth {
			in.inhomogeneous(*shape, depth)
		}
		*leaves = append(*leaves, v)
		return
	}
	if depth > 32 {
		throw("ValueError", "maximum supported dimension for an ndarray is 32, found 33")
	}
	if len(*shape) == depth {
		if len(*leaves) > 0 {
			in.inhomogeneous(*shape, depth)
		}
		*shape = append(*shape, len(items))
	} else if len(*shape) < depth || (*shape)[depth] != len(items) {
		in.inhomogeneous(*shape, depth)
	}
	for _, it := range items {
		in.arrayLeaves(it, depth+1, shape, leaves)
	}
}

func (in *interp) inhomogeneous(shape []int, depth int) {
	n := min(depth, len(shape))
	throw("ValueError", "setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions. The detected shape was %s + inhomogeneous part.", n, ndarray.ShapeString(shape[:n]))
}

// arrayItems are the items of iterating over a: sub-arrays along the
// first axis, or scalars for a 1-d array.
func arrayItems(a *ndarray.Array) []Value {
	if a.NDim() == 0 {
		throw("TypeError", "iteration over a 0-d array")
	}
	n := a.Shape()[0]
	out := make([]Value, n)
	for i := range n {
		out[i] = arrayValue(a.Get([]ndarray.Index{{Kind: ndarray.IndexInt, Int: i}}))
	}
	return out
}

// arrayValue turns a 0-d array into its Python scalar; other arrays stay.
// (NumPy returns numpy.float64 and friends; dcalc's scalars are Python's,
// which print the same.)
func arrayValue(a *ndarray.Array) Value {
	if a.NDim() != 0 {
		return a
	}
	return scalarValue(a.Item(0))
}

func scalarValue(x any) Value {
	switch v := x.(type) {
	case int64:
		return big.NewInt(v)
	}
	return x
}

// warn shows a warning once per message and source line, as Python's
// default warning filter does: "FILE:LINE: CATEGORY: MESSAGE" and the line.
func (in *interp) warn(category, msg string) { in.warnUp(0, category, msg) }

// warnUp is warn attributed to the frame up levels above the one calling
// the library function (a warning raised with a larger stacklevel);
// beyond the program's outermost frame Python reports "sys:1".
func (in *interp) warnUp(up int, category, msg string) {
	file, line := "<stdin>", 1
	switch k := len(in.frames) - 1 - up; {
	case k >= 0:
		fr := in.frames[k]
		file = fr.file
		if fr.node != nil {
			line = fr.node.Pos().Line
		}
	case len(in.frames) > 0:
		file = "sys"
	}
	in.warnAt(file, line, category, msg)
}

// warnAt shows a warning attributed to file and line.
func (in *interp) warnAt(file string, line int, category, msg string) {
	if in.sampling {
		return
	}
	action := in.warnAction(category, msg)
	switch action {
	case "ignore":
		return
	case "error":
		throw(category, "%s", msg)
	}
	key := file + "\x00" + category + "\x00" + msg + "\x00" + string(rune(line))
	switch action {
	case "always":
		key = ""
	case "module":
		key = file + "\x00" + category + "\x00" + msg
	case "once":
		key = "\x00" + category + "\x00" + msg
	}
	if in.s.warned == nil {
		in.s.warned = map[string]bool{}
	}
	if key != "" && in.s.warned[key] {
		return
	}
	if key != "" {
		in.s.warned[key] = true
	}
	w := in.s.errOut
	if w == nil {
		w = in.s.out
	}
	text := file + ":" + itoa(line) + ": " + category + ": " + msg + "\n"
	if src := in.s.sources[file]; line-1 < len(src) && line >= 1 {
		text += "  " + strings.TrimSpace(src[line-1]) + "\n"
	}
	_, _ = w.Write([]byte(text))
}

// npResult reports the floating-point flags of the ufunc name as
// RuntimeWarnings and returns the result (a scalar when 0-d).
func (in *interp) npResult(a *ndarray.Array, fl ndarray.Flags, name string) Value {
	for _, w := range fl.Warnings(name) {
		switch in.npErrMode(w) {
		case "ignore":
		case "raise":
			throw("FloatingPointError", "%s", w)
		default:
			in.warn("RuntimeWarning", w)
		}
	}
	return arrayValue(a)
}

// npCall runs f, turning ndarray's errors into Python exceptions.
func npCall[T any](f func() T) T {
	var r T
	if err := ndarray.Catch(func() { r = f() }); err != nil {
		throw(err.Class, "%s", err.Msg)
	}
	return r
}

// isArrayOperand reports whether v takes part in array arithmetic with
// an array: arrays, Python numbers, lists and tuples.
func isArrayOperand(v Value) bool {
	switch v.(type) {
	case *ndarray.Array, bool, *big.Int, float64, complex128, *List, *Tuple:
		return true
	}
	return false
}

// arrayBinop is a Python operator with at least one array operand.
func (in *interp) arrayBinop(op string, a, b Value) (Value, bool) {
	_, aa := a.(*ndarray.Array)
	_, ba := b.(*ndarray.Array)
	if !aa && !ba {
		return nil, false
	}
	other := b
	if ba {
		other = a
	}
	if op == "@" {
		return npCall(func() Value { return arrayValue(ndarray.MatMul(in.toArray(a), in.toArray(b))) }), true
	}
	if !isArrayOperand(other) {
		return nil, false
	}
	u := ndarray.Arithmetic(op, libmPow)
	if u == nil {
		return nil, false
	}
	x, y := in.toArray(a), in.toArray(b)
	r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) {
		if in.sampling {
			return u.ApplyFast(x, y)
		}
		return u.Apply(x, y)
	})
	return in.npResult(r, fl, u.Name), true
}

func npCall2(f func() (*ndarray.Array, ndarray.Flags)) (*ndarray.Array, ndarray.Flags) {
	var r *ndarray.Array
	var fl ndarray.Flags
	if err := ndarray.Catch(func() { r, fl = f() }); err != nil {
		throw(err.Class, "%s", err.Msg)
	}
	return r, fl
}

// arrayUnary is -a, +a, ~a and abs(a).
func (in *interp) arrayUnary(op string, v Value) (Value, bool) {
	a, ok := v.(*ndarray.Array)
	if !ok {
		return nil, false
	}
	switch op {
	case "-":
		return npCall(func() Value { return arrayValue(ndarray.Negate(a)) }), true
	case "+":
		return a.Copy(), true
	case "~":
		return npCall(func() Value { return arrayValue(ndarray.Invert(a)) }), true
	}
	return nil, false
}

// arrayTruth is bool(a).
func arrayTruth(a *ndarray.Array) bool {
	switch a.Size() {
	case 1:
		return a.Bool8s()[0]
	case 0:
		return false
	}
	throw("ValueError", "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
	return false
}

// arrayScalar is float(a), int(a) or complex(a) of a size-1 array.
func arrayScalar(a *ndarray.Array) Value {
	if a.Size() != 1 {
		throw("TypeError", "only size-1 arrays can be converted to Python scalars")
	}
	return scalarValue(a.Item(0))
}

// arrayIndex converts a Python subscript into ndarray indices.
func (in *interp) arrayIndex(idx Value) []ndarray.Index {
	items := []Value{idx}
	if t, ok := idx.(*Tuple); ok {
		items = t.Items
	}
	out := make([]ndarray.Index, len(items))
	for i, it := range items {
		switch x := it.(type) {
		case *sliceValue:
			var s [3]*int
			for j, p := range []Value{x.Lo, x.Hi, x.Step} {
				if p != nil && p != none {
					n := int(in.toIndex(p))
					s[j] = &n
				}
			}
			out[i] = ndarray.Index{Kind: ndarray.IndexSlice, Slice: s}
		case *noneType:
			out[i] = ndarray.Index{Kind: ndarray.IndexNewAxis}
		case *ellipsisType:
			out[i] = ndarray.Index{Kind: ndarray.IndexEllipsis}
		case *ndarray.Array:
			out[i] = ndarray.Index{Kind: ndarray.IndexArray, Array: x}
		case *List, *Range:
			out[i] = ndarray.Index{Kind: ndarray.IndexArray, Array: in.toArray(x)}
		case bool:
			throw("NotImplementedError", "dcalc does not implement numpy indexing with a bool scalar yet")
		case float64:
			throw("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
		default:
			if _, ok := it.(*big.Int); !ok {
				if _, ok := it.(*engine.Integer); !ok {
					throw("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
				}
			}
			out[i] = ndarray.Index{Kind: ndarray.IndexInt, Int: int(in.toIndex(it))}
		}
	}
	return out
}

func (in *interp) arrayGetItem(v, idx Value) (Value, bool) {
	a, ok := v.(*ndarray.Array)
	if !ok {
		return nil, false
	}
	ix := in.arrayIndex(idx)
	return npCall(func() Value { return arrayValue(a.Get(ix)) }), true
}

func (in *interp) arraySetItem(v, idx, val Value) bool {
	a, ok := v.(*ndarray.Array)
	if !ok {
		return false
	}
	ix := in.arrayIndex(idx)
	src := in.toArray(val)
	npCall(func() bool { a.Set(ix, src); return true })
	return true
}

// printOptions is the session's NumPy print options.
func (in *interp) printOptions() ndarray.PrintOptions {
	if in.npPrint == nil {
		return ndarray.DefaultPrintOptions
	}
	return *in.npPrint
}

// arrayRepr is repr(a) for arrays and dtypes.
func (in *interp) arrayRepr(v Value) (string, bool) {
	switch x := v.(type) {
	case *ndarray.Array:
		return x.ReprWith(in.printOptions()), true
	case *npDType:
		return "dtype('" + x.dt.String() + "')", true
	case *npScalarClass:
		return "<class 'numpy." + npScalarNames[x.dt] + "'>", true
	case *objArray:
		return in.objFormat(x, true), true
	}
	return "", false
}

// arrayStr is str(a).
func (in *interp) arrayStr(v Value) (string, bool) {
	switch x := v.(type) {
	case *ndarray.Array:
		if x.NDim() == 0 {
			// str of a 0-d array is str of its item: -2.0, 1e-20,
			// (1+2j), as NumPy's array_str prints it
			return in.str(arrayValue(x)), true
		}
		return x.StrWith(in.printOptions()), true
	case *npDType:
		return x.dt.String(), true
	case *objArray:
		return in.objFormat(x, false), true
	}
	return "", false
}

func arrayTypeName(v Value) (string, bool) {
	switch x := v.(type) {
	case *objArray:
		return "numpy.ndarray", true
	case *ndarray.Array:
		return "numpy.ndarray", true
	case *npDType:
		return "numpy.dtype[" + npScalarNames[x.dt] + "]", true
	case *npScalarClass:
		return "type", true
	}
	return "", false
}

// axisArg reads an axis argument (None or an int).
func (in *interp) axisArg(v Value) *int {
	if v == nil || v == none {
		return nil
	}
	n := int(in.toIndex(v))
	return &n
}

// shapeArg reads a shape argument: an int or a tuple of ints.
func (in *interp) shapeArg(v Value) []int {
	switch x := v.(type) {
	case *Tuple, *List:
		items := in.toSlice(x)
		shape := make([]int, len(items))
		for i, it := range items {
			shape[i] = int(in.toIndex(it))
			if shape[i] < 0 {
				throw("ValueError", "negative dimensions are not allowed")
			}
		}
		return shape
	}
	n := int(in.toIndex(v))
	if n < 0 {
		throw("ValueError", "negative dimensions are not allowed")
	}
	return []int{n}
}

// arrayList is a.tolist().
func arrayList(a *ndarray.Array) Value {
	if a.NDim() == 0 {
		return scalarValue(a.Item(0))
	}
	items := make([]Value, a.Shape()[0])
	for i := range items {
		items[i] = arrayList(a.Get([]ndarray.Index{{Kind: ndarray.IndexInt, Int: i}}))
	}
	return &List{Items: items}
}

// arrayMethodTable binds the ndarray methods; the reductions share the
// rows of the numpy functions with the array as receiver.
var arrayMethodTable = []*binding{
	{Name: "reshape", Sig: "(*shape, order='C')", Doc: "The array with a new shape.",
		Fn: func(in *interp, a *callArgs) Value {
			args := a.Rest()
			var shape []int
			if len(args) == 1 {
				shape = in.shapeArgNeg(args[0])
			} else {
				shape = in.shapeArgNeg(&Tuple{Items: args})
			}
			return npCall(func() Value { return a.Self.(*ndarray.Array).Reshape(shape) })
		}},
	{Name: "copy", Sig: "(order='C')", Doc: "A copy.", Fn: func(in *interp, a *callArgs) Value { return a.Self.(*ndarray.Array).Copy() }},
	{Name: "tolist", Sig: "()", Doc: "The elements as nested Python lists.", Fn: func(in *interp, a *callArgs) Value { return arrayList(a.Self.(*ndarray.Array)) }},
	{Name: "flatten", Sig: "(order='C')", Doc: "A 1-d copy.", Fn: func(in *interp, a *callArgs) Value { return a.Self.(*ndarray.Array).Copy().Ravel() }},
	{Name: "ravel", Sig: "(order='C')", Doc: "The elements as a 1-d array.", Fn: func(in *interp, a *callArgs) Value { return a.Self.(*ndarray.Array).Ravel() }},
	{Name: "transpose", Sig: "(*axes)", Doc: "The array with its axes reversed.", Fn: func(in *interp, a *callArgs) Value {
		if len(a.Rest()) > 0 {
			throw("NotImplementedError", "dcalc does not implement numpy.ndarray.transpose with axes yet")
		}
		return a.Self.(*ndarray.Array).Transpose()
	}},
	{Name: "astype", Sig: "(dtype, order='K', casting='unsafe', subok=True, copy=True)", Doc: "A copy converted to dtype.",
		Fn: func(in *interp, a *callArgs) Value {
			dt, _ := in.dtypeOf(a.Get("dtype"))
			return a.Self.(*ndarray.Array).AsTypeKeepOrder(dt) // order='K'
		}},
	{Name: "item", Sig: "(*args)", Doc: "One element as a Python scalar.", Fn: func(in *interp, a *callArgs) Value {
		x := a.Self.(*ndarray.Array)
		switch args := a.Rest(); len(args) {
		case 0:
			if x.Size() != 1 {
				throw("ValueError", "can only convert an array of size 1 to a Python scalar")
			}
			return scalarValue(x.Item(0))
		case 1:
			k := int(in.toIndex(args[0]))
			if k < 0 {
				k += x.Size()
			}
			if k < 0 || k >= x.Size() {
				throw("IndexError", "index %d is out of bounds for size %d", in.toIndex(args[0]), x.Size())
			}
			return scalarValue(x.Item(k))
		}
		return arrayValue(npCall(func() *ndarray.Array { return x.Get(in.arrayIndex(&Tuple{Items: a.Rest()})) }))
	}},
	{Name: "dot", Sig: "(b, out=None)", Doc: "Dot product with b.", Fn: func(in *interp, a *callArgs) Value {
		return in.npDot(a.Self.(*ndarray.Array), in.toArray(a.Get("b")), ndarray.Dot)
	}},
	{Name: "fill", Sig: "(value)", Doc: "Set every element to value.", Fn: func(in *interp, a *callArgs) Value {
		x, v := a.Self.(*ndarray.Array), in.toArray(a.Get("value"))
		npCall(func() bool { x.Set(nil, v); return true })
		return none
	}},
	{Name: "sort", Sig: "(axis=-1, kind=None, order=None)", Honours: "axis", Doc: "Sort in place along an axis (the last by default).", Fn: func(in *interp, a *callArgs) Value {
		x := a.Self.(*ndarray.Array)
		v := a.Or("axis", big.NewInt(-1))
		if v == none {
			throw("NotImplementedError", "dcalc's ndarray.sort takes an axis (axis=None is np.sort's)")
		}
		axis := in.axisArg(v)
		sorted := npCall(func() *ndarray.Array { return ndarray.SortAlong(x, axis) })
		npCall(func() bool { x.Set(nil, sorted); return true })
		return none
	}},
	{Name: "conj", Sig: "()", Doc: "The complex conjugate.", Fn: func(in *interp, a *callArgs) Value { return arrayValue(ndarray.Conj(a.Self.(*ndarray.Array))) }},
}

var arrayMethods = func() map[string]*binding {
	m := map[string]*binding{}
	for _, b := range arrayMethodTable {
		m[b.Name] = b
	}
	for _, b := range numpyTable {
		switch b.Name {
		case "sum", "prod", "mean", "std", "var", "max", "min", "argmax", "argmin", "any", "all", "cumsum", "cumprod", "round", "clip":
			m[b.Name] = &binding{Name: b.Name, Sig: "(" + strings.TrimPrefix(strings.TrimPrefix(b.Sig, "("), "a, "),
				Honours: b.Honours, Doc: b.Doc, Fn: b.Fn}
		}
	}
	return m
}()

// arrayAttr is a.name for arrays and dtypes.
func (in *interp) arrayAttr(v Value, name string) (Value, bool) {
	switch x := v.(type) {
	case *npDType:
		switch name {
		case "name":
			return x.dt.String(), true
		case "kind":
			return string("bifc"[x.dt]), true
		}
		return nil, false
	case *ndarray.Array:
		switch name {
		case "shape":
			return shapeTuple(x.Shape()), true
		case "ndim":
			return itoBig(x.NDim()), true
		case "size":
			return itoBig(x.Size()), true
		case "dtype":
			return &npDType{dt: x.DType()}, true
		case "T":
			return x.Transpose(), true
		case "real":
			return ndarray.RealPart(x), true
		case "imag":
			return ndarray.ImagPart(x), true
		}
		if b, ok := arrayMethods[name]; ok {
			return b.method(x), true
		}
		if isNumpyName("ndarray." + name) {
			panic(notImplementedName("numpy.ndarray." + name))
		}
	}
	return nil, false
}

// numpyAPIText lists NumPy 1.24's public names (testdata/gen_numpy.py).
//
//go:embed testdata/numpy_api.txt
var numpyAPIText string

var numpyNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(numpyAPIText, "\n") {
		if l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
})

// isNumpyName reports whether name ("sinc", "linalg.eig",
// "ndarray.cumsum") is public in NumPy.
func isNumpyName(name string) bool { return numpyNames()[name] }
