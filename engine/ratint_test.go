package engine

import (
	"math/big"
	"math/cmplx"
	"math/rand"
	"testing"
)

// TestRatintDifferentiatesBack integrates random rational functions
// (products of linear and quadratic factors, some repeated, over random
// numerators) and checks that each antiderivative differentiates back to
// the integrand at sample points.
func TestRatintDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	r := rand.New(rand.NewSource(12))
	small := func(lo, hi int) Expr { return NewInt(int64(lo + r.Intn(hi-lo+1))) }
	checked := 0
	for range 120 {
		var num []Expr
		for k := range r.Intn(4) + 1 {
			num = append(num, NewMul(small(-3, 3), NewPow(x, NewInt(int64(k)))))
		}
		var den []Expr
		for range r.Intn(3) + 1 {
			var f Expr
			switch r.Intn(3) {
			case 0:
				f = NewAdd(NewMul(small(1, 3), x), small(-3, 3))
			case 1:
				f = NewAdd(NewPow(x, Two), small(1, 4))
			default:
				f = NewAdd(NewPow(x, Two), NewMul(small(-2, 2), x), small(2, 5))
			}
			den = append(den, NewPow(f, small(1, 3)))
		}
		f := Div(NewAdd(num...), NewMul(den...))
		if isZeroInt(f) {
			continue
		}
		F, rational, ok := integRatFunc(f, x)
		if !rational {
			t.Fatalf("%s: not taken as a rational function", f)
		}
		if !ok {
			continue // refused: a factor of degree > 2 after cancelling
		}
		checkAntiderivative(t, f, F, x, "0.37", "2.9", "-4.1")
		checked++
	}
	if checked < 100 {
		t.Errorf("only %d of 120 integrals answered", checked)
	}
}

// checkAntiderivative checks that F differentiates back to f at the
// sample values of x.
func checkAntiderivative(t *testing.T, f, F Expr, x *Symbol, vals ...string) {
	t.Helper()
	d, err := Diff(F, VarCount{Var: x, Count: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		got, ok1 := at(d, x, v)
		want, ok2 := at(f, x, v)
		if !ok1 || !ok2 || cmplx.Abs(got-want) > 1e-9*(1+cmplx.Abs(want)) {
			t.Errorf("integrate(%s) = %s: its derivative at %s is %v, the integrand %v", f, F, v, got, want)
		}
	}
}

// TestSolveRatSystem checks the elimination on a system with one
// solution, one without and one with many.
func TestSolveRatSystem(t *testing.T) {
	rat := func(rows ...[]int64) [][]*big.Rat {
		out := make([][]*big.Rat, len(rows))
		for i, row := range rows {
			for _, v := range row {
				out[i] = append(out[i], big.NewRat(v, 1))
			}
		}
		return out
	}
	sol, ok := solveRatSystem(rat([]int64{2, 1, 5}, []int64{1, -1, 1}), 2)
	if !ok || sol[0].Cmp(big.NewRat(2, 1)) != 0 || sol[1].Cmp(big.NewRat(1, 1)) != 0 {
		t.Errorf("2a + b = 5, a - b = 1: got %v %v", sol, ok)
	}
	if _, ok := solveRatSystem(rat([]int64{1, 1, 1}, []int64{1, 1, 2}), 2); ok {
		t.Error("an inconsistent system was solved")
	}
	if _, ok := solveRatSystem(rat([]int64{1, 1, 1}, []int64{2, 2, 2}), 2); ok {
		t.Error("a system with many solutions was solved")
	}
}

// TestQuadParamDifferentiatesBack checks c/(a*x**2 + e) with positive
// parameters: the antiderivative differentiates back to the integrand
// at sample values of x and of the parameters.
func TestQuadParamDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	k := NewSymbol("k", Assumptions{Positive: true})
	m := NewSymbol("m", Assumptions{Positive: true})
	cases := [][3]Expr{ // c, a, e
		{One, One, NewPow(k, Two)}, {Two, One, k}, {One, NewPow(k, Two), One},
		{One, One, Neg(NewPow(k, Two))}, {m, NewMul(NewInt(2), k), NewInt(3)}, {One, k, Neg(m)},
	}
	for _, cs := range cases {
		f := Div(cs[0], NewAdd(NewMul(cs[1], NewPow(x, Two)), cs[2]))
		F, ok := integQuadParam(f, x)
		if !ok {
			t.Fatalf("%s: not integrated", f)
		}
		d, err := Diff(F, VarCount{Var: x, Count: 1})
		if err != nil {
			t.Fatal(err)
		}
		at := func(e Expr) complex128 {
			v, _ := evalComplex(SubsPairs(e, [][2]Expr{{x, NewRational(big.NewInt(7), big.NewInt(3))}, {k, NewRational(big.NewInt(3), big.NewInt(2))}, {m, NewRational(big.NewInt(5), big.NewInt(4))}}))
			return v
		}
		if got, want := at(d), at(f); cmplx.Abs(got-want) > 1e-9*(1+cmplx.Abs(want)) {
			t.Errorf("integrate(%s) = %s: derivative %v, integrand %v", f, F, got, want)
		}
	}
}

// TestSumExpSeriesValues compares each closed form of sumExpSeries with
// a partial sum of 40 terms at x = 7/10.
func TestSumExpSeriesValues(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	n := NewSymbol("n", Assumptions{Integer: true, Nonnegative: true})
	fact := func(e Expr) Expr { return NewPow(fnFactorial.call(e), NegOne) }
	two := func(c int64) Expr { return NewAdd(NewMul(Two, n), NewInt(c)) }
	terms := []Expr{
		NewMul(NewPow(x, n), fact(n)),
		NewMul(NewInt(3), NewPow(x, NewAdd(n, One)), fact(n)),
		NewMul(NewPow(NegOne, n), NewPow(x, two(1)), fact(two(1))),
		NewMul(NewPow(NegOne, n), NewPow(x, two(0)), fact(two(0))),
		NewMul(NewPow(x, two(1)), fact(two(1))),
		NewMul(NewPow(x, two(0)), fact(two(0))),
		NewMul(NewPow(x, two(1)), fact(two(0))),
	}
	pt := [][2]Expr{{x, NewRational(big.NewInt(7), big.NewInt(10))}}
	for _, f := range terms {
		F, ok := sumExpSeries(Expand(f), n)
		if !ok {
			t.Fatalf("%s: not summed", f)
		}
		want, _ := evalComplex(SubsPairs(F, pt))
		var got complex128
		for j := int64(0); j < 40; j++ {
			v, _ := evalComplex(SubsPairs(SubsPairs(f, [][2]Expr{{n, NewInt(j)}}), pt))
			got += v
		}
		if cmplx.Abs(got-want) > 1e-12 {
			t.Errorf("sum of %s = %s: %v, partial sums %v", f, F, want, got)
		}
	}
}

// TestNoRatRootsIn counts real roots of polynomials of degree 3 and 4 in
// open intervals, finite and infinite, by Sturm's theorem.
func TestNoRatRootsIn(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	cases := []struct {
		p        Expr
		lo, hi   float64
		positive bool
		want     bool
	}{
		{NewAdd(NewPow(x, NewInt(3)), One), 0, 1, true, true},                   // root at -1 only
		{NewAdd(NewPow(x, NewInt(3)), NewInt(-8)), 0, 3, false, false},          // root 2 inside
		{NewAdd(NewPow(x, NewInt(3)), NewInt(-8)), 2, 3, true, true},            // root at the lower end
		{NewAdd(NewPow(x, NewInt(3)), NewInt(-8)), 0, 2, false, true},           // root at the upper end
		{NewAdd(NewPow(x, NewInt(4)), x, One), -1e300, 1e300, true, true},       // no real root
		{NewAdd(NewPow(x, NewInt(4)), NewInt(-1)), -1e300, 1e300, false, false}, // roots at -1 and 1
		{NewAdd(NewPow(x, NewInt(3)), NewInt(-8)), 0, 1, true, false},           // negative there
	}
	for _, c := range cases {
		cs, _ := polyCoeffs(c.p, x)
		if got := noRatRootsIn(cs, c.lo, c.hi, c.positive); got != c.want {
			t.Errorf("noRatRootsIn(%s, %g, %g, %v) = %v, want %v", c.p, c.lo, c.hi, c.positive, got, c.want)
		}
	}
}
