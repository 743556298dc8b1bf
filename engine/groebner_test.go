package engine

import (
	"strings"
	"testing"
)

// TestGroebnerLex checks reduced lex Gröbner bases against SymPy 1.14's
// groebner(F, x, y, order='lex') (printed by SymPy: QQ input stays
// monic, ZZ input has its denominators cleared), and that every input
// polynomial reduces to zero modulo the basis.
func TestGroebnerLex(t *testing.T) {
	x, y, z := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{}), NewSymbol("z", Assumptions{})
	xs := []*Symbol{x, y, z}
	gens := []Expr{x, y, z}
	cases := []struct{ in, want []string }{
		{[]string{"x**2 + y**2 - 1", "x**2 - y**2 - 1/2"}, []string{"x**2 - 3/4", "y**2 - 1/4"}},
		{[]string{"3*x**2 + y", "2*x*y - 1"}, []string{"3*x + 2*y**2", "4*y**3 + 3"}},
		{[]string{"x**3 - y", "y**3 - x"}, []string{"x - y**3", "y**9 - y"}},
		{[]string{"6*x**2*y + 3 + y**2", "2*x**3 + 2*x*y"}, []string{"18*x**2 + 5*y**3 + 15*y", "5*x*y**2 - 3*x", "5*y**4 + 12*y**2 - 9"}},
		{[]string{"x*y - 1", "y*z - 2", "x*z - 8"}, []string{"2*x - z", "8*y - z", "z**2 - 16"}},
		{[]string{"x**2 + 1", "x**2 + 2"}, []string{"1"}},
	}
	for _, c := range cases {
		var F []qpoly
		for _, s := range c.in {
			q, ok := qpolyFromExpr(mustParse(s), xs, false)
			if !ok {
				t.Fatalf("%s is not a polynomial", s)
			}
			F = append(F, q)
		}
		G, err := groebnerAsSymPy(F)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range G {
			got = append(got, Str(g.toExpr(gens)))
		}
		var want []string
		for _, w := range c.want {
			want = append(want, Str(mustParse(w)))
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("groebner(%v) = %v, want %v", c.in, got, want)
		}
		monic := make([]qpoly, len(G))
		for i, g := range G {
			monic[i] = g.monic()
		}
		for _, f := range F {
			if r := qReduce(f, monic); len(r) != 0 {
				t.Errorf("%s does not reduce to 0 modulo %v", Str(f.toExpr(gens)), got)
			}
		}
	}
}
