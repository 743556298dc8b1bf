"""Generate integrand_golden.jsonl: indefinite and definite integrals of
random products, sums and quotients of the atoms calculus notebooks
integrate (powers, sin, cos, exp, log, sqrt, atan, 1/(x**2 + 1)), over
(0, 1), (1, 2), (0, pi), (1, oo) and (0, oo), with SymPy 1.14's stdout;
dcalc must print the same or refuse. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_integrand.py > integrand_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"
rng = random.Random(13)
ATOMS = ["x", "x**2", "sin(x)", "cos(x)", "exp(x)", "exp(-x)", "log(x)", "sqrt(x)", "1/x", "1/(x + 1)", "x**3", "atan(x)", "sin(2*x)", "exp(2*x)", "1/(x**2 + 1)", "sqrt(x + 1)"]
OPS = ["(%s)*(%s)", "(%s) + (%s)", "(%s)/(%s)"]
progs = []
for _ in range(120):
    e = rng.choice(OPS) % (rng.choice(ATOMS), rng.choice(ATOMS))
    if rng.random() < 0.5:
        progs.append("print(integrate(%s, x))" % e)
    else:
        progs.append("print(integrate(%s, (x, %s)))" % (e, rng.choice(["0, 1", "1, 2", "0, pi", "1, oo", "0, oo"])))
emit(PRE, progs)
