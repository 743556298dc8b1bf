package session

import (
	"math"
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/session/ndarray"
	"github.com/dcalc/dcalc/session/ndarray/linalg"
)

// This file binds the rest of numpy.linalg that notebooks reach for
// (eigh, svd, qr, cholesky, lstsq, pinv, matrix_rank, matrix_power,
// cond, norm with ord and axis) and numpy.polyfit and numpy.roots, which
// are built on them, each as NumPy 1.24's linalg.py composes the LAPACK
// calls.

func init() {
	linalgTable = append(linalgTable, linalgMoreTable...)
	numpyPolyTable = append(numpyPolyTable, polyfitTable...)
}

// linalgMoreTable extends linalgTable.
var linalgMoreTable = []*binding{
	{Name: "eigh", Sig: "(a, UPLO='L')", Honours: "UPLO", Doc: "Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix.",
		Fn: func(in *interp, a *callArgs) Value {
			x, upper := in.npArg(a, "a"), in.uploArg(a)
			return linalgCall(func() (*Tuple, error) {
				w, v, err := linalg.Eigh(x, upper, true)
				return &Tuple{Items: []Value{w, v}}, err
			})
		}},
	{Name: "eigvalsh", Sig: "(a, UPLO='L')", Honours: "UPLO", Doc: "The eigenvalues of a symmetric matrix, ascending.",
		Fn: func(in *interp, a *callArgs) Value {
			x, upper := in.npArg(a, "a"), in.uploArg(a)
			return linalgCall(func() (*ndarray.Array, error) {
				w, _, err := linalg.Eigh(x, upper, false)
				return w, err
			})
		}},
	{Name: "svd", Sig: "(a, full_matrices=True, compute_uv=True, hermitian=False)", Honours: "full_matrices compute_uv",
		Doc: "The singular value decomposition u, s, vh (s descending).",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			full, uv := in.truth(a.Or("full_matrices", true), nil), in.truth(a.Or("compute_uv", true), nil)
			return linalgCall(func() (Value, error) {
				u, s, vh, err := linalg.SVD(x, full, uv)
				if err != nil || !uv {
					return s, err
				}
				return &Tuple{Items: []Value{u, s, vh}}, nil
			})
		}},
	{Name: "qr", Sig: "(a, mode='reduced')", Honours: "mode", Doc: "The QR factorisation q, r (mode 'reduced', 'complete' or 'r').",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			mode := in.str(a.Or("mode", "reduced"))
			switch mode {
			case "reduced", "complete", "r":
			case "raw", "f", "full", "e", "economic":
				throw("NotImplementedError", "dcalc's numpy.linalg.qr does not support mode='%s' yet", mode)
			default:
				throw("ValueError", "Unrecognized mode '%s'", mode)
			}
			return linalgCall(func() (Value, error) {
				q, r, err := linalg.QR(x, mode)
				if err != nil || mode == "r" {
					return r, err
				}
				return &Tuple{Items: []Value{q, r}}, nil
			})
		}},
	{Name: "cholesky", Sig: "(a)", Doc: "The lower-triangular Cholesky factor L (a = L @ L.T).",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			return linalgCall(func() (*ndarray.Array, error) { return linalg.Cholesky(x) })
		}},
	{Name: "lstsq", Sig: "(a, b, rcond='warn')", Honours: "rcond", Doc: "The least-squares solution x, residuals, rank and singular values.",
		Fn: (*interp).npLstsq},
	{Name: "pinv", Sig: "(a, rcond=1e-15, hermitian=False)", Honours: "rcond", Doc: "The Moore-Penrose pseudo-inverse, through the SVD.",
		Fn: (*interp).npPinv},
	{Name: "matrix_rank", Sig: "(A, tol=None, hermitian=False)", Honours: "tol", Doc: "The number of singular values above the tolerance.",
		Fn: (*interp).npMatrixRank},
	{Name: "matrix_power", Sig: "(a, n)", Doc: "The matrix raised to the integer power n (by repeated squaring).",
		Fn: (*interp).npMatrixPower},
	{Name: "cond", Sig: "(x, p=None)", Doc: "The 2-norm condition number (ratio of extreme singular values).",
		Fn: func(in *interp, a *callArgs) Value {
			s := in.singularValues(in.npArg(a, "x"))
			return s[0] / s[len(s)-1]
		}},
	{Name: "norm", Sig: "(x, ord=None, axis=None, keepdims=False)", Honours: "ord axis keepdims", Doc: "A vector or matrix norm (ord and axis as NumPy's).",
		Fn: func(in *interp, a *callArgs) Value {
			r := in.npNorm(a)
			if k := a.Get("keepdims"); k == nil || !in.truth(k, nil) {
				return r
			}
			// the normed axes kept with length one
			x := in.npArg(a, "x")
			shape := slices.Clone(x.Shape())
			axes := in.normAxes(a.Get("axis"), x.NDim())
			for _, ax := range axes {
				shape[ax] = 1
			}
			return in.toArray(r).Reshape(shape)
		}},
}

// uploArg reads eigh's UPLO: true for the upper triangle.
func (in *interp) uploArg(a *callArgs) bool {
	switch u := in.str(a.Or("UPLO", "L")); u {
	case "L", "l":
		return false
	case "U", "u":
		return true
	}
	throw("ValueError", "UPLO argument must be 'L' or 'U'")
	return false
}

// singularValues is svd(x, compute_uv=False) as floats.
func (in *interp) singularValues(x *ndarray.Array) []float64 {
	return linalgCall(func() (*ndarray.Array, error) {
		_, s, _, err := linalg.SVD(x, false, false)
		return s, err
	}).Float64s()
}

// npLstsq is numpy.linalg.lstsq: without rcond NumPy 1.24 warns that
// the default will change and keeps machine precision; rcond=None is
// eps·max(M, N).
func (in *interp) npLstsq(a *callArgs) Value {
	x, b := in.npArg(a, "a"), in.npArg(a, "b")
	rcond := -1.0
	switch r := a.Get("rcond"); {
	case r == nil:
		in.warn("FutureWarning", "`rcond` parameter will change to the default of machine precision times ``max(M, N)`` where M and N are the input matrix dimensions.\nTo use the future default and silence this warning we advise to pass `rcond=None`, to keep using the old, explicitly pass `rcond=-1`.")
	case r == none:
		if x.NDim() == 2 {
			rcond = 0x1p-52 * float64(max(x.Shape()[0], x.Shape()[1]))
		}
	default:
		rcond = in.toFloat(r)
	}
	if x.NDim() != 2 || (b.NDim() != 1 && b.NDim() != 2) {
		throw("numpy.linalg.LinAlgError", "%d-dimensional array given. Array must be two-dimensional", min(x.NDim(), b.NDim()))
	}
	return linalgCall(func() (*Tuple, error) {
		sol, res, rank, s, err := linalg.Lstsq(x, b, rcond)
		return &Tuple{Items: []Value{sol, res, big.NewInt(int64(rank)), s}}, err
	})
}

// npPinv is numpy.linalg.pinv: vt.T @ (s⁻¹ · u.T) with singular values
// at or below rcond·max(s) taken as zero.
func (in *interp) npPinv(a *callArgs) Value {
	x := in.npArg(a, "a")
	rcond := in.toFloat(a.Or("rcond", 1e-15))
	return linalgCall(func() (*ndarray.Array, error) {
		u, s, vt, err := linalg.SVD(x, false, true)
		if err != nil {
			return nil, err
		}
		sv := s.Float64s()
		cutoff := rcond * sv[0]
		inv := make([]float64, len(sv))
		for i, v := range sv {
			if v > cutoff {
				inv[i] = 1 / v
			}
		}
		// multiply(s[..., newaxis], transpose(u)) scales the rows of u.T
		ut := u.Transpose().Copy()
		k, m := ut.Shape()[0], ut.Shape()[1]
		scaled := ut.Float64s()
		for i := range k {
			for j := range m {
				scaled[i*m+j] *= inv[i]
			}
		}
		return ndarray.MatMul(vt.Transpose(), ndarray.Floats([]int{k, m}, scaled)), nil
	})
}

// npMatrixRank is numpy.linalg.matrix_rank: singular values above
// tol (by default max(s)·max(M, N)·eps).
func (in *interp) npMatrixRank(a *callArgs) Value {
	x := in.npArg(a, "A")
	if x.NDim() < 2 {
		for _, v := range x.AsType(ndarray.Bool).Bool8s() {
			if v {
				return big.NewInt(1)
			}
		}
		return big.NewInt(0)
	}
	s := in.singularValues(x)
	var tol float64
	if t := a.Get("tol"); t != nil && t != none {
		tol = in.toFloat(t)
	} else {
		tol = s[0] * float64(max(x.Shape()[0], x.Shape()[1])) * 0x1p-52
	}
	r := 0
	for _, v := range s {
		if v > tol {
			r++
		}
	}
	return big.NewInt(int64(r))
}

// npMatrixPower is numpy.linalg.matrix_power: the identity for 0, the
// inverse's power for negative n, binary powering as NumPy orders it.
func (in *interp) npMatrixPower(a *callArgs) Value {
	x := in.npArg(a, "a")
	if x.NDim() != 2 {
		throw("numpy.linalg.LinAlgError", "%d-dimensional array given. Array must be at least two-dimensional", x.NDim())
	}
	if x.Shape()[0] != x.Shape()[1] {
		throw("numpy.linalg.LinAlgError", "Last 2 dimensions of the array must be square")
	}
	nv := a.Get("n")
	if _, ok := nv.(*big.Int); !ok {
		throw("TypeError", "exponent must be an integer")
	}
	n := in.toInt64(nv)
	mul := func(p, q *ndarray.Array) *ndarray.Array {
		return npCall(func() *ndarray.Array { return ndarray.MatMul(p, q) })
	}
	switch {
	case n == 0:
		k := x.Shape()[0]
		id := ndarray.Zeros(ndarray.Float64, []int{k, k})
		f := id.Float64s()
		for i := range k {
			f[i*k+i] = 1
		}
		return ndarray.Floats([]int{k, k}, f).AsType(x.DType())
	case n < 0:
		x = linalgCall(func() (*ndarray.Array, error) { return linalg.Inv(x) })
		n = -n
	}
	switch n {
	case 1:
		return x
	case 2:
		return mul(x, x)
	case 3:
		return mul(mul(x, x), x)
	}
	var z, result *ndarray.Array
	for n > 0 {
		if z == nil {
			z = x
		} else {
			z = mul(z, z)
		}
		bit := n % 2
		n /= 2
		if bit == 1 {
			if result == nil {
				result = z
			} else {
				result = mul(result, z)
			}
		}
	}
	return result
}

// normOrd is norm's ord: nil (None), a number or a string.
func (in *interp) normOrd(v Value) any {
	switch o := v.(type) {
	case nil:
		return nil
	case string:
		return o
	}
	if v == none {
		return nil
	}
	return in.toFloat(v)
}

// npNorm is numpy.linalg.norm for arrays of up to two dimensions: the
// 2-norm of the flattened array by default, vector norms along one axis,
// matrix norms over two.
func (in *interp) npNorm(a *callArgs) Value {
	x := in.npArg(a, "x")
	if x.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc does not implement numpy.linalg.norm of complex arrays yet")
	}
	if x.NDim() > 2 {
		throw("NotImplementedError", "dcalc's numpy.linalg.norm takes arrays of up to 2 dimensions")
	}
	x = x.AsType(ndarray.Float64)
	ord := in.normOrd(a.Get("ord"))
	nd := x.NDim()
	axisV := a.Get("axis")
	if axisV == nil || axisV == none {
		if ord == nil || (nd == 2 && (ord == "fro" || ord == "f")) || (nd == 1 && ord == 2.0) {
			// NumPy: sqrt(x.ravel(order='K').dot(x)), a contiguous ddot
			xs := x.Float64s()
			return math.Sqrt(ndarray.Ddot(xs, xs, ndarray.UnitStride, ndarray.UnitStride))
		}
	}
	axes := in.normAxes(axisV, nd)
	abs, _ := absoluteUfunc.Map(x)
	switch len(axes) {
	case 1:
		return vectorNorm(x, abs, ord, axes[0])
	case 2:
		if axes[0] == axes[1] {
			throw("ValueError", "Duplicate axes given.")
		}
		return in.matrixNorm(x, abs, ord, axes[0], axes[1])
	}
	throw("ValueError", "Improper number of dimensions to norm.")
	return nil
}

// mapSqrt is the element-wise square root.
func mapSqrt(a *ndarray.Array) *ndarray.Array {
	r, _ := sqrtUfunc.Map(a)
	return r
}

// normAxes reads norm's axis: all axes for None, an integer or a tuple.
func (in *interp) normAxes(axisV Value, nd int) []int {
	var axes []int
	if axisV == nil || axisV == none {
		for i := range nd {
			axes = append(axes, i)
		}
	} else if t, ok := axisV.(*Tuple); ok {
		for _, v := range t.Items {
			axes = append(axes, normAxis(int(in.toIndex(v)), nd))
		}
	} else {
		axes = []int{normAxis(int(in.toIndex(axisV)), nd)}
	}
	return axes
}

// normAxis normalises an axis index as normalize_axis_index does.
func normAxis(ax, nd int) int {
	if ax < -nd || ax >= nd {
		throw("numpy.AxisError", "axis %d is out of bounds for array of dimension %d", ax, nd)
	}
	if ax < 0 {
		ax += nd
	}
	return ax
}

// reduceAxis is add.reduce (max, min) of a along axis, as a Value.
func reduceAxis(r ndarray.Reduction, a *ndarray.Array, axis int) *ndarray.Array {
	out, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(r, a, &axis, 0) })
	return out
}

// vectorNorm is norm's one-axis case.
func vectorNorm(x, abs *ndarray.Array, ord any, axis int) Value {
	switch o := ord.(type) {
	case string:
		throw("ValueError", "Invalid norm order '%s' for vectors", o)
	case nil:
		return arrayValue(mapSqrt(reduceAxis(ndarray.Sum, npBinary("*", x, x), axis)))
	case float64:
		switch {
		case math.IsInf(o, 1):
			return arrayValue(reduceAxis(ndarray.Max, abs, axis))
		case math.IsInf(o, -1):
			return arrayValue(reduceAxis(ndarray.Min, abs, axis))
		case o == 0:
			return arrayValue(reduceAxis(ndarray.Sum, x.AsType(ndarray.Bool).AsType(ndarray.Float64), axis))
		case o == 1:
			return arrayValue(reduceAxis(ndarray.Sum, abs, axis))
		case o == 2:
			return arrayValue(mapSqrt(reduceAxis(ndarray.Sum, npBinary("*", x, x), axis)))
		}
		p := ndarray.Scalar(o)
		s := reduceAxis(ndarray.Sum, npBinary("**", abs, p), axis)
		return arrayValue(npBinary("**", s, npBinary("/", ndarray.Scalar(1.0), p)))
	}
	return nil
}

// matrixNorm is norm's two-axis case of a 2-d array.
func (in *interp) matrixNorm(x, abs *ndarray.Array, ord any, row, col int) Value {
	if row > col {
		x = x.Transpose()
		abs = abs.Transpose()
	}
	// Now axis 0 is the row axis.
	extreme := func(r ndarray.Reduction, sumAxis int) Value {
		s := reduceAxis(ndarray.Sum, abs, sumAxis)
		out, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(r, s, nil, 0) })
		return arrayValue(out)
	}
	switch o := ord.(type) {
	case nil:
		return in.matrixNorm(x, abs, "fro", 0, 1)
	case string:
		switch o {
		case "fro", "f":
			s, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) {
				return ndarray.Reduce(ndarray.Sum, npBinary("*", x, x), nil, 0)
			})
			return math.Sqrt(s.Float64s()[0])
		case "nuc":
			s := in.singularValues(x)
			return arrayValue(reduceAxis(ndarray.Sum, ndarray.Floats([]int{len(s)}, s), 0))
		}
	case float64:
		switch {
		case o == 2:
			return in.singularValues(x)[0]
		case o == -2:
			s := in.singularValues(x)
			return s[len(s)-1]
		case o == 1:
			return extreme(ndarray.Max, 0)
		case o == -1:
			return extreme(ndarray.Min, 0)
		case math.IsInf(o, 1):
			return extreme(ndarray.Max, 1)
		case math.IsInf(o, -1):
			return extreme(ndarray.Min, 1)
		}
	}
	throw("ValueError", "Invalid norm order for matrices.")
	return nil
}
