package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// The Matrix methods that change the matrix in place (row_del, col_del,
// simplify: SymPy's MutableDenseMatrix), and QRdecomposition and vec.

// matrixEditRow is a method that may replace the receiver's matrix.
type matrixEditRow struct {
	name, doc string
	fn        func(in *interp, mv *matrixValue, args []Value, kw []kwArg) Value
}

var matrixEdits = []matrixEditRow{
	matrixDelete("row_del", "Row", func(m *engine.Matrix) int { r, _ := m.Shape(); return r }, (*engine.Matrix).DelRow),
	matrixDelete("col_del", "Column", func(m *engine.Matrix) int { _, c := m.Shape(); return c }, (*engine.Matrix).DelCol),
	{"simplify", "Simplify every entry in place.",
		func(in *interp, mv *matrixValue, args []Value, kw []kwArg) Value {
			nargs("simplify", args, 0, 0)
			kwOnly("simplify", kw)
			m, err := mv.m.Map(func(e engine.Expr) (engine.Expr, error) { return engine.Simplify(e), nil })
			if err != nil {
				panic(err)
			}
			mv.m = m
			return none
		}},
}

// matrixDelete is row_del or col_del: delete row (column) i in place,
// a negative i counting from the end.
func matrixDelete(name, what string, size func(*engine.Matrix) int, del func(*engine.Matrix, int) *engine.Matrix) matrixEditRow {
	return matrixEditRow{name, "Delete " + strings.ToLower(what) + " i in place (negative i counts from the end).",
		func(in *interp, mv *matrixValue, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			kwOnly(name, kw)
			mv.m = del(mv.m, matrixIndexArg(in, args[0], size(mv.m), what))
			return none
		}}
}

// matrixIndexArg reads a row or column index for row_del/col_del: an
// integer in [-n, n), negative ones counting from the end.
func matrixIndexArg(in *interp, v Value, n int, what string) int {
	b, ok := v.(*big.Int)
	if !ok {
		throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	i := int(b.Int64())
	if !b.IsInt64() || i < -n || i >= n {
		throw("IndexError", "%s %s is out of range.", what, b.String())
	}
	if i < 0 {
		i += n
	}
	return i
}

// matrixEdit finds a row of matrixEdits.
func matrixEdit(name string) (matrixEditRow, bool) {
	for _, r := range matrixEdits {
		if r.name == name {
			return r, true
		}
	}
	return matrixEditRow{}, false
}

func init() {
	linalgMethods = append(linalgMethods,
		matrixMethodRow{"QRdecomposition", "(Q, R) with Q's columns orthonormal and R upper triangular, by SymPy's Gram-Schmidt.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("QRdecomposition", args, 0, 0)
				kwOnly("QRdecomposition", kw)
				q, r := m.QROptional(true)
				return &Tuple{Items: []Value{newMatrixValue(q), newMatrixValue(r)}}
			}},
		matrixMethodRow{"cholesky", "The lower triangular L with M = L*L.H (hermitian=False: L*L.T), as SymPy computes it.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("cholesky", args, 0, 1)
				l, err := m.Cholesky(hermitianArg(in, "cholesky", args, kw))
				if err != nil {
					panic(err)
				}
				return newMatrixValue(l)
			}},
		matrixMethodRow{"LDLdecomposition", "(L, D): L unit lower triangular, D diagonal, M = L*D*L.H (hermitian=False: L.T).",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("LDLdecomposition", args, 0, 1)
				l, d, err := m.LDL(hermitianArg(in, "LDLdecomposition", args, kw))
				if err != nil {
					panic(err)
				}
				return &Tuple{Items: []Value{newMatrixValue(l), newMatrixValue(d)}}
			}},
		matrixMethodRow{"vec", "The columns stacked into one column.",
			func(in *interp, m *engine.Matrix, args []Value, kw []kwArg) Value {
				nargs("vec", args, 0, 0)
				kwOnly("vec", kw)
				return newMatrixValue(m.Vec())
			}})
}

// gramSchmidt is SymPy's GramSchmidt(vlist, orthonormal=False): the
// vectors orthogonalized in order (the columns of QRdecomposition's Q
// without normalizing unless orthonormal), dependent ones dropped; row
// vectors come back as rows.
func (in *interp) gramSchmidt(vlist Value, orthonormal bool) Value {
	var vecs []*engine.Matrix
	rowVecs := true
	for _, v := range in.toSlice(vlist) {
		m, ok := asMatrix(v)
		if !ok {
			throw("AttributeError", "'%s' object has no attribute 'rows'", typeName(v))
		}
		r, _ := m.Shape()
		if len(vecs) == 0 {
			rowVecs = r == 1
		}
		vecs = append(vecs, m.Vec())
	}
	out := &List{}
	if len(vecs) == 0 {
		return out
	}
	a, err := engine.HStack(vecs...)
	if err != nil {
		panic(err)
	}
	q, _ := a.QROptional(orthonormal)
	_, n := q.Shape()
	for j := range n {
		c := q.Col(j)
		if rowVecs {
			c = c.T()
		}
		out.Items = append(out.Items, newMatrixValue(c))
	}
	return out
}

// wronskian is SymPy's wronskian(functions, var): the determinant of
// the matrix of the functions' derivatives (row i, column j: the j-th
// derivative of function i); 1 for no functions.
func (in *interp) wronskian(functions, v Value) Value {
	fs := in.toSlice(functions)
	if len(fs) == 0 {
		return engine.One
	}
	x := in.sympify(v)
	exprs := make([]engine.Expr, len(fs))
	for i, f := range fs {
		exprs[i] = in.sympify(f)
	}
	w := engine.NewMatrixFunc(len(fs), len(fs), func(i, j int) engine.Expr {
		if j == 0 {
			return exprs[i]
		}
		return in.diff(exprs[i], []engine.VarCount{{Var: x, Count: j}})
	})
	d, err := w.Det(dotprodsimp)
	if err != nil {
		panic(err)
	}
	return d
}

// polyGen is the variable of resultant and discriminant: the one given,
// or the only symbol of the expressions (several are refused: SymPy's
// choice of the main generator is not reproduced).
func (in *interp) polyGen(gens []Value, es ...engine.Expr) *engine.Symbol {
	if len(gens) > 1 {
		throw("NotImplementedError", "dcalc's resultant and discriminant take one generator")
	}
	if len(gens) == 1 {
		x, ok := in.sympify(gens[0]).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's resultant and discriminant take a symbol as the generator")
		}
		return x
	}
	syms := map[string]*engine.Symbol{}
	for _, e := range es {
		for _, s := range engine.FreeSymbols(e) {
			syms[s.Name()] = s
		}
	}
	if len(syms) != 1 {
		throw("NotImplementedError", "dcalc's resultant and discriminant need the variable when there is not exactly one symbol")
	}
	for _, s := range syms {
		return s
	}
	return nil
}

// polyArg is an expression, or a Poly's expression.
func (in *interp) polyArg(v Value) engine.Expr {
	if p, ok := v.(*polyValue); ok {
		return p.expr()
	}
	return in.sympify(v)
}

// hermitianArg reads the hermitian argument of cholesky and
// LDLdecomposition (True by default).
func hermitianArg(in *interp, name string, args []Value, kw []kwArg) bool {
	opts := kwOnly(name, kw, "hermitian")
	if len(args) == 1 {
		return in.truth(args[0], nil)
	}
	if h, ok := opts["hermitian"]; ok {
		return in.truth(h, nil)
	}
	return true
}
