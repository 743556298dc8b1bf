"""Generate biquad_golden.jsonl: roots() and solve() of irreducible even
quartics c4*x**4 + c2*x**2 + c0, which roots() decomposes as g(x**2)
(_try_decompose), and the critical points of trigonometric functions
whose tan(x/2) polynomials are such quartics, with SymPy 1.14's stdout;
dcalc must print the same or refuse. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_biquad.py > biquad_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261209)
progs = []
for _ in range(50):
    c4, c2, c0 = rng.choice([1, 1, 2, 3, 9]), rng.randint(-12, 12), rng.randint(-6, 6)
    if c0 == 0:
        c0 = 1
    p = "%d*x**4 + %d*x**2 + %d" % (c4, c2, c0)
    progs.append("print(%s(%s%s))" % (rng.choice(["roots", "solve"]), p, ", x"))
FUNCS = ["sin(x)**2*cos(x)", "sin(x)*cos(x)**2", "sin(x)**3*cos(x)", "cos(x)**3 + sin(x)**2", "sin(x)**2 + cos(x)**3",
         "sin(x)*cos(x)**3", "sin(x)**4 + cos(x)", "tan(x) - 3*x"]
progs += ["print(solve(diff(%s, x), x))" % f for f in FUNCS]
emit(PRE, progs)
