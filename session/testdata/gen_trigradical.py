"""Generate trigradical_golden.jsonl: simplify of radicals of
trigonometric expressions, as the speed |r'(t)| of a curve, a unit
tangent or a curvature ask for (sqrt(sin(t)**2 + cos(t)**2 + 1) is
sqrt(2)): random rational functions of sin, cos and tan under one
square, cube or 3/2 power, with SymPy 1.14's stdout. dcalc must print the
same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_trigradical.py > trigradical_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\nt = symbols('t', positive=True)\n"

rng = random.Random(7)
LEAVES = ["sin(x)", "cos(x)", "sin(x)**2", "cos(x)**2", "tan(x)", "2", "1", "x", "sin(2*x)", "cos(x)**4",
          "sin(x)*cos(x)", "t", "sin(t)", "cos(t)", "sin(t)**2", "cos(t)**2"]


def rand(depth):
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(LEAVES)
    return "(%s %s %s)" % (rand(depth - 1), rng.choice(["+", "+", "-", "*", "/"]), rand(depth - 1))


WRAP = ["sqrt(%s)", "(%s)**Rational(3, 2)", "1/sqrt(%s)", "(%s)**Rational(1, 3)", "x*sqrt(%s)", "sqrt(%s)/(%s)",
        "sqrt(%s) + %s"]
progs = set()
while len(progs) < 250:
    w = rng.choice(WRAP)
    e = w % (rand(2), rand(1)) if w.count("%s") == 2 else w % rand(2)
    progs.add("print(simplify(%s))" % e)
FIXED = ["sqrt(sin(t)**2 + cos(t)**2 + 1)", "sqrt(4*sin(t)**2 + 4*cos(t)**2)", "sqrt(x**2*sin(t)**2 + x**2*cos(t)**2)",
         "sqrt(sin(t)**2 + cos(t)**2 + (sin(t)**2 + cos(t)**2)**2)/(sin(t)**2 + cos(t)**2 + 1)**Rational(3, 2)",
         "sqrt(9*sin(t)**2 + 9*cos(t)**2 + 16)", "sqrt(1 - sin(x)**2)", "sqrt(1 + tan(x)**2)", "sqrt(1 - cos(x)**2)/sin(x)",
         "sqrt((1 - cos(2*t))/2)", "sqrt(2 - 2*cos(t))", "sqrt(sin(t)**4 + 2*sin(t)**2*cos(t)**2 + cos(t)**4)",
         "1/sqrt(sin(x)**2 + cos(x)**2)", "sqrt(exp(2*t)*sin(t)**2 + exp(2*t)*cos(t)**2)",
         "sqrt(t**2*sin(t)**2 + t**2*cos(t)**2 + 1)", "diff(sqrt(1 + sin(x)**2), x)"]
progs |= {"print(simplify(%s))" % f for f in FIXED}
emit(PRE, sorted(progs))
