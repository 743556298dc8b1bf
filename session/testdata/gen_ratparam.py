"""Generate ratparam_golden.jsonl: integrate of rational functions of x
whose numerator carries a parameter factor over a denominator with
rational coefficients (y*(x + 1)/(x*(x + 2)), y*(x**3 + 1)/(x**2 + 3*x +
2)), sums of such terms, and the same with a real parameter: SymPy runs
ratint with the parameter inside, so the polynomial and rational parts
have it in their terms and the logarithms are the parameter times a sum.
dcalc must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ratparam.py > ratparam_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nr = symbols('r', real=True)\n"

rng = random.Random(11)
DENS = ['x*(x + 2)', 'x**2 + 3*x + 2', '(x + 1)**2*(x + 2)', '(x + 2)**2', 'x**2 - 1', 'x**2 + 1', 'x**2 - 2',
        'x*(x - 1)*(x + 3)', '(x - 1)**3', 'x**3 - x', '2*x**2 - 8', 'x**2*(x + 1)', '(x**2 + 1)*(x - 1)',
        'x**2 + x + 1', '3*x + 6']
NUMS = ['x + 1', 'x**2 + 1', '2*x + 3', 'x**3 + 1', 'x - 4', '3*x**2 - x + 2', 'x**2', '5*x + 5', 'x**4 + x']
PARAMS = ['y', 'y', 'y', '2*y', '-y', 'y/3', 'y*z', 'y**2', 'r', '3*r', 'pi', 'sqrt(2)']
progs = []
for _ in range(220):
    d, n, p = rng.choice(DENS), rng.choice(NUMS), rng.choice(PARAMS)
    f = '%s*(%s)/(%s)' % (p, n, d)
    if rng.random() < 0.2:
        f += ' + %s/(%s)' % (p, rng.choice(DENS))
    op = rng.choice(['print(integrate(%s, x))', 'print(integrate(%s, x))', 'print(integrate(%s, x))',
                     'pprint(integrate(%s, x))', 'print(integrate(%s, (x, 3, 4)))'])
    progs.append(op % f)
emit(PRE, progs)
