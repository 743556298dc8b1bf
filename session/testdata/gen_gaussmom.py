"""Generate gaussmom_golden.jsonl: the moments of Gaussian densities
with symbolic parameters, as statistics and machine-learning notebooks
take them: integrals of a polynomial times exp(-k*(x - mu)**2) over the
real line (mean, variance, higher moments of a normal density written
with mu and sigma), and of a polynomial times exp(-k*x**2) over
half-lines, for positive symbols k, mu, sigma, a and numbers, with
neighbouring forms SymPy answers other ways (an expanded exponent,
a parameter of unknown sign, a shifted half-line). dcalc must print
SymPy's answer or raise NotImplementedError. Run with a python3 that
has SymPy 1.14:

    cd session/testdata && python3 gen_gaussmom.py > gaussmom_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx = symbols('x')\nmu, sigma, a, b = symbols('mu sigma a b', positive=True)\n"
       "m = symbols('m', real=True)\nc = symbols('c')\n")

rng = random.Random(42)

CURATED = [
    "x*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "x**2*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "(x - mu)**2*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "x**3*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "x*exp(-(x - m)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "x**2*exp(-a*x**2), (x, -oo, oo)", "x**2*exp(-x**2/(2*sigma**2)), (x, -oo, oo)",
    "x**4*exp(-a*x**2), (x, -oo, oo)", "(x**2 + x + 1)*exp(-a*x**2), (x, -oo, oo)",
    "x*exp(-a*x**2), (x, 0, oo)", "x**2*exp(-a*x**2), (x, 0, oo)", "x**3*exp(-x**2/(2*sigma**2)), (x, 0, oo)",
    "x*exp(-a*x**2), (x, -oo, 0)", "x**2*exp(-a*x**2), (x, -oo, 0)",
    "x*exp(-(x - 1)**2), (x, -oo, oo)", "x**2*exp(-(x - 2)**2), (x, -oo, oo)", "x*exp(-a*(x - mu)**2), (x, -oo, oo)",
    "exp(-x**2 + 2*x), (x, -oo, oo)", "x*exp(-(2*x - 1)**2), (x, -oo, oo)", "exp(-c*x**2), (x, -oo, oo)",
    "x*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, 0, oo)",
    "(c + 1)*x**2*exp(-a*x**2), (x, -oo, oo)", "c*x**2*exp(-a*x**2), (x, -oo, oo)",
    "x**2*exp(-a*b*x**2), (x, -oo, oo)", "x**2*exp(-(x/sigma)**2/2)/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "x**2*exp(-((x - mu)/sigma)**2/2)/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "(x - mu)**3*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "(x - mu)**4*exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi)), (x, -oo, oo)",
    "exp(-x**2/2)*x**2/sqrt(2*pi), (x, -oo, oo)", "x**6*exp(-x**2), (x, -oo, oo)",
]

KS = ['a', '1/(2*sigma**2)', 'a/2', '2*a', 'Rational(1, 2)', '3', 'a*b', '1/sigma**2', 'b/3']
SHIFTS = ['', ' - mu', ' + mu', ' - 1', ' + 2', ' - m', ' - Rational(1, 2)']
FRONT = ['', '3*', 'a*', '/sqrt(pi)', '/(sigma*sqrt(2*pi))', 'mu*', 'Rational(1, 2)*']
POLYS = ['x', 'x**2', 'x**3', 'x**4', '(x + 1)', '(x**2 - x)', '(2*x + mu)', '(x - mu)**2', '(x**3 + a*x)', '1', 'x*(x + 2)']


def programs():
    progs = ["print(integrate(%s))" % c for c in CURATED]
    progs += ["pprint(integrate(%s))" % c for c in CURATED[:3]]
    progs += ["print(latex(integrate(%s)))" % c for c in CURATED[:3]]
    for _ in range(120):
        k = rng.choice(KS)
        s = rng.choice(SHIFTS)
        p = rng.choice(POLYS)
        f = rng.choice(FRONT)
        rng_lim = rng.choice(['(x, -oo, oo)'] * 4 + ['(x, 0, oo)', '(x, -oo, 0)'])
        base = 'x' if s == '' else '(x%s)' % s
        if f.startswith('/'):
            integrand = '%s*exp(-%s*%s**2)%s' % (p, '(%s)' % k, base, f)
        else:
            integrand = '%s%s*exp(-%s*%s**2)' % (f, p, '(%s)' % k, base)
        progs.append("print(integrate(%s, %s))" % (integrand, rng_lim))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
