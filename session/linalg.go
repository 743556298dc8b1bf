package session

import (
	"math/big"

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
