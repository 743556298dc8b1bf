package ndarray

import (
	"math"
	"testing"
)

// TestZigguratTables re-derives the ziggurat layers from Marsaglia and
// Tsang's recurrence (x[255] = r, x[i-1] = f⁻¹(v/x[i] + f(x[i])), v the
// area of each layer) and checks every table entry against it, to a
// relative 1e-12: the data is the layers it says it is.
func TestZigguratTables(t *testing.T) {
	check := func(name string, ki []uint64, wi, fi []float64, r, v, scale float64, f, finv func(float64) float64) {
		dn, tn := r, r
		q := v / f(dn)
		close := func(what string, i int, got, want float64) {
			if math.Abs(got-want) > 1e-12*math.Abs(want) {
				t.Errorf("%s %s[%d] = %v, recurrence gives %v", name, what, i, got, want)
			}
		}
		close("k", 0, float64(ki[0]), dn/q*scale)
		close("w", 0, wi[0], q/scale)
		close("w", 255, wi[255], dn/scale)
		close("f", 255, fi[255], f(dn))
		if ki[1] != 0 || fi[0] != 1 {
			t.Errorf("%s: k[1] = %d, f[0] = %v; want 0 and 1", name, ki[1], fi[0])
		}
		for i := 254; i >= 1; i-- {
			dn = finv(v/dn + f(dn))
			close("k", i+1, float64(ki[i+1]), dn/tn*scale)
			close("f", i, fi[i], f(dn))
			close("w", i, wi[i], dn/scale)
			tn = dn
		}
	}
	const rn = zigNorR
	vn := rn*math.Exp(-rn*rn/2) + math.Sqrt(math.Pi/2)*math.Erfc(rn/math.Sqrt2)
	check("normal", zigKiNormal[:], zigWiNormal[:], zigFiNormal[:], rn, vn, 0x1p52,
		func(x float64) float64 { return math.Exp(-x * x / 2) },
		func(y float64) float64 { return math.Sqrt(-2 * math.Log(y)) })
	const re = zigExpR
	ve := (re + 1) * math.Exp(-re)
	check("exponential", zigKeExp[:], zigWeExp[:], zigFeExp[:], re, ve, 0x1p53,
		func(x float64) float64 { return math.Exp(-x) },
		func(y float64) float64 { return -math.Log(y) })
}

// TestGeneratorSeeding checks PCG64's seeding against SeedSequence's
// documented property that a seed's words, least significant first, are
// its entropy (so 2**32 + 5 is the words [5, 1]), and that the 32-bit
// draws are the halves of one 64-bit draw, low half first.
func TestGeneratorSeeding(t *testing.T) {
	a, b := NewGenerator([]uint32{5, 1}), NewGenerator([]uint32{5, 1})
	if a.Uint64() != b.Uint64() {
		t.Fatal("equal seeds draw differently")
	}
	v := a.Uint64()
	lo, hi := b.Uint32(), b.Uint32()
	if uint64(lo)|uint64(hi)<<32 != v {
		t.Errorf("Uint32 halves %#x %#x, 64-bit draw %#x", lo, hi, v)
	}
	if NewGenerator([]uint32{5}).Uint64() == NewGenerator([]uint32{5, 1}).Uint64() {
		t.Error("different entropy drew the same")
	}
}
