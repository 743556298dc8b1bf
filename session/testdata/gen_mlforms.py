"""Generate mlforms_golden.jsonl: the first and second derivatives of
the functions ML notebooks differentiate (logistic, tanh, softplus,
softmax, logistic loss, swish, Gaussian, log-sum-exp, sqrt(1 + x**2))
passed through factor, simplify, cancel, together, expand, collect,
apart and ratsimp, with SymPy 1.14's stdout. dcalc must print the same
or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_mlforms.py > mlforms_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

F = ["1/(1 + exp(-x))", "tanh(x)", "log(1 + exp(x))", "exp(x)/(exp(x) + exp(y))", "x/(1 + exp(-x))",
     "log(1/(1 + exp(-x)))", "-y*log(1/(1 + exp(-x))) - (1 - y)*log(1 - 1/(1 + exp(-x)))",
     "(exp(x) - exp(-x))/(exp(x) + exp(-x))", "x*tanh(log(1 + exp(x)))", "exp(-x**2/2)", "log(exp(x) + exp(y))",
     "1/(1 + exp(-(x*y)))", "sqrt(1 + x**2)", "x*exp(-x)", "(1 - exp(-2*x))/(1 + exp(-2*x))"]
OPS = ["factor(%s)", "simplify(%s)", "cancel(%s)", "together(%s)", "expand(%s)", "collect(%s, x)", "apart(%s, x)",
       "ratsimp(%s)"]
progs = []
for f in F:
    for d in ["diff(%s, x)" % f, "diff(%s, x, 2)" % f]:
        progs += ["print(%s)" % (op % d) for op in OPS]
progs += ["print(%s)" % e for e in ["expand((x**2 + 1)**Rational(3, 2))", "expand((x**2 + 1)**Rational(-3, 2))",
                                   "expand((x + 1)**Rational(-5, 2))", "expand((x + y)**Rational(5, 3))",
                                   "collect(-x*exp(-x**2/2), x)", "collect(x*exp(-x) + x**2*exp(-x), x)",
                                   "collect(2*x*(x + 1)**2 + x, x)", "collect((x + 1)**Rational(3, 2), x)"]]
emit(PRE, progs)
