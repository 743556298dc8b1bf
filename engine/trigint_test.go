package engine

import (
	"math/big"
	"testing"
)

// TestTrigIntegrateDifferentiatesBack checks that trigintegrate's answer
// for sin(a*x)**n*cos(a*x)**m differentiates back to the integrand.
func TestTrigIntegrateDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, a := range []Expr{One, Two, NewRational(big.NewInt(1), big.NewInt(3))} {
		u := NewMul(a, x)
		for n := int64(0); n <= 6; n++ {
			for m := int64(0); m <= 6; m++ {
				if n+m == 0 {
					continue
				}
				f := NewMul(NewPow(fnSin.call(u), NewInt(n)), NewPow(fnCos.call(u), NewInt(m)))
				F, ok := trigIntegrate(f, x)
				if !ok {
					t.Fatalf("%s: not integrated", f)
				}
				checkAntiderivative(t, f, F, x, "0.37", "2.9")
			}
		}
	}
}

// TestPolyHyperbolicDifferentiatesBack: the by-parts antiderivatives of
// a polynomial times sinh or cosh of a linear argument differentiate
// back to the integrand.
func TestPolyHyperbolicDifferentiatesBack(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	P := NewAdd(NewPow(x, NewInt(3)), NewMul(NewInt(-2), x), NewInt(5))
	for _, u := range []Expr{x, NewAdd(NewMul(Two, x), One), NewMul(NewRational(big.NewInt(-1), big.NewInt(3)), x)} {
		a, _, _ := linearIn(u, x)
		for _, fn := range []*FuncDef{fnSinh, fnCosh} {
			f := NewMul(P, fn.call(u))
			checkAntiderivative(t, f, Expand(polyHyperbolic(P, fn, u, a, x)), x, "0.37", "-1.9")
		}
	}
}
