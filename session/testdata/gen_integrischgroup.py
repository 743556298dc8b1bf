"""Generate integrischgroup_golden.jsonl: integrate of products and
powers of sums with exp, log, powers of x and hyperbolic functions
((x + exp(x))**2*exp(x), (x + 1)*log(x), x*log(x) + log(x)), where
risch_integrate answers the whole integrand: the parts in powers of one
exponential share the product of their denominators ((2*x - 2)*exp(x)/2
+ exp(2*x)/2) and the parts in a logarithm are one polynomial times its
power ((x**2/2 + x)*log(x)), with SymPy 1.14's stdout. dcalc must print
the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integrischgroup.py > integrischgroup_golden.jsonl
"""
import itertools

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

SUMS = ["(x + 1)", "(exp(x) + 1)", "(x + exp(x))", "(log(x) + 1)", "(x + log(x))", "(x**2 + exp(x))", "(1 + exp(2*x))",
        "(sqrt(x) + 1)", "(x + sinh(x))", "(1 + 1/x)"]
OTHERS = ["exp(x)", "x", "log(x)", "exp(-x)", "1", "x**2", "exp(2*x)", "1/x", "cosh(x)", "atan(x)"]
progs = []
for a, b in itertools.product(SUMS, OTHERS):
    progs.append("print(integrate(%s*%s, x))" % (a, b))
    progs.append("print(integrate(%s**2*%s, x))" % (a, b))
progs += ["print(integrate(%s, x))" % e for e in [
    "x*log(x) + log(x)", "log(x)**2 + x*log(x)", "x*log(x)/2 + log(x)", "(x**2 + 3)*log(x)", "x*exp(x) + exp(2*x)",
    "x*exp(x) + x", "x**2*exp(x) + x*exp(2*x)", "exp(x) + x*exp(-x)", "x*exp(x/2) + exp(x)"]]
emit(PRE, progs)
