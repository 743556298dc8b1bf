package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// svdJob is dgesdd's JOBZ: values only, thin or full vectors.
type svdJob byte

const (
	svdValues svdJob = 'N'
	svdThin   svdJob = 'S'
	svdFull   svdJob = 'A'
)

// gesdd is LAPACK's dgesdd, the SVD NumPy computes, for row-major a
// (m×n, overwritten): a QR (LQ) factorisation first when a is much taller
// (wider) than square, bidiagonal reduction, the bidiagonal matrix's SVD
// (dbdsdc's dlasdq path, which LAPACK takes up to 25×25 and dcalc at any
// size), and the reflectors applied to its vectors. Following dgesdd's
// paths step by step is what makes the singular vectors' signs NumPy's.
// It returns s (descending), u (m×uc) and vt (vr×n).
func gesdd(job svdJob, m, n int, a []float64) (s, u, vt []float64, uc, vr int, ok bool) {
	if m >= n {
		return gesddTall(job, m, n, a)
	}
	return gesddWide(job, m, n, a)
}

// bidiag is dgebrd on the leading m×n of a (leading dimension lda).
func bidiag(m, n int, a []float64, lda int) (d, e, tauq, taup []float64) {
	k := min(m, n)
	d, e = make([]float64, k), make([]float64, max(k-1, 1))
	tauq, taup = make([]float64, k), make([]float64, k)
	work := workspace(func(w []float64, l int) { impl.Dgebrd(m, n, a, lda, d, e, tauq, taup, w, l) })
	impl.Dgebrd(m, n, a, lda, d, e, tauq, taup, work, len(work))
	return d, e, tauq, taup
}

// ormbr is dormbr with its workspace.
func ormbr(vect lapack.ApplyOrtho, side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int) {
	work := workspace(func(w []float64, l int) { impl.Dormbr(vect, side, trans, m, n, k, a, lda, tau, c, ldc, w, l) })
	impl.Dormbr(vect, side, trans, m, n, k, a, lda, tau, c, ldc, work, len(work))
}

// identity is the n×n identity, row-major.
func identity(n int) []float64 {
	x := make([]float64, n*n)
	for i := range n {
		x[i*n+i] = 1
	}
	return x
}

// embed copies the r×c matrix x into the leading block of a rows×cols
// matrix whose trailing diagonal block is the identity.
func embed(x []float64, r, c, rows, cols int) []float64 {
	out := make([]float64, rows*cols)
	for i := range r {
		copy(out[i*cols:i*cols+c], x[i*c:(i+1)*c])
	}
	for i := r; i < min(rows, cols); i++ {
		out[i*cols+i] = 1
	}
	return out
}

// gemm is the product of the m×k matrix x (leading dimension ldx) and
// the k×n matrix y, each element summed in order as reference dgemm.
func gemm(m, n, k int, x []float64, ldx int, y []float64, ldy int) []float64 {
	out := make([]float64, m*n)
	for i := range m {
		for j := range n {
			t := 0.0
			for l := range k {
				t += x[i*ldx+l] * y[l*ldy+j]
			}
			out[i*n+j] = t
		}
	}
	return out
}

// bdsdc is LAPACK's dbdsdc for the n×n bidiagonal matrix (d, e), upper
// or lower, by its dlasdq path: a lower matrix rotated to an upper one,
// dbdsqr from the identity, the rotations applied to u. d becomes the
// singular values, descending; u and vt (n×n, when vectors) the
// bidiagonal matrix's singular vectors.
func bdsdc(lower bool, n int, d, e []float64, vectors bool) (u, vt []float64, ok bool) {
	if n == 1 {
		if vectors {
			u, vt = []float64{math.Copysign(1, d[0])}, []float64{1}
		}
		d[0] = math.Abs(d[0])
		return u, vt, true
	}
	var cs, sn []float64
	if lower {
		cs, sn = make([]float64, n-1), make([]float64, n-1)
		for i := 0; i < n-1; i++ {
			c, s, r := impl.Dlartg(d[i], e[i])
			d[i] = r
			e[i] = s * d[i+1]
			d[i+1] = c * d[i+1]
			cs[i], sn[i] = c, -s
		}
	}
	work := make([]float64, 4*n)
	if !vectors {
		return nil, nil, impl.Dbdsqr(blas.Upper, n, 0, 0, 0, d, e, nil, 1, nil, 1, nil, 1, work)
	}
	u, vt = identity(n), identity(n)
	if !impl.Dbdsqr(blas.Upper, n, n, n, 0, d, e, vt, n, u, n, nil, 1, work) {
		return nil, nil, false
	}
	if lower {
		impl.Dlasr(blas.Left, lapack.Variable, lapack.Backward, n, n, cs, sn, u, n)
	}
	return u, vt, true
}

// orthoFirst factors the row-major m×n matrix a as Q·R when m >= n
// (L·Q when m < n; LAPACK's dgeqrf, dgelqf), leaves R (L) in a's
// leading square with its other triangle zeroed, and returns Q's first
// qdim columns (rows; dorgqr, dorglq) when vectors are wanted.
func orthoFirst(m, n int, a []float64, qdim int, vectors bool) []float64 {
	k, tall := min(m, n), m >= n
	tau := make([]float64, k)
	factor := impl.Dgelqf
	if tall {
		factor = impl.Dgeqrf
	}
	work := workspace(func(w []float64, l int) { factor(m, n, a, n, tau, w, l) })
	factor(m, n, a, n, tau, work, len(work))
	var q []float64
	if vectors {
		rows, cols, generate := qdim, n, impl.Dorglq
		if tall {
			rows, cols, generate = m, qdim, impl.Dorgqr
		}
		q = make([]float64, rows*cols)
		for i := range min(m, rows) {
			for j := range min(n, cols) {
				if (tall && j < i) || (!tall && j > i) { // the reflectors
					q[i*cols+j] = a[i*n+j]
				}
			}
		}
		work := workspace(func(w []float64, l int) { generate(rows, cols, k, q, cols, tau, w, l) })
		generate(rows, cols, k, q, cols, tau, work, len(work))
	}
	for i := range k {
		for j := range k {
			if (tall && j < i) || (!tall && j > i) {
				a[i*n+j] = 0
			}
		}
	}
	return q
}

// squareSVD is the SVD of the triangular k×k factor in a's leading
// square (leading dimension lda) that the QR (LQ) paths leave: its
// bidiagonal reduction, that matrix's SVD, the reflectors applied.
func squareSVD(k int, a []float64, lda int, vectors bool) (d, u, vt []float64, ok bool) {
	d, e, tauq, taup := bidiag(k, k, a, lda)
	u, vt, ok = bdsdc(false, k, d, e, vectors)
	if !ok || !vectors {
		return d, nil, nil, ok
	}
	ormbr(lapack.ApplyQ, blas.Left, blas.NoTrans, k, k, k, a, lda, tauq, u, k)
	ormbr(lapack.ApplyP, blas.Right, blas.Trans, k, k, k, a, lda, taup, vt, k)
	return d, u, vt, true
}

// gesddTall is dgesdd for m >= n: paths 1, 3 and 4 (a QR first when m
// is at least 11/6 of n) and 5.
func gesddTall(job svdJob, m, n int, a []float64) (s, u, vt []float64, uc, vr int, ok bool) {
	vectors, full := job != svdValues, job == svdFull
	uc = n
	if full {
		uc = m
	}
	if m >= int(float64(n)*11/6) {
		q := orthoFirst(m, n, a, uc, vectors)
		d, bu, bvt, ok := squareSVD(n, a, n, vectors)
		if !ok || !vectors {
			return d, nil, nil, 0, 0, ok
		}
		prod := gemm(m, n, n, q, uc, bu, n)
		for i := range m {
			copy(q[i*uc:i*uc+n], prod[i*n:(i+1)*n])
		}
		return d, q, bvt, uc, n, true
	}
	d, e, tauq, taup := bidiag(m, n, a, n)
	bu, bvt, ok := bdsdc(false, n, d, e, vectors)
	if !ok || !vectors {
		return d, nil, nil, 0, 0, ok
	}
	u = embed(bu, n, n, m, uc)
	ormbr(lapack.ApplyQ, blas.Left, blas.NoTrans, m, uc, n, a, n, tauq, u, uc)
	ormbr(lapack.ApplyP, blas.Right, blas.Trans, n, n, uc, a, n, taup, bvt, n)
	return d, u, bvt, uc, n, true
}

// gesddWide is dgesdd for m < n: paths 1t, 3t and 4t (an LQ first when
// n is at least 11/6 of m) and 5t.
func gesddWide(job svdJob, m, n int, a []float64) (s, u, vt []float64, uc, vr int, ok bool) {
	vectors := job != svdValues
	vr = m
	if job == svdFull {
		vr = n
	}
	if n >= int(float64(m)*11/6) {
		q := orthoFirst(m, n, a, vr, vectors)
		d, bu, bvt, ok := squareSVD(m, a, n, vectors)
		if !ok || !vectors {
			return d, nil, nil, 0, 0, ok
		}
		copy(q[:m*n], gemm(m, n, m, bvt, m, q, n))
		return d, bu, q, m, vr, true
	}
	d, e, tauq, taup := bidiag(m, n, a, n)
	bu, bvt, ok := bdsdc(true, m, d, e, vectors)
	if !ok || !vectors {
		return d, nil, nil, 0, 0, ok
	}
	ormbr(lapack.ApplyQ, blas.Left, blas.NoTrans, m, m, n, a, n, tauq, bu, m)
	vt = embed(bvt, m, m, vr, n)
	ormbr(lapack.ApplyP, blas.Right, blas.Trans, vr, n, m, a, n, taup, vt, n)
	return d, bu, vt, m, vr, true
}
