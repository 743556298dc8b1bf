"""Generate rootssym_golden.jsonl: roots() of linear and quadratic
polynomials whose coefficients are polynomials or rational functions in
symbols, monic or not (m*s**2 + c*s + k, a mass-spring system's
characteristic polynomial), as a dict and with multiple=True. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_rootssym.py > rootssym_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\ns, m, k, c, b, g, L, w = symbols('s m k c b g L w')\n"

random.seed(20261206)
SYMS = ['m', 'k', 'c', 'b', 'g', 'L', 'w']


def atom():
    r = random.random()
    if r < 0.35:
        return str(random.choice([1, 2, 3, -1, -2, 4, 5, 'S(1)/2', 'S(3)/2']))
    if r < 0.75:
        return random.choice(SYMS)
    return '%s*%s' % (random.choice([2, -1, 3, random.choice(SYMS)]), random.choice(SYMS))


def coef(allow0=False):
    r = random.random()
    if allow0 and r < 0.2:
        return '0'
    if r < 0.6:
        return atom()
    if r < 0.8:
        return '%s + %s' % (atom(), atom())
    if r < 0.9:
        return '(%s)/%s' % (atom(), random.choice(SYMS))
    return '(%s)**2' % atom()


PROGRAMS = []
for _ in range(220):
    p = '(%s)*s**2 + (%s)*s + (%s)' % (coef(), coef(True), coef())
    PROGRAMS.append('print(roots(%s, s, multiple=True))' % p)
for _ in range(40):
    p = '(%s)*s + (%s)' % (coef(), coef())
    PROGRAMS.append('print(roots(%s, s))' % p)
PROGRAMS += [
    'print(roots(m*s**2 + k, s))',
    'print(roots(m*s**2 + c*s + k, s, multiple=True))',
    'print(roots(L*s**2 + g, s, multiple=True))',
    'print(roots(2*s**2 + k, s))',
]

emit(PRE, PROGRAMS)
