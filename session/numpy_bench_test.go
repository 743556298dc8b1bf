package session

import (
	"io"
	"testing"
)

// lambdifyBenchSrc defines f, the lambdified second derivative of a
// product of elementary functions (its printed source has about 200
// nodes), and xs, 10**6 points; testdata/bench_lambdify.py times the
// same function in NumPy.
const lambdifyBenchSrc = `import numpy as np
from sympy import symbols, diff, lambdify, exp, sin, cos, log
x = symbols('x')
e = diff(exp(-x**2/3)*sin(3*x)*cos(x)**2/(1 + x**2) + log(2 + x**2)*x**3, x, 3)
f = lambdify(x, e)
xs = np.linspace(-3, 3, 10**6)
`

// BenchmarkLambdifyMillion evaluates a lambdified derivative on 10**6
// points (docs/benchmarks.md compares it with NumPy).
func BenchmarkLambdifyMillion(b *testing.B) {
	s := New(io.Discard, Options{})
	if err := s.ExecFile("bench.py", lambdifyBenchSrc); err != nil {
		b.Fatal(s.FormatException(err))
	}
	b.ResetTimer()
	for range b.N {
		if err := s.ExecFile("bench.py", "y = f(xs)\n"); err != nil {
			b.Fatal(s.FormatException(err))
		}
	}
}

// BenchmarkPlotTerminal draws f, f′ and f″ with 1,000 points each in the
// terminal, as plot(f, diff(f, x), diff(f, x, 2), (x, -3, 3)) does
// (sampling through lambdify included).
func BenchmarkPlotTerminal(b *testing.B) {
	s := New(io.Discard, Options{Width: 100})
	src := "x = symbols('x')\nf = sin(x)*exp(-x**2/4)\nplot(f, diff(f, x), diff(f, x, 2), (x, -3, 3))\n"
	b.ResetTimer()
	for range b.N {
		if err := s.ExecFile("bench.py", src); err != nil {
			b.Fatal(s.FormatException(err))
		}
	}
}
