package ndarray

import (
	"math"
	"math/cmplx"
	"slices"
)

// Where is np.where(c, x, y): x's elements where c holds, else y's.
func Where(c, x, y *Array) *Array {
	shape := BroadcastShapes(c.shape, x.shape, y.shape)
	CheckAlloc(max(x.dtype, y.dtype), shape)
	dt := max(x.dtype, y.dtype)
	cs := c.BroadcastTo(shape).Bool8s()
	xs, ys := x.BroadcastTo(shape).AsType(dt), y.BroadcastTo(shape).AsType(dt)
	out := Zeros(dt, shape)
	for k, take := range cs {
		src := ys
		if take {
			src = xs
		}
		copyElems(out.buf, k, src.buf, k, 1)
	}
	return out
}

// Sort sorts a 1-d array in place (NaN last, as NumPy) and returns it.
func Sort(a *Array) *Array {
	if a.NDim() != 1 {
		fail("NotImplementedError", "dcalc's numpy.sort works on 1-d arrays only")
	}
	switch a.dtype {
	case Bool:
		slices.SortFunc(a.buf.b, func(x, y bool) int { return cmpBool(x, y) })
	case Int64:
		slices.Sort(a.buf.i)
	case Float64:
		slices.SortFunc(a.buf.f, func(x, y float64) int {
			switch {
			case x != x && y != y:
				return 0
			case x != x:
				return 1
			case y != y:
				return -1
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		})
	default:
		fail("NotImplementedError", "dcalc does not implement numpy.sort of complex arrays yet")
	}
	return a
}

func cmpBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case !x:
		return -1
	}
	return 1
}

// RealPart is np.real: the real parts (the array itself unless complex).
func RealPart(a *Array) *Array {
	if a.dtype != Complex128 {
		return a
	}
	return Floats(a.shape, a.Float64s())
}

// ImagPart is np.imag: the imaginary parts (zeros unless complex).
func ImagPart(a *Array) *Array {
	if a.dtype != Complex128 {
		return Zeros(a.dtype, a.shape)
	}
	cs := a.Complex128s()
	out := make([]float64, len(cs))
	for k, c := range cs {
		out[k] = imag(c)
	}
	return Floats(a.shape, out)
}

// Conj is np.conj: complex conjugates (other arrays unchanged).
func Conj(a *Array) *Array {
	if a.dtype != Complex128 {
		return a.Copy()
	}
	cs := a.Complex128s()
	out := make([]complex128, len(cs))
	for k, c := range cs {
		out[k] = cmplx.Conj(c)
	}
	return Complexes(a.shape, out)
}

// Round is np.round(a, decimals): x*10**d rounded half to even, then
// divided back (NumPy's algorithm, so 2.675 rounds as NumPy rounds it).
func Round(a *Array, decimals int) *Array {
	if a.dtype <= Int64 {
		if decimals >= 0 {
			return a.Copy()
		}
		fail("NotImplementedError", "dcalc does not implement numpy.round of integers to negative decimals yet")
	}
	f := math.Pow(10, math.Abs(float64(decimals)))
	r := func(x float64) float64 {
		if decimals >= 0 {
			return math.RoundToEven(x*f) / f
		}
		return math.RoundToEven(x/f) * f
	}
	if a.dtype == Complex128 {
		cs := a.Complex128s()
		out := make([]complex128, len(cs))
		for k, c := range cs {
			out[k] = complex(r(real(c)), r(imag(c)))
		}
		return Complexes(a.shape, out)
	}
	xs := a.Float64s()
	out := make([]float64, len(xs))
	for k, x := range xs {
		out[k] = r(x)
	}
	return Floats(a.shape, out)
}

// TakeFlat is the elements at the given flat (C-order) positions, as a
// new 1-d array of a's dtype.
func TakeFlat(a *Array, idx []int) *Array {
	flat := a.Copy()
	out := Zeros(a.dtype, []int{len(idx)})
	for k, i := range idx {
		copyElems(out.buf, k, flat.buf, i, 1)
	}
	return out
}

// SortAlong is np.sort(a, axis): a sorted copy, each row along axis in
// increasing order (NaN last); axis nil sorts the flattened array.
func SortAlong(a *Array, axis *int) *Array {
	if a.dtype == Complex128 {
		fail("NotImplementedError", "dcalc does not implement numpy.sort of complex arrays yet")
	}
	if axis == nil {
		return Sort(a.Ravel().Copy())
	}
	if a.NDim() == 0 {
		fail("AxisError", "axis %d is out of bounds for array of dimension 0", *axis)
	}
	out := a.Copy()
	rows, _ := out.rows(axis)
	for _, row := range rows {
		// gather the row, sort it as a 1-d array, scatter it back
		r := Zeros(out.dtype, []int{len(row)})
		for k, o := range row {
			copyElems(r.buf, k, out.buf, o, 1)
		}
		Sort(r)
		for k, o := range row {
			copyElems(out.buf, o, r.buf, k, 1)
		}
	}
	return out
}

// Angle is np.angle: the argument of each element, arctan2(imag, real)
// (a real element has imaginary part 0: pi for a negative one), in
// degrees when deg is set.
func Angle(a *Array, deg bool) *Array {
	var out []float64
	if a.dtype == Complex128 {
		for _, c := range a.Complex128s() {
			out = append(out, math.Atan2(imag(c), real(c)))
		}
	} else {
		for _, f := range a.Float64s() {
			out = append(out, math.Atan2(0, f))
		}
	}
	if deg {
		for i := range out {
			out[i] *= 180 / math.Pi
		}
	}
	return Floats(a.shape, out)
}
