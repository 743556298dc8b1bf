"""Generate improper_golden.jsonl: improper integrals of rational
functions and of exponentials, Gaussians, powers and sin(x)/x over
half-lines from a nonzero point and over the whole line.
SymPy 1.14 tries meijerint_definite first when a limit is infinite; its
forms for atan values turn on the hypergeometric branch (1/(x**2 + 1)
over (1/2, oo) is atan(2), over (2, oo) -atan(2) + pi/2), so dcalc
refuses those with an atan, Si, Ei or li left, and erf over a half-line
holding 0 (exp(-x**2) over (-1, oo) is sqrt(pi)*(2 - erfc(1))/2), and
must print SymPy's answer for the rest. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_improper.py > improper_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(5)
DEN = ['x**2 + 4', 'x**2 + 1', 'x**2 + 9', 'x**2 + 2*x + 2', '(x**2 + 1)**2', 'x**2 + 3', '4*x**2 + 1', 'x**3 + 1',
       'x*(x + 1)', '(x + 1)**2', 'x**2 + x + 1', 'x**4 + 1']
NUM = ['1', 'x', '2', 'x + 1', '3*x']
IV = ['(x, 1, oo)', '(x, 2, oo)', '(x, -1, oo)', '(x, -oo, 1)', '(x, 0, oo)', '(x, -oo, oo)', '(x, S(1)/2, oo)',
      '(x, -oo, -2)']
progs = ['print(integrate((%s)/(%s), %s))' % (rng.choice(NUM), rng.choice(DEN), rng.choice(IV)) for _ in range(150)]
rng = random.Random(7)
F = ['exp(-x)', 'x*exp(-x)', 'x**2*exp(-x)', 'exp(-2*x)*sin(x)', 'exp(-x)*cos(3*x)', 'exp(-x**2)', 'x*exp(-x**2)',
     'x**2*exp(-x**2)', '1/x**2', '1/x**3', 'x**(-S(3)/2)', '1/sqrt(x)', 'log(x)/x**2', 'exp(-x)/2', 'exp(x)',
     '1/(1 + exp(x))', 'exp(-Abs(x))', 'x/(x**2 + 1)**2', 'exp(-x)*x**3', 'sin(x)/x', '1/x', 'exp(-3*x + 1)', '2**(-x)',
     'exp(-x/2)*x']
IV = ['(x, 0, oo)', '(x, 1, oo)', '(x, 2, oo)', '(x, -oo, 0)', '(x, -oo, oo)', '(x, -1, oo)', '(x, -oo, 1)',
      '(x, S(1)/2, oo)']
progs += ['print(integrate(%s, %s))' % (rng.choice(F), rng.choice(IV)) for _ in range(150)]
emit(PRE, progs)
