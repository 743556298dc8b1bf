"""Generate logpoly_golden.jsonl: integrate of polynomials in log(a*x)
whose coefficients are Laurent polynomials in x (x*log(x)**2,
(x + 1)*log(x)**2 + log(x)/x, log(x)**2/x**3 + 1/x**2), alone and times
a factor free of x (y*log(x), sqrt(3)*(x**2 + 1)*log(x)): SymPy answers
them with risch_integrate's primitive case, each power of log(a*x) once
with its coefficient. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_logpoly.py > logpoly_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(7)
LOGS = ['log(x)', 'log(x)', 'log(x)', 'log(2*x)', 'log(x/3)']
COEFFS = ['1', '2', '-1', '3', 'S(1)/2', '-S(2)/3', '5']
FACTORS = ['', '', '', 'y*', 'sqrt(2)*', 'pi*', '-3*y*', 'E*']
progs = []
for _ in range(260):
    lg = rng.choice(LOGS)
    terms = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        c = rng.choice(COEFFS)
        m = rng.choice([-3, -2, -1, 0, 0, 1, 1, 2, 3])
        j = rng.choice([0, 1, 1, 2, 2, 3, 4])
        t = c + ('*x**(%d)' % m if m else '') + ('*%s**%d' % (lg, j) if j else '')
        terms.append(t)
    if all('log' not in t for t in terms):
        terms.append(lg)
    body = ' + '.join(terms)
    fac = rng.choice(FACTORS)
    f = fac + '(' + body + ')' if fac else body
    op = rng.choice(['print(integrate(%s, x))', 'print(integrate(%s, x))', 'print(integrate(%s, x))',
                     'print(integrate(%s, (x, 1, 2)))', 'pprint(integrate(%s, x))'])
    progs.append(op % f)
for f in ['x*log(x)**2', 'log(x)**2', 'log(x)**3', 'x**2*log(x)**2', '(x + 1)*log(x)**2', 'x*log(x)**2 + log(x)',
          'y*log(x)', 'x**2*y*log(x)', 'sqrt(3)*(x**2 + 1)*log(x)', 'x*(log(x) + 1)**2', 'log(x)**2/x**2',
          'x*log(2*x)**2 + log(2*x)/x', 'x*log(x) + 1/x', '(x + 1/x)*log(x)**2', 'log(x)**2/x**3 + x',
          'y*log(x) + log(x)', 'x*log(x)**2 + log(x)/x', 'log(x)**2*(x**3 - x)/7 + 1']:
    progs.append('print(integrate(%s, x))' % f)
emit(PRE, progs)
