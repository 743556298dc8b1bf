package session

import (
	"math"
	"math/rand"
	"testing"

	"github.com/dcalc/dcalc/engine/mpf"
)

// TestFastLog checks the double-double logarithm against the 128-bit
// evaluation rounded once, on random doubles over the whole positive
// normal range, near 1 and in (0, 1) where the Gaussian draws take it:
// every answer it gives must be the correctly rounded one, and it must
// decide nearly all of them.
func TestFastLog(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	decided, n := 0, 0
	check := func(x float64) {
		n++
		want := mpf.Log(mpf.FromFloat64(x, 53), libmPrec).ToFloat64()
		if got, ok := fastLog(x); ok {
			decided++
			if got != want {
				t.Fatalf("fastLog(%v) = %v, want %v", x, got, want)
			}
		}
	}
	for range 20000 {
		check(math.Ldexp(1+r.Float64(), r.Intn(2000)-1000))
		check(1 + (r.Float64()-0.5)*1e-6)
		check(r.Float64())
	}
	for _, x := range []float64{1, 2, 0.5, math.E, 10, 1e300, 0x1p-1000, math.Nextafter(1, 2), math.Nextafter(1, 0)} {
		check(x)
	}
	if decided < n*99/100 {
		t.Errorf("fastLog decided %d of %d", decided, n)
	}
}

// BenchmarkLibmLog is the correctly rounded log of values in (0, 1), as
// the polar method's Gaussian draws take it.
func BenchmarkLibmLog(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = r.Float64()
	}
	for i := 0; b.Loop(); i++ {
		libmLog(xs[i%len(xs)])
	}
}
