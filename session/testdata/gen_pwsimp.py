"""Generate pwsimp_golden.jsonl: simplify of Piecewise expressions
(SymPy's piecewise_simplify: conditions in one symbol rewritten over the
intervals they cover, Ne(n, 0) becoming (n > 0) | (n < 0), each piece's
expression simplified, equalities substituted into their piece): the
Fourier coefficients of calculus notebooks with an integer frequency
n, integrate(x**n, x) and exp(a*x)-type antiderivatives with their
Eq/Ne conditions, and random Piecewises over one symbol, alone and
times a constant. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_pwsimp.py > pwsimp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, m = symbols('x y a m')\nn = symbols('n', integer=True)\n"

rng = random.Random(1207)

FOURIER_F = ['x', 'x**2', '1', 'x**3', 'pi - x', 'x*(pi - x)', 'exp(x)', 'x + 1', 'Abs(x)']
FOURIER_K = ['', '/pi', '*2/pi', '/(2*pi)']
FOURIER_T = ['sin(n*x)', 'cos(n*x)']
FOURIER_R = ['(x, -pi, pi)', '(x, 0, pi)', '(x, 0, 2*pi)']

PARAM = [
    "integrate(x**n, x)", "integrate(x**m, x)", "integrate(exp(a*x), x)", "integrate(x*exp(a*x), x)",
    "integrate(sin(a*x), x)", "integrate(cos(a*x), (x, 0, pi))", "integrate(sin(m*x), (x, 0, pi))",
    "integrate(x**m, (x, 1, 2))", "integrate(exp(-a*x), (x, 0, 1))", "integrate(1/(x + a), x)",
    "integrate(x**(a - 1), x)", "integrate(a**x, x)", "integrate(cos(m*x)**2, (x, 0, pi))",
]

EXPRS = ['1', '0', 'm', '-m', 'm**2', '1/m', 'sin(m)**2 + cos(m)**2', '(m**2 - 1)/(m - 1)', 'x*m',
         '2*m + 1', 'm - m', 'exp(m)*exp(-m)', 'x', 'x + 1', 'sin(x)**2 + cos(x)**2', '(m + 1)**2 - m**2']
CONSTS = ['0', '1', '-1', '2', 'Rational(1, 2)', '-3', 'Rational(-5, 2)']


def cond():
    c1, c2 = rng.sample(CONSTS, 2)
    kind = rng.choice(['<', '<=', '>', '>=', 'Ne', 'Ne', 'And', 'Or', 'Eq'])
    if kind == 'Ne':
        return 'Ne(m, %s)' % c1
    if kind == 'Eq':
        return 'Eq(m, %s)' % c1
    if kind == 'And':
        lo, hi = sorted([c1, c2], key=lambda s: float(sympy.sympify(s)))
        return '(m %s %s) & (m %s %s)' % (rng.choice(['>', '>=']), lo, rng.choice(['<', '<=']), hi)
    if kind == 'Or':
        lo, hi = sorted([c1, c2], key=lambda s: float(sympy.sympify(s)))
        return '(m %s %s) | (m %s %s)' % (rng.choice(['<', '<=']), lo, rng.choice(['>', '>=']), hi)
    return '(m %s %s)' % (kind, c1)


def random_pw():
    k = rng.choice([1, 1, 2, 2, 3])
    pairs = ['(%s, %s)' % (rng.choice(EXPRS), cond()) for _ in range(k)]
    if rng.random() < 0.85:
        pairs.append('(%s, True)' % rng.choice(EXPRS))
    return 'Piecewise(%s)' % ', '.join(pairs)


def programs():
    progs = []
    for f in FOURIER_F:
        for t in FOURIER_T:
            r = rng.choice(FOURIER_R)
            k = rng.choice(FOURIER_K)
            progs.append("print(simplify(integrate((%s)*%s, %s)%s))" % (f, t, r, k))
    progs += ["e = integrate(x*sin(n*x), (x, -pi, pi))\nprint(e.simplify())",
              "pprint(simplify(integrate(x**2*cos(n*x), (x, -pi, pi))/pi))",
              "print(latex(simplify(integrate(x*sin(n*x), (x, -pi, pi))/pi)))",
              "b = simplify(integrate(x*sin(n*x), (x, -pi, pi))/pi)\nprint(b.subs(n, 3))",
              "L = symbols('L', positive=True)\nprint(simplify(2/L*integrate(x*sin(n*pi*x/L), (x, 0, L))))"]
    progs += ["print(simplify(%s))" % p for p in PARAM]
    for _ in range(150):
        pw = random_pw()
        wrap = rng.choice(['%s', '%s', '2*%s', '%s/pi', 'x*%s/3'])
        progs.append("print(simplify(%s))" % (wrap % pw))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
