"""Generate solvesetcalc_golden.jsonl: solveset of the derivative of the
functions calculus notebooks study (x*exp(-x**2), x**2*exp(-x),
x*log(x), logistic curves, exp(x)/x), set to zero over S.Reals,
S.Complexes and half-lines: SymPy's _solve_as_rational (together, the
numerator's solutions less the denominator's) and its inversion of exp
and log. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesetcalc.py > solvesetcalc_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(3)
POLY = ['x', 'x**2', 'x**3', '(x - 1)', '(x**2 - 1)', '(2*x + 1)', '(x**2 - 3*x)', '1']
EXPF = ['exp(-x)', 'exp(x)', 'exp(-x**2)', 'exp(2*x)', 'exp(-x/2)', 'exp(x**2/2)', 'exp(-x**2/2)']
OTHER = ['x*log(x)', 'log(x)/x', 'x**2*log(x)', 'log(x**2 + 1)', 'x - log(x)', '1/(1 + exp(-x))',
         'exp(x)/x', 'x/exp(x)', 'exp(x) - 2*x', 'exp(2*x) - 4*exp(x)', 'log(x) - x/2', 'x*exp(x) - exp(x)',
         'exp(x)/(x**2 + 1)', 'x**2/exp(x)', 'log(x)**2', 'exp(-x)*(x**2 + 1)', 'log(x + 1) - x']
DOMS = ['', ', S.Reals', ', S.Reals', ', Interval(0, oo)', ', Interval.open(0, oo)', ', Interval(-1, 3)']
SHOW = ['print(%s)', 'print(%s)', 'pprint(%s, use_unicode=True)', 'print(latex(%s))']

progs = []
for _ in range(200):
    if rng.random() < 0.55:
        f = '%s*%s' % (rng.choice(POLY), rng.choice(EXPF))
    else:
        f = rng.choice(OTHER)
    order = rng.choice([1, 1, 1, 2])
    e = 'diff(%s, x)' % f if order == 1 else 'diff(%s, x, 2)' % f
    progs.append(rng.choice(SHOW) % ('solveset(%s, x%s)' % (e, rng.choice(DOMS))))
emit(PRE, progs)
