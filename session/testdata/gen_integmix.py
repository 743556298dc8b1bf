"""Generate integmix_golden.jsonl: indefinite integrals of random
compositions of exp, log, sin, cos, tan, atan, sqrt, powers and
quotients in x, with SymPy 1.14's stdout (integrals SymPy takes more
than 10 s over are left out). dcalc must print the same or refuse.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integmix.py > integmix_golden.jsonl
"""
import random
import sympy

from goldenlib import emit, random_expression

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"


def _programs():
    rnd = random.Random(5)
    leaves = ['x', 'x**2', '2*x', 'x + 1', 'x**2 + 1', '3*x - 2', 'sqrt(x)', '1/x', 'x**3']
    funcs = ['exp(%s)', 'log(%s)', 'sin(%s)', 'cos(%s)', 'sqrt(%s)', '(%s)**2', '1/(%s)', 'exp(-%s)', 'atan(%s)', 'tan(%s)']

    return ["print(integrate(%s, x))" % random_expression(rnd, 2, leaves, funcs, ['+', '*', '*', '-', '/'], 0.35, 0.5)
            for _ in range(150)]


emit(PRE, _programs())
