"""Generate quadpow_golden.jsonl: integrals of c*(a*x**2 + b)**(-3/2),
which heurisch gives up on and meijerint_indefinite answers as
x/(b*sqrt(a*x**2 + b)) (a Piecewise on Abs(x**2) > b for a = -1), over
random integers a and b, with a few definite integrals and neighbouring
shapes SymPy answers other ways. With SymPy 1.14's stdout; dcalc must
print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_quadpow.py > quadpow_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

CURATED = [
    "(x**2 + 1)**Rational(-3, 2)", "(x**2 + 4)**Rational(-3, 2)", "(1 - x**2)**Rational(-3, 2)",
    "(4 - x**2)**Rational(-3, 2)", "2/(x**2 + 9)**Rational(3, 2)", "(2*x**2 + 2)**Rational(-3, 2)",
    "(1 - 2*x**2)**Rational(-3, 2)", "(x**2 - 1)**Rational(-3, 2)", "(x**2 + 1)**Rational(-5, 2)",
    "x/(x**2 + 1)**Rational(3, 2)", "1/(x**2*sqrt(x**2 + 1))",
]

DEFINITE = [
    "(x**2 + 1)**Rational(-3, 2), (x, -oo, oo)", "(x**2 + 1)**Rational(-3, 2), (x, 0, 1)",
    "(x**2 + 4)**Rational(-3, 2), (x, 0, 2)", "(x**2 + 4)**Rational(-3, 2), (x, 0, oo)",
    "(1 - x**2)**Rational(-3, 2), (x, 0, Rational(1, 2))",
]


def programs():
    rnd = random.Random(5)
    progs = ["print(integrate(%s, x))" % f for f in CURATED]
    for f in CURATED[:4]:
        progs.append("print(latex(integrate(%s, x)))" % f)
        progs.append("pprint(integrate(%s, x))" % f)
    progs += ["print(integrate(%s))" % f for f in DEFINITE]
    for _ in range(40):
        a = rnd.choice([1, 1, 2, 3, 5, -1, -1, -3])
        b = rnd.choice([1, 2, 3, 4, 7, 9])
        c = rnd.choice(["", "2*", "-3*", "Rational(1, 2)*"])
        progs.append("print(integrate(%s(%d*x**2 + %d)**Rational(-3, 2), x))" % (c, a, b))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
