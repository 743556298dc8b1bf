"""Generate deltasum_golden.jsonl: sums over a KroneckerDelta of the
index (SymPy's deltasummation), as the gradients of sums over an
IndexedBase give them in machine-learning notebooks:
diff(Sum((w[0] + w[1]*x[i] - y[i])**2, (i, 1, n)), w[1]) stays a Sum,
diff(Sum(x[i]**2, (i, 1, n)), x[j]).doit() is
Piecewise((2*x[j], (j >= 1) & (j <= n)), (0, True)); numeric, symbolic
and infinite ranges, deltas against numbers, products with other
deltas, and the three printers. dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_deltasum.py > deltasum_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\ni, j, k, n, m = symbols('i j k n m', integer=True)\n"
       "x, w, y = IndexedBase('x'), IndexedBase('w'), IndexedBase('y')\na, b = symbols('a b')\n")

rng = random.Random(17)

SUMMANDS = ['x[i]**2', '(x[i] - y[i])**2', 'x[i]*w[i]', 'x[i]**3', 'exp(x[i])', 'log(x[i])', '(a*x[i] + b - y[i])**2',
            'x[i]**2*w[i]', 'sin(x[i])', 'x[i]*y[i] - x[i]**2/2', '(w[i]*x[i] - y[i])**2/2']
LIMITS = ['(i, 1, n)', '(i, 0, n)', '(i, 1, 5)', '(i, 0, m - 1)', '(i, 1, oo)', '(i, -2, 2)']
TARGETS = ['x[j]', 'x[k]', 'x[3]', 'w[j]', 'x[0]']


def programs():
    progs = []
    for s in SUMMANDS:
        for _ in range(4):
            progs.append("print(diff(Sum(%s, %s), %s).doit())" % (s, rng.choice(LIMITS), rng.choice(TARGETS)))
    progs += [
        "print(diff(Sum(x[i]**2, (i, 1, n)), x[j]))",
        "print(Sum(KroneckerDelta(i, j)*x[i], (i, 1, n)).doit())",
        "print(Sum(KroneckerDelta(i, 2)*x[i], (i, 1, n)).doit())",
        "print(Sum(KroneckerDelta(i, 2)*x[i], (i, 1, 5)).doit())",
        "print(Sum(KroneckerDelta(i, 7)*x[i], (i, 1, 5)).doit())",
        "print(Sum(KroneckerDelta(j, i)*i**2, (i, 1, oo)).doit())",
        "print(Sum(KroneckerDelta(i, j) + KroneckerDelta(i, k), (i, 1, n)).doit())",
        "print(Sum(KroneckerDelta(i, j)*(x[i] + KroneckerDelta(i, k)), (i, 1, n)).doit())",
        "print(Sum(KroneckerDelta(i, j - 1)*x[i], (i, 0, n)).doit())",
        "print(Sum(KroneckerDelta(i + 1, j)*x[i], (i, 0, n)).doit())",
        "print(Sum(KroneckerDelta(2*i, j)*x[i], (i, 1, n)).doit())",
        "print(Sum(KroneckerDelta(i, j)*x[i], (i, 1, n), (j, 1, n)).doit())",
        "print(summation(KroneckerDelta(i, j)*x[i]**2, (i, 1, n)))",
        "pprint(diff(Sum(x[i]**2, (i, 1, n)), x[j]).doit())",
        "print(latex(diff(Sum(x[i]**2, (i, 1, n)), x[j]).doit()))",
        "L = Sum((w[0] + w[1]*x[i] - y[i])**2, (i, 1, n))\nprint(diff(L, w[1]))\nprint(diff(L, w[1]).doit())",
    ]
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
