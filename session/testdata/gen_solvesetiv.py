"""Generate solvesetiv_golden.jsonl: solveset(f, x, Interval(a, b)) on
bounded intervals (closed, open, half-open; ends at multiples of pi and
at integers) for equations in sin, cos and tan of one argument c*x + d
(polynomials in one of them, a sine term against a cosine term, other
sums of sine and cosine) and for polynomial equations, with their
pretty and latex forms, with SymPy 1.14's stdout. dcalc must print the
same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesetiv.py > solvesetiv_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261205)
ARGS = ["x", "x", "x", "2*x", "x/2", "3*x", "x + pi/4", "2*x - pi/3", "x - 1"]
VALS = ["0", "1", "-1", "S(1)/2", "-S(1)/2", "sqrt(3)/2", "sqrt(2)/2", "S(1)/3", "sqrt(3)", "2", "-sqrt(2)/2"]
DOMS = ["Interval(0, 2*pi)", "Interval.Ropen(0, 2*pi)", "Interval(-pi, pi)", "Interval.open(-pi/2, pi/2)",
        "Interval(0, 4*pi)", "Interval(0, 10)", "Interval(1, 2)", "Interval.Lopen(0, pi)", "Interval(-2*pi, 2*pi)"]
progs = []
for _ in range(70):
    f = rng.choice(["sin", "cos", "tan"])
    a = rng.choice(ARGS)
    if rng.random() < 0.7:
        e = "%s(%s) - %s" % (f, a, rng.choice(VALS))
    else:
        p, q = rng.sample([-2, -1, 0, 1, 2, 3], 2)
        e = "%s(%s)**2 + %d*%s(%s) + %d" % (f, a, p, f, a, q)
    progs.append("print(solveset(%s, x, %s))" % (e, rng.choice(DOMS)))
for _ in range(25):
    a = rng.choice(["x", "x", "2*x", "x/2"])
    k1, k2 = rng.choice(["1", "2", "-1", "sqrt(3)", "-sqrt(3)", "3"]), rng.choice(["1", "-1", "2", "sqrt(3)", "-4"])
    progs.append("print(solveset(%s*sin(%s) + %s*cos(%s), x, %s))" % (k1, a, k2, a, rng.choice(DOMS)))
for _ in range(30):
    a = rng.choice(["x", "x", "2*x"])
    terms = rng.sample(["sin(%s)" % a, "cos(%s)" % a, "2*sin(%s)*cos(%s)" % (a, a), "sin(%s)**2" % a,
                        "cos(%s)**2" % a, "1", "-1", "2*cos(%s)" % a, "sin(%s)*cos(%s)" % (a, a)], 3)
    progs.append("print(solveset(%s, x, %s))" % (" + ".join(terms), rng.choice(DOMS)))
for _ in range(20):
    cs = [rng.randint(-4, 4) for _ in range(4)]
    e = " + ".join("%d*x**%d" % (c, i) for i, c in enumerate(cs))
    progs.append("print(solveset(%s, x, %s))" % (e, rng.choice(DOMS + ["Interval(-3, 3)", "Interval.open(0, 1)"])))
for e in ["sin(x)", "cos(x) - S(1)/3", "2*sin(x)*cos(x) - cos(x)", "tan(x) - 2"]:
    progs.append("pprint(solveset(%s, x, Interval(0, 2*pi)))" % e)
    progs.append("print(latex(solveset(%s, x, Interval(0, 2*pi))))" % e)
progs += ["print(solveset(sin(x), x, Interval(0, oo)))", "print(solveset(x**2 - 4, x, Interval(0, oo)))",
          "print(solveset(sin(x) - x, x, Interval(0, 1)))", "print(solveset(exp(x) - 2, x, Interval(0, 1)))",
          "print(solveset(0*x, x, Interval(0, 1)))", "print(solveset(sin(x)**2 + cos(x)**2 - 1, x, Interval(0, 1)))"]
emit(PRE, progs)
