package ndarray

import (
	"math"
	"testing"
)

// TestMT19937 checks the generator against the reference implementation's
// published output: with init_genrand(5489) the first 32-bit draws are
// 3499211612, 581869302, 3890346734 (mt19937ar.c, Matsumoto and Nishimura).
func TestMT19937(t *testing.T) {
	var r RandomState
	r.Seed(5489)
	for i, want := range []uint32{3499211612, 581869302, 3890346734} {
		if got := r.next32(); got != want {
			t.Errorf("draw %d = %d, want %d", i, got, want)
		}
	}
}

// TestPairwiseSum checks the block structure: below 8 values the sum is
// sequential, so 1e16 + 1 + 1 loses both ones; with 16 values the eight
// accumulators add the ones to each other first.
func TestPairwiseSum(t *testing.T) {
	if got := PairwiseSum([]float64{1e16, 1, 1}); got != 1e16 {
		t.Errorf("sequential sum = %v", got)
	}
	xs := make([]float64, 16)
	xs[0] = 1e16
	for i := 1; i < 16; i++ {
		xs[i] = 1
	}
	// r[0] = 1e16+1 (rounds to 1e16), r[1..7] = 2; ((r0+r1)+(r2+r3)) +
	// ((r4+r5)+(r6+r7)) = (1e16+2+4) + 8 = 1e16+14.
	if got := PairwiseSum(xs); got != 1e16+14 {
		t.Errorf("pairwise sum = %v, want %v", got, 1e16+14.0)
	}
}

// TestViews checks that a slice is a view: writing through it changes the
// array, and a transpose of a slice indexes the right elements.
func TestViews(t *testing.T) {
	a := Ints([]int{2, 3}, []int64{0, 1, 2, 3, 4, 5})
	one := 1
	col := a.Get([]Index{{Kind: IndexSlice}, {Kind: IndexSlice, Slice: [3]*int{&one, nil, nil}}})
	col.Set([]Index{{Kind: IndexInt, Int: 1}, {Kind: IndexInt, Int: 0}}, Scalar(int64(40)))
	if got := a.Int64s(); got[4] != 40 {
		t.Errorf("write through view: %v", got)
	}
	if got := col.Transpose().Repr(); got != "array([[ 1, 40],\n       [ 2,  5]])" {
		t.Errorf("transpose of view: %s", got)
	}
}

// TestParallelLoops checks that loops split across processors give the
// same elements as one pass: a large array through a unary function, a
// binary function with a scalar, and an arithmetic operator.
func TestParallelLoops(t *testing.T) {
	n := 3*parallelMin + 7
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(i) * 0.001
	}
	a := Floats([]int{n}, xs)
	sq := &Unary{Name: "square", F: func(x float64) float64 { return x * x }}
	r, _ := sq.Map(a)
	sum, _ := Arithmetic("+", nil).Apply(a, Scalar(1.0))
	pw, _ := Arithmetic("**", func(x, y float64) float64 { return x }).Apply(a, Scalar(3.0))
	for i, x := range xs {
		if r.Float64s()[i] != x*x || sum.Float64s()[i] != x+1 {
			t.Fatalf("element %d: %v %v", i, r.Float64s()[i], sum.Float64s()[i])
		}
		if want := math.Pow(x, 3); pw.Float64s()[i] != want {
			t.Fatalf("power element %d: %v, want %v", i, pw.Float64s()[i], want)
		}
	}
}
