package engine

import (
	"math"
	"math/big"
)

// This file is SymPy's generic row reduction (_row_reduce_list, behind
// Matrix.rref and Matrix.solve's Gauss-Jordan method) for matrices of
// numbers holding Floats: a column of Floats and integers is pivoted on
// its entry of largest absolute value (the first on ties), any other on
// its first nonzero entry; every other row becomes
// pivot*row - entry*pivot_row (cross-cancellation, no division), and the
// pivot rows are divided by their pivots at the end. The arithmetic is
// SymPy's on Numbers: exact between integers and rationals, 53-bit
// Floats otherwise (each product, difference and quotient rounded), a
// Float result of zero the Integer 0, and a rational divided by a Float
// multiplied by the Float's inverse, as Rational.__truediv__ does.

// rnum is an exact rational (r non-nil) or a Float's value.
type rnum struct {
	r *big.Rat
	f float64
}

func (a rnum) isZero() bool { return a.r != nil && a.r.Sign() == 0 }

func (a rnum) float() float64 {
	if a.r != nil {
		v, _ := a.r.Float64()
		return v
	}
	return a.f
}

// floatNum is a Float result: zero becomes the Integer 0.
func floatNum(v float64) rnum {
	if v == 0 {
		return rnum{r: new(big.Rat)}
	}
	return rnum{f: v}
}

func (a rnum) mul(b rnum) rnum {
	if a.r != nil && b.r != nil {
		return rnum{r: new(big.Rat).Mul(a.r, b.r)}
	}
	return floatNum(float64(a.float() * b.float()))
}

func (a rnum) sub(b rnum) rnum {
	if a.r != nil && b.r != nil {
		return rnum{r: new(big.Rat).Sub(a.r, b.r)}
	}
	return floatNum(float64(a.float() - b.float()))
}

func (a rnum) div(b rnum) rnum {
	switch {
	case a.r != nil && b.r != nil:
		return rnum{r: new(big.Rat).Quo(a.r, b.r)}
	case a.r != nil:
		// Rational.__truediv__ of a Float: self*(1/other)
		return a.mul(floatNum(1 / b.f))
	}
	return floatNum(float64(a.f / b.float()))
}

func (a rnum) expr() Expr {
	if a.r != nil {
		return ratFrom(a.r)
	}
	return NewFloat(a.f, 53)
}

// numRows reads m's entries as rnums; ok is false unless every entry is
// a rational or a Float of 53-bit precision and one at least is a Float.
func numRows(m *Matrix) ([][]rnum, bool) {
	rows := make([][]rnum, m.rows)
	hasFloat := false
	for i := range rows {
		rows[i] = make([]rnum, m.cols)
		for j := range rows[i] {
			switch e := m.At(i, j).(type) {
			case *Float:
				if e.Prec() != 53 {
					return nil, false
				}
				hasFloat = true
				rows[i][j] = floatNum(e.Float64())
			case *Integer, *Rational:
				rows[i][j] = rnum{r: toRat(e)}
			default:
				return nil, false
			}
		}
	}
	return rows, hasFloat
}

// rowReduceNum is _row_reduce_list with normalize_last and zero_above,
// in place; it returns the pivot columns.
func rowReduceNum(a [][]rnum) []int {
	if len(a) == 0 {
		return nil
	}
	rows, cols := len(a), len(a[0])
	var pivots []int
	pr := 0
	for pc := 0; pc < cols && pr < rows; pc++ {
		off := reasonablePivot(a, pr, pc)
		if off < 0 {
			continue
		}
		pivots = append(pivots, pc)
		a[pr], a[pr+off] = a[pr+off], a[pr]
		pv := a[pr][pc]
		for r := range a {
			if r == pr || a[r][pc].isZero() {
				continue
			}
			val := a[r][pc]
			for p := range a[r] {
				a[r][p] = pv.mul(a[r][p]).sub(val.mul(a[pr][p]))
			}
		}
		pr++
	}
	for i, j := range pivots {
		pv := a[i][j]
		a[i][j] = rnum{r: big.NewRat(1, 1)}
		for p := j + 1; p < cols; p++ {
			a[i][p] = a[i][p].div(pv)
		}
	}
	return pivots
}

// reasonablePivot is _find_reasonable_pivot on column c from row r: the
// offset of the pivot, -1 when the column is zero there.
func reasonablePivot(a [][]rnum, r, c int) int {
	numeric, hasFloat := true, false
	for _, row := range a[r:] {
		if row[c].r == nil {
			hasFloat = true
		} else if !row[c].r.IsInt() {
			numeric = false
		}
	}
	if numeric && hasFloat {
		best, bestAbs := 0, -1.0
		for i, row := range a[r:] {
			if v := math.Abs(row[c].float()); v > bestAbs {
				best, bestAbs = i, v
			}
		}
		if bestAbs == 0 {
			return -1
		}
		return best
	}
	for i, row := range a[r:] {
		if !row[c].isZero() {
			return i
		}
	}
	return -1
}

// numMatrix is the Matrix of rnums.
func numMatrix(a [][]rnum) *Matrix {
	cols := 0
	if len(a) > 0 {
		cols = len(a[0])
	}
	return NewMatrixFunc(len(a), cols, func(i, j int) Expr { return a[i][j].expr() })
}

// solveNum is gauss_jordan_solve's unique solution of the augmented
// matrix a (n unknowns, k right-hand sides) after rowReduceNum: the
// last k columns of the pivot rows.
func solveNum(a [][]rnum, n, k int) (*Matrix, SolveStatus, error) {
	pivots := rowReduceNum(a)
	rank := 0
	for _, p := range pivots {
		if p < n {
			rank++
		}
	}
	for i := rank; i < len(a); i++ {
		for j := n; j < n+k; j++ {
			if !a[i][j].isZero() {
				return nil, SolveInconsistent, nil
			}
		}
	}
	if rank < n {
		return nil, SolveParametric, nil
	}
	return NewMatrixFunc(n, k, func(i, j int) Expr { return a[i][n+j].expr() }), SolveUnique, nil
}
