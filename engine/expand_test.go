package engine

import (
	"math/big"
	"math/rand"
	"testing"
	"time"
)

// Expected strings come from SymPy 1.14's expand().
func TestExpand(t *testing.T) {
	cases := []struct{ in, want string }{
		{"(x + 1)**2", "x**2 + 2*x + 1"},
		{"x*(x + y)*(x - y)", "x**3 - x*y**2"},
		{"(x + y + z)**3", "x**3 + 3*x**2*y + 3*x**2*z + 3*x*y**2 + 6*x*y*z + 3*x*z**2 + y**3 + 3*y**2*z + 3*y*z**2 + z**3"},
		{"exp(x + y)", "exp(x)*exp(y)"},
		{"(x + 1)**(-2)", "1/(x**2 + 2*x + 1)"},
		{"(2*x + 3)*(x - 1)/3", "2*x**2/3 + x/3 - 1"},
		{"sin(x*(x + 1))", "sin(x**2 + x)"},
		{"(x + y)**(5/2)", "x**2*sqrt(x + y) + 2*x*y*sqrt(x + y) + y**2*sqrt(x + y)"},
		{"x**(y + 2)", "x**(y + 2)"},
		{"2**(x + 1)", "2*2**x"},
		{"(sin(x) + cos(x))**2", "sin(x)**2 + 2*sin(x)*cos(x) + cos(x)**2"},
		{"(x/2 + 1/x)**2", "x**2/4 + 1 + x**(-2)"},
	}
	for _, c := range cases {
		got := Str(Expand(mustParse(c.in)))
		if got != c.want {
			t.Errorf("Expand(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestExpandBig(t *testing.T) {
	start := time.Now()
	e := Expand(mustParse("(x + y + z + 1)**20"))
	if n := len(e.Args()); n != 1771 {
		t.Errorf("terms = %d, want 1771", n)
	}
	dx, _ := Diff(e, VarCount{sym("x"), 1})
	dxy, _ := Diff(dx, VarCount{sym("y"), 1})
	if n := len(dx.Args()); n != 1540 {
		t.Errorf("dx terms = %d, want 1540", n)
	}
	v := SubsPairs(dxy, [][2]Expr{{sym("x"), One}, {sym("y"), NewInt(2)}, {sym("z"), NewInt(3)}})
	t.Logf("%v terms=%d dx=%d dxy=%d value=%s", time.Since(start), len(e.Args()), len(dx.Args()), len(dxy.Args()), Str(v))
}

// TestMultinomialDirect checks the multinomial theorem's expansion
// against binary powering (repeated polynomial multiplication) on random
// sums whose terms each have a generator of their own, and that sums
// where two compositions can meet (x + x**2 + 1) are left to powering.
func TestMultinomialDirect(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	checked := 0
	syms := []Expr{NewSymbol("a", Assumptions{}), NewSymbol("b", Assumptions{}), NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})}
	for i := 0; i < 200; i++ {
		var terms []Expr
		for j, s := range syms[:2+rng.Intn(3)] {
			c := NewRational(big.NewInt(int64(rng.Intn(7)-3)|1), big.NewInt(int64(1+rng.Intn(3))))
			f := NewPow(s, NewInt(int64(1+rng.Intn(3))))
			if j > 0 && rng.Intn(3) == 0 {
				f = NewMul(f, syms[0]) // shares a with the first term
			}
			terms = append(terms, NewMul(c, f))
		}
		if rng.Intn(2) == 0 {
			terms = append(terms, NewInt(int64(rng.Intn(5)+1)))
		}
		n := int64(2 + rng.Intn(6))
		c := &polyCtx{gens: newExprMap[int](0)}
		base := c.toPoly(NewAdd(terms...))
		direct, ok := multinomialDirect(base, n)
		if !ok {
			continue
		}
		checked++
		want := map[string]*polyTerm{"": {coeff: One}}
		for k := int64(0); k < n; k++ {
			want = polyMul(want, base)
		}
		if got, exp := Str(c.toExpr(direct)), Str(c.toExpr(want)); got != exp {
			t.Fatalf("(%s)**%d:\n%s\nwant\n%s", Str(NewAdd(terms...)), n, got, exp)
		}
	}
	if checked < 50 {
		t.Errorf("only %d of 200 sums took the direct expansion", checked)
	}
	x := syms[2]
	c := &polyCtx{gens: newExprMap[int](0)}
	if _, ok := multinomialDirect(c.toPoly(NewAdd(x, NewPow(x, Two), One)), 5); ok {
		t.Error("x + x**2 + 1: compositions meet, yet the direct expansion was taken")
	}
}

// TestExpandLogBeforeMul checks expand's hint order (log before mul) on
// the unevaluated product factor_terms leaves in a log, and
// as_numer_denom of a radical whose base has a positive denominator;
// the expected forms are SymPy 1.14's.
func TestExpandLogBeforeMul(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"log(2*x + 2*sqrt(x**2 - 1))", "log(x + sqrt(x**2 - 1)) + log(2)"},
		{"log(4*x + 4)", "log(x + 1) + 2*log(2)"},
	} {
		if got := Str(Expand(FactorTerms(mustParse(c.in)))); got != c.want {
			t.Errorf("expand(factor_terms(%s)) = %s, want %s", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, n, d string }{
		{"sqrt(1 - x**2/4)", "sqrt(4 - x**2)", "2"},
		{"x*(1 - x**2/4)**(3/2)", "x*(4 - x**2)**(3/2)", "8"},
		{"sqrt(1/x - 1)", "sqrt(-1 + 1/x)", "1"},
		{"1/sqrt(1 + 1/x)", "1", "sqrt(1 + 1/x)"},
	} {
		n, d := asNumerDenom(mustParse(c.in))
		if Str(n) != c.n || Str(d) != c.d {
			t.Errorf("as_numer_denom(%s) = (%s, %s), want (%s, %s)", c.in, Str(n), Str(d), c.n, c.d)
		}
	}
}
