"""Generate linpow_golden.jsonl: integrals of c*x**n*(a*x + b)**r, n a
positive integer and r a rational that is not an integer, the shape
heurisch gives up on and meijerint_indefinite answers (as a polynomial
times (a*x + b) to the fractional part of r, expanded); also the shapes
around it that SymPy answers other ways (negative a or b, r < -1, x**n
alone with a root of a quadratic), and a few definite integrals. With
SymPy 1.14's stdout; dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_linpow.py > linpow_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

CURATED = [
    "x*sqrt(x + 1)", "x/sqrt(x + 1)", "x**2*sqrt(x + 1)", "x**2/sqrt(x + 1)", "x*sqrt(2*x + 3)",
    "x*(x + 1)**Rational(3, 2)", "x*(x + 1)**Rational(1, 3)", "x/(x + 1)**Rational(1, 3)",
    "x*(x + 1)**Rational(2, 3)", "3*x*sqrt(x + 2)", "x**3*sqrt(x + 1)", "x**4/sqrt(x + 1)",
    "x**2*(2*x + 1)**Rational(5, 2)", "x/sqrt(2*x + 1)", "x*sqrt(4*x + 1)/2", "x*sqrt(x + 4)",
    # other routes
    "x*sqrt(1 - x)", "x*sqrt(x - 1)", "x/(x + 1)**Rational(3, 2)", "x**2/(x + 1)**Rational(5, 2)",
    "x*sqrt(x + Rational(1, 2))", "(x + 2)*sqrt(x + 1)", "x*sqrt(x**2 + 1)", "x**3*sqrt(x**2 + 1)",
    "sqrt(x + 1)", "(2*x + 3)**Rational(3, 2)",
    # a or b negative: meijerint's Piecewise for square roots
    "x/sqrt(x - 1)", "x/sqrt(1 - x)", "x*(x - 1)**Rational(3, 2)", "x**2*sqrt(3 - x)",
    "x*(x - 1)**Rational(1, 3)", "x*sqrt(2*x - 3)", "x*sqrt(4 - 2*x)", "x*sqrt(-x - 1)",
    "x**3*(x - 2)**Rational(5, 2)", "x**4*(x - 2)**Rational(5, 2)", "x**3*(3 - x)**Rational(5, 2)",
    "x**4*(3 - x)**Rational(5, 2)", "x**5*(x - 1)**Rational(7, 2)", "x**6*(x - 1)**Rational(7, 2)",
    "x**2*(2*x - 1)**Rational(5, 2)", "x*(1 - 2*x)**Rational(7, 2)",
]

DEFINITE = [
    "x*sqrt(x + 1), (x, 0, 3)", "x/sqrt(x + 1), (x, 0, 3)", "x**2*sqrt(x + 1), (x, 0, 1)",
    "x*(x + 1)**Rational(1, 3), (x, 0, 7)", "x*sqrt(2*x + 1), (x, 0, 4)",
]


def programs():
    rnd = random.Random(11)
    progs = ["print(integrate(%s, x))" % f for f in CURATED]
    for f in CURATED[:6]:
        progs.append("print(latex(integrate(%s, x)))" % f)
        progs.append("pprint(integrate(%s, x))" % f)
    progs += ["print(integrate(%s))" % f for f in DEFINITE]
    rs = ["Rational(1, 2)", "Rational(-1, 2)", "Rational(3, 2)", "Rational(1, 3)", "Rational(-1, 3)",
          "Rational(2, 3)", "Rational(5, 2)", "Rational(1, 4)", "Rational(-3, 4)", "Rational(7, 3)",
          "Rational(-2, 3)", "Rational(5, 4)"]
    for _ in range(110):
        n = rnd.randint(1, 4)
        a = rnd.choice([1, 1, 2, 3, 5])
        b = rnd.choice([1, 2, 3, 5, 7])
        r = rnd.choice(rs)
        c = rnd.choice(["", "", "2*", "-3*", "Rational(1, 2)*"])
        xn = "x" if n == 1 else "x**%d" % n
        progs.append("print(integrate(%s%s*(%d*x + %d)**%s, x))" % (c, xn, a, b, r))
    for _ in range(40):
        n = rnd.randint(1, 3)
        a, b = rnd.choice([(1, -1), (2, -1), (1, -3), (3, -2), (-1, 1), (-2, 3), (-1, 4), (-3, 1)])
        r = rnd.choice(["Rational(1, 2)", "Rational(-1, 2)", "Rational(1, 2)", "Rational(3, 2)"])
        xn = "x" if n == 1 else "x**%d" % n
        progs.append("print(integrate(%s*(%d*x + %d)**%s, x))" % (xn, a, b, r))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
