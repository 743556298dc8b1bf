"""Generate suineq_golden.jsonl: solve_univariate_inequality of polynomial
inequalities in one symbol (relational, as a set with relational=False,
and on a domain), with SymPy 1.14's stdout; dcalc must print the same or
refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_suineq.py > suineq_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261210)
POLYS = ["x**2 - 4", "x**2 + 1", "x**3 - x", "(x - 1)*(x - 3)", "x**2 - 2*x + 1", "2*x - 5", "x**4 - 5*x**2 + 4",
         "x**3 - 3*x + 2", "-x**2 + 9", "x*(x + 2)**2"]
OPS = ["<", "<=", ">", ">="]
DOMS = ["", ", domain=Interval(0, 5)", ", domain=Interval.open(-3, 3)", ", domain=S.Reals"]
progs = []
for _ in range(40):
    e = "%s %s %s" % (rng.choice(POLYS), rng.choice(OPS), rng.choice(["0", "0", "1", "-2"]))
    rel = rng.choice(["", ", relational=False", ", False"])
    progs.append("print(solve_univariate_inequality(%s, x%s%s))" % (e, rel, rng.choice(DOMS)))
emit(PRE, progs)
