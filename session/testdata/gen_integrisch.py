"""Generate integrisch_golden.jsonl: indefinite integrals of random
compositions whose leaves include exp(x), sin(x), cos(x) and log(x)
(risch_integrate's forms where it takes the integrand: polynomials times
exp(g) as one polynomial with integer coefficients, polynomials times
log(g) by parts; heurisch's and the term loop's otherwise), and
polynomial-times-log products, with SymPy 1.14's stdout (integrals SymPy
takes more than 10 s over are left out). dcalc must print the same or
refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integrisch.py > integrisch_golden.jsonl
"""
import random
import sympy

from goldenlib import emit, random_expression

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

CURATED = [
    "log(2*x)*(3*x-2)", "log(x)*(3*x-2)", "x*log(2*x)", "x*log(x)", "x**2*log(x)", "log(x+1)",
    "x*log(x+1)", "(x**2+1)*log(x)", "log(x**2+1)*x", "3*x*log(2*x)", "log(2*x)",
    "((x**2) + (exp(x))) * (x**2 + 1)", "(x+1)*exp(x) + x*exp(x)", "exp(x)*(x**2+1) + x**3",
    "x*log(x)**2", "log(x)/x**2", "(2*x+1)*log(x**2+x)",
]


def _random_programs():
    rnd = random.Random(77)
    leaves = ['x', 'x**2', '2*x', 'x + 1', 'x**2 + 1', '3*x - 2', 'sqrt(x)', '1/x', 'x**3',
              'exp(x)', 'sin(x)', 'cos(x)', 'log(x)']
    funcs = ['exp(%s)', 'log(%s)', 'sin(%s)', 'cos(%s)', 'sqrt(%s)', '(%s)**2', '1/(%s)',
             'exp(-%s)', 'atan(%s)', 'tan(%s)', '(%s)**3']
    return ["print(integrate(%s, x))" % random_expression(rnd, 2, leaves, funcs, ['+', '*', '*', '-', '/'], 0.4, 0.45)
            for _ in range(200)]


emit(PRE, ["print(integrate(%s, x))" % f for f in CURATED] + _random_programs())
