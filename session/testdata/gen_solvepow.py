"""Generate solvepow_golden.jsonl: solve of equations holding powers
with the unknown in the exponent (the critical points of x**x,
x**(1/x), 2**x*(x - 1) and their kin): _tsolve factors the sum
(x**x*log(x) + x**x is x**x*(log(x) + 1)) and the factors x**x and
2**x never vanish. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvepow.py > solvepow_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261209)

BASES = ['x**x', 'x**(1/x)', 'x**(2*x)', 'x**(x/2)', '2**x', '3**x', 'x**(3*x)', 'exp(x)', 'x**(-x)']
OTHERS = ['(x - 1)', '(x - 2)', 'log(x)', '(log(x) + 1)', '(x**2 - 4)', '(2*x - 3)', '(log(x) - 2)', 'x']

PROGRAMS = []
for b in BASES:
    PROGRAMS.append('print(solve(diff(%s, x), x))' % b)
    PROGRAMS.append('print(solve(%s, x))' % b)
for _ in range(40):
    fs = [random.choice(BASES)] + random.sample(OTHERS, random.choice([1, 2]))
    e = '*'.join(fs)
    if random.random() < 0.5:
        e = 'diff(%s, x)' % e
    PROGRAMS.append('print(solve(%s, x))' % e)
PROGRAMS += [
    'f = x**(1/x)\nc = solve(diff(f, x), x)\nprint(c, [f.subs(x, p) for p in c])',
    'print(solve(Eq(diff(x**x, x), 0), x), solveset(diff(x**x, x), x, Interval(0, oo)))',
]
emit(PRE, PROGRAMS)
