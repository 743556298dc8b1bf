"""Generate factor_golden.jsonl: SymPy 1.14's factor() and factor_list()
on fixed and random inputs. Run with a python3 that has SymPy 1.14:

    python3 engine/testdata/gen_factor.py > engine/testdata/factor_golden.jsonl
"""
import json
import random
import sympy
from sympy import (symbols, factor, factor_list, expand, sin, cos, exp, log,
                   sqrt, Rational, pi, S)

assert sympy.__version__ == "1.14.0", sympy.__version__
x, y, z, t, a, b = symbols("x y z t a b")

fixed = [
    x**2 - 1, y - x, 2*x + 2, x**2/4 - 1, 6*x**2 - 6, -x**2 + 1,
    x**4 - y**4, x**2 + 1, 2*x*y - 2*y, x**3 - x*y**2,
    x**2*sin(y) - sin(y), x*exp(x) + exp(x), exp(2*x) - 1,
    (x**2 - 1)/(x**2 + 2*x + 1), 1/x + 1/x**2, x**2 - 2, x**4 + 4,
    x**6 - 1, x**12 - 1, x**15 - 1, x**30 - 1, x**8 + 1, x**16 - 1,
    3*x**3 - 12*x, x**3 - 6*x**2 + 11*x - 6, 4*x**4 - 17*x**2 + 4,
    x**2 + 2*x*y + y**2, (x + y)**3, x**3 + y**3, x**3 - y**3,
    x**2*y**2 - 1, a**2*b - a*b**2, x**5 - x, 2*x**2 + 3*x + 1,
    x**4 - 10*x**2 + 1, x**8 - 40*x**6 + 352*x**4 - 960*x**2 + 576,
    x**2 - 2*sqrt(2)*x + 2, pi*x + pi, x**Rational(3, 2) - x**Rational(1, 2),
    sin(x)**2 - cos(x)**2, x**2 + x*sin(x), 5, x, -x, 3*x**2,
    (x**2 + x)**3, x**2*y + x*y**2 + x*y, 10*x**3*y - 5*x*y**3,
    t**2 - 1, x**2 - y**2 + 2*y - 1, (x - 1)**2*(x + 2)**3,
    x**4*y**2 - x**2*y**4, 6*x**2*y + 9*x*y**2 + 3*y**3,
    Rational(1, 3)*x**2 - Rational(1, 12), x**3/2 - x/2,
    (x**2 - 4)/(x**2 + 4*x + 4) + 1, x*y*z + x*y + x*z + y*z + x + y + z + 1,
    (2*x - 3*y)**2*(x + y*z), x**10 - y**10, x**6 - y**6,
    2*x**3 + 2*y**3, -2*x**2 - 4*x - 2, (x**3 - 1)/(x - 1), x**100 - 1,
]


def randfactor(rng, vs):
    """A random small polynomial factor in vs."""
    terms = []
    for _ in range(rng.randint(2, 4)):
        c = rng.choice([-3, -2, -1, 1, 1, 2, 3, 5])
        m = S(c)
        for v in vs:
            m *= v**rng.randint(0, 2)
        terms.append(m)
    return sum(terms)


def cases():
    for e in fixed:
        yield S(e)
    rng = random.Random(20261203)
    for i in range(160):
        nv = 1 + i % 3
        vs = [x, y, z][:nv]
        e = S(rng.choice([1, 1, 2, -1, 6]))
        for _ in range(rng.randint(1, 3)):
            e *= randfactor(rng, vs)**rng.choice([1, 1, 1, 2])
        e = expand(e)
        if e.is_number:
            continue
        yield e


for e in cases():
    f = factor(e)
    rec = {"in": str(e), "factor": str(f)}
    if e.is_polynomial() and not e.is_number and not e.has(sqrt(2), pi):
        c, fs = factor_list(e)
        rec["factor_list"] = str((c, fs))
    print(json.dumps(rec))
