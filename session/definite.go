package session

import (
	"github.com/dcalc/dcalc/engine"
)

// The definiteness properties of a Matrix (the second-derivative test of
// a Hessian): is_positive_definite and friends, decided exactly for
// matrices of numbers by the signs of the principal minors of the
// symmetric part (M + M.T)/2, which is what SymPy's answer rests on. A
// matrix with symbols raises NotImplementedError (SymPy may answer
// None or decide from assumptions).

// definiteness are the property names.
var definiteness = map[string]bool{
	"is_positive_definite": true, "is_negative_definite": true,
	"is_positive_semidefinite": true, "is_negative_semidefinite": true, "is_indefinite": true,
}

// minorSigns returns the signs of the determinants of the principal
// submatrices of h chosen by each subset mask (nil when a sign cannot be
// decided).
func minorSigns(h *engine.Matrix, n int) map[int]int {
	out := map[int]int{}
	for mask := 1; mask < 1<<n; mask++ {
		var idx []int
		for i := range n {
			if mask&(1<<i) != 0 {
				idx = append(idx, i)
			}
		}
		sub := engine.NewMatrixFunc(len(idx), len(idx), func(i, j int) engine.Expr { return h.At(idx[i], idx[j]) })
		d, err := sub.Det(dotprodsimp)
		if err != nil {
			return nil
		}
		s, ok := numericSign(d)
		if engine.IsZero(d) == engine.True {
			s, ok = 0, true
		}
		if !ok {
			return nil
		}
		out[mask] = s
	}
	return out
}

// matrixDefiniteness answers the property name for m.
func (in *interp) matrixDefiniteness(m *engine.Matrix, name string) Value {
	r, c := m.Shape()
	if r != c {
		return false
	}
	for _, e := range m.Entries() {
		if !isNumberExpr(e) || len(engine.FreeSymbols(e)) > 0 {
			throw("NotImplementedError", "dcalc's Matrix.%s needs numeric entries (SymPy decides symbolic ones from assumptions)", name)
		}
		if c, ok := approx(e); !ok || imag(c) != 0 {
			throw("NotImplementedError", "dcalc's Matrix.%s needs real entries", name)
		}
	}
	if r > 8 {
		throw("NotImplementedError", "dcalc's Matrix.%s handles matrices up to 8x8", name)
	}
	sym := func(sign engine.Expr) *engine.Matrix {
		return engine.NewMatrixFunc(r, r, func(i, j int) engine.Expr {
			return engine.NewMul(sign, engine.Half, engine.NewAdd(m.At(i, j), m.At(j, i)))
		})
	}
	// positive definite: the leading principal minors are positive;
	// semidefinite: every principal minor is nonnegative
	check := func(sign engine.Expr, semi bool) bool {
		signs := minorSigns(sym(sign), r)
		if signs == nil {
			throw("NotImplementedError", "dcalc could not decide the sign of a minor for Matrix.%s", name)
		}
		if semi {
			for _, s := range signs {
				if s < 0 {
					return false
				}
			}
			return true
		}
		for k := 1; k <= r; k++ {
			if signs[1<<k-1] <= 0 {
				return false
			}
		}
		return true
	}
	switch name {
	case "is_positive_definite":
		return check(engine.One, false)
	case "is_negative_definite":
		return check(engine.NegOne, false)
	case "is_positive_semidefinite":
		return check(engine.One, true)
	case "is_negative_semidefinite":
		return check(engine.NegOne, true)
	}
	return !check(engine.One, true) && !check(engine.NegOne, true)
}
