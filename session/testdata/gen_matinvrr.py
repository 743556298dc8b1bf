"""Generate matinvrr_golden.jsonl: Matrix.inv() (and M**-1) of matrices
of Floats, which SymPy 1.14 computes over the domain RR by Gauss-Jordan
elimination with partial pivoting in 53-bit arithmetic (the last digits
of its results depend on that order), with SymPy 1.14's stdout; dcalc
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
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
