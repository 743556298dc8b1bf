package engine

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestMpGCDAgainstFactor compares the remainder-sequence gcd with the
// gcd read off both factorisations, on random products sharing factors.
func TestMpGCDAgainstFactor(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	const n = 3
	randPoly := func() mpoly {
		var f mpoly
		for range 1 + r.Intn(3) {
			e := []int{r.Intn(3), r.Intn(2), r.Intn(2)}
			f = append(f, mterm{e, big.NewInt(int64(r.Intn(7) - 3))})
		}
		f = mpCombine(f)
		f.sort()
		return f
	}
	checked := 0
	for trial := 0; trial < 150; trial++ {
		common := randPoly()
		a, b := mpMul(common, randPoly()), mpMul(common, randPoly())
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		got := mpGCDPrs(a, b, n)
		want, err := mpGCDFactor(a, b, n)
		if err != nil {
			continue // factoring gave up: nothing to compare
		}
		checked++
		if !mpEqual(got, want) {
			t.Errorf("gcd(%v, %v) = %v, factorisations give %v", a, b, got, want)
		}
	}
	if checked < 100 {
		t.Errorf("only %d compared", checked)
	}
}
