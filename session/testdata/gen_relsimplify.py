"""Generate relsimplify_golden.jsonl: simplify of an equation or
inequality (Relational._eval_simplify: both sides simplified, a numeric
or zero difference decides it, a linear relation in one symbol solved
for it, a polynomial one over the gcd of its coefficients with the
constant on the right, canonical form), as teaching notebooks tidy an
equation. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_relsimplify.py > relsimplify_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\nr = Symbol('r', real=True)\n"

rng = random.Random(17)
S = ['2*x', '4', 'x + 1', '3*x - 6', '0', '-x', 'x/2 + 1', 'x**2', '2*x**2 + 4*x', '6', 'x**2 + 2*x + 1',
     '(x - 1)*(x + 1)', 'x**2 - 1', 'sin(x)**2 + cos(x)**2', 'y', 'exp(x)', '2', '-3*x', '5 - x', 'r', '2*r + 1',
     '1', 'x**3 - x', 'S(1)/2']
R = ['Eq', 'Eq', 'Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge']
progs = []
for _ in range(150):
    f, a, b = rng.choice(R), rng.choice(S), rng.choice(S)
    progs.append('print(simplify(%s(%s, %s)))' % (f, a, b))
emit(PRE, progs)
