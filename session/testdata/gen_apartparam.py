"""Generate apartparam_golden.jsonl: apart(f, x) of rational functions
whose numerator has other symbols in its coefficients over a denominator
with rational coefficients (a/(x**2 - 1), (a*x + b)/(x*(x + 1)),
(x + a)/(x**2 - 4)), as notebooks write partial fractions with symbolic
constants, in the three printers. dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_apartparam.py > apartparam_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\nk = symbols('k', positive=True)\n"

rng = random.Random(23)
NUMS = ['a', 'a*x + b', 'x + a', 'a*x**2 + b', 'a*b', '2*a*x + 2*b', 'a*x - a', 'a + b', 'k*x + 1', 'a*x**3 + c',
        'a**2', 'a*x**2 + b*x + c', '3*a', 'x**2 + a*x', 'a*x**4']
DENS = ['x**2 - 1', 'x*(x + 1)', '(x - 1)**2*(x + 2)', 'x*(2*x + 1)', 'x**2 + 1', 'x**2 - 4', 'x**2 - x',
        'x**2 + 3*x + 2', 'x**3 - x', '(x + 1)**3', '(x**2 + 1)*(x - 1)', 'x**2*(x - 3)', '2*x**2 - 8', 'x + 5']
progs = []
for _ in range(200):
    f = '(%s)/(%s)' % (rng.choice(NUMS), rng.choice(DENS))
    op = rng.choice(['print(apart(%s, x))', 'print(apart(%s, x))', 'pprint(apart(%s, x))',
                     'print(latex(apart(%s, x)))', 'print(apart(%s))'])
    progs.append(op % f)
emit(PRE, progs)
