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
