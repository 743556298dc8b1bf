"""Generate gaussint_golden.jsonl: integrals of a polynomial times the
exponential of a*x**2 (the moments of a normal density): elementary ones
that risch_integrate answers as a polynomial times exp(a*x**2), the
others (no elementary part) integrated again term by term by heurisch
with its erf hint, indefinite and over (-oo, oo), (0, oo) and finite
intervals. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_gaussint.py > gaussint_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261207)

EXPONENTS = ['-x**2', '-x**2/2', '-2*x**2', '-x**2/3', '-3*x**2', 'x**2', 'x**2/2', '-5*x**2/4']
FACTORS = ['', '3*', '/sqrt(2*pi)', '/sqrt(pi)', 'Rational(2, 5)*']
LIMITS = ['x', '(x, -oo, oo)', '(x, 0, oo)', '(x, 0, 1)', '(x, -1, 2)']


def random_poly():
    deg = random.randint(0, 6)
    terms = []
    for k in range(deg + 1):
        if k == deg or random.random() < 0.4:
            c = random.choice([1, 1, 2, -1, 3, -5, 'Rational(1, 2)'])
            terms.append('%s*x**%d' % (c, k))
    return '(' + ' + '.join(terms) + ')'


def integrand():
    e = '%s*exp(%s)' % (random_poly(), random.choice(EXPONENTS))
    f = random.choice(FACTORS)
    if f.startswith('/'):
        return e + f
    return f + e


PROGRAMS = []
for k in range(2, 9):
    PROGRAMS.append('print(integrate(x**%d*exp(-x**2), x))' % k)
    PROGRAMS.append('print(integrate(x**%d*exp(-x**2/2)/sqrt(2*pi), (x, -oo, oo)))' % k)
for _ in range(150):
    PROGRAMS.append('print(integrate(%s, %s))' % (integrand(), random.choice(LIMITS)))
PROGRAMS += [
    'print(integrate(x**2*exp(-x**2) + x**3*exp(-x**2), x))',
    'print(integrate(x**2*exp(-x**2) + x, x))',
    'f = exp(-x**2/2)/sqrt(2*pi)\nprint(integrate(f, (x, -oo, oo)), integrate(x*f, (x, -oo, oo)), integrate(x**2*f, (x, -oo, oo)))',
    'print(Integral(x**2*exp(-x**2), x).doit())',
    'print(latex(integrate(x**2*exp(-x**2), x)))',
    'pprint(integrate(x**4*exp(-x**2/2), x))',
    'print(diff(integrate(x**2*exp(-x**2), x), x))',
]
emit(PRE, PROGRAMS)
