"""Generate limitlog_golden.jsonl: limits at oo of sums of rational
multiples of logarithms of polynomials (log(x) - log(x + 1), an oo - oo
form, is 0), alone, beside other terms and under a product, and the
improper integrals of rational functions whose antiderivatives hold such
sums (SymPy answers those with meijerint_definite first: dcalc refuses
them). Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitlog.py > limitlog_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261208)

POLYS = ['x', 'x + 1', '2*x + 3', 'x**2 + 1', 'x - 1', '3*x', 'x**2 + x + 1', 'x**3 + 2', '5*x - 2', 'x + 7']
QS = ['1', '-1', '2', '-2', 'Rational(1, 2)', '-Rational(1, 2)', '3', 'Rational(-3, 2)']
EXTRA = ['', ' + 1/x', ' + 2', ' - x/(x + 1)', ' + exp(-x)']


def log_sum():
    n = random.choice([2, 2, 3])
    ps = random.sample(POLYS, n)
    return ' + '.join('(%s)*log(%s)' % (random.choice(QS), p) for p in ps)


PROGRAMS = []
for _ in range(60):
    e = log_sum() + random.choice(EXTRA)
    if random.random() < 0.2:
        e = 'x*(%s)' % e
    PROGRAMS.append('print(limit(%s, x, oo))' % e)
PROGRAMS += [
    'print(limit(log(x) - log(x + 1), x, oo), limit(log(2*x + 1) - log(x), x, oo))',
    'print(limit(x*(log(x + 1) - log(x)), x, oo), limit(log(x**2 + 1)/2 - log(x), x, oo))',
    'print(limit(log(x - 1)/2 - log(x + 1)/2, x, oo), limit(3*log(x) - log(x**3 + x), x, oo))',
    'print(Limit(log(x) - log(x + 1), x, oo).doit())',
]
emit(PRE, PROGRAMS)
