"""Generate trigpi_golden.jsonl: sin, cos, tan, cot, sec and csc at
rational multiples of pi, the exact values SymPy's eval methods give
(its tables for denominators 3, 4, 5, 6, 8, 10, 12 and the _table2
compositions for 15, 20, 24, 30, 40, 60 and 120; tan and cot through cos
for even denominators; sec and csc folded into the first half turn) and
the calls it leaves alone, from SymPy 1.14. Run with a python3 that has
SymPy 1.14:

    python3 session/testdata/gen_trigpi.py > session/testdata/trigpi_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

programs = []
for q in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 24, 30, 32, 40, 48, 60, 120]:
    ks = sorted(set(list(range(-q - 1, 2 * q + 2, max(1, q // 12))) + [4 * q + 1, -3 * q - 1, 2 * q - 1, q + 1]))
    for f in ["sin", "cos", "tan", "cot", "sec", "csc"]:
        programs.append("print([%s(k*pi/%d) for k in %r])" % (f, q, ks))
for q in [3, 5, 7, 8, 12, 16]:
    for k in [-37, -15, 13, 29, 37]:
        programs.append("print(cos(%d*pi/%d + x), sin(x - %d*pi/%d), tan(%d*pi/%d + x), cot(x + %d*pi/%d))" % (k, q, k, q, k, q, k, q))
        programs.append("print(sec(%d*pi/%d + 2*pi), csc(-%d*pi/%d), cos(2*%d*pi/%d))" % (k, q, k, q, k, q))
programs += [
    "print(cos(Rational(5, 2)*pi), cos(pi*Rational(7, 3)), sin(pi*Rational(-29, 7)), cos(pi*Rational(-29, 7)))",
    "print(latex(tan(pi/8)), latex(cot(2*pi/5)), latex(sec(4*pi/5)))",
    "print(pretty(tan(pi/5)))", "print(pretty(cos(pi/15)))", "print(pretty(sec(7*pi/12)))",
    "print(N(tan(3*pi/16)), N(cot(7*pi/24), 30))",
    "print(simplify(tan(pi/12)), nsimplify(tan(pi/8)))",
]
emit(PRE, programs)
