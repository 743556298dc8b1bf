"""Generate expparam_golden.jsonl: integrate of a polynomial times
exp(k*x) with a symbolic k (x*exp(a*x), (x**2 + 1)*exp(-a*x/3),
y*x*exp(a*b*x), x*exp(-p*x) for a positive p), indefinite and over
intervals: SymPy's risch_integrate answer over k**n with integer
coefficients, inside a Piecewise with the value at k = 0 when k may
vanish. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_expparam.py > expparam_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b = symbols('x y a b')\np, q = symbols('p q', positive=True)\nr = symbols('r', real=True)\n"

rng = random.Random(3)
POLYS = ['x', 'x**2', 'x + 1', '2*x - 3', 'x**3', 'x**2 + 1', 'x/2', '3*x**2 - x', 'x**4', '(x + 1)**2']
KS = ['a', '-a', '2*a', 'a/3', '-3*a/2', 'a*b', 'p', '-p', '-2*p', 'p*q', 'r', '-r/2', 'a**2']
CS = ['', '', '', 'y*', '5*', '-', 'b*', 'p*']
progs = []
for _ in range(200):
    P, k, c = rng.choice(POLYS), rng.choice(KS), rng.choice(CS)
    f = '%s(%s)*exp(%s*x)' % (c, P, k)
    op = rng.choice(['print(integrate(%s, x))', 'print(integrate(%s, x))', 'pprint(integrate(%s, x))',
                     'print(integrate(%s, (x, 0, 1)))', 'print(integrate(%s, (x, 0, oo)))', 'print(latex(integrate(%s, x)))'])
    progs.append(op % f)
emit(PRE, progs)
