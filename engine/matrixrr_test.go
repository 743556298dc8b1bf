package engine

import (
	"math"
	"slices"
	"testing"
)

// TestInvRR checks the RR inverse against M*M⁻¹ = I, its exact zeros
// (Integer 0, as SymPy's sparse to_Matrix leaves them), a singular
// matrix and the matrices it leaves to other routes.
func TestInvRR(t *testing.T) {
	f := func(v float64) Expr { return NewFloat(v, 53) }
	m, _ := NewMatrix([][]Expr{{f(0.1), f(0.2), f(0.3)}, {f(0.4), f(0.5), f(0.6)}, {f(0.7), f(0.8), One}})
	inv, ok, err := InvRR(m)
	if !ok || err != nil {
		t.Fatalf("InvRR = %v, %v", ok, err)
	}
	for i := range 3 {
		for j := range 3 {
			s := 0.0
			for k := range 3 {
				a, _ := evalComplex(m.At(i, k))
				b, _ := evalComplex(inv.At(k, j))
				s += real(a) * real(b)
			}
			if want := map[bool]float64{true: 1, false: 0}[i == j]; math.Abs(s-want) > 1e-12 {
				t.Errorf("(M*inv)[%d][%d] = %v", i, j, s)
			}
		}
	}
	swap, _ := NewMatrix([][]Expr{{Zero, f(1)}, {f(1), Zero}})
	if inv, _, _ := InvRR(swap); inv.At(0, 0) != Zero || inv.At(0, 1).(*Float).Float64() != 1 {
		t.Errorf("InvRR(swap) = %v", inv)
	}
	sing, _ := NewMatrix([][]Expr{{f(0.1), f(0.2)}, {f(0.2), f(0.4)}})
	if _, ok, err := InvRR(sing); !ok || err == nil {
		t.Errorf("InvRR(singular) = %v, %v; want NonInvertibleMatrixError", ok, err)
	}
	x := NewSymbol("x", Assumptions{})
	for _, rows := range [][][]Expr{{{One, Two}, {Two, One}}, {{x, f(1)}, {One, One}}} {
		m, _ := NewMatrix(rows)
		if _, ok, _ := InvRR(m); ok {
			t.Errorf("InvRR took %v", rows)
		}
	}
}

// TestLinsolveRR checks linsolve over RR: a square system's values
// against the equations, an underdetermined one's free unknown times 1.0,
// an inconsistent one, and systems it leaves to the exact solvers.
func TestLinsolveRR(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	f := func(v float64) Expr { return NewFloat(v, 53) }
	eqs := []Expr{NewAdd(NewMul(f(0.5), x), NewMul(f(0.25), y), NewInt(-1)), NewAdd(NewMul(f(0.1), x), Neg(y), Two)}
	vals, ok, handled := linsolveRR(eqs, []*Symbol{x, y})
	if !handled || !ok {
		t.Fatalf("linsolveRR = %v, %v", ok, handled)
	}
	for _, e := range eqs {
		v, _ := evalComplex(SubsPairs(e, [][2]Expr{{x, vals[0]}, {y, vals[1]}}))
		if math.Abs(real(v)) > 1e-12 {
			t.Errorf("residual %v of %s at %v", v, Str(e), vals)
		}
	}
	under := []Expr{NewAdd(NewMul(f(0.5), x), NewMul(f(0.5), y), NewInt(-1)), NewAdd(x, y, NewInt(-2))}
	vals, ok, _ = linsolveRR(under, []*Symbol{x, y})
	if !ok || Str(vals[0]) != "2.0 - 1.0*y" || Str(vals[1]) != "1.0*y" {
		t.Errorf("underdetermined: %v", vals)
	}
	bad := []Expr{NewAdd(NewMul(f(0.5), x), NewMul(f(0.5), y), NewInt(-1)), NewAdd(x, y, NewInt(-3))}
	if _, ok, handled := linsolveRR(bad, []*Symbol{x, y}); !handled || ok {
		t.Errorf("inconsistent system: ok %v, handled %v", ok, handled)
	}
	for _, sys := range [][]Expr{
		{NewAdd(x, y, NewInt(-1)), NewAdd(x, Neg(y))},                // no Float
		{NewAdd(NewMul(f(0.5), x), NewMul(y, y)), NewAdd(x, Neg(y))}, // not linear
	} {
		if _, _, handled := linsolveRR(sys, []*Symbol{x, y}); handled {
			t.Errorf("linsolveRR took %v", sys)
		}
	}
}

// TestSolveSetFloatPoly checks solveset of a polynomial with Float
// coefficients: its roots satisfy it, the complex ones are left out over
// the reals, and a zero root is the integer 0.
func TestSolveSetFloatPoly(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := func(v float64) Expr { return NewFloat(v, 53) }
	p := NewAdd(NewMul(f(1.5), NewPow(x, NewInt(3))), Neg(x))
	rs, _, err := SolveSetRational(p, x, false)
	if err != nil || len(rs) != 3 {
		t.Fatalf("SolveSetRational(%s) = %v, %v", Str(p), rs, err)
	}
	for _, r := range rs {
		v, _ := evalComplex(SubsPairs(p, [][2]Expr{{x, r}}))
		if math.Abs(real(v)) > 1e-12 {
			t.Errorf("p(%s) = %v", Str(r), v)
		}
	}
	if !slices.ContainsFunc(rs, func(r Expr) bool { return r == Zero }) {
		t.Errorf("no integer 0 among %v", rs)
	}
	q := NewAdd(NewPow(x, Two), NewMul(f(0.3), x), One)
	if rs, _, err := SolveSetRational(q, x, true); err != nil || len(rs) != 0 {
		t.Errorf("SolveSetRational(%s, reals) = %v, %v", Str(q), rs, err)
	}
}

// TestRowReduceNum checks SymPy's generic row reduction on Floats: the
// reduced form of an invertible matrix is the identity of Integers (its
// eliminated entries exact zeros, its pivots set to one), and Solve's
// answer satisfies the system.
func TestRowReduceNum(t *testing.T) {
	f := func(v float64) Expr { return NewFloat(v, 53) }
	m, _ := NewMatrix([][]Expr{{f(1), f(2)}, {f(3), f(4)}})
	red, pivots, err := m.Rref()
	if err != nil || len(pivots) != 2 {
		t.Fatalf("Rref = %v, %v, %v", red, pivots, err)
	}
	for i := range 2 {
		for j := range 2 {
			want := int64(0)
			if i == j {
				want = 1
			}
			if _, isInt := red.At(i, j).(*Integer); !isInt || !isInt64(red.At(i, j), want) {
				t.Errorf("rref[%d][%d] = %s", i, j, Str(red.At(i, j)))
			}
		}
	}
	a, _ := NewMatrix([][]Expr{{f(1.5), Two, f(0.5)}, {Zero, One, Two}, {One, Zero, f(3.5)}})
	b, _ := NewMatrix([][]Expr{{One}, {Two}, {NewInt(3)}})
	sol, status, err := a.Solve(b)
	if err != nil || status != SolveUnique {
		t.Fatalf("Solve = %v, %v", status, err)
	}
	for i := range 3 {
		s := 0.0
		for k := range 3 {
			x, _ := evalComplex(a.At(i, k))
			y, _ := evalComplex(sol.At(k, 0))
			s += real(x) * real(y)
		}
		want, _ := evalComplex(b.At(i, 0))
		if math.Abs(s-real(want)) > 1e-12 {
			t.Errorf("row %d: %v, want %v", i, s, want)
		}
	}
}

func isInt64(e Expr, v int64) bool { return Equal(e, NewInt(v)) }
