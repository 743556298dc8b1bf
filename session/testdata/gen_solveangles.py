"""Generate solveangles_golden.jsonl: solve() of trigonometric equations
and products in several angles, which SymPy's solve() first expands
(TR10 for x + c, TR11 for twice the common base: sin(2*x) beside cos(x)
becomes 2*sin(x)*cos(x)) before solving, a product factor by factor;
critical points of sums such as 2*sin(x) + sin(2*x). With SymPy 1.14's
stdout; dcalc must print the same or refuse. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_solveangles.py > solveangles_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261206)
ATOMS = ["sin(x)", "cos(x)", "sin(2*x)", "cos(2*x)", "sin(3*x)", "cos(3*x)", "sin(x/2)", "cos(x/2)",
         "tan(x)", "sin(4*x)", "cos(x + pi/4)", "sin(x + pi/3)", "sin(x - 1)"]
COEF = ["", "2*", "-", "sqrt(3)*", "S(1)/2*"]
progs = []
for _ in range(70):
    a, b = rng.sample(ATOMS, 2)
    form = rng.choice(["%s%s + %s%s", "%s%s - %s%s", "%s%s + %s%s + 1", "%s%s - %s%s - S(1)/2"])
    e = form % (rng.choice(COEF), a, rng.choice(COEF), b)
    progs.append("print(solve(%s, x))" % e)
for _ in range(35):
    a, b = rng.sample(ATOMS, 2)
    c = rng.choice(["1", "-1", "S(1)/2", "0", "x"])
    progs.append("print(solve(%s*(%s - %s), x))" % (a, b, c))
FUNCS = ["2*sin(x) + sin(2*x)", "sin(x) + cos(x)**2", "sin(2*x) - 2*sin(x)", "cos(2*x) + 2*sin(x)",
         "2*cos(x) + sin(2*x)", "x + sin(2*x)", "sin(x)*cos(x)**2", "cos(x) + cos(2*x)/2",
         "sin(x)**2 + cos(2*x)", "sin(2*x)*cos(x)", "4*sin(x) - sin(2*x)", "cos(2*x) - 2*cos(x)",
         "sin(x)*sin(2*x)", "cos(x)*sin(2*x)", "sin(x + pi/4) + cos(x)", "sin(2*x) + cos(2*x)",
         "sin(x/2) + cos(x)", "2*sin(x) - cos(2*x)", "sin(3*x) + sin(x)", "cos(x)**2 - sin(2*x)"]
progs += ["print(solve(diff(%s, x), x))" % f for f in FUNCS]
progs += [
    "print(solve(sin(2*x) - cos(x), x), solve(Eq(sin(2*x), sin(x)), x))",
    "print(solve(sin(2*x)*(cos(x) - 1), x), solve(sin(2*x)*sin(3*x), x))",
    "f = 2*sin(x) + sin(2*x)\ncrit = solve(diff(f, x), x)\nprint(crit, [f.subs(x, c) for c in crit])",
    "print(solve(cos(2*x) + cos(x) + 1, x), solve(sin(2*x) + sin(x), x))",
    "print(solve(sin(2*x) - sin(x), x, dict=True))",
]
emit(PRE, progs)
