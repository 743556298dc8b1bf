package engine

import (
	"math"
	"math/big"
	"math/cmplx"
	"testing"
)

// TestSolveAnglesSolutionsVanish: the solutions of equations whose
// angles solve() expands (TR10, TR11) and of products solved factor by
// factor each make the equation zero, and a product's solutions include
// every factor's own.
func TestSolveAnglesSolutionsVanish(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, src := range []string{
		"sin(2*x) - cos(x)",
		"sin(2*x)*(cos(x) - 1)",
		"cos(2*x) + sin(x)",
		"2*cos(x) + 2*cos(2*x)",
		"sin(2*x)*sin(3*x)",
	} {
		f := Xreplace(mustParse(src), [][2]Expr{{NewSymbol("x", Assumptions{}), x}})
		sols, err := Solve(f, x)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if len(sols) == 0 {
			t.Errorf("%s: no solutions", src)
		}
		for _, s := range sols {
			v, ok := ToComplex(mustEvalf(SubsPairs(f, [][2]Expr{{x, s}})))
			if !ok || cmplx.Abs(v) > 1e-12 {
				t.Errorf("%s: %s gives %v", src, Str(s), v)
			}
		}
		if m, ok := f.(*Mul); ok {
			for _, fa := range m.args {
				own, err := Solve(fa, x)
				if err != nil {
					t.Errorf("%s: factor %s: %v", src, Str(fa), err)
				}
				for _, s := range own {
					if !containsExpr(sols, s) {
						t.Errorf("%s: factor %s's solution %s missing from %v", src, Str(fa), Str(s), sols)
					}
				}
			}
		}
	}
}

// TestSolvePowerBaseTerminates: a power of an integer base with a
// constant taken out of its exponent (4**(x - 1) = 4**x/4) is refused;
// factoring it only took the constant out again, and solve recursed
// until the stack overflowed.
func TestSolvePowerBaseTerminates(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, src := range []string{"4**(x - 1) - 5", "3**(x - 1) - 2**x", "2**(x - 1) - 3**(x + 1)"} {
		f := Xreplace(mustParse(src), [][2]Expr{{NewSymbol("x", Assumptions{}), x}})
		if _, err := Solve(f, x); !isNotImplementedError(err) {
			t.Errorf("%s: %v, want NotImplementedError", src, err)
		}
	}
}

func isNotImplementedError(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Type == "NotImplementedError"
}

// TestPolyInequalityMatchesSigns: the intervals where a polynomial is
// positive contain exactly the grid points where it is, or the
// inequality is refused. x**3 - 3*x + 1 (three real roots that Cardano's
// formula writes with I) was positive everywhere for dcalc.
func TestPolyInequalityMatchesSigns(t *testing.T) {
	r := func(v int64) *big.Rat { return big.NewRat(v, 1) }
	for _, p := range [][]*big.Rat{
		{r(1), r(-3), r(0), r(1)},        // x**3 - 3*x + 1
		{r(2), r(-3), r(0), r(1)},        // x**3 - 3*x + 2
		{r(4), r(0), r(-5), r(0), r(1)},  // x**4 - 5*x**2 + 4
		{r(-2), r(0), r(0), r(1)},        // x**3 - 2
		{r(1), r(-10), r(0), r(0), r(1)}, // x**4 - 10*x + 1
		{r(-1), r(0), r(6), r(0), r(-9)}, // -9*x**4 + 6*x**2 - 1
		{r(1), r(0), r(-4), r(0), r(1)},  // x**4 - 4*x**2 + 1
		{r(3), r(-1), r(-7), r(2), r(1)}, // x**4 + 2*x**3 - 7*x**2 - x + 3
	} {
		var ivs []ival
		err := func() (err error) {
			defer recoverTo(&err)
			ivs = solvePolyInequality(p, ">")
			return nil
		}()
		if err != nil {
			if !isNotImplementedError(err) {
				t.Errorf("%v: %v", p, err)
			}
			continue
		}
		for k := -400; k <= 400; k++ {
			x := float64(k) / 100
			v := 0.0
			for i := len(p) - 1; i >= 0; i-- {
				c, _ := p[i].Float64()
				v = v*x + c
			}
			if math.Abs(v) < 1e-9 {
				continue
			}
			in := false
			for _, iv := range ivs {
				lo, _ := ToComplex(mustEvalf(iv.lo))
				hi, _ := ToComplex(mustEvalf(iv.hi))
				if iv.lo == NegOo {
					lo = complex(math.Inf(-1), 0)
				}
				if iv.hi == Oo {
					hi = complex(math.Inf(1), 0)
				}
				in = in || real(lo) < x && x < real(hi)
			}
			if in != (v > 0) {
				t.Errorf("%v at %v: value %v, in the solution %v", p, x, v, in)
				break
			}
		}
	}
}
