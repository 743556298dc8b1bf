package linalg

import (
	"math"
	"math/rand"
	"testing"

	"github.com/dcalc/dcalc/session/ndarray"
)

// randMatrix is an m×n matrix of normal draws.
func randMatrix(r *rand.Rand, m, n int) *ndarray.Array {
	x := make([]float64, m*n)
	for i := range x {
		x[i] = r.NormFloat64()
	}
	return ndarray.Floats([]int{m, n}, x)
}

func at(a *ndarray.Array, i, j int) float64 { return a.Float64s()[i*a.Shape()[1]+j] }

// TestFactorisationsMultiplyBack checks each factorisation against its
// defining identity on random matrices of many shapes: u·diag(s)·vh = a
// with orthonormal u and vh, q·r = a, L·Lᵀ = a, a·v = v·diag(w), and the
// least-squares solution's normal equations aᵀ(a·x - b) = 0.
func TestFactorisationsMultiplyBack(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	shapes := [][2]int{{1, 1}, {2, 2}, {3, 3}, {4, 3}, {3, 4}, {5, 3}, {3, 5}, {10, 3}, {3, 10}, {6, 6}, {30, 28}, {1, 4}, {4, 1}}
	const tol = 1e-10
	for _, sh := range shapes {
		m, n := sh[0], sh[1]
		a := randMatrix(r, m, n)
		for _, full := range []bool{true, false} {
			u, s, vh, err := SVD(a, full, true)
			if err != nil {
				t.Fatal(err)
			}
			k := min(m, n)
			sv := s.Float64s()
			for i := 1; i < k; i++ {
				if sv[i] > sv[i-1] {
					t.Errorf("%v: singular values not descending: %v", sh, sv)
				}
			}
			for i := range m {
				for j := range n {
					acc := 0.0
					for l := range k {
						acc += at(u, i, l) * sv[l] * at(vh, l, j)
					}
					if math.Abs(acc-at(a, i, j)) > tol {
						t.Errorf("%v full=%v: (u s vh)[%d,%d] = %v, a = %v", sh, full, i, j, acc, at(a, i, j))
					}
				}
			}
			uc := u.Shape()[1]
			for p := range uc {
				for q := range uc {
					acc := 0.0
					for i := range m {
						acc += at(u, i, p) * at(u, i, q)
					}
					want := 0.0
					if p == q {
						want = 1
					}
					if math.Abs(acc-want) > tol {
						t.Errorf("%v full=%v: u not orthonormal (%d,%d: %v)", sh, full, p, q, acc)
					}
				}
			}
		}
		q, rr, err := QR(a, "reduced")
		if err != nil {
			t.Fatal(err)
		}
		for i := range m {
			for j := range n {
				acc := 0.0
				for l := range q.Shape()[1] {
					acc += at(q, i, l) * at(rr, l, j)
				}
				if math.Abs(acc-at(a, i, j)) > tol {
					t.Errorf("%v: (q r)[%d,%d] = %v, a = %v", sh, i, j, acc, at(a, i, j))
				}
			}
		}
		b := randMatrix(r, m, 2)
		x, _, rank, _, err := Lstsq(a, b, -1)
		if err != nil {
			t.Fatal(err)
		}
		if rank != min(m, n) {
			t.Errorf("%v: rank %d", sh, rank)
		}
		// aᵀ(a x - b) = 0
		for j := range n {
			for c := range 2 {
				acc := 0.0
				for i := range m {
					res := -at(b, i, c)
					for l := range n {
						res += at(a, i, l) * at(x, l, c)
					}
					acc += at(a, i, j) * res
				}
				if math.Abs(acc) > 1e-9 {
					t.Errorf("%v: normal equation %d,%d off by %v", sh, j, c, acc)
				}
			}
		}
		if m != n {
			continue
		}
		sym := make([]float64, n*n)
		for i := range n {
			for j := range n {
				sym[i*n+j] = at(a, i, j) + at(a, j, i)
			}
		}
		// a·aᵀ + I is positive definite
		spd := make([]float64, n*n)
		for i := range n {
			for j := range n {
				for l := range n {
					spd[i*n+j] += at(a, i, l) * at(a, j, l)
				}
			}
			spd[i*n+i]++
		}
		w, v, err := Eigh(ndarray.Floats([]int{n, n}, sym), false, true)
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			for j := range n {
				av := 0.0
				for l := range n {
					av += sym[i*n+l] * at(v, l, j)
				}
				if math.Abs(av-at(v, i, j)*w.Float64s()[j]) > tol {
					t.Errorf("%v: (a v)[%d,%d] = %v, v w = %v", sh, i, j, av, at(v, i, j)*w.Float64s()[j])
				}
			}
		}
		l, err := Cholesky(ndarray.Floats([]int{n, n}, spd))
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			for j := range n {
				acc := 0.0
				for k := range n {
					acc += at(l, i, k) * at(l, j, k)
				}
				if math.Abs(acc-spd[i*n+j]) > tol {
					t.Errorf("%v: (L Lᵀ)[%d,%d] = %v, a = %v", sh, i, j, acc, spd[i*n+j])
				}
			}
		}
	}
}
