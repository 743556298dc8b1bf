"""Generate nsimplify_golden.jsonl: nsimplify on rationals, quadratic
surds, logarithms, exponentials, roots and arbitrary floats, with base
constants, tolerances and the rational= modes, on numbers and on
expressions with symbols, from SymPy 1.14 (mpmath 1.3.0's identify).
dcalc must print the same or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    python3 session/testdata/gen_nsimplify.py > session/testdata/nsimplify_golden.jsonl
"""
import math
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

random.seed(7)
vals = []
for _ in range(60):
    p, q = random.randint(-50, 50), random.randint(1, 60)
    vals.append(repr(p / q))
for n in range(2, 30):
    vals += [repr(math.sqrt(n)), repr(math.sqrt(n) / 3), repr((1 + math.sqrt(n)) / 2)]
for _ in range(40):
    vals.append(repr(random.uniform(-100, 100)))
for n in range(2, 12):
    vals += [repr(math.log(n)), repr(math.exp(1 / n)), repr(n ** (1 / 3)), repr(math.pi * n / 7)]

programs = []
for i in range(0, len(vals), 8):
    chunk = "[" + ", ".join(vals[i:i + 8]) + "]"
    programs.append("for v in %s:\n    print(nsimplify(v), nsimplify(v, [pi]), nsimplify(v, tolerance=1e-6))" % chunk)
programs += [
    "print(nsimplify(0.5), nsimplify(0.333333333333333), nsimplify(1.4142135623731), nsimplify(2.0), nsimplify(-0.75))",
    "print(nsimplify(0.2 + 0.5*I), nsimplify(1e-10), nsimplify(123.456), nsimplify(6.0), nsimplify(0.142857142857143))",
    "print(nsimplify(1.41421356*x + 0.5), nsimplify(0.25*x**2 - 1.5*x), nsimplify(x**0.5), nsimplify(2.5*sin(0.5*x)))",
    "print(nsimplify(3.3333333*x), nsimplify(0.6666*x, tolerance=0.001), nsimplify(0.1*x + 0.2*y))",
    "print(nsimplify(pi), nsimplify(sqrt(2)), nsimplify(S(1)/3), nsimplify(3), nsimplify(oo), nsimplify(-oo))",
    "print(nsimplify(4.71238898038469, [pi]), nsimplify(2*pi + 0.5, [pi]), nsimplify(exp(1.0)), nsimplify(E.evalf(), [E]))",
    "print(nsimplify(0.333, tolerance=0.01), nsimplify(0.1234, rational=True), nsimplify(1.4142135623731, rational=False))",
    "print(nsimplify(1.4142135623731, rational=True), nsimplify(0.1234, rational=False), nsimplify(3.14159, tolerance=0.001))",
    "print(nsimplify(Float('0.333333333333333333333', 25)), nsimplify(Float('1.41421356237309504880168872', 30)))",
    "print(nsimplify(Float(0.5, 5)), nsimplify(Float('0.3333', 4)), nsimplify(0.0), nsimplify(-0.0))",
    "print(nsimplify(1.2020569031595942), nsimplify(0.5772156649015329), nsimplify(2.0**0.5 + 3.0**0.5))",
    "print(nsimplify(sqrt(2.0)*x), nsimplify([0.5, 0.25]) if False else 0, nsimplify(Rational(1, 3) + 0.5))",
    "print(nsimplify(solve(x**2 - 2.0, x)[1]), nsimplify(N(pi/6)), nsimplify(N(sqrt(3)/2)), nsimplify(N(log(2)/3)))",
    "print(nsimplify(0.5*I), nsimplify(1.5 - 2.5*I), nsimplify(N(exp(I*pi/3))))",
    "print(latex(nsimplify(1.4142135623731*x)), nsimplify(0.125, constants=[pi, E]))",
    "for v in [1e300, 1e-300, 1e20*x, 1e300*x, 5e-324, 1.7976931348623157e308, -1e200, 1e6, 999999.5, 1234567.891]:\n    print(nsimplify(v))",
    "print(nsimplify(1e-40 + 1.0*I), nsimplify(1.5 + 1e-35*I), nsimplify(float('inf')), nsimplify(-float('inf')))",
]
emit(PRE, programs)
