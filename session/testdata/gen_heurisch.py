"""Generate heurisch_golden.jsonl: integrate of the single terms SymPy
hands to heurisch (the parallel Risch heuristic) once trigintegrate and
risch_integrate decline them: products of sine and cosine of different
arguments, hyperbolic functions, inverse trigonometric functions, tan and
tanh, exponentials beside trigonometric functions, 1/(a + cos(x)). Where
heurisch's linear system leaves a choice, SymPy's answer depends on
Python's hash seed (the order of a set); dcalc refuses those rather than
print one of them. With SymPy 1.14's stdout. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_heurisch.py > heurisch_golden.jsonl
"""
import itertools
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

FACTORS = ["x", "x**2", "sin(x)", "cos(2*x)", "sin(3*x)", "cos(x)**2", "sinh(x)", "cosh(x)", "cosh(2*x)",
           "exp(x)", "exp(-2*x)", "atan(x)", "asin(x)", "acos(x)", "tan(x)", "tanh(x)", "log(x)",
           "sinh(x)**2", "exp(sin(x))", "1/(cos(x) + 1)", "1/(x + 1)", "asinh(x)", "atan(2*x)", "cot(x)"]
random.seed(12)
progs = []
for a, b in itertools.combinations(FACTORS, 2):
    progs.append("print(integrate(%s*%s, x))" % (a, b))
for _ in range(120):
    a, b, c = random.sample(FACTORS, 3)
    progs.append("print(integrate(%s*%s*%s, x))" % (a, b, c))
progs += ["print(integrate(%s, x))" % e for e in [
    "sin(2*x)*cos(3*x)", "sin(3*x)*sin(5*x)", "cos(x)*cos(4*x)", "cosh(x)**2", "sinh(x)**2", "sinh(x)*cosh(x)",
    "x*atan(x)", "x*asin(x)", "x*exp(x)*sin(x)", "1/(1 + cos(x))", "tanh(x)", "x*tanh(x)**2", "tan(x)*sec(x)**2",
    "sin(x)*sin(2*x)*sin(3*x)", "exp(x)*cosh(x)", "exp(2*x)*sinh(3*x)", "x**2*atan(x)", "atan(x)/x**2",
    "x*cos(x)*cosh(x)", "sin(x)*sinh(x)", "cos(2*x)*exp(3*x)*x", "tan(x)**2*sec(x)", "sin(x + 1)*cos(x)",
    "cos(x)/(2 + sin(x))", "sin(x)*exp(cos(x))", "x*sin(x**2)*cos(x**2)", "sinh(x)**3", "cosh(x)**3*sinh(x)"]]
emit(PRE, progs)
