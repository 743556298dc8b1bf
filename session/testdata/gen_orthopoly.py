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
# legendre_poly and its kin (named_poly)
progs += ['print(legendre_poly(3)); print(legendre_poly(2, 2*x + 1)); print(repr(legendre_poly(0, x, polys=True)), repr(hermite_poly(3, x, polys=True)), repr(laguerre_poly(2, x, polys=True)))', 'print(hermite_prob_poly(4, x), chebyshevu_poly(3, x, polys=True), legendre_poly(Integer(2), x), chebyshevt_poly(5, y))', 'chebyshevt_poly(-1, x)', 'print([legendre_poly(n, x) for n in range(6)]); print(legendre_poly(3, Rational(1, 2)), chebyshevt_poly(4, 0.5), laguerre_poly(3, x))', 'print(integrate(legendre_poly(2, x)*legendre_poly(3, x), (x, -1, 1)), integrate(legendre_poly(3, x)**2, (x, -1, 1))); print(solve(legendre_poly(3, x), x)); print(nroots(legendre_poly(5, x)))', 'print(latex(legendre_poly(4, x))); print(diff(chebyshevt_poly(6, x), x))']
emit(PRE, progs)
