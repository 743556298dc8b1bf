package engine

import (
	"math/big"
	"math/rand"
	"testing"
)

// factFuncs are the cached facts, in the order of the fact constants.
var factFuncs = []func(Expr) Tri{IsPositive, IsNegative, IsZero, IsFinite, IsReal, IsIntegerValued, isNonnegative, isNonpositive}

// TestFactCacheOrder asks every fact of every subexpression of random
// expressions (of a positive, a real and a plain symbol) in two different
// orders, on two separately built copies: the cached answers must agree,
// and must agree with a third copy whose facts are computed bottom-up.
func TestFactCacheOrder(t *testing.T) {
	p := NewSymbol("p", Assumptions{Positive: true})
	q := NewSymbol("q", Assumptions{Real: true})
	x := NewSymbol("x", Assumptions{})
	for seed := int64(0); seed < 200; seed++ {
		build := func() Expr {
			r := rand.New(rand.NewSource(seed))
			e := randExpr(r, p, 4)
			return NewAdd(e, NewMul(randExpr(r, q, 3), randExpr(r, x, 2)))
		}
		a, b, c := build(), build(), build()
		if !Equal(a, b) || !Equal(a, c) {
			t.Fatalf("seed %d: the three copies differ", seed)
		}
		ask := func(e Expr, order []int) map[string][]Tri {
			got := map[string][]Tri{}
			var walk func(s Expr)
			walk = func(s Expr) {
				k := Str(s)
				if _, ok := got[k]; ok {
					return
				}
				vals := make([]Tri, len(factFuncs))
				for _, i := range order {
					vals[i] = factFuncs[i](s)
				}
				got[k] = vals
				for _, arg := range s.Args() {
					walk(arg)
				}
			}
			walk(e)
			return got
		}
		forward := []int{0, 1, 2, 3, 4, 5, 6, 7}
		backward := []int{7, 6, 5, 4, 3, 2, 1, 0}
		ga, gb := ask(a, forward), ask(b, backward)
		// c: the whole expression is asked first, then its parts
		vals := make([]Tri, len(factFuncs))
		for i, f := range factFuncs {
			vals[i] = f(c)
		}
		gc := ask(c, []int{3, 0, 6, 1, 7, 2, 5, 4})
		for k, va := range ga {
			for i := range va {
				if va[i] != gb[k][i] || va[i] != gc[k][i] {
					t.Errorf("seed %d: fact %d of %s: %v, %v, %v", seed, i, k, va[i], gb[k][i], gc[k][i])
				}
			}
		}
		for i, v := range vals {
			if v != ga[Str(a)][i] {
				t.Errorf("seed %d: fact %d of the whole: %v asked first, %v after its parts", seed, i, v, ga[Str(a)][i])
			}
		}
	}
}

// BenchmarkFactsDeep asks whether a nested logistic-like expression is
// zero, on a freshly built copy each time (the building is not timed):
// the sign rules ask the same questions of the same subexpressions,
// which the fact cache answers once per node.
func BenchmarkFactsDeep(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	for b.Loop() {
		b.StopTimer()
		e := Expr(x)
		for range 8 {
			e = NewMul(fnExp.call(Neg(e)), NewPow(NewAdd(One, fnExp.call(Neg(e))), NegOne), e)
		}
		b.StartTimer()
		IsZero(e)
	}
}

// TestNumCmpAgreesWithRat compares rational numbers on both sides of
// smallFrac's 2**31 limit with numCmp and with big.Rat.
func TestNumCmpAgreesWithRat(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	vals := []int64{0, 1, -1, 2, 7, 1<<31 - 1, -(1<<31 - 1), 1 << 31, -(1 << 31), 1<<40 + 3, 123456789}
	pick := func() Expr {
		n, d := vals[r.Intn(len(vals))], vals[r.Intn(len(vals))]
		if d == 0 {
			d = 1
		}
		return NewRational(big.NewInt(n), big.NewInt(d))
	}
	for range 2000 {
		a, b := pick(), pick()
		got, ok := numCmp(a, b)
		if want := toRat(a).Cmp(toRat(b)); !ok || got != want {
			t.Fatalf("numCmp(%s, %s) = %d, want %d", a, b, got, want)
		}
	}
}
