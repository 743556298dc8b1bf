"""Generate solvesetcomp_golden.jsonl: solveset of a trigonometric or
exponential numerator over a denominator that vanishes (sin(x)/x,
tan(x)/x, (exp(x) - 1)/x, cos(x)/(x - pi/2)): SymPy's _solve_as_rational
leaves Complement(ImageSet(...), {p}) for each image set; and linear
equations with irrational coefficients (x - pi). Printed by str, pprint,
latex, args, and intersected with an Interval. dcalc must print SymPy's
answer or raise NotImplementedError. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_solvesetcomp.py > solvesetcomp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(23)
NUM = ['sin(x)', 'cos(x)', 'tan(x)', 'sin(2*x)', 'exp(x) - 1', 'sin(x) - Rational(1, 2)', 'cos(x) - 1', 'sin(x)**2', 'exp(2*x) - 4']
DEN = ['x', 'x**2', 'x - pi', 'x - pi/2', '(x - 1)', 'x*(x - 2)', 'x + pi', '(x**2 + 1)']
LIN = ['x - pi', '2*x - sqrt(2)', 'x + E', '3*x - pi/2', 'x - I*pi', 'pi*x - 1', 'x - log(2)']
DOMS = ['', ', S.Reals', ', S.Complexes']
SHOW = ['print(%s)', 'print(%s)', 'pprint(%s, use_unicode=True)', 'pprint(%s, use_unicode=False)', 'print(latex(%s))']

progs = []
for _ in range(120):
    r = rng.random()
    if r < 0.8:
        call = 'solveset((%s)/(%s), x%s)' % (rng.choice(NUM), rng.choice(DEN), rng.choice(DOMS))
        k = rng.random()
        if k < 0.12:
            progs.append('print(%s.intersect(Interval(-7, 7)))' % call)
        elif k < 0.22:
            progs.append('s = %s\nprint(s.args)\nprint(2*pi in s, 0 in s)' % call)
        else:
            progs.append(rng.choice(SHOW) % call)
    else:
        progs.append(rng.choice(SHOW) % ('solveset(%s, x%s)' % (rng.choice(LIN), rng.choice(DOMS))))
emit(PRE, progs)
