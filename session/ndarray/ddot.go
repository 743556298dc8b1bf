package ndarray

import "math"

// NumPy computes the dot product of two float64 vectors with BLAS's
// ddot (numpy/core/src/multiarray/arraytypes.c.src, DOUBLE_dot), and
// the BLAS it links, OpenBLAS, adds the products in an order of its
// own: sixteen partial sums of fused multiply-adds, reduced pairwise,
// for the first n&^15 elements of unit-stride vectors, then the rest one
// by one (kernel/x86_64/ddot.c with ddot_microk_haswell-2.c, the kernel
// OpenBLAS picks on Haswell and Zen processors), and two interleaved
// sums for strided ones. Vectors longer than 10,000 elements are split
// between OpenBLAS's threads, one per core: dcalc splits them in two,
// as OpenBLAS does on a two-core machine. Vectors NumPy cannot hand to
// BLAS (negative or zero strides) are summed one product at a time.
// Products outside the kernel are rounded before they are added
// (float64 conversions keep Go from fusing them), as C compiled for
// x86-64 without -mfma rounds them.

// ddotThreads is the number of OpenBLAS threads whose split dcalc
// follows for long vectors.
const ddotThreads = 2

// DotStride says how NumPy hands a vector to BLAS: unit stride,
// another positive stride, or not at all.
type DotStride int

// The strides NumPy's DOUBLE_dot distinguishes.
const (
	UnitStride DotStride = iota
	OtherStride
	NoBLAS
)

// strideKind is how NumPy would hand the float64 elements of a along
// axis ax to BLAS; an array converted to float64 first is contiguous.
func strideKind(a *Array, ax int, converted bool) DotStride {
	switch s := a.strides[ax]; {
	case converted || a.shape[ax] <= 1 || s == 1:
		return UnitStride
	case s > 1:
		return OtherStride
	}
	return NoBLAS
}

// Ddot is the dot product of x and y (equal lengths) in the order NumPy
// with OpenBLAS adds it; kx and ky say how each vector is strided.
func Ddot(x, y []float64, kx, ky DotStride) float64 {
	n := len(x)
	if kx == NoBLAS || ky == NoBLAS {
		s := 0.0
		for i := range n {
			s += float64(x[i] * y[i])
		}
		return s
	}
	unit := kx == UnitStride && ky == UnitStride
	if n <= 10000 {
		return 0 + dotCompute(x, y, unit)
	}
	dot := 0.0
	lo := 0
	for t := range ddotThreads {
		width := (n - lo + ddotThreads - t - 1) / (ddotThreads - t)
		dot += dotCompute(x[lo:lo+width], y[lo:lo+width], unit)
		lo += width
	}
	return dot
}

// dotCompute is OpenBLAS's dot_compute.
func dotCompute(x, y []float64, unit bool) float64 {
	n := len(x)
	if unit {
		n1 := n &^ 15
		dot := 0.0
		if n1 > 0 {
			dot = ddotKernel16(x[:n1], y[:n1])
		}
		for i := n1; i < n; i++ {
			dot += float64(y[i] * x[i])
		}
		return dot
	}
	var t1, t2 float64
	n1 := n &^ 3
	i := 0
	for ; i < n1; i += 4 {
		m1, m2 := float64(y[i]*x[i]), float64(y[i+1]*x[i+1])
		m3, m4 := float64(y[i+2]*x[i+2]), float64(y[i+3]*x[i+3])
		t1 += m1 + m3
		t2 += m2 + m4
	}
	for ; i < n; i++ {
		t1 += float64(y[i] * x[i])
	}
	return t1 + t2
}

// ddotKernel16 is ddot_microk_haswell-2.c on a multiple of 16 elements:
// four 4-lane accumulators of fused multiply-adds, each folded to two
// lanes, the four added pairwise and the two lanes added last.
func ddotKernel16(x, y []float64) float64 {
	var acc [4][4]float64
	for i := 0; i < len(x); i += 16 {
		for k := range 4 {
			for j := range 4 {
				l := i + 4*k + j
				acc[k][j] = math.FMA(x[l], y[l], acc[k][j])
			}
		}
	}
	var h [4][2]float64
	for k := range 4 {
		h[k][0] = acc[k][0] + acc[k][2]
		h[k][1] = acc[k][1] + acc[k][3]
	}
	var r [2]float64
	for l := range 2 {
		r[l] = (h[0][l] + h[1][l]) + (h[2][l] + h[3][l])
	}
	return r[0] + r[1]
}

// Dot is numpy.dot for arrays of one or two dimensions: the product
// MatMul computes, with dot's message for shapes that do not line up.
func Dot(a, b *Array) *Array {
	if a.NDim() > 2 || b.NDim() > 2 {
		fail("NotImplementedError", "dcalc does not implement numpy.dot of arrays with more than 2 dimensions yet")
	}
	ka, kb := a.NDim()-1, max(b.NDim()-2, 0)
	if a.shape[ka] != b.shape[kb] {
		fail("ValueError", "shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)",
			shapeRepr(a.shape, -1), shapeRepr(b.shape, -1), a.shape[ka], ka, b.shape[kb], kb)
	}
	return MatMul(a, b)
}

// Inner is numpy.inner for arrays of one or two dimensions: the sums of
// products over the last axes of a and b.
func Inner(a, b *Array) *Array {
	return Dot(a, b.Transpose())
}

// VDot is numpy.vdot: the dot product of the flattened arrays, the
// first conjugated.
func VDot(a, b *Array) *Array {
	x := a.Ravel()
	y := b.Reshape(x.shape)
	if x.dtype == Complex128 {
		x = Conj(x)
	}
	return MatMul(x, y)
}
