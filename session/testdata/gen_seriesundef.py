"""Generate seriesundef_golden.jsonl: series of undefined functions of a
linear argument, the Taylor expansions numerical-methods and calculus
notebooks derive finite-difference formulas from (f(x + h) in h, the
central difference f(x + h) - f(x - h), (f(x + h) - 2*f(x) +
f(x - h))/h**2), f(x) about 0 and other points, sums and products with
elementary series, and the three printers; SymPy's Function._eval_nseries
writes the derivatives at the point as Subs(Derivative(f(xi), ...), xi,
c). Powers and compositions (f(x)**2, sin(f(x))) are written another
way and dcalc refuses them. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_seriesundef.py > seriesundef_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, h, a = symbols('x h a')\nf, g = symbols('f g', cls=Function)\n"

rng = random.Random(11)

CURATED = [
    "series(f(x), x, 0, 3)", "series(f(x + h), h, 0, 3)", "f(x + h).series(h, 0, 4)",
    "series(f(x + h) - f(x - h), h, 0, 4)", "series((f(x + h) - f(x))/h, h, 0, 3)",
    "series((f(x + h) - 2*f(x) + f(x - h))/h**2, h, 0, 3)", "series((f(x + h) - f(x - h))/(2*h), h, 0, 4)",
    "series(f(2*x), x, 0, 3)", "series(x*f(x), x, 0, 3)", "series(f(x) + g(x), x, 0, 3)",
    "series(exp(x)*f(x), x, 0, 3)", "series(f(x), x, 1, 3)", "series(f(x), x, a, 3)",
    "series(f(x), x, 0, 4).removeO()", "series(f(x), x, 0, 1)", "series(f(x), x)",
    "series(f(x)**2, x, 0, 3)", "series(sin(f(x)), x, 0, 3)", "series(f(x + 2*h), h, 0, 3)",
    "series(f(x - 2*h) + 3*f(x + h), h, 0, 3)", "series(-f(x + 2*h) + 4*f(x + h) - 3*f(x), h, 0, 4)",
    "series(f(x)*g(x), x, 0, 3)", "series(f(x)/(1 - x), x, 0, 3)", "series(f(h), h, 0, 5)",
    "series(f(x + h), h, 0, 3).removeO().coeff(h, 1)", "series(f(x + h), h, 0, 3).removeO().subs(f(x), 1)",
    "series(f(a*x), x, 0, 3)", "series(f(1 - x), x, 0, 3)", "series(cos(x)*f(x), x, 0, 4)",
    "series(f(x, h), h, 0, 2)", "series(f(x**2), x, 0, 4)",
]


def programs():
    progs = ["print(%s)" % c for c in CURATED]
    progs += ["pprint(%s)" % c for c in CURATED[:6]]
    progs += ["print(latex(%s))" % c for c in CURATED[:6]]
    for _ in range(40):
        k = rng.randint(1, 3)
        terms = []
        for _ in range(k):
            c = rng.choice(['', '2*', '-', '3*', '-4*', 'Rational(1, 2)*'])
            s = rng.choice(['x + h', 'x - h', 'x + 2*h', 'x - 2*h', 'x', 'x + 3*h'])
            terms.append('%sf(%s)' % (c, s))
        num = ' + '.join(terms)
        den = rng.choice(['', '/h', '/(2*h)', '/h**2'])
        n = rng.randint(2, 5)
        progs.append("print(series((%s)%s, h, 0, %d))" % (num, den, n))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
