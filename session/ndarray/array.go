// Package ndarray is the n-dimensional array behind dcalc's numpy subset:
// arrays of bool, int64, float64 and complex128 with NumPy's shapes,
// strided views, broadcasting, type promotion, floating-point error flags,
// reductions and its repr/str printing. It knows nothing of Python values;
// the session adapts it to the interpreter.
package ndarray

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// DType is an array's element type.
type DType int

// The element types, in NumPy's promotion order.
const (
	Bool DType = iota
	Int64
	Float64
	Complex128
)

var dtypeNames = [...]string{"bool", "int64", "float64", "complex128"}

// String is NumPy's name of the type.
func (d DType) String() string { return dtypeNames[d] }

// Error is an error NumPy raises: Class is the Python exception class.
type Error struct{ Class, Msg string }

func (e *Error) Error() string { return e.Class + ": " + e.Msg }

func fail(class, format string, args ...any) {
	panic(&Error{Class: class, Msg: fmt.Sprintf(format, args...)})
}

// Catch runs f and returns the *Error it panicked with, if any.
func Catch(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	f()
	return nil
}

// buffer holds the elements of one dtype; views share it.
type buffer struct {
	b []bool
	i []int64
	f []float64
	c []complex128
}

// Array is an n-dimensional array, possibly a strided view of another's
// buffer (a slice or a transpose), as NumPy's ndarray is.
type Array struct {
	dtype   DType
	shape   []int
	strides []int // in elements
	off     int
	buf     *buffer
}

// DType returns the element type.
func (a *Array) DType() DType { return a.dtype }

// Shape returns the array's shape (not to be modified).
func (a *Array) Shape() []int { return a.shape }

// NDim returns the number of dimensions.
func (a *Array) NDim() int { return len(a.shape) }

// Size returns the number of elements.
func (a *Array) Size() int { return prod(a.shape) }

func prod(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func cStrides(shape []int) []int {
	st := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		st[i] = s
		s *= shape[i]
	}
	return st
}

func newArray(dt DType, shape []int, buf *buffer) *Array {
	return &Array{dtype: dt, shape: append([]int(nil), shape...), strides: cStrides(shape), buf: buf}
}

// Floats makes a float64 array of the given shape over data (not copied).
func Floats(shape []int, data []float64) *Array {
	return newArray(Float64, shape, &buffer{f: data})
}

// Ints makes an int64 array of the given shape over data (not copied).
func Ints(shape []int, data []int64) *Array { return newArray(Int64, shape, &buffer{i: data}) }

// Bools makes a bool array of the given shape over data (not copied).
func Bools(shape []int, data []bool) *Array { return newArray(Bool, shape, &buffer{b: data}) }

// Complexes makes a complex128 array of the given shape over data (not copied).
func Complexes(shape []int, data []complex128) *Array {
	return newArray(Complex128, shape, &buffer{c: data})
}

// maxBytes is the largest array dcalc allocates, 1 GiB (NumPy's limit is
// the machine's memory): a larger request raises MemoryError instead of
// ending the process, and one operation on the largest arrays takes
// about a second, so Ctrl-C (checked between operations) stays prompt.
const maxBytes = 1 << 30

var itemSize = [...]int{1, 8, 8, 16}

// CheckAlloc raises NumPy's errors for an array of this shape and type
// that cannot be made: negative dimensions, a size beyond any memory, or
// one beyond dcalc's limit (MemoryError, worded as NumPy's).
func CheckAlloc(dt DType, shape []int) {
	n := uint64(1)
	big := false
	for _, d := range shape {
		if d < 0 {
			fail("ValueError", "negative dimensions are not allowed")
		}
		if d != 0 && n > math.MaxInt64/uint64(d) {
			big = true
		}
		n *= uint64(d)
	}
	if big || n > math.MaxInt64/uint64(itemSize[dt]) {
		for _, d := range shape {
			if d == 0 {
				return
			}
		}
		fail("ValueError", "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
	}
	if bytes := n * uint64(itemSize[dt]); bytes > maxBytes {
		fail("MemoryError", "Unable to allocate %s for an array with shape %s and data type %s", sizeString(bytes), ShapeString(shape), dt)
	}
}

// sizeString is NumPy's _size_to_string: "7.28 TiB".
func sizeString(n uint64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	i := max(bits.Len64(n)-1, 1) / 10
	v := float64(n) / float64(uint64(1)<<(10*i))
	if math.Round(v) == 1024 {
		i++
		v /= 1024
	}
	if i == 0 {
		return fmt.Sprintf("%d %s", n, units[0])
	}
	return strconv.FormatFloat(v, 'g', 3, 64) + " " + units[i]
}

// Zeros returns a zero-filled array.
func Zeros(dt DType, shape []int) *Array {
	CheckAlloc(dt, shape)
	n := prod(shape)
	buf := &buffer{}
	switch dt {
	case Bool:
		buf.b = make([]bool, n)
	case Int64:
		buf.i = make([]int64, n)
	case Float64:
		buf.f = make([]float64, n)
	default:
		buf.c = make([]complex128, n)
	}
	return newArray(dt, shape, buf)
}

// Scalar wraps one value (bool, int64, float64 or complex128) as a 0-d array.
func Scalar(v any) *Array {
	switch x := v.(type) {
	case bool:
		return Bools(nil, []bool{x})
	case int64:
		return Ints(nil, []int64{x})
	case float64:
		return Floats(nil, []float64{x})
	case complex128:
		return Complexes(nil, []complex128{x})
	}
	panic(fmt.Sprintf("ndarray.Scalar(%T)", v))
}

// contiguous reports whether the array's elements are its buffer's, in
// order, from off.
func (a *Array) contiguous() bool {
	s := 1
	for i := len(a.shape) - 1; i >= 0; i-- {
		if a.shape[i] != 1 && a.strides[i] != s {
			return false
		}
		s *= a.shape[i]
	}
	return true
}

// offsets calls f with the buffer offset of each element in C order.
func (a *Array) offsets(f func(k, off int)) {
	n := a.Size()
	if n == 0 {
		return
	}
	if a.contiguous() {
		for k := 0; k < n; k++ {
			f(k, a.off+k)
		}
		return
	}
	idx := make([]int, len(a.shape))
	off := a.off
	for k := 0; k < n; k++ {
		f(k, off)
		for d := len(idx) - 1; d >= 0; d-- {
			idx[d]++
			off += a.strides[d]
			if idx[d] < a.shape[d] {
				break
			}
			off -= a.strides[d] * idx[d]
			idx[d] = 0
		}
	}
}

// Float64s returns the elements in C order converted to float64 (the
// real part of complex elements is not taken: callers check the dtype).
func (a *Array) Float64s() []float64 {
	if a.dtype == Float64 && a.contiguous() {
		return a.buf.f[a.off : a.off+a.Size()]
	}
	out := make([]float64, a.Size())
	switch a.dtype {
	case Bool:
		a.offsets(func(k, o int) {
			if a.buf.b[o] {
				out[k] = 1
			}
		})
	case Int64:
		a.offsets(func(k, o int) { out[k] = float64(a.buf.i[o]) })
	case Float64:
		a.offsets(func(k, o int) { out[k] = a.buf.f[o] })
	default:
		a.offsets(func(k, o int) { out[k] = real(a.buf.c[o]) })
	}
	return out
}

// Int64s returns the elements in C order as int64 (bool and int arrays).
func (a *Array) Int64s() []int64 {
	if a.dtype == Int64 && a.contiguous() {
		return a.buf.i[a.off : a.off+a.Size()]
	}
	out := make([]int64, a.Size())
	switch a.dtype {
	case Bool:
		a.offsets(func(k, o int) {
			if a.buf.b[o] {
				out[k] = 1
			}
		})
	case Int64:
		a.offsets(func(k, o int) { out[k] = a.buf.i[o] })
	default:
		f := a.Float64s()
		for k, v := range f {
			out[k] = int64(v)
		}
	}
	return out
}

// Bool8s returns the elements in C order as truth values.
func (a *Array) Bool8s() []bool {
	if a.dtype == Bool && a.contiguous() {
		return a.buf.b[a.off : a.off+a.Size()]
	}
	out := make([]bool, a.Size())
	switch a.dtype {
	case Bool:
		a.offsets(func(k, o int) { out[k] = a.buf.b[o] })
	case Int64:
		a.offsets(func(k, o int) { out[k] = a.buf.i[o] != 0 })
	case Float64:
		a.offsets(func(k, o int) { out[k] = a.buf.f[o] != 0 })
	default:
		a.offsets(func(k, o int) { out[k] = a.buf.c[o] != 0 })
	}
	return out
}

// Complex128s returns the elements in C order as complex128.
func (a *Array) Complex128s() []complex128 {
	if a.dtype == Complex128 && a.contiguous() {
		return a.buf.c[a.off : a.off+a.Size()]
	}
	out := make([]complex128, a.Size())
	if a.dtype == Complex128 {
		a.offsets(func(k, o int) { out[k] = a.buf.c[o] })
		return out
	}
	for k, v := range a.Float64s() {
		out[k] = complex(v, 0)
	}
	return out
}

// AsType returns a copy converted to dt (float to int truncates, as
// NumPy's astype does).
func (a *Array) AsType(dt DType) *Array {
	CheckAlloc(dt, a.shape)
	switch dt {
	case Bool:
		return Bools(a.shape, append([]bool(nil), a.Bool8s()...))
	case Int64:
		return Ints(a.shape, append([]int64(nil), a.Int64s()...))
	case Float64:
		return Floats(a.shape, append([]float64(nil), a.Float64s()...))
	}
	return Complexes(a.shape, append([]complex128(nil), a.Complex128s()...))
}

// AsTypeKeepOrder is AsType with the element order in memory kept, as
// NumPy's copies in order 'K' keep it: the copy of a transposed
// C-contiguous array is itself a transpose, so a reduction adds it in
// the same order as the original.
func (a *Array) AsTypeKeepOrder(dt DType) *Array {
	if len(a.shape) >= 2 && !a.contiguous() && a.Transpose().contiguous() {
		return a.Transpose().AsType(dt).Transpose()
	}
	return a.AsType(dt)
}

// Copy returns a C-contiguous copy.
func (a *Array) Copy() *Array { return a.AsType(a.dtype) }

// Item returns the element at the flat C-order index k as a bool, int64,
// float64 or complex128.
func (a *Array) Item(k int) any {
	off := a.off
	for d := len(a.shape) - 1; d >= 0; d-- {
		off += (k % a.shape[d]) * a.strides[d]
		k /= a.shape[d]
	}
	switch a.dtype {
	case Bool:
		return a.buf.b[off]
	case Int64:
		return a.buf.i[off]
	case Float64:
		return a.buf.f[off]
	}
	return a.buf.c[off]
}

// Reshape returns the array with a new shape of the same size; one
// dimension may be -1. It is a view when the array is contiguous.
func (a *Array) Reshape(shape []int) *Array {
	shape = append([]int(nil), shape...)
	known, free := 1, -1
	for i, d := range shape {
		switch {
		case d == -1 && free < 0:
			free = i
		case d == -1:
			fail("ValueError", "can only specify one unknown dimension")
		case d < 0:
			fail("ValueError", "negative dimensions not allowed")
		default:
			known *= d
		}
	}
	if free >= 0 && known != 0 && a.Size()%known == 0 {
		shape[free] = a.Size() / known
	} else if free >= 0 {
		shape[free] = -1
	}
	if free >= 0 && shape[free] < 0 || prod(shape) != a.Size() {
		fail("ValueError", "cannot reshape array of size %d into shape %s", a.Size(), shapeRepr(shape, free))
	}
	src := a
	if !a.contiguous() {
		src = a.Copy()
	}
	return &Array{dtype: a.dtype, shape: shape, strides: cStrides(shape), off: src.off, buf: src.buf}
}

// shapeRepr is a shape as NumPy's messages print it: (2,3) with -1 kept.
func shapeRepr(shape []int, _ int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
		if d == -1 {
			parts[i] = "newaxis"
		}
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// ShapeString is a shape as Python's repr of a tuple prints it: (2, 3).
func ShapeString(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// Permute is a.transpose(axes): a view with the axes reordered.
func (a *Array) Permute(axes []int) *Array {
	t := &Array{dtype: a.dtype, shape: make([]int, len(axes)), strides: make([]int, len(axes)), off: a.off, buf: a.buf}
	for i, ax := range axes {
		t.shape[i] = a.shape[ax]
		t.strides[i] = a.strides[ax]
	}
	return t
}

// Transpose reverses the axes (a view).
func (a *Array) Transpose() *Array {
	n := len(a.shape)
	t := &Array{dtype: a.dtype, shape: make([]int, n), strides: make([]int, n), off: a.off, buf: a.buf}
	for i := range n {
		t.shape[i] = a.shape[n-1-i]
		t.strides[i] = a.strides[n-1-i]
	}
	return t
}

// Ravel returns the elements as a 1-d array (a view when contiguous).
func (a *Array) Ravel() *Array { return a.Reshape([]int{a.Size()}) }
