package session

import (
	"strings"
	"testing"
)

func TestHelpBuiltin(t *testing.T) {
	var out strings.Builder
	s := New(&out, Options{Interactive: true})
	tests := []struct {
		src  string
		want string // start of the printed text
	}{
		{"help(diff)", "Signature: diff(f, *symbols, **kwargs)\nDocstring:\nDifferentiate f"},
		{"help(x.diff)", "Signature: diff("},
		{"help(sin(x))", "Signature: sin(arg)\n"},
		{"help(x)", "Signature: Symbol(name, **assumptions)\n"},
		{"help('expand')", "Signature: expand(e, deep=True, modulus=None, power_base=True, power_exp=True, mul=True, log=True, multinomial=True, basic=True, **hints)\n"},
		{"help(3)", "Type:        int\nString form: 3\n"},
		{"help()", "dcalc -- symbolic differentiation"},
	}
	for _, tt := range tests {
		out.Reset()
		res := s.RunCell(tt.src)
		if res.Err != nil || res.Value != nil {
			t.Errorf("%s: value %v, error %v; want None", tt.src, res.Value, res.Err)
		}
		if !strings.HasPrefix(out.String(), tt.want) {
			t.Errorf("%s printed %q, want it to start with %q", tt.src, out.String(), tt.want)
		}
	}
}

func TestHelpTextWrapped(t *testing.T) {
	text, ok := helpText("diff")
	if !ok {
		t.Fatal("no help for diff")
	}
	for _, l := range strings.Split(text, "\n") {
		if n := len([]rune(l)); n > helpWidth {
			t.Errorf("help line of %d columns (max %d): %q", n, helpWidth, l)
		}
	}
}

// TestCaretHintInTraceback checks the hint under the TypeError SymPy raises for x^2
// (Python 3.11 + SymPy 1.14: "unsupported operand type(s) for ^:
// 'Symbol' and 'int'"), and that valid ^ between ints gets none.
func TestCaretHintInTraceback(t *testing.T) {
	s := New(nil, Options{Interactive: true})
	res := s.RunCell("x^2")
	if res.Err == nil {
		t.Fatal("x^2 did not raise")
	}
	got := s.FormatException(res.Err)
	want := "TypeError: unsupported operand type(s) for ^: 'Symbol' and 'int'\n" + caretHintText + "\n"
	if !strings.HasSuffix(got, want) {
		t.Errorf("traceback ends %q, want %q", got, want)
	}
	res = s.RunCell("len(5)")
	if got := s.FormatException(res.Err); strings.Contains(got, "Hint") {
		t.Errorf("hint on an unrelated TypeError: %q", got)
	}
	if res := s.RunCell("6 ^ 3"); res.Err != nil || s.FormatValue(res.Value) != "5" {
		t.Errorf("6 ^ 3 = %v, %v; want 5", res.Value, res.Err)
	}
}

// TestAttrs checks the attribute names completion offers after a dot.
func TestAttrs(t *testing.T) {
	s := New(nil, Options{Interactive: true})
	s.RunCell("e = sin(x)*x")
	s.RunCell("L = [1, 2]")
	s.RunCell("import sympy as sp")
	s.RunCell("M = Matrix([x*y, x + y])")
	has := func(list []string, name string) bool {
		for _, n := range list {
			if n == name {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct{ expr, want string }{
		{"e", "diff"}, {"e", "subs"}, {"L", "append"}, {"sp", "diff"}, {"x", "is_integer"}, {"M", "jacobian"}, {"M", "shape"},
	} {
		if a := s.Attrs(tt.expr); !has(a, tt.want) {
			t.Errorf("Attrs(%q) = %q, want it to hold %q", tt.expr, a, tt.want)
		}
	}
	if a := s.Attrs("nosuch"); a != nil {
		t.Errorf("Attrs(nosuch) = %q, want nil", a)
	}
}

// TestPrettyBool: isympy shows bools with repr (SymPy's _can_print
// rejects bool), also inside lists.
func TestPrettyBool(t *testing.T) {
	s := New(nil, Options{Interactive: true, Pretty: true})
	for _, tt := range []struct{ src, want string }{
		{"k.is_integer", "True"},
		{"x == y", "False"},
		{"[x, True]", "[x, True]"},
	} {
		res := s.RunCell(tt.src)
		if res.Err != nil {
			t.Errorf("%s: %v", tt.src, res.Err)
			continue
		}
		if got := s.FormatValue(res.Value); got != tt.want {
			t.Errorf("%s shows %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestEndsInBlock(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"for i in r:\n    print(i)", true},
		{"for i in r:\n    print(i)\n\n", true},
		{"for i in r: print(i)", false},
		{"diff(x**2,\n     x)", false},
		{"if a:\n    b = 1\nc = 2", false},
		{"@cache", true},
		{"s = '''a\n    b'''", false},
		{"x = 1  # (\n    ", false},
	} {
		if got := EndsInBlock(tt.src); got != tt.want {
			t.Errorf("EndsInBlock(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
