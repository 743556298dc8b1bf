"""Generate orderinf_golden.jsonl: Order terms about 0, a point and
+-oo (Order.__new__'s leading power of the local variable: O(x**2 + x)
is O(x), O(2/x + 1/x**2, (x, oo)) is O(1/x, (x, oo))), their sums,
products and substitutions (O(x**3).subs(x, 1/x) is at oo), and series
about oo and -oo (the series of f(1/x) at 0 with 1/x put back), as
asymptotic expansions in calculus notebooks use them, and exponentials
that decay faster than any power there (the series is the Order term). dcalc must print
SymPy's answer or raise NotImplementedError. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_orderinf.py > orderinf_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(12)
R = ['x', 'x**2 + x', '2*x', 'x + 1', '1/x', '2/x + 1/x**2', 'x**2 + 3', '1/(x + 1)', 'x**3 - x', 'sqrt(x)',
     'x**2*y', '(x**2 + 1)/(x - 1)', 'x**(3/2) + x', '1/x**2 + 1/x**3', '5']
P = ['0', 'oo', '-oo', '1', '2']
progs = []
for _ in range(70):
    e, p = rng.choice(R), rng.choice(P)
    progs.append('print(O(%s, (x, %s)))' % (e, p))
for _ in range(40):
    p = rng.choice(['0', 'oo', '-oo'])
    o = 'O(%s, (x, %s))' % (rng.choice(R[:14]), p)
    t = rng.choice(['x', '1/x', 'x**2', '1/x**2', '1/x**3', '3', 'y', 'x**4', 'x + 1'])
    op = rng.choice(['print(%s + %s)', 'print(%s*%s)', 'print(%s - %s)'])
    progs.append(op % (t, o))
for e in ['O(x**3)', 'O(x**2 + x)', 'O(x)', 'O(x**2)']:
    for nw in ['1/x', '-1/x', 'x + 1', '2*x', 'y', 'x - 2']:
        progs.append('print(%s.subs(x, %s))' % (e, nw))
F = ['exp(1/x)', '1/(x + 1)', 'sqrt(x**2 + 1) - x', 'x/(x - 1)', '(x**2 + 1)/(x**2 - 1)', 'sin(1/x)',
     'log(1 + 1/x)', 'x*sin(1/x)', '1/(x**2 + x)', 'cos(1/x)', 'x**2/(x + 2)', 'exp(-1/x**2)', '(1 + 1/x)**2',
     'atan(x)', 'x*(exp(1/x) - 1)', 'sqrt(x + 1) - sqrt(x)']
for _ in range(70):
    f, p, n = rng.choice(F), rng.choice(['oo', '-oo']), rng.choice([2, 3, 4, 5])
    k = rng.random()
    if k < 0.7:
        progs.append('print(series(%s, x, %s, %d))' % (f, p, n))
    else:
        progs.append('print(series(%s, x, %s, %d).removeO())' % (f, p, n))
# exponentials that decay faster than any power (exp(-1/x) at 0+,
# exp(-x) at oo): the series is the Order term alone
for f in ['exp(-1/x)', 'exp(1/x)', 'exp(-1/x**2)', 'x*exp(-1/x)', 'exp(-1/x)/x**5', 'exp(-2/x**3)',
          'exp(1/x)*exp(-2/x)', 'exp(-y**2/x)']:
    progs.append('print(series(%s, x, 0, %d))' % (f, rng.choice([3, 4])))
for f in ['exp(-x)', 'exp(x)', 'exp(-x**2)', 'x*exp(-x)', 'exp(-x)/x', 'x**2*exp(-3*x)']:
    progs.append('print(series(%s, x, oo, %d))' % (f, rng.choice([3, 4])))
emit(PRE, progs)
