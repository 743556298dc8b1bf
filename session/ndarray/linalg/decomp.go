package linalg

import (
	"fmt"
	"math"

	"github.com/dcalc/dcalc/session/ndarray"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// This file holds the factorisations behind eigh, svd, qr, cholesky and
// lstsq, each through the LAPACK routine NumPy calls (or the one that
// shares its rotations, so that eigenvector signs agree), on gonum's
// translation of LAPACK.

var impl gonum.Implementation

// matrix returns a's elements as a row-major m×n slice, checking that a
// is a real 2-d array.
func matrix(a *ndarray.Array) ([]float64, int, int, error) {
	if a.NDim() < 2 {
		return nil, 0, 0, &Error{Msg: fmt.Sprintf("%d-dimensional array given. Array must be at least two-dimensional", a.NDim())}
	}
	if a.NDim() > 2 {
		return nil, 0, 0, fmt.Errorf("dcalc's numpy.linalg works on 2-d arrays only")
	}
	if a.DType() == ndarray.Complex128 {
		return nil, 0, 0, fmt.Errorf("dcalc's numpy.linalg works on real arrays only")
	}
	m, n := a.Shape()[0], a.Shape()[1]
	return append([]float64(nil), a.Float64s()...), m, n, nil
}

// workspace asks a LAPACK routine for its optimal workspace (lwork = -1)
// and returns a slice of that length.
func workspace(query func(work []float64, lwork int)) []float64 {
	w := make([]float64, 1)
	query(w, -1)
	return make([]float64, max(1, int(w[0])))
}

// Eigh is np.linalg.eigh (vectors true) and eigvalsh: the eigenvalues of
// the symmetric matrix in a's lower (upper) triangle, ascending, and the
// eigenvectors as columns. LAPACK's dsyev, whose tridiagonal QL/QR sweeps
// are those NumPy's dsyevd takes for matrices up to 25×25.
func Eigh(a *ndarray.Array, upper, vectors bool) (w, v *ndarray.Array, err error) {
	x, n, m, err := matrix(a)
	if err != nil {
		return nil, nil, err
	}
	if n != m {
		return nil, nil, &Error{Msg: "Last 2 dimensions of the array must be square"}
	}
	uplo, job := blas.Lower, lapack.EVNone
	if upper {
		uplo = blas.Upper
	}
	if vectors {
		job = lapack.EVCompute
	}
	vals := make([]float64, n)
	if n > 0 {
		work := workspace(func(w []float64, l int) { impl.Dsyev(job, uplo, n, x, n, vals, w, l) })
		if !impl.Dsyev(job, uplo, n, x, n, vals, work, len(work)) {
			return nil, nil, &Error{Msg: "Eigenvalues did not converge"}
		}
	}
	w = ndarray.Floats([]int{n}, vals)
	if vectors {
		v = ndarray.Floats([]int{n, n}, x)
	}
	return w, v, nil
}

// SVD is np.linalg.svd: u, s and vh with a = u·diag(s)·vh, s descending;
// u and vh are square (full) or thin. With uv false only s is computed.
func SVD(a *ndarray.Array, full, uv bool) (u, s, vh *ndarray.Array, err error) {
	x, m, n, err := matrix(a)
	if err != nil {
		return nil, nil, nil, err
	}
	k := min(m, n)
	if k == 0 {
		return nil, nil, nil, fmt.Errorf("dcalc's numpy.linalg.svd takes a non-empty matrix")
	}
	job := svdValues
	switch {
	case uv && full:
		job = svdFull
	case uv:
		job = svdThin
	}
	for _, v := range x {
		if math.IsNaN(v) { // dgesdd's iteration never converges then
			return nil, nil, nil, &Error{Msg: "SVD did not converge"}
		}
	}
	sv, uv2, vt, uc, vr, ok := gesdd(job, m, n, x)
	if !ok {
		return nil, nil, nil, &Error{Msg: "SVD did not converge"}
	}
	s = ndarray.Floats([]int{k}, sv)
	if !uv {
		return nil, s, nil, nil
	}
	return ndarray.Floats([]int{m, uc}, uv2), s, ndarray.Floats([]int{vr, n}, vt), nil
}

// QR is np.linalg.qr in the reduced and complete modes (and 'r': q nil):
// LAPACK's dgeqrf, then dorgqr for q's columns.
func QR(a *ndarray.Array, mode string) (q, r *ndarray.Array, err error) {
	x, m, n, err := matrix(a)
	if err != nil {
		return nil, nil, err
	}
	k := min(m, n)
	tau := make([]float64, k)
	if k > 0 {
		work := workspace(func(w []float64, l int) { impl.Dgeqrf(m, n, x, max(1, n), tau, w, l) })
		impl.Dgeqrf(m, n, x, max(1, n), tau, work, len(work))
	}
	mc := k
	if mode == "complete" && m > n {
		mc = m
	}
	rows := k
	if mode != "r" {
		rows = mc
	}
	rv := make([]float64, rows*n)
	for i := range rows {
		for j := i; j < n; j++ {
			rv[i*n+j] = x[i*n+j]
		}
	}
	r = ndarray.Floats([]int{rows, n}, rv)
	if mode == "r" {
		return nil, r, nil
	}
	// dorgqr needs an m×mc matrix holding the reflectors in its first k
	// columns.
	qv := make([]float64, m*mc)
	for i := range m {
		for j := range min(n, mc) {
			qv[i*mc+j] = x[i*n+j]
		}
	}
	if mc > 0 && m > 0 {
		work := workspace(func(w []float64, l int) { impl.Dorgqr(m, mc, k, qv, mc, tau, w, l) })
		impl.Dorgqr(m, mc, k, qv, mc, tau, work, len(work))
	}
	return ndarray.Floats([]int{m, mc}, qv), r, nil
}

// Cholesky is np.linalg.cholesky: the lower-triangular L with a = L·Lᵀ
// (LAPACK's dpotrf on a's lower triangle).
func Cholesky(a *ndarray.Array) (*ndarray.Array, error) {
	x, n, m, err := matrix(a)
	if err != nil {
		return nil, err
	}
	if n != m {
		return nil, &Error{Msg: "Last 2 dimensions of the array must be square"}
	}
	if n > 0 && !impl.Dpotrf(blas.Lower, n, x, n) {
		return nil, &Error{Msg: "Matrix is not positive definite"}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			x[i*n+j] = 0
		}
	}
	return ndarray.Floats([]int{n, n}, x), nil
}

// Lstsq is np.linalg.lstsq(a, b, rcond): LAPACK's dgelsd as NumPy calls
// it. rcond <= 0 means machine precision. resid holds the sums of
// squared residuals when the rank is full and a has more rows than
// columns (empty otherwise, as NumPy returns it).
func Lstsq(a, b *ndarray.Array, rcond float64) (x, resid *ndarray.Array, rank int, s *ndarray.Array, err error) {
	av, m, n, err := matrix(a)
	if err != nil {
		return nil, nil, 0, nil, err
	}
	vector := b.NDim() == 1
	if b.NDim() != 1 && b.NDim() != 2 {
		return nil, nil, 0, nil, &Error{Msg: fmt.Sprintf("%d-dimensional array given. Array must be two-dimensional", b.NDim())}
	}
	if b.Shape()[0] != m {
		return nil, nil, 0, nil, &Error{Msg: "Incompatible dimensions"}
	}
	if b.DType() == ndarray.Complex128 {
		return nil, nil, 0, nil, fmt.Errorf("dcalc's numpy.linalg works on real arrays only")
	}
	nrhs := 1
	if !vector {
		nrhs = b.Shape()[1]
	}
	if m == 0 || n == 0 || nrhs == 0 {
		return nil, nil, 0, nil, fmt.Errorf("dcalc's numpy.linalg.lstsq takes non-empty arrays")
	}
	// B is max(m, n)×nrhs: the solution comes back in its first n rows.
	rows := max(m, n)
	bv := make([]float64, rows*nrhs)
	copy(bv, b.Float64s())
	sv, rank := gelsd(m, n, nrhs, av, bv, rcond)
	xs := bv[:n*nrhs]
	var res []float64
	if rank == n && m > n {
		res = make([]float64, nrhs)
		for j := range nrhs {
			t := 0.0
			for i := n; i < m; i++ {
				t += bv[i*nrhs+j] * bv[i*nrhs+j]
			}
			res[j] = t
		}
	}
	if vector {
		x = ndarray.Floats([]int{n}, xs)
	} else {
		x = ndarray.Floats([]int{n, nrhs}, xs)
	}
	return x, ndarray.Floats([]int{len(res)}, res), rank, ndarray.Floats([]int{len(sv)}, sv), nil
}

// gelsd is LAPACK's dgelsd on row-major a (m×n) and b (max(m, n)×nrhs):
// a QR factorisation first when m is well above n, then bidiagonal
// reduction, the bidiagonal least-squares problem solved by its SVD
// (dlalsd's path for up to 25 columns, taken here at any size), and the
// right bidiagonalising vectors applied. It returns the singular values,
// descending, and the effective rank; b holds the solution in its first
// n rows.
func gelsd(m, n, nrhs int, a, b []float64, rcond float64) ([]float64, int) {
	minmn := min(m, n)
	anrm := 0.0
	for _, v := range a[:m*n] {
		anrm = math.Max(anrm, math.Abs(v))
	}
	if anrm == 0 {
		clear(b)
		return make([]float64, minmn), 0
	}
	d := make([]float64, minmn)
	e := make([]float64, minmn)
	tauq := make([]float64, minmn)
	taup := make([]float64, minmn)
	lda, ldb := n, nrhs
	mm := m
	uplo := blas.Upper
	if m >= n {
		if m >= int(float64(minmn)*1.6) {
			mm = n
			tau := make([]float64, n)
			work := workspace(func(w []float64, l int) { impl.Dgeqrf(m, n, a, lda, tau, w, l) })
			impl.Dgeqrf(m, n, a, lda, tau, work, len(work))
			work = workspace(func(w []float64, l int) {
				impl.Dormqr(blas.Left, blas.Trans, m, nrhs, n, a, lda, tau, b, ldb, w, l)
			})
			impl.Dormqr(blas.Left, blas.Trans, m, nrhs, n, a, lda, tau, b, ldb, work, len(work))
			for i := 1; i < n; i++ {
				for j := range i {
					a[i*lda+j] = 0
				}
			}
		}
	} else {
		uplo = blas.Lower
	}
	work := workspace(func(w []float64, l int) { impl.Dgebrd(mm, n, a, lda, d, e, tauq, taup, w, l) })
	impl.Dgebrd(mm, n, a, lda, d, e, tauq, taup, work, len(work))
	work = workspace(func(w []float64, l int) {
		impl.Dormbr(lapack.ApplyQ, blas.Left, blas.Trans, mm, nrhs, n, a, lda, tauq, b, ldb, w, l)
	})
	impl.Dormbr(lapack.ApplyQ, blas.Left, blas.Trans, mm, nrhs, n, a, lda, tauq, b, ldb, work, len(work))
	rank := lalsd(uplo, minmn, nrhs, d, e, b, ldb, rcond)
	work = workspace(func(w []float64, l int) {
		impl.Dormbr(lapack.ApplyP, blas.Left, blas.NoTrans, n, nrhs, minmn, a, lda, taup, b, ldb, w, l)
	})
	impl.Dormbr(lapack.ApplyP, blas.Left, blas.NoTrans, n, nrhs, minmn, a, lda, taup, b, ldb, work, len(work))
	return d, rank
}

// lalsd is LAPACK's dlalsd for the n×n bidiagonal matrix (d, e): the
// least-squares solution of B·X = b by B's SVD, singular values at or
// below rcond times the largest taken as zero. b's first n rows are
// replaced by X; d by the singular values, descending.
func lalsd(uplo blas.Uplo, n, nrhs int, d, e, b []float64, ldb int, rcond float64) int {
	rcnd := rcond
	if rcond <= 0 || rcond >= 1 {
		rcnd = 0x1p-53 // dlamch('Epsilon'): the unit roundoff
	}
	if n == 1 {
		if d[0] == 0 {
			clear(b[:nrhs])
			return 0
		}
		mul := 1 / d[0]
		for j := range nrhs {
			b[j] *= mul
		}
		d[0] = math.Abs(d[0])
		return 1
	}
	if uplo == blas.Lower {
		// Rotate the lower bidiagonal matrix to an upper one.
		for i := 0; i < n-1; i++ {
			cs, sn, r := impl.Dlartg(d[i], e[i])
			d[i] = r
			e[i] = sn * d[i+1]
			d[i+1] = cs * d[i+1]
			for j := range nrhs {
				x, y := b[i*ldb+j], b[(i+1)*ldb+j]
				b[i*ldb+j] = cs*x + sn*y
				b[(i+1)*ldb+j] = cs*y - sn*x
			}
		}
	}
	orgnrm := 0.0
	for i := range n {
		orgnrm = math.Max(orgnrm, math.Abs(d[i]))
		if i < n-1 {
			orgnrm = math.Max(orgnrm, math.Abs(e[i]))
		}
	}
	if orgnrm == 0 {
		clear(b[:n*ldb])
		return 0
	}
	inv := 1 / orgnrm
	for i := range n {
		d[i] *= inv
		if i < n-1 {
			e[i] *= inv
		}
	}
	vt := make([]float64, n*n)
	for i := range n {
		vt[i*n+i] = 1
	}
	work := make([]float64, 4*n)
	if !impl.Dbdsqr(blas.Upper, n, n, 0, nrhs, d, e, vt, n, nil, 1, b, ldb, work) {
		return 0
	}
	tol := rcnd * math.Abs(d[0])
	rank := 0
	for i := range n {
		if d[i] <= tol {
			clear(b[i*ldb : i*ldb+nrhs])
			continue
		}
		mul := 1 / d[i]
		for j := range nrhs {
			b[i*ldb+j] *= mul
		}
		rank++
	}
	// X = VTᵀ·B
	v := make([]float64, n*n)
	for i := range n {
		for j := range n {
			v[i*n+j] = vt[j*n+i]
		}
	}
	x := gemm(n, nrhs, n, v, n, b, ldb)
	for i := range n {
		d[i] *= orgnrm
		for j := range nrhs {
			b[i*ldb+j] = x[i*nrhs+j] * inv
		}
	}
	return rank
}
