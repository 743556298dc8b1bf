package session

import (
	"fmt"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// The Matrix methods that build matrices from others (row_join,
// col_join, row_insert, col_insert, hstack, vstack, extract, minors and
// cofactors, multiply_elementwise, the triangular parts) and the
// structural tests (is_upper, is_lower, is_diagonal, is_zero_matrix,
// is_hermitian, is_diagonalizable), as SymPy's MatrixShaping,
// MatrixDeterminant and MatrixProperties define them.

func init() {
	linalgMethods = append(linalgMethods, shapingMethods...)
}

// matrixClass is the Matrix class (MutableDenseMatrix), whose
// classmethods an instance also has.
var matrixClass = &Class{Attrs: map[string]Value{}}

var shapingMethods = []matrixMethodRow{
	{"row_join", "The matrix with other's columns appended on the right.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("row_join", args, 1, 1)
			kwOnly("row_join", kw)
			return newMatrixValue(rowJoin(m, in.matrixArg(args[0])))
		}},
	{"col_join", "The matrix with other's rows appended below.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("col_join", args, 1, 1)
			kwOnly("col_join", kw)
			return newMatrixValue(colJoin(m, in.matrixArg(args[0])))
		}},
	matrixInsert("row_insert", "rows", "columns"),
	matrixInsert("col_insert", "columns", "rows"),
	{"extract", "The submatrix of the given rows and columns (lists of indices, negative ones from the end).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("extract", args, 2, 2)
			kwOnly("extract", kw)
			r, c := m.Shape()
			rows, cols := extractIndices(in, args[0], r), extractIndices(in, args[1], c)
			return newMatrixValue(engine.NewMatrixFunc(len(rows), len(cols), func(i, j int) engine.Expr {
				return m.At(rows[i], cols[j])
			}))
		}},
	{"minor_submatrix", "The matrix without row i and column j.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("minor_submatrix", args, 2, 2)
			kwOnly("minor_submatrix", kw)
			i, j := minorIndices(in, m, args)
			return newMatrixValue(m.DelRow(i).DelCol(j))
		}},
	{"minor", "The determinant of the matrix without row i and column j.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("minor", args, 2, 2)
			kwOnly("minor", kw, "method")
			squareOnly(m)
			i, j := minorIndices(in, m, args)
			return matrixMinor(m, i, j)
		}},
	{"cofactor", "(-1)**(i + j) times the minor of (i, j).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("cofactor", args, 2, 2)
			kwOnly("cofactor", kw, "method")
			squareOnly(m)
			i, j := minorIndices(in, m, args)
			return matrixCofactor(m, i, j)
		}},
	{"cofactor_matrix", "The matrix of the cofactors.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("cofactor_matrix", args, 0, 0)
			kwOnly("cofactor_matrix", kw, "method")
			squareOnly(m)
			r, c := m.Shape()
			return newMatrixValue(engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr { return matrixCofactor(m, i, j) }))
		}},
	{"multiply_elementwise", "The elementwise (Hadamard) product with a matrix of the same shape.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("multiply_elementwise", args, 1, 1)
			kwOnly("multiply_elementwise", kw)
			o := in.matrixArg(args[0])
			r, c := m.Shape()
			or, oc := o.Shape()
			if r != or || c != oc {
				throw("ShapeError", "Matrix shapes must agree %s != %s", fmt.Sprintf("(%d, %d)", r, c), fmt.Sprintf("(%d, %d)", or, oc))
			}
			return newMatrixValue(engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr {
				return engine.NewMul(m.At(i, j), o.At(i, j))
			}))
		}},
	matrixTriangular("upper_triangular", "on and above", func(d, k int) bool { return d >= k }),
	matrixTriangular("lower_triangular", "on and below", func(d, k int) bool { return d <= k }),
	{"is_diagonal", "Whether every entry off the diagonal is zero (None when that is unknown for a symbolic entry).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("is_diagonal", args, 0, 0)
			kwOnly("is_diagonal", kw)
			// fuzzy_and of the entries' is_zero
			r, c := m.Shape()
			var result Value = true
			for i := range r {
				for j := range c {
					if i == j {
						continue
					}
					switch engine.IsZero(m.At(i, j)) {
					case engine.False:
						return false
					case engine.Unknown:
						result = none
					}
				}
			}
			return result
		}},
	{"is_diagonalizable", "Whether the matrix is diagonalizable (over the reals with reals_only=True).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("is_diagonalizable", args, 0, 1)
			opts := kwOnly("is_diagonalizable", kw, "reals_only", "clear_cache")
			realsOnly := len(args) == 1 && in.truth(args[0], nil)
			if v, ok := opts["reals_only"]; ok {
				realsOnly = in.truth(v, nil)
			}
			return isDiagonalizable(m, realsOnly)
		}},
}

// shapingProps are the structural properties (attributes, not methods).
func (in *interp) shapingProp(m *engine.Matrix, name string) (Value, bool) {
	r, c := m.Shape()
	switch name {
	case "is_upper":
		for i := 1; i < r; i++ {
			for j := 0; j < min(i, c); j++ {
				if engine.IsZero(m.At(i, j)) != engine.True {
					return false, true
				}
			}
		}
		return true, true
	case "is_lower":
		for i := range r {
			for j := i + 1; j < c; j++ {
				if engine.IsZero(m.At(i, j)) != engine.True {
					return false, true
				}
			}
		}
		return true, true
	case "is_zero_matrix":
		return zeroMatrixTruth(m.Entries()), true
	case "is_hermitian":
		if r != c {
			return false, true
		}
		var diffs []engine.Expr
		for i := range r {
			for j := range c {
				diffs = append(diffs, engine.Simplify(engine.Sub(m.At(i, j), engine.Conjugate(m.At(j, i)))))
			}
		}
		return zeroMatrixTruth(diffs), true
	}
	return nil, false
}

// zeroMatrixTruth is _eval_is_zero_matrix: False when an entry is
// nonzero, None when one is undecided, else True.
func zeroMatrixTruth(es []engine.Expr) Value {
	undecided := false
	for _, e := range es {
		switch engine.IsZero(e) {
		case engine.False:
			return false
		case engine.Unknown:
			undecided = true
		}
	}
	if undecided {
		return none
	}
	return true
}

// isDiagonalizable is is_diagonalizable: a real symmetric matrix is; else
// each eigenvalue has as many eigenvectors as its multiplicity (and is
// real when realsOnly).
func isDiagonalizable(m *engine.Matrix, realsOnly bool) Value {
	r, c := m.Shape()
	if r != c {
		return false
	}
	allReal := true
	for _, e := range m.Entries() {
		if engine.IsReal(e) != engine.True {
			allReal = false
		}
	}
	if allReal && m.Equal(m.T()) {
		return true
	}
	ts, err := m.Eigenvects()
	if err != nil {
		panic(err)
	}
	for _, t := range ts {
		if realsOnly && engine.IsReal(t.Val) != engine.True {
			return false
		}
		if len(t.Vectors) != t.Mult {
			return false
		}
	}
	return true
}

func (in *interp) matrixArg(v Value) *engine.Matrix {
	m, ok := asMatrix(v)
	if !ok {
		throw("NotImplementedError", "dcalc takes a Matrix here, not %s", typeName(v))
	}
	return m
}

// matrixInsert is row_insert or col_insert: other's rows (columns)
// inserted before position pos; col_insert works on the transposes,
// whose rows are the columns.
func matrixInsert(name, what, other string) matrixMethodRow {
	rows := what == "rows"
	return matrixMethodRow{name, "The matrix with other's " + what + " inserted before " + strings.TrimSuffix(what, "s") + " pos.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs(name, args, 2, 2)
			kwOnly(name, kw)
			o := in.matrixArg(args[1])
			if !rows {
				m, o = m.T(), o.T()
			}
			back := func(x *engine.Matrix) Value {
				if !rows {
					x = x.T()
				}
				return newMatrixValue(x)
			}
			r, c := m.Shape()
			_, oc := o.Shape()
			if r == 0 {
				return back(o)
			}
			if c != oc {
				throw("ShapeError", "The matrices have incompatible number of %s (%d and %d)", other, c, oc)
			}
			return back(insertRows(m, o, clampPos(in, args[0], r)))
		}}
}

// insertRows is m with o's rows (as many columns) inserted before row
// pos.
func insertRows(m, o *engine.Matrix, pos int) *engine.Matrix {
	r, c := m.Shape()
	or, _ := o.Shape()
	return engine.NewMatrixFunc(r+or, c, func(i, j int) engine.Expr {
		switch {
		case i < pos:
			return m.At(i, j)
		case i < pos+or:
			return o.At(i-pos, j)
		}
		return m.At(i-or, j)
	})
}

func rowJoin(a, b *engine.Matrix) *engine.Matrix {
	r, c := a.Shape()
	br, bc := b.Shape()
	if c == 0 && r != br {
		return b
	}
	if r != br {
		throw("ShapeError", "The matrices have incompatible number of rows (%d and %d)", r, br)
	}
	return engine.NewMatrixFunc(r, c+bc, func(i, j int) engine.Expr {
		if j < c {
			return a.At(i, j)
		}
		return b.At(i, j-c)
	})
}

func colJoin(a, b *engine.Matrix) *engine.Matrix {
	r, c := a.Shape()
	br, bc := b.Shape()
	if r == 0 && c != bc {
		return b
	}
	if c != bc {
		throw("ShapeError", "The matrices have incompatible number of columns (%d and %d)", c, bc)
	}
	return engine.NewMatrixFunc(r+br, c, func(i, j int) engine.Expr {
		if i < r {
			return a.At(i, j)
		}
		return b.At(i-r, j)
	})
}

// stackRow is Matrix.hstack or Matrix.vstack: the matrices joined in
// turn (an empty Matrix for none).
func stackRow(name string, join func(a, b *engine.Matrix) *engine.Matrix) *Builtin {
	return &Builtin{Name: name, Doc: "Join matrices (Matrix." + name + "(A, B, ...)).",
		Fn: func(in *interp, args []Value, kw []kwArg) Value {
			kwOnly(name, kw)
			if len(args) == 0 {
				return newMatrixValue(engine.NewMatrixFunc(0, 0, nil))
			}
			acc := in.matrixArg(args[0])
			for _, a := range args[1:] {
				acc = join(acc, in.matrixArg(a))
			}
			return newMatrixValue(acc)
		}}
}

// clampPos is row_insert's position: negative from the end, clamped
// into [0, n].
func clampPos(in *interp, v Value, n int) int {
	p := int(in.toInt(v).Int64())
	if p < 0 {
		p += n
	}
	return max(0, min(p, n))
}

func extractIndices(in *interp, v Value, n int) []int {
	var out []int
	in.iterate(v, func(x Value) bool {
		i := int(in.toInt(x).Int64())
		if i < -n || i >= n {
			throw("IndexError", "Index out of range: a[%d]", i)
		}
		if i < 0 {
			i += n
		}
		out = append(out, i)
		return true
	})
	return out
}

func minorIndices(in *interp, m *engine.Matrix, args []Value) (int, int) {
	r, c := m.Shape()
	i, j := int(in.toInt(args[0]).Int64()), int(in.toInt(args[1]).Int64())
	if i < 0 {
		i += r
	}
	if j < 0 {
		j += c
	}
	if i < 0 || i >= r || j < 0 || j >= c {
		throw("ValueError", "`i` and `j` must satisfy 0 <= i < ``M.rows`` (%d)and 0 <= j < ``M.cols`` (%d).", r, c)
	}
	return i, j
}

// squareOnly raises NonSquareMatrixError for a matrix that is not square.
func squareOnly(m *engine.Matrix) {
	if r, c := m.Shape(); r != c {
		throw("NonSquareMatrixError", "")
	}
}

// matrixMinor is the determinant of m without row i and column j.
func matrixMinor(m *engine.Matrix, i, j int) engine.Expr {
	d, err := m.DelRow(i).DelCol(j).Det(dotprodsimp)
	if err != nil {
		panic(err)
	}
	return d
}

// matrixCofactor is (-1)**(i + j) times the minor of (i, j).
func matrixCofactor(m *engine.Matrix, i, j int) engine.Expr {
	d := matrixMinor(m, i, j)
	if (i+j)%2 == 1 {
		return engine.Neg(d)
	}
	return d
}

// matrixTriangular is upper_triangular or lower_triangular: the entries
// whose diagonal offset j - i keep(j - i, k) accepts, zeros elsewhere.
func matrixTriangular(name, where string, keep func(d, k int) bool) matrixMethodRow {
	return matrixMethodRow{name, "The entries " + where + " the k-th diagonal, zeros elsewhere.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs(name, args, 0, 1)
			k := triangularK(in, args, kw, name)
			r, c := m.Shape()
			return newMatrixValue(engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr {
				if keep(j-i, k) {
					return m.At(i, j)
				}
				return engine.Zero
			}))
		}}
}

func triangularK(in *interp, args []Value, kw []kwArg, name string) int {
	opts := kwOnly(name, kw, "k")
	k := 0
	if len(args) == 1 {
		k = int(in.toInt(args[0]).Int64())
	}
	if v, ok := opts["k"]; ok {
		k = int(in.toInt(v).Int64())
	}
	return k
}
