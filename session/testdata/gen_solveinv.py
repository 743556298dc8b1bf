"""Generate solveinv_golden.jsonl: solve of equations in one function of
x applied to a polynomial or radical (log(x + 1) = a, atan(2*x) = 5,
log(x**2 + 1)**2 = 1, exp(x - 3) = 2, asin, tan), which SymPy's _solve
inverts (checking the candidates: atan(2*x) = 5 has no solution,
log(x) = -4*I neither), and sums of two logarithms equal to an x-free
rest, which _tsolve combines (log(x - 1) - log(x) = a). Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solveinv.py > solveinv_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c, x0 = symbols('x a b c x0')\n"

random.seed(20261206)
F = ['log', 'atan', 'log', 'asin', 'exp', 'tan']
INNER = ['x + 1', '2*x', 'x - 3', '2*x + 1', 'x**2 + 1', 'x**2', '1 - x', 'x/2', '3*x - 2', 'sqrt(x)', 'x**3']
RHS = ['a', '2', '0', '1', 'a + b', '-1', '5', 'b/2', 'I', '1/2', '3', '-4*I']

PROGRAMS = []
for _ in range(300):
    f, g, r = random.choice(F), random.choice(INNER), random.choice(RHS)
    form = random.random()
    if form < 0.6:
        e = '%s(%s) - %s' % (f, g, r)
    elif form < 0.8:
        e = '2*%s(%s) - %s' % (f, g, r)
    else:
        e = '%s(%s)**2 - %s' % (f, g, r)
    PROGRAMS.append('print(solve(%s, x))' % e)
PROGRAMS += [
    'print(solve(log(x) + 4*I, x), solve(log(x) - 5, x), solve(log(x)**2 - 1, x))',
    'print(solve(log(x + 3) + cos(a) - b, x), solve(log(2 - x) - a, x))',
    'print(solve(atan(x + 1) - a, x), solve(atan(2*x) - 5, x), solve(atan(2*x) - 1, x))',
]
# sums of logarithms against an x-free rest (_tsolve's logcombine)
LOGS = ['log(x)', 'log(x - 1)', 'log(x + 1)', 'log(2*x)', 'log(1 - x)', 'log(x - 2)', 'log(x + 3)', 'log(3*x + 1)']
for _ in range(80):
    l1, l2 = random.sample(LOGS, 2)
    c1, c2 = random.choice(['', '-', '2*', '-2*']), random.choice(['+ ', '- ', '+ 2*', '- 2*'])
    r = random.choice(['a', 'a + b', '2', 'x0', '-1', 'b*c'])
    PROGRAMS.append('print(solve(%s%s %s%s - (%s), x))' % (c1, l1, c2, l2, r))

emit(PRE, PROGRAMS)
