"""Generate radsolve_golden.jsonl: solve of equations with radicals of
x, as SymPy 1.14's _solve does them: a polynomial in one radical
b**(1/q) (roots in the radical, then x from b = t**q), unrad's squaring
for a radical beside other terms in x, and checksol deciding which
candidates stay (an undecided check keeps one: solve(sqrt(x) - a, x) is
[a**2], while solve(sqrt(x) + a, x) is [] because sqrt(a**2) + a is free
of radicals and nonzero once a is made positive). The random programs
come from a fixed seed. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_radsolve.py > radsolve_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\np = Symbol('p', positive=True)\n"

HAND = [
    'sqrt(x) - a', 'sqrt(x) + a', 'x**Rational(1,3) - a', 'x**Rational(1,3) + a',
    'sqrt(x + 1) - a', 'sqrt(x) - a - 1', 'sqrt(2*x) - a', 'x**Rational(2,3) - a',
    'sqrt(x) - x + a', 'sqrt(x) + x - 2', 'sqrt(x + 3) - x + 3', 'sqrt(2*x + 1) - 3',
    'sqrt(x) + x - 6', 'sqrt(x**2 + 1) - 2', 'x**Rational(1,3) + x', 'sqrt(x + 1) - 1',
    'x - 2*sqrt(x) + a', 'sqrt(x)*x - 8', 'sqrt(1 - x**2) - x', 'sqrt(x**2 + a) - b',
    'x**Rational(1,4) + a', 'sqrt(x) + exp(a)', 'sqrt(x) - exp(a)', 'sqrt(x) + sin(a)',
    '1/sqrt(x) - 2', 'x/sqrt(x**2 + 1) - Rational(1,2)', '1 - x/sqrt(1 - x**2)',
    'sqrt(x)*(x - 1)', 'sqrt(x - 1)*(x - 2)', 'diff(x*sqrt(1 - x**2), x)',
    'diff(sqrt(x) - x/4, x)', 'diff(x - 2*sqrt(x + 1), x)', 'sqrt(x) - p', 'sqrt(x) + p',
]


def random_programs(n, seed=10):
    rnd = random.Random(seed)
    lin = ['x', 'x + 1', '2*x + 1', 'x - 2', '3 - x', '1 - x', 'x + a', 'a*x + 1', '4*x + 9',
           'x**2 + 1', '1 - x**2', 'x**2 - 4', 'x**2 + a', 'p*x', 'x + p']
    rad = ['sqrt({b})', '({b})**Rational(1,3)', 'sqrt({b})', '({b})**Rational(3,2)',
           '({b})**Rational(1,4)', '1/sqrt({b})']
    rhs = ['0', '1', '2', '3', 'a', '-a', 'p', '-p', 'x', 'x - 1', '2*x', 'a + 1', 'x + a',
           'sin(a)', 'exp(a)', '-exp(a)', 'a*b', 'x**2', 'Rational(1,2)', 'x/2']
    seen, out = set(), []
    for _ in range(100000):
        if len(out) == n:
            break
        r = rnd.choice(rad).format(b=rnd.choice(lin))
        c = rnd.choice(['', '2*', 'x*', 'a*', '-', '3*'])
        e = f'{c}{r} - ({rnd.choice(rhs)})'
        if e not in seen:
            seen.add(e)
            out.append(e)
    return out


PROGRAMS = [f'print(solve({e}, x))' for e in HAND + random_programs(260)]

emit(PRE, PROGRAMS)
