"""Generate solvesettrig_golden.jsonl: solveset of trigonometric,
hyperbolic, exponential and logarithmic equations over S.Complexes (the
default) and S.Reals, the general solutions as ImageSet unions
(sin(x) - 1/2 is Union(ImageSet(Lambda(_n, 2*_n*pi + pi/6), Integers),
...)), printed by str, pprint and latex, and their intersection with a
bounded Interval. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesettrig.py > solvesettrig_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(7)
ARG = ['x', '2*x', 'x/2', '3*x', 'x + 1', '2*x + pi/3', 'x - pi/4', '-x', 'x/3 + pi']
VAL = ['0', '1', '-1', 'Rational(1, 2)', '-Rational(1, 2)', 'sqrt(3)/2', 'sqrt(2)/2', 'Rational(1, 3)', '2', 'sqrt(3)', '-sqrt(3)/3']
TRIG = ['sin', 'cos', 'tan', 'cot', 'sec', 'csc']
HYP = ['sinh', 'cosh', 'tanh']
EXPS = ['exp(x) - 2', 'exp(x) - 1', 'exp(x) + 1', 'exp(-x) - 3', 'exp(2*x) - 4', 'exp(2*x) - 3*exp(x) + 2',
        'exp(2*x) + exp(x) - 6', 'exp(x/2) - 5', 'log(x) - 1', 'log(2*x + 1)', 'exp(x) + 2', 'exp(3*x) - 8',
        'exp(2*x) - 5*exp(x) + 6', 'exp(2*x) + 1', 'log(x - 1) - 2', '2*exp(x) - 6', 'exp(x + 1) - 1']
PRODS = ['x*sin(x)', '(x - 1)*sin(x)', 'x*(sin(x) - Rational(1, 2))', 'exp(x)*sin(x)', 'sin(x)*cos(x)',
         'x*exp(x)', '(x**2 - 1)*cos(x)', 'sin(x)**2', 'cos(x)**2 - 1', 'sin(x)**2 - sin(x)', '2*cos(x)**2 - cos(x) - 1',
         'tan(x)**2 - 3', '2*sin(x)**2 - 1', 'sin(x)**2 - Rational(1, 4)', 'cos(2*x) + 1', 'sin(3*x - 1) - 1',
         'sin(x) + cos(x)', 'sin(x) - cos(x)', 'cos(2*x) - cos(x)', 'sin(x)**3', 'x**2*sin(2*x)', 'sinh(x)*cosh(x)']
DOMS = ['', ', S.Reals', ', S.Complexes']
SHOW = ['print(%s)', 'pprint(%s, use_unicode=True)', 'pprint(%s, use_unicode=False)', 'print(latex(%s))']


def eq():
    k = rng.random()
    if k < 0.45:
        f = rng.choice(TRIG)
        v = rng.choice(VAL)
        c = rng.choice(['', '2*', '-'])
        return '%s%s(%s) - %s' % (c, f, rng.choice(ARG), v)
    if k < 0.55:
        return '%s(%s) - %s' % (rng.choice(HYP), rng.choice(['x', '2*x', 'x + 1']), rng.choice(['0', '1', '2', 'Rational(1, 2)', '-1']))
    if k < 0.75:
        return rng.choice(EXPS)
    return rng.choice(PRODS)


progs = []
for _ in range(260):
    e = eq()
    call = 'solveset(%s, x%s)' % (e, rng.choice(DOMS))
    r = rng.random()
    if r < 0.12:
        lo, hi = rng.choice([('0', '2*pi'), ('-pi', 'pi'), ('0', '10'), ('0', '4*pi'), ('-1', '1')])
        progs.append('print(%s.intersect(Interval(%s, %s)))' % (call, lo, hi))
    elif r < 0.18:
        progs.append('s = %s\nprint(s.args)\nprint(pi/6 in s, 0 in s)' % call)
    else:
        progs.append(rng.choice(SHOW) % call)
emit(PRE, progs)
