"""Generate summix_golden.jsonl: summation and Sum.doit of the summands
calculus notebooks use (p-series, geometric, telescoping, x**k/k!,
alternating, binomial) over finite, symbolic and infinite ranges, and
limits of partial sums; finite sums with k inside a function or an
exponent are added term by term (SymPy's apart raises PolynomialError
there and eval_sum_direct goes on). dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_summix.py > summix_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\nk, n = symbols('k n', integer=True, positive=True)\n"

rng = random.Random(13)
T = ['1/k**2', '1/2**k', 'k', 'k**2', 'k**3', '1/(k*(k + 1))', '(-1)**k/k', 'x**k/factorial(k)', '1/k', 'k/2**k',
     '1/(k**2 + k)', 'binomial(n, k)', '(S(2)/3)**k', '1/(4*k**2 - 1)', 'k*(k + 1)', '1/factorial(k)',
     '(-1)**k/(2*k + 1)', 'k**2/3**k', 'sin(k)', 'cos(pi*k)']
B = ['(k, 1, oo)', '(k, 1, n)', '(k, 0, oo)', '(k, 1, 10)', '(k, 0, n)', '(k, 2, oo)']
progs = []
for _ in range(120):
    t, b = rng.choice(T), rng.choice(B)
    forms = ['print(summation(%s, %s))', 'print(Sum(%s, %s).doit())', 'print(simplify(summation(%s, %s)))',
             'print(limit(summation(%s, %s), n, oo))' if 'n' in b else 'print(summation(%s, %s))']
    progs.append(rng.choice(forms) % (t, b))
progs += [
    'print(summation(x**k/factorial(k), (k, 0, 5)), summation((-1)**k*x**(2*k + 1)/factorial(2*k + 1), (k, 0, 3)))',
    'print(summation(sin(k*x)/k, (k, 1, 3)), summation(2**k/(k + 1), (k, 0, 4)), summation(x**k/(k + 1), (k, 0, 3)))',
    'print(summation(exp(-k)/k, (k, 1, 3)), summation(1/factorial(k), (k, 1, 6)), summation(x**k/k, (k, 1, 4)))',
]
emit(PRE, progs)
