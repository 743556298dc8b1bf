"""Generate delta_golden.jsonl: Heaviside and DiracDelta (evaluation,
derivatives, str, pretty in both character sets, LaTeX, subs, evalf,
lambdify with NumPy) and the derivatives SymPy writes with them (Max,
Min, sign of a real argument), from SymPy 1.14. dcalc must print the same
or raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_delta.py > session/testdata/delta_golden.jsonl
"""
import sympy

from goldenlib import emit, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nr, s = symbols('r s', real=True)\np = symbols('p', positive=True)\n"

EXPRS = [
    "Heaviside(x)", "Heaviside(x, 1)", "Heaviside(x, 0)", "Heaviside(x, S.Half)", "Heaviside(-x)", "Heaviside(x - 2)",
    "Heaviside(3)", "Heaviside(-2)", "Heaviside(0)", "Heaviside(0, 1)", "Heaviside(0, y)", "Heaviside(p)", "Heaviside(-p)",
    "Heaviside(p + 1)", "Heaviside(pi - 3)", "Heaviside(0.0)", "Heaviside(2.5)", "Heaviside(nan)", "Heaviside(x).args",
    "Heaviside(x, 1).args", "Heaviside(oo)", "Heaviside(-oo)",
    "DiracDelta(x)", "DiracDelta(x, 1)", "DiracDelta(x, 2)", "DiracDelta(x, 0)", "DiracDelta(-x)", "DiracDelta(-x, 1)",
    "DiracDelta(-x, 2)", "DiracDelta(2*x)", "DiracDelta(-2*x)", "DiracDelta(x - 1)", "DiracDelta(1 - x)", "DiracDelta(3)",
    "DiracDelta(0)", "DiracDelta(p)", "DiracDelta(x).args", "DiracDelta(x, 0).args", "DiracDelta(x, 1).args", "DiracDelta(nan)",
    "diff(Heaviside(x), x)", "diff(Heaviside(x, 1), x)", "diff(Heaviside(x**2 - 1), x)", "diff(Heaviside(x), x, 2)",
    "diff(DiracDelta(x), x)", "diff(DiracDelta(x), x, 3)", "diff(DiracDelta(x**2), x)", "diff(DiracDelta(x, 1), x)",
    "diff(x*Heaviside(x), x)", "diff(Heaviside(x)*exp(-x), x)", "diff(Heaviside(x - y), y)",
    "diff(Max(0, x), x)", "diff(Max(x, y), x)", "diff(Max(x, y), y)", "diff(Max(x, y, z), x)", "diff(Max(0, x)**2, x)",
    "diff(Min(0, x), x)", "diff(Min(x, y), x)", "diff(Min(x, y, z), y)", "diff(Max(x**2, y), x)", "diff(Max(0, 2*x + 1), x)",
    "diff(Max(0, x), x, 2)", "diff(Max(0, r), r)", "diff(Max(x, 1 - x), x)",
    "diff(sign(r), r)", "diff(sign(r**2 - 1), r)", "diff(Abs(r), r, 2)", "diff(sign(x), x)",
    "Heaviside(x) + DiracDelta(x)", "x*Heaviside(x) + DiracDelta(x, 1)", "Heaviside(x)**2", "DiracDelta(x)**2",
    "Heaviside(x)*Heaviside(y)", "2*Heaviside(x - 1) - Heaviside(x)", "exp(-x)*Heaviside(x)", "Heaviside(y) + Heaviside(x)",
    "Heaviside(x).subs(x, 2)", "Heaviside(x).subs(x, -1)", "Heaviside(x).subs(x, 0)", "Heaviside(x, 1).subs(x, 0)",
    "DiracDelta(x).subs(x, 0)", "DiracDelta(x).subs(x, 1)", "Max(0, x).diff(x).subs(x, 3)", "Max(0, x).diff(x).subs(x, -3)",
    "Heaviside(x).evalf()", "Heaviside(pi - 3).evalf()", "N(Heaviside(x - 1))", "Heaviside(x).is_real", "Heaviside(r).is_real",
    "DiracDelta(r).is_real", "Heaviside(x).func", "DiracDelta(x).func",
]

PRINTS = ["Heaviside(x)", "Heaviside(x, 1)", "Heaviside(x - 2)", "Heaviside(x)**2", "x*Heaviside(x)",
          "DiracDelta(x)", "DiracDelta(x, 1)", "DiracDelta(x, 2)", "DiracDelta(x)**2", "DiracDelta(x, 1)**2",
          "2*DiracDelta(x - 1)", "Heaviside(x)/x", "exp(-x)*Heaviside(x) + DiracDelta(x)", "DiracDelta(x**2 - 1, 3)",
          "Heaviside(x, 0)**3", "Heaviside(x**2)"]

programs = repr_and_print_programs(EXPRS, PRINTS)
programs += [
    # lambdify with NumPy is in gen_numpy.py
    "f = lambdify(x, Heaviside(x), 'math'); print(f(2.0), f(-1.0), f(0.0))",
    "f = lambdify(x, Heaviside(x, 1), 'math'); print(f(0.0), f(-3))",
    "f = lambdify((x, y), Heaviside(2 - 3*x) + Heaviside(x*y, 0), 'math'); print(f(1.0, 2.0), f(0.5, -1.0))",
    "print(Heaviside(x).diff(x) == DiracDelta(x))",
    "print(srepr(Heaviside(x)))", "print(srepr(DiracDelta(x, 1)))",
    "print(Heaviside(x).free_symbols, DiracDelta(x, 2).free_symbols)",
    "print(diff(Max(0, x)*x, x).subs(x, 2))",
    "w = symbols('w')\nrelu = Max(0, w*x)\nprint(diff(relu, w))",
]

emit(PRE, programs)
