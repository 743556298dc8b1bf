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
# denominators free of x: the polynomial part over the field of
# fractions of the other symbols (the continued fractions of SymPy's
# tutorial)
progs.append("def list_to_frac(l):\n    expr = Integer(0)\n    for i in reversed(l[1:]):\n        expr += i\n        expr = 1/expr\n    return l[0] + expr\n"
             "syms = symbols('a0:5')\nfrac = cancel(list_to_frac(syms))\nl = []\nfor s in syms:\n    frac = apart(frac, s)\n    print(frac)\n"
             "    l.append(s)\n    if s != syms[-1]:\n        frac = 1/(frac - s)\nprint(list_to_frac(l))")
CNUMS = ['a*x**2 + 2*b*x + 3', 'x**3 + a**2*x + 4*a*b', '2*a*x + 6', 'x - a', 'a - x', 'a*b*x**2 + a*x + b', '(a + 1)*x + 2*a + 2',
         'x**2 + (a + b)*x + a*b', '-a*x + b', 'a**2*x**2 - b**2']
CDENS = ['a*b + 1', 'a + b', '2*a + 2', '4*a*b', 'a**2 + 2*a*b + b**2', 'a + 1', 'a - b', 'a**2 + 1', '3*a*b*c + c', '-a - 1']
for _ in range(40):
    progs.append('print(apart((%s)/(%s), x))' % (rng.choice(CNUMS), rng.choice(CDENS)))
progs += ['print(apart(%s, x))' % f for f in [
    '(-(a + b)*x**2 + (a - 2*b)*x - 3)/(-a*b - 2)', '((a + b)*x**2 - (a - 2*b)*x - 3*c)/(a*b - 2*c)',
    '((-a - b)*x**3 + (b**2 - a**2)*x)/(b - a)', '((b - c)*x**2 + (a*b + c)*x + a)/(2*c*b - 4*a)',
    '(6*a*x**2 + (4*b - 2)*x - 2*a*b)/(-2*a*b - 4*a)', '(x**2*(a**2 - b**2))/(a + b)', '(x*(a**2 - 1) + a + 1)/(1 - a)']]
emit(PRE, progs)
