"""Generate solvesettrig1_golden.jsonl: solveset of sums and products of
sin and cos of several arguments c*x + d (sin(x) + cos(x), cos(2*x) -
cos(x), derivatives of trigonometric functions set to zero), which
SymPy's _solve_trig1 rewrites to a polynomial in exp(I*x/mu) and
inverts root by root into image sets, over S.Complexes and S.Reals.
dcalc must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesettrig1.py > solvesettrig1_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(11)
ATOM = ['sin(x)', 'cos(x)', 'sin(2*x)', 'cos(2*x)', 'sin(x/2)', 'cos(x/2)', 'sin(3*x)', 'cos(3*x)',
        'sin(x + pi/4)', 'cos(x - pi/3)', 'sin(x)**2', 'cos(x)**2', 'sin(x)*cos(x)', 'sin(2*x + pi/6)']
COEF = ['', '2*', '-', 'sqrt(3)*', 'Rational(1, 2)*', '-2*']
CONST = ['', ' + 1', ' - 1', ' + Rational(1, 2)', ' - sqrt(2)/2', ' + 2']
DIFFS = ['sin(x) + cos(x)', 'sin(x)*cos(x)', 'sin(x)**2 + cos(x)', 'sin(2*x) + 2*cos(x)', 'x + cos(x)',
         'sin(x) - cos(2*x)/2', 'cos(x)**2 - sin(x)', 'sin(x) + sin(2*x)/2', 'sin(x)**2*cos(x)', 'cos(x) + sin(x)**2/2']
DOMS = ['', ', S.Reals', ', S.Complexes']
SHOW = ['print(%s)', 'print(%s)', 'pprint(%s, use_unicode=True)', 'print(latex(%s))']


def eq():
    if rng.random() < 0.25:
        return 'diff(%s, x)' % rng.choice(DIFFS)
    k = rng.choice([2, 2, 3])
    terms = [rng.choice(COEF) + rng.choice(ATOM) for _ in range(k)]
    e = terms[0]
    for t in terms[1:]:
        e += (' - ' if rng.random() < 0.4 else ' + ') + t
    return e + rng.choice(CONST)


progs = []
for _ in range(160):
    call = 'solveset(%s, x%s)' % (eq(), rng.choice(DOMS))
    if rng.random() < 0.1:
        progs.append('print(%s.intersect(Interval(0, 2*pi)))' % call)
    else:
        progs.append(rng.choice(SHOW) % call)
emit(PRE, progs)
