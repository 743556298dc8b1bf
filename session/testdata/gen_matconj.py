"""Generate matconj_golden.jsonl: Matrix.H, .C, conjugate(), adjoint()
and singular_values() (sqrt of the eigenvalues of M.H*M, zeros up to
the column count, in reverse default_sort_key order) on small integer,
complex and symbolic matrices. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_matconj.py > matconj_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\na, b = symbols('a b', real=True)\n"

rng = random.Random(6)
E = ['0', '1', '2', '-1', '3', 'I', '1 + I', 'x', 'a', '2*I', 'b']
progs = []
for _ in range(90):
    r, c = rng.choice([(2, 2), (2, 2), (2, 3), (3, 2), (1, 2), (3, 3)])
    pool = E[:5] if rng.random() < 0.6 else E
    rows = ', '.join('[%s]' % ', '.join(rng.choice(pool) for _ in range(c)) for _ in range(r))
    m = 'Matrix([%s])' % rows
    op = rng.choice(['print(%s.singular_values())', 'print(%s.H)', 'print(%s.C)', 'print(%s.adjoint())',
                     'print(%s.conjugate())', 'M = %s\nprint(M.H*M)'])
    progs.append(op % m)
emit(PRE, progs)
