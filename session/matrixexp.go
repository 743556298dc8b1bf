package session

import "github.com/dcalc/dcalc/engine"

// Matrix.exp (and exp(M), which SymPy sends to it): the matrix
// exponential of linear ODE systems, x(t) = exp(A*t)*x0.

func init() {
	linalgMethods = append(linalgMethods, matrixMethodRow{"exp",
		"The matrix exponential, through the Jordan form (a scalar times a rational matrix with rational eigenvalues, or Gaussian rational ones when the matrix is real).",
		func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
			nargs("exp", args, 0, 0)
			kwOnly("exp", kw)
			return newMatrixValue(matrixExp(m))
		}})
}

// matrixExp is M.exp(), refused where dcalc cannot write SymPy's form.
func matrixExp(m *engine.Matrix) *engine.Matrix {
	if r, c := m.Shape(); r != c {
		throw("NonSquareMatrixError", "Exponentiation is valid only for square matrices")
	}
	r, ok, err := m.MatrixExp()
	if err != nil {
		panic(err)
	}
	if !ok {
		throw("NotImplementedError", "dcalc's Matrix.exp takes a scalar times a rational matrix whose eigenvalues are rational (or Gaussian rational, for a real matrix), not %s", m.Str())
	}
	return r
}
