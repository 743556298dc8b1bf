package engine

import (
	"fmt"
	"testing"
)

func bigSum(n int) (Expr, []Expr) {
	x := NewSymbol("x", Assumptions{})
	terms := make([]Expr, n)
	for i := range terms {
		s := NewSymbol(fmt.Sprintf("a%d", i), Assumptions{})
		terms[i] = NewMul(NewInt(int64(i+1)), s, NewPow(x, NewInt(int64(i%7))))
	}
	return NewAdd(terms...), terms
}

// BenchmarkAdd10000 builds a 10,000-term sum from its terms.
func BenchmarkAdd10000(b *testing.B) {
	_, terms := bigSum(10000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewAdd(terms...)
	}
}

// BenchmarkEqual10000 compares two separately built 10,000-term sums.
func BenchmarkEqual10000(b *testing.B) {
	s1, terms := bigSum(10000)
	rev := make([]Expr, len(terms))
	for i, t := range terms {
		rev[len(terms)-1-i] = t
	}
	s2 := NewAdd(rev...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !Equal(s1, s2) {
			b.Fatal("sums differ")
		}
	}
}

// BenchmarkMul1000 builds a product of 1,000 distinct powers.
func BenchmarkMul1000(b *testing.B) {
	fs := make([]Expr, 1000)
	for i := range fs {
		fs[i] = NewPow(NewSymbol(fmt.Sprintf("v%d", i), Assumptions{}), NewInt(int64(i%5+1)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewMul(fs...)
	}
}

// BenchmarkStr10000 prints a 10,000-term sum.
func BenchmarkStr10000(b *testing.B) {
	s, _ := bigSum(10000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Str(s)
	}
}
