"""Generate eigensym_golden.jsonl: eigenvals of matrices with polynomial
entries whose strongly connected blocks have size 1 or 2 (Hessians of
two-variable functions, [[a, b], [c, d]], block-triangular 3x3 and 4x4),
as dicts and with multiple=True, and the roots() of quadratics with
symbolic coefficients that they rest on, with SymPy 1.14's stdout. dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_eigensym.py > eigensym_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b, c, d = symbols('x y a b c d')\nk = symbols('k', positive=True)\n"

rng = random.Random(20261205)
MONOS = ["x", "y", "x*y", "x**2", "y**2", "x**3", "x**2*y", "x*y**2", "y**3", "x**4", "y**4", "1"]
ENTRIES = ["x", "y", "2*x", "x + 1", "x*y", "3", "0", "-1", "x**2", "a", "b", "2*a - b", "k", "-2*k", "1 - y", "x**2 + 2*x"]


def poly2():
    return " + ".join("%d*%s" % (rng.choice([-3, -2, -1, 1, 2, 3, 4]), m) for m in rng.sample(MONOS, rng.choice([2, 3, 4])))


progs = []
for _ in range(45):
    progs.append("print(hessian(%s, (x, y)).eigenvals())" % poly2())
for _ in range(45):
    m = [rng.choice(ENTRIES) for _ in range(4)]
    progs.append("print(Matrix([[%s, %s], [%s, %s]]).eigenvals())" % tuple(m))
for _ in range(15):
    m = [rng.choice(ENTRIES) for _ in range(4)]
    progs.append("print(Matrix([[%s, %s], [%s, %s]]).eigenvals(multiple=True))" % tuple(m))
for _ in range(20):
    e = [rng.choice(ENTRIES) for _ in range(6)]
    progs.append("print(Matrix([[%s, %s, 0], [%s, %s, 0], [%s, 0, %s]]).eigenvals())" % tuple(e))
progs += ["print(%s)" % e for e in [
    "Matrix([[a, b], [c, d]]).eigenvals()", "Matrix([[a, b], [b, a]]).eigenvals()",
    "Matrix([[x**2 + 2*x, 0], [0, 1]]).eigenvals()", "Matrix([[x**2 + 2*x, 1], [0, 1]]).eigenvals()",
    "Matrix([[x**2 + 2*x, 0], [0, 1]]).eigenvals(multiple=True)", "Matrix([[0, 1], [-x, 0]]).eigenvals()",
    "Matrix([[-2*k, k], [k, -2*k]]).eigenvals()", "Matrix([[x, 1, 0], [1, x, 1], [0, 1, x]]).eigenvals()",
    "Matrix([[2*x*y, 0, 1], [0, 1, 0], [1, 0, 2*x*y]]).eigenvals()", "diag(x, y, x).eigenvals()",
    "Matrix([[sin(x), 0], [0, sin(x)**2 + sin(x)]]).eigenvals()", "Matrix([[x/2, 1], [1, x]]).eigenvals()",
    "Matrix([[1/x, 1], [1, x]]).eigenvals()", "Matrix([[sqrt(2), 1], [1, 0]]).eigenvals()",
    "Matrix([[x, x], [x, x]]).eigenvals()", "Matrix([[0, x], [x, 0]]).eigenvals()", "Matrix([[x, 0], [0, x]]).eigenvals()",
    "hessian(x**3 + y**3 - 3*x*y, (x, y)).eigenvals()", "hessian(x**2*y + y**3, (x, y)).subs({x: 1}).eigenvals()",
    "Matrix([[x, 1], [1, x]]).eigenvals(multiple=True)", "Matrix([[a, b], [c, d]]).charpoly().as_expr()"]]
LAM = ["l**2 - (a + d)*l + a*d - b*c", "l**2 - 2*x*l + x**2 - 1", "l**2 - 2*x*l - 1", "l**2 + x", "l**2 - x*l",
       "l**2 - 4*k**2", "l**2 + 4*k*l + 3*k**2", "l**2 - 2*x*l + x**2", "l - x**2 - 2*x", "l**2 - (6*x*y + 2)*l + 12*x*y - 9*x**4"]
progs += ["l = symbols('l'); print(roots(%s, l))" % p for p in LAM]
emit(PRE, progs)
