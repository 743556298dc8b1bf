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
	hasFloat := false
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, 2*n)
		for j := range n {
			switch e := m.At(i, j).(type) {
			case *Float:
				if e.Prec() != 53 {
					return nil, false, nil
				}
				hasFloat = true
				a[i][j] = e.Float64()
			case *Integer, *Rational:
				a[i][j], _ = toRat(e).Float64()
			default:
				return nil, false, nil
			}
		}
		a[i][n+i] = 1
	}
	if !hasFloat {
		return nil, false, nil
	}
	pivots := 0
	row := 0
	for j := 0; j < 2*n && row < n; j++ {
		ip := row // max(range(row, n), key=abs): the first largest
		for k := row + 1; k < n; k++ {
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
		for l := j; l < 2*n; l++ {
			a[row][l] = float64(a[row][l] * inv)
		}
		for k := range a {
			if k == row || a[k][j] == 0 {
				continue
			}
			akj := a[k][j]
			a[k][j] -= akj
			for l := j + 1; l < 2*n; l++ {
				a[k][l] -= float64(akj * a[row][l])
			}
		}
		if j < n {
			pivots++
		}
		row++
	}
	if pivots != n || row > n {
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
