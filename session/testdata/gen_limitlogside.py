"""Generate limitlogside_golden.jsonl: one-sided limits at a point where
a logarithm's argument vanishes, from the side where it is negative
(log(x - 1) as x -> 1-: SymPy's gruntz gives the real part's infinity)
and from the other, with powers that tame the log (x*log(x) -> 0) or
dominate it, sums of logs and poles, as the antiderivatives of rational
functions meet them at a pole. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_limitlogside.py > limitlogside_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

rng = random.Random(22)
ARGS = [('x', '0'), ('x - 1', '1'), ('x + 2', '-2'), ('x**2 - 1', '1'), ('x**2 - 1', '-1'), ('2*x - 1', 'S(1)/2'),
        ('x*(x - 3)', '3'), ('1 - x', '1'), ('x**3', '0'), ('x**2 + x', '0')]
WRAP = ['log(%s)', '3*log(%s)', '-log(%s)/2', '(x - P)*log(%s)', '(x - P)**2*log(%s)', 'log(%s)/(x - P)', 'log(%s) + 1/(x - P)',
        'log(%s) - 1/(x - P)**2', 'log(%s) + x', 'log(%s) - log(x + 5)', 'sin(x - P)*log(%s)', 'log(%s)**2', 'exp(log(%s))']
progs = []
seen = set()
while len(progs) < 160:
    (arg, p), w = rng.choice(ARGS), rng.choice(WRAP)
    e = (w % arg).replace('P', '(%s)' % p)
    d = rng.choice(["'+'", "'-'"])
    src = 'print(limit(%s, x, %s, %s))' % (e, p, d)
    if src not in seen:
        seen.add(src)
        progs.append(src)
emit(PRE, progs)
