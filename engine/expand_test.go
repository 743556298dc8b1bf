package engine

import (
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
