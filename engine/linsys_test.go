package engine

import (
	"math/rand"
	"testing"
)

// TestLinearFieldSelfCheck solves random linear systems with symbolic
// coefficients and checks the solutions: each equation, with the
// solution substituted, cancels to zero, and at random rational values
// of the parameters the symbolic solution equals the solution of the
// numeric system (solved by the rational path).
func TestLinearFieldSelfCheck(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	params := []*Symbol{NewSymbol("a", Assumptions{}), NewSymbol("b", Assumptions{}), NewSymbol("k", Assumptions{})}
	xs := []*Symbol{NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{}), NewSymbol("z", Assumptions{})}
	coef := func() Expr {
		p := params[r.Intn(len(params))]
		switch r.Intn(4) {
		case 0:
			return NewInt(int64(r.Intn(7) - 3))
		case 1:
			return NewAdd(NewMul(NewInt(int64(r.Intn(5)-2)), p), NewInt(int64(r.Intn(5)-2)))
		case 2:
			return NewMul(p, params[r.Intn(len(params))])
		}
		return Div(NewInt(int64(r.Intn(3)+1)), p)
	}
	solved := 0
	for trial := 0; trial < 60; trial++ {
		n := 2 + r.Intn(2)
		var eqs []Expr
		for range n {
			ts := []Expr{coef()}
			for _, x := range xs[:n] {
				ts = append(ts, NewMul(coef(), x))
			}
			eqs = append(eqs, NewAdd(ts...))
		}
		sol, ok, err := SolveLinear(eqs, xs[:n])
		if err != nil || !ok {
			t.Logf("%v: %v %v", eqs, ok, err)
			continue
		}
		solved++
		for _, e := range eqs {
			v, err := Cancel(SubsPairs(e, sol))
			if err != nil || !Equal(v, Zero) {
				t.Errorf("%v with %v: %v (%v)", e, sol, v, err)
			}
		}
		// at a + 1/3, b = 2/5, k = -7/4 the numeric system agrees
		vals := [][2]Expr{{params[0], NewRational(bigInt(1), bigInt(3))}, {params[1], NewRational(bigInt(2), bigInt(5))}, {params[2], NewRational(bigInt(-7), bigInt(4))}}
		var neqs []Expr
		for _, e := range eqs {
			neqs = append(neqs, SubsPairs(e, vals))
		}
		nsol, nok, err := SolveLinear(neqs, xs[:n])
		if err != nil || !nok || len(nsol) != len(sol) {
			t.Errorf("numeric system %v: %v %v %v", neqs, nsol, nok, err)
			continue
		}
		for i := range sol {
			if got := Expand(SubsPairs(sol[i][1], vals)); !Equal(sol[i][0], nsol[i][0]) || !Equal(got, Expand(nsol[i][1])) {
				t.Errorf("%v: %v at the point is %v, numeric solution %v", eqs, sol[i], got, nsol[i])
			}
		}
	}
	if solved < 40 {
		t.Errorf("only %d of 60 systems solved", solved)
	}
}
