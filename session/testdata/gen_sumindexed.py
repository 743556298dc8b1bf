"""Generate sumindexed_golden.jsonl: sums over indexed data as the
maximum-likelihood and least-squares derivations of ML notebooks write
them (Sum((x[i] - mu)**2, (i, 1, n)), its derivative in mu, doit, expand,
simplify, factor_terms), and simplify/expand of other unevaluated sums
and integrals: eval_sum has no rule for x[i], so those sums stay;
expand splits a summand over finite limits; simplify of a Sum is
Sum._eval_simplify (no doit), of an expression holding one sum_simplify
then doit. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_sumindexed.py > sumindexed_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, mu, w, b = symbols('x mu w b')\nn = symbols('n', positive=True, integer=True)\n"
       "m = symbols('m', integer=True)\ni, j = symbols('i j', integer=True)\nX = IndexedBase('x')\nY = IndexedBase('y')\n")

rng = random.Random(8)
F = ['X[i]', '2*mu - 2*X[i]', 'mu - X[i]', '(X[i] - mu)**2', '3*X[i]', 'mu*X[i]', 'w*X[i]**2 + w', 'i**2', 'i + X[i]',
     '(w*X[i] + b - Y[i])**2', 'X[i]*Y[i]', 'i', '1', 'mu', 'x**i', 'i*X[i] + mu', '(X[i] - mu)**2/2',
     'log(X[i])', 'X[i] + 1']
L = ['(i, 1, n)', '(i, 1, oo)', '(i, 1, m)', '(i, 0, n - 1)', '(i, 1, 5)']
OPS = ['print(%s)', 'print(%s.doit())', 'print(expand(%s))', 'print(simplify(%s))', 'print(factor_terms(%s))',
       'print(diff(%s, mu))', 'print(diff(%s, mu).doit())', 'print(%s.expand())', 'print(simplify(2*%s + x))',
       'print(simplify(%s - %s))', 'print(simplify(mu*n + %s))', 'print(expand(mu*%s))']
progs = []
for _ in range(200):
    s = 'Sum(%s, %s)' % (rng.choice(F), rng.choice(L))
    op = rng.choice(OPS)
    progs.append(op % ((s,) * op.count('%s')))
for e in ['Integral(x + w, x)', 'Integral(x + w, (x, 0, 1))', 'Integral(x + w, (x, 0, oo))', 'Integral(w*(x + 1), x)',
          'Integral((x + 1)**2, (x, 0, b))']:
    progs.append('print(expand(%s))' % e)
progs.append("ll = Sum((X[i] - mu)**2, (i, 1, n))\nd = diff(ll, mu)\nprint(d, d.doit(), simplify(d), expand(d))")
progs.append("L = Sum(X[i]*log(w) + (1 - X[i])*log(1 - w), (i, 1, n))\nprint(diff(L, w), simplify(diff(L, w)))")
emit(PRE, progs)
