package repl

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestComplete(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"demo.dcalc", "deriv.dcalc", ".hidden"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "data"), 0o700); err != nil {
		t.Fatal(err)
	}
	c := &Completer{Dir: dir}
	c.SetNames([]string{"diff", "digamma", "exp", "expand", "_hidden", "x", "expr1"})
	c.setAttrs(func(expr string) []string {
		if expr == "expr1" {
			return []string{"diff", "doit", "subs", "__class__"}
		}
		return nil
	})
	c.setActive(true)
	tests := []struct {
		head  string
		n     int
		cands []string
	}{
		{"di", 2, []string{"diff", "digamma"}},
		{"y = ex", 2, []string{"exp", "expand", "expr1"}},
		{"f(exp", 3, []string{"exp", "expand", "expr1"}},
		{"_h", 2, []string{"_hidden"}},
		{"wh", 2, []string{"while"}},
		{"expr1.d", 1, []string{"diff", "doit"}},
		{"expr1.", 0, []string{"diff", "doit", "subs"}},
		{"expr1._", 1, []string{"__class__"}},
		{"(x+1).su", 2, []string{"subs"}},
		{"diff(x, x).doi", 3, []string{"doit"}},
		{"%lo", 3, []string{"%load", "%load_ext"}},
		{"%mat", 4, []string{"%matplotlib"}},
		{"%%ti", 4, []string{"%%time", "%%timeit"}},
		{"%load de", 2, []string{"demo.dcalc", "deriv.dcalc"}},
		{"%run d", 1, []string{"data/", "demo.dcalc", "deriv.dcalc"}},
		{"%save ", 0, []string{"data/", "demo.dcalc", "deriv.dcalc"}},
		{"1.", 0, nil},
		{"x + 12", 0, nil},
		{"", 0, nil},
	}
	for _, tt := range tests {
		n, cands := c.Complete(tt.head)
		if n != tt.n || !reflect.DeepEqual(cands, tt.cands) {
			t.Errorf("Complete(%q) = %d, %q; want %d, %q", tt.head, n, cands, tt.n, tt.cands)
		}
	}
}

func TestCompleteAttrsNeedIdleSession(t *testing.T) {
	called := false
	c := &Completer{}
	c.setAttrs(func(string) []string { called = true; return []string{"only"} })
	n, cands := c.Complete("e.ev")
	if called {
		t.Errorf("Attrs called while no line is being read")
	}
	if n != 2 || !reflect.DeepEqual(cands, []string{"evalf"}) {
		t.Errorf("Complete(%q) = %d, %q; want 2, [evalf] from the static list", "e.ev", n, cands)
	}
	c.setActive(true)
	if _, cands := c.Complete("f(x).o"); len(cands) != 0 || called {
		t.Errorf("a call expression must not be evaluated for completion: %q, called=%v", cands, called)
	}
}

func TestCompleterDo(t *testing.T) {
	c := &Completer{}
	c.SetNames([]string{"diff", "digamma"})
	line := []rune("y = dig(")
	got, n := c.Do(line, 7)
	if n != 3 || len(got) != 1 || string(got[0]) != "amma" {
		t.Errorf("Do(%q, 7) = %q, %d; want [amma], 3", string(line), got, n)
	}
}
