"""Generate solvesplit_golden.jsonl: solve of polynomial systems whose
equations fall into independent groups, as the gradient of a function
that is a sum of parts in separate variables (f(x, y) + g(z)) gives:
SymPy's _solve_system solves each connected component on its own (a
pair of quadratics by solve_biquadratic) and combines the solutions,
which prints differently from a Groebner basis of the whole system.
Random critical-point systems and hand-written ones, with SymPy 1.14's
stdout; set=True answers only where CPython prints the set the same way
under four hash seeds (a set of symbolic tuples is printed in an order
that changes from run to run). dcalc must print the same or refuse. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_solvesplit.py > solvesplit_golden.jsonl
"""
import os
import random
import subprocess
import sys

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, w = symbols('x y z w')\n"

rng = random.Random(1205)


def part(vs):
    """A random polynomial of degree 2 or 3 in the variables vs."""
    terms = []
    for _ in range(rng.randint(2, 4)):
        c = rng.choice([1, -1, 2, -2, 3, -3, "Rational(1, 2)"])
        mono = "*".join("%s**%d" % (v, rng.randint(1, 3 if len(vs) == 1 else 2)) for v in rng.sample(vs, rng.randint(1, len(vs))))
        terms.append("(%s)*%s" % (c, mono))
    return " + ".join(terms)


progs = []
for _ in range(70):
    layout = rng.choice([(["x", "y"], ["z"]), (["x"], ["y"], ["z"]), (["x", "y"], ["z", "w"]), (["x"], ["y", "z"])])
    f = " + ".join("(%s)" % part(g) for g in layout)
    vs = ", ".join(v for g in layout for v in g)
    form = rng.choice(["dict=True", "", "set=True"])
    progs.append("f = %s\nprint(solve([diff(f, v) for v in (%s)], [%s]%s))" % (f, vs, vs, ", " + form if form else ""))
progs += ["print(%s)" % e for e in [
    "solve([3*x**2 + y - 3, x + 3*y**2 - 3, 2*z], [x, y, z], dict=True)",
    "solve([x**2 - 1, y**2 - 4, z - 3], [x, y, z])",
    "solve([x*y - 1, x + y - 3, z**2 - 2], [x, y, z], dict=True)",
    "solve([x**2 + y - 2, x - y, w**3 - w], [x, y, w])",
    "solve([x**2 - 2, z**2 + 1], [x, y, z], dict=True)",
    "solve([x**2 - y, z**2 - 1, x + y - 2], [x, y, z], dict=True)",
    "solve([x**2 - 1, y**2 + 1], [x, y])",
    "solve([x - 1, y**2 - y], [x, y], dict=True)",
    "solve([x**2 - 4, y**2 - 9], [y, x], dict=True)",
]]


def deterministic(src):
    """Whether CPython prints the same under four hash seeds."""
    outs = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-c", PRE + src], capture_output=True, text=True, env=env, timeout=60)
        outs.add(r.stdout + r.stderr.strip().split("\n")[-1])
    return len(outs) == 1


progs += ["print(solve(%s, set=True))" % e for e in [
    "x**2 - 1, x", "[x - 1, y**2 - y], [x, y]", "x**2 + 1, y", "[x + y - 2, x - y]", "x - y, [x, y]", "[8, x - 1], [x, y]",
    "[x**2 + 1, 2*x], [x, y]", "x**3 - x, x", "[x**2 - 1, y - 2], [y, x]", "x**2 - 2, x"]]
emit(PRE, [p for p in progs if "set=True" not in p or deterministic(p)])
