"""Generate geomsum_golden.jsonl: summation of geometric terms with a
symbolic ratio (x**k from 0 to n, y*x**(2*k) from 1 to n, r**k from m to
n, and the same to oo), in the three printers: SymPy's
eval_sum_symbolic answers Piecewise((b - a + 1, Eq(q, 1)), ((q**a -
q**(b + 1))/(1 - q), True)) for a symbolic upper bound, eval_sum_hyper
Piecewise((q**a/(1 - q), Abs(q) < 1), (Sum(...), True)) for oo. dcalc
must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_geomsum.py > geomsum_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, r = symbols('x y r')\nn, k, m = symbols('n k m', integer=True, positive=True)\np = symbols('p', positive=True)\n"

rng = random.Random(17)
TERMS = ['x**k', 'x**k', 'r**k', 'x**(2*k)', 'x**(k + 1)', 'x**(k - 1)', 'p**k', 'y*x**k', '3*x**k', 'x**k/2',
         'x**k + 1', 'x**k + y**k', 'x**(3*k)', '(x*y)**k', '(-x)**k', '(2*x)**k', 'x**k*y**k', 'k*x**k']
LIMITS = ['(k, 0, n)', '(k, 1, n)', '(k, 2, n)', '(k, m, n)', '(k, 0, n - 1)', '(k, 0, oo)', '(k, 1, oo)', '(k, 0, 4)']
progs = []
for _ in range(180):
    t, lim = rng.choice(TERMS), rng.choice(LIMITS)
    op = rng.choice(['print(summation(%s, %s))', 'print(summation(%s, %s))', 'print(Sum(%s, %s).doit())',
                     'pprint(summation(%s, %s))', 'print(latex(summation(%s, %s)))'])
    progs.append(op % (t, lim))
emit(PRE, progs)
