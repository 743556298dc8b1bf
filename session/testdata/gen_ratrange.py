"""Generate ratrange_golden.jsonl: maximum, minimum, function_range and
stationary_points of rational functions (sympy.calculus.util): the domain split at the real
poles (continuous_domain), limits at the open ends and the values at the
real zeros of the derivative, with SymPy 1.14's stdout; dcalc must print
the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ratrange.py > ratrange_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nfrom sympy.calculus.util import function_range\nx = symbols('x')\n"

rng = random.Random(20261208)
NUMS = ["x", "1", "x**2 - 1", "x + 1", "2*x", "x**2", "x**2 + 3", "3*x - 1", "x**3", "x**2 - 4*x"]
DENS = ["x**2 + 1", "x", "x - 1", "x**2 - 4", "x**2 + 2*x + 2", "(x + 1)**2", "x**2 + 4", "x**4 + 1", "2*x**2 + 1", "x**2 - x"]
DOMS = ["", ", S.Reals", ", Interval(0, 3)", ", Interval(-2, 2)", ", Interval.open(0, oo)", ", Interval(1, 5)"]
progs = []
for _ in range(70):
    f = "(%s)/(%s)" % (rng.choice(NUMS), rng.choice(DENS))
    fn = rng.choice(["maximum", "minimum", "function_range"])
    dom = rng.choice(DOMS)
    if fn == "function_range" and dom == "":
        dom = ", S.Reals"
    progs.append("print(%s(%s, x%s))" % (fn, f, dom))
progs += [
    "f = x/(x**2 + 1)\nprint(solve(diff(f, x), x), maximum(f, x), minimum(f, x), function_range(f, x, S.Reals))",
    "print(function_range(1/x, x, S.Reals), function_range(x + 1/x, x, Interval.open(0, oo)))",
    "print(maximum((x**2 - 1)/(x**2 + 1), x), minimum(x**2/(x - 1), x, Interval(2, 5)))",
]
# denominators as written: 2*x/(x**2 - x) is undefined at 0 though it cancels
for f in ["2*x/(x**2 - x)", "(x**2 - 1)/(x - 1)", "x**2/x**3"]:
    for d in ["S.Reals", "Interval(-1, 3)", "Interval(2, 4)"]:
        progs.append("print(maximum(%s, x, %s), minimum(%s, x, %s), function_range(%s, x, %s))" % (f, d, f, d, f, d))
for _ in range(15):
    f = "(%s)/(%s)" % (rng.choice(NUMS), rng.choice(DENS))
    progs.append("print(stationary_points(%s, x%s))" % (f, rng.choice(DOMS)))
emit(PRE, progs)
