"""Generate simplifymix_golden.jsonl: simplify of the derivatives of
random compositions of exp, log, sin, cos, sqrt, tanh, atan, powers and
quotients in x and y, with SymPy 1.14's stdout. dcalc must print the
same or refuse: a partial simplification is a plausible wrong answer.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_simplifymix.py > simplifymix_golden.jsonl
"""
import random
import sympy

from goldenlib import emit, random_expression

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"


def _programs():
    rnd = random.Random(11)
    leaves = ['x', 'x**2', '2*x', 'x + 1', 'x**2 + 1', '3*x - 2', 'y*x', 'x + y', 'sqrt(x)', 'sqrt(x**2 + 1)']
    funcs = ['exp(%s)', 'log(%s)', 'sin(%s)', 'cos(%s)', 'sqrt(%s)', '(%s)**3', '1/(%s)', 'tanh(%s)', 'atan(%s)', 'exp(-%s)']

    return ["print(simplify(diff(%s, x)))" % random_expression(rnd, 3, leaves, funcs, ['+', '*', '/', '-'], 0.3, 0.4)
            for _ in range(200)]


emit(PRE, _programs())
