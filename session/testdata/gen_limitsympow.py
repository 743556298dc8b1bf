"""Generate limitsympow_golden.jsonl: limits at oo and -oo of products
and sums of symbolic powers of x with exponentials and logarithms
(x**p*exp(-x), log(x)/x**p, x**p/(x**q + 1), x**n*exp(-a*x)), the
exponent positive, negative or of unknown sign: exponentials dominate
any power, and powers compare by the sign their assumptions give.
dcalc must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitsympow.py > limitsympow_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx = symbols('x')\np, q, a = symbols('p q a', positive=True)\n"
       "m = symbols('m', negative=True)\nu = symbols('u')\nn = symbols('n', positive=True, integer=True)\n")

rng = random.Random(29)
POWS = ['x**p', 'x**n', 'x**m', 'x**u', 'x**(p + 1)', 'x**(2*p)', 'sqrt(x)**p', 'x**(-p)', 'x**q']
OTHERS = ['exp(-x)', 'exp(x)', 'exp(-a*x)', 'log(x)', '1/log(x)', 'exp(-x**2)', 'x**2', '1/x', '2**(-x)', 'log(x)**2']
progs = []
for _ in range(200):
    shape = rng.choice(['%s*%s', '%s/%s', '(%s + 1)*%s', '%s*%s + 1', '%s/(%s + 1)'])
    e = shape % (rng.choice(POWS), rng.choice(OTHERS))
    if rng.random() < 0.3:
        e = shape % (rng.choice(POWS), rng.choice(POWS))
    op = rng.choice(['print(limit(%s, x, oo))', 'print(limit(%s, x, oo))', 'print(limit(%s, x, 0, "+"))'])
    progs.append(op % e)
emit(PRE, progs)
