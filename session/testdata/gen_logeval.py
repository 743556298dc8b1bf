"""Generate logeval_golden.jsonl: log of algebraic numbers with I
(log.eval's coeff*(r + i*I) branch and its atan table), with SymPy
1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_logeval.py > logeval_golden.jsonl
"""
import itertools
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\n"

PARTS = ['0', '1', '-1', '2', '-3', 'sqrt(3)', '-sqrt(3)', 'sqrt(2)', 'sqrt(3)/3', 'Rational(1, 2)']


def _programs():
    out = []
    for r, i in itertools.product(PARTS, PARTS):
        if i == '0':
            continue
        out.append("print(log(%s + (%s)*I), log(2*(%s + (%s)*I)), log(sqrt(2)*(%s + (%s)*I)))" % (r, i, r, i, r, i))
    return out


emit(PRE, _programs())
