"""Generate seriespt_golden.jsonl: series of elementary functions about
points other than 0 (1, 2, pi, pi/2, -1, 1/2), where SymPy's
coefficients hold symbolic constants and their form follows each
function's _eval_nseries: Function._eval_nseries expands each term,
log cancels its coefficients, exp expands the whole sum; asin about a
point outside (-1, 1) and sin(x)**2-like powers (Pow._eval_nseries
trigsimps) are refused by dcalc. dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_seriespt.py > seriespt_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(11)
F = ['exp(x)', 'sin(x)', 'cos(x)', 'log(x)', 'sqrt(x)', '1/x', 'x**3 - 2*x', 'atan(x)', 'exp(x)*sin(x)', 'log(1 + x)',
     'tan(x)', '1/(1 - x)', 'x*exp(-x)', 'sqrt(1 + x)', 'cosh(x)', 'asin(x)', 'exp(-x**2)', 'sin(x)**2', 'x**x',
     'log(x)/x']
PT = ['0', '1', '2', 'pi', 'pi/2', '-1', 'S(1)/2']
progs = []
for _ in range(160):
    f, p, n = rng.choice(F), rng.choice(PT), rng.choice([3, 4, 5])
    kind = rng.random()
    if kind < 0.6:
        progs.append('print(series(%s, x, %s, %d))' % (f, p, n))
    elif kind < 0.8:
        progs.append('print(series(%s, x, %s, %d).removeO())' % (f, p, n))
    else:
        progs.append('print(%s.series(x, %s, %d))' % ('(%s)' % f, p, n))
emit(PRE, progs)
