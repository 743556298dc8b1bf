package engine

import (
	"math/big"
	"testing"
)

// TestPerfectPower checks that perfectPower finds the maximal exponent:
// b**k itself when b is not a power, and 4**3 as 2**6.
func TestPerfectPower(t *testing.T) {
	for _, c := range []struct{ b, k, wantB, wantK int64 }{
		{2, 12, 2, 12}, {3, 7, 3, 7}, {6, 6, 6, 6}, {10, 9, 10, 9}, {7, 1, 7, 1},
		{12, 10, 12, 10}, {1000003, 4, 1000003, 4}, {4, 3, 2, 6}, {1000003 * 1000033, 3, 1000003 * 1000033, 3},
	} {
		n := new(big.Int).Exp(big.NewInt(c.b), big.NewInt(c.k), nil)
		b, k := perfectPower(n)
		if b.Cmp(big.NewInt(c.wantB)) != 0 || k != c.wantK {
			t.Errorf("perfectPower(%d**%d) = %v**%d, want %d**%d", c.b, c.k, b, k, c.wantB, c.wantK)
		}
	}
}
