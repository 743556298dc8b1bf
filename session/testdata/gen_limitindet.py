"""Generate limitindet_golden.jsonl: limits whose value by substitution
hides an indeterminate form: 1**oo ((1 + a/x)**(b*x) at oo is exp(a*b),
(1 + a*x)**(b/x) at 0), oo**0 (x**(1/x) at oo), 0*oo with a symbolic sum
((a + b)*(c + x)/x at oo is a + b; 0*(c + oo) is nan), and exp of a
limit. With SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitindet.py > limitindet_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\nk = Symbol('k', positive=True)\n"

PROGRAMS = [
    'print(limit((1 + a/x)**(b*x), x, oo), limit((1 + 1/x)**(b*x), x, oo), limit((1 + k/x)**x, x, oo))',
    'print(limit((1 + a*x)**(b/x), x, 0), limit((1 + x)**(b/x), x, 0), limit((1 + x)**(1/x), x, 0))',
    'print(limit((1 - 2/x)**(3*x), x, oo), limit((x/(x + 1))**x, x, oo), limit(cos(x)**(1/x**2), x, 0))',
    'print(limit(x**(1/x), x, oo), limit(x**(2/x), x, oo), limit(x**(1/x), x, 0, "+"), limit((2 + 1/x)**x, x, oo))',
    'print(limit((sin(x)/x)**(1/x**2), x, 0), limit(exp(log(x)/x), x, oo), limit(x**(1/log(x)), x, oo))',
    'print(limit((c + x)/x, x, oo), limit((a + b)*(c + x)/x, x, oo), limit((a + b)*(c + x)/(2*x), x, oo), limit((a + b)*(c + x)/x, x, -oo))',
    'print(0*(c + oo), (a + b)*(c + oo)*0, (c + oo)/oo, x*(c + oo)/oo)',
    'print(limit(exp(-x**2)*x, x, oo), limit(exp(sin(x)/x), x, 0), limit(a**(1/x), x, oo), limit(x**x, x, 0))',
    'print(limit(k*(1 + 1/(k*x))**(k*x), x, oo), limit(((x + 1)/(x - 1))**x, x, oo), limit((1 + sin(x))**(1/x), x, 0))',
    'print(limit((exp(x) + x)**(1/x), x, 0), limit((1 + a/x + b/x**2)**x, x, oo), limit((1 + 1/x**2)**x, x, oo))',
    'print(limit((exp(k*x) - 1)/x, x, oo), limit((exp(-k*x) - 1)/x, x, oo), limit(x*exp(-x), x, oo), limit(x*sin(1/x), x, oo))',
    'print(limit((exp(a*x) - 1)/x, x, oo))',
]

emit(PRE, PROGRAMS)
