"""Generate solvesetpowreal_golden.jsonl: solveset over S.Reals of
equations in a rational power of an expression (x**(1/3) - 2,
sqrt(x - 1) - 3, x**(2/3) - 4, sqrt(exp(x)) - 2, log(x)**2 - 1),
which SymPy's _invert_real inverts with real_root (even roots keep the
nonnegative values, even numerators both signs), solving for a real
Dummy. dcalc must print SymPy's answer or raise NotImplementedError. Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesetpowreal.py > solvesetpowreal_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(17)
INNER = ['x', 'x - 1', '2*x + 3', 'exp(x)', 'log(x)', 'x**2', 'x**2 + 1', '3 - x', 'exp(-x)', 'log(x + 2)']
EXPO = ['Rational(1, 2)', 'Rational(1, 3)', 'Rational(2, 3)', 'Rational(3, 2)', '2', '3', '-2', 'Rational(1, 4)', '-Rational(1, 2)', '4']
VAL = ['2', '3', '0', '-2', '4', 'Rational(1, 2)', '8', '-1', '1']
SHOW = ['print(%s)', 'print(%s)', 'pprint(%s, use_unicode=True)', 'print(latex(%s))']

progs = []
for _ in range(200):
    e = '(%s)**(%s) - %s' % (rng.choice(INNER), rng.choice(EXPO), rng.choice(VAL))
    if rng.random() < 0.2:
        e = '%s*%s' % (rng.choice(['2', '-3', 'Rational(1, 2)']), e.replace(' - ', ' - (', 1) + ')')
    progs.append(rng.choice(SHOW) % ('solveset(%s, x, S.Reals)' % e))
emit(PRE, progs)
