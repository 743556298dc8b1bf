"""Generate orthopoly_golden.jsonl: the classical orthogonal polynomials
of an integer order (legendre, chebyshevt, chebyshevu, hermite,
laguerre: the expanded polynomial with x put in, negative orders as
SymPy maps them), their orthogonality integrals as numerical-methods
notebooks check them, rad and deg, and the Matrix classmethods zeros,
eye, ones and diag. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_orthopoly.py > orthopoly_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(14)
F = ['legendre', 'chebyshevt', 'chebyshevu', 'hermite', 'laguerre']
X = ['x', 'x', 'y + 1', 'Rational(1, 2)', '0.5', '2', '-x', '0', '1', '2*x']
progs = []
for _ in range(90):
    f, n, a = rng.choice(F), rng.choice(range(-3, 13)), rng.choice(X)
    if f in ('hermite', 'laguerre') and n < 0:
        n = -n
    progs.append('print(%s(%d, %s))' % (f, n, a))
for _ in range(20):
    m, n = rng.choice(range(5)), rng.choice(range(5))
    progs.append('print(integrate(legendre(%d, x)*legendre(%d, x), (x, -1, 1)))' % (m, n))
for _ in range(10):
    f, n = rng.choice(F), rng.choice(range(1, 8))
    progs.append('print(diff(%s(%d, x), x), expand(%s(%d, x)**2))' % (f, n, f, n))
for a in ['180', 'pi', 'x', '45', '1', '30.0', 'S(1)/3', '2*pi', '90']:
    progs.append('print(rad(%s), deg(%s))' % (a, a))
for e in ['Matrix.zeros(2)', 'Matrix.zeros(2, 3)', 'Matrix.eye(3)', 'Matrix.ones(1, 2)', 'Matrix.diag(1, 2, 3)',
          'Matrix.diag([1, 2], 3)']:
    progs.append('print(%s)' % e)
emit(PRE, progs)
