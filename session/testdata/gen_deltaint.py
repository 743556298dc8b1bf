"""Generate deltaint_golden.jsonl: integrals of DiracDelta of a linear
argument, alone, times a cofactor (the sifting property), its
derivatives, in sums, indefinite and over intervals whose ends are not
the delta's point (SymPy's values at an end are not Heaviside's
difference; dcalc refuses those). Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_deltaint.py > deltaint_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, t = symbols('x t')\n"

random.seed(20261213)

ARGS = ['x', 'x - 1', 'x + 2', '2*x - 1', '3 - x', 'x - pi', '3*x + 1', 'x/2 - 1', '-2*x']
COF = ['1', 'x', 'x**2', 'exp(x)', 'cos(x)', 'sin(x)', 'x**2 + exp(x)', '(x + 1)**2', 'exp(-x)*x', 'x**3 - 2*x', '5']
LIMS = ['x', 'x', '(x, -oo, oo)', '(x, -oo, oo)', '(x, -5, 7)', '(x, 10, 20)']

PROGRAMS = []
for _ in range(110):
    k = random.choice(['', '', '', ', 1', ', 2'])
    e = '%s*DiracDelta(%s%s)' % (random.choice(COF), random.choice(ARGS), k)
    if random.random() < 0.15:
        e = e + ' + ' + random.choice(['x', '1', 'cos(x)'])
    PROGRAMS.append('print(integrate(%s, %s))' % (e, random.choice(LIMS)))
PROGRAMS += [
    'print(integrate(DiracDelta(x - 1)*x**2, (x, -oo, oo)), integrate(exp(-t)*DiracDelta(t - 2), (t, 0, oo)))',
    'f = Function("f")\nprint(integrate(f(x)*DiracDelta(x - 3), x))',
    'print(Integral(DiracDelta(2*x - 1), x).doit(), latex(integrate(exp(x)*DiracDelta(x - 2), x)))',
]
emit(PRE, PROGRAMS)
