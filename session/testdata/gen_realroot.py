"""Generate realroot_golden.jsonl: real_root(arg, n) (SymPy's Piecewise,
its conditions evaluated) and real_root(arg) (odd roots of negative
bases made real), with SymPy 1.14's stdout; dcalc must print the same or
refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_realroot.py > realroot_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\np = symbols('p', positive=True)\nr = symbols('r', real=True)\n"

rng = random.Random(20261213)
ARGS = ["-8", "27", "-S(1)/8", "-5", "2 + 3*I", "x", "p", "-p", "r", "x**2 + 1", "-r**2", "-32", "16", "pi", "-pi"]
progs = []
for _ in range(40):
    progs.append("print(real_root(%s, %s))" % (rng.choice(ARGS), rng.choice(["3", "3", "5", "2", "4", "-3", "1"])))
for a in ["(-8)**(S(1)/3)", "(-27)**(S(2)/3)", "(-32)**(S(1)/5)", "x**(S(1)/3)", "(-2)**(S(1)/3)*x", "-8", "(-p)**(S(1)/3)"]:
    progs.append("print(real_root(%s))" % a)
progs.append("print([real_root(v, 3) for v in range(-8, 9, 4)], N(real_root(-2, 3)))")
emit(PRE, progs)
