"""Generate solvecubicparam_golden.jsonl: solve and roots of polynomials
of degree three or more with symbolic coefficients, as notebooks meet
them (the critical points of x**3 - a*x, the equilibria of a cubic
model): roots() takes out powers of x (terms_gcd), scales out a
parameter whose exponents follow the degree (preprocess_roots), then
solves the quotient or the factors of factor_list; quadratics whose roots
hold the square root of a monomial. dcalc must print
SymPy's answer or raise NotImplementedError. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_solvecubicparam.py > solvecubicparam_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\np = Symbol('p', positive=True)\n"

rng = random.Random(3)
LIN = ['x', 'x - a', 'x + a', 'x - 1', 'x + 2', 'a*x - 1', 'x - b', '2*x - a', 'x - p', 'b*x + a', 'x - a*b',
       'x - a**2']
QUAD = ['x**2 - a', 'x**2 + 1', 'x**2 - 2', 'x**2 - a**2', 'x**2 + a*x + b', 'x**2 - p', 'x**2 - x - 1',
        'a*x**2 - 1', 'x**2 + b']
progs = []
for _ in range(150):
    k = rng.random()
    if k < 0.6:
        fs = [rng.choice(LIN) for _ in range(rng.choice([2, 3, 3]))]
    elif k < 0.9:
        fs = [rng.choice(LIN), rng.choice(QUAD)]
    else:
        fs = [rng.choice(['x**3 - a*x - 1', 'x**3 + a*x**2 + b', 'x**4 + a*x + 1', 'x**3 - a'])]
    e = '*'.join('(%s)' % f for f in fs)
    how = rng.random()
    if how < 0.55:
        progs.append('print(solve(expand(%s), x))' % e)
    elif how < 0.8:
        progs.append('print(roots(expand(%s), x))' % e)
    else:
        progs.append('print(solve(Eq(expand(%s), 0), x, dict=True))' % e)
for e in ['x**3 - p**3', 'x**3 - a**3', 'x**4 - p**4', 'x**3 - 8*p**3', 'x**3 - a*x**2 - a**2*x + a**3',
          'x**3 - a*x', 'x**3 - a*x**2', 'x**4 - a*x**2', 'x**3 - a**2*x', 'a*x**3 - x', 'x**3 - 3*a*x',
          'x**4 - a**2*x**2', 'x**5 - a*x**3']:
    progs.append('print(solve(%s, x), roots(%s, x))' % (e, e))
# quadratics whose roots hold the square root of a monomial (the
# discriminant a product of powers of symbols)
P = ['a', '-a', '2*a', 'b', 'a*b', '1', 'a/2', '3']
M = ['b', 'a', 'a*b', '2*b', 'b**3', 'p', '3*a', 'a**2*b']
for _ in range(50):
    q, r, m = rng.choice(P), rng.choice(['1', '2', 'a', 'b', '1/2']), rng.choice(M)
    lead = rng.choice(['', '2*', 'a*', 'p*'])
    e = '%s((x - (%s))**2 - (%s)**2*(%s))' % (lead, q, r, m)
    progs.append('print(solve(expand(%s), x))' % e)
emit(PRE, progs)
