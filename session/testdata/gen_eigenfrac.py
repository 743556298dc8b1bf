"""Generate eigenfrac_golden.jsonl: eigenvects() and diagonalize() of
matrices whose entries are polynomials or rational functions of symbols
(SymPy's _eigenvects_DOM over QQ(symbols): linear factors of the
characteristic polynomial give rational eigenvalues and null spaces over
the fraction field, quadratic ones the algebraic branch over
QQ(symbols)[l]/(factor)), including Hessians of the functions calculus
notebooks classify critical points of. With SymPy 1.14's stdout; dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_eigenfrac.py > eigenfrac_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b = symbols('x y a b')\n"

CURATED = [
    "Matrix([[x, 1], [1, x]])", "Matrix([[a, b], [b, a]])", "Matrix([[a, 1], [0, b]])",
    "Matrix([[1, a], [a, 1]])", "Matrix([[a, 1, 0], [1, a, 1], [0, 1, a]])", "Matrix([[x, 1], [2, 0]])",
    "Matrix([[0, 1], [-a, 0]])", "Matrix([[a, 0, 0], [0, a, 0], [0, 0, b]])", "Matrix([[x, y], [y, x]])",
    "hessian(x**2*y + y**3 - 3*y, (x, y))", "hessian(x**3 - 3*x*y + y**3, (x, y))",
    "hessian(a*x**2 + b*y**2, (x, y))", "hessian(x**2 + a*x*y + y**2, (x, y))",
    "Matrix([[1, 1/a], [a, 1]])", "Matrix([[a, 1], [1/a, 1]])",
]


def programs():
    rnd = random.Random(13)
    progs = []
    for m in CURATED:
        progs.append("print(%s.eigenvects())" % m)
    for m in CURATED[:8]:
        progs.append("print(%s.diagonalize())" % m)
        progs.append("pprint(%s.eigenvects())" % m)
    entries = ["0", "1", "2", "-1", "x", "a", "x + 1", "2*x", "a*x", "-a", "a + 1", "3"]
    for _ in range(70):
        n = rnd.choice([2, 2, 2, 3])
        rows = [[rnd.choice(entries) for _ in range(n)] for _ in range(n)]
        if rnd.random() < 0.5:  # symmetric
            for i in range(n):
                for j in range(i):
                    rows[i][j] = rows[j][i]
        m = "Matrix([%s])" % ", ".join("[%s]" % ", ".join(r) for r in rows)
        progs.append("print(%s.eigenvects())" % m)
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
