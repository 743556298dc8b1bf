"""Generate atan2_golden.jsonl: atan2 and sinc (evaluation, derivatives,
str, pretty in both character sets, LaTeX, evalf, subs, lambdify with the
math module), from SymPy 1.14. dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_atan2.py > session/testdata/atan2_golden.jsonl
"""
import sympy

from goldenlib import emit, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nr, s = symbols('r s', real=True)\np, q = symbols('p q', positive=True)\nn = symbols('n', negative=True)\n"

EXPRS = [
    "atan2(y, x)", "atan2(1, 1)", "atan2(1, -1)", "atan2(-1, -1)", "atan2(-1, 1)", "atan2(0, 1)", "atan2(0, -1)",
    "atan2(1, 0)", "atan2(-1, 0)", "atan2(0, 0)", "atan2(sqrt(3), 1)", "atan2(1, sqrt(3))", "atan2(-sqrt(3), -1)",
    "atan2(2, 3)", "atan2(-2, -3)", "atan2(p, q)", "atan2(y, p)", "atan2(p, n)", "atan2(-p, n)", "atan2(r, p)",
    "atan2(0, x)", "atan2(0, p)", "atan2(0, n)", "atan2(0, r)", "atan2(y, 0)", "atan2(p, 0)", "atan2(y, oo)",
    "atan2(0, -oo)", "atan2(1, -oo)", "atan2(y, -oo)", "atan2(x, y).args", "atan2(1, 2).evalf()", "atan2(-1, -2).evalf(30)",
    "N(atan2(y, 1).subs(y, 2))", "atan2(y, x).subs({x: 1, y: 1})", "atan2(y, x).subs({x: -1, y: 0})",
    "atan2(2*x, x)", "atan2(x, x)", "atan2(r, r)", "atan2(p, p)", "atan2(y, x).is_real", "atan2(r, s).is_real",
    "diff(atan2(y, x), x)", "diff(atan2(y, x), y)", "diff(atan2(y, x), x, y)", "diff(atan2(sin(x), cos(x)), x)",
    "diff(atan2(x**2, 1 - x), x)", "diff(atan2(y, x), x, 2)",
    "atan2(y, x) + atan(y/x)", "2*atan2(y, x)**2", "atan2(y, x)*x",
    "sinc(x)", "sinc(0)", "sinc(pi)", "sinc(2*pi)", "sinc(-pi)", "sinc(pi/2)", "sinc(3*pi/2)", "sinc(-x)", "sinc(-2*x)",
    "sinc(oo)", "sinc(-oo)", "sinc(1).evalf()", "N(sinc(2), 20)", "sinc(x).subs(x, 0)", "sinc(x).subs(x, pi)",
    "diff(sinc(x), x)", "diff(sinc(x), x, 2)", "diff(sinc(x**2), x)", "sinc(x).rewrite(sin)", "sinc(x).is_real", "sinc(r).is_real",
    "sinc(n*pi) if False else sinc(4*pi)", "sinc(x) + sin(x)/x", "sinc(x)**2",
]

PRINTS = ["atan2(y, x)", "atan2(y, x)**2", "atan2(x**2, y + 1)", "x*atan2(y, x)", "atan2(y, x)/x",
          "sinc(x)", "sinc(x)**2", "sinc(x**2 + 1)", "x*sinc(x)"]

programs = repr_and_print_programs(EXPRS, PRINTS)
programs += [
    "f = lambdify((y, x), atan2(y, x), 'math'); print(f(1.0, -1.0), f(-1.0, -1.0), f(0.0, -1.0))",
    "f = lambdify(x, sinc(x), 'math'); print(f(1.0))",
    "print(srepr(atan2(y, x)), srepr(sinc(x)))",
]

emit(PRE, programs)
