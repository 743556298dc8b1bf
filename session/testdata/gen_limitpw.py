"""Generate limitpw_golden.jsonl: limit of random Piecewise functions
(and of products and sums with them) at their breakpoints and elsewhere,
from either side and both. SymPy 1.14 takes the branch whose condition
holds at the point itself (Piecewise._eval_as_leading_term), whichever
the side; dcalc must print the same or raise NotImplementedError. Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitpw.py > limitpw_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261207)
BRANCH = ['x', 'x**2', '2*x - 1', '1/x', '1/(x - 1)', 'sin(x)/x', '(x**2 - 1)/(x - 1)', 'exp(x)', '3', '-x + 4',
          'cos(x)', 'x**3 - x', '1/x**2', 'tan(x)', '(exp(x) - 1)/x', '0']
RELS = ['<', '<=', '>', '>=']
POINTS = ['0', '1', '2', '-1', 'S(1)/2']


def rpiece():
    n = rng.choice([1, 2])
    bps = sorted(rng.sample([-1, 0, 1, 2], n))
    parts = []
    for b in bps:
        parts.append('(%s, x %s %d)' % (rng.choice(BRANCH), rng.choice(['<', '<=']), b))
    parts.append('(%s, True)' % rng.choice(BRANCH))
    return 'Piecewise(%s)' % ', '.join(parts)


progs = []
for _ in range(110):
    f = rpiece()
    wrap = rng.choice(['%s', '%s', '%s*x', '%s + x', '(%s)**2', 'x/%s' if False else '%s - 1'])
    progs.append("print(limit(%s, x, %s, '%s'))" % (wrap % f, rng.choice(POINTS), rng.choice(['+', '-', '+-'])))
for _ in range(15):
    progs.append("print(limit(%s, x, %s))" % (rpiece(), rng.choice(POINTS)))
progs += [
    "print(limit(Piecewise((x, Eq(x, 1)), (2, True)), x, 1), limit(Piecewise((x, Ne(x, 1)), (2, True)), x, 1))",
    "print(limit(Piecewise((x**2, (x > 0) & (x < 2)), (x, True)), x, 0, '+'))",
    "print(limit(Piecewise((x**2, x < 1), (2*x - 1, True)), x, oo))",
    "print(limit(Piecewise((log(x), x > 1), (x - 1, True)), x, 1))",
    "print(limit(Piecewise((sqrt(x), x > 0), (0, True)), x, 0, '+'))",
]
emit(PRE, progs)
