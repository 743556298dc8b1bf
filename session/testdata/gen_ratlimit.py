"""Generate ratlimit_golden.jsonl: Rational.limit_denominator as
notebooks use it to show a rational approximation (of a Rational, an
Integer, a Rational made from a float), its argument, and the
AttributeError of other expressions. dcalc must print SymPy's answer or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ratlimit.py > ratlimit_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(18)
progs = []
for _ in range(40):
    p, q = rng.randint(-10**6, 10**6), rng.randint(1, 10**6)
    m = rng.choice([1, 2, 5, 10, 100, 1000, 10**5])
    progs.append('print(Rational(%d, %d).limit_denominator(%d))' % (p, q, m))
for v in ['Rational(22, 7)', 'S(3)', 'Rational(3.141592653589793)', 'nsimplify(0.333)', 'Rational(1, 3)', 'S(-7)/9',
          'Rational(2**70 + 1, 3**40)', 'Rational(0.1)']:
    for m in ['', '1', '10', 'max_denominator=7', '0', '-3', '1000000']:
        progs.append('print((%s).limit_denominator(%s))' % (v, m))
for v in ['x', 'pi', 'Float(0.5)', 'sqrt(2)', 'x/2', 'oo']:
    progs.append('print((%s).limit_denominator(10))' % v)
emit(PRE, progs)
