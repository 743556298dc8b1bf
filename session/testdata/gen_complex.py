"""Generate complex_golden.jsonl: re, im, as_real_imag and expand_complex
of powers, products, sums and the elementary functions dcalc splits, with
real and complex symbols, from SymPy 1.14. dcalc must print the same or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_complex.py > session/testdata/complex_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y', real=True)\nz, w = symbols('z w')\np = symbols('p', positive=True)\n"

EXPRS = [
    "z**2", "z**3", "1/z", "1/z**2", "(x + I*y)**2", "(x + I*y)**3", "(x + I*y)**4", "(x + I*y)**5", "1/(x + I*y)",
    "1/(x + I*y)**2", "(1 + 2*I)**3", "1/(1 + I)", "(1 + I)**10", "(2 - 3*I)**-2", "sqrt(x + I*y)", "sqrt(z)", "sqrt(p)",
    "sqrt(-p)", "sqrt(x)", "(x + I*y)**Rational(1, 3)", "(1 + I)**Rational(1, 2)", "z*w", "z**2*w", "x*z**2", "(z + w)**2",
    "exp(x + I*y)", "exp(z)", "sin(x + I*y)", "cos(x + I*y)", "exp(I*x)*z", "z + 1/z", "x/(y + I)", "(x + I)*(y - I)",
    "(x + I*y)**2/(x - I*y)", "z**2 + w**2", "I*z**2", "(x + I*y)**2*exp(I*x)", "exp(z**2)", "sin(z)**2",
]


def _random():
    rnd = random.Random(5)
    out = []
    atoms = ["x", "y", "z", "I", "2", "p"]
    for _ in range(40):
        a, b = rnd.choice(atoms), rnd.choice(atoms)
        n = rnd.choice([2, 3, -1, -2])
        out.append("(%s + %s*%s)**%d" % (a, rnd.choice(["I", "2", "x"]), b, n))
    return out


programs = []
for e in EXPRS + _random():
    programs.append("print(re(%s), '|', im(%s))" % (e, e))
    programs.append("print(expand_complex(%s))" % e)
    programs.append("print((%s).as_real_imag())" % e)
emit(PRE, programs)
