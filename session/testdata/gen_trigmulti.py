"""Generate trigmulti_golden.jsonl: solveset on bounded intervals of
equations in sin and cos of several multiples of x (cos(x) + cos(2*x),
sin(x/2) - cos(x)), and the maximum, minimum and stationary points of
such expressions, whose derivatives are such equations. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_trigmulti.py > trigmulti_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

random.seed(20261216)

TERMS = ['sin(x)', 'cos(x)', 'sin(2*x)', 'cos(2*x)', 'sin(3*x)', 'cos(3*x)', 'sin(x/2)', 'cos(x/2)', '1', '2*sin(x)', 'sin(2*x)/2']
DOMS = ['Interval(0, 2*pi)', 'Interval(0, pi)', 'Interval(-pi, pi)', 'Interval(0, 4*pi)', 'Interval.Ropen(0, 2*pi)']

PROGRAMS = []
for _ in range(80):
    a, b = random.sample(TERMS, 2)
    e = random.choice(['%s + %s', '%s - %s', '%s*%s', '2*%s + %s'])
    e = e % (a, b)
    fn = random.choice(['solveset(%s, x, %s)', 'solveset(%s, x, %s)', 'maximum(%s, x, %s)', 'minimum(%s, x, %s)', 'stationary_points(%s, x, %s)'])
    PROGRAMS.append('print(%s)' % (fn % (e, random.choice(DOMS))))
PROGRAMS += [
    'print(solveset(cos(x) + cos(2*x), x, Interval(0, 2*pi)), solveset(sin(x/2) - cos(x), x, Interval(0, 2*pi)))',
    'print(maximum(sin(x) + sin(2*x)/2, x, Interval(0, 2*pi)), minimum(sin(x) + sin(2*x)/2, x, S.Reals))',
]
emit(PRE, PROGRAMS)
