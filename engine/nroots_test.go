package engine

import (
	"math/big"
	"math/cmplx"
	"testing"
)

// TestNRootsAreRoots: nroots gives degree-many values, each making the
// polynomial vanish to the digits asked for, the real ones before the
// complex ones.
func TestNRootsAreRoots(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	for _, cs := range [][]int64{{1, -1, 0, 0, 0, 1}, {-7, 1, 0, 0, 0, -3, 1}, {2, 0, -5, 1}, {1, 0, 1}, {0, 3, -2, 1}} {
		rc := make([]*big.Rat, len(cs))
		for i, c := range cs {
			rc[i] = big.NewRat(c, 1)
		}
		rs, err := NRoots(rc, 15)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != len(cs)-1 {
			t.Errorf("%v: %d roots", cs, len(rs))
		}
		p := rpExpr(rc, x)
		seenComplex := false
		for _, r := range rs {
			v, ok := ToComplex(mustEvalf(SubsPairs(p, [][2]Expr{{x, r}})))
			if !ok || cmplx.Abs(v) > 1e-12 {
				t.Errorf("%v: p(%s) = %v", cs, Str(r), v)
			}
			z, _ := ToComplex(mustEvalf(r))
			if imag(z) != 0 {
				seenComplex = true
			} else if seenComplex {
				t.Errorf("%v: a real root %s after a complex one", cs, Str(r))
			}
		}
	}
}
