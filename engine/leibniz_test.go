package engine

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestLeibnizMonomialMatchesProduct differentiates random products of a
// coefficient and plain factors with the direct construction and with
// the general product rule through NewMul, and wants the same structure
// (the same printed form, so the same order of factors).
func TestLeibnizMonomialMatchesProduct(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	z := NewSymbol("z", Assumptions{Positive: true})
	f := UndefinedFunction("f")
	exps := []Expr{NewInt(2), NewInt(3), NewInt(-1), NewInt(-2), NewInt(7),
		NewRational(big.NewInt(1), big.NewInt(2)), NewRational(big.NewInt(-3), big.NewInt(2)), NewRational(big.NewInt(3), big.NewInt(2))}
	bases := []Expr{x, y, z}
	funcs := []Expr{fnSin.call(x), fnCos.call(y), fnLog.call(z), f.call(x), fnSin.call(NewMul(NewInt(2), x))}
	coeffs := []Expr{One, NewInt(3), NewInt(-1), NewRational(big.NewInt(2), big.NewInt(3))}
	rng := rand.New(rand.NewSource(3))
	fast := 0
	for i := 0; i < 3000; i++ {
		fs := []Expr{coeffs[rng.Intn(len(coeffs))]}
		for _, b := range bases {
			switch rng.Intn(3) {
			case 1:
				fs = append(fs, b)
			case 2:
				fs = append(fs, NewPow(b, exps[rng.Intn(len(exps))]))
			}
		}
		if rng.Intn(2) == 0 {
			fs = append(fs, funcs[rng.Intn(len(funcs))])
		}
		m, ok := NewMul(fs...).(*Mul)
		if !ok {
			continue
		}
		for _, s := range []Expr{x, y, z} {
			got := leibnizMonomial(m.args, s)
			if got == nil {
				continue
			}
			fast++
			want := leibnizProduct(m.args, s)
			if !Equal(got, want) || Str(got) != Str(want) {
				t.Fatalf("d/d%s %s: direct %s, product rule %s", Str(s), Str(m), Str(got), Str(want))
			}
		}
	}
	if fast < 1000 {
		t.Fatalf("the direct construction applied to only %d products", fast)
	}
}

// TestMulOfPlainMatchesNewMul builds random products of a coefficient and
// plain factors both ways.
func TestMulOfPlainMatchesNewMul(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{Real: true})
	z := NewSymbol("z", Assumptions{Positive: true})
	w := NewSymbol("w", Assumptions{})
	pool := []Expr{x, y, z, w, NewPow(x, NewInt(2)), NewPow(y, NewInt(-3)), NewPow(z, NewRational(big.NewInt(1), big.NewInt(2))),
		NewPow(w, NewInt(5)), fnSin.call(x), fnCos.call(z), fnLog.call(y), UndefinedFunction("g").call(y, x)}
	coeffs := []Expr{One, Zero, NewInt(-1), NewInt(12), NewRational(big.NewInt(-5), big.NewInt(7))}
	rng := rand.New(rand.NewSource(5))
	built := 0
	for i := 0; i < 3000; i++ {
		var fs []Expr
		for k := rng.Intn(5); k >= 0; k-- {
			fs = append(fs, pool[rng.Intn(len(pool))])
		}
		c := coeffs[rng.Intn(len(coeffs))]
		want := NewMul(append([]Expr{c}, fs...)...)
		got, ok := mulOfPlain(c, append([]Expr(nil), fs...))
		if !ok {
			continue
		}
		built++
		if !Equal(got, want) || Str(got) != Str(want) {
			t.Fatalf("%s * %v: direct %s, NewMul %s", Str(c), fs, Str(got), Str(want))
		}
	}
	if built < 1000 {
		t.Fatalf("built only %d products directly", built)
	}
}

// leibnizReference is Mul._eval_derivative_n_times as SymPy writes it:
// every factor's k-th derivative taken afresh by Derivative.__new__ and
// every term built, zero or not.
func leibnizReference(m *Mul, s Expr, n int) Expr {
	args := m.args
	k := len(args)
	var terms []Expr
	ks := make([]int, k)
	fact := func(v int) *big.Int { return new(big.Int).MulRange(1, int64(v)) }
	var rec func(i, left int)
	rec = func(i, left int) {
		if i == k-1 {
			ks[i] = left
			c := fact(n)
			fs := make([]Expr, k)
			for j := range k {
				c.Quo(c, fact(ks[j]))
				fs[j] = diffN(args[j], s, ks[j])
			}
			terms = append(terms, NewMul(NewBigInt(c), NewMul(fs...)))
			return
		}
		for v := left; v >= 0; v-- {
			ks[i] = v
			rec(i+1, left-v)
		}
	}
	rec(0, n)
	return NewAdd(terms...)
}

// TestLeibnizChainMatchesReference wants leibniz, which keeps each
// factor's repeated derivatives and skips terms with a zero factor, to
// build exactly what the rule built term by term from fresh derivatives
// does, for products with polynomial, transcendental, undefined,
// unevaluated-derivative and infinite factors.
func TestLeibnizChainMatchesReference(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	products := []string{
		"x**3*exp(sin(x))",
		"x**2*sin(x)*cos(2*x)",
		"x*f(x)*exp(x)",
		"y*x**2*log(x)",
		"x**5*y**2*exp(-x**2)",
		"(x + 1)*sin(x)*f(x)",
		"x*Derivative(f(x), x)",
		"oo*x**2*sin(x)",
		"x**3*zoo*y",
		"x*f(x, y)*g(x)",
		"(x + y)**3*atan(x)",
		"x**-2*sqrt(x)*exp(x)",
	}
	for _, src := range products {
		m, ok := mustParse(src).(*Mul)
		if !ok {
			t.Fatalf("%s is not a product", src)
		}
		for _, s := range []Expr{x, y} {
			for n := 2; n <= 6; n++ {
				got, want := leibniz(m, s, n), leibnizReference(m, s, n)
				if !Equal(got, want) || Str(got) != Str(want) {
					t.Errorf("d^%d/d%s^%d %s: got %s, want %s", n, Str(s), n, src, Str(got), Str(want))
				}
			}
		}
	}
}
