"""Generate rangeexp_golden.jsonl: maximum and minimum (function_range's
sup and inf) of functions built from polynomials and exponentials of
polynomials, continuous and not periodic, on the reals and on closed,
half-infinite and open intervals: the values at closed ends, the limits
at open ones and the values at the real critical points, in the forms
SymPy's subs leaves them. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_rangeexp.py > rangeexp_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = Symbol('x')\n"

FUNCS = ['x*exp(-x**2)', 'x**2*exp(-x)', 'exp(-x**2)', '(x**2 - 1)*exp(x)', 'x*exp(x)',
         'exp(x) - x', 'exp(-x**2)*(x**2 + 1)', 'x**3*exp(-x)', 'exp(2*x) - 2*exp(x)',
         '(x - 2)**2*exp(-x)', 'x*exp(-x)', 'x**4 - 2*x**2', 'exp(-(x - 1)**2)']
DOMAINS = ['S.Reals', 'Interval(0, oo)', 'Interval(0, 1)', 'Interval(-1, 2)', 'Interval.open(0, 3)']

PROGRAMS = [f'print(maximum({f}, x, {d}), minimum({f}, x, {d}))' for f in FUNCS for d in DOMAINS]

emit(PRE, PROGRAMS)
