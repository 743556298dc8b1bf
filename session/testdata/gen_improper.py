"""Generate improper_golden.jsonl: improper integrals of rational
functions over half-lines from a nonzero point and over the whole line.
SymPy 1.14 tries meijerint_definite first when a limit is infinite; its
forms for atan values turn on the hypergeometric branch (1/(x**2 + 1)
over (1/2, oo) is atan(2), over (2, oo) -atan(2) + pi/2), so dcalc
refuses those with an atan left and must print SymPy's answer for the
rest. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_improper.py > improper_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(5)
DEN = ['x**2 + 4', 'x**2 + 1', 'x**2 + 9', 'x**2 + 2*x + 2', '(x**2 + 1)**2', 'x**2 + 3', '4*x**2 + 1', 'x**3 + 1',
       'x*(x + 1)', '(x + 1)**2', 'x**2 + x + 1', 'x**4 + 1']
NUM = ['1', 'x', '2', 'x + 1', '3*x']
IV = ['(x, 1, oo)', '(x, 2, oo)', '(x, -1, oo)', '(x, -oo, 1)', '(x, 0, oo)', '(x, -oo, oo)', '(x, S(1)/2, oo)',
      '(x, -oo, -2)']
emit(PRE, ['print(integrate((%s)/(%s), %s))' % (rng.choice(NUM), rng.choice(DEN), rng.choice(IV)) for _ in range(150)])
