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

// BenchmarkDiffProduct differentiates a three-factor product once (the
// first-derivative Leibniz rule, as in every Hessian entry of w4).
func BenchmarkDiffProduct(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	u := NewAdd(NewMul(NewInt(3), x), NewMul(NewInt(-2), y), One)
	e := NewMul(NewInt(5), fnExp.call(u), NewPow(NewAdd(One, fnExp.call(u)), NegOne))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Diff(e, VarCount{x, 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExpSquare squares exp of a 15-term sum: exp(u)**2 is
// exp(2*u), evaluated term by term.
func BenchmarkExpSquare(b *testing.B) {
	terms := make([]Expr, 15)
	for i := range terms {
		terms[i] = NewMul(NewInt(int64(i%7-3)), NewSymbol(fmt.Sprintf("w%d", i), Assumptions{}))
	}
	e := fnExp.call(NewAdd(terms...))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewPow(e, Two)
	}
}

// BenchmarkStrHighOrder prints the 8th derivative of exp(sin(x))*x**3,
// a sum of nested products whose print order needs sort keys.
func BenchmarkStrHighOrder(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	d, err := Diff(NewMul(fnExp.call(fnSin.call(x)), NewPow(x, NewInt(3))), VarCount{x, 8})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Str(d)
	}
}

// BenchmarkSubsOneOfMany substitutes for one symbol of a 1,000-term sum
// in which each term has its own symbol.
func BenchmarkSubsOneOfMany(b *testing.B) {
	s, _ := bigSum(1000)
	a5 := NewSymbol("a5", Assumptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		SubsPairs(s, [][2]Expr{{a5, Two}})
	}
}

// BenchmarkSortMixed sorts a mix of numbers, symbols, powers, products
// and function calls in canonical (Basic.compare) order.
func BenchmarkSortMixed(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	var xs []Expr
	for i := 0; i < 40; i++ {
		s := NewSymbol(fmt.Sprintf("s%d", i), Assumptions{})
		xs = append(xs, s, NewPow(s, NewInt(int64(i%3+2))), fnSin.call(NewMul(NewInt(int64(i+1)), x)), NewMul(s, x), NewInt(int64(i)))
	}
	buf := make([]Expr, len(xs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(buf, xs)
		sortExprs(buf)
	}
}

// BenchmarkSimplifyTrigDerivative is simplify of the second derivative
// of x*sin(x)**3/(1 + cos(x)) + exp(-x)*tan(x) (74 operations): SymPy's
// steps with futrig and exptrigsimp (docs/benchmarks.md compares SymPy).
func BenchmarkSimplifyTrigDerivative(b *testing.B) {
	x := NewSymbol("x", Assumptions{})
	f := NewAdd(Div(NewMul(x, NewPow(fnSin.call(x), NewInt(3))), NewAdd(One, fnCos.call(x))),
		NewMul(fnExp.call(Neg(x)), fnTan.call(x)))
	e, err := Diff(f, VarCount{x, 2})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		Simplify(e)
	}
}

// BenchmarkTrigsimpIdentities is trigsimp of a sum of classic identities.
func BenchmarkTrigsimpIdentities(b *testing.B) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	e := NewAdd(NewPow(fnSin.call(x), Two), NewPow(fnCos.call(x), Two),
		NewMul(fnSin.call(x), fnCos.call(y)), NewMul(fnCos.call(x), fnSin.call(y)),
		Sub(NewPow(fnSec.call(x), Two), NewPow(fnTan.call(x), Two)))
	b.ResetTimer()
	for range b.N {
		if _, err := Trigsimp(e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFactorBivariate40 is factor of the expansion of
// (x**2 - 3*x*y + 2*y + 5)**10 * (x + y**2 - 7)**10, degree 40 in x and
// y (issue 12's factor workload).
func BenchmarkFactorBivariate40(b *testing.B) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	p := Expand(NewMul(NewPow(NewAdd(NewPow(x, Two), NewMul(NewInt(-3), x, y), NewMul(Two, y), NewInt(5)), NewInt(10)),
		NewPow(NewAdd(x, NewPow(y, Two), NewInt(-7)), NewInt(10))))
	b.ResetTimer()
	for range b.N {
		if _, err := Factor(p); err != nil {
			b.Fatal(err)
		}
	}
}
