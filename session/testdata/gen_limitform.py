"""Generate limitform_golden.jsonl: limits at finite points of
continuous expressions with parameters, in the form SymPy's Limit.doit
gives them (the coefficient of the leading term of the shifted
expression): a sum whose value is not known to be zero is cancelled
(limit(x/a + 1, x, 1) is (a + 1)/a), its logs expanded, b**g(x) for a
constant b written exp(g*log(b)); a product or a value known to be
nonzero is kept. With SymPy 1.14's stdout. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_limitform.py > limitform_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b = symbols('x a b')\np = Symbol('p', positive=True)\n"

PROGRAMS = [
    'print(limit(x/a + 1, x, 1), limit(x**2/a + b, x, 1), limit(a/x + b, x, 2), limit(a*x + b, x, 1))',
    'print(limit((x + b)/sqrt(p) + 3, x, 1), limit(2/b + atan(x), x, 1), limit(2/b*(a + x) + sin(3), x, 1))',
    'print(limit(log(x + p) + 3*b/x, x, pi), limit(x + log(2*b), x, pi), limit(tan(x)/log(3) + b/2 + cos(x), x, 1))',
    'print(limit(3**(b*x), x, 1), limit(2**x, x, a), limit(b + 3*2**(b*x), x, 1), limit(exp(2**(b*x))/2, x, pi))',
    'print(limit(a/x, x, 2), limit(x**2 + a, x, b), limit((a*x + 1)/(x + b), x, 1), limit(exp(a*x), x, 1), limit(a**x, x, 2))',
    'print(limit(x**2 + p, x, 1), limit(sin(x)**2 + cos(x)**2 + a/x, x, 1), limit(tan(x**x) + atan(b)*(a + 3), x, pi))',
    'print(limit(((x + h)**2 - x**2)/h, h, 0), limit((a*(x + h)**2 + b*(x + h) - a*x**2 - b*x)/h, h, 0))',
]
PRE += "h = Symbol('h')\n"

emit(PRE, PROGRAMS)
