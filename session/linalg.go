package session

import (
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine"
)

// This file binds the row-reduction methods of Matrix (rref,
// echelon_form, rank, nullspace, columnspace, rowspace): one row each,
// the work done by engine's rational row reduction.

// matrixMethodRow is one Matrix method: its name, one-line doc and
// implementation on the receiver's matrix.
type matrixMethodRow struct {
	name, doc string
	fn        func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value
}

// linalgMethods are the row-reduction methods.
var linalgMethods = []matrixMethodRow{
	{"rref", "The reduced row echelon form and the tuple of pivot columns (pivots=False: the matrix only).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("rref", args, 0, 0)
			opts := kwOnly("rref", kw, "pivots", "simplify", "normalize_last", "iszerofunc")
			if _, ok := opts["iszerofunc"]; ok {
				throw("NotImplementedError", "dcalc's Matrix.rref does not take a custom iszerofunc yet")
			}
			red, piv, err := m.Rref()
			if err != nil {
				panic(err)
			}
			if p, ok := opts["pivots"]; ok && !in.truth(p, nil) {
				return newMatrixValue(red)
			}
			return &Tuple{Items: []Value{newMatrixValue(red), intTuple(piv)}}
		}},
	{"echelon_form", "A row echelon form (SymPy's fraction-free one); with_pivots=True adds the pivot columns.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("echelon_form", args, 0, 0)
			opts := kwOnly("echelon_form", kw, "with_pivots", "simplify")
			ech, piv, err := m.EchelonForm()
			if err != nil {
				panic(err)
			}
			if p, ok := opts["with_pivots"]; ok && in.truth(p, nil) {
				return &Tuple{Items: []Value{newMatrixValue(ech), intTuple(piv)}}
			}
			return newMatrixValue(ech)
		}},
	{"rank", "The rank: the number of pivots of the echelon form.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("rank", args, 0, 0)
			kwOnly("rank", kw, "simplify")
			n, err := m.Rank()
			if err != nil {
				panic(err)
			}
			return big.NewInt(int64(n))
		}},
	{"nullspace", "A basis of the null space as a list of column vectors.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("nullspace", args, 0, 0)
			kwOnly("nullspace", kw, "simplify")
			return matrixList(m.Nullspace())
		}},
	{"columnspace", "A basis of the column space: the columns at the echelon form's pivots.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("columnspace", args, 0, 0)
			kwOnly("columnspace", kw, "simplify")
			return matrixList(m.Columnspace())
		}},
	{"rowspace", "A basis of the row space: the nonzero rows of the echelon form.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("rowspace", args, 0, 0)
			kwOnly("rowspace", kw, "simplify")
			return matrixList(m.Rowspace())
		}},
}

func init() {
	linalgMethods = append(linalgMethods, eigenMethods...)
	linalgMethods = append(linalgMethods, conjugateMethods...)
}

// conjugateMethods are the complex conjugate, the conjugate transpose
// and the singular values, and integrate.
var conjugateMethods = []matrixMethodRow{
	{"integrate", "Each entry integrated, as integrate(M, *limits).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			return in.integrate(append([]Value{newMatrixValue(m)}, args...), kw)
		}},
	{"conjugate", "The elementwise complex conjugate (also the property C).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("conjugate", args, 0, 0)
			kwOnly("conjugate", kw)
			return newMatrixValue(matrixConjugate(m))
		}},
	{"adjoint", "The conjugate transpose (also the property H).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("adjoint", args, 0, 0)
			kwOnly("adjoint", kw)
			return newMatrixValue(matrixConjugate(m.T()))
		}},
	{"singular_values", "The square roots of the eigenvalues of M.H*M, each as often as its multiplicity, zeros up to the number of columns, in reverse default_sort_key order (SymPy's order, not by size).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("singular_values", args, 0, 0)
			kwOnly("singular_values", kw)
			hm, err := matrixConjugate(m.T()).Mul(m)
			if err != nil {
				panic(err)
			}
			vals := in.matrixEigenvals(hm).(*Dict)
			var out []engine.Expr
			ks, vs := vals.Items()
			for i, k := range ks {
				for range vs[i].(*big.Int).Int64() {
					out = append(out, engine.Sqrt(k.(engine.Expr)))
				}
			}
			_, c := m.Shape()
			for len(out) < c {
				out = append(out, engine.Zero)
			}
			idx := make([]int, len(out))
			engine.SortIndexDefault(out, idx)
			l := &List{}
			for i := len(out) - 1; i >= 0; i-- {
				l.Items = append(l.Items, out[i])
			}
			return l
		}},
}

// matrixConjugate is m with each entry conjugated.
func matrixConjugate(m *engine.Matrix) *engine.Matrix {
	out, _ := m.Map(func(e engine.Expr) (engine.Expr, error) { return engine.Conjugate(e), nil })
	return out
}

// eigenMethods are eigenvects and diagonalize.
var eigenMethods = []matrixMethodRow{
	{"eigenvects", "The list of (eigenvalue, multiplicity, [eigenvectors]) sorted by eigenvalue.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("eigenvects", args, 0, 0)
			kwOnly("eigenvects", kw, "error_when_incomplete")
			ts, err := m.Eigenvects()
			if err != nil {
				panic(err)
			}
			l := &List{}
			for _, t := range ts {
				l.Items = append(l.Items, &Tuple{Items: []Value{t.Val, big.NewInt(int64(t.Mult)), matrixList(t.Vectors, nil)}})
			}
			return l
		}},
	{"diagonalize", "(P, D) with D diagonal and M = P*D*P**-1; MatrixError when M is not diagonalizable.",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("diagonalize", args, 0, 0)
			opts := kwOnly("diagonalize", kw, "reals_only", "sort", "normalize")
			for _, k := range []string{"reals_only", "sort", "normalize"} {
				if v, ok := opts[k]; ok && in.truth(v, nil) {
					throw("NotImplementedError", "dcalc's Matrix.diagonalize does not support %s=True yet", k)
				}
			}
			r, c := m.Shape()
			if r != c {
				throw("NonSquareMatrixError", "")
			}
			ts, err := m.Eigenvects()
			if err != nil {
				panic(err)
			}
			var cols []engine.Expr
			var diag []engine.Expr
			for _, t := range ts {
				if len(t.Vectors) < t.Mult {
					throw("MatrixError", "Matrix is not diagonalizable")
				}
				for range t.Mult {
					diag = append(diag, t.Val)
				}
				for _, v := range t.Vectors {
					p, err := engine.PrimitiveRationalVector(v)
					if err != nil {
						panic(err)
					}
					cols = append(cols, p.Entries()...)
				}
			}
			n := len(diag)
			P := engine.NewMatrixFunc(n, n, func(i, j int) engine.Expr { return cols[j*n+i] })
			D := engine.NewMatrixFunc(n, n, func(i, j int) engine.Expr {
				if i == j {
					return diag[i]
				}
				return engine.Zero
			})
			return &Tuple{Items: []Value{newMatrixValue(P), newMatrixValue(D)}}
		}},
}

func init() {
	linalgMethods = append(linalgMethods,
		matrixMethodRow{"norm", "The 2-norm of a vector or the Frobenius norm of a matrix: sqrt(sum(Abs(a)**2)) (ord=None).",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("norm", args, 0, 1)
				if len(args) == 1 && args[0] != none {
					throw("NotImplementedError", "dcalc's Matrix.norm takes only ord=None yet")
				}
				kwOnly("norm", kw)
				return m.Norm()
			}},
		matrixMethodRow{"charpoly", "The characteristic polynomial det(x*I - M) as a PurePoly in x (lambda by default).",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("charpoly", args, 0, 1)
				opts := kwOnly("charpoly", kw, "x", "simplify")
				x := engine.NewSymbol("lambda", engine.Assumptions{})
				xv := opts["x"]
				if len(args) == 1 {
					xv = args[0]
				}
				if xv != nil {
					s, ok := in.sympify(xv).(*engine.Symbol)
					if !ok {
						throw("NotImplementedError", "dcalc's Matrix.charpoly takes a symbol x")
					}
					x = s
				}
				r, c := m.Shape()
				if r != c {
					throw("NonSquareMatrixError", "")
				}
				return in.charpoly(m, x)
			}},
		matrixMethodRow{"LUdecomposition", "(L, U, perm): L unit lower triangular, U upper, perm the row swaps, as SymPy's Doolittle elimination gives them.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("LUdecomposition", args, 0, 0)
				opts := kwOnly("LUdecomposition", kw, "iszerofunc", "simpfunc", "rankcheck")
				for k, v := range opts {
					if k != "rankcheck" || in.truth(v, nil) {
						throw("NotImplementedError", "dcalc's Matrix.LUdecomposition does not take %s= yet", k)
					}
				}
				L, U, swaps, err := m.LUDecomposition()
				if err != nil {
					panic(err)
				}
				p := &List{}
				for _, s := range swaps {
					p.Items = append(p.Items, &List{Items: []Value{big.NewInt(int64(s[0])), big.NewInt(int64(s[1]))}})
				}
				return &Tuple{Items: []Value{newMatrixValue(L), newMatrixValue(U), p}}
			}},
		matrixMethodRow{"solve", "The solution x of M*x = rhs (Gauss-Jordan, the default method), for rational entries.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("solve", args, 1, 2)
				opts := kwOnly("solve", kw, "method")
				method := "GJ"
				if len(args) == 2 {
					opts["method"] = args[1]
				}
				if v, ok := opts["method"]; ok {
					s, isStr := v.(string)
					if !isStr || s != "GJ" && s != "GE" && s != "LU" {
						throw("NotImplementedError", "dcalc's Matrix.solve takes method='GJ' or 'LU' only")
					}
					method = s
				}
				return in.matrixSolve(m, args[0], method)
			}},
		matrixMethodRow{"LUsolve", "The solution x of M*x = rhs by LU decomposition, for a square matrix of rational entries.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("LUsolve", args, 1, 1)
				if opts := kwOnly("LUsolve", kw, "iszerofunc"); len(opts) > 0 {
					throw("NotImplementedError", "dcalc's Matrix.LUsolve does not take iszerofunc= yet")
				}
				return in.matrixSolve(m, args[0], "LU")
			}},
		matrixMethodRow{"gauss_jordan_solve", "The solution of M*x = B and its free parameters (tau0, tau1, ...), by Gauss-Jordan elimination, for rational entries.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("gauss_jordan_solve", args, 1, 2)
				freevar := false
				if v, ok := kwOnly("gauss_jordan_solve", kw, "freevar")["freevar"]; ok {
					freevar = in.truth(v, nil)
				}
				if len(args) == 2 {
					freevar = in.truth(args[1], nil)
				}
				rhs := rhsMatrix(args[0], true)
				r, _ := m.Shape()
				if rr, _ := rhs.Shape(); rr != r {
					throw("ShapeError", "The matrices have incompatible number of rows (%d and %d)", r, rr)
				}
				sol, params, free, ok, err := m.GaussJordanSolve(rhs)
				if err != nil {
					panic(err)
				}
				if !ok {
					throw("ValueError", "Linear system has no solution")
				}
				out := &Tuple{Items: []Value{newMatrixValue(sol), newMatrixValue(params)}}
				if freevar { // the indices of the free variables too
					idx := &List{}
					for _, c := range free {
						idx.Items = append(idx.Items, big.NewInt(int64(c)))
					}
					out.Items = append(out.Items, idx)
				}
				return out
			}},
		matrixMethodRow{"normalized", "The vector divided by its norm.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("normalized", args, 0, 0)
				kwOnly("normalized", kw)
				if !m.IsVector() {
					throw("ShapeError", "A Matrix must be a vector to normalize.")
				}
				n := m.Norm()
				if engine.IsZero(n) == engine.True { // SymPy returns the zero vector
					r, c := m.Shape()
					return newMatrixValue(engine.ZeroMatrix(r, c))
				}
				out, _ := m.Map(func(e engine.Expr) (engine.Expr, error) { return engine.Div(e, n), nil })
				return newMatrixValue(out)
			}})
}

// linalgMethod finds a row of linalgMethods.
func linalgMethod(name string) (matrixMethodRow, bool) {
	for _, r := range linalgMethods {
		if r.name == name {
			return r, true
		}
	}
	return matrixMethodRow{}, false
}

// matrixMethodList is every Matrix method name, for dir() and completion.
func matrixMethodList() []string {
	out := append([]string(nil), matrixMethodNames...)
	for _, r := range linalgMethods {
		out = append(out, r.name)
	}
	for _, r := range matrixEdits {
		out = append(out, r.name)
	}
	return out
}

func intTuple(xs []int) *Tuple {
	t := &Tuple{Items: make([]Value, len(xs))}
	for i, x := range xs {
		t.Items[i] = big.NewInt(int64(x))
	}
	return t
}

func matrixList(ms []*engine.Matrix, err error) *List {
	if err != nil {
		panic(err)
	}
	l := &List{Items: make([]Value, len(ms))}
	for i, m := range ms {
		l.Items[i] = newMatrixValue(m)
	}
	return l
}

// matrixSolve is M.solve(rhs, method) for method "GJ" (or "GE") and
// "LU", and M.LUsolve(rhs).
func (in *interp) matrixSolve(m *engine.Matrix, rhsV Value, method string) Value {
	rhs := rhsMatrix(rhsV, method != "LU")
	r, c := m.Shape()
	if method == "LU" && r != c {
		// LUsolve's underdetermined refusal and its consistency
		// check of overdetermined systems are not followed
		throw("NotImplementedError", "dcalc's Matrix.solve(method='LU') takes square matrices only")
	}
	if rr, _ := rhs.Shape(); rr != r {
		if method == "LU" {
			throw("ShapeError", "``M`` and ``rhs`` must have the same number of rows.")
		}
		// hstack's ShapeError is a ValueError, which _solve
		// turns into this
		throw("NonInvertibleMatrixError", "Matrix det == 0; not invertible.")
	}
	if method == "LU" && (hasFloatEntry(m) || hasFloatEntry(rhs)) {
		// LUsolve's rounding differs from Gauss-Jordan's
		throw("NotImplementedError", "dcalc's Matrix.LUsolve takes rational entries only (with Floats use solve(), SymPy's Gauss-Jordan)")
	}
	sol, status, err := m.Solve(rhs)
	if err != nil {
		panic(err)
	}
	if status != engine.SolveUnique {
		// GJ's parametric-solution error is a ValueError that
		// _solve catches and replaces by this one
		throw("NonInvertibleMatrixError", "Matrix det == 0; not invertible.")
	}
	return newMatrixValue(sol)
}

// rhsMatrix is the right-hand side of a matrix solver, which SymPy uses
// as a Matrix: anything else raises the AttributeError SymPy's first
// use of it raises (gauss_jordan_solve copies it first, so a tuple has
// no copy and a list, which has one, no rows).
func rhsMatrix(v Value, copies bool) *engine.Matrix {
	rhs, ok := asMatrix(v)
	if !ok {
		attr := "rows"
		if _, isList := v.(*List); !isList && copies {
			attr = "copy"
		}
		throw("AttributeError", "'%s' object has no attribute '%s'", typeName(v), attr)
	}
	return rhs
}

// hasFloatEntry reports whether an entry of m holds a Float.
func hasFloatEntry(m *engine.Matrix) bool {
	var has func(e engine.Expr) bool
	has = func(e engine.Expr) bool {
		_, ok := e.(*engine.Float)
		return ok || slices.ContainsFunc(e.Args(), has)
	}
	return slices.ContainsFunc(m.Entries(), has)
}
