"""Generate limitinf_golden.jsonl: limits at oo and -oo of expressions in
x alone built from powers, exp, log, log of sums dominated by an
exponential (softplus: log(1 + exp(x)) - x tends to 0), cosh, sin and
cos. SymPy's gruntz rewrites log(c*exp(g) + r) as log(c) + g +
log(1 + r/(c*exp(g))); sums and products of finite limits combine; sin(x)
at oo is AccumBounds(-1, 1), so 1/(x*sin(x)) has no limit (SymPy leaves
Limit(...)); sqrt(-oo) is oo*I. The random programs come from a fixed
seed. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitinf.py > limitinf_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = Symbol('x')\n"

HAND = [
    'log(1 + exp(x)) - x', 'log(exp(x) + x) - x', 'log(exp(2*x) + exp(x)) - 2*x',
    'log(1 + exp(x))/x', 'log(1 + exp(-x))', 'log(exp(x) + exp(-x)) - x', 'log(cosh(x)) - x',
    '1/(x*sin(x))', 'log(1 + sin(x))/x**2', 'sin(x)/x', 'x*sin(1/x)', 'sin(x)**2/x',
    'exp(-x)*cos(x)', '(2 + sin(x))/x', 'log(x)/sqrt(x)', 'exp(2*x)/(x*sqrt(x))', 'sqrt(x)',
]
PROGRAMS = [f'print(limit({e}, x, oo), limit({e}, x, -oo))' for e in HAND]
PROGRAMS += ['print(sqrt(-oo), (-oo)**Rational(-1, 2), 2*(-oo)**Rational(-1, 2), (-oo)**Rational(1, 3), (-oo)**Rational(3, 2))']


def random_programs(n, seed=12):
    rnd = random.Random(seed)
    atoms = ['x', 'exp(x)', 'exp(-x)', 'exp(2*x)', 'log(x)', 'x**2', 'sqrt(x)', '1', '2',
             'exp(x**2)', 'sin(x)', 'cosh(x)', 'log(1 + exp(x))', 'log(exp(x) + x)',
             'log(2 + exp(2*x))', 'log(cosh(x))', 'log(x + 1)', '1/x']

    def expr(d):
        if d == 0:
            return rnd.choice(atoms)
        op = rnd.choice(['+', '-', '*', '/', 'log', 'atom', 'atom'])
        if op == 'atom':
            return rnd.choice(atoms)
        if op == 'log':
            return f'log(1 + {expr(d - 1)})'
        return f'({expr(d - 1)}) {op} ({expr(d - 1)})'

    seen, out = set(), []
    for _ in range(100000):
        if len(out) >= n:
            break
        p = f'print(limit({expr(rnd.choice([1, 2, 2]))}, x, {rnd.choice(["oo", "oo", "-oo"])}))'
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


PROGRAMS += random_programs(200)

emit(PRE, PROGRAMS)
