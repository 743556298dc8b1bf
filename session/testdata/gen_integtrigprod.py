"""Generate integtrigprod_golden.jsonl: integrate of products and powers
of sums with sin and cos, as the work integrals of vector fields along
circles and helices produce ((1 - sin(t)**2)*cos(t), (x + sin(x))*exp(x)):
SymPy integrates such a single term with heurisch before it would
expand it, and heurisch's forms (x*sin(x)**2/2 + x*cos(x)**2/2) are not
the term-by-term ones, so dcalc must print SymPy's answer or refuse.
With SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integtrigprod.py > integtrigprod_golden.jsonl
"""
import itertools

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

SUMS = ["(sin(x) + cos(x))", "(1 + sin(x))", "(cos(x) - sin(x)**2)", "(x + sin(x))", "(sin(x)**2 + 1)", "(2 - cos(x))",
        "(sin(x) + x**2)", "(cos(x)**2 + sin(x))", "(1 + cos(x))", "(sin(2*x) + 1)"]
OTHERS = ["cos(x)", "sin(x)", "x", "sin(x)**2", "cos(x)**2", "exp(x)", "sin(2*x)", "1", "x**2", "exp(-x)"]
progs = []
for a, b in itertools.product(SUMS, OTHERS):
    progs.append("print(integrate(%s*%s, x))" % (a, b))
    progs.append("print(integrate(%s**2*%s, x))" % (a, b))
progs += ["print(integrate(%s, x))" % e for e in [
    "sin(x)*cos(x) + cos(x)**2", "cos(x) + sin(x)*cos(x)", "x*exp(x) + sin(x)*exp(x)", "sin(x)**2 + cos(x)",
    "(1 + tan(x)**2)*exp(tan(x))", "(1 + tan(x)**2)*cos(tan(x))", "x*(sin(x) + cos(x))", "(sin(x) + cos(x))*exp(2*x)"]]
emit(PRE, progs)
