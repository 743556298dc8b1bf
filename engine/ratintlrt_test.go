package engine

import (
	"math/big"
	"math/cmplx"
	"math/rand"
	"testing"
)

// TestRpResultantMatchesSylvester compares the Euclidean resultant with
// the determinant of the Sylvester matrix (Resultant) on random integer
// polynomials, up to sign.
func TestRpResultantMatchesSylvester(t *testing.T) {
	rnd := rand.New(rand.NewSource(3))
	x := NewSymbol("x", Assumptions{})
	randPoly := func(deg int) rpoly {
		p := make(rpoly, deg+1)
		for k := range p {
			p[k] = big.NewRat(int64(rnd.Intn(9)-4), 1)
		}
		p[deg] = big.NewRat(int64(rnd.Intn(4)+1), 1)
		return p
	}
	for range 40 {
		f, g := randPoly(rnd.Intn(5)+1), randPoly(rnd.Intn(4)+1)
		want, err := Resultant(rpExpr(f, x), rpExpr(g, x), x)
		if err != nil {
			t.Fatal(err)
		}
		got := ratFrom(rpResultant(f, g))
		if !Equal(got, want) && !Equal(Neg(got), want) {
			t.Errorf("res(%v, %v) = %s, Sylvester %s", f, g, Str(got), Str(want))
		}
	}
}

// TestCountRealRoots counts distinct real roots of polynomials built
// from known roots.
func TestCountRealRoots(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, c := range []struct {
		p    Expr
		want int
	}{
		{NewAdd(NewPow(x, NewInt(4)), One), 0},
		{NewAdd(NewPow(x, NewInt(4)), NewInt(-2)), 2},
		{NewMul(NewPow(NewAdd(x, NewInt(-1)), NewInt(3)), NewAdd(NewPow(x, Two), NewInt(-3)), NewAdd(NewPow(x, Two), One)), 3},
		{NewMul(x, NewAdd(x, NewInt(2)), NewAdd(NewMul(NewInt(3), x), NewInt(-1)), NewAdd(NewPow(x, NewInt(6)), NewInt(-5))), 5},
		{NewMul(x, NewAdd(NewPow(x, NewInt(6)), NewInt(5))), 1},
	} {
		cs, _ := polyCoeffs(c.p, x)
		p, _ := ratCoeffs(cs)
		if got := countRealRoots(rpTrim(p)); got != c.want {
			t.Errorf("countRealRoots(%s) = %d, want %d", Str(c.p), got, c.want)
		}
	}
}

// TestRatintLRTDifferentiatesBack integrates rational functions whose
// denominators have irreducible factors of degree three to six (SymPy's
// log_to_real route) and checks each answer's derivative against the
// integrand at points other than the ones the route checks itself.
func TestRatintLRTDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	pw := func(k int64) Expr { return NewPow(x, NewInt(k)) }
	for _, f := range []Expr{
		Div(One, NewAdd(pw(4), One)),
		Div(pw(2), NewAdd(pw(4), One)),
		Div(One, NewAdd(pw(6), One)),
		Div(One, NewAdd(pw(3), NewInt(-2))),
		Div(NewAdd(pw(2), One), NewAdd(pw(4), One)),
		Div(One, NewMul(NewAdd(x, One), NewAdd(pw(4), One))),
	} {
		F, ok := ratint(f, x)
		if !ok {
			t.Errorf("ratint(%s) refused", Str(f))
			continue
		}
		for _, p := range []int64{13, -47, 333} {
			checkDerivative(t, F, f, x, big.NewRat(p, 50))
		}
	}
}

// TestRootsQuarticEven checks roots_quartic's even branch: the roots of
// x**4 + b*x**2 + d satisfy it.
func TestRootsQuarticEven(t *testing.T) {
	for _, f := range [][]int64{{1, 0, -36, 0, 1296}, {5, 0, -192, 0, 1024}, {2, 0, 3, 0, 7}} {
		fi := make([]*big.Int, len(f))
		for k, c := range f {
			fi[k] = big.NewInt(c)
		}
		rs, ok := rootsQuarticEven(fi)
		if !ok || len(rs) != 4 {
			t.Fatalf("rootsQuarticEven(%v) = %v, %v", f, rs, ok)
		}
		for _, r := range rs {
			z, _ := evalComplex(r)
			v := complex(0, 0)
			for k := len(f) - 1; k >= 0; k-- {
				v = v*z + complex(float64(f[k]), 0)
			}
			if cmplx.Abs(v) > 1e-6*float64(f[4]) {
				t.Errorf("p(%s) = %v for %v", Str(r), v, f)
			}
		}
	}
}
