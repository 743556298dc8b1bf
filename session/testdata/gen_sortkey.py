"""Generate sortkey_golden.jsonl: sorted(..., key=default_sort_key) and
list(ordered(...)) of random expressions (numbers, symbols, powers,
products, sums, functions), as notebooks sort solutions and terms
before printing them. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_sortkey.py > sortkey_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\n"

rng = random.Random(23)
ATOMS = ['1', '-2', 'S(1)/2', 'pi', 'E', 'x', 'y', 'z', '-x', '2*x', 'x**2', 'x*y', 'x + 1', 'sin(x)', 'cos(y)', 'exp(x)',
         'sqrt(2)', 'x**3', 'y**2', 'x/2', '1/x', 'log(x)', 'x + y', '3*y**2', 'I', '0.5', '-sqrt(3)', 'Rational(-3, 4)',
         'oo', 'x*y*z', 'sin(x)**2', 'atan(x)', '2**x']
progs = []
for _ in range(120):
    items = ', '.join(rng.sample(ATOMS, rng.randint(2, 7)))
    f = rng.choice(['sorted([%s], key=default_sort_key)', 'list(ordered([%s]))', 'sorted([%s], key=default_sort_key, reverse=True)'])
    progs.append('print(%s)' % (f % items))
for _ in range(30):
    a, b = rng.sample(ATOMS, 2)
    progs.append('print(default_sort_key(%s) < default_sort_key(%s), default_sort_key(%s) == default_sort_key(%s))' % (a, b, a, a))
progs += ['print(sorted(solve(x**3 - x, x), key=default_sort_key))', 'print(list(ordered(Poly(x**2*y + x + y**3).as_expr().args)))',
          'print(max([x, y, z], key=default_sort_key), min([x**2, x, 1], key=default_sort_key))']
emit(PRE, progs)
