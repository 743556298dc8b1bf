package engine

import "testing"

// TestEigenvectsFracSatisfyEquation checks every eigenvector of matrices
// over QQ(symbols) against M*v = λ*v (cancelled to zero), the
// multiplicities against the matrix size, and a matrix with a radical
// entry against a refusal of this route.
func TestEigenvectsFracSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	a := NewSymbol("a", Assumptions{})
	for _, rows := range [][][]Expr{
		{{x, One}, {One, x}},
		{{a, One, Zero}, {One, a, One}, {Zero, One, a}},
		{{x, One}, {Two, Zero}},
		{{NewMul(Two, x), a}, {a, Zero}},
		{{a, Zero, Zero}, {Zero, a, Zero}, {Zero, Zero, NewAdd(a, One)}},
		{{One, Div(One, a)}, {a, One}},
	} {
		m, err := NewMatrix(rows)
		if err != nil {
			t.Fatal(err)
		}
		ts, ok, err := m.eigenvectsFrac()
		if !ok || err != nil {
			t.Errorf("eigenvectsFrac(%v) = %v, %v", rows, ok, err)
			continue
		}
		total := 0
		for _, tr := range ts {
			total += tr.Mult
			for _, v := range tr.Vectors {
				mv, err := m.Mul(v)
				if err != nil {
					t.Fatal(err)
				}
				for i := range len(rows) {
					d, err := Cancel(Expand(NewAdd(mv.At(i, 0), Neg(NewMul(tr.Val, v.At(i, 0))))))
					if err != nil || !isZeroInt(Expand(d)) {
						t.Errorf("M*v - λ*v = %v (err %v) for λ = %s in %v", d, err, Str(tr.Val), rows)
					}
				}
			}
		}
		if total != len(rows) {
			t.Errorf("multiplicities of %v add up to %d", rows, total)
		}
	}
	m, _ := NewMatrix([][]Expr{{x, Sqrt(Two)}, {One, x}})
	if _, ok, _ := m.eigenvectsFrac(); ok {
		t.Errorf("eigenvectsFrac took a matrix with sqrt(2)")
	}
}
