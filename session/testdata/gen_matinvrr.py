"""Generate matinvrr_golden.jsonl: Matrix.inv() (and M**-1) of matrices
of Floats, which SymPy 1.14 computes over the domain RR by Gauss-Jordan
elimination with partial pivoting in 53-bit arithmetic (the last digits
of its results depend on that order), and Matrix.rref(), solve() and
nullspace() of such matrices, which go through SymPy's generic row
reduction (cross-cancellation, pivoting on the largest entry of a column
of Floats and integers, SymPy's Number arithmetic), and the repr of
matrices of Floats inside containers (entries one print level down), with SymPy 1.14's stdout; dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_matinvrr.py > matinvrr_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\n"


def programs():
    rnd = random.Random(21)
    progs = [
        "print(Matrix([[1.0, 2.0], [3.0, 4.0]]).inv())",
        "print(Matrix([[0, 1.0], [1.0, 0]]).inv())",
        "print(Matrix([[0.1, 0.2], [0.2, 0.4]]).inv())",
        "print(Matrix([[2.0, 0], [0, 0.5]])**-1)",
        "M = Matrix([[0.5, 1], [2, 3.25]])\nprint(M.inv() * M)",
        "pprint(Matrix([[1.5, 2], [3, 4.25]]).inv())",
    ]
    for _ in range(80):
        n = rnd.choice([2, 2, 3, 3, 4])
        rows = []
        for _ in range(n):
            row = []
            for _ in range(n):
                kind = rnd.random()
                if kind < 0.15:
                    row.append("0")
                elif kind < 0.35:
                    row.append(str(rnd.randint(-5, 5)))
                else:
                    row.append(repr(round(rnd.uniform(-10, 10), rnd.choice([1, 2, 3]))))
            rows.append("[%s]" % ", ".join(row))
        m = "Matrix([%s])" % ", ".join(rows)
        progs.append("print(%s.inv())" % m)
        if rnd.random() < 0.5:
            progs.append("print(%s.rref())" % m)
        else:
            rhs = "Matrix([%s])" % ", ".join(rnd.choice(["1", "0", "2.5", "-1.5", "3"]) for _ in range(n))
            progs.append("print(%s.solve(%s))" % (m, rhs))
    for _ in range(25):
        r, c = rnd.choice([(2, 3), (3, 2), (3, 4), (2, 2)])
        rows = ["[%s]" % ", ".join(rnd.choice(["0", "1", "2", "0.5", "1.5", "-2.0", "3"]) for _ in range(c)) for _ in range(r)]
        m = "Matrix([%s])" % ", ".join(rows)
        progs.append("print(%s.rref(), %s.nullspace())" % (m, m))
    progs.append("print([Matrix([[Float(2.0), 1]])], (Matrix([[1.5], [2]]),), repr(Matrix([[0.25, 2]])))")
    progs.append("M = Matrix([[1.5, 2], [3, 4]])\nprint(M.LUsolve(Matrix([1, 2])))")
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
