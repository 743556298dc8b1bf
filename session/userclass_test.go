package session

import (
	"strings"
	"testing"
)

// TestClassUnsupported checks that what dcalc's classes do not implement
// says so instead of running with the feature silently ignored.
func TestClassUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"from sympy import Function\nclass f(Function):\n    pass", "NotImplementedError: dcalc does not support subclassing SymPy classes yet (Function)"},
		{"class L(list):\n    pass", "NotImplementedError: dcalc does not support subclassing <class 'list'> yet"},
		{"class A(metaclass=type):\n    pass", "NotImplementedError: dcalc does not support class keywords (metaclass=) yet"},
		{"class A:\n    def __new__(cls):\n        return 1", "NotImplementedError: dcalc does not support __new__ in classes yet (A.__new__)"},
		{"class A:\n    __slots__ = ('x',)", "NotImplementedError: dcalc does not support __slots__ in classes yet (A.__slots__)"},
		{"class A:\n    def __setattr__(self, k, v):\n        pass", "NotImplementedError: dcalc does not support __setattr__ in classes yet (A.__setattr__)"},
		{"class E(ValueError):\n    def __str__(self):\n        return 'e'", "NotImplementedError: dcalc does not support methods in exception classes yet (E.__str__)"},
		{"class A:\n    pass\nclass B(A, A):\n    pass", "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, A"},
	}
	for _, c := range cases {
		_, stderr := runProgram(c.src)
		if got := lastLine(stderr); got != c.want {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}

// TestClassAcrossCells defines a class in one cell and uses it in the
// next, as a notebook does; the instance shows as its repr in Out.
func TestClassAcrossCells(t *testing.T) {
	s := New(&strings.Builder{}, Options{Interactive: true})
	cells := []string{
		"class V:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'V({self.x})'\n    def __add__(self, o):\n        return V(self.x + o.x)",
		"V(1) + V(2)",
		"class V:\n    pass", // redefined: new instances have the new class
		"isinstance(V(), V), hasattr(V(), 'x')",
	}
	var shown []string
	for _, c := range cells {
		r := s.RunCell(c)
		if r.Err != nil {
			t.Fatalf("cell %q: %v", c, r.Err)
		}
		if r.Value != nil {
			shown = append(shown, s.FormatValue(r.Value))
		}
	}
	if got := strings.Join(shown, "|"); got != "V(3)|(True, False)" {
		t.Errorf("shown %q, want %q", got, "V(3)|(True, False)")
	}
}

// TestStdlibMissingNames checks that a name of an imported standard
// module that dcalc lacks says so, and that other names stay
// AttributeErrors.
func TestStdlibMissingNames(t *testing.T) {
	cases := []struct{ src, want string }{
		{"import random\nrandom.expovariate(1)", "NotImplementedError: dcalc does not implement random.expovariate yet"},
		{"from functools import total_ordering", "NotImplementedError: dcalc does not implement functools.total_ordering yet"},
		{"import itertools\nitertools.tee", "NotImplementedError: dcalc does not implement itertools.tee yet"},
		{"import time\ntime.nothing", "AttributeError: module 'time' has no attribute 'nothing'"},
		{"import random\nrandom.seed('text')", "NotImplementedError: dcalc's random.seed takes an int (or None), not str"},
		{"from functools import lru_cache\n@lru_cache(typed=True)\ndef f(x):\n    return x", "NotImplementedError"},
	}
	for _, c := range cases {
		_, stderr := runProgram(c.src)
		if got := lastLine(stderr); !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}

// TestRandrangeArguments: CPython 3.11 takes an integral float in
// randrange (with a DeprecationWarning, which is why this program is
// not among the generated goldens: its stderr differs) and refuses other
// values with ValueError. The expected output is python3.11's stdout.
func TestRandrangeArguments(t *testing.T) {
	src := "import random\nrandom.seed(1)\nprint(random.randrange(10.0), random.randrange(2, 9.0))\nfor a in [\"5\", 2.5, \"x\"]:\n    try:\n        random.randrange(a)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\ntry:\n    random.randrange(1, 5.5)\nexcept ValueError as e:\n    print(e)\n"
	want := "2 6\nValueError non-integer arg 1 for randrange()\nValueError non-integer arg 1 for randrange()\nValueError invalid literal for int() with base 10: 'x'\nnon-integer stop for randrange()\n"
	if got, stderr := runProgram(src); got != want || stderr != "" {
		t.Errorf("got\n%s%s\nwant\n%s", got, stderr, want)
	}
}
