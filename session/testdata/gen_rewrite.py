"""Generate rewrite_golden.jsonl: expr.rewrite(target) of the
trigonometric, hyperbolic and exponential functions for the targets sin,
cos, tan, cot, sec, csc and exp, and of the inverse functions for log,
asin, acos and atan (SymPy's _eval_rewrite_as_* rules, some
held unevaluated), alone and inside sums, products and powers, with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_rewrite.py > rewrite_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

FUNCS = ["sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "sech", "csch", "exp"]
TARGETS = ["sin", "cos", "tan", "cot", "sec", "csc", "exp"]
ARGS = ["x", "2*x", "x + 1"]
progs = []
for f in FUNCS:
    for t in TARGETS:
        for a in ARGS[:2]:
            progs.append("print(%s(%s).rewrite(%s))" % (f, a, t))
EXPRS = ["sin(x)**2 + cos(x)**2", "tan(x)*cos(x)", "sin(x)/cos(x) + 1", "sec(x)**2 - tan(x)**2",
         "sin(x)*cos(y)", "x*sin(x) + cos(x + 1)", "exp(x)*sin(x)", "sinh(x) + cosh(x)"]
for e in EXPRS:
    for t in ["sin", "cos", "tan", "sec"]:
        progs.append("print((%s).rewrite(%s))" % (e, t))
INV = ["asin", "acos", "atan", "acot", "asec", "acsc", "asinh", "acosh", "atanh", "acoth"]
for f in INV:
    for t in ["log", "asin", "acos", "atan"]:
        for a in ["x", "2*x"]:
            progs.append("print(%s(%s).rewrite(%s))" % (f, a, t))
progs += ["print(%s)" % e for e in ["E.rewrite(sin)", "E.rewrite(cos)", "E.rewrite(exp)", "(x*E).rewrite(cos)",
                                      "(x**2).rewrite(sin)", "sinc(x).rewrite(sin)", "(2**x).rewrite(cos)",
                                      "exp(2).rewrite(sin)", "sqrt(x).rewrite(sin)", "(E + sin(x)).rewrite(tan)"]]
progs += ["print((asin(x) + acos(x)).rewrite(log))", "print(atan(x).rewrite(log).diff(x).simplify())",
          "print(diff(asinh(x).rewrite(log), x))"]
emit(PRE, progs)
