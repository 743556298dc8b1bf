package engine

import "testing"

// TestFdiffAgreesWithDiff: for every one-argument built-in with a
// derivative rule, f(u).fdiff() at a compound argument u is the chain
// rule's outer factor: diff(f(u), x) == fdiff * diff(u, x).
func TestFdiffAgreesWithDiff(t *testing.T) {
	x := NewSymbol("x", Assumptions{Real: true}) // real: Abs.fdiff is sign for any argument
	u := NewAdd(NewPow(x, NewInt(2)), One)       // x**2 + 1
	du := NewMul(Two, x)
	checked := 0
	for _, name := range FuncNames() {
		d := LookupFunc(name)
		if len(d.NArgs) != 1 || d.NArgs[0] != 1 {
			continue
		}
		f, ok := d.call(u).(*Func)
		if !ok || f.def != d {
			continue
		}
		fd, err := Fdiff(f, 1)
		if err != nil {
			continue // refused: no rule
		}
		want, err := Diff(f, VarCount{Var: x, Count: 1})
		if err != nil {
			continue
		}
		if got := Expand(NewMul(fd, du)); !Equal(got, Expand(want)) {
			t.Errorf("%s: fdiff %s times %s is %s; diff gives %s", name, Str(fd), Str(du), Str(got), Str(want))
		}
		checked++
		if _, err := Fdiff(f, 2); err == nil || err.(*Error).Type != "ArgumentIndexError" {
			t.Errorf("%s.fdiff(2): error %v, want ArgumentIndexError", name, err)
		}
	}
	if checked < 30 {
		t.Errorf("only %d functions checked", checked)
	}
}
