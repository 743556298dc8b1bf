"""Generate relside_golden.jsonl: expand, factor, together, trigsimp,
expand_trig, radsimp, expand_log, signsimp, expand_mul, factor_terms,
and logcombine of an equation or inequality (SymPy takes them
on each side and builds the relation again, which may then be decided),
and cancel and powsimp, which return a relation as it is, as teaching
notebooks manipulate equations. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_relside.py > relside_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\np = Symbol('p', positive=True)\n"

rng = random.Random(16)
S = ['(x + 1)**2', 'x**2 - 1', '1/x + 1/y', 'sin(x)**2 + cos(x)**2', 'sin(2*x)', '1/(1 + sqrt(2))', 'log(p**2)',
     '-(-x - 1)', 'x*(x + 1)', '2*x + 2*y', 'log(p) + log(2)', '(p**2)**y', '0', 'y', '1', '(x**2 - 1)/(x - 1)',
     'x**y*x**2', '3']
F = ['expand', 'factor', 'together', 'trigsimp', 'expand_trig', 'radsimp', 'expand_log', 'signsimp', 'expand_mul',
     'factor_terms', 'logcombine', 'powdenest', 'cancel', 'powsimp']
R = ['Eq', 'Eq', 'Eq', 'Ne', 'Lt', 'Ge']
progs = []
for _ in range(140):
    f, r, a, b = rng.choice(F), rng.choice(R), rng.choice(S), rng.choice(S)
    progs.append('print(%s(%s(%s, %s)))' % (f, r, a, b))
emit(PRE, progs)
