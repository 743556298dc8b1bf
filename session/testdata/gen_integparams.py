"""Generate integparams_golden.jsonl: integrals with symbolic parameters
declared positive, as physics and probability notebooks write them
(exponential decay, Laplace transforms, moments), with SymPy 1.14's
stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integparams.py > integparams_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, t = symbols('x t')\n"
       "a, b, k, w, s = symbols('a b k omega s', positive=True)\n"
       "n = symbols('n', positive=True, integer=True)\n")

HAND = [
    "print(integrate(exp(-a*x), (x, 0, oo)), integrate(x*exp(-a*x), (x, 0, oo)), integrate(exp(-a*x**2), (x, -oo, oo)))",
    "print(integrate(exp(-s*t), (t, 0, oo)), integrate(exp(-s*t)*t, (t, 0, oo)), integrate(exp(-k*x), x), integrate(exp(a*x), x))",
    "print(integrate(x*exp(-a*x), x), integrate(sin(w*t), t), integrate(x**n, x), integrate(x**n, (x, 0, 1)))",
    "print(integrate(a*x + b, (x, 0, 1)), integrate(exp(-x/a)/a, (x, 0, oo)), integrate(x*exp(-x/a)/a, (x, 0, oo)), integrate(log(a*x), x), integrate(cos(k*x), (x, 0, pi)))",
    "print(integrate(exp(-s*t)*sin(w*t), (t, 0, oo)))",
    "print(integrate(exp(-s*t)*sin(w*t), t))",
    "print(integrate(x*exp(x)*sin(x), x))",
    "print(integrate(pi*x*exp(x/2), x), integrate(sqrt(2)*x*exp(2*x), x), integrate(x*exp(-2*x)/5, x))",
]


def _random():
    rnd = random.Random(21)
    out = []
    for _ in range(60):
        poly = ' + '.join('%s*x**%d' % (rnd.choice(['1', '2', '-3', 'a', 'b', 'Rational(1, 2)', 'pi', 'a*b']), d)
                          for d in sorted(rnd.sample(range(4), rnd.randint(1, 3))))
        arg = rnd.choice(['-a*x', 'a*x', '-x/a', '2*x', '-k*x + b', 'a*b*x', '-x/2', 'x'])
        c = rnd.choice(['', 'b*', '3*', '1/a*', 'sin(b)*', 'pi*'])
        out.append("print(integrate(%s(%s)*exp(%s), x))" % (c, poly, arg))
    return out


emit(PRE, HAND + _random())
