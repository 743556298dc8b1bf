"""Generate withlimits_golden.jsonl: the parts of Sum, Product and
Integral objects as programs read them (args, func(*args), function,
limits, variables, bound_symbols, srepr: an indefinite integral's limit
is the tuple (x,)). dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_withlimits.py > withlimits_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nk, n = symbols('k n', integer=True)\n"

rng = random.Random(9)
OBJ = ['Integral(x**2, x)', 'Integral(x*y, x, y)', 'Integral(x, (x, 0, 1))', 'Integral(x*y, (x, 0, 1), y)',
       'Integral(sin(x), (x, 0, pi))', 'Sum(k**2, (k, 1, n))', 'Sum(x**k, (k, 0, oo))', 'Product(k, (k, 1, n))',
       'Sum(k*x, (k, 1, 3), (x, 0, 2))', 'Integral(exp(-x), (x, 0, oo))']
ATTR = ['args', 'function', 'limits', 'variables', 'bound_symbols', 'free_symbols', 'func(*e.args)',
        'func(*e.args).doit()', 'is_number']
progs = []
for o in OBJ:
    progs.append('e = %s\nprint(srepr(e))' % o)
    for a in rng.sample(ATTR, 5):
        progs.append('e = %s\nprint(e.%s)' % (o, a))
emit(PRE, progs)
