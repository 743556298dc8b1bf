"""Generate heurischatan_golden.jsonl: integrate of sin, cos, exp, sqrt(x)
and powers of x over quadratics in sin(x), cos(x), sqrt(x) or x: where
heurisch finds no answer over the rationals, SymPy's _integrate() splits
the candidate's denominators into linear factors over the complex
numbers, and a conjugate pair gives a logarithm and an arctangent
(sin(x)/(1 + cos(x)**2) is -atan(cos(x)), sqrt(x)/(x + 1) is
2*sqrt(x) - 2*atan(sqrt(x))). With SymPy 1.14's stdout. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_heurischatan.py > heurischatan_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

NUMERATORS = ["sin(x)", "cos(x)", "1", "sqrt(x)", "x", "exp(x)", "1/sqrt(x)", "sin(x)*cos(x)"]
DENOMINATORS = ["1 + cos(x)**2", "4 + sin(x)**2", "cos(x)**2 + cos(x) + 1", "x + 1", "x**2 + 1", "1 + sin(x)**2",
                "9 + cos(x)**2", "sin(x)**2 + 2*sin(x) + 2", "(x + 4)", "exp(2*x) + 1", "sqrt(x) + x"]
emit(PRE, ["print(integrate(%s/(%s), x))" % (n, d) for n in NUMERATORS for d in DENOMINATORS])
