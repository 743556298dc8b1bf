package engine

import "testing"

// polyDiff differentiates polynomials (sums and products of powers with
// integer exponents) with respect to the symbol v; it stands in for the
// real diff so that these tests do not depend on it.
func polyDiff(e, v Expr) (Expr, error) {
	switch x := e.(type) {
	case *Symbol:
		if Equal(x, v) {
			return One, nil
		}
		return Zero, nil
	case *Add:
		ds := make([]Expr, len(x.args))
		for i, a := range x.args {
			ds[i], _ = polyDiff(a, v)
		}
		return NewAdd(ds...), nil
	case *Mul:
		var terms []Expr
		for i := range x.args {
			fs := append([]Expr(nil), x.args...)
			fs[i], _ = polyDiff(x.args[i], v)
			terms = append(terms, NewMul(fs...))
		}
		return NewAdd(terms...), nil
	case *Pow:
		d, _ := polyDiff(x.args[0], v)
		return NewMul(x.args[1], NewPow(x.args[0], Sub(x.args[1], One)), d), nil
	}
	return Zero, nil
}

func TestMatrix(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	z := NewSymbol("z", Assumptions{})
	n := func(v int64) Expr { return NewInt(v) }
	mat := func(rows ...[]Expr) *Matrix {
		m, err := NewMatrix(rows)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	r := func(es ...Expr) []Expr { return es }
	must := func(m *Matrix, err error) *Matrix {
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	M := mat(r(n(1), n(2)), r(n(3), n(4)))
	N := mat(r(x, y), r(y, x))
	sq := func(e Expr) Expr { return NewPow(e, n(2)) }
	cu := func(e Expr) Expr { return NewPow(e, n(3)) }
	tests := []struct {
		m    *Matrix
		want string // str(...) from SymPy 1.14
	}{
		{M, "Matrix([[1, 2], [3, 4]])"},
		{M.T(), "Matrix([[1, 3], [2, 4]])"},
		{must(M.Mul(M)), "Matrix([[7, 10], [15, 22]])"},
		{must(M.Add(N)), "Matrix([[x + 1, y + 2], [y + 3, x + 4]])"},
		{must(M.Sub(N)), "Matrix([[1 - x, 2 - y], [3 - y, 4 - x]])"},
		{M.Scale(n(2)), "Matrix([[2, 4], [6, 8]])"},
		{N.ScaleRight(x), "Matrix([[x**2, x*y], [x*y, x**2]])"},
		{must(M.Mul(N)), "Matrix([[x + 2*y, 2*x + y], [3*x + 4*y, 4*x + 3*y]])"},
		{must(NewColumn(r(x, y)).T().Mul(NewColumn(r(x, y)))), "Matrix([[x**2 + y**2]])"},
		{NewColumn(r(x, y)), "Matrix([[x], [y]])"},
		{mat(r(n(1), n(2), n(3))), "Matrix([[1, 2, 3]])"},
		{mat(), "Matrix(0, 0, [])"},
		{ZeroMatrix(0, 3), "Matrix(0, 3, [])"},
		{mat(r(NewFloat(0.5, 53), x), r(Half, Neg(x))), "Matrix([[0.500000000000000, x], [1/2, -x]])"},
		{NewColumn(r(sq(x), y)).Row(0), "Matrix([[x**2]])"},
		{M.Col(1), "Matrix([[2], [4]])"},
		{must(NewColumn(r(NewAdd(NewMul(sq(x), y), cu(y)), NewMul(x, y), NewAdd(NewMul(n(3), x), z))).Jacobian(r(x, y, z), polyDiff)),
			"Matrix([[2*x*y, x**2 + 3*y**2, 0], [y, x, 0], [3, 0, 1]])"},
		{must(mat(r(NewMul(sq(x), y), NewAdd(x, y))).Jacobian(r(x, y), polyDiff)), "Matrix([[2*x*y, x**2], [1, 1]])"},
		{must(Hessian(NewAdd(NewMul(cu(x), sq(y)), NewMul(x, y)), r(x, y), nil, polyDiff)),
			"Matrix([[6*x*y**2, 6*x**2*y + 1], [6*x**2*y + 1, 2*x**3]])"},
		{must(Hessian(NewMul(sq(x), y, z), r(x, y, z), nil, polyDiff)),
			"Matrix([[2*y*z, 2*x*z, 2*x*y], [2*x*z, 0, x**2], [2*x*y, x**2, 0]])"},
	}
	for i, tt := range tests {
		if got := tt.m.Str(); got != tt.want {
			t.Errorf("%d: Str = %q, want %q", i, got, tt.want)
		}
	}
	for _, tt := range []struct {
		m    *Matrix
		want string // str(M.det()) from SymPy 1.14
	}{
		{N, "x**2 - y**2"},
		{M, "-2"},
	} {
		d, err := tt.m.Det(nil)
		if err != nil || Str(d) != tt.want {
			t.Errorf("Det(%v) = %v, %v; want %q", tt.m, d, err, tt.want)
		}
	}
	if _, err := N.Jacobian(r(x), polyDiff); err == nil || err.Error() != "TypeError: ``self`` must be a row or a column matrix" {
		t.Errorf("Jacobian of a 2×2 matrix: error %v", err)
	}
	if _, err := M.Mul(NewColumn(r(x, y, z))); err == nil {
		t.Errorf("Mul with mismatched shapes: no error")
	}
}
