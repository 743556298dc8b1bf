"""Generate integpos_golden.jsonl: definite integrals whose integrand has
denominators with symbolic coefficients that are positive for every
real x by the signs of the symbols (a**2 + x**2, x**2 + a, a*x**2 + b for
positive a and b), over finite and infinite intervals, beside the same
with real or unassumed symbols (SymPy answers with Piecewise or
conditions there). dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integpos.py > integpos_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\na, b = symbols('a b', positive=True)\nr = symbols('r', real=True)\nc = symbols('c')\n"

rng = random.Random(20261208)
DEN = ['a**2 + x**2', 'x**2 + a', 'a*x**2 + b', 'x**2 + a**2 + b**2', 'x**2 + 4*a', 'r**2 + x**2', 'c**2 + x**2',
       'x**2 + r**2 + 1', 'x**4 + a']
NUM = ['1', '1', '2', 'a', 'b', '3*a']
IV = ['(x, 0, oo)', '(x, -oo, oo)', '(x, 0, 1)', '(x, -1, 1)', '(x, 1, oo)', '(x, 0, a)', '(x, -oo, 0)']
progs = []
for _ in range(70):
    progs.append('print(integrate(%s/(%s), %s))' % (rng.choice(NUM), rng.choice(DEN), rng.choice(IV)))
emit(PRE, progs)
