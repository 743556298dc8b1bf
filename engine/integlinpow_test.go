package engine

import (
	"math/big"
	"math/cmplx"
	"testing"
)

// TestIntegLinearPowerDifferentiatesBack checks the antiderivatives of
// c*x**n*(a*x + b)**r against their integrands numerically, on the side
// of -b/a where the square root is real and, for the Piecewise, through
// its first branch on the other side.
func TestIntegLinearPowerDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, c := range []struct {
		n    int64
		a, b int64
		r    *big.Rat
		at   int64 // the point, in hundredths
	}{
		{1, 1, 1, big.NewRat(1, 2), 70},
		{3, 2, 3, big.NewRat(-1, 3), 130},
		{2, 5, 5, big.NewRat(5, 2), 40},
		{4, 3, 7, big.NewRat(-3, 4), 210},
		{1, 1, -1, big.NewRat(1, 2), 300},
		{2, -2, 3, big.NewRat(-1, 2), 50},
		{2, -2, 3, big.NewRat(-1, 2), 250},
	} {
		base := NewAdd(NewMul(NewInt(c.a), x), NewInt(c.b))
		f := NewMul(NewInt(3), NewPow(x, NewInt(c.n)), NewPow(base, ratFrom(c.r)))
		F, ok := integLinearPower(f, x)
		if !ok {
			t.Errorf("integLinearPower(%s) refused", Str(f))
			continue
		}
		checkDerivative(t, F, f, x, big.NewRat(c.at, 100))
	}
	// outside the shape
	for _, f := range []Expr{
		NewMul(x, NewPow(NewAdd(x, One), NewInt(2))),                                // integer power
		NewMul(x, NewPow(NewAdd(x, One), big2Rat(-3, 2))),                           // r <= -1
		NewMul(x, NewPow(NewAdd(NewMul(NewInt(-1), x), NewInt(-1)), big2Rat(1, 2))), // a, b < 0
		NewMul(x, NewPow(NewAdd(x, NewInt(-1)), big2Rat(1, 3))),                     // cube root, b < 0
	} {
		if F, ok := integLinearPower(f, x); ok {
			t.Errorf("integLinearPower(%s) = %s, want a refusal", Str(f), Str(F))
		}
	}
}

func big2Rat(p, q int64) Expr { return ratFrom(big.NewRat(p, q)) }

// checkDerivative reports an error unless F' = f at the point p
// (numerically; a Piecewise by the branch whose condition holds there).
func checkDerivative(t *testing.T, F, f Expr, x *Symbol, p *big.Rat) {
	t.Helper()
	dF, err := Diff(F, VarCount{x, 1})
	if err != nil {
		t.Fatal(err)
	}
	pt := [][2]Expr{{x, ratFrom(p)}}
	got, ok1 := evalComplex(piecewiseAt(SubsPairs(dF, pt)))
	want, ok2 := evalComplex(SubsPairs(f, pt))
	if !ok1 || !ok2 || cmplx.Abs(got-want) > 1e-9*(1+cmplx.Abs(want)) {
		t.Errorf("d/dx %s at %s = %v, integrand %v", Str(F), p.RatString(), got, want)
	}
}

// piecewiseAt is the value of a Piecewise of numbers: its first branch
// whose condition is true.
func piecewiseAt(e Expr) Expr {
	if !IsPiecewise(e) {
		return e
	}
	for _, p := range PiecewisePairs(e) {
		if p[1] == STrue {
			return p[0]
		}
	}
	return e
}

// TestIntegQuadraticPowerDifferentiatesBack checks x/(b*sqrt(a*x**2 + b))
// and its Piecewise against (a*x**2 + b)**(-3/2) numerically, on both
// sides of sqrt(b) for a = -1.
func TestIntegQuadraticPowerDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, c := range []struct{ a, b, at int64 }{
		{1, 1, 70}, {3, 2, -130}, {5, 9, 400}, {-1, 4, 150}, {-1, 4, 300}, {-1, 1, -250},
	} {
		f := NewMul(NewInt(-3), NewPow(NewAdd(NewMul(NewInt(c.a), NewPow(x, Two)), NewInt(c.b)), big2Rat(-3, 2)))
		F, ok := integQuadraticPower(f, x)
		if !ok {
			t.Errorf("integQuadraticPower(%s) refused", Str(f))
			continue
		}
		checkDerivative(t, F, f, x, big.NewRat(c.at, 100))
	}
	for _, f := range []Expr{
		NewPow(NewAdd(NewMul(Two, NewPow(x, Two)), Two), big2Rat(-3, 2)), // content 2
		NewPow(NewAdd(NewPow(x, Two), NewInt(-1)), big2Rat(-3, 2)),       // b < 0
		NewPow(NewAdd(NewPow(x, Two), One), big2Rat(-5, 2)),              // another power
	} {
		if F, ok := integQuadraticPower(f, x); ok {
			t.Errorf("integQuadraticPower(%s) = %s, want a refusal", Str(f), Str(F))
		}
	}
}
