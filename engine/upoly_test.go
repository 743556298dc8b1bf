package engine

import (
	"math/big"
	"math/rand"
	"testing"
)

func randUpoly(r *rand.Rand, deg int, bits int64) upoly {
	f := make(upoly, deg+1)
	for i := range f {
		f[i] = big.NewInt(r.Int63n(2*bits+1) - bits)
	}
	if f[deg].Sign() == 0 {
		f[deg].SetInt64(1)
	}
	return upTrim(f)
}

// TestHeuGCDAgreesWithPRS: the heuristic gcd, whenever it answers, is
// the primitive PRS gcd (products of random polynomials sharing a random
// factor, large and small coefficients, up to degree 60).
func TestHeuGCDAgreesWithPRS(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	answered := 0
	for i := 0; i < 200; i++ {
		bits := []int64{3, 1000, 1 << 40}[i%3]
		g := randUpoly(r, r.Intn(8), bits)
		f := upMul(g, randUpoly(r, 1+r.Intn(30), bits))
		h := upMul(g, randUpoly(r, 1+r.Intn(30), bits))
		if i%5 == 0 {
			f = upMul(f, f) // repeated factors
		}
		a, b := upPrimitive(f), upPrimitive(h)
		want := primitivePRS(a, b)
		got, ok := upHeuGCD(a, b)
		if !ok {
			continue
		}
		answered++
		if len(got) != len(want) {
			t.Fatalf("heuristic gcd of degree %d, PRS gcd of degree %d", got.deg(), want.deg())
		}
		for k := range got {
			if got[k].Cmp(want[k]) != 0 {
				t.Fatalf("heuristic gcd %v, PRS gcd %v", got, want)
			}
		}
	}
	if answered < 150 {
		t.Errorf("the heuristic answered %d of 200", answered)
	}
}

// primitivePRS is upGCD without the heuristic.
func primitivePRS(a, b upoly) upoly {
	if len(a) < len(b) {
		a, b = b, a
	}
	for len(b) > 0 {
		a, b = b, upPrimitive(upPseudoRem(a, b))
	}
	return upPrimitive(a)
}

// TestFactorBySquareFreeParts: powers of products of bivariate
// polynomials factor (through their square-free parts) into factors that
// multiply back, with the multiplicities of the construction.
func TestFactorBySquareFreeParts(t *testing.T) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	a := NewAdd(NewPow(x, Two), NewMul(NewInt(-3), x, y), NewMul(Two, y), NewInt(5))
	b := NewAdd(x, NewPow(y, Two), NewInt(-7))
	c := NewAdd(NewMul(x, y), One)
	for _, k := range [][3]int64{{3, 2, 1}, {1, 4, 2}, {5, 5, 0}, {2, 0, 3}} {
		f := Expand(NewMul(NewPow(a, NewInt(k[0])), NewPow(b, NewInt(k[1])), NewPow(c, NewInt(k[2]))))
		fs, err := Factor(f)
		if err != nil {
			t.Fatal(err)
		}
		want := NewMul(NewPow(a, NewInt(k[0])), NewPow(b, NewInt(k[1])), NewPow(c, NewInt(k[2])))
		if !Equal(Expand(fs), f) || !Equal(fs, want) {
			t.Errorf("factor(%v) = %s, want %s", k, Str(fs), Str(want))
		}
	}
}
