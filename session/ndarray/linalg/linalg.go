// Package linalg is numpy.linalg for 2-d float arrays: det, inv, solve,
// eig and eigvals here, eigh, svd, qr, cholesky and lstsq in decomp.go,
// computed with gonum's LAPACK translation as NumPy computes them with
// LAPACK (det through the LU factors' log-determinant, inv and solve
// through the LU solve, lstsq as dgelsd).
package linalg

import (
	"fmt"
	"math"

	"github.com/dcalc/dcalc/session/ndarray"
	"gonum.org/v1/gonum/mat"
)

// Error is numpy.linalg.LinAlgError.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

// square returns a's elements as an n×n gonum matrix, checking NumPy's
// conditions.
func square(a *ndarray.Array) (*mat.Dense, int, error) {
	if a.NDim() < 2 {
		return nil, 0, &Error{Msg: fmt.Sprintf("%d-dimensional array given. Array must be at least two-dimensional", a.NDim())}
	}
	if a.NDim() > 2 {
		return nil, 0, fmt.Errorf("dcalc's numpy.linalg works on 2-d arrays only")
	}
	n, m := a.Shape()[0], a.Shape()[1]
	if n != m {
		return nil, 0, &Error{Msg: "Last 2 dimensions of the array must be square"}
	}
	if a.DType() == ndarray.Complex128 {
		return nil, 0, fmt.Errorf("dcalc's numpy.linalg works on real arrays only")
	}
	return mat.NewDense(n, n, append([]float64(nil), a.Float64s()...)), n, nil
}

// Det is np.linalg.det: sign · exp(Σ log|u_ii|) over the LU factors, as
// NumPy's umath_linalg computes it. log and exp are the caller's (C's).
func Det(a *ndarray.Array, log, exp func(float64) float64) (float64, error) {
	m, n, err := square(a)
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 1, nil
	}
	var lu mat.LU
	lu.Factorize(m)
	_, sign := lu.LogDet()
	var u mat.TriDense
	lu.UTo(&u)
	logdet := 0.0
	for i := range n {
		d := u.At(i, i)
		if d == 0 {
			return 0, nil
		}
		logdet += log(math.Abs(d))
	}
	return sign * exp(logdet), nil
}

// Solve is np.linalg.solve(a, b) for b of shape (n,) or (n, k).
func Solve(a, b *ndarray.Array) (*ndarray.Array, error) {
	m, n, err := square(a)
	if err != nil {
		return nil, err
	}
	vector := b.NDim() == 1
	k := 1
	if !vector {
		if b.NDim() != 2 {
			return nil, fmt.Errorf("dcalc's numpy.linalg.solve takes a 1-d or 2-d right-hand side")
		}
		k = b.Shape()[1]
	}
	if b.Shape()[0] != n {
		return nil, &ndarray.Error{Class: "ValueError", Msg: fmt.Sprintf("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size %d is different from %d)", b.Shape()[0], n)}
	}
	rhs := mat.NewDense(n, k, append([]float64(nil), b.Float64s()...))
	x, err := luSolve(m, rhs)
	if err != nil {
		return nil, err
	}
	if vector {
		return ndarray.Floats([]int{n}, x.RawMatrix().Data), nil
	}
	return ndarray.Floats([]int{n, k}, x.RawMatrix().Data), nil
}

// luSolve solves m·x = rhs with the LU factors (LAPACK's dgesv).
func luSolve(m, rhs *mat.Dense) (*mat.Dense, error) {
	var lu mat.LU
	lu.Factorize(m)
	var u mat.TriDense
	lu.UTo(&u)
	n, _ := m.Dims()
	for i := range n {
		if u.At(i, i) == 0 {
			return nil, &Error{Msg: "Singular matrix"}
		}
	}
	var x mat.Dense
	if err := lu.SolveTo(&x, false, rhs); err != nil {
		var cond mat.Condition
		if !asCondition(err, &cond) {
			return nil, err
		}
	}
	return &x, nil
}

// asCondition reports whether err is gonum's ill-conditioning warning
// (NumPy returns the solution without a warning).
func asCondition(err error, c *mat.Condition) bool {
	cc, ok := err.(mat.Condition)
	if ok {
		*c = cc
	}
	return ok
}

// Inv is np.linalg.inv: the solution of a·x = I.
func Inv(a *ndarray.Array) (*ndarray.Array, error) {
	m, n, err := square(a)
	if err != nil {
		return nil, err
	}
	id := mat.NewDense(n, n, nil)
	for i := range n {
		id.Set(i, i, 1)
	}
	x, err := luSolve(m, id)
	if err != nil {
		return nil, err
	}
	return ndarray.Floats([]int{n, n}, x.RawMatrix().Data), nil
}

// Eig is np.linalg.eig (vectors true) or np.linalg.eigvals: LAPACK's
// dgeev. The results are real arrays when every eigenvalue is real,
// complex ones otherwise, as NumPy returns them.
func Eig(a *ndarray.Array, vectors bool) (w, v *ndarray.Array, err error) {
	m, n, err := square(a)
	if err != nil {
		return nil, nil, err
	}
	for _, x := range m.RawMatrix().Data {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, nil, &Error{Msg: "Array must not contain infs or NaNs"}
		}
	}
	var e mat.Eigen
	kind := mat.EigenNone
	if vectors {
		kind = mat.EigenRight
	}
	if !e.Factorize(m, kind) {
		return nil, nil, &Error{Msg: "Eigenvalues did not converge"}
	}
	vals := e.Values(nil)
	allReal := true
	for _, c := range vals {
		allReal = allReal && imag(c) == 0
	}
	if allReal {
		out := make([]float64, n)
		for i, c := range vals {
			out[i] = real(c)
		}
		w = ndarray.Floats([]int{n}, out)
	} else {
		w = ndarray.Complexes([]int{n}, vals)
	}
	if !vectors {
		return w, nil, nil
	}
	var cv mat.CDense
	e.VectorsTo(&cv)
	if allReal {
		out := make([]float64, 0, n*n)
		for i := range n {
			for j := range n {
				out = append(out, real(cv.At(i, j)))
			}
		}
		return w, ndarray.Floats([]int{n, n}, out), nil
	}
	out := make([]complex128, 0, n*n)
	for i := range n {
		for j := range n {
			out = append(out, cv.At(i, j))
		}
	}
	return w, ndarray.Complexes([]int{n, n}, out), nil
}
