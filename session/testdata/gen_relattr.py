"""Generate relattr_golden.jsonl: the properties of equations and
inequalities that notebooks use to move terms around (reversed,
reversedsign, negated, canonical, strict, weak, lts, gts, lhs, rhs,
rel_op) on random relations. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_relattr.py > relattr_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(19)
SIDES = ['x', '-x', 'y', '2*x + 1', '-x - y', 'x**2', '1', '-3', 'S(1)/2', 'pi', 'sin(x)', '-2*y', 'x - y', 'y - x',
         '0', 'sqrt(2)', '-sqrt(x)']
OPS = ['Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge']
ATTRS = ['reversed', 'reversedsign', 'negated', 'canonical', 'strict', 'weak', 'lts', 'gts', 'rel_op', 'lhs', 'rhs',
         'reversed.reversedsign', 'canonical.canonical', 'negated.negated']
progs = []
seen = set()
while len(progs) < 260:
    op, a, b = rng.choice(OPS), rng.choice(SIDES), rng.choice(SIDES)
    attr = rng.choice(ATTRS)
    src = 'r = %s(%s, %s)\nprint(r, r.%s)' % (op, a, b, attr)
    if src not in seen:
        seen.add(src)
        progs.append(src)
emit(PRE, progs)
