"""Generate solvehyp_golden.jsonl: solve of equations in sinh and cosh
(cosh(x) - 2, sinh(2*x) - 3, cosh(x) + sinh(x) - 3, derivatives of
catenaries and of x*cosh(x)), which SymPy's _tsolve rewrites with exp
when the generator cannot be inverted. dcalc must print SymPy's answer
or raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvehyp.py > solvehyp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(29)
ATOM = ['sinh(x)', 'cosh(x)', 'sinh(2*x)', 'cosh(2*x)', 'sinh(x/2)', 'cosh(x + 1)', 'sinh(x)**2', 'cosh(x)**2']
COEF = ['', '2*', '-', '3*', 'Rational(1, 2)*']
CONST = ['', ' - 1', ' - 2', ' + 1', ' - 3', ' - Rational(5, 4)', ' + 3']
DIFFS = ['cosh(x) - 2*x', 'x*cosh(x)', 'cosh(x)/x', 'sinh(x) - 3*x', 'cosh(x) - x**2/2', 'x*sinh(x)', 'exp(x) - cosh(x)',
         'cosh(2*x) - 4*cosh(x)', 'sinh(x)**2 - x']

progs = []
for _ in range(160):
    r = rng.random()
    if r < 0.25:
        e = 'diff(%s, x)' % rng.choice(DIFFS)
    elif r < 0.85:
        k = rng.choice([1, 1, 2])
        e = rng.choice(COEF) + rng.choice(ATOM)
        for _ in range(k - 1):
            e += rng.choice([' + ', ' - ']) + rng.choice(COEF) + rng.choice(ATOM)
        e += rng.choice(CONST)
    else:
        e = '%s*(%s%s)' % (rng.choice(['x', '(x - 1)', 'x**2']), rng.choice(ATOM), rng.choice(CONST))
    progs.append('print(solve(%s, x))' % e)
emit(PRE, progs)
