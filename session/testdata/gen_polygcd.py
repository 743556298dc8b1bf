"""Generate polygcd_golden.jsonl: gcd and lcm of two polynomials (integer
and rational coefficients, one and several variables, zero and constant
arguments, seeded random products of small factors), from SymPy 1.14.
dcalc must print the same or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    python3 session/testdata/gen_polygcd.py > session/testdata/polygcd_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a, b = symbols('x y z a b')\n"

PAIRS = [
    "x**2 - 1, x**2 - 2*x + 1", "x**2 - 1, x + 1", "2*x**2 - 2, 4*x - 4", "x**2/2 - Rational(1, 2), x - 1",
    "-x - 1, x**2 - 1", "-x - 1, x - 1", "x*y + x, y**2 - 1", "x**2*y - x*y**2, x*y", "6*x, 4*x**2", "x, 0",
    "0, -x - 1", "0, -2*x - 2", "2*x + 2, 4", "sin(x)**2 - 1, sin(x) - 1", "x**3 - 3*x + 2, x**2 + x - 2",
    "a*x + a, b*x + b", "x**2 + 1, x + 1", "3*x**2/4 - 3, x/2 + 1", "x + sqrt(2), x**2 - 2", "x**4 - y**4, x**2 - y**2",
    "x**2 + 2*x*y + y**2, x**2 - y**2", "(x + 1)**3, (x + 1)**2*(x - 1)", "x**6 - 1, x**4 - 1", "exp(x)**2 - 1, exp(x) + 1",
    "12*x**3*y, 18*x**2*y**2", "-4*x**2 + 4, -6*x - 6", "x - 1, 1 - x", "Rational(2, 3)*x, Rational(4, 5)*x**2",
]
random.seed(12)
FACTORS = ["x + 1", "x - 1", "x - 2", "2*x + 3", "x**2 + 1", "x + y", "x - y", "y + 2", "x*y + 1", "3*x - y", "z + x"]
for _ in range(40):
    common = random.sample(FACTORS, random.randint(0, 2))
    f = common + random.sample(FACTORS, random.randint(1, 2))
    g = common + random.sample(FACTORS, random.randint(1, 2))
    cf, cg = random.choice([1, 2, -3, 6]), random.choice([1, 4, -2, 9])
    PAIRS.append("expand(%d*%s), expand(%d*%s)" % (cf, "*".join("(%s)" % t for t in f), cg, "*".join("(%s)" % t for t in g)))

programs = []
for p in PAIRS:
    programs.append("print(gcd(%s))" % p)
    programs.append("print(lcm(%s))" % p)

emit(PRE, programs)
