"""Generate linsolvemat_golden.jsonl: linsolve of the matrix forms, the
pair (A, b) and the augmented matrix [A | b], with the unknowns given or
not (then the free ones are named tau0, tau1, ...), of full and
deficient rank, inconsistent, and with symbolic entries; and the
ValueErrors of the equation form without unknowns and of repeated
unknowns. Random matrices from a fixed seed. dcalc must print SymPy's
answer or raise NotImplementedError. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_linsolvemat.py > linsolvemat_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, w, a = symbols('x y z w a')\n"


def programs():
    out = [
        "A = Matrix([[1, 2], [3, 4]])\nb = Matrix([5, 6])\nprint(linsolve((A, b), x, y), linsolve((A, b), [x, y]), linsolve((A, b)))",
        "M = Matrix([[1, 1, 1, 6], [0, 1, 2, 8], [1, 0, -1, -2]])\nprint(linsolve(M, x, y, z), linsolve(M))",
        "A = Matrix([[1, 2, 3], [2, 4, 6]])\nb = Matrix([1, 2])\nprint(linsolve((A, b), x, y, z), linsolve((A, b)))",
        "print(linsolve((Matrix([[a, 1], [1, a]]), Matrix([1, 0])), x, y), linsolve(Matrix([[1, 1, 2], [1, 1, 3]]), x, y))",
        "print(linsolve([x + y - 1, x - y], [x, y]), linsolve([x + y - 1, x - y], (x, y)), linsolve([Eq(x, 2*y), x + y - 3], x, y))",
        "linsolve([x + y - 1, x - y])",
        "linsolve([x + y - 1], x, x)",
        "print(linsolve(Matrix([[1, 0, 0, 1], [0, 0, 1, 2]])), linsolve(Matrix([[0, 0, 0]])), linsolve(Matrix([[1, 2, 3]])))",
        "print(linsolve((Matrix([[1, 1], [1, -1], [2, 0]]), Matrix([2, 0, 2])), x, y), linsolve((Matrix([[1, 1], [1, -1], [2, 1]]), Matrix([2, 0, 2])), x, y))",
        "print(linsolve((Matrix([[Rational(1, 2), 3], [2, Rational(-1, 3)]]), Matrix([1, 1])), x, y), linsolve((eye(3), Matrix([1, 2, 3]))))",
    ]
    r = random.Random(11)
    for _ in range(40):
        n = r.randint(2, 4)
        m = r.randint(2, 4)
        rows = [[r.randint(-3, 3) for _ in range(m)] for _ in range(n)]
        if r.random() < 0.3:
            rows[-1] = [2 * v for v in rows[0]]
        rhs = [r.randint(-5, 5) for _ in range(n)]
        syms = ", ".join("xyzw"[:m])
        if r.random() < 0.5:
            out.append("print(linsolve((Matrix(%r), Matrix(%r)), %s))" % (rows, rhs, syms))
        else:
            aug = [row + [v] for row, v in zip(rows, rhs)]
            out.append("print(linsolve(Matrix(%r)))" % (aug,))
    return out


if __name__ == "__main__":
    emit(PRE, programs())
