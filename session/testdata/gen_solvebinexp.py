"""Generate solvebinexp_golden.jsonl: solve() of binomials with symbolic
coefficients (roots_binomial: the can of least surface, 4*pi*r**3 -
2000 for a positive radius; a*x**n + b with a symbol), of equations in
powers b**(c*x) of an integer base (2**x - 8, 3*2**x - 24, 2**(2*x) -
5*2**x + 6), and roots() of such binomials, with SymPy 1.14's stdout;
dcalc must print the same or refuse. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_solvebinexp.py > solvebinexp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, r = symbols('x r')\nh, s = symbols('h s', positive=True)\n"
       "a, b = symbols('a b', positive=True)\nc = symbols('c')\n")

rng = random.Random(20261207)
progs = []
COEFS = ["pi", "2*pi", "4*pi", "pi/3", "E", "sqrt(2)", "a", "2*a", "a*b", "c", "sqrt(3)*pi"]
CONST = ["1", "2", "8", "1000", "500", "-27", "-1", "b", "3*b", "pi", "-a"]
for _ in range(45):
    n = rng.choice([3, 3, 4, 5, 6])
    v = rng.choice(["x", "r", "h", "s"])
    progs.append("print(solve(%s*%s**%d - %s, %s))" % (rng.choice(COEFS), v, n, rng.choice(CONST), v))
for _ in range(15):
    n = rng.choice([3, 4, 5])
    progs.append("print(roots(%s*x**%d + %s, x))" % (rng.choice(COEFS), n, rng.choice(CONST)))
BASES = ["2", "3", "5", "10", "6", "4", "9"]
for _ in range(40):
    bb = rng.choice(BASES)
    k = rng.choice(["x", "x", "2*x", "-x", "x/2", "x + 1", "3*x - 1"])
    val = rng.choice(["8", "81", "5", "S(1)/4", "1000", "1", "7", "32", "2"])
    form = rng.choice(["%s**(%s) - %s", "3*%s**(%s) - %s", "%s**(%s) - %s*2"])
    progs.append("print(solve(%s, x))" % (form % (bb, k, val)))
for _ in range(15):
    bb = rng.choice(["2", "3", "5"])
    p, q = rng.sample([-6, -2, -1, 1, 2, 3, 6], 2)
    progs.append("print(solve(%s**(2*x) + %d*%s**x + %d, x))" % (bb, p, bb, q))
progs += [
    "V = pi*r**2*h - 1000\nA = 2*pi*r**2 + 2*pi*r*h\nhh = solve(V, h)[0]\nA1 = A.subs(h, hh)\nprint(A1, solve(diff(A1, r), r))",
    "r1 = symbols('r1', positive=True)\nA = 2*pi*r1**2 + 2000/r1\ncrit = solve(diff(A, r1), r1)\nprint(crit, [A.subs(r1, v) for v in crit], [N(v) for v in crit])",
    "print(solve(2**x - 8, x), solve(Eq(2**x, 8), x), solve(Eq(3**(x - 1), 27), x))",
    "P = 100*2**(x/3)\nprint(solve(P - 800, x), solve(Eq(P, 400), x))",
    "print(solve(10**x - 1000, x), solve(Eq(10**(2*x), 100), x))",
]
emit(PRE, progs)
