"""Generate limitrad_golden.jsonl: limits at oo and -oo of quotients,
products and sums of fractional powers of polynomials
(sqrt(x - 1)/sqrt(x + 1) is 1, (x**2 + 1)**(1/3)/x is 0), whose value
is read off the leading growth x**(p/q). Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_limitrad.py > limitrad_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261210)

POLYS = ['x - 1', 'x + 1', '2*x + 3', 'x**2 + 1', '4*x**2 - x', 'x**3 + 2', '9*x**2 + 5', 'x**2 + x + 1', '3*x', '5 - x']
EXPS = ['1/2', '1/3', '2/3', '3/2', '-1/2', '1/4']


def radical():
    return '(%s)**(S(%s))' % (random.choice(POLYS), random.choice(EXPS))


def other():
    return random.choice(['x', 'x**2', '(x + 2)', '(3*x - 1)', '1', '(x**2 - 3)'])


PROGRAMS = []
for _ in range(80):
    shape = random.choice(['r/r', 'r/o', 'o/r', 'r*r', 'r*o/o', 'r+o'])
    e = {
        'r/r': lambda: '%s/%s' % (radical(), radical()),
        'r/o': lambda: '%s/%s' % (radical(), other()),
        'o/r': lambda: '%s/%s' % (other(), radical()),
        'r*r': lambda: '%s*%s' % (radical(), radical()),
        'r*o/o': lambda: '%s*%s/%s' % (radical(), other(), other()),
        'r+o': lambda: '%s + %s' % (radical(), other()),
    }[shape]()
    PROGRAMS.append('print(limit(%s, x, %s))' % (e, random.choice(['oo', 'oo', '-oo'])))
PROGRAMS += [
    'print(limit(sqrt(x - 1)/sqrt(x + 1), x, oo), limit((x**2 + 1)**Rational(1, 3)/x, x, oo))',
    'print(limit(sqrt(4*x**2 + 1)/(x + 1), x, oo), limit(sqrt(9*x**2 + 5)/(2*x - 1), x, -oo))',
    'print(limit(x/sqrt(x**2 + 1), x, oo), limit(x/sqrt(x**2 + 1), x, -oo))',
]
emit(PRE, PROGRAMS)
