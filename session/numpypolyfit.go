package session

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/session/ndarray"
	"github.com/dcalc/dcalc/session/ndarray/linalg"
)

// polyfitTable binds numpy.polyfit and numpy.roots (installed with
// numpyPolyTable).
var polyfitTable = []*binding{
	{Name: "polyfit", Sig: "(x, y, deg, rcond=None, full=False, w=None, cov=False)", Honours: "rcond full w",
		Doc: "The least-squares polynomial fit of degree deg (coefficients, highest power first).",
		Fn:  (*interp).npPolyfit},
	{Name: "roots", Sig: "(p)", Doc: "The roots of the polynomial with coefficients p: the eigenvalues of its companion matrix.",
		Fn: (*interp).npRoots},
}

// npPolyfit is numpy.polyfit: the Vandermonde matrix (powers by repeated
// multiplication), its columns scaled to unit norm, lstsq with rcond =
// len(x)·eps, the coefficients unscaled; a RankWarning when the rank
// falls short.
func (in *interp) npPolyfit(a *callArgs) Value {
	deg := in.toInt64(a.Get("deg"))
	order := int(deg) + 1
	x := in.npArg(a, "x").AsType(ndarray.Float64)
	y := in.npArg(a, "y").AsType(ndarray.Float64)
	if deg < 0 {
		throw("ValueError", "expected deg >= 0")
	}
	if x.NDim() != 1 {
		throw("TypeError", "expected 1D vector for x")
	}
	if x.Size() == 0 {
		throw("TypeError", "expected non-empty vector for x")
	}
	if y.NDim() < 1 || y.NDim() > 2 {
		throw("TypeError", "expected 1D or 2D array for y")
	}
	if x.Shape()[0] != y.Shape()[0] {
		throw("TypeError", "expected x and y to have same length")
	}
	m := x.Size()
	rcond := float64(m) * 0x1p-52
	if r := a.Get("rcond"); r != nil && r != none {
		rcond = in.toFloat(r)
	}
	xs := x.Float64s()
	lhs := make([]float64, m*order)
	for i, xv := range xs {
		p := 1.0
		for j := order - 1; j >= 0; j-- {
			lhs[i*order+j] = p
			p *= xv
		}
	}
	ys := append([]float64(nil), y.Float64s()...)
	ncols := 1
	if y.NDim() == 2 {
		ncols = y.Shape()[1]
	}
	if wv := a.Get("w"); wv != nil && wv != none {
		w := in.toArray(wv).AsType(ndarray.Float64)
		if w.NDim() != 1 {
			throw("TypeError", "expected a 1-d array for weights")
		}
		if w.Size() != m {
			throw("TypeError", "expected w and y to have the same length")
		}
		ws := w.Float64s()
		for i := range m {
			for j := range order {
				lhs[i*order+j] *= ws[i]
			}
			for j := range ncols {
				ys[i*ncols+j] *= ws[i]
			}
		}
	}
	// scale = sqrt((lhs*lhs).sum(axis=0)), summed down each column
	scale := make([]float64, order)
	for j := range order {
		acc := 0.0
		for i := range m {
			acc += lhs[i*order+j] * lhs[i*order+j]
		}
		scale[j] = math.Sqrt(acc)
	}
	for i := range m {
		for j := range order {
			lhs[i*order+j] /= scale[j]
		}
	}
	c := linalgCall(func() (*Tuple, error) {
		sol, res, rank, s, err := linalg.Lstsq(ndarray.Floats([]int{m, order}, lhs), ndarray.Floats(y.Shape(), ys), rcond)
		return &Tuple{Items: []Value{sol, res, big.NewInt(int64(rank)), s}}, err
	}).Items
	sol := c[0].(*ndarray.Array)
	cs := append([]float64(nil), sol.Float64s()...)
	for i := range order {
		for j := range ncols {
			cs[i*ncols+j] /= scale[i]
		}
	}
	coef := ndarray.Floats(sol.Shape(), cs)
	full := in.truth(a.Or("full", false), nil)
	if rk := in.toInt64(c[2]); rk != int64(order) && !full {
		// stacklevel=4 (NumPy 1.24's dispatcher is a Python frame) names
		// the caller of the function calling polyfit: "sys:1" at the top.
		in.warnUp(1, "RankWarning", "Polyfit may be poorly conditioned")
	}
	if full {
		return &Tuple{Items: []Value{coef, c[1], c[2], c[3], rcond}}
	}
	return coef
}

// npRoots is numpy.roots: leading and trailing zeros stripped, the
// eigenvalues of the companion matrix, zeros appended for the trailing
// ones.
func (in *interp) npRoots(a *callArgs) Value {
	p := in.npArg(a, "p")
	if p.NDim() == 0 {
		p = p.Reshape([]int{1})
	}
	if p.NDim() != 1 {
		throw("ValueError", "Input must be a rank-1 array.")
	}
	if p.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.roots takes real coefficients")
	}
	ps := p.AsType(ndarray.Float64).Float64s()
	first, last := -1, -1
	for i, v := range ps {
		if v != 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ndarray.Floats([]int{0}, nil)
	}
	trailing := len(ps) - last - 1
	ps = ps[first : last+1]
	n := len(ps)
	roots := ndarray.Floats([]int{0}, nil)
	if n > 1 {
		k := n - 1
		comp := make([]float64, k*k)
		for i := 1; i < k; i++ {
			comp[i*k+i-1] = 1
		}
		for j := range k {
			comp[j] = -ps[j+1] / ps[0]
		}
		roots = linalgCall(func() (*ndarray.Array, error) {
			w, _, err := linalg.Eig(ndarray.Floats([]int{k, k}, comp), false)
			return w, err
		})
	}
	if trailing == 0 {
		return roots
	}
	zeros := ndarray.Zeros(roots.DType(), []int{trailing})
	return npCall(func() *ndarray.Array { return ndarray.Concatenate([]*ndarray.Array{roots, zeros}, 0) })
}
