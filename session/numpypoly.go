package session

import (
	"math"
	"sort"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds NumPy's polynomial and interpolation helpers
// (polyval, polyder, interp), logspace, cross and where with one
// argument, each computed in the order NumPy's own code computes it so
// that the floats come out bit for bit.

// numpyPolyTable is installed into the numpy module beside numpyTable.
var numpyPolyTable = []*binding{
	{Name: "polyval", Sig: "(p, x)", Doc: "The polynomial with coefficients p (highest power first) at x, by Horner's rule.",
		Fn: (*interp).npPolyval},
	{Name: "polyder", Sig: "(p, m=1)", Honours: "m", Doc: "The coefficients of the m-th derivative of the polynomial p.",
		Fn: (*interp).npPolyder},
	{Name: "interp", Sig: "(x, xp, fp, left=None, right=None, period=None)", Honours: "left right",
		Doc: "Piecewise-linear interpolation of the points (xp, fp) at x.", Fn: (*interp).npInterp},
	{Name: "logspace", Sig: "(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)", Honours: "num endpoint base dtype",
		Doc: "base**linspace(start, stop, num).", Fn: (*interp).npLogspace},
	{Name: "nonzero", Sig: "(a)", Doc: "The indices of the nonzero elements, one array per dimension.",
		Fn: func(in *interp, a *callArgs) Value { return npNonzero(in.npArg(a, "a")) }},
	{Name: "cross", Sig: "(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)", Doc: "The cross product of two 3-vectors (or the z component for 2-vectors).",
		Fn: (*interp).npCross},
}

// npElem is element i of a 1-d array as a 0-d array of its dtype.
func npElem(p *ndarray.Array, i int) *ndarray.Array {
	return p.Get([]ndarray.Index{{Kind: ndarray.IndexInt, Int: i}})
}

// npBinary applies an arithmetic operator with NumPy's promotion.
func npBinary(op string, a, b *ndarray.Array) *ndarray.Array {
	r, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic(op, libmPow).Apply(a, b) })
	return r
}

// npPolyval is numpy.polyval.
func (in *interp) npPolyval(a *callArgs) Value {
	p, x := in.npArg(a, "p"), in.npArg(a, "x")
	if p.NDim() != 1 {
		throw("NotImplementedError", "dcalc's numpy.polyval takes a 1-d array of coefficients")
	}
	return arrayValue(polyval(p, x))
}

// polyval is y = zeros_like(x); y = y*x + c for each coefficient.
func polyval(p, x *ndarray.Array) *ndarray.Array {
	y := ndarray.Zeros(x.DType(), x.Shape())
	for i := range p.Size() {
		y = npBinary("+", npBinary("*", y, x), npElem(p, i))
	}
	return y
}

// npPolyder is numpy.polyder.
func (in *interp) npPolyder(a *callArgs) Value {
	p := in.npArg(a, "p")
	m := 1
	if v := a.Get("m"); v != nil {
		m = int(in.toIndex(v))
	}
	if m < 0 {
		throw("ValueError", "Order of derivative must be positive (see polyint)")
	}
	if p.NDim() != 1 {
		throw("NotImplementedError", "dcalc's numpy.polyder takes a 1-d array of coefficients")
	}
	return polyder(p, m)
}

// polyder is p[:-1]*arange(n, 0, -1), m times.
func polyder(p *ndarray.Array, m int) *ndarray.Array {
	for range m {
		n := p.Size() - 1
		if n < 0 {
			n = 0
		}
		ks := make([]int64, n)
		for i := range ks {
			ks[i] = int64(n - i)
		}
		last := -1
		head := p.Get([]ndarray.Index{{Kind: ndarray.IndexSlice, Slice: [3]*int{nil, &last, nil}}})
		p = npBinary("*", head, ndarray.Ints([]int{n}, ks))
	}
	return p
}

// npInterp is numpy.interp (the compiled arr_interp): for each x the
// interval xp[j] <= x < xp[j+1], slope*(x - xp[j]) + fp[j], retried from
// the right end when that is nan; left and right outside.
func (in *interp) npInterp(a *callArgs) Value {
	if v := a.Get("period"); v != nil && v != none {
		throw("NotImplementedError", "dcalc's numpy.interp does not support period= yet")
	}
	xa := in.npArg(a, "x")
	xp, fp := in.npArg(a, "xp").Float64s(), in.npArg(a, "fp").Float64s()
	if in.npArg(a, "fp").DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.interp takes real values")
	}
	if len(xp) == 0 {
		throw("ValueError", "array of sample points is empty")
	}
	if len(xp) != len(fp) {
		throw("ValueError", "fp and xp are not of the same length.")
	}
	left, right := fp[0], fp[len(fp)-1]
	if v := a.Get("left"); v != nil && v != none {
		left = in.toFloat(v)
	}
	if v := a.Get("right"); v != nil && v != none {
		right = in.toFloat(v)
	}
	xs := xa.Float64s()
	out := make([]float64, len(xs))
	n := len(xp)
	for i, x := range xs {
		switch {
		case math.IsNaN(x):
			out[i] = x
		case x > xp[n-1]:
			out[i] = right
		case x < xp[0]:
			out[i] = left
		case x == xp[n-1]:
			out[i] = fp[n-1]
		default:
			// the last j with xp[j] <= x
			j := sort.Search(n, func(k int) bool { return xp[k] > x }) - 1
			if xp[j] == x {
				out[i] = fp[j]
				continue
			}
			slope := (fp[j+1] - fp[j]) / (xp[j+1] - xp[j])
			r := slope*(x-xp[j]) + fp[j]
			if math.IsNaN(r) {
				r = slope*(x-xp[j+1]) + fp[j+1]
				if math.IsNaN(r) && fp[j] == fp[j+1] {
					r = fp[j]
				}
			}
			out[i] = r
		}
	}
	return arrayValue(ndarray.Floats(xa.Shape(), out))
}

// npLogspace is numpy.logspace: power(base, linspace(start, stop, num)).
func (in *interp) npLogspace(a *callArgs) Value {
	num := 50
	if v := a.Get("num"); v != nil {
		num = int(in.toIndex(v))
	}
	if num < 0 {
		throw("ValueError", "Number of samples, %d, must be non-negative.", num)
	}
	ys, _ := linspaceValues(in.toFloat(a.Get("start")), in.toFloat(a.Get("stop")), num, in.truth(a.Or("endpoint", true), nil))
	base := ndarray.Scalar(10.0)
	if v := a.Get("base"); v != nil {
		base = in.toArray(v)
	}
	r := npBinary("**", base, ndarray.Floats([]int{num}, ys))
	if d := in.dtypeArg(a); d != nil {
		r = r.AsType(*d)
	}
	return r
}

// npCross is numpy.cross of two 1-d vectors of length 3 (or 2: the z
// component), each component a1*b2 - a2*b1 with NumPy's promotion.
func (in *interp) npCross(a *callArgs) Value {
	for _, k := range []string{"axisa", "axisb", "axisc", "axis"} {
		if v := a.Get(k); v != nil && v != none && !(k != "axis" && in.toIndex(v) == -1) {
			throw("NotImplementedError", "dcalc's numpy.cross does not support %s= yet", k)
		}
	}
	u, v := in.npArg(a, "a"), in.npArg(a, "b")
	if u.NDim() != 1 || v.NDim() != 1 {
		throw("NotImplementedError", "dcalc's numpy.cross takes two 1-d vectors")
	}
	nu, nv := u.Size(), v.Size()
	if (nu != 2 && nu != 3) || (nv != 2 && nv != 3) {
		throw("ValueError", "incompatible dimensions for cross product\n(dimension must be 2 or 3)")
	}
	comp := func(x *ndarray.Array, i int) *ndarray.Array {
		if i >= x.Size() {
			return ndarray.Zeros(x.DType(), nil)
		}
		return npElem(x, i)
	}
	// c_k = u_i*v_j - u_j*v_i
	term := func(i, j int) *ndarray.Array {
		return npBinary("-", npBinary("*", comp(u, i), comp(v, j)), npBinary("*", comp(u, j), comp(v, i)))
	}
	if nu == 2 && nv == 2 {
		return arrayValue(term(0, 1))
	}
	parts := []*ndarray.Array{term(1, 2), term(2, 0), term(0, 1)}
	for i, p := range parts {
		parts[i] = p.Reshape([]int{1})
	}
	return npCall(func() Value { return ndarray.Concatenate(parts, 0) })
}

// npNonzero is numpy.nonzero: a tuple of index arrays, one per
// dimension, of the elements that are true, in C order.
func npNonzero(c *ndarray.Array) Value {
	shape := c.Shape()
	if len(shape) == 0 {
		throw("ValueError", "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
	}
	idx := make([][]int64, len(shape))
	truth := c.AsType(ndarray.Bool).Bool8s()
	for k, t := range truth {
		if !t {
			continue
		}
		rem := k
		for d := len(shape) - 1; d >= 0; d-- {
			idx[d] = append(idx[d], int64(rem%shape[d]))
			rem /= shape[d]
		}
	}
	items := make([]Value, len(shape))
	for d := range shape {
		items[d] = ndarray.Ints([]int{len(idx[d])}, append([]int64{}, idx[d]...))
	}
	return &Tuple{Items: items}
}
