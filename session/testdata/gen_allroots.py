"""Generate allroots_golden.jsonl: Poly.all_roots(), Poly.real_roots() and
real_roots() of polynomials with rational coefficients (products of
linear, quadratic and binomial factors, with multiplicities, and ones
SymPy leaves as CRootOf), reduce_inequalities of polynomial
inequalities, sympify(..., rational=True) of float literals, LC, LM and
LT (lex order, automatic or given generators), sstr and singularities
of rational functions, with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_allroots.py > allroots_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261205)
FACTORS = ["(x - 1)", "(x + 2)", "(2*x - 3)", "x", "(x**2 + 1)", "(x**2 - 2)", "(x**2 + x + 1)", "(x**2 - 2*x + 2)",
           "(x**2 + 2*x + 2)", "(x**3 - 2)", "(x**3 + 2)", "(x**4 + 1)", "(x**4 - 2)", "(3*x**2 + 4)", "(x**2 - x - 1)",
           "(x**6 - 1)", "(x**3 - x - 1)", "(x**2 + 4)"]
progs = []
for _ in range(70):
    fs = rng.sample(FACTORS, rng.choice([1, 2, 3]))
    e = "*".join("%s**%d" % (f, rng.choice([1, 1, 1, 2])) for f in fs)
    m = rng.choice(["Poly(%s, x).all_roots()", "Poly(%s, x).real_roots()", "real_roots(%s)"])
    progs.append("print(%s)" % (m % e))
progs += ["print(Poly(x**8 - 1).all_roots())", "print(Poly(x**5 - x).all_roots())", "print(Poly(x**4 + 4).all_roots())",
          "print(Poly(9*x**2 + 4).all_roots())", "print(Poly(x**2 - x/2 - Rational(1, 2)).all_roots())",
          "print(Poly(x**3 - 6*x**2 + 11*x - 6).all_roots())", "print(real_roots(x**2 + 1))", "print(Poly(7, x).all_roots())"]
INEQ = ["x**2 - 4 > 0", "[x > 1, x < 3]", "x**2 < 4", "2*x + 1 > 0", "x**3 - x >= 0", "(x - 1)**2 > 0", "x**2 + 1 < 0",
        "x**2 + 1 > 0", "[x**2 - 1 < 0, x > 0]", "x**4 - 5*x**2 + 4 <= 0"]
progs += ["print(reduce_inequalities(%s, x))" % i for i in INEQ]
progs += ["print(reduce_inequalities(%s))" % i for i in INEQ[:4]]
progs += ["print(reduce_inequalities(%s, [x]))" % i for i in INEQ[:2]]
SRC = ["x**2 + 1/2", "0.1*x + 2**0.5", "1.5e3*x", "x1 + 2.5", ".25 + 3.", "x + 1e-2", "[0.5, 1.25]", "0.1 + 0.2",
       "sin(0.5*x)", "3.14159*x**2", "1e3", "2.0**x"]
progs += ["print(sympify(%r, rational=True))" % s for s in SRC]
progs += ["print(sympify(0.5, rational=True), sympify('0.5', rational=False), S('0.5'))"]
LEAD = ["3*x**2 + 1", "x*y**2 + 2*x**2*y", "x**2/2 + 1", "x**3 - x + 2*x**3", "(x + 1)**3", "x + y",
        "sqrt(2)*x**2 + 1", "2*x*y + y**2", "5", "x**2*y + x", "0"]
for f in ["LC", "LM", "LT"]:
    progs += ["y = symbols('y'); print(%s(%s))" % (f, e) for e in LEAD]
progs += ["y = symbols('y'); print(LC(3*x**2 + x, x), LT(2*x*y + y**2, y), LC(x**2*y + x, x), LC(x*y, x, y), LC(3*x**2 + 1, y))"]
SING = ["1/(x - 2)", "1/(x**2 - 1)", "1/(x**2 + 1)", "x**2", "x/(x**3 - x)", "(x**2 + 1)/(x - 1)**2 + 1/x",
        "sqrt(x)/(x + 1)", "1/(x**3 - 2)", "1/(x**2 + 1), x, S.Reals", "log(x)", "1/sin(x)", "1/(x**4 - 5*x**2 + 4)"]
progs += ["print(singularities(%s, x))" % e if ", x," not in e else "print(singularities(%s))" % e for e in SING]
progs += ["r = symbols('r', real=True); print(singularities(1/(r**2 + 1), r), singularities(1/(r**2 - 3), r))"]
progs += ["print(sstr(%s))" % e for e in ["x**2 + S(1)/2", "[x, 1]", "Matrix([[1, x]])", "'a'", "sin(x)/x"]]
emit(PRE, progs)
