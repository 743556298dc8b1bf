package engine

import (
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
