"""Generate matinv_golden.jsonl: the inverse of matrices of polynomials
with integer coefficients (SymPy 1.14 inverts them as a DomainMatrix
over ZZ(x, ...): each entry in lowest terms, the denominator's leading
coefficient positive, as the Jacobian and Hessian inverses of Newton's
method need), and integrate of a Matrix entry by entry. dcalc must print
SymPy's answer or raise NotImplementedError. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_matinv.py > matinv_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b = symbols('x y a b')\n"

rng = random.Random(13)
E = ['0', '1', '2', '-1', 'x', 'y', 'a', 'x + 1', '2*x', 'x**2', 'x*y', 'a - b', '3', 'x - y', '-x']
progs = []
for _ in range(80):
    n = rng.choice([2, 2, 2, 3])
    rows = ', '.join('[%s]' % ', '.join(rng.choice(E) for _ in range(n)) for _ in range(n))
    m = 'Matrix([%s])' % rows
    op = rng.choice(['print(%s.inv())', 'print(%s**-1)', 'M = %s\nprint(simplify(M*M.inv()))'])
    progs.append(op % m)
for _ in range(25):
    r = rng.choice([1, 2])
    rows = ', '.join('[%s]' % ', '.join(rng.choice(['x', 'x**2', 'sin(x)', '1', 'exp(x)', 'x*y', '2']) for _ in range(2))
                     for _ in range(r))
    lim = rng.choice(['x', '(x, 0, 1)', '(x, 0, pi)', 'y'])
    progs.append(rng.choice(['print(integrate(Matrix([%s]), %s))', 'print(Matrix([%s]).integrate(%s))']) % (rows, lim))
emit(PRE, progs)
