"""Generate solvelogeq_golden.jsonl: solve() of logarithmic equations as
precalculus notebooks write them: two logarithms equal (log(u) - log(v),
_invert's two-term case: u = v, checked), a logarithm of a polynomial
equal to the logarithm of a number (log(x**2 - 1) = log(3)), logarithms
to a base (log(x, 2) = 3), with SymPy 1.14's stdout; dcalc must print the
same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvelogeq.py > solvelogeq_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(20261212)
INNER = ["x", "2*x - 1", "x + 3", "x**2", "x**2 - 1", "3 - x", "x**2 + x", "4*x - 4", "x + 1", "5*x"]
CONST = ["2", "3", "5", "9", "S(1)/2", "8", "10"]
progs = []
for _ in range(40):
    u, v = rng.sample(INNER, 2)
    k = rng.choice(["", "2*", "3*"])
    progs.append("print(solve(%slog(%s) - %slog(%s), x))" % (k, u, k, v))
for _ in range(30):
    u = rng.choice(INNER)
    form = rng.choice(["log(%s) - log(%s)", "log(%s) - 2*log(%s)", "log(%s, 2) - log(%s, 2)", "log(%s, 10) - 1"])
    progs.append("print(solve(%s, x))" % (form.replace("%s", u, 1).replace("%s", rng.choice(CONST), 1)))
progs += [
    "print(solve(log(x, 2) - 3, x), solve(Eq(log(x, 10), 2), x), solve(Eq(log(x), log(2*x - 1)), x))",
    "print(solve(log(x) + log(x - 1) - log(6), x), solve(log(x**2 - 1) - log(3), x))",
]
emit(PRE, progs)
