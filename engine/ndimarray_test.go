package engine

import "testing"

// TestNDimArrayIdentities: the Hessian from derive_by_array twice is the
// matrix of second derivatives; contracting a tensor product of two
// vectors is their dot product; permuting axes by a permutation and its
// inverse gives the array back.
func TestNDimArrayIdentities(t *testing.T) {
	x, y := NewSymbol("x", Assumptions{}), NewSymbol("y", Assumptions{})
	f := NewAdd(NewMul(NewPow(x, NewInt(3)), y), fnSin.call(NewMul(x, y)))
	scalar, _ := NewNDimArray([]Expr{f}, nil)
	vars := []Expr{x, y}
	g, err := DeriveByArray(scalar, vars, []int{2})
	if err != nil {
		t.Fatal(err)
	}
	h, err := DeriveByArray(g, vars, []int{2})
	if err != nil {
		t.Fatal(err)
	}
	for i, vi := range vars {
		for j, vj := range vars {
			want := mustDiff(mustDiff(f, vj), vi)
			if got := h.Elems()[h.Offset([]int{i, j})]; !Equal(got, want) {
				t.Errorf("H[%d, %d] = %s, want %s", i, j, Str(got), Str(want))
			}
		}
	}
	a, _ := NewNDimArray([]Expr{x, NewInt(2), y}, []int{3})
	b, _ := NewNDimArray([]Expr{NewInt(5), y, x}, []int{3})
	c, err := TensorContraction(TensorProduct(a, b), [][]int{{0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	if want := NewAdd(NewMul(NewInt(5), x), NewMul(Two, y), NewMul(x, y)); c.Rank() != 0 || !Equal(c.Elems()[0], want) {
		t.Errorf("contraction %s, want %s", c.Str("Array"), Str(want))
	}
	elems := make([]Expr, 24)
	for i := range elems {
		elems[i] = NewInt(int64(i))
	}
	arr, _ := NewNDimArray(elems, []int{2, 3, 4})
	p, err := arr.Permute([]int{1, 2, 0})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Shape(); s[0] != 3 || s[1] != 4 || s[2] != 2 {
		t.Errorf("permuted shape %v", s)
	}
	back, _ := p.Permute([]int{2, 0, 1})
	if !back.Equal(arr) {
		t.Errorf("permuting back gives %s", back.Str("Array"))
	}
}
