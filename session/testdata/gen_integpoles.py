"""Generate integpoles_golden.jsonl: definite integrals of rational
functions with a pole on the interval, inside it or at an end, as
improper-integral lessons show them (1/x**2 over (-1, 1) is oo, not -2):
SymPy's Expr._eval_interval takes limits at the ends and on both sides
of each singular point of the antiderivative, giving oo, -oo, nan or an
infinity with an imaginary part. With integrals without poles for
contrast. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integpoles.py > integpoles_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20)
DENS = ['x', 'x**2', 'x**3', 'x - 1', '(x - 1)**2', 'x**2 - 1', 'x**2 - 4', 'x*(x - 2)', 'x**2 - x', '2*x - 1',
        'x**2 - 2', '(x + 1)**3', 'x**2 + 1', 'x**2 + 2*x', '3*x + 2', 'x*(x + 1)*(x - 1)', 'x**4 - 1']
NUMS = ['1', 'x', 'x + 1', 'x**2', '2*x - 3', 'x**2 + 1', '5']
ENDS = ['-3', '-2', '-1', '0', '1', '2', '3', 'S(1)/2', '-S(1)/2', 'pi', 'sqrt(2)', '-sqrt(2)', 'S(2)/3']
progs = []
seen = set()
while len(progs) < 200:
    n, d = rng.choice(NUMS), rng.choice(DENS)
    a, b = rng.sample(ENDS, 2)
    src = 'print(integrate((%s)/(%s), (x, %s, %s)))' % (n, d, a, b)
    if src not in seen:
        seen.add(src)
        progs.append(src)
progs += ['print(integrate(1/x**2, (x, -1, 1)))', 'print(integrate(1/x, (x, -1, 1)))', 'print(integrate(1/x**3, (x, -1, 1)))',
          'print(integrate(1/(x - 1), (x, 0, 1)))', 'print(integrate(1/x**2, (x, 1, 1)))', 'print(Integral(1/x**2, (x, -1, 1)).doit())',
          'print(integrate(1/sqrt(x), (x, 0, 1)), integrate(1/x**2, (x, 0, 1)))']
emit(PRE, progs)
