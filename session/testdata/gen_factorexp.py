"""Generate factorexp_golden.jsonl: factor, factor_list, together and
cancel of expressions with exp of negative arguments (SymPy's together
writes exp(-x) as 1/exp(x) before factoring), the logistic function's
derivatives and other ML activations as notebooks write them, with SymPy
1.14's stdout. dcalc must print the same or refuse. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_factorexp.py > factorexp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\ns = 1/(1 + exp(-x))\n"

rng = random.Random(20261205)
progs = []
for _ in range(50):
    terms = []
    for _ in range(rng.choice([2, 2, 3])):
        k = rng.choice([-2, -1, -1, 1, 2])
        c = rng.choice([1, 1, 2, -1, 3, "x", "y"])
        terms.append("%s*exp(%d*x)" % (c, k))
    e = " + ".join(terms) + rng.choice(["", " + 1", " - 1"])
    fn = rng.choice(["factor", "together", "cancel"])
    if rng.random() < 0.3:
        e = "(%s)/(%s)" % (e, rng.choice(["1 + exp(-x)", "exp(x) - exp(-x)", "(1 + exp(-x))**2"]))
    progs.append("print(%s(%s))" % (fn, e))
progs += ["print(%s)" % e for e in [
    "factor(diff(s, x))", "factor(diff(s, x, 2))", "simplify(diff(s, x))", "together(diff(s, x))",
    "cancel(diff(s, x))", "factor(s*(1 - s))", "factor(diff(s, x) - s*(1 - s))", "factor(diff(log(s), x))",
    "factor(diff(tanh(x), x).rewrite(exp))", "factor(diff(x*s, x))", "factor_list(exp(-x)/(1 + exp(-x))**2)",
    "factor(diff(log(1 + exp(x)), x))", "factor(diff(exp(x)/(exp(x) + exp(y)), x))", "factor(exp(-x) + 1)",
    "factor(exp(x) + exp(-x))", "factor(exp(-2*x) - 1)", "together(1/(1 + exp(-x)))", "factor(1/(1 + exp(-x)))",
    "factor(x*exp(-x) - exp(-x))", "factor(exp(-x)*sin(x) + exp(-x)*cos(x))"]]
emit(PRE, progs)
