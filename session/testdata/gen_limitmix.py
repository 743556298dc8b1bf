"""Generate limitmix_golden.jsonl: one-sided limits of random quotients,
products, sums and differences of the atoms calculus notebooks use
(powers, sin, cos, tan, exp, log, sqrt, Abs, sign, floor, ceiling,
exp(-1/x), (1 + x)**(1/x)) at 0, 1, 2, pi/2 and +-oo, with SymPy 1.14's
stdout; dcalc must print the same or refuse. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_limitmix.py > limitmix_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"
rng = random.Random(11)
ATOMS = ["x", "x**2", "sin(x)", "cos(x)", "exp(x)", "log(x)", "sqrt(x)", "1/x", "Abs(x)", "Abs(x - 1)", "floor(x)", "tan(x)", "atan(x)", "exp(-1/x)", "x*log(x)", "sign(x)", "(1 + x)**(1/x)", "ceiling(x)"]
OPS = ["(%s)/(%s)", "(%s)*(%s)", "(%s) - (%s)", "(%s) + (%s)"]
progs = []
for _ in range(150):
    e = rng.choice(OPS) % (rng.choice(ATOMS), rng.choice(ATOMS))
    pt = rng.choice(["0", "0", "1", "oo", "-oo", "2", "pi/2"])
    d = rng.choice(["'+'", "'-'", "'+'"])
    progs.append("print(limit(%s, x, %s, %s))" % (e, pt, d))
emit(PRE, progs)
