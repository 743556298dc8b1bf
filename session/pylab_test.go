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
