package session

import (
	"math"
	"math/big"
	"slices"
	"sort"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds NumPy's array helpers that notebooks reach for around
// a plot or a table of values: unique, median, percentile and quantile,
// argsort, flip, roll, tile, repeat, append, diag, trace, identity,
// stack, full_like and empty_like, the logical ufuncs, count_nonzero,
// the NaN-ignoring reductions, squeeze, expand_dims, geomspace, isin,
// searchsorted, polyint, polyadd and vectorize. Each follows NumPy
// 1.24's own order of operations (median's mean of the middle pair,
// percentile's _lerp, nansum's pairwise sum with the NaNs as zeros), so
// the floats agree to the last bit; where an option would need more of
// NumPy than is written here it is refused.

// numpyArrTable is installed into the numpy module beside numpyTable.
var numpyArrTable = []*binding{
	{Name: "unique", Sig: "(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True)", Honours: "return_counts",
		Doc: "The sorted distinct elements (NaNs as one), with their counts when asked.", Fn: (*interp).npUnique},
	{Name: "median", Sig: "(a, axis=None, out=None, overwrite_input=False, keepdims=False)", Honours: "axis",
		Doc: "The median of all elements or along an axis: the middle one, or the mean of the middle two.", Fn: (*interp).npMedian},
	{Name: "percentile", Sig: "(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)",
		Honours: "axis method interpolation", Doc: "The q-th percentiles of all elements or along an axis (linear interpolation).",
		Fn: func(in *interp, a *callArgs) Value { return in.npQuantile(a, 100) }},
	{Name: "quantile", Sig: "(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)",
		Honours: "axis method interpolation", Doc: "The q-th quantiles of all elements or along an axis (linear interpolation).",
		Fn: func(in *interp, a *callArgs) Value { return in.npQuantile(a, 1) }},
	{Name: "argsort", Sig: "(a, axis=-1, kind=None, order=None)", Honours: "axis", Doc: "The indices that sort the array along an axis (the last by default).", Fn: (*interp).npArgsort},
	{Name: "flip", Sig: "(m, axis=None)", Doc: "The elements in reverse order along every axis.",
		Fn: func(in *interp, a *callArgs) Value {
			m := in.npArg(a, "m")
			if v := a.Get("axis"); v != nil && v != none && m.NDim() != 1 {
				throw("NotImplementedError", "dcalc's numpy.flip reverses every axis only (axis=None)")
			}
			idx := make([]int, m.Size())
			for i := range idx {
				idx[i] = len(idx) - 1 - i
			}
			return npCall(func() Value { return ndarray.TakeFlat(m, idx).Reshape(m.Shape()) })
		}},
	{Name: "roll", Sig: "(a, shift, axis=None)", Doc: "The elements shifted (flattened order) by shift places, wrapping around.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			if v := a.Get("axis"); v != nil && v != none && arr.NDim() != 1 {
				throw("NotImplementedError", "dcalc's numpy.roll rolls the flattened array only (axis=None)")
			}
			n, s := arr.Size(), int(in.toIndex(a.Get("shift")))
			idx := make([]int, n)
			for i := range idx {
				idx[i] = ((i-s)%n + n) % n
			}
			return npCall(func() Value { return ndarray.TakeFlat(arr, idx).Reshape(arr.Shape()) })
		}},
	{Name: "tile", Sig: "(A, reps)", Doc: "The array repeated reps times along each axis (an integer or a tuple).",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "A")
			var reps []int
			if t, ok := a.Get("reps").(*Tuple); ok {
				for _, it := range t.Items {
					reps = append(reps, int(in.toIndex(it)))
				}
			} else {
				reps = []int{int(in.toIndex(a.Get("reps")))}
			}
			for _, r := range reps {
				if r < 0 {
					throw("ValueError", "negative dimensions are not allowed")
				}
			}
			return npCall(func() Value { return tile(arr, reps) })
		}},
	{Name: "repeat", Sig: "(a, repeats, axis=None)", Doc: "Each element (flattened order) repeated.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			if v := a.Get("axis"); v != nil && v != none {
				throw("NotImplementedError", "dcalc's numpy.repeat repeats the flattened array only (axis=None)")
			}
			reps := int(in.toIndex(a.Get("repeats")))
			if reps < 0 {
				throw("ValueError", "negative dimensions are not allowed")
			}
			var idx []int
			for i := range arr.Size() {
				for range reps {
					idx = append(idx, i)
				}
			}
			return npCall(func() Value { return ndarray.TakeFlat(arr, idx) })
		}},
	{Name: "append", Sig: "(arr, values, axis=None)", Doc: "The flattened array with the flattened values after it.",
		Fn: func(in *interp, a *callArgs) Value {
			if v := a.Get("axis"); v != nil && v != none {
				throw("NotImplementedError", "dcalc's numpy.append joins flattened arrays only (axis=None)")
			}
			x, y := in.npArg(a, "arr").Ravel(), in.npArg(a, "values").Ravel()
			return npCall(func() Value { return ndarray.Concatenate([]*ndarray.Array{x, y}, 0) })
		}},
	{Name: "diag", Sig: "(v, k=0)", Doc: "The diagonal of a 2-d array, or the 2-d array with a 1-d array on its diagonal.", Fn: (*interp).npDiag},
	{Name: "trace", Sig: "(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)", Doc: "The sum of the diagonal of a 2-d array.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			if arr.NDim() != 2 {
				throw("NotImplementedError", "dcalc's numpy.trace takes a 2-d array")
			}
			d := npDiagonal(arr)
			res, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(ndarray.Sum, d, nil, 0) })
			return in.npResult(res, fl, "add")
		}},
	{Name: "identity", Sig: "(n, dtype=None, *, like=None)", Honours: "dtype", Doc: "The n-by-n identity matrix.",
		Fn: func(in *interp, a *callArgs) Value {
			n := int(in.toIndex(a.Get("n")))
			if n < 0 {
				throw("ValueError", "negative dimensions are not allowed")
			}
			out := make([]float64, n*n)
			for i := range n {
				out[i*n+i] = 1
			}
			r := ndarray.Floats([]int{n, n}, out)
			if d := in.dtypeArg(a); d != nil {
				r = r.AsType(*d)
			}
			return r
		}},
	{Name: "stack", Sig: "(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')", Honours: "axis", Doc: "Join arrays of one shape along a new axis.", Fn: (*interp).npStack},
	{Name: "full_like", Sig: "(a, fill_value, dtype=None, order='K', subok=True, shape=None)", Honours: "dtype",
		Doc: "An array of a's shape and dtype filled with fill_value.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			fill := in.toArray(a.Get("fill_value")).AsType(in.likeDType(a, arr))
			return npCall(func() Value { return fill.BroadcastTo(arr.Shape()).Copy() })
		}},
	{Name: "empty_like", Sig: "(prototype, dtype=None, order='K', subok=True, shape=None)", Honours: "dtype",
		Doc: "An array of the prototype's shape and dtype (dcalc fills it with zeros; NumPy leaves it uninitialised).",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "prototype")
			return ndarray.Zeros(in.likeDType(a, arr), arr.Shape())
		}},
	npLogicalRow("logical_and", func(x, y bool) bool { return x && y }),
	npLogicalRow("logical_or", func(x, y bool) bool { return x || y }),
	npLogicalRow("logical_xor", func(x, y bool) bool { return x != y }),
	{Name: "logical_not", Sig: ufuncSig1, Doc: "Elementwise not of the truth values.",
		Fn: func(in *interp, a *callArgs) Value {
			xs := in.npArg(a, "x")
			bs := xs.AsType(ndarray.Bool).Bool8s()
			out := make([]bool, len(bs))
			for i, b := range bs {
				out[i] = !b
			}
			return arrayValue(ndarray.Bools(xs.Shape(), out))
		}},
	{Name: "count_nonzero", Sig: "(a, axis=None, *, keepdims=False)", Doc: "The number of nonzero elements.",
		Fn: func(in *interp, a *callArgs) Value {
			if v := a.Get("axis"); v != nil && v != none {
				throw("NotImplementedError", "dcalc's numpy.count_nonzero counts over all elements only (axis=None)")
			}
			n := 0
			for _, b := range in.npArg(a, "a").AsType(ndarray.Bool).Bool8s() {
				if b {
					n++
				}
			}
			return itoBig(n)
		}},
	npNanRow("nansum"), npNanRow("nanmean"), npNanRow("nanmax"), npNanRow("nanmin"),
	{Name: "squeeze", Sig: "(a, axis=None)", Doc: "The array without its axes of length one.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			if v := a.Get("axis"); v != nil && v != none {
				throw("NotImplementedError", "dcalc's numpy.squeeze removes every axis of length one only (axis=None)")
			}
			var shape []int
			for _, d := range arr.Shape() {
				if d != 1 {
					shape = append(shape, d)
				}
			}
			return npCall(func() Value { return arrayValue(arr.Reshape(shape)) })
		}},
	{Name: "expand_dims", Sig: "(a, axis)", Doc: "The array with a new axis of length one at axis.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			ax := int(in.toIndex(a.Get("axis")))
			nd := arr.NDim() + 1
			if ax < -nd || ax >= nd {
				throw("AxisError", "axis %d is out of bounds for array of dimension %d", ax, nd)
			}
			if ax < 0 {
				ax += nd
			}
			shape := slices.Insert(slices.Clone(arr.Shape()), ax, 1)
			return npCall(func() Value { return arr.Reshape(shape) })
		}},
	{Name: "geomspace", Sig: "(start, stop, num=50, endpoint=True, dtype=None, axis=0)", Honours: "num endpoint",
		Doc: "num numbers spaced evenly on a log scale from start to stop (both ends exact).", Fn: (*interp).npGeomspace},
	{Name: "isin", Sig: "(element, test_elements, assume_unique=False, invert=False)", Honours: "invert",
		Doc: "Whether each element is among test_elements.", Fn: (*interp).npIsin},
	{Name: "searchsorted", Sig: "(a, v, side='left', sorter=None)", Honours: "side",
		Doc: "The indices at which v would be inserted into the sorted 1-d array a.", Fn: (*interp).npSearchsorted},
	{Name: "polyint", Sig: "(p, m=1, k=None)", Honours: "m", Doc: "The coefficients of the m-th antiderivative of the polynomial p (constants 0).",
		Fn: (*interp).npPolyint},
	{Name: "histogram", Sig: "(a, bins=10, range=None, density=None, weights=None)", Honours: "bins range density",
		Doc: "The counts of a's elements in bins (equal-width bins over range, or the given edges) and the bin edges.", Fn: (*interp).npHistogram},
	{Name: "set_printoptions", Sig: "(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None)",
		Honours: "precision threshold edgeitems linewidth suppress",
		Doc:     "Set how arrays print (the options given; the others keep their values).", Fn: (*interp).npSetPrintoptions},
	{Name: "get_printoptions", Sig: "()", Doc: "The current print options as a dict.",
		Fn: func(in *interp, a *callArgs) Value {
			o := in.printOptions()
			d := newDict()
			for _, kv := range []struct {
				k string
				v Value
			}{{"edgeitems", itoBig(o.EdgeItems)}, {"threshold", itoBig(o.Threshold)}, {"floatmode", "maxprec"}, {"precision", itoBig(o.Precision)},
				{"suppress", o.Suppress}, {"linewidth", itoBig(o.LineWidth)}, {"nanstr", "nan"}, {"infstr", "inf"}, {"sign", "-"}, {"formatter", none}, {"legacy", false}} {
				d.Set(kv.k, kv.v)
			}
			return d
		}},
	{Name: "polyadd", Sig: "(a1, a2)", Doc: "The coefficients of the sum of two polynomials.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "a1"), in.npArg(a, "a2")
			if x.NDim() != 1 || y.NDim() != 1 {
				throw("NotImplementedError", "dcalc's numpy.polyadd takes 1-d coefficient arrays")
			}
			pad := func(p *ndarray.Array, n int) *ndarray.Array {
				if p.Size() >= n {
					return p
				}
				return ndarray.Concatenate([]*ndarray.Array{ndarray.Zeros(p.DType(), []int{n - p.Size()}), p}, 0)
			}
			n := max(x.Size(), y.Size())
			return npBinary("+", pad(x, n), pad(y, n))
		}},
}

func init() {
	// (appended here: the row calls back into the interpreter, which
	// reaches numpyArrTable through the numpy module)
	numpyArrTable = append(numpyArrTable, &binding{Name: "vectorize", Sig: "(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)",
		Doc: "pyfunc made to take arrays: called on each element (broadcast), the results gathered into an array.", Fn: (*interp).npVectorize})
}

// npFloatLess orders floats as NumPy's sorts do: NaN after everything.
func npFloatLess(x, y float64) bool {
	if y != y {
		return x == x
	}
	return x < y
}

// npSortedFloats is the flattened elements of a real array, sorted.
func npSortedFloats(arr *ndarray.Array) []float64 {
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not sort complex arrays yet")
	}
	xs := slices.Clone(arr.AsType(ndarray.Float64).Float64s())
	slices.SortStableFunc(xs, cmpNaNLast)
	return xs
}

// npUnique is numpy.unique of the flattened array: sorted, each run of
// equal elements kept once, the NaNs (last after sorting) as one
// (equal_nan=True); return_counts adds the run lengths.
func (in *interp) npUnique(a *callArgs) Value {
	for _, k := range []string{"return_index", "return_inverse", "axis"} {
		if v := a.Get(k); v != nil && v != none && v != false {
			throw("NotImplementedError", "dcalc's numpy.unique does not support %s= yet", k)
		}
	}
	arr := in.npArg(a, "ar").Ravel()
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not take numpy.unique of complex arrays yet")
	}
	n := arr.Size()
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	vals := arr.AsType(ndarray.Float64).Float64s()
	if arr.DType() == ndarray.Int64 {
		is := arr.Int64s()
		sort.SliceStable(idx, func(i, j int) bool { return is[idx[i]] < is[idx[j]] })
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return npFloatLess(vals[idx[i]], vals[idx[j]]) })
	}
	same := func(i, j int) bool {
		if arr.DType() == ndarray.Int64 {
			return arr.Int64s()[i] == arr.Int64s()[j]
		}
		x, y := vals[i], vals[j]
		return x == y || x != x && y != y
	}
	var keep []int
	var counts []int64
	for k, i := range idx {
		if k > 0 && same(idx[k-1], i) {
			counts[len(counts)-1]++
			continue
		}
		keep = append(keep, i)
		counts = append(counts, 1)
	}
	u := npCall(func() *ndarray.Array { return ndarray.TakeFlat(arr, keep) })
	if in.truth(a.Or("return_counts", false), nil) {
		return &Tuple{Items: []Value{u, ndarray.Ints([]int{len(counts)}, counts)}}
	}
	return u
}

// npMedian is numpy.median over all elements: the middle element of the
// sorted values, or the mean of the middle two ((a + b)/2, as mean's
// sum and division give it), as a float.
func (in *interp) npMedian(a *callArgs) Value {
	arr := in.npArg(a, "a")
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not sort complex arrays yet")
	}
	return in.npRowwise(arr, a.Get("axis"), medianOf)
}

// medianOf is the median of a row: the middle value of the sorted row,
// or the mean of the middle two.
func medianOf(xs []float64) float64 {
	xs = slices.Clone(xs)
	slices.SortFunc(xs, cmpNaNLast)
	n := len(xs)
	if n == 0 || xs[n-1] != xs[n-1] {
		throw("NotImplementedError", "dcalc's numpy median and percentile take nonempty rows without NaN")
	}
	if n%2 == 1 {
		return xs[n/2] / 1
	}
	return (0 + ndarray.PairwiseSum(xs[n/2-1:n/2+1])) / 2
}

// npRowwise applies f over all elements (axis None: a float) or along
// an axis (an array of the other axes' shape).
func (in *interp) npRowwise(arr *ndarray.Array, axisv Value, f func([]float64) float64) Value {
	axis := in.axisArg(axisv)
	return arrayValue(npCall(func() *ndarray.Array { return ndarray.ReduceRowsFloat(arr, axis, f) }))
}

// cmpNaNLast orders floats as NumPy's sorts do (NaN last).
func cmpNaNLast(x, y float64) int {
	switch {
	case npFloatLess(x, y):
		return -1
	case npFloatLess(y, x):
		return 1
	}
	return 0
}

// npQuantile is numpy.percentile (scale 100) and numpy.quantile (scale
// 1) with method='linear', over all elements (q a number or a list) or
// along an axis (q a number).
func (in *interp) npQuantile(a *callArgs, scale float64) Value {
	for _, k := range []string{"method", "interpolation"} {
		if v, ok := a.Get(k).(string); ok && v != "linear" {
			throw("NotImplementedError", "dcalc's numpy percentile and quantile interpolate linearly only (method='linear')")
		}
	}
	qarr := in.toArray(a.Get("q"))
	qs := qarr.AsType(ndarray.Float64).Float64s()
	for _, q := range qs {
		if q < 0 || q > scale || q != q {
			if scale == 100 {
				throw("ValueError", "Percentiles must be in the range [0, 100]")
			}
			throw("ValueError", "Quantiles must be in the range [0, 1]")
		}
	}
	arr := in.npArg(a, "a")
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not sort complex arrays yet")
	}
	if v := a.Get("axis"); v != nil && v != none {
		if qarr.NDim() != 0 {
			throw("NotImplementedError", "dcalc's numpy percentile and quantile take one q along an axis")
		}
		return in.npRowwise(arr, v, func(row []float64) float64 { return quantileOf(row, qs[:1], scale)[0] })
	}
	out := quantileOf(arr.AsType(ndarray.Float64).Float64s(), qs, scale)
	return arrayValue(ndarray.Floats(qarr.Shape(), out))
}

// quantileOf is the linear-method quantiles qs/scale of a row: the
// virtual index (n - 1)*q, its floor and the next index (both the last
// past the end), and _lerp's a + (b - a)*t, or b - (b - a)*(1 - t)
// where t >= 0.5.
func quantileOf(row, qs []float64, scale float64) []float64 {
	xs := slices.Clone(row)
	slices.SortFunc(xs, cmpNaNLast)
	n := len(xs)
	if n == 0 || xs[n-1] != xs[n-1] {
		throw("NotImplementedError", "dcalc's numpy median and percentile take nonempty rows without NaN")
	}
	out := make([]float64, len(qs))
	for i, q := range qs {
		v := float64(n-1) * (q / scale)
		prev := math.Floor(v)
		pi, ni := int(prev), int(prev)+1
		if v >= float64(n-1) {
			pi, ni = -1, -1
		}
		t := v - float64(pi)
		if pi < 0 {
			pi, ni = n-1, n-1
		}
		x, y := xs[pi], xs[ni]
		d := y - x
		r := x + d*t
		if t >= 0.5 {
			r = y - d*(1-t)
		}
		out[i] = r
	}
	return out
}

// npArgsort is numpy.argsort of a 1-d array. NumPy's default quicksort
// is an insertion sort (stable) up to 16 elements; past that, equal
// elements may come in an order dcalc does not reproduce, so ties there
// are refused.
func (in *interp) npArgsort(a *callArgs) Value {
	arr := in.npArg(a, "a")
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not sort complex arrays yet")
	}
	axisV := a.Or("axis", itoBig(-1))
	switch {
	case axisV == none:
		arr = arr.Ravel()
	case arr.NDim() == 0:
		arr = arr.Reshape([]int{1})
	case arr.NDim() > 2:
		throw("NotImplementedError", "dcalc's numpy.argsort takes arrays of up to 2 dimensions")
	case arr.NDim() == 2 && normAxis(int(in.toIndex(axisV)), 2) == 0:
		return argsortRows(arr.Transpose()).Transpose().Copy()
	}
	return argsortRows(arr)
}

// argsortRows sorts each row of a 1-d or 2-d array (stably, as NumPy's
// quicksort orders up to 16 elements; ties in longer rows refused).
func argsortRows(arr *ndarray.Array) *ndarray.Array {
	shape := arr.Shape()
	n := shape[len(shape)-1]
	vals := arr.AsType(ndarray.Float64).Float64s()
	out := make([]int64, len(vals))
	for start := 0; start < len(vals); start += max(n, 1) {
		row := vals[start : start+n]
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return npFloatLess(row[idx[i]], row[idx[j]]) })
		for k, i := range idx {
			out[start+k] = int64(i)
			if k > 0 && n > 16 && !npFloatLess(row[idx[k-1]], row[i]) {
				throw("NotImplementedError", "dcalc's numpy.argsort does not order equal elements of arrays longer than 16 as NumPy's quicksort does")
			}
		}
	}
	return ndarray.Ints(shape, out)
}

// tile is numpy.tile: the array and reps padded with leading ones to
// the same length, each result element the array's at the positions
// modulo its shape.
func tile(arr *ndarray.Array, reps []int) *ndarray.Array {
	d := max(len(reps), arr.NDim())
	shape := padShape(arr.Shape(), d)
	reps = padShape(reps, d)
	out := make([]int, d)
	for i := range d {
		out[i] = shape[i] * max(reps[i], 0)
	}
	n := prodInts(out)
	idx := make([]int, n)
	for k := range n {
		r, src, stride := k, 0, 1
		for i := d - 1; i >= 0; i-- {
			pos := r % out[i]
			r /= out[i]
			src += (pos % shape[i]) * stride
			stride *= shape[i]
		}
		idx[k] = src
	}
	return ndarray.TakeFlat(arr, idx).Reshape(out)
}

// npDiagonal is the main diagonal of a 2-d array.
func npDiagonal(arr *ndarray.Array) *ndarray.Array {
	r, c := arr.Shape()[0], arr.Shape()[1]
	var idx []int
	for i := range min(r, c) {
		idx = append(idx, i*c+i)
	}
	return npCall(func() *ndarray.Array { return ndarray.TakeFlat(arr, idx) })
}

// npDiag is numpy.diag with k = 0.
func (in *interp) npDiag(a *callArgs) Value {
	if v := a.Get("k"); v != nil && in.toIndex(v) != 0 {
		throw("NotImplementedError", "dcalc's numpy.diag takes the main diagonal only (k=0)")
	}
	v := in.npArg(a, "v")
	switch v.NDim() {
	case 2:
		return npDiagonal(v)
	case 1:
		n := v.Size()
		out := ndarray.Zeros(v.DType(), []int{n, n})
		for i := range n {
			idx := []ndarray.Index{{Kind: ndarray.IndexInt, Int: i}, {Kind: ndarray.IndexInt, Int: i}}
			out.Set(idx, npElem(v, i))
		}
		return out
	}
	throw("ValueError", "Input must be 1- or 2-d.")
	return nil
}

// npStack is numpy.stack: each array given a new axis of length one,
// then joined along it.
func (in *interp) npStack(a *callArgs) Value {
	arrs := in.arrayList(a.Get("arrays"))
	if len(arrs) == 0 {
		throw("ValueError", "need at least one array to stack")
	}
	shape := arrs[0].Shape()
	for _, x := range arrs[1:] {
		if !slices.Equal(x.Shape(), shape) {
			throw("ValueError", "all input arrays must have the same shape")
		}
	}
	ax := 0
	if v := a.Get("axis"); v != nil {
		ax = int(in.toIndex(v))
	}
	nd := len(shape) + 1
	if ax < -nd || ax >= nd {
		throw("AxisError", "axis %d is out of bounds for array of dimension %d", ax, nd)
	}
	if ax < 0 {
		ax += nd
	}
	ns := slices.Insert(slices.Clone(shape), ax, 1)
	ex := make([]*ndarray.Array, len(arrs))
	for i, x := range arrs {
		ex[i] = x.Reshape(ns)
	}
	return npCall(func() Value { return ndarray.Concatenate(ex, ax) })
}

// npLogicalRow binds a two-argument logical ufunc: the truth values of
// both arguments, broadcast, combined by op.
func npLogicalRow(name string, op func(x, y bool) bool) *binding {
	return &binding{Name: name, Sig: ufuncSig2, Doc: "Elementwise " + name[len("logical_"):] + " of the truth values.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "x1"), in.npArg(a, "x2")
			shape := npCall(func() []int { return ndarray.BroadcastShapes(x.Shape(), y.Shape()) })
			xs := x.AsType(ndarray.Bool).BroadcastTo(shape).Bool8s()
			ys := y.AsType(ndarray.Bool).BroadcastTo(shape).Bool8s()
			out := make([]bool, len(xs))
			for i := range xs {
				out[i] = op(xs[i], ys[i])
			}
			return arrayValue(ndarray.Bools(shape, out))
		}}
}

// npNanRow binds nansum, nanmean, nanmax and nanmin over all elements:
// the NaNs read as zeros in NumPy's pairwise sum (so the sum's rounding
// is NumPy's), the mean that sum over the count of the others, the
// extremes fmax/fmin's (NaN skipped).
func npNanRow(name string) *binding {
	return &binding{Name: name, Sig: "(a, axis=None, dtype=None, out=None, keepdims=False)",
		Doc: "NumPy's " + name + ": " + name[3:] + " over all elements, NaNs ignored.",
		Fn: func(in *interp, a *callArgs) Value {
			if v := a.Get("axis"); v != nil && v != none {
				throw("NotImplementedError", "dcalc's numpy.%s reduces over all elements only (axis=None)", name)
			}
			arr := in.npArg(a, "a")
			if arr.DType() == ndarray.Complex128 {
				throw("NotImplementedError", "dcalc does not take numpy.%s of complex arrays yet", name)
			}
			if arr.DType() != ndarray.Float64 {
				r := map[string]ndarray.Reduction{"nansum": ndarray.Sum, "nanmean": ndarray.Mean, "nanmax": ndarray.Max, "nanmin": ndarray.Min}[name]
				res, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(r, arr, nil, 0) })
				return in.npResult(res, fl, "add")
			}
			xs := arr.Float64s()
			zeroed := make([]float64, len(xs))
			var kept []float64
			for i, x := range xs {
				if x == x {
					zeroed[i] = x
					kept = append(kept, x)
				}
			}
			switch name {
			case "nansum":
				return 0 + ndarray.PairwiseSum(zeroed)
			case "nanmean":
				if len(kept) == 0 {
					throw("NotImplementedError", "dcalc's numpy.nanmean of an array of NaNs only")
				}
				return (0 + ndarray.PairwiseSum(zeroed)) / float64(len(kept))
			}
			if len(kept) == 0 {
				throw("NotImplementedError", "dcalc's numpy.%s of an array of NaNs only", name)
			}
			acc := kept[0]
			for _, x := range kept[1:] {
				if name == "nanmax" && x > acc || name == "nanmin" && x < acc {
					acc = x
				}
			}
			return acc
		}}
}

// npGeomspace is numpy.geomspace for real start and stop of one sign:
// logspace between their base-10 logarithms, both ends set exactly,
// the sign restored.
func (in *interp) npGeomspace(a *callArgs) Value {
	for _, k := range []string{"dtype", "axis"} {
		if v := a.Get(k); v != nil && v != none && !(k == "axis" && in.toIndex(v) == 0) {
			throw("NotImplementedError", "dcalc's numpy.geomspace does not support %s= yet", k)
		}
	}
	start, stop := in.toFloat(a.Get("start")), in.toFloat(a.Get("stop"))
	if start == 0 || stop == 0 {
		throw("ValueError", "Geometric sequence cannot include zero")
	}
	if (start < 0) != (stop < 0) {
		throw("NotImplementedError", "dcalc's numpy.geomspace takes start and stop of one sign (NumPy's answer is NaN or complex)")
	}
	sign := 1.0
	if start < 0 {
		start, stop, sign = -start, -stop, -1
	}
	num := 50
	if v := a.Get("num"); v != nil {
		num = int(in.toIndex(v))
	}
	if num < 0 {
		throw("ValueError", "Number of samples, %d, must be non-negative.", num)
	}
	endpoint := in.truth(a.Or("endpoint", true), nil)
	ys, _ := linspaceValues(libmLog10(start), libmLog10(stop), num, endpoint)
	out := npBinary("**", ndarray.Scalar(10.0), ndarray.Floats([]int{num}, ys)).Float64s()
	out = slices.Clone(out)
	if num > 0 {
		out[0] = start
		if num > 1 && endpoint {
			out[num-1] = stop
		}
	}
	for i := range out {
		out[i] *= sign
	}
	return ndarray.Floats([]int{num}, out)
}

// npIsin is numpy.isin: each element compared with every test element.
func (in *interp) npIsin(a *callArgs) Value {
	el, test := in.npArg(a, "element"), in.npArg(a, "test_elements").Ravel()
	if el.DType() == ndarray.Complex128 || test.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not take numpy.isin of complex arrays yet")
	}
	ts := test.AsType(ndarray.Float64).Float64s()
	invert := in.truth(a.Or("invert", false), nil)
	xs := el.AsType(ndarray.Float64).Float64s()
	out := make([]bool, len(xs))
	for i, x := range xs {
		out[i] = slices.Contains(ts, x) != invert
	}
	return arrayValue(ndarray.Bools(el.Shape(), out))
}

// npSearchsorted is numpy.searchsorted: for each v, the number of
// elements of a before it (side='left': less than v; 'right': not
// greater), NaN ordered last.
func (in *interp) npSearchsorted(a *callArgs) Value {
	if v := a.Get("sorter"); v != nil && v != none {
		throw("NotImplementedError", "dcalc's numpy.searchsorted does not support sorter= yet")
	}
	arr := in.npArg(a, "a")
	if arr.NDim() != 1 || arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.searchsorted takes a real 1-d array")
	}
	side, _ := a.Or("side", "left").(string)
	if side != "left" && side != "right" {
		throw("ValueError", "side must be 'left' or 'right' (got '%s')", side)
	}
	xs := arr.AsType(ndarray.Float64).Float64s()
	vs := in.npArg(a, "v")
	vals := vs.AsType(ndarray.Float64).Float64s()
	out := make([]int64, len(vals))
	for i, v := range vals {
		out[i] = int64(sort.Search(len(xs), func(k int) bool {
			if side == "left" {
				return !npFloatLess(xs[k], v)
			}
			return npFloatLess(v, xs[k])
		}))
	}
	return arrayValue(ndarray.Ints(vs.Shape(), out))
}

// npPolyint is numpy.polyint with the integration constants zero:
// p/arange(n, 0, -1) followed by 0.0, m times.
func (in *interp) npPolyint(a *callArgs) Value {
	if v := a.Get("k"); v != nil && v != none {
		throw("NotImplementedError", "dcalc's numpy.polyint takes the integration constants 0 only (k=None)")
	}
	p := in.npArg(a, "p")
	if p.NDim() != 1 {
		throw("NotImplementedError", "dcalc's numpy.polyint takes a 1-d array of coefficients")
	}
	m := 1
	if v := a.Get("m"); v != nil {
		m = int(in.toIndex(v))
	}
	if m < 0 {
		throw("ValueError", "Order of integral must be positive (see polyder)")
	}
	return polyint(p, m)
}

// polyint appends the zero constant to p/arange(n, 0, -1), m times.
func polyint(p *ndarray.Array, m int) *ndarray.Array {
	for range m {
		n := p.Size()
		ks := make([]int64, n)
		for i := range ks {
			ks[i] = int64(n - i)
		}
		q := npBinary("/", p, ndarray.Ints([]int{n}, ks))
		p = npCall(func() *ndarray.Array {
			return ndarray.Concatenate([]*ndarray.Array{q, ndarray.Floats([]int{1}, []float64{0})}, 0)
		})
	}
	return p
}

// npVectorize is numpy.vectorize(pyfunc): a callable that broadcasts its
// arguments, calls pyfunc on each set of elements and gathers the
// results into an array whose dtype is the first result's (as NumPy's
// otypes default: later results are cast to it).
func (in *interp) npVectorize(a *callArgs) Value {
	for _, k := range []string{"otypes", "excluded", "signature"} {
		if v := a.Get(k); v != nil && v != none {
			throw("NotImplementedError", "dcalc's numpy.vectorize does not support %s= yet", k)
		}
	}
	f := a.Get("pyfunc")
	return &Builtin{Name: "vectorize", Doc: "numpy.vectorize of a function", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		if len(kw) > 0 {
			throw("NotImplementedError", "dcalc's vectorized functions take positional arguments only")
		}
		arrs := make([]*ndarray.Array, len(args))
		shapes := make([][]int, len(args))
		for i, v := range args {
			arrs[i] = in.toArray(v)
			shapes[i] = arrs[i].Shape()
		}
		shape := npCall(func() []int { return ndarray.BroadcastShapes(shapes...) })
		for i := range arrs {
			arrs[i] = npCall(func() *ndarray.Array { return arrs[i].BroadcastTo(shape) })
		}
		n := 1
		for _, d := range shape {
			n *= d
		}
		if n == 0 {
			throw("ValueError", "cannot call `vectorize` on size 0 inputs unless `otypes` is set")
		}
		items := make([]Value, n)
		for k := range n {
			call := make([]Value, len(arrs))
			for i, x := range arrs {
				call[i] = scalarValue(x.Item(k))
			}
			items[k] = in.call(f, call, nil)
		}
		first := in.toArray(items[0])
		r := in.toArray(&List{Items: items}).AsType(first.DType())
		return arrayValue(npCall(func() *ndarray.Array { return r.Reshape(shape) }))
	}}
}

// npSetPrintoptions is numpy.set_printoptions for precision, threshold,
// edgeitems, linewidth and suppress; the other options are refused.
func (in *interp) npSetPrintoptions(a *callArgs) Value {
	for _, k := range []string{"nanstr", "infstr", "formatter", "sign", "floatmode", "legacy"} {
		if v := a.Get(k); v != nil && v != none {
			throw("NotImplementedError", "dcalc's numpy.set_printoptions does not support %s= yet", k)
		}
	}
	o := in.printOptions()
	intOpt := func(name string, dst *int) {
		v := a.Get(name)
		if v == nil || v == none {
			return
		}
		n, ok := v.(*big.Int)
		if !ok || !n.IsInt64() {
			throw("TypeError", "%s must be an integer", name)
		}
		if n.Sign() < 0 || n.Int64() > 1<<30 {
			throw("NotImplementedError", "dcalc's numpy.set_printoptions takes %s from 0 to 2**30", name)
		}
		*dst = int(n.Int64())
	}
	intOpt("precision", &o.Precision)
	intOpt("threshold", &o.Threshold)
	intOpt("edgeitems", &o.EdgeItems)
	intOpt("linewidth", &o.LineWidth)
	if v := a.Get("suppress"); v != nil && v != none {
		o.Suppress = in.truth(v, nil)
	}
	in.npPrint = &o
	return none
}

// npHistogram is numpy.histogram without weights: for a number of bins,
// the edges by linspace over range (the data's extremes, widened by 1/2
// when equal) and each value's bin from (v - first)*norm corrected
// against the edges, as NumPy computes it; for given edges, the counts
// between sorted positions (the last edge inclusive). density divides
// by the bin widths and the total.
func (in *interp) npHistogram(a *callArgs) Value {
	if w := a.Get("weights"); w != nil && w != none {
		throw("NotImplementedError", "dcalc's numpy.histogram does not support weights= yet")
	}
	d := a.Get("density")
	hist, edges := in.histogramOf(in.npArg(a, "a"), a.Or("bins", big.NewInt(10)), a.Get("range"), d != nil && in.truth(d, nil))
	return &Tuple{Items: []Value{hist, edges}}
}

// histogramOf is numpy.histogram's computation: the counts (densities
// when density) and the bin edges.
func (in *interp) histogramOf(arr *ndarray.Array, bins, rng Value, density bool) (*ndarray.Array, *ndarray.Array) {
	arr = arr.Ravel()
	if arr.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not take numpy.histogram of complex arrays yet")
	}
	xs := arr.AsType(ndarray.Float64).Float64s()
	var edges *ndarray.Array
	var counts []int64
	if _, isStr := bins.(string); isStr {
		throw("NotImplementedError", "dcalc's numpy.histogram does not estimate bins ('auto', 'fd', ...) yet")
	}
	if b, ok := bins.(*big.Int); ok {
		n := int(in.toIndex(b))
		if n < 1 {
			throw("ValueError", "`bins` must be positive, when an integer")
		}
		first, last := npHistRange(in, rng, xs)
		es, _ := linspaceValues(first, last, n+1, true)
		edges = ndarray.Floats([]int{n + 1}, es)
		counts = make([]int64, n)
		norm := float64(n) / (last - first)
		for _, v := range xs {
			if !(v >= first && v <= last) {
				continue
			}
			k := int((v - first) * norm)
			if k == n {
				k--
			}
			if v < es[k] {
				k--
			}
			if v >= es[k+1] && k != n-1 {
				k++
			}
			counts[k]++
		}
	} else {
		edges = in.toArray(bins)
		if edges.NDim() != 1 {
			throw("ValueError", "`bins` must be 1d, when an array")
		}
		es := edges.AsType(ndarray.Float64).Float64s()
		for i := 1; i < len(es); i++ {
			if es[i-1] > es[i] {
				throw("ValueError", "`bins` must increase monotonically, when an array")
			}
		}
		sorted := npSortedFloats(arr)
		cum := make([]int64, len(es))
		for i, e := range es {
			cum[i] = int64(sort.Search(len(sorted), func(k int) bool {
				if i == len(es)-1 {
					return npFloatLess(e, sorted[k])
				}
				return !npFloatLess(sorted[k], e)
			}))
		}
		counts = make([]int64, max(len(es)-1, 0))
		for i := range counts {
			counts[i] = cum[i+1] - cum[i]
		}
	}
	hist := ndarray.Ints([]int{len(counts)}, counts)
	if density {
		es := edges.AsType(ndarray.Float64).Float64s()
		total := int64(0)
		for _, c := range counts {
			total += c
		}
		out := make([]float64, len(counts))
		for i, c := range counts {
			out[i] = float64(c) / (es[i+1] - es[i]) / float64(total)
		}
		hist = ndarray.Floats([]int{len(out)}, out)
	}
	return hist, edges
}

// npHistRange is histogram's outer edges: range, or the data's extremes
// (0 and 1 for no data), widened by 1/2 each way when they are equal.
func npHistRange(in *interp, rng Value, xs []float64) (float64, float64) {
	var first, last float64
	switch {
	case rng != nil && rng != none:
		r := in.toSlice(rng)
		if len(r) != 2 {
			throw("ValueError", "too many values to unpack (expected 2)")
		}
		first, last = in.toFloat(r[0]), in.toFloat(r[1])
		if first > last {
			throw("ValueError", "max must be larger than min in range parameter.")
		}
		if math.IsInf(first, 0) || math.IsInf(last, 0) || first != first || last != last {
			throw("ValueError", "supplied range of [%s, %s] is not finite", floatRepr(first), floatRepr(last))
		}
	case len(xs) == 0:
		first, last = 0, 1
	default:
		first, last = xs[0], xs[0]
		for _, v := range xs {
			if v != v {
				throw("ValueError", "autodetected range of [nan, nan] is not finite")
			}
			first, last = math.Min(first, v), math.Max(last, v)
		}
		if math.IsInf(first, 0) || math.IsInf(last, 0) {
			throw("ValueError", "autodetected range of [%s, %s] is not finite", floatRepr(first), floatRepr(last))
		}
	}
	if first == last {
		first, last = first-0.5, last+0.5
	}
	return first, last
}

// likeDType is the dtype of full_like and empty_like: dtype= when given,
// else the prototype's.
func (in *interp) likeDType(a *callArgs, proto *ndarray.Array) ndarray.DType {
	if d := in.dtypeArg(a); d != nil {
		return *d
	}
	return proto.DType()
}
