"""Generate simplify_golden.jsonl: simplify() and count_ops() of random
rational functions (and derivatives of them, as notebooks simplify
derivatives), with SymPy 1.14's stdout. dcalc follows SymPy's simplify
step by step for rational functions. Run with a python3 that has SymPy:

    python3 session/testdata/gen_simplify.py > session/testdata/simplify_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a = symbols('x y a')\n"

HAND = [
    "print(simplify((x + x*y)/x))",
    "print(simplify(x*y*(-3*x/(2*y) + y)), simplify(9*x*(-x**3 + 2*y)))",
    "print(simplify(3*x**2*(-3*x + y)/(2*y**3*(x**2 + 2*y - 1))))",
    "print(simplify(diff((x**2 + 1)/(x - 1), x)), simplify(diff(x/(x**2 + y**2), x, y)))",
    "print(simplify(1/(x - 1) - 1/(x + 1)), simplify((x**2 - 1)/(x - 1)), simplify(x/(x*y)))",
    "print(count_ops(x + y*2), count_ops(-x/3), count_ops(sin(x)**2 + exp(-x)), count_ops(x - y - z) if False else 0)",
    "print((x**2 + 2*x + 1).simplify(), simplify(2), simplify(x))",
]


def _random():
    rnd = random.Random(21)

    def leaf():
        return rnd.choice(['x', 'y', 'S(2)', 'x**2', '3*x', 'a', 'S(1)', 'x*y'])

    def rat(d):
        if d == 0 or rnd.random() < 0.2:
            return leaf()
        return '(%s %s %s)' % (rat(d - 1), rnd.choice(['+', '-', '*', '/', '/']), rat(d - 1))
    out = []
    for i in range(120):
        kind = i % 3
        if kind == 0:
            out.append('print(simplify(diff(%s, x)))' % rat(3))
        elif kind == 1:
            out.append('print(simplify(%s))' % rat(4))
        else:
            out.append('print(count_ops(%s))' % rat(4))
    return out


emit(PRE, HAND + _random(), keep=lambda out: 'zoo' not in out)  # zoo: a random division by zero
