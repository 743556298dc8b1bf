"""Generate heurischroot_golden.jsonl: integrate of powers of x, 1/x and
inverse trigonometric functions times square roots of quadratics
a*x**2 + b, the integrals of a calculus course's trigonometric
substitution chapter. SymPy's integrate reaches heurisch for most of
them, whose hints add asin, asinh or a logarithm for each such root, and
writes the answer through cancel (sqrt(1 - x**2/4) becomes
sqrt(4 - x**2)/2). With SymPy 1.14's stdout. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_heurischroot.py > heurischroot_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

BASES = ["1 - x**2", "4 - x**2", "x**2 + 1", "x**2 + 4", "x**2 - 1", "x**2 - 9", "1 - 4*x**2", "9 - x**2",
         "x**2/4 + 1", "2 - 2*x**2"]
FACTORS = ["x", "x**2", "x**3", "1/x", "1/x**2", "1", "asin(x)", "atan(x)"]
progs = []
for b in BASES:
    for p in FACTORS:
        progs.append("print(integrate(%s*sqrt(%s), x))" % (p, b))
        progs.append("print(integrate(%s/sqrt(%s), x))" % (p, b))
    progs.append("print(integrate((%s)**Rational(3,2), x))" % b)
    progs.append("print(integrate(1/(%s)**Rational(3,2), x))" % b)
emit(PRE, progs)
