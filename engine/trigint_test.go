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
