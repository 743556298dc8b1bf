package session

import (
	"math/big"

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
		s, ok := engine.NumericSign(d)
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
		if !engine.IsNumberExpr(e) || len(engine.FreeSymbols(e)) > 0 {
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

// matrixEigenvalsList is Matrix.eigenvals(multiple=True): a diagonal
// matrix's diagonal in order, otherwise (rational entries) each block's
// roots in sorted order, repeated by multiplicity.
func (in *interp) matrixEigenvalsList(m *engine.Matrix) Value {
	r, c := m.Shape()
	if r != c {
		throw("NonSquareMatrixError", "")
	}
	out := &List{}
	diagonal := true
	for i := range r {
		for j := range r {
			if i != j && engine.IsZero(m.At(i, j)) != engine.True {
				diagonal = false
			}
		}
	}
	if diagonal {
		// 1x1 blocks: the entry, factored over a symbolic domain
		for i := range r {
			out.Items = append(out.Items, factored(m.At(i, i)))
		}
		return out
	}
	rs, err := m.EigenvalsList()
	if err != nil {
		panic(err)
	}
	for _, e := range rs {
		out.Items = append(out.Items, e)
	}
	return out
}

// matrixEigenvals is Matrix.eigenvals() for the cases dcalc computes as
// SymPy 1.14 does: diagonal matrices (the diagonal, in order) and 2x2
// matrices of rational numbers. SymPy splits a matrix into strongly
// connected blocks (a triangular 2x2 gives its diagonal, the lower entry
// first when it is upper triangular) and takes the roots of a full
// block's characteristic polynomial as roots() orders them: the zero
// root last, rational roots in factor_list's order, an irreducible
// quadratic's as roots_quadratic's B - D, B + D. Other matrices raise
// NotImplementedError.
func (in *interp) matrixEigenvals(m *engine.Matrix) Value {
	r, c := m.Shape()
	if r != c {
		throw("NonSquareMatrixError", "")
	}
	out := newDict()
	add := func(e engine.Expr, k int64) {
		if v, ok := out.Get(e); ok {
			out.Set(e, new(big.Int).Add(v.(*big.Int), big.NewInt(k)))
			return
		}
		out.Set(e, big.NewInt(k))
	}
	zero := func(e engine.Expr) bool { return engine.IsZero(e) == engine.True }
	diagonal := true
	for i := range r {
		for j := range r {
			if i != j && !zero(m.At(i, j)) {
				diagonal = false
			}
		}
	}
	if diagonal {
		for i := range r {
			add(factored(m.At(i, i)), 1)
		}
		return out
	}
	if rs, err := m.Eigenvals(); err == nil {
		for _, e := range rs {
			add(e.Root, int64(e.Mult))
		}
		return out
	} else if r != 2 {
		panic(err)
	}
	switch {
	case zero(m.At(1, 0)): // upper triangular: blocks in the order [1, 0]
		add(factored(m.At(1, 1)), 1)
		add(factored(m.At(0, 0)), 1)
		return out
	case zero(m.At(0, 1)): // lower triangular
		add(factored(m.At(0, 0)), 1)
		add(factored(m.At(1, 1)), 1)
		return out
	}
	for _, e := range m.Entries() {
		switch e.(type) {
		case *engine.Integer, *engine.Rational:
		default:
			throw("NotImplementedError", "dcalc's Matrix.eigenvals of a 2x2 matrix needs rational entries")
		}
	}
	tr := engine.NewAdd(m.At(0, 0), m.At(1, 1))
	det := engine.NewAdd(engine.NewMul(m.At(0, 0), m.At(1, 1)), engine.Neg(engine.NewMul(m.At(0, 1), m.At(1, 0))))
	if zero(det) {
		// lam**2 - tr*lam: the nonzero root first, then 0 (terms_gcd)
		if !zero(tr) {
			add(tr, 1)
			add(engine.Zero, 1)
		} else {
			add(engine.Zero, 2)
		}
		return out
	}
	lam := engine.NewSymbol("x", engine.Assumptions{})
	p := engine.NewAdd(engine.NewPow(lam, engine.NewInt(2)), engine.Neg(engine.NewMul(tr, lam)), det)
	_, factors, err := engine.FactorList(p)
	if err != nil {
		panic(err)
	}
	if len(factors) > 1 || len(factors) == 1 && !isIntExpr(factors[0].Exp, 1) {
		for _, f := range factors {
			a, b := linearCoeffs(f.Base, lam)
			add(engine.Neg(engine.NewMul(b, engine.NewPow(a, engine.NegOne))), f.Exp.(*engine.Integer).Big().Int64())
		}
		return out
	}
	// an irreducible lam**2 + b*lam + c: roots_quadratic
	b, cc := engine.Neg(tr), det
	if zero(b) {
		root := engine.Sqrt(engine.Neg(cc))
		add(engine.Neg(root), 1)
		add(root, 1)
		return out
	}
	d := engine.NewAdd(engine.NewMul(b, b), engine.NewMul(engine.NewInt(-4), cc))
	B := engine.NewMul(engine.NegOne, b, engine.Half)
	D := engine.FactorTerms(engine.NewMul(engine.Sqrt(d), engine.Half))
	add(engine.NewAdd(B, engine.Neg(D)), 1)
	add(engine.NewAdd(B, D), 1)
	return out
}

func isIntExpr(e engine.Expr, v int64) bool {
	z, ok := e.(*engine.Integer)
	return ok && z.Big().IsInt64() && z.Big().Int64() == v
}

// linearCoeffs returns a and b of a*x + b.
func linearCoeffs(e engine.Expr, x *engine.Symbol) (engine.Expr, engine.Expr) {
	b := engine.SubsPairs(e, [][2]engine.Expr{{x, engine.Zero}})
	a := engine.SubsPairs(engine.NewAdd(e, engine.Neg(b)), [][2]engine.Expr{{x, engine.One}})
	return a, b
}

// factored is factor(e), the root of a 1x1 block over a symbolic domain
// (x**2 + 2*x is x*(x + 2) there; numbers are themselves).
func factored(e engine.Expr) engine.Expr {
	r, err := engine.Factor(e)
	if err != nil {
		panic(err)
	}
	return r
}
