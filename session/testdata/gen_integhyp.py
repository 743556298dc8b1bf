"""Generate integhyp_golden.jsonl: integrals of a polynomial times sinh or
cosh of a linear argument (SymPy's by-parts forms, expanded), definite
ones, and hyperbolic integrands dcalc refuses (heurisch's forms), with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integhyp.py > integhyp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\na = symbols('a')\n"

rng = random.Random(20261205)
ARGS = ["x", "2*x", "x/2", "3*x + 1", "x - 2", "-x"]
progs = []
for _ in range(60):
    cs = [rng.randint(-3, 3) for _ in range(rng.choice([1, 2, 3, 4]))]
    p = " + ".join("%d*x**%d" % (c, i) for i, c in enumerate(cs))
    h = rng.choice(["sinh", "cosh"])
    progs.append("print(integrate((%s)*%s(%s), x))" % (p, h, rng.choice(ARGS)))
for _ in range(15):
    h = rng.choice(["sinh", "cosh"])
    lo, hi = rng.choice([(0, 1), (-1, 1), (0, 2), (1, 3)])
    progs.append("print(integrate(x**%d*%s(x), (x, %d, %d)))" % (rng.choice([1, 2]), h, lo, hi))
progs += ["print(integrate(%s, x))" % e for e in [
    "x*cosh(a*x)", "cosh(x)**2", "sinh(x)**2", "exp(x)*sinh(x)", "tanh(x)", "1/cosh(x)**2", "sinh(x)*cosh(x)",
    "x*tanh(x)", "exp(-x)*cosh(x)", "sinh(x)/x"]]
emit(PRE, progs)
