"""Generate riemann_golden.jsonl: Integral.as_sum (left, right, midpoint
and trapezoid Riemann sums with a number of pieces or a symbolic n,
evaluated or not), their limits as n -> oo, and summation of
polynomials in the index with symbolic coefficients, which SymPy groups
by powers of the index as apart does. dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_riemann.py > riemann_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a = symbols('x a')\nn = symbols('n', integer=True, positive=True)\nk = symbols('k', integer=True)\n"

rng = random.Random(37)
FS = ['x**2', 'x', 'x**3', '2*x + 1', 'x**2 - x', '1 - x**2', 'sin(x)', 'exp(x)', 'a*x**2', '(x + 1)**2', '1/(x + 1)']
RANGES = ['(x, 0, 1)', '(x, 0, 2)', '(x, 1, 3)', '(x, -1, 1)', '(x, 0, pi)', '(x, 0, a)']
METHODS = ["'left'", "'right'", "'midpoint'", "'trapezoid'"]
progs = []
for _ in range(160):
    f, r, m = rng.choice(FS), rng.choice(RANGES), rng.choice(METHODS)
    N = rng.choice(['4', '3', '6', 'n', 'n'])
    op = rng.choice(['print(Integral(%s, %s).as_sum(%s, method=%s))', 'print(Integral(%s, %s).as_sum(%s, %s, evaluate=False))',
                     'print(limit(Integral(%s, %s).as_sum(%s, method=%s), n, oo))', 'print(Integral(%s, %s).as_sum(%s, method=%s).simplify())'])
    progs.append(op % (f, r, N, m))
SUMS = ['(1 + 2*(k - 1)/n)**3', '(k/n)**2/n', '(2*k - 1)**2/n**3', '(a + k)**2', 'k**2/n + k/n**2', '(1 + k/n)**2/n',
        '(k - 1)**3/n**4', 'a*k*(k + 1)', '(3 + 2*k/n)**2*2/n', '(k/n)**3 - (k/n)']
for s in SUMS:
    progs.append('print(summation(%s, (k, 1, n)))' % s)
    progs.append('print(limit(summation(%s, (k, 1, n)), n, oo))' % s)
emit(PRE, progs)
