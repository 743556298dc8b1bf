package session

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

// TestCells runs cells as IPython 8.12 does and compares Out values and
// tracebacks with what IPython printed for the same input.
func TestCells(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{})
	steps := []struct{ src, want string }{
		{"def f(a, b=1):\n    c = a + b\n    return c + \"s\"\n", ""},
		{"f(1)", `---------------------------------------------------------------------------
TypeError                                 Traceback (most recent call last)
Cell In[2], line 1
----> 1 f(1)

Cell In[1], line 3, in f(a, b)
      1 def f(a, b=1):
      2     c = a + b
----> 3     return c + "s"

TypeError: unsupported operand type(s) for +: 'int' and 'str'
`},
		{"", ""},
		{"x = 5", ""},
		{"x", "Out[4]: 5"},
		{"_", "Out[5]: 5"},
		{"_1", `---------------------------------------------------------------------------
NameError                                 Traceback (most recent call last)
Cell In[6], line 1
----> 1 _1

NameError: name '_1' is not defined
`},
		{"Out[4] + Out[5]", "Out[7]: 10"},
		{"_i4, _ii, In[1][:5], len(In)", "Out[8]: ('x', '_1', 'def f', 9)"},
		{"__, ___, _5", "Out[9]: (10, 5, 5)"},
	}
	for _, st := range steps {
		res := s.RunCell(st.src)
		got := ""
		switch {
		case res.Err != nil:
			got = s.FormatException(res.Err)
		case res.Value != nil:
			got = "Out[" + itoa(res.N) + "]: " + s.FormatValue(res.Value)
		}
		if got != st.want {
			t.Errorf("cell %q:\ngot:\n%s\nwant:\n%s", st.src, got, st.want)
		}
	}
}

// TestCellSyntaxError checks IPython's SyntaxError layout for a cell.
func TestCellSyntaxError(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{})
	res := s.RunCell("f = x**2 + * y")
	want := "  Cell In[1], line 1\n    f = x**2 + * y\n               ^\nSyntaxError: invalid syntax\n"
	if res.Err == nil {
		t.Fatal("no error")
	}
	if got := s.FormatException(res.Err); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if res.N != 1 {
		t.Errorf("N = %d, want 1", res.N)
	}
}

// TestInteractive checks the isympy preloads.
func TestInteractive(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{Interactive: true})
	res := s.RunCell("diff(f(x)*sin(x), x), k.is_integer, t")
	if res.Err != nil {
		t.Fatal(s.FormatException(res.Err))
	}
	want := "(f(x)*cos(x) + sin(x)*Derivative(f(x), x), True, t)"
	if got := s.FormatValue(res.Value); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestRecursionLimit checks that runaway recursion is a RecursionError
// with CPython's collapsed traceback, not a Go stack overflow.
func TestRecursionLimit(t *testing.T) {
	_, tb := runProgram("def f(n):\n    return f(n + 1)\nf(0)\n")
	want := `Traceback (most recent call last):
  File "case.py", line 3, in <module>
    f(0)
  File "case.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "case.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "case.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
`
	if tb != want {
		t.Errorf("got:\n%s\nwant:\n%s", tb, want)
	}
}

// TestCellRecursionLimit checks a runaway recursion in cells against
// what IPython 8.12 on CPython 3.11 prints for the same two cells
// (captured with python3 -m IPython --colors=NoColor --simple-prompt):
// the limit is IPython's and repeated frames collapse as stack_data does.
func TestCellRecursionLimit(t *testing.T) {
	tests := []struct{ def, call, want string }{
		{"def f(): return f()", "f()", `---------------------------------------------------------------------------
RecursionError                            Traceback (most recent call last)
Cell In[2], line 1
----> 1 f()

Cell In[1], line 1, in f()
----> 1 def f(): return f()

Cell In[1], line 1, in f()
----> 1 def f(): return f()

    [... skipping similar frames: f at line 1 (2979 times)]

Cell In[1], line 1, in f()
----> 1 def f(): return f()

RecursionError: maximum recursion depth exceeded
`},
		{"def g(n):\n    return h(n)\ndef h(n):\n    return g(n)", "g(1)", `---------------------------------------------------------------------------
RecursionError                            Traceback (most recent call last)
Cell In[2], line 1
----> 1 g(1)

Cell In[1], line 2, in g(n)
      1 def g(n):
----> 2     return h(n)

Cell In[1], line 4, in h(n)
      3 def h(n):
----> 4     return g(n)

Cell In[1], line 2, in g(n)
      1 def g(n):
----> 2     return h(n)

Cell In[1], line 4, in h(n)
      3 def h(n):
----> 4     return g(n)

    [... skipping similar frames: g at line 2 (1488 times), h at line 4 (1488 times)]

Cell In[1], line 2, in g(n)
      1 def g(n):
----> 2     return h(n)

Cell In[1], line 4, in h(n)
      3 def h(n):
----> 4     return g(n)

RecursionError: maximum recursion depth exceeded
`},
	}
	for _, tt := range tests {
		s := New(io.Discard, Options{})
		if r := s.RunCell(tt.def); r.Err != nil {
			t.Fatal(r.Err)
		}
		r := s.RunCell(tt.call)
		if r.Err == nil {
			t.Fatalf("%s: no error", tt.call)
		}
		if got := s.FormatException(r.Err); got != tt.want {
			t.Errorf("%s: got:\n%s\nwant:\n%s", tt.call, got, tt.want)
		}
	}
}

// TestInterrupt stops an endless loop from another goroutine.
func TestInterrupt(t *testing.T) {
	// Each runs for minutes unless interrupted (factorial and binomial
	// of 10**7 multiply millions of numbers; the determinant of a
	// nonsingular 400x400 integer matrix grows 400-level Bareiss
	// entries).
	for _, src := range []string{"while True:\n    pass\n", "factorial(10**7)", "binomial(10**7, 5*10**6)", "M.det()"} {
		s := New(&bytes.Buffer{}, Options{})
		if res := s.RunCell("M = Matrix(400, 400, lambda i, j: (1 if i == j else 0)*100 + (i*j + i) % 7)"); res.Err != nil {
			t.Fatal(s.FormatException(res.Err))
		}
		go func() {
			time.Sleep(50 * time.Millisecond)
			s.Interrupt()
		}()
		res := s.RunCell(src)
		if res.Err == nil || !strings.HasSuffix(s.FormatException(res.Err), "KeyboardInterrupt: \n") {
			t.Fatalf("%s: got %v, want KeyboardInterrupt", src, res.Err)
		}
		if res := s.RunCell("1 + 1"); res.Err != nil || s.FormatValue(res.Value) != "2" {
			t.Errorf("session unusable after interrupt: %v", res.Err)
		}
	}
}

func TestIsComplete(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{})
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"x = 1", true},
		{"f(1,", false},
		{"for i in range(3):", false},
		{"for i in range(3):\n    print(i)\n", true},
		{"x = 1 +", true},
	} {
		if got := s.IsComplete(c.src); got != c.want {
			t.Errorf("IsComplete(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestFormatValue checks Out values: repr for Python values, str for
// expressions, pretty when asked.
func TestFormatValue(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{})
	for _, c := range []struct{ src, want string }{
		{"'abc'", "'abc'"},
		{"[symbols('x'), 'a', 1.5]", "[x, 'a', 1.5]"},
		{"Rational(1, 2)", "1/2"},
	} {
		res := s.RunCell(c.src)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		if got := s.FormatValue(res.Value); got != c.want {
			t.Errorf("%s: got %s, want %s", c.src, got, c.want)
		}
	}
	p := New(&bytes.Buffer{}, Options{Pretty: true})
	res := p.RunCell("symbols('x')**2/2")
	// From SymPy 1.14: pretty(x**2/2).
	if got, want := p.FormatValue(res.Value), " 2\nx \n──\n2 "; got != want {
		t.Errorf("pretty: got %q, want %q", got, want)
	}
}

// TestRoundExtremes: round with huge or far negative ndigits returns at
// once (it built 10**ndigits) and rounds exactly; the wanted output is
// what python3.11 printed for the same program.
func TestRoundExtremes(t *testing.T) {
	prog := `print(round(1.5, 10**10), round(-1.5, -10**10), round(1.5, -400), round(2.675, 2), round(-5, -1), round(15, -1), round(25, -1), round(123456, -7), round(500000, -6), round(1.23e300, -299), round(float('inf'), 2))
print(round(25.0, -1), round(35.0, -1), round(-25.0, -1), round(-4.0, -1), round(1e22+1, -3), round(123.456, -2), round(150.0, -2), round(250.0, -2), round(-0.0, -1), round(5e-324, -1))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
`
	want := `1.5 -0.0 0.0 2.67 0 20 20 0 0 1.2e+300 inf
20.0 40.0 -20.0 -0.0 1e+22 100.0 200.0 200.0 -0.0 0.0
rounded value too large to represent
`
	if out, tb := runProgram(prog); out != want || tb != "" {
		t.Errorf("got:\n%s%s\nwant:\n%s", out, tb, want)
	}
}

// TestExceptionLastLines checks the last line of tracebacks against the
// real tools: python3 names SymPy's exception classes with their module
// (sympy.matrices.exceptions.NonSquareMatrixError, python3 with SymPy
// 1.14) and a message-less exception bare; IPython 8.5 (Debian's) names
// every class bare and keeps the colon after it when the message is
// empty ("ValueError: ").
func TestExceptionLastLines(t *testing.T) {
	last := func(tb string) string {
		lines := strings.Split(strings.TrimRight(tb, "\n"), "\n")
		return lines[len(lines)-1]
	}
	cases := []struct{ src, python, ipython string }{
		{"Matrix([[1, 2, 3], [4, 5, 6]]).det()", "sympy.matrices.exceptions.NonSquareMatrixError", "NonSquareMatrixError: "},
		{"raise ValueError", "ValueError", "ValueError: "},
		{"raise PolynomialError('p')", "sympy.polys.polyerrors.PolynomialError: p", "PolynomialError: p"},
		{"class ShapeError(Exception): pass\nraise ShapeError('mine')", "ShapeError: mine", "ShapeError: mine"},
	}
	for _, c := range cases {
		s := New(&bytes.Buffer{}, Options{})
		err := s.ExecFile("prog.py", c.src)
		if err == nil {
			t.Fatalf("%q raised nothing", c.src)
		}
		if got := last(s.FormatException(err)); got != c.python {
			t.Errorf("%q as a program: last line %q, python3 prints %q", c.src, got, c.python)
		}
		s = New(&bytes.Buffer{}, Options{})
		res := s.RunCell(c.src)
		if res.Err == nil {
			t.Fatalf("%q raised nothing in a cell", c.src)
		}
		if got := last(s.FormatException(res.Err)); got != c.ipython {
			t.Errorf("%q in a cell: last line %q, IPython prints %q", c.src, got, c.ipython)
		}
	}
}
