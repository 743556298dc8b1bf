"""Generate solvetrig_golden.jsonl: solve() of equations in sin, cos and
tan of one argument c*x + d (polynomials in one of them, sums of a sine
and a cosine term, sums that SymPy rewrites in tan(x/2)), critical points
of trigonometric functions as notebooks find them (solve(diff(f, x), x)),
and the exact values of atan, asin and acos from SymPy's tables that
these solutions rest on, with SymPy 1.14's stdout. dcalc must print the
same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvetrig.py > solvetrig_golden.jsonl
"""
import random

import sympy

from goldenlib import emit, run

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261205)
ARGS = ["x", "x", "x", "2*x", "x/2", "3*x", "x + pi/4", "2*x - pi/3", "x - 1"]
VALS = ["0", "1", "-1", "S(1)/2", "-S(1)/2", "sqrt(3)/2", "sqrt(2)/2", "S(1)/3", "sqrt(3)", "2", "-sqrt(2)/2"]
progs = []
for _ in range(60):
    f = rng.choice(["sin", "cos", "tan"])
    a = rng.choice(ARGS)
    if rng.random() < 0.7:
        progs.append("print(solve(%s(%s) - %s, x))" % (f, a, rng.choice(VALS)))
    else:
        p, q = rng.sample([-2, -1, 0, 1, 2, 3], 2)
        progs.append("print(solve(%s(%s)**2 + %d*%s(%s) + %d, x))" % (f, a, p, f, a, q))
for _ in range(30):
    a = rng.choice(["x", "x", "2*x", "x/2"])
    k1, k2 = rng.choice(["1", "2", "-1", "sqrt(3)", "-sqrt(3)"]), rng.choice(["1", "-1", "2", "sqrt(3)", "-2"])
    p = rng.choice([1, 1, 2])
    progs.append("print(solve(%s*sin(%s)**%d + %s*cos(%s)**%d, x))" % (k1, a, p, k2, a, p))
for _ in range(30):
    a = rng.choice(["x", "x", "2*x"])
    terms = rng.sample(["sin(%s)" % a, "cos(%s)" % a, "2*sin(%s)*cos(%s)" % (a, a), "sin(%s)**2" % a,
                        "cos(%s)**2" % a, "1", "-1", "2*cos(%s)" % a, "sin(%s)*cos(%s)" % (a, a)], 3)
    progs.append("print(solve(%s, x))" % " + ".join(terms))
FUNCS = ["sin(x)**2", "x + 2*sin(x)", "sin(x) + cos(x)", "exp(x)*sin(x)", "sin(x)*cos(x)", "x - 2*cos(x)",
         "sin(2*x) + 2*cos(x)", "cos(x)**2 + sin(x)", "sin(x) - x/2", "tan(x) - 2*x", "x/2 + cos(x)",
         "sin(x)**2 - cos(x)", "2*sin(x) + sin(2*x)", "cos(2*x) + 2*sin(x)", "sin(x) + sqrt(3)*cos(x)",
         "exp(-x)*cos(x)", "sin(3*x)", "cos(x/2)", "sin(x)**3", "x*sin(x)"]
progs += ["print(solve(diff(%s, x), x))" % f for f in FUNCS]
TABLE = ["atan(2 - sqrt(3))", "atan(2 + sqrt(3))", "atan(sqrt(3) - 2)", "atan(1 + sqrt(2))", "atan(sqrt(2) - 1)",
         "atan(sqrt(5 - 2*sqrt(5)))", "atan(sqrt(5 + 2*sqrt(5)))", "atan(sqrt(1 - 2*sqrt(5)/5))",
         "atan(sqrt(1 + 2*sqrt(5)/5))", "acot(2 - sqrt(3))", "asin((sqrt(5) - 1)/4)", "asin((1 - sqrt(5))/4)",
         "asin((sqrt(5) + 1)/4)", "asin(sqrt(6)/4 - sqrt(2)/4)", "asin((sqrt(3) - 1)/sqrt(8))",
         "asin(sqrt(6)/4 + sqrt(2)/4)", "asin(sqrt((5 - sqrt(5))/8))", "asin(sqrt(2)*sqrt(5 + sqrt(5))/4)",
         "asin(sqrt(2 - sqrt(2))/2)", "asin(sqrt(S.Half + sqrt(2)/4))", "acos((sqrt(5) - 1)/4)",
         "acos(sqrt(6)/4 - sqrt(2)/4)", "acos(-(sqrt(5) + 1)/4)", "asin(-sqrt(2 + sqrt(2))/2)",
         "2*atan(2 - sqrt(3))", "atan(-sqrt(5 - 2*sqrt(5)))"]
progs += ["print(%s)" % t for t in TABLE]
emit(PRE, progs)
