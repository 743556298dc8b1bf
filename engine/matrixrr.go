package engine

import "math"

// InvRR is the inverse of a square matrix of Floats of 53-bit precision
// (and rationals among them) as SymPy's Matrix.inv computes it over the
// domain RR: Gauss-Jordan elimination of [M | I] with partial pivoting
// (ddm_irref: the row with the largest absolute value in the column,
// the first on ties), each pivot row multiplied by the pivot's inverse,
// the other rows reduced by a multiple of it, every operation rounded to
// double precision as mpmath's 53-bit arithmetic does. ok is false when
// an entry is not such a number; a singular matrix is a
// NonInvertibleMatrixError.
func InvRR(m *Matrix) (*Matrix, bool, error) {
	n := m.rows
	if n != m.cols || n == 0 {
		return nil, false, nil
	}
	nums, ok := numRows(m)
	if !ok {
		return nil, false, nil
	}
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, 2*n)
		for j := range n {
			a[i][j] = nums[i][j].float()
		}
		a[i][n+i] = 1
	}
	pivots := 0
	for _, j := range ddmIrrefRR(a) {
		if j < n {
			pivots++
		}
	}
	if pivots != n {
		return nil, true, errorf("NonInvertibleMatrixError", "Matrix det == 0; not invertible.")
	}
	// to_Matrix leaves a zero entry out of its sparse form: Integer 0
	return NewMatrixFunc(n, n, func(i, j int) Expr {
		if a[i][n+j] == 0 {
			return Zero
		}
		return NewFloat(a[i][n+j], 53)
	}), true, nil
}

// ddmIrrefRR is SymPy's ddm_irref over RR with partial pivoting: a is
// brought to reduced row echelon form in place, column by column (the
// row with the largest absolute value in the column, the first on ties,
// swapped up; the pivot row multiplied by the pivot's inverse; every
// other row reduced by a multiple of it), each operation rounded to
// double precision as mpmath's 53-bit arithmetic rounds it (the explicit
// float64 conversions keep the compiler from fusing a multiply and an
// add). It returns the pivot columns.
func ddmIrrefRR(a [][]float64) []int {
	if len(a) == 0 {
		return nil
	}
	m, ncols := len(a), len(a[0])
	var pivots []int
	row := 0
	for j := 0; j < ncols && row < m; j++ {
		ip := row
		for k := row + 1; k < m; k++ {
			if math.Abs(a[k][j]) > math.Abs(a[ip][j]) {
				ip = k
			}
		}
		a[row], a[ip] = a[ip], a[row]
		aij := a[row][j]
		if aij == 0 {
			continue
		}
		inv := 1 / aij
		for l := j; l < ncols; l++ {
			a[row][l] = float64(a[row][l] * inv)
		}
		for k := range a {
			if k == row || a[k][j] == 0 {
				continue
			}
			akj := a[k][j]
			a[k][j] -= akj
			for l := j + 1; l < ncols; l++ {
				a[k][l] -= float64(akj * a[row][l])
			}
		}
		pivots = append(pivots, j)
		row++
	}
	return pivots
}
