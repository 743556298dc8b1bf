"""Generate periodic_golden.jsonl: periodicity of trigonometric sums,
products, powers and compositions (SymPy simplifies first, then takes
lcim of the parts' periods), and function_range, maximum, minimum and
stationary_points of sin/cos expressions over one period, over the
reals and over bounded intervals. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_periodic.py > periodic_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nfrom sympy.calculus.util import function_range\nx = symbols('x')\n"

random.seed(20261214)

TRIG = ['sin(x)', 'cos(x)', 'sin(2*x)', 'cos(3*x)', 'tan(x)', 'sin(x/2)', 'cos(pi*x)', 'sin(2*x + 1)', 'cot(4*x)', 'sec(x)', 'exp(x)', 'x']
ONE = ['sin(x)', 'cos(x)', 'sin(x)**2', 'cos(x)**2', 'sin(x)*cos(x)', '2*sin(x)', 'sin(x)**3', '3']
DOMAINS = ['S.Reals', 'Interval(0, 2*pi)', 'Interval(0, pi)', 'Interval(-pi/2, pi/2)', 'Interval(0, pi/3)', 'Interval(pi/4, 3*pi/4)']

PROGRAMS = []
for _ in range(60):
    a, b = random.sample(TRIG, 2)
    e = random.choice(['%s + %s', '%s*%s', '%s**2 + %s', 'exp(%s) + %s', '%s - 3*%s'])
    PROGRAMS.append('print(periodicity(%s, x))' % (e % (a, b)))
for _ in range(60):
    a, b = random.sample(ONE, 2)
    e = random.choice(['%s + %s', '%s - %s', '%s*%s', '%s + 2*%s'])
    fn = random.choice(['function_range', 'maximum', 'minimum', 'maximum', 'stationary_points'])
    dom = random.choice(DOMAINS)
    if fn == 'stationary_points' and dom == 'S.Reals':
        dom = 'Interval(0, 2*pi)'
    PROGRAMS.append('print(%s(%s, x, %s))' % (fn, e % (a, b), dom))
PROGRAMS += [
    'print(periodicity(sin(x)*cos(x), x), periodicity(exp(sin(x)), x), periodicity(sin(x**2), x), periodicity(sin(pi*x) + cos(x), x))',
    'print(maximum(sin(x) + cos(x), x, Interval(0, 2*pi)), minimum(sin(x) + cos(x), x), function_range(sin(x), x, S.Reals))',
    'print(maximum(sin(x), x, Interval(0, pi/4)), minimum(x**2 + sin(x), x, Interval(-1, 1)) if False else 0)',
]
emit(PRE, PROGRAMS)
