"""Generate parityfacts_golden.jsonl: random expressions in symbols with
assumptions (positive, integer, real, even, odd) printed, simplified,
expanded, powsimp'd, differentiated, expanded in series, solved, taken
to a limit, with is_positive/is_real/is_integer, sqrt of a square and
Abs: the facts SymPy derives ((-1)**n is an integer, an odd integer is
nonzero, floor(n + x) is n + floor(x), sign(o) in simplify is o/Abs(o)).
Random programs from a fixed seed, with SymPy 1.14's stdout. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_parityfacts.py > parityfacts_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx = Symbol('x')\np, q = symbols('p q', positive=True)\n"
       "n = Symbol('n', integer=True)\nr = Symbol('r', real=True)\n"
       "e = Symbol('e', even=True)\no = Symbol('o', odd=True)\n")

rnd = random.Random(21)
S = ['x', 'p', 'q', 'n', 'r', 'e', 'o']


def atom():
    return rnd.choice(S + ['2', '3', 'S(1)/2'])


def expr(d=0):
    if d > 2 or rnd.random() < 0.3:
        return atom()
    k = rnd.random()
    if k < 0.25:
        return '%s*%s' % (expr(d + 1), expr(d + 1))
    if k < 0.45:
        return '(%s + %s)' % (expr(d + 1), expr(d + 1))
    if k < 0.6:
        return '%s**%s' % (expr(d + 1), rnd.choice(['2', 'S(1)/2', '-1', 'n', 'e', 'o', 'p']))
    if k < 0.75:
        return '%s(%s)' % (rnd.choice(['sqrt', 'Abs', 'log', 'exp', 'sin', 'cos', 'sign', 're', 'im',
                                      'conjugate', 'floor']), expr(d + 1))
    return '(-1)**%s' % rnd.choice(['n', 'e', 'o', '(n+1)', '(2*n)', '(o+e)'])


OPS = ['print({e})', 'print(simplify({e}))', 'print(expand({e}))', 'print(powsimp({e}))',
       'print(({e}).is_positive, ({e}).is_real, ({e}).is_integer)', 'print(solve({e} - 1, p))',
       'print(limit({e}, p, oo))', 'print(diff({e}, p))', 'print(series({e}, x, 0, 3))',
       'print(sqrt({e}**2))', 'print(Abs({e}))']
seen = set()
while len(seen) < 300:
    seen.add(rnd.choice(OPS).format(e=expr()))
PROGRAMS = sorted(seen)

emit(PRE, PROGRAMS)
