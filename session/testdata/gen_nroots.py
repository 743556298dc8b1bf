"""Generate nroots_golden.jsonl: nroots(f, n) and Poly.nroots() of random
squarefree polynomials with integer and rational coefficients (degrees 1
to 8, n from 5 to 30; real roots first, then complex ones), and repeated
roots dcalc refuses, with SymPy 1.14's stdout. dcalc must print the same
or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_nroots.py > nroots_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261205)
x = sympy.Symbol('x')
progs = []
while len(progs) < 90:
    deg = rng.randint(1, 8)
    cs = [rng.randint(-9, 9) for _ in range(deg + 1)]
    if cs[-1] == 0:
        continue
    p = sum(c * x**i for i, c in enumerate(cs))
    if sympy.degree(sympy.gcd(p, p.diff(x)), x) > 0:
        continue
    n = rng.choice([15, 15, 15, 5, 10, 20, 30])
    src = "(%s)" % sympy.sstr(p)
    if rng.random() < 0.2:
        src += "/%d" % rng.randint(2, 7)
    if n == 15:
        progs.append("print(nroots(%s))" % src)
    elif rng.random() < 0.5:
        progs.append("print(nroots(%s, n=%d))" % (src, n))
    else:
        progs.append("print(Poly(%s, x).nroots(n=%d))" % (src, n))
progs += ["print(nroots(%s))" % e for e in ["(x - 1)**2", "x**3*(x - 2)", "x**2", "x*(x**2 + 1)", "x**7 - 1",
                                           "1000*x**3 - 1", "x**4 - 10*x**2 + 1", "x**3 - 3*x + 1"]]
emit(PRE, progs)
