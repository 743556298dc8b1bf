"""Generate solvesetexp_golden.jsonl: solveset of exponential and
logarithmic equations with numeric bases (2**x - 8, 3**(2*x) - 9,
(1/2)**x - 8, 10**x - 1000), over S.Reals (logarithms in the base,
log(8, 2) evaluated to 3 by SymPy's multiplicity) and S.Complexes (where
SymPy answers ConditionSet(x, Eq(2**x - 8, 0), Complexes)), and
trigonometric equations SymPy cannot invert over the complexes
(ConditionSet(x, Eq(sin(x)**2 - 1/4, 0), Complexes)), printed by str,
pprint and latex, and log(a, b) itself. dcalc must print SymPy's answer
or raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesetexp.py > solvesetexp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(5)
BASE = ['2', '3', '10', 'Rational(1, 2)', '5', 'E']
EXPO = ['x', '2*x', 'x + 1', 'x/2', '-x', '3*x - 1', 'x - 2']
VAL = ['8', '9', '1000', 'Rational(1, 4)', '5', '1', '-1', '16', 'Rational(1, 8)', '2', '0']
COEF = ['', '2*', '5*', '-']
TRIGC = ['sin(x)**2 - Rational(1, 4)', 'cos(x)**2 - 1', 'tan(x)**2 - 3', '2*sin(x)**2 - 1', 'cos(x)**2 - Rational(3, 4)',
         'sin(2*x)**2 - 1', 'sqrt(sin(x)) - 1', 'cos(x)**3 - Rational(1, 8)']
LOGS = ['log(%s, %s)' % (a, b) for a in ['8', 'Rational(1, 4)', '12', '-8', '5', 'Rational(9, 4)', '1000', '0', '1']
        for b in ['2', 'Rational(1, 2)', '10', 'Rational(3, 2)', '3']]
SHOW = ['print(%s)', 'print(%s)', 'pprint(%s, use_unicode=True)', 'pprint(%s, use_unicode=False)', 'print(latex(%s))']

progs = []
for _ in range(220):
    r = rng.random()
    if r < 0.55:
        e = '%s(%s)**(%s) - %s' % (rng.choice(COEF), rng.choice(BASE), rng.choice(EXPO), rng.choice(VAL))
        call = 'solveset(%s, x%s)' % (e, rng.choice(['', ', S.Reals', ', S.Reals', ', S.Complexes']))
    elif r < 0.8:
        call = 'solveset(%s, x%s)' % (rng.choice(TRIGC), rng.choice(['', ', S.Complexes', ', S.Reals']))
        if rng.random() < 0.2:
            call += '.intersect(Interval(0, %s))' % rng.choice(['10', '2*pi', '1'])
    else:
        progs.append('print(%s)' % rng.choice(LOGS))
        continue
    progs.append(rng.choice(SHOW) % call)
emit(PRE, progs)
