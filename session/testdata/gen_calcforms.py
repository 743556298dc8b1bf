"""Generate calcforms_golden.jsonl: the first and second derivatives of
functions calculus courses differentiate (polynomials, quotients,
radicals, logs, trigonometric and inverse functions, x**x) passed
through factor, simplify, cancel, together, expand, trigsimp, powsimp
and apart, with SymPy 1.14's stdout. dcalc must print the same or
refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_calcforms.py > calcforms_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

F = ["x**3 - 3*x**2 + 2", "x/(x**2 + 1)", "x*sqrt(4 - x**2)", "sin(x)**2*cos(x)", "x**2*log(x)", "log(x)/x",
     "exp(x)/x", "(x**2 - 1)/(x**2 + 1)", "x**(1/S(3))*(x - 4)", "sqrt(x)/(x + 1)", "atan(1/x)", "x*exp(-x**2)",
     "sin(x)/(1 + cos(x))", "x**x", "(x + 1)**2/(x - 1)", "tan(x)**2", "asin(x)/sqrt(1 - x**2)", "log(sin(x))",
     "cos(x)**3", "x/(exp(x) - 1)"]
OPS = ["factor(%s)", "simplify(%s)", "cancel(%s)", "together(%s)", "expand(%s)", "trigsimp(%s)", "powsimp(%s)",
       "apart(%s, x)"]
progs = []
for f in F:
    for d in ["diff(%s, x)" % f, "diff(%s, x, 2)" % f]:
        progs += ["print(%s)" % (op % d) for op in OPS]
progs += ["print(%s)" % e for e in ["factor((x - 1)**2 - 2*(x - 1)*(x + 1) + (x + 1)**2)", "factor(x*(x + 1) - x**2 - x)",
                                   "factor(-x**2/sqrt(4 - x**2) + sqrt(4 - x**2))", "factor(1/sqrt(x) - sqrt(x))"]]
emit(PRE, progs)
