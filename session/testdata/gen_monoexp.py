"""Generate monoexp_golden.jsonl: is_increasing, is_decreasing and
their strict forms for functions whose derivative is a polynomial
times exponentials or over a positive denominator (x*exp(-x), the
sigmoid, x**2*exp(x), exp(-x**2)): SymPy's monotonicity_helper solves
the derivative's sign over the reals, where exp of a real argument and
squares of nonzero denominators are positive. dcalc must print SymPy's
answer or raise NotImplementedError. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_monoexp.py > monoexp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(3)

FUNCS = ['x*exp(-x)', 'exp(x)*(x - 1)', 'exp(x**2)', 'exp(-x**2)', 'x**2*exp(x)', 'exp(x)/(1 + exp(x))',
         '(x - 2)*exp(x)', 'x**3*exp(-x)', 'exp(-x)*(x**2 - 3)', 'x*exp(x**2)', 'exp(2*x) - 4*exp(x)',
         '1/(1 + exp(-x))', 'x - exp(x)', 'exp(x) + exp(-x)', '(x**2 + 1)*exp(-x)', 'x**3', 'x**2 - 4*x']
INTERVALS = ['Interval(0, 1)', 'Interval(1, oo)', 'Interval(-oo, 0)', 'S.Reals', 'Interval(-2, 2)',
             'Interval(0, oo)', 'Interval.open(0, 3)', 'Interval(2, 5)', 'Interval(-1, 0)']
PREDS = ['is_increasing', 'is_decreasing', 'is_strictly_increasing', 'is_strictly_decreasing']


def programs():
    progs = []
    for f in FUNCS:
        for _ in range(4):
            progs.append("print(%s(%s, %s))" % (rng.choice(PREDS), f, rng.choice(INTERVALS)))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
