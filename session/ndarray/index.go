package ndarray

// Index is one component of a subscript: an integer, a slice, newaxis,
// an ellipsis, or an index array (bool mask or integers).
type Index struct {
	Kind  IndexKind
	Int   int
	Slice [3]*int // start, stop, step; nil where omitted
	Array *Array
}

// IndexKind tells which field of an Index is set.
type IndexKind int

// The kinds of index.
const (
	IndexInt IndexKind = iota
	IndexSlice
	IndexNewAxis
	IndexEllipsis
	IndexArray
)

// sliceBounds resolves a slice against a dimension of length n, as
// Python's slice.indices does.
func sliceBounds(s [3]*int, n int) (start, stop, step, count int) {
	step = 1
	if s[2] != nil {
		step = *s[2]
		if step == 0 {
			fail("ValueError", "slice step cannot be zero")
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	clamp := func(p *int, def int) int {
		if p == nil {
			return def
		}
		v := *p
		if v < 0 {
			v += n
			if v < lower {
				v = lower
			}
		} else if v > upper {
			v = upper
		}
		return v
	}
	if step > 0 {
		start, stop = clamp(s[0], lower), clamp(s[1], upper)
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else {
		start, stop = clamp(s[0], upper), clamp(s[1], lower)
		if start > stop {
			count = (start - stop - step - 1) / (-step)
		}
	}
	return
}

// expandEllipsis replaces an ellipsis (or pads at the end) with full
// slices so that the subscript covers every dimension.
func (a *Array) expandEllipsis(idx []Index) []Index {
	used, ell := 0, -1
	for i, ix := range idx {
		switch ix.Kind {
		case IndexNewAxis:
		case IndexEllipsis:
			if ell >= 0 {
				fail("IndexError", "an index can only have a single ellipsis ('...')")
			}
			ell = i
		case IndexArray:
			if ix.Array.dtype == Bool {
				used += ix.Array.NDim()
			} else {
				used++
			}
		default:
			used++
		}
	}
	if used > a.NDim() {
		fail("IndexError", "too many indices for array: array is %d-dimensional, but %d were indexed", a.NDim(), used)
	}
	fill := make([]Index, a.NDim()-used)
	for i := range fill {
		fill[i] = Index{Kind: IndexSlice}
	}
	if ell < 0 {
		return append(append([]Index(nil), idx...), fill...)
	}
	out := append([]Index(nil), idx[:ell]...)
	out = append(out, fill...)
	return append(out, idx[ell+1:]...)
}

// Get returns a[idx]: a view for integers, slices and newaxis; a copy
// when an index array is involved (one index array, as the only
// subscript, is supported).
func (a *Array) Get(idx []Index) *Array {
	for _, ix := range idx {
		if ix.Kind == IndexArray {
			return a.fancy(idx)
		}
	}
	v := &Array{dtype: a.dtype, off: a.off, buf: a.buf}
	dim := 0
	for _, ix := range a.expandEllipsis(idx) {
		switch ix.Kind {
		case IndexNewAxis:
			v.shape = append(v.shape, 1)
			v.strides = append(v.strides, 0)
		case IndexInt:
			n := a.shape[dim]
			i := ix.Int
			if i < -n || i >= n {
				fail("IndexError", "index %d is out of bounds for axis %d with size %d", ix.Int, dim, n)
			}
			if i < 0 {
				i += n
			}
			v.off += i * a.strides[dim]
			dim++
		case IndexSlice:
			start, _, step, count := sliceBounds(ix.Slice, a.shape[dim])
			if count > 0 {
				v.off += start * a.strides[dim]
			}
			v.shape = append(v.shape, count)
			v.strides = append(v.strides, step*a.strides[dim])
			dim++
		}
	}
	return v
}

// multiIndex splits a subscript holding integer index arrays into the
// leading advanced indices (integer arrays and integers, broadcast
// together: a[rows, cols], a[np.arange(n), y]) and the basic indices
// after them (a[idx, :]). ok is false for what NumPy orders
// differently (an index array after a slice, or a bool mask among
// several indices), which dcalc does not implement.
func multiIndex(idx []Index) (adv [][]int64, shape []int, rest []Index, ok bool) {
	k := 0
	for k < len(idx) && (idx[k].Kind == IndexInt || idx[k].Kind == IndexArray && idx[k].Array.dtype != Bool) {
		k++
	}
	for _, ix := range idx[k:] {
		if ix.Kind == IndexArray {
			return nil, nil, nil, false
		}
	}
	var shapes [][]int
	for _, ix := range idx[:k] {
		if ix.Kind == IndexArray {
			if ix.Array.dtype != Int64 {
				fail("IndexError", "arrays used as indices must be of integer (or boolean) type")
			}
			shapes = append(shapes, ix.Array.shape)
		}
	}
	if err := Catch(func() { shape = BroadcastShapes(shapes...) }); err != nil {
		msg := "shape mismatch: indexing arrays could not be broadcast together with shapes"
		for _, sh := range shapes {
			msg += " " + ShapeString(sh)
		}
		fail("IndexError", "%s ", msg)
	}
	for _, ix := range idx[:k] {
		if ix.Kind == IndexInt {
			adv = append(adv, filled(prod(shape), int64(ix.Int)))
			continue
		}
		adv = append(adv, ix.Array.BroadcastTo(shape).Int64s())
	}
	return adv, shape, idx[k:], true
}

// filled is n copies of v.
func filled(n int, v int64) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// slicePrefix is the number of leading slices before an index array
// that follows them (a[:, [0, 2]]); 0 when the subscript does not start
// that way.
func slicePrefix(idx []Index) int {
	k := 0
	for k < len(idx) && idx[k].Kind == IndexSlice {
		k++
	}
	if k < len(idx) && idx[k].Kind == IndexArray {
		return k
	}
	return 0
}

// eachPrefix calls f with each position in the first k axes of v and
// the view there.
func (v *Array) eachPrefix(k int, f func(pos int, sub *Array)) {
	n := prod(v.shape[:k])
	for p := range n {
		ints := make([]Index, k)
		r := p
		for d := k - 1; d >= 0; d-- {
			ints[d] = Index{Kind: IndexInt, Int: r % v.shape[d]}
			r /= v.shape[d]
		}
		f(p, v.Get(ints))
	}
}

// advancedViews calls f with each element position of the broadcast
// advanced indices and the view a[i0, ..., ik, rest...] it selects.
func (a *Array) advancedViews(adv [][]int64, n int, rest []Index, f func(k int, v *Array)) {
	for k := range n {
		sub := make([]Index, 0, len(adv)+len(rest))
		for _, col := range adv {
			sub = append(sub, Index{Kind: IndexInt, Int: int(col[k])})
		}
		f(k, a.Get(append(sub, rest...)))
	}
}

// fancy is indexing with a bool mask or an integer array, or with
// several integer arrays and integers followed by basic indices.
func (a *Array) fancy(idx []Index) *Array {
	if k := slicePrefix(idx); k > 0 {
		// the sliced axes first, then the advanced block at each of
		// their positions
		view := a.Get(idx[:k])
		var out *Array
		var inner int
		view.eachPrefix(k, func(p int, sub *Array) {
			r := sub.fancy(idx[k:])
			if out == nil {
				inner = r.Size()
				out = Zeros(a.dtype, append(append([]int(nil), view.shape[:k]...), r.shape...))
			}
			copyElems(out.buf, p*inner, r.buf, 0, inner)
		})
		if out == nil {
			fail("NotImplementedError", "dcalc does not implement numpy index arrays after empty slices yet")
		}
		return out
	}
	if len(idx) != 1 {
		adv, shape, rest, ok := multiIndex(idx)
		if !ok {
			fail("NotImplementedError", "dcalc does not implement numpy index arrays mixed with other indices yet")
		}
		n := prod(shape)
		var out *Array
		var inner int
		a.advancedViews(adv, n, rest, func(k int, v *Array) {
			if out == nil {
				inner = v.Size()
				out = Zeros(a.dtype, append(append([]int(nil), shape...), v.shape...))
			}
			copyElems(out.buf, k*inner, v.Copy().buf, 0, inner)
		})
		if out == nil { // no element selected: the shape of one view
			v := a.Get(append(zeroInts(len(adv)), rest...))
			out = Zeros(a.dtype, append(append([]int(nil), shape...), v.shape...))
		}
		return out
	}
	ix := idx[0].Array
	if ix.dtype == Bool {
		if ix.NDim() > a.NDim() {
			fail("IndexError", "too many indices for array: array is %d-dimensional, but %d were indexed", a.NDim(), ix.NDim())
		}
		for d := range ix.shape {
			if ix.shape[d] != a.shape[d] {
				fail("IndexError", "boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d", d, a.shape[d], ix.shape[d])
			}
		}
		inner := prod(a.shape[ix.NDim():])
		var rows []int
		for k, b := range ix.Bool8s() {
			if b {
				rows = append(rows, k)
			}
		}
		return a.Reshape(append([]int{ix.Size()}, a.shape[ix.NDim():]...)).takeRows(rows, append([]int{len(rows)}, a.shape[ix.NDim():]...), inner)
	}
	if ix.dtype != Int64 {
		fail("IndexError", "arrays used as indices must be of integer (or boolean) type")
	}
	if a.NDim() == 0 {
		fail("IndexError", "too many indices for array: array is 0-dimensional, but 1 were indexed")
	}
	n := a.shape[0]
	rows := make([]int, ix.Size())
	for k, i := range ix.Int64s() {
		if i < int64(-n) || i >= int64(n) {
			fail("IndexError", "index %d is out of bounds for axis 0 with size %d", i, n)
		}
		if i < 0 {
			i += int64(n)
		}
		rows[k] = int(i)
	}
	return a.takeRows(rows, append(append([]int(nil), ix.shape...), a.shape[1:]...), prod(a.shape[1:]))
}

// takeRows copies the given rows (first-axis positions) into a new array
// of the given shape; inner is the size of one row.
func (a *Array) takeRows(rows []int, shape []int, inner int) *Array {
	flat := a.Copy()
	out := Zeros(a.dtype, shape)
	for k, r := range rows {
		copyElems(out.buf, k*inner, flat.buf, r*inner, inner)
	}
	return out
}

func copyElems(dst *buffer, d int, src *buffer, s, n int) {
	switch {
	case dst.b != nil:
		copy(dst.b[d:d+n], src.b[s:s+n])
	case dst.i != nil:
		copy(dst.i[d:d+n], src.i[s:s+n])
	case dst.f != nil:
		copy(dst.f[d:d+n], src.f[s:s+n])
	default:
		copy(dst.c[d:d+n], src.c[s:s+n])
	}
}

// Set assigns val (broadcast, cast to a's dtype) to a[idx].
func (a *Array) Set(idx []Index, val *Array) {
	for _, ix := range idx {
		if ix.Kind == IndexArray {
			a.setFancy(idx, val)
			return
		}
	}
	a.Get(idx).assign(val)
}

// assign copies val into the view a, broadcasting it to a's shape.
func (a *Array) assign(val *Array) {
	if val.dtype > a.dtype && !(a.dtype == Int64 && val.dtype == Float64) && !(a.dtype == Float64 && val.dtype == Complex128) {
		fail("TypeError", "Cannot cast array data from dtype('%s') to dtype('%s') according to the rule 'safe'", val.dtype, a.dtype)
	}
	if val.dtype == Complex128 && a.dtype != Complex128 {
		fail("TypeError", "can't convert complex to float")
	}
	src := val.BroadcastTo(a.shape).AsType(a.dtype)
	a.offsets(func(k, o int) {
		switch a.dtype {
		case Bool:
			a.buf.b[o] = src.buf.b[k]
		case Int64:
			a.buf.i[o] = src.buf.i[k]
		case Float64:
			a.buf.f[o] = src.buf.f[k]
		default:
			a.buf.c[o] = src.buf.c[k]
		}
	})
}

// zeroInts is n integer indices 0.
func zeroInts(n int) []Index {
	out := make([]Index, n)
	for i := range out {
		out[i] = Index{Kind: IndexInt}
	}
	return out
}

func (a *Array) setFancy(idx []Index, val *Array) {
	if k := slicePrefix(idx); k > 0 {
		view := a.Get(idx[:k])
		shape := a.fancy(idx).shape
		full := val.BroadcastTo(shape)
		view.eachPrefix(k, func(p int, sub *Array) {
			pos := make([]Index, k)
			r := p
			for d := k - 1; d >= 0; d-- {
				pos[d] = Index{Kind: IndexInt, Int: r % view.shape[d]}
				r /= view.shape[d]
			}
			sub.setFancyView(idx[k:], full.Get(pos))
		})
		return
	}
	a.setFancyView(idx, val)
}

// setFancyView is setFancy of a subscript that starts with its advanced
// indices (a may be a strided view when there are several).
func (a *Array) setFancyView(idx []Index, val *Array) {
	if len(idx) != 1 {
		adv, shape, rest, ok := multiIndex(idx)
		if !ok {
			fail("NotImplementedError", "dcalc does not implement numpy index arrays mixed with other indices yet")
		}
		n := prod(shape)
		if n == 0 {
			return
		}
		inner := a.Get(append(zeroInts(len(adv)), rest...))
		full := val.BroadcastTo(append(append([]int(nil), shape...), inner.shape...))
		a.advancedViews(adv, n, rest, func(k int, v *Array) {
			pos := make([]Index, 0, len(shape))
			r := k
			for d := len(shape) - 1; d >= 0; d-- {
				pos = append([]Index{{Kind: IndexInt, Int: r % shape[d]}}, pos...)
				r /= shape[d]
			}
			v.assign(full.Get(pos))
		})
		return
	}
	ix := idx[0].Array
	var rows []int
	var inner int
	if ix.dtype == Bool {
		a.fancy(idx) // checks the mask's shape
		inner = prod(a.shape[ix.NDim():])
		for k, b := range ix.Bool8s() {
			if b {
				rows = append(rows, k)
			}
		}
	} else {
		n := a.shape[0]
		inner = prod(a.shape[1:])
		for _, i := range ix.Int64s() {
			if i < int64(-n) || i >= int64(n) {
				fail("IndexError", "index %d is out of bounds for axis 0 with size %d", i, n)
			}
			if i < 0 {
				i += int64(n)
			}
			rows = append(rows, int(i))
		}
	}
	// The selected elements as one 1-d view list, in order.
	flat := a
	if !a.contiguous() {
		fail("NotImplementedError", "dcalc does not implement assignment through an index array into a strided view yet")
	}
	if val.Size() != 1 && val.Size() != len(rows)*inner {
		fail("ValueError", "NumPy boolean array indexing assignment cannot assign %d input values to the %d output values where the mask is true", val.Size(), len(rows)*inner)
	}
	src := val.Ravel().BroadcastTo([]int{len(rows) * inner}).AsType(a.dtype)
	for k, r := range rows {
		copyElems(flat.buf, flat.off+r*inner, src.buf, k*inner, inner)
	}
}
