package session

import (
	"bytes"
	"strings"
	"testing"
)

// TestPylab runs %pylab inline as older notebooks do. The printed lines
// are what ipykernel 6 with IPython 8 and matplotlib 3.6 printed for the
// same cells (nbclient, Debian's python3): the deprecation notice, then
// NumPy's names in place of SymPy's until SymPy is imported again.
func TestPylab(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{Pretty: true, Kernel: true})
	cells := []struct{ src, out, err string }{
		{"x = 5", "", ""},
		{"%pylab inline", pylabMessage, ""},
		// IPython hides pylab's names from %who (user_ns_hidden)
		{"%who", "x\t \n", ""},
		{"print(x, np.__name__, plt.__name__, sum([1, 2]), pi, math.pi, sys.version_info.major, linalg.norm([3, 4]))",
			"5 numpy matplotlib.pyplot 3 3.141592653589793 3.141592653589793 3 5.0\n", ""},
		{"t = linspace(0, 2*pi, 5)\nprint(sin(t).round(3))", "[ 0.  1.  0. -1. -0.]\n", ""},
		// SymPy's gamma is not numpy.random.gamma: the name is unbound
		{"gamma(2.0)", "", "NotImplementedError: dcalc does not implement numpy.random.gamma yet (bound by %pylab)"},
		{"from sympy import *\nprint(gamma(2), sin(0))", "1 0\n", ""},
		{"%pylab", "", "UsageError: dcalc's %pylab takes the inline backend (%pylab inline): its figures show after each cell"},
	}
	for _, c := range cells {
		out.Reset()
		r := s.RunCell(c.src)
		var err string
		if r.Err != nil {
			err = r.Err.Error()
		}
		if out.String() != c.out || !strings.HasSuffix(err, c.err) || (c.err == "") != (err == "") {
			t.Errorf("%s: printed %q, error %q; want %q, %q", c.src, out.String(), err, c.out, c.err)
		}
	}
	if !s.inlineFigures {
		t.Error("pylab inline did not turn on inline figures")
	}
}

// TestPrecision runs %precision in a kernel before init_printing; the
// values are what ipykernel 6 with IPython 8 and NumPy 1.24 showed for
// the same cells (nbclient, Debian's python3).
func TestPrecision(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{Kernel: true})
	cells := []struct{ src, out, err string }{
		{"%precision 3", "'%.3f'", ""},
		{"1/3", "0.333", ""},
		{"[1/3, 2.0, (0.5, {'a': 1/7})]", "[0.333, 2.000, (0.500, {'a': 0.143})]", ""},
		{"import numpy as np\n%precision 2\nnp.array([1/3, 2/3])", "array([0.33, 0.67])", ""},
		{"%precision %.2e", "'%.2e'", ""},
		{"1/3", "3.33e-01", ""},
		{"%precision", "'%r'", ""},
		{"1/3", "0.3333333333333333", ""},
		{"np.array([1/3])", "array([0.33333333])", ""},
		{"%precision -1", "", "ValueError: int precision must be non-negative, not -1"},
		{"%precision abc", "", "ValueError: Precision must be int or format string, not 'abc'"},
	}
	for _, c := range cells {
		r := s.RunCell(c.src)
		var got, err string
		if r.Value != nil {
			got = s.FormatValue(r.Value)
		}
		if r.Err != nil {
			err = r.Err.Error()
		}
		if got != c.out || err != c.err {
			t.Errorf("%s: %q, error %q; want %q, %q", c.src, got, err, c.out, c.err)
		}
	}
}
