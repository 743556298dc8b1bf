"""Generate limitabs_golden.jsonl: one-sided limits of expressions with
Abs, sign and arg (Limit.doit's set_signs: each replaced by the sign of
its argument's limit from that side), of floor and ceiling (constant on
that side of the point) and two-sided limits (dir='+-':
both sides agree, zoo, or ValueError), with SymPy 1.14's stdout; dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitabs.py > limitabs_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261211)
INNER = ["x", "x - 1", "x**2 - 4", "x + 3", "sin(x)", "x**3", "1 - x", "x**2 - x", "exp(x) - 1"]
POINTS = ["0", "1", "2", "-3", "oo", "-oo"]
progs = []
for _ in range(60):
    u = rng.choice(INNER)
    form = rng.choice(["Abs(%s)/(%s)", "(%s)/Abs(%s)", "sign(%s)*x", "x*Abs(%s)", "Abs(%s)*Abs(%s)/x", "(Abs(%s) - (%s))/x"])
    e = form.replace("%s", u)
    progs.append("print(limit(%s, x, %s, %r))" % (e, rng.choice(POINTS), rng.choice(["+", "-", "-"])))
FUNCS = ["1/x", "1/x**2", "sin(x)/x", "Abs(x)", "exp(1/x)", "x*sin(1/x)", "1/(x - 1)", "(x**2 - 1)/(x - 1)",
         "Abs(x - 1)/(x - 1)", "sign(x)", "x/Abs(x)", "tan(x)", "1/sin(x)", "floor(x)", "(1 + x)**(1/x)"]
for f in FUNCS:
    p = rng.choice(["0", "0", "1", "pi/2"])
    progs.append("try:\n    print(limit(%s, x, %s, '+-'))\nexcept ValueError as e:\n    print('ValueError', e)" % (f, p))
progs += ["print(Limit(1/x, x, 0, '+-').doit(), Limit(Abs(x)/x, x, 0, '-').doit())"]
# floor and ceiling are constant on the side of the point approached from
for _ in range(25):
    f = rng.choice(["floor", "ceiling"])
    u = rng.choice(["x", "2*x", "x**2", "-x", "x/2", "sin(x)", "x - S(1)/2", "3*x + 1"])
    progs.append("print(limit(%s(%s), x, %s, %r))" % (f, u, rng.choice(["0", "1", "2", "S(1)/2", "pi", "-1"]), rng.choice(["+", "-"])))
emit(PRE, progs)
