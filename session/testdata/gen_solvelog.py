"""Generate solvelog_golden.jsonl: solve of polynomials in exp(k*x/q)
(solve's simplify of at most two solutions: log(2)/2, not log(sqrt(2))),
b**x equations dcalc refuses (SymPy's _tsolve), expand_log and simplify
of quotients of logs of integers (expand_log's _handleMul: log(12)/log(2)
is log(3)/log(2) + 2), cancel over a rational denominator with I, and
Function.fdiff of the elementary functions (with ArgumentIndexError),
with SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvelog.py > solvelog_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\nf = Function('f')\n"

rng = random.Random(20261205)
progs = []
# polynomials in exp(k*x/q): one or two generators of one base
for _ in range(60):
    q = rng.choice([1, 1, 1, 2, 3])
    ks = rng.sample([-2, -1, 1, 2, 3], rng.choice([1, 1, 2]))
    terms = ["%d*exp(%s)" % (rng.choice([1, 1, 2, 3, -1, 5]), "%d*x/%d" % (k, q)) for k in ks]
    c = rng.choice(["2", "5", "sqrt(2)", "Rational(3, 4)", "-1", "4", "9", "E", "6", "S(1)/2"])
    progs.append("print(solve(%s - %s, x))" % (" + ".join(terms), c))
progs += ["print(solve(%s, x))" % e for e in [
    "exp(x) - sqrt(2)", "exp(2*x) - 2", "exp(3*x) - 2", "exp(2*x) - 3*exp(x) + 2", "exp(x/2) - 3",
    "exp(-2*x) - 2", "exp(x) - 2*exp(-x)", "exp(x)**2 - 3", "exp(x/2) + exp(3*x/2) - 2", "exp(x) - I",
    "exp(2*x) + 1", "exp(x/2) - exp(x)", "2**x - 8", "3**x - 5", "4**x - 2", "2**(2*x) - 3*2**x + 2",
    "10**x - 1000", "exp(2*x) - 4*exp(x) + 3", "5*exp(-x/3) - 1", "exp(4*x) - 16"]]
# quotients of logs of integers
NUMS = [2, 3, 4, 5, 6, 8, 9, 10, 12, 16, 18, 24, 27, 100, 1000, 1024, 7, 30, 49]
for _ in range(40):
    a, b = rng.sample(NUMS, 2)
    fn = rng.choice(["expand_log", "simplify"])
    progs.append("print(%s(log(%d)/log(%d)))" % (fn, a, b))
progs += ["print(%s)" % e for e in [
    "expand_log(log(12)*log(2))", "expand_log(log(12)/pi)", "expand_log(x*log(12)/log(2))",
    "expand_log(log(Rational(3, 4))/log(2))", "expand_log(log(12)*log(3)/(log(2)*log(5)))",
    "expand_log(log(12) + log(2))", "simplify(log(x)/log(2))", "simplify(log(8)/log(2) + x)",
    "expand_log(log(x*y)/log(2), force=True)", "simplify(log(Rational(1, 8))/log(2))",
    "cancel(log(2) + I*pi)", "cancel((x + I)**2/2)", "cancel((x + 2*I)/4)", "simplify(log(-sqrt(2)))",
    "simplify(log(sqrt(5)) + I*pi)"]]
# Function.fdiff
FUNCS = ["sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "acot", "sinh", "cosh",
         "tanh", "coth", "asinh", "acosh", "atanh", "exp", "log", "sqrt", "erf", "erfc", "gamma", "Abs",
         "sign", "loggamma", "LambertW", "Ei", "Si", "Ci", "sinc", "fresnels", "fresnelc", "li", "digamma"]
progs += ["print(%s(x**2 + 1).fdiff())" % fn for fn in FUNCS]
progs += ["print(%s(x).fdiff(2))" % fn for fn in FUNCS[:6]]
progs += ["print(atan2(y, x).fdiff(1), atan2(y, x).fdiff(2))", "print(f(x).fdiff())",
          "print(f(x, y).fdiff(2))", "print(f(x**2).fdiff())", "print(atan2(y, x).fdiff(3))",
          "print((x**2).fdiff())", "print(Max(x, y).fdiff(1))", "print(polygamma(1, x).fdiff(2))",
          "print(besselj(1, x).fdiff(2))", "print(binomial(x, 2).fdiff(1))"]
emit(PRE, progs)
