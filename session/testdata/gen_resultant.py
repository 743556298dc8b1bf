"""Generate resultant_golden.jsonl: resultant and discriminant of
polynomials in one variable with number or polynomial coefficients, from
SymPy 1.14. dcalc must print the same or raise NotImplementedError. Run
with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_resultant.py > session/testdata/resultant_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\na, b, c, d, x, y = symbols('a b c d x y')\n"

HAND = [
    "discriminant(a*x**2 + b*x + c, x)", "discriminant(x**2 - 4*x + 4, x)", "discriminant(x**3 + a*x + b, x)",
    "discriminant(a*x**3 + b*x**2 + c*x + d, x)", "discriminant(2*x + 1, x)", "discriminant(5, x)", "discriminant(x**2 + 1)",
    "discriminant(x**2 + y, x)", "resultant(x**2 - 1, x - 1, x)", "resultant(x**2 + a*x + 1, x - b, x)",
    "resultant(a*x**2 + b*x + c, 2*a*x + b, x)", "resultant(3, x**2 + 1, x)", "resultant(2, 3, x)",
    "resultant(x**2 + y**2 - 1, x - y, x)", "resultant(x**2 + y**2 - 1, x - y, y)", "resultant(x**3 - 2, x**2 + x + 1)",
    "resultant(x**2 + 1, x**2 - 1)", "discriminant(x**2/2 + x/3 + 1, x)", "resultant(x/2 + 1, x - S(1)/3, x)",
    "discriminant(x**2 + x/y, x)", "discriminant(x**2 + sin(y)*x + 1, x)", "resultant(x**2 - 2*x + 1, x**2 - 1, x)",
    "discriminant(Poly(x**2 + 2*x + 5))", "discriminant((x - 1)**2*(x + 2), x)", "discriminant(x**4 + a*x**2 + b, x)",
    "resultant(x**2 - a, x**3 - b, x)", "resultant(x - a, x - b, x)", "resultant((x - a)*(x - b), x - c, x)",
    "discriminant(x**5 - x - 1, x)", "discriminant(x**3 - 3*x + 1, x)", "resultant(y*x**2 + x + y, x**2 - y, x)",
]


def _random():
    rnd = random.Random(11)
    out = []
    for _ in range(40):
        def poly(deg):
            return " + ".join("%d*x**%d" % (rnd.randint(-5, 5), k) for k in range(deg + 1))
        if rnd.random() < 0.5:
            out.append("discriminant(%s + x**%d, x)" % (poly(rnd.randint(1, 4)), rnd.randint(2, 5)))
        else:
            out.append("resultant(%s, %s + y*x, x)" % (poly(rnd.randint(1, 3)), poly(rnd.randint(1, 3))))
    return out


emit(PRE, ["print(%s)" % e for e in HAND + _random()])
