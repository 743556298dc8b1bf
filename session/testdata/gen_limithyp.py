"""Generate limithyp_golden.jsonl: limits at oo and -oo of products,
quotients and sums of cosh and sinh of polynomials with exponentials,
powers and each other (cosh(x)/exp(x), cosh(x)/sinh(x), x*exp(-x)*cosh(x),
sinh(x)/cosh(2*x)): cosh(u) and sinh(u) grow as exp(|u|)/2. dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_limithyp.py > limithyp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(41)
HYP = ['cosh(x)', 'sinh(x)', 'cosh(2*x)', 'sinh(x + 1)', 'cosh(x**2)', 'sinh(-x)', 'cosh(x)**2', 'sinh(3*x)/2', 'cosh(x - 2)']
OTHER = ['exp(x)', 'exp(2*x)', 'exp(-x)', 'x**2', 'x', 'log(x)', 'cosh(x)', 'sinh(x)', 'exp(x**2)', '3', 'sinh(2*x)']
progs = []
for _ in range(200):
    shape = rng.choice(['%s/%s', '%s*%s', '%s/(%s + 1)', '(%s + 1)/%s', '%s - %s'])
    e = shape % (rng.choice(HYP), rng.choice(OTHER))
    pt = rng.choice(['oo', 'oo', '-oo'])
    progs.append('print(limit(%s, x, %s))' % (e, pt))
emit(PRE, progs)
