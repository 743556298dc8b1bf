"""Generate ratlogreal_golden.jsonl: integrals of rational functions
whose denominators have roots sharing complex residues beyond a
quadratic factor (x/(x**4 + 1) is atan(x**2)/2, x**2/(x**6 + 1) is
atan(x**3)/3, x/(x**4 + 4) is atan(x**2/2)/4): ratint_logpart's S(t, x)
and log_to_real with log_to_atan; with other numerators and
denominators around them. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ratlogreal.py > ratlogreal_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261215)

DENS = ['x**4 + 1', 'x**4 + 4', 'x**6 + 1', 'x**4 + 16', 'x**6 + 8', 'x**8 + 1', '(x**4 + 1)*(x - 1)', 'x**4 + x**2 + 1',
        'x**6 - 1', '4*x**4 + 1', 'x**4 + 9', '(x**2 + 1)*(x**4 + 1)', 'x**5 + x', 'x**7 + x']
NUMS = ['1', 'x', 'x**2', 'x**3', '2*x', 'x**5', 'x + 1', '3*x**3', 'x**2 - 1', 'x**3 + x']

PROGRAMS = []
for d in DENS:
    for n in random.sample(NUMS, 6):
        PROGRAMS.append('print(integrate((%s)/(%s), x))' % (n, d))
PROGRAMS += [
    'print(integrate(x/(x**4 + 1), (x, 0, oo)), integrate(x/(x**4 + 1), (x, 0, 1)), integrate(x**2/(x**6 + 1), (x, -oo, oo)))',
    'print(latex(integrate(x/(x**4 + 4), x)))',
]
emit(PRE, PROGRAMS)
