package engine

import (
	"math/big"
	"slices"
	"strconv"
)

// This file is the row reduction of matrices with rational entries:
// SymPy's rref (unique, so any exact elimination gives SymPy's matrix),
// its echelon_form (not unique: this is _row_reduce_list's own
// fraction-free sequence, pivot the first nonzero entry, rows below
// replaced by pivot*row - entry*pivot_row, no normalisation) and what is
// built on them: rank, nullspace, columnspace and rowspace. Symbolic or
// Float entries raise NotImplementedError: SymPy reduces those with its
// own simplification and zero tests, whose forms dcalc does not follow.

// ratRows reads the entries as rationals.
func (m *Matrix) ratRows(what string) ([][]*big.Rat, error) {
	rows := make([][]*big.Rat, m.rows)
	for i := range rows {
		rows[i] = make([]*big.Rat, m.cols)
		for j := range rows[i] {
			e := m.At(i, j)
			if !isRationalNumber(e) {
				return nil, notImpl("dcalc's Matrix." + what + " needs integer or rational entries, not " + e.String())
			}
			rows[i][j] = new(big.Rat).Set(toRat(e))
		}
	}
	return rows, nil
}

func ratMatrix(rows [][]*big.Rat, cols int) *Matrix {
	return NewMatrixFunc(len(rows), cols, func(i, j int) Expr { return ratFrom(new(big.Rat).Set(rows[i][j])) })
}

// swapPivot brings the first row from r on with a nonzero entry in
// column c to row r; false when there is none.
func swapPivot(rows [][]*big.Rat, r, c int) bool {
	p := slices.IndexFunc(rows[r:], func(row []*big.Rat) bool { return row[c].Sign() != 0 })
	if p < 0 {
		return false
	}
	rows[r], rows[r+p] = rows[r+p], rows[r]
	return true
}

// Rref is the reduced row echelon form and the pivot columns.
func (m *Matrix) Rref() (*Matrix, []int, error) {
	if a, ok := numRows(m); ok {
		// Floats: SymPy's generic row reduction (rrefnum.go)
		pivots := rowReduceNum(a)
		return numMatrix(a), pivots, nil
	}
	rows, err := m.ratRows("rref")
	if err != nil {
		return nil, nil, err
	}
	pivots := rrefRat(rows, m.cols)
	return ratMatrix(rows, m.cols), pivots, nil
}

// rrefRat brings rows, of cols columns, to reduced row echelon form in
// place (Gauss-Jordan) and returns the pivot columns.
func rrefRat(rows [][]*big.Rat, cols int) []int {
	pivots := []int{}
	r := 0
	for c := 0; c < cols && r < len(rows); c++ {
		checkInterrupt()
		if !swapPivot(rows, r, c) {
			continue
		}
		inv := new(big.Rat).Inv(rows[r][c])
		for j := range rows[r] {
			rows[r][j].Mul(rows[r][j], inv)
		}
		for i := range rows {
			if i == r || rows[i][c].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(rows[i][c])
			for j := range rows[i] {
				rows[i][j].Sub(rows[i][j], new(big.Rat).Mul(f, rows[r][j]))
			}
		}
		pivots = append(pivots, c)
		r++
	}
	return pivots
}

// EchelonForm is SymPy's echelon_form and its pivot columns.
func (m *Matrix) EchelonForm() (*Matrix, []int, error) { return m.echelon("echelon_form") }

// echelon is EchelonForm for the method named what.
func (m *Matrix) echelon(what string) (*Matrix, []int, error) {
	rows, err := m.ratRows(what)
	if err != nil {
		return nil, nil, err
	}
	pivots := []int{}
	r := 0
	for c := 0; c < m.cols && r < m.rows; c++ {
		checkInterrupt()
		if !swapPivot(rows, r, c) {
			continue
		}
		piv := rows[r][c]
		for i := r + 1; i < m.rows; i++ {
			v := new(big.Rat).Set(rows[i][c])
			if v.Sign() == 0 {
				continue
			}
			for j := range rows[i] {
				rows[i][j] = new(big.Rat).Sub(new(big.Rat).Mul(piv, rows[i][j]), new(big.Rat).Mul(v, rows[r][j]))
			}
		}
		pivots = append(pivots, c)
		r++
	}
	return ratMatrix(rows, m.cols), pivots, nil
}

// Rank is the number of pivots.
func (m *Matrix) Rank() (int, error) {
	_, p, err := m.echelon("rank")
	return len(p), err
}

// Nullspace is SymPy's basis of the null space: for each free column in
// order, the vector with 1 there and minus the reduced entries at the
// pivots.
func (m *Matrix) Nullspace() ([]*Matrix, error) {
	red, pivots, err := m.Rref()
	if err != nil {
		return nil, err
	}
	var out []*Matrix
	for free := 0; free < m.cols; free++ {
		if slices.Contains(pivots, free) {
			continue
		}
		vec := make([]Expr, m.cols)
		for i := range vec {
			vec[i] = Zero
		}
		vec[free] = One
		for i, c := range pivots {
			vec[c] = Sub(vec[c], red.At(i, free))
		}
		out = append(out, NewColumn(vec))
	}
	return out, nil
}

// Columnspace is the columns of m at the echelon form's pivots.
func (m *Matrix) Columnspace() ([]*Matrix, error) {
	_, pivots, err := m.echelon("columnspace")
	if err != nil {
		return nil, err
	}
	out := make([]*Matrix, len(pivots))
	for k, c := range pivots {
		out[k] = m.Col(c)
	}
	return out, nil
}

// Rowspace is the nonzero rows of the echelon form.
func (m *Matrix) Rowspace() ([]*Matrix, error) {
	ech, pivots, err := m.echelon("rowspace")
	if err != nil {
		return nil, err
	}
	out := make([]*Matrix, len(pivots))
	for i := range pivots {
		out[i] = ech.Row(i)
	}
	return out, nil
}

// Norm is Matrix.norm() (ord=None): sqrt of the sum of Abs(a)**2 over
// the nonzero entries, the 2-norm of a vector and the Frobenius norm of
// a matrix.
func (m *Matrix) Norm() Expr {
	var ts []Expr
	for _, e := range m.elems {
		if IsZero(e) != True {
			ts = append(ts, NewPow(fnAbs.call(e), Two))
		}
	}
	return Sqrt(NewAdd(ts...))
}

// LUDecomposition is SymPy's LUdecomposition() of a rational matrix:
// LUdecomposition_Simple's Doolittle elimination with its pivot rule
// (the first nonzero entry at or below the pivot row, moving to the
// next column when there is none) and its row swaps, then L (unit lower
// triangular) and U read off the combined matrix.
func (m *Matrix) LUDecomposition() (L, U *Matrix, swaps [][2]int, err error) {
	lu, err := m.ratRows("LUdecomposition")
	if err != nil {
		return nil, nil, nil, err
	}
	rows, cols := m.rows, m.cols
	if rows == 0 || cols == 0 {
		return ZeroMatrix(rows, rows), ZeroMatrix(rows, cols), nil, nil
	}
	pivotCol := 0
	func() {
		for pivotRow := 0; pivotRow < rows-1; pivotRow++ {
			checkInterrupt()
			cand := -1
			for pivotCol != cols {
				for r := pivotRow; r < rows; r++ {
					if lu[r][pivotCol].Sign() != 0 {
						cand = r
						break
					}
				}
				if cand >= 0 {
					break
				}
				pivotCol++
			}
			if cand < 0 {
				return
			}
			if cand != pivotRow {
				swaps = append(swaps, [2]int{pivotRow, cand})
				for j := 0; j < pivotRow; j++ {
					lu[pivotRow][j], lu[cand][j] = lu[cand][j], lu[pivotRow][j]
				}
				for j := pivotCol; j < cols; j++ {
					lu[pivotRow][j], lu[cand][j] = lu[cand][j], lu[pivotRow][j]
				}
			}
			for r := pivotRow + 1; r < rows; r++ {
				lu[r][pivotRow] = new(big.Rat).Quo(lu[r][pivotCol], lu[pivotRow][pivotCol])
				for c := pivotCol + 1; c < cols; c++ {
					lu[r][c] = new(big.Rat).Sub(lu[r][c], new(big.Rat).Mul(lu[r][pivotRow], lu[pivotRow][c]))
				}
			}
			if pivotRow != pivotCol {
				for r := pivotRow + 1; r < rows; r++ {
					lu[r][pivotCol] = new(big.Rat)
				}
			}
			pivotCol++
			if pivotCol == cols {
				return
			}
		}
	}()
	L = NewMatrixFunc(rows, rows, func(i, j int) Expr {
		switch {
		case i < j:
			return Zero
		case i == j:
			return One
		case j < cols:
			return RatExpr(lu[i][j])
		}
		return Zero
	})
	U = NewMatrixFunc(rows, cols, func(i, j int) Expr {
		if i > j {
			return Zero
		}
		return RatExpr(lu[i][j])
	})
	return L, U, swaps, nil
}

// SolveStatus is how a linear system M*x = rhs came out of Solve.
type SolveStatus int

// Solve's outcomes besides a unique solution.
const (
	SolveUnique       SolveStatus = iota
	SolveInconsistent             // no solution
	SolveParametric               // infinitely many solutions
)

// Solve is M.solve(rhs) with SymPy's default method, Gauss-Jordan
// elimination of the augmented matrix [M | rhs], for rational entries:
// the unique solution, or the status saying why there is none.
func (m *Matrix) Solve(rhs *Matrix) (*Matrix, SolveStatus, error) {
	if aug, err := HStack(m, rhs); err == nil && m.rows == rhs.rows {
		if a, ok := numRows(aug); ok {
			return solveNum(a, m.cols, rhs.cols)
		}
	}
	a, err := m.ratRows("solve")
	if err != nil {
		return nil, 0, err
	}
	b, err := rhs.ratRows("solve")
	if err != nil {
		return nil, 0, err
	}
	for i := range a {
		a[i] = append(a[i], b[i]...)
	}
	pivots := rrefRat(a, m.cols+rhs.cols)
	rank := 0
	for _, p := range pivots {
		if p < m.cols {
			rank++
		}
	}
	for i := rank; i < m.rows; i++ {
		for j := m.cols; j < m.cols+rhs.cols; j++ {
			if a[i][j].Sign() != 0 {
				return nil, SolveInconsistent, nil
			}
		}
	}
	if rank < m.cols {
		return nil, SolveParametric, nil
	}
	return NewMatrixFunc(m.cols, rhs.cols, func(i, j int) Expr { return RatExpr(a[i][m.cols+j]) }), SolveUnique, nil
}

// GaussJordanSolve is M.gauss_jordan_solve(rhs) for rational entries:
// the solution with the free variables as parameters tau0, tau1, ...
// (row by row over the free variables and the columns of rhs), and the
// Matrix of those parameters, and the indices of the free variables;
// consistent is false when the system has no solution.
func (m *Matrix) GaussJordanSolve(rhs *Matrix) (sol, params *Matrix, free []int, consistent bool, err error) {
	a, err := m.ratRows("gauss_jordan_solve")
	if err != nil {
		return nil, nil, nil, false, err
	}
	b, err := rhs.ratRows("gauss_jordan_solve")
	if err != nil {
		return nil, nil, nil, false, err
	}
	for i := range a {
		a[i] = append(a[i], b[i]...)
	}
	col, bc := m.cols, rhs.cols
	var pivots []int
	for _, p := range rrefRat(a, col+bc) {
		if p < col {
			pivots = append(pivots, p)
		}
	}
	rank := len(pivots)
	for i := rank; i < m.rows; i++ {
		for j := col; j < col+bc; j++ {
			if a[i][j].Sign() != 0 {
				return nil, nil, nil, false, nil
			}
		}
	}
	for c := 0; c < col; c++ {
		if !slices.Contains(pivots, c) {
			free = append(free, c)
		}
	}
	tau := NewMatrixFunc(len(free), bc, func(i, j int) Expr {
		return NewSymbol("tau"+strconv.Itoa(i*bc+j), Assumptions{})
	})
	out := make([]Expr, col*bc)
	for i, p := range pivots {
		for j := 0; j < bc; j++ {
			ts := []Expr{RatExpr(a[i][col+j])}
			for k, f := range free {
				ts = append(ts, NewMul(NewInt(-1), RatExpr(a[i][f]), tau.At(k, j)))
			}
			out[p*bc+j] = NewAdd(ts...)
		}
	}
	for k, f := range free {
		for j := 0; j < bc; j++ {
			out[f*bc+j] = tau.At(k, j)
		}
	}
	return NewMatrixFunc(col, bc, func(i, j int) Expr { return out[i*bc+j] }), tau, free, true, nil
}
