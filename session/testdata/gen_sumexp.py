"""Generate sumexp_golden.jsonl: sums from 0 to oo of the power series of
exp, sin, cos, sinh and cosh (SymPy's eval_sum_hyper and hyperexpand),
geometric series with a symbolic ratio (Piecewise with Abs(q) < 1 and
the unevaluated Sum), with constants, shifted powers and neighbours dcalc
refuses, and expand's power_base on symbolic integer exponents, with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_sumexp.py > sumexp_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y = symbols('x y')\nn = symbols('n', integer=True, nonnegative=True)\n"
       "m = symbols('m')\nk = symbols('k', positive=True)\n")

TERMS = [
    ("x**n/factorial(n)", "n"), ("(-1)**n*x**(2*n+1)/factorial(2*n+1)", "n"),
    ("(-1)**n*x**(2*n)/factorial(2*n)", "n"), ("1/factorial(n)", "n"), ("2**n/factorial(n)", "n"),
    ("(-1)**n/factorial(n)", "n"), ("x**(2*n)/factorial(2*n)", "n"), ("x**(2*n+1)/factorial(2*n+1)", "n"),
    ("3*x**n/factorial(n)", "n"), ("x**(n+1)/factorial(n)", "n"), ("(-1)**n*x**n/factorial(n)", "n"),
    ("x**m/factorial(m)", "m"), ("(x*y)**n/factorial(n)", "n"), ("x**n*y**n/factorial(n)", "n"),
    ("(-x)**n/factorial(n)", "n"), ("k**n/factorial(n)", "n"), ("(x/2)**n/factorial(n)", "n"),
    ("2*(-1)**n*x**(2*n+1)/factorial(2*n+1)", "n"), ("x**(2*n)*(-1)**n/factorial(2*n)/2", "n"),
    ("y*x**(2*n)/factorial(2*n)", "n"), ("x**(2*n+1)/factorial(2*n)", "n"), ("x**(2*n)/factorial(2*n+1)", "n"),
    ("(-1)**n*pi**(2*n)/factorial(2*n)", "n"), ("(-1)**n*(2*x)**(2*n+1)/factorial(2*n+1)", "n"),
    ("x**n/factorial(n+1)", "n"), ("n*x**n/factorial(n)", "n"), ("x**(3*n)/factorial(3*n)", "n"),
]

progs = ["print(summation(%s, (%s, 0, oo)))" % t for t in TERMS]
progs += ["print(Sum(%s, (%s, 0, oo)).doit())" % t for t in TERMS[:6]]
progs += ["print(summation(x**n/factorial(n), (n, 1, oo)))", "print(summation(x**n/factorial(n), (n, 0, 5)))"]
GEOMETRIC = [
    ("x**n", "n", 0), ("x**m", "m", 0), ("x**n", "n", 1), ("2*x**n", "n", 0), ("x**(n+1)", "n", 0),
    ("(x/2)**n", "n", 0), ("(-x)**n", "n", 0), ("x**(2*n)", "n", 0), ("k**n", "n", 0), ("(x - 1)**n", "n", 0),
    ("x**n*y", "n", 0), ("n*x**n", "n", 0), ("x**n", "n", 2), ("S(1)/2**n", "n", 0), ("x**n/2**n", "n", 0),
    ("(x*y)**n", "n", 0), ("x**n + 1/2**n", "n", 0), ("(-1)**n*x**(2*n)", "n", 0), ("y**n*x**(2*n)", "n", 0),
    ("x**n", "n", -1), ("sin(y)**n", "n", 0), ("(-x)**m", "m", 0),
]
progs += ["print(summation(%s, (%s, %d, oo)))" % g for g in GEOMETRIC]
progs += ["print(Sum(x**n, (n, 0, oo)).doit())", "print(Sum(2*x**n, (n, 0, oo)).doit())",
          "print(summation(x**n, (n, 0, oo)).doit())", "print(Sum(3*x**n, (n, 0, oo)).doit().doit())",
          "print(diff(summation(x**n, (n, 0, oo)), x))"]
progs += ["print(expand(%s))" % e for e in ["(x*y)**n", "(-x)**n", "(x*y)**m", "(-x)**m", "(2*x)**n", "(2*x)**m",
                                               "sqrt(2*x)", "(x*y)**(S(1)/3)", "(k*x)**m", "(-2*x*y)**n"]]
emit(PRE, progs)
