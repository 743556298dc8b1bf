package session

import (
	"math"
	"math/big"
	"slices"
	"sort"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds the NumPy statistics notebooks use around a fit (cov,
// corrcoef, average, ptp, digitize, bincount, convolve, heaviside) and
// the shape helpers (tril, triu, kron, argwhere, array_split, split,
// fliplr, flipud, nan_to_num), each computed in the order NumPy 1.24's
// own code computes it.

func init() {
	numpyPolyTable = append(numpyPolyTable, statsTable...)
	numpyPolyTable = append(numpyPolyTable, shapeTable...)
	binaryUfuncs = append(binaryUfuncs, &ndarray.Binary{Name: "heaviside", F: heaviside, FloatOnly: true, NoComplex: true})
}

// heaviside is npy_heaviside: 0 below zero, h0 at zero, 1 above.
func heaviside(x, h0 float64) float64 {
	switch {
	case math.IsNaN(x):
		return math.NaN()
	case x == 0:
		return h0
	case x < 0:
		return 0
	}
	return 1
}

// reduce is ndarray.Reduce with NumPy's errors raised.
func reduce(r ndarray.Reduction, x *ndarray.Array, axis *int) *ndarray.Array {
	out, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(r, x, axis, 0) })
	return out
}

var statsTable = []*binding{
	{Name: "cov", Sig: "(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None)", Honours: "y rowvar bias ddof",
		Doc: "The covariance matrix of the rows (variables) of m, and of y's.",
		Fn: func(in *interp, a *callArgs) Value {
			ddof := 1
			if in.truth(a.Or("bias", false), nil) {
				ddof = 0
			}
			if v := a.Get("ddof"); v != nil && v != none {
				ddof = int(in.toIndex(v))
			}
			return in.cov(a.Get("m"), a.Get("y"), in.truth(a.Or("rowvar", true), nil), ddof)
		}},
	{Name: "corrcoef", Sig: "(x, y=None, rowvar=True, bias=<no value>, ddof=<no value>, *, dtype=None)", Honours: "y rowvar",
		Doc: "The Pearson correlation coefficients of the rows of x (and y).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.corrcoef(in.cov(a.Get("x"), a.Get("y"), in.truth(a.Or("rowvar", true), nil), 1))
		}},
	{Name: "average", Sig: "(a, axis=None, weights=None, returned=False, *, keepdims=<no value>)", Honours: "axis weights",
		Doc: "The (weighted) mean of all elements or along an axis.", Fn: (*interp).npAverage},
	{Name: "ptp", Sig: "(a, axis=None, out=None, keepdims=<no value>)", Honours: "axis",
		Doc: "max - min, of all elements or along an axis.",
		Fn: func(in *interp, a *callArgs) Value {
			x, axis := in.npArg(a, "a"), in.axisArg(a.Get("axis"))
			return arrayValue(npBinary("-", reduce(ndarray.Max, x, axis), reduce(ndarray.Min, x, axis)))
		}},
	{Name: "digitize", Sig: "(x, bins, right=False)", Honours: "right",
		Doc: "The index of the bin each value falls in.", Fn: (*interp).npDigitize},
	{Name: "bincount", Sig: "(x, /, weights=None, minlength=0)", Honours: "weights minlength",
		Doc: "The number of occurrences (or the summed weights) of each non-negative integer.", Fn: (*interp).npBincount},
	{Name: "convolve", Sig: "(a, v, mode='full')", Honours: "mode",
		Doc: "The discrete linear convolution of two 1-d arrays.", Fn: (*interp).npConvolve},
}

// asFloat2D is np.array(m, ndmin=2, dtype=float64), refusing complex.
func (in *interp) asFloat2D(v Value) *ndarray.Array {
	x := in.toArray(v)
	if x.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.cov takes real arrays")
	}
	if x.NDim() > 2 {
		throw("ValueError", "m has more than 2 dimensions")
	}
	x = x.AsTypeKeepOrder(ndarray.Float64) // array(m, dtype=float64): order 'K'
	switch x.NDim() {
	case 0:
		return x.Reshape([]int{1, 1})
	case 1:
		return x.Reshape([]int{1, x.Size()})
	}
	return x
}

// cov is numpy.cov without weights: the rows (variables) centred on
// their means, X·Xᵀ times 1/(N - ddof), squeezed to a 0-d array for one
// variable.
func (in *interp) cov(mv, yv Value, rowvar bool, ddof int) *ndarray.Array {
	x := in.asFloat2D(mv)
	if !rowvar && x.Shape()[0] != 1 {
		x = x.Transpose()
	}
	if yv != nil && yv != none {
		y := in.asFloat2D(yv)
		if !rowvar && y.Shape()[0] != 1 {
			y = y.Transpose()
		}
		x = npCall(func() *ndarray.Array { return ndarray.Concatenate([]*ndarray.Array{x, y}, 0) })
	}
	k, n := x.Shape()[0], x.Shape()[1]
	one := 1
	means := reduce(ndarray.Mean, x, &one).Float64s()
	fact := float64(n - ddof)
	if fact <= 0 {
		in.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice")
		fact = 0
	}
	xs := append([]float64(nil), x.Float64s()...)
	for i := range k {
		for j := range n {
			xs[i*n+j] -= means[i]
		}
	}
	centred := ndarray.Floats([]int{k, n}, xs)
	c := npCall(func() *ndarray.Array { return ndarray.MatMul(centred, centred.Transpose()) })
	cs := c.Float64s()
	r := 1 / fact
	for i := range cs {
		cs[i] *= r
	}
	if k == 1 {
		return ndarray.Floats(nil, cs[:1])
	}
	return ndarray.Floats([]int{k, k}, cs)
}

// corrcoef divides the covariance c by the standard deviations down the
// rows, then across the columns, and clips to [-1, 1] (c/c for one
// variable).
func (in *interp) corrcoef(c *ndarray.Array) Value {
	if c.NDim() == 0 {
		r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic("/", libmPow).Apply(c, c) })
		return in.npResult(r, fl, "divide")
	}
	k := c.Shape()[0]
	cs := append([]float64(nil), c.Float64s()...)
	sd := make([]float64, k)
	for i := range k {
		sd[i] = math.Sqrt(cs[i*k+i])
	}
	for i := range k {
		for j := range k {
			v := cs[i*k+j] / sd[i]
			v /= sd[j]
			cs[i*k+j] = math.Max(-1, math.Min(1, v))
			if math.IsNaN(v) {
				cs[i*k+j] = v
			}
		}
	}
	return ndarray.Floats([]int{k, k}, cs)
}

// npAverage is numpy.average: the mean, or sum(a*w)/sum(w) with weights
// of a's shape (or 1-d along axis).
func (in *interp) npAverage(a *callArgs) Value {
	x, axis := in.npArg(a, "a"), in.axisArg(a.Get("axis"))
	wv := a.Get("weights")
	if wv == nil || wv == none {
		return arrayValue(reduce(ndarray.Mean, x, axis))
	}
	w := in.toArray(wv)
	if x.DType() != ndarray.Complex128 && w.DType() != ndarray.Complex128 {
		x, w = x.AsType(ndarray.Float64), w.AsType(ndarray.Float64)
	}
	if !slices.Equal(x.Shape(), w.Shape()) {
		if axis == nil {
			throw("TypeError", "Axis must be specified when shapes of a and weights differ.")
		}
		if w.NDim() != 1 {
			throw("TypeError", "1D weights expected when shapes of a and weights differ.")
		}
		ax := normAxis(*axis, x.NDim())
		if w.Shape()[0] != x.Shape()[ax] {
			throw("ValueError", "Length of weights not compatible with specified axis.")
		}
		shape := make([]int, x.NDim())
		for i := range shape {
			shape[i] = 1
		}
		shape[ax] = w.Size()
		w = w.Reshape(shape)
	}
	ones := npBinary("+", ndarray.Zeros(w.DType(), x.Shape()), ndarray.Scalar(1.0))
	scl := reduce(ndarray.Sum, npBinary("*", ones, w), axis)
	for _, s := range scl.Float64s() {
		if s == 0 {
			throw("ZeroDivisionError", "Weights sum to zero, can't be normalized")
		}
	}
	return arrayValue(npBinary("/", reduce(ndarray.Sum, npBinary("*", x, w), axis), scl))
}

// npDigitize is numpy.digitize: searchsorted on monotonic bins (side
// 'right' unless right=True; decreasing bins counted from the end).
func (in *interp) npDigitize(a *callArgs) Value {
	x, b := in.npArg(a, "x"), in.npArg(a, "bins")
	if x.DType() == ndarray.Complex128 {
		throw("TypeError", "x may not be complex")
	}
	if b.NDim() != 1 {
		throw("ValueError", "object too deep for desired array")
	}
	bins := b.AsType(ndarray.Float64).Float64s()
	inc, dec := true, true
	for i := 1; i < len(bins); i++ {
		inc = inc && !(bins[i] < bins[i-1])
		dec = dec && !(bins[i] > bins[i-1])
	}
	if !inc && !dec {
		throw("ValueError", "bins must be monotonically increasing or decreasing")
	}
	right := in.truth(a.Or("right", false), nil)
	xs := x.AsType(ndarray.Float64).Float64s()
	out := make([]int64, len(xs))
	n := len(bins)
	for i, v := range xs {
		// the number of bins below v (at or below unless right)
		below := func(e float64) bool {
			if right {
				return npFloatLess(e, v)
			}
			return !npFloatLess(v, e)
		}
		if inc || n == 0 {
			out[i] = int64(sort.Search(n, func(k int) bool { return !below(bins[k]) }))
		} else {
			out[i] = int64(n - sort.Search(n, func(k int) bool { return !below(bins[n-1-k]) }))
		}
	}
	return arrayValue(ndarray.Ints(x.Shape(), out))
}

// npBincount is numpy.bincount of a 1-d array of non-negative integers.
func (in *interp) npBincount(a *callArgs) Value {
	x := in.npArg(a, "x")
	if x.NDim() != 1 {
		throw("ValueError", "object too deep for desired array")
	}
	if x.DType() != ndarray.Int64 && x.DType() != ndarray.Bool && x.Size() > 0 {
		throw("TypeError", "Cannot cast array data from dtype('%s') to dtype('int64') according to the rule 'safe'", x.DType())
	}
	xs := x.AsType(ndarray.Int64).Int64s()
	n := int64(0)
	if v := a.Get("minlength"); v != nil && v != none {
		n = in.toInt64(v)
		if n < 0 {
			throw("ValueError", "'minlength' must not be negative")
		}
	}
	for _, v := range xs {
		if v < 0 {
			throw("ValueError", "'list' argument must have no negative elements")
		}
		n = max(n, v+1)
	}
	npCall(func() bool { ndarray.CheckAlloc(ndarray.Float64, []int{int(n)}); return true })
	if wv := a.Get("weights"); wv != nil && wv != none {
		w := in.toArray(wv)
		if w.Size() != len(xs) {
			throw("ValueError", "The weights and list don't have the same length.")
		}
		ws := w.AsType(ndarray.Float64).Float64s()
		out := make([]float64, n)
		for i, v := range xs {
			out[v] += ws[i]
		}
		return ndarray.Floats([]int{int(n)}, out)
	}
	out := make([]int64, n)
	for _, v := range xs {
		out[v]++
	}
	return ndarray.Ints([]int{int(n)}, out)
}

// npConvolve is numpy.convolve: each output the products summed in
// order along the longer array, as multiarray's correlate loops add
// them ('full', 'same' or 'valid').
func (in *interp) npConvolve(a *callArgs) Value {
	x, v := in.npArg(a, "a"), in.npArg(a, "v")
	if x.NDim() == 0 {
		x = x.Reshape([]int{1})
	}
	if v.NDim() == 0 {
		v = v.Reshape([]int{1})
	}
	if x.NDim() != 1 || v.NDim() != 1 {
		throw("ValueError", "object too deep for desired array")
	}
	return convolve(x, v, in.str(a.Or("mode", "full")))
}

// convolve is numpy.convolve of two 1-d arrays.
func convolve(x, v *ndarray.Array, mode string) *ndarray.Array {
	if v.Size() > x.Size() {
		x, v = v, x
	}
	if x.Size() == 0 {
		throw("ValueError", "a cannot be empty")
	}
	if v.Size() == 0 {
		throw("ValueError", "v cannot be empty")
	}
	n1, n2 := x.Size(), v.Size()
	lo, hi := 0, n1+n2-1 // the full output's range
	switch mode {
	case "full":
	case "same":
		lo = (n2 - 1) - n2/2
		hi = lo + n1
	case "valid":
		lo, hi = n2-1, n1
	default:
		throw("ValueError", "mode must be one of 'valid', 'same', or 'full' (got '%s')", mode)
	}
	dt := max(x.DType(), v.DType())
	if dt == ndarray.Bool {
		dt = ndarray.Int64
	}
	switch dt {
	case ndarray.Complex128:
		throw("NotImplementedError", "dcalc's numpy.convolve takes real arrays")
	case ndarray.Int64:
		xs, vs := x.AsType(dt).Int64s(), v.AsType(dt).Int64s()
		out := make([]int64, hi-lo)
		for t := lo; t < hi; t++ {
			var s int64
			for i := max(0, t-n2+1); i <= min(t, n1-1); i++ {
				s += xs[i] * vs[t-i]
			}
			out[t-lo] = s
		}
		return ndarray.Ints([]int{hi - lo}, out)
	}
	xs, vs := x.AsType(dt).Float64s(), v.AsType(dt).Float64s()
	out := make([]float64, hi-lo)
	for t := lo; t < hi; t++ {
		s := 0.0
		for i := max(0, t-n2+1); i <= min(t, n1-1); i++ {
			s += xs[i] * vs[t-i]
		}
		out[t-lo] = s
	}
	return ndarray.Floats([]int{hi - lo}, out)
}

var shapeTable = []*binding{
	{Name: "tril", Sig: "(m, k=0)", Honours: "k", Doc: "The array with the elements above the k-th diagonal zeroed.",
		Fn: func(in *interp, a *callArgs) Value { return in.triangle(a, false) }},
	{Name: "triu", Sig: "(m, k=0)", Honours: "k", Doc: "The array with the elements below the k-th diagonal zeroed.",
		Fn: func(in *interp, a *callArgs) Value { return in.triangle(a, true) }},
	{Name: "kron", Sig: "(a, b)", Doc: "The Kronecker product of two arrays of up to 2 dimensions.", Fn: (*interp).npKron},
	{Name: "unravel_index", Sig: "(indices, shape, order='C')", Doc: "Flat indices as a tuple of index arrays (or ints) into an array of the shape.",
		Fn: (*interp).npUnravelIndex},
	{Name: "argwhere", Sig: "(a)", Doc: "The indices of the nonzero elements, one row each.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			if x.NDim() == 0 {
				x = x.Reshape([]int{1})
				n := 0
				if x.AsType(ndarray.Bool).Bool8s()[0] {
					n = 1
				}
				return ndarray.Ints([]int{n, 0}, nil)
			}
			idx := npNonzero(x).(*Tuple).Items
			d, n := len(idx), idx[0].(*ndarray.Array).Size()
			out := make([]int64, n*d)
			for j, c := range idx {
				for i, v := range c.(*ndarray.Array).Int64s() {
					out[i*d+j] = v
				}
			}
			return ndarray.Ints([]int{n, d}, out)
		}},
	{Name: "array_split", Sig: "(ary, indices_or_sections, axis=0)", Honours: "axis",
		Doc: "The array split into sections (of sizes differing by at most one) or at the given indices.",
		Fn:  func(in *interp, a *callArgs) Value { return in.arraySplit(a, false) }},
	{Name: "split", Sig: "(ary, indices_or_sections, axis=0)", Honours: "axis",
		Doc: "The array split into equal sections or at the given indices.",
		Fn:  func(in *interp, a *callArgs) Value { return in.arraySplit(a, true) }},
	{Name: "fliplr", Sig: "(m)", Doc: "The columns in reverse order.",
		Fn: func(in *interp, a *callArgs) Value {
			m := in.npArg(a, "m")
			if m.NDim() < 2 {
				throw("ValueError", "Input must be >= 2-d.")
			}
			return reverseAxis(m, 1)
		}},
	{Name: "flipud", Sig: "(m)", Doc: "The rows in reverse order.",
		Fn: func(in *interp, a *callArgs) Value {
			m := in.npArg(a, "m")
			if m.NDim() < 1 {
				throw("ValueError", "Input must be >= 1-d.")
			}
			return reverseAxis(m, 0)
		}},
	{Name: "nan_to_num", Sig: "(x, copy=True, nan=0.0, posinf=None, neginf=None)", Honours: "nan posinf neginf",
		Doc: "nan replaced by 0 (or nan=), infinities by the largest finite floats (or posinf=, neginf=).",
		Fn:  (*interp).npNanToNum},
}

// reverseAxis is m[::-1] along axis (a copy).
func reverseAxis(m *ndarray.Array, axis int) *ndarray.Array {
	idx := make([]ndarray.Index, m.NDim())
	for i := range idx {
		idx[i] = ndarray.Index{Kind: ndarray.IndexSlice}
	}
	step := -1
	idx[axis].Slice = [3]*int{nil, nil, &step}
	return m.Get(idx).Copy()
}

// triangle is numpy.tril (upper false) and numpy.triu over the last two
// axes: where(tri(N, M, k), m, 0) and its complement.
func (in *interp) triangle(a *callArgs, upper bool) Value {
	m := in.npArg(a, "m")
	k := 0
	if v := a.Get("k"); v != nil {
		k = int(in.toIndex(v))
	}
	if m.NDim() == 0 {
		throw("ValueError", "not enough values to unpack (expected 2, got 0)")
	}
	shape := m.Shape()
	rows, cols := shape[0], shape[0] // tri(N) for a 1-d array
	if m.NDim() >= 2 {
		rows, cols = shape[len(shape)-2], shape[len(shape)-1]
	}
	mask := make([]bool, rows*cols)
	for i := range rows {
		for j := range cols {
			below := j-i <= k // tri(N, M, k): j <= i + k
			if upper {
				below = j-i <= k-1
			}
			mask[i*cols+j] = below != upper
		}
	}
	cond := ndarray.Bools([]int{rows, cols}, mask)
	return npCall(func() Value { return ndarray.Where(cond, m, ndarray.Zeros(m.DType(), []int{1})) })
}

// npKron is numpy.kron for arrays of up to two dimensions: each element
// of a times the whole of b, in blocks.
func (in *interp) npKron(a *callArgs) Value {
	x, y := in.npArg(a, "a"), in.npArg(a, "b")
	if x.NDim() == 0 || y.NDim() == 0 {
		return arrayValue(npBinary("*", x, y))
	}
	if x.NDim() > 2 || y.NDim() > 2 {
		throw("NotImplementedError", "dcalc's numpy.kron takes arrays of up to 2 dimensions")
	}
	nd := max(x.NDim(), y.NDim())
	as, bs := padShape(x.Shape(), nd), padShape(y.Shape(), nd)
	// a_arr[i, 1, j, 1] * b_arr[1, k, 1, l], then reshaped
	ea := make([]int, 0, 2*nd)
	eb := make([]int, 0, 2*nd)
	out := make([]int, nd)
	for d := range nd {
		ea = append(ea, as[d], 1)
		eb = append(eb, 1, bs[d])
		out[d] = as[d] * bs[d]
	}
	return npBinary("*", x.Reshape(ea), y.Reshape(eb)).Reshape(out)
}

// padShape prefixes ones to shape up to nd dimensions.
func padShape(shape []int, nd int) []int {
	out := make([]int, 0, nd)
	for range nd - len(shape) {
		out = append(out, 1)
	}
	return append(out, shape...)
}

// arraySplit is numpy.array_split (split when equal sections are
// required): a list of views of consecutive ranges along axis.
func (in *interp) arraySplit(a *callArgs, equal bool) Value {
	x := in.npArg(a, "ary")
	axis := 0
	if v := a.Get("axis"); v != nil {
		axis = normAxis(int(in.toIndex(v)), x.NDim())
	}
	total := x.Shape()[axis]
	var points []int
	switch s := a.Get("indices_or_sections").(type) {
	case *big.Int, bool:
		n := int(in.toInt64(s))
		if n <= 0 {
			throw("ValueError", "number sections must be larger than 0.")
		}
		if equal && total%n != 0 {
			throw("ValueError", "array split does not result in an equal division")
		}
		each, extras := total/n, total%n
		points = []int{0}
		for i := range n {
			size := each
			if i < extras {
				size++
			}
			points = append(points, points[len(points)-1]+size)
		}
	default:
		points = []int{0}
		in.iterate(s, func(v Value) bool {
			points = append(points, int(in.toIndex(v)))
			return true
		})
		points = append(points, total)
	}
	parts := make([]Value, len(points)-1)
	for i := range parts {
		idx := make([]ndarray.Index, x.NDim())
		for d := range idx {
			idx[d] = ndarray.Index{Kind: ndarray.IndexSlice}
		}
		lo, hi := points[i], points[i+1]
		idx[axis].Slice = [3]*int{&lo, &hi, nil}
		parts[i] = npCall(func() *ndarray.Array { return x.Get(idx) })
	}
	return &List{Items: parts}
}

// npNanToNum is numpy.nan_to_num of a real array or number.
func (in *interp) npNanToNum(a *callArgs) Value {
	x := in.npArg(a, "x")
	switch x.DType() {
	case ndarray.Complex128:
		throw("NotImplementedError", "dcalc's numpy.nan_to_num takes real values")
	case ndarray.Int64, ndarray.Bool:
		return arrayValue(x.Copy())
	}
	nan, posinf, neginf := 0.0, math.MaxFloat64, -math.MaxFloat64
	if v := a.Get("nan"); v != nil {
		nan = in.toFloat(v)
	}
	if v := a.Get("posinf"); v != nil && v != none {
		posinf = in.toFloat(v)
	}
	if v := a.Get("neginf"); v != nil && v != none {
		neginf = in.toFloat(v)
	}
	xs := append([]float64(nil), x.Float64s()...)
	for i, v := range xs {
		switch {
		case math.IsNaN(v):
			xs[i] = nan
		case math.IsInf(v, 1):
			xs[i] = posinf
		case math.IsInf(v, -1):
			xs[i] = neginf
		}
	}
	return arrayValue(ndarray.Floats(x.Shape(), xs))
}

// npUnravelIndex is np.unravel_index in C order: each flat index split
// into one index per dimension.
func (in *interp) npUnravelIndex(a *callArgs) Value {
	shape := in.shapeArg(a.Get("shape"))
	idx := in.npArg(a, "indices")
	if idx.DType() != ndarray.Int64 && idx.DType() != ndarray.Bool {
		throw("TypeError", "only int indices permitted")
	}
	flat := idx.AsType(ndarray.Int64).Int64s()
	size := int64(prodInts(shape))
	cols := make([][]int64, len(shape))
	for d := range cols {
		cols[d] = make([]int64, len(flat))
	}
	for k, v := range flat {
		if v < 0 || v >= size {
			throw("ValueError", "index %d is out of bounds for array with size %d", v, size)
		}
		for d := len(shape) - 1; d >= 0; d-- {
			cols[d][k] = v % int64(shape[d])
			v /= int64(shape[d])
		}
	}
	out := make([]Value, len(shape))
	for d, c := range cols {
		if idx.NDim() == 0 {
			out[d] = big.NewInt(c[0])
		} else {
			out[d] = ndarray.Ints(idx.Shape(), c)
		}
	}
	return &Tuple{Items: out}
}
