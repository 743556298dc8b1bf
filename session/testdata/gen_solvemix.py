"""Generate solvemix_golden.jsonl: solve() of random sums and products of
the atoms calculus notebooks combine (powers, exp, log, sqrt, sin, cos,
x*exp(x), 2**x, atan) and of their derivatives, with SymPy 1.14's stdout;
dcalc must print the same or refuse. A product is solved factor by
factor and a solution that zeroes any denominator inside it is dropped
((1/x - 1)*(sqrt(x) - x) is [1]). Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_solvemix.py > solvemix_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\np = symbols('p', positive=True)\n"
rng = random.Random(7)
ATOMS = ["x", "x**2", "x**3", "exp(x)", "exp(-x)", "log(x)", "sqrt(x)", "sin(x)", "cos(x)", "1/x", "x*exp(x)", "x*log(x)", "2**x", "(x - 1)**2", "1/(x + 1)", "atan(x)", "exp(2*x)"]
CO = ["", "2*", "-", "3*", "S(1)/2*"]
progs = []
for _ in range(120):
    n = rng.choice([2, 2, 3])
    terms = [rng.choice(CO) + rng.choice(ATOMS) for _ in range(n)]
    e = " + ".join(terms) + rng.choice(["", " - 1", " - 2", " + 3"])
    if rng.random() < 0.25:
        e = "(%s)*(%s)" % (rng.choice(ATOMS) + " - 1", rng.choice(ATOMS) + " - " + rng.choice(["2", "x", "1"]))
    f = rng.choice(["solve(%s, x)", "solve(diff(%s, x), x)", "solve(%s, x)"])
    progs.append("print(%s)" % (f % e))
emit(PRE, progs)
