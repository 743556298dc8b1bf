"""Generate detrat_golden.jsonl: determinants and powers of matrices
with rational-function entries, where SymPy's dotprodsimp (applied to the
2x2 and 3x3 formulas, the Bareiss steps and the products of a matrix
power) cancels a sum of six or more operations that may hold a rational
function: Matrix([[1/x, 1, 0], [1, 1/y, x], [0, 1, 1/(x + 1)]]).det() is
(-x**2*y - 2*x*y + 1)/(x**2*y + x*y). dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_detrat.py > detrat_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(15)
E = ['0', '1', '2', 'x', 'y', '1/x', '1/(x + 1)', 'x/y', '1/(x - 1)', '-1', 'x**2', 'sin(x)', 'exp(x)/x']
progs = []
for _ in range(110):
    n = rng.choice([2, 2, 3, 3, 4])
    rows = ', '.join('[%s]' % ', '.join(rng.choice(E) for _ in range(n)) for _ in range(n))
    m = 'Matrix([%s])' % rows
    op = rng.choice(['print(%s.det())', 'print(%s.det())', 'print(%s**2)', 'print(%s*%s)'])
    progs.append(op % ((m,) * op.count('%s')))
emit(PRE, progs)
