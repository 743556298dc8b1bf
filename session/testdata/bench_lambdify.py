"""Time NumPy on BenchmarkLambdifyMillion's workload (session/numpy_bench_test.go):
a lambdified third derivative evaluated on 10**6 points. Run with a
python3 that has SymPy and NumPy:

    python3 session/testdata/bench_lambdify.py
"""
import sys
import timeit

sys.path.append("/usr/lib/python3/dist-packages")
import numpy as np  # noqa: E402
from sympy import symbols, diff, lambdify, exp, sin, cos, log, count_ops  # noqa: E402

x = symbols('x')
e = diff(exp(-x**2/3)*sin(3*x)*cos(x)**2/(1 + x**2) + log(2 + x**2)*x**3, x, 3)
f = lambdify(x, e)
xs = np.linspace(-3, 3, 10**6)
n = 5
t = min(timeit.repeat(lambda: f(xs), number=1, repeat=n))
print("nodes %d, NumPy %.1f ms per call" % (count_ops(e, visual=False), t * 1000))
