"""Generate dsolvebern_golden.jsonl: dsolve on Bernoulli equations
f' + P(x)*f = Q(x)*f**n (population models with harvesting, the
textbook exercises), in the forms a notebook writes them, with and
without initial conditions. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_dsolvebern.py > dsolvebern_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, t = symbols('x t')\n"
       "a, k, r = symbols('a k r', positive=True)\n"
       "f, y = symbols('f y', cls=Function)\n")

random.seed(20261206)

cases = [
    "dsolve(f(x).diff(x) + f(x)/x - x*f(x)**2, f(x))", "dsolve(f(x).diff(x) - f(x) + exp(x)*f(x)**2, f(x))",
    "dsolve(f(x).diff(x) - 2*f(x)/x + x**2*f(x)**2, f(x))", "dsolve(f(x).diff(x) + f(x)/x - f(x)**2/x**2, f(x))",
    "dsolve(f(x).diff(x) + f(x) - x*f(x)**3, f(x))", "dsolve(x*f(x).diff(x) + f(x) - f(x)**2*log(x), f(x))",
    "dsolve(Eq(y(t).diff(t), r*y(t) - k*y(t)**2), y(t))", "dsolve(Eq(f(x).diff(x) + f(x)/x, x**2*f(x)**2), f(x), ics={f(1): 1})",
    "dsolve(f(x).diff(x) + f(x)/x - sqrt(f(x)), f(x))", "dsolve(f(x).diff(x) - f(x)/x - x*f(x)**2, f(x))",
]

P = ['1/x', '2/x', '-1/x', '1', '-1', '2', 'x', '-2/x', '3/x', '1/(2*x)']
Q = ['x', '1', 'x**2', 'exp(x)', '1/x', '-1', '2*x', 'x**3', 'exp(-x)', '-x', '1/x**2', '3']
N = ['2', '2', '2', '3', '-1', '1/2', '4', '-2']


def random_bernoulli():
    p, q, n = random.choice(P), random.choice(Q), random.choice(N)
    form = random.random()
    if form < 0.5:
        s = 'f(x).diff(x) + (%s)*f(x) - (%s)*f(x)**(%s)' % (p, q, n)
    elif form < 0.8:
        s = 'Eq(f(x).diff(x), (%s)*f(x)**(%s) - (%s)*f(x))' % (q, n, p)
    else:
        s = 'x*f(x).diff(x) + x*(%s)*f(x) - x*(%s)*f(x)**(%s)' % (p, q, n)
    call = 'dsolve(%s, f(x))' % s
    if random.random() < 0.15:
        call = 'dsolve(%s, f(x), ics={f(1): %d})' % (s, random.choice([1, 2]))
    return call


PROGRAMS = ['print(%s)' % c for c in cases]
for _ in range(110):
    PROGRAMS.append('print(%s)' % random_bernoulli())

emit(PRE, PROGRAMS)
