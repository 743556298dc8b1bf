package engine

import (
	"slices"
	"strings"
)

// Matrix is an immutable rows×cols matrix of expressions (SymPy's
// Matrix). It is not an Expr: SymPy's Matrix is not a Basic expression.
type Matrix struct {
	rows, cols int
	elems      []Expr // row-major, len rows*cols
}

// NewMatrix returns the matrix with the given rows, which must all have
// the same length (a ValueError otherwise). No rows gives the 0×0 matrix.
func NewMatrix(rows [][]Expr) (*Matrix, error) {
	if len(rows) == 0 {
		return &Matrix{}, nil
	}
	c := len(rows[0])
	m := &Matrix{rows: len(rows), cols: c, elems: make([]Expr, 0, len(rows)*c)}
	for _, r := range rows {
		if len(r) != c {
			return nil, errorf("ValueError", "mismatched dimensions")
		}
		m.elems = append(m.elems, r...)
	}
	return m, nil
}

// NewColumn returns the column vector with the given entries, as SymPy's
// Matrix([a, b, c]).
func NewColumn(entries []Expr) *Matrix {
	return &Matrix{rows: len(entries), cols: min(1, len(entries)), elems: append([]Expr(nil), entries...)}
}

// NewMatrixFunc returns the rows×cols matrix whose (i, j) entry is f(i, j).
func NewMatrixFunc(rows, cols int, f func(i, j int) Expr) *Matrix {
	m := &Matrix{rows: rows, cols: cols, elems: make([]Expr, rows*cols)}
	for i := range rows {
		for j := range cols {
			m.elems[i*cols+j] = f(i, j)
		}
	}
	return m
}

// ZeroMatrix returns the rows×cols matrix of zeros (SymPy's zeros).
func ZeroMatrix(rows, cols int) *Matrix {
	return NewMatrixFunc(rows, cols, func(int, int) Expr { return Zero })
}

// Identity returns the n×n identity matrix (SymPy's eye).
func Identity(n int) *Matrix {
	return NewMatrixFunc(n, n, func(i, j int) Expr {
		if i == j {
			return One
		}
		return Zero
	})
}

// Shape returns the number of rows and columns.
func (m *Matrix) Shape() (rows, cols int) { return m.rows, m.cols }

// Len returns the number of entries.
func (m *Matrix) Len() int { return len(m.elems) }

// At returns the entry in row i and column j (0-based).
func (m *Matrix) At(i, j int) Expr { return m.elems[i*m.cols+j] }

// Flat returns the k-th entry in row-major order, as SymPy's M[k].
func (m *Matrix) Flat(k int) Expr { return m.elems[k] }

// Entries returns a copy of the entries in row-major order.
func (m *Matrix) Entries() []Expr { return append([]Expr(nil), m.elems...) }

// Row returns row i as a 1×cols matrix.
func (m *Matrix) Row(i int) *Matrix {
	return NewMatrixFunc(1, m.cols, func(_, j int) Expr { return m.At(i, j) })
}

// Col returns column j as a rows×1 matrix.
func (m *Matrix) Col(j int) *Matrix {
	return NewMatrixFunc(m.rows, 1, func(i, _ int) Expr { return m.At(i, j) })
}

// IsVector reports whether m is a row or a column vector.
func (m *Matrix) IsVector() bool { return m.rows == 1 || m.cols == 1 }

// Tolist returns the rows as slices (SymPy's tolist).
func (m *Matrix) Tolist() [][]Expr {
	out := make([][]Expr, m.rows)
	for i := range out {
		out[i] = append([]Expr(nil), m.elems[i*m.cols:(i+1)*m.cols]...)
	}
	return out
}

// Str returns SymPy's str() of the matrix: Matrix([[a, b], [c, d]]), or
// Matrix(r, c, []) when it has no entries.
func (m *Matrix) Str() string {
	if len(m.elems) == 0 {
		return "Matrix(" + itoa(m.rows) + ", " + itoa(m.cols) + ", [])"
	}
	var b strings.Builder
	b.WriteString("Matrix([")
	for i := range m.rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('[')
		for j := range m.cols {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(Str(m.At(i, j)))
		}
		b.WriteByte(']')
	}
	b.WriteString("])")
	return b.String()
}

// String returns Str().
func (m *Matrix) String() string { return m.Str() }

// Equal reports whether m and o have the same shape and equal entries.
func (m *Matrix) Equal(o *Matrix) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for k := range m.elems {
		if !Equal(m.elems[k], o.elems[k]) {
			return false
		}
	}
	return true
}

// Map applies f to every entry (SymPy's applyfunc; use it for
// elementwise diff, subs, evalf, simplify).
func (m *Matrix) Map(f func(Expr) (Expr, error)) (*Matrix, error) {
	out := &Matrix{rows: m.rows, cols: m.cols, elems: make([]Expr, len(m.elems))}
	for k, e := range m.elems {
		v, err := f(e)
		if err != nil {
			return nil, err
		}
		out.elems[k] = v
	}
	return out, nil
}

// Transpose returns the transpose (SymPy's M.T).
func (m *Matrix) Transpose() *Matrix {
	return NewMatrixFunc(m.cols, m.rows, func(i, j int) Expr { return m.At(j, i) })
}

// T is Transpose.
func (m *Matrix) T() *Matrix { return m.Transpose() }

func shapeError(format string, args ...any) *Error { return errorf("ShapeError", format, args...) }

// Add returns m + o (a ShapeError when the shapes differ).
func (m *Matrix) Add(o *Matrix) (*Matrix, error) {
	if m.rows != o.rows || m.cols != o.cols {
		return nil, shapeError("Matrix size mismatch: (%d, %d) + (%d, %d).", m.rows, m.cols, o.rows, o.cols)
	}
	return NewMatrixFunc(m.rows, m.cols, func(i, j int) Expr { return NewAdd(m.At(i, j), o.At(i, j)) }), nil
}

// Sub returns m - o (a ShapeError when the shapes differ).
func (m *Matrix) Sub(o *Matrix) (*Matrix, error) {
	if m.rows != o.rows || m.cols != o.cols {
		return nil, shapeError("Matrix size mismatch: (%d, %d) + (%d, %d).", m.rows, m.cols, o.rows, o.cols)
	}
	return NewMatrixFunc(m.rows, m.cols, func(i, j int) Expr { return Sub(m.At(i, j), o.At(i, j)) }), nil
}

// Neg returns -m.
func (m *Matrix) Neg() *Matrix { return m.Scale(NegOne) }

// Scale returns c*m (entries c*m[i, j], as SymPy's scalar product).
func (m *Matrix) Scale(c Expr) *Matrix {
	return NewMatrixFunc(m.rows, m.cols, func(i, j int) Expr { return NewMul(c, m.At(i, j)) })
}

// ScaleRight returns m*c (entries m[i, j]*c).
func (m *Matrix) ScaleRight(c Expr) *Matrix {
	return NewMatrixFunc(m.rows, m.cols, func(i, j int) Expr { return NewMul(m.At(i, j), c) })
}

// Mul returns the matrix product m*o (a ShapeError when m's columns do
// not match o's rows).
func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, shapeError("Matrix size mismatch: (%d, %d) * (%d, %d).", m.rows, m.cols, o.rows, o.cols)
	}
	return NewMatrixFunc(m.rows, o.cols, func(i, j int) Expr {
		terms := make([]Expr, m.cols)
		for k := range m.cols {
			terms[k] = NewMul(m.At(i, k), o.At(k, j))
		}
		return NewAdd(terms...)
	}), nil
}

// Det returns the determinant of a square matrix (a NonSquareMatrixError
// otherwise), following SymPy's det(): 0×0 gives 1, 1×1 its entry, 2×2
// and 3×3 the explicit sum of products passed through simp (SymPy's
// dotprodsimp; pass Expand to match it, nil for the raw sum). Larger
// matrices are split into the blocks of the strongly connected
// components of their nonzero pattern, as SymPy does, and the result is
// the product of the block determinants, each the simplified cofactor
// expansion (what SymPy's fraction-free Bareiss elimination yields for
// numeric and polynomial entries).
func (m *Matrix) Det(simp func(Expr) Expr) (Expr, error) {
	if m.rows != m.cols {
		return nil, errorf("NonSquareMatrixError", "")
	}
	if simp == nil {
		simp = func(e Expr) Expr { return e }
	}
	n := m.rows
	switch n {
	case 0:
		return One, nil
	case 1:
		return m.elems[0], nil
	case 2, 3:
		return simp(m.cofactorDet()), nil
	}
	var dets []Expr
	for _, b := range m.components() {
		sub := NewMatrixFunc(len(b), len(b), func(i, j int) Expr { return m.At(b[i], b[j]) })
		var d Expr
		if sub.allNumbers() {
			d = sub.bareissDet()
		} else {
			if len(b) > 3 && sub.hasRationalFunction() {
				// SymPy's Bareiss steps cancel each entry on the way
				// (dotprodsimp), in forms the expansion does not give
				return nil, notImpl("dcalc's det of a matrix larger than 3x3 with rational-function entries (SymPy's Bareiss steps) is not supported yet")
			}
			d = sub.cofactorDet()
		}
		if len(b) > 1 {
			d = simp(d)
		}
		dets = append(dets, d)
	}
	return NewMul(dets...), nil
}

// hasRationalFunction reports whether an entry may hold a rational
// function (dotprodsimp's test: a power with an exponent not known
// nonnegative, a denominator that is not an integer).
func (m *Matrix) hasRationalFunction() bool {
	for _, e := range m.elems {
		if _, r := countOpsAlg(e); r {
			return true
		}
	}
	return false
}

// components returns the strongly connected components of the directed
// graph with an edge i→j for every nonzero entry (i, j), in the order
// SymPy's Tarjan implementation lists them (each in discovery order).
func (m *Matrix) components() [][]int {
	n := m.rows
	index := make([]int, n)
	low := make([]int, n)
	on := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var out [][]int
	next := 0
	var visit func(v int)
	visit = func(v int) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		on[v] = true
		for w := range n {
			if w == v || IsNumber(m.At(v, w)) && isZeroNum(m.At(v, w)) {
				continue
			}
			if index[w] < 0 {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Reverse(comp) // discovery order, as SymPy's Tarjan lists it
			out = append(out, comp)
		}
	}
	for v := range n {
		if index[v] < 0 {
			visit(v)
		}
	}
	return out
}

// cofactorDet is the Laplace expansion along the first row; for 2×2 and
// 3×3 matrices it is SymPy's explicit formula, term for term.
// allNumbers reports whether every entry is an Integer, Rational or Float.
func (m *Matrix) allNumbers() bool {
	for _, e := range m.elems {
		if !IsNumber(e) {
			return false
		}
	}
	return true
}

// bareissDet is SymPy's _det_bareiss for a matrix of numbers: fraction-
// free elimination on the first column's first nonzero pivot, each new
// entry (pivot*a[i][j+1] - p[j+1]*a[i][0]) / previous pivot, with the
// engine's number arithmetic, so Floats round as SymPy's do. O(n³)
// operations, polling the interrupt.
func (m *Matrix) bareissDet() Expr {
	n := m.rows
	mat := make([][]Expr, n)
	for i := range mat {
		mat[i] = append([]Expr(nil), m.elems[i*n:(i+1)*n]...)
	}
	var cumm Expr = One
	sign := 1
	for len(mat) > 1 {
		checkInterrupt()
		pos := bareissPivot(mat)
		if pos < 0 {
			return Zero
		}
		if pos%2 == 1 {
			sign = -sign
		}
		pivot, prow := mat[pos][0], mat[pos]
		next := make([][]Expr, 0, len(mat)-1)
		for i, row := range mat {
			if i == pos {
				continue
			}
			nr := make([]Expr, len(row)-1)
			for j := range nr {
				nr[j] = Div(Sub(NewMul(pivot, row[j+1]), NewMul(prow[j+1], row[0])), cumm)
			}
			next = append(next, nr)
		}
		mat, cumm = next, pivot
	}
	if sign < 0 {
		return Neg(mat[0][0])
	}
	return mat[0][0]
}

// bareissPivot is _find_reasonable_pivot on the first column: with
// Floats (and Integers only) the first entry of largest size (partial
// pivoting), otherwise the first nonzero entry; -1 if there is none.
func bareissPivot(mat [][]Expr) int {
	floats := false
	for _, row := range mat {
		switch row[0].(type) {
		case *Float:
			floats = true
		case *Integer:
		default:
			floats = false
			goto exact
		}
	}
exact:
	if floats {
		best := -1
		var bestAbs Expr
		for i, row := range mat {
			a := numAbsReal(row[0])
			if best < 0 {
				best, bestAbs = i, a
				continue
			}
			if c, _ := numCmp(a, bestAbs); c > 0 {
				best, bestAbs = i, a
			}
		}
		if isZeroNum(bestAbs) {
			return -1
		}
		return best
	}
	for i, row := range mat {
		if !isZeroNum(row[0]) {
			return i
		}
	}
	return -1
}

func (m *Matrix) cofactorDet() Expr {
	checkInterrupt()
	switch m.rows {
	case 0:
		return One
	case 1:
		return m.elems[0]
	case 2:
		return Sub(NewMul(m.At(0, 0), m.At(1, 1)), NewMul(m.At(0, 1), m.At(1, 0)))
	case 3:
		a := func(i, j int) Expr { return m.At(i, j) }
		return NewAdd(
			NewMul(a(0, 0), a(1, 1), a(2, 2)),
			NewMul(a(0, 1), a(1, 2), a(2, 0)),
			NewMul(a(0, 2), a(1, 0), a(2, 1)),
			Neg(NewMul(a(0, 2), a(1, 1), a(2, 0))),
			Neg(NewMul(a(0, 0), a(1, 2), a(2, 1))),
			Neg(NewMul(a(0, 1), a(1, 0), a(2, 2))))
	}
	terms := make([]Expr, 0, m.cols)
	for j := range m.cols {
		a := m.At(0, j)
		if isZeroInt(a) {
			continue
		}
		minor := NewMatrixFunc(m.rows-1, m.cols-1, func(r, c int) Expr {
			if c >= j {
				c++
			}
			return m.At(r+1, c)
		})
		t := NewMul(a, minor.cofactorDet())
		if j%2 == 1 {
			t = Neg(t)
		}
		terms = append(terms, t)
	}
	return NewAdd(terms...)
}

// Jacobian returns the Jacobian of the vector m with respect to vars:
// entry (i, j) is diff(m[i], vars[j]). m must be a row or a column vector
// (a TypeError otherwise, as in SymPy).
func (m *Matrix) Jacobian(vars []Expr, diff func(e, v Expr) (Expr, error)) (*Matrix, error) {
	if !m.IsVector() {
		return nil, errorf("TypeError", "``self`` must be a row or a column matrix")
	}
	out := &Matrix{rows: len(m.elems), cols: len(vars), elems: make([]Expr, 0, len(m.elems)*len(vars))}
	for _, f := range m.elems {
		for _, v := range vars {
			d, err := diff(f, v)
			if err != nil {
				return nil, err
			}
			out.elems = append(out.elems, d)
		}
	}
	return out, nil
}

// Hessian returns the Hessian matrix of f with respect to vars, as
// SymPy's hessian(f, vars, constraints): entry (i, j) for i <= j is
// diff(diff(f, vars[i]), vars[j]), mirrored below the diagonal; m
// constraints g_k make it the bordered Hessian, entry (k, m+i) being
// diff(g_k, vars[i]).
func Hessian(f Expr, vars []Expr, constraints []Expr, diff func(e, v Expr) (Expr, error)) (*Matrix, error) {
	n := len(vars)
	if n == 0 {
		return nil, shapeError("`len(varlist)` must not be zero.")
	}
	// SymPy's bordered Hessian: the constraints' gradients border the
	// Hessian of f (rows and columns 0..m-1), zeros in the corner.
	m := len(constraints)
	N := m + n
	out := ZeroMatrix(N, N)
	set := func(i, j int, v Expr) {
		out.elems[i*N+j] = v
		out.elems[j*N+i] = v
	}
	for k, g := range constraints {
		for i := range n {
			d, err := diff(g, vars[i])
			if err != nil {
				return nil, err
			}
			set(k, i+m, d)
		}
	}
	for i := range n {
		di, err := diff(f, vars[i])
		if err != nil {
			return nil, err
		}
		for j := i; j < n; j++ {
			dij, err := diff(di, vars[j])
			if err != nil {
				return nil, err
			}
			set(i+m, j+m, dij)
		}
	}
	return out, nil
}
