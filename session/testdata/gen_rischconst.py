"""Generate rischconst_golden.jsonl: integrate of a parameter or constant
times a sum risch_integrate takes (y*(x + exp(x)), pi*(exp(x) +
exp(-x)), a*log(a*x), y*(x*exp(x) + 1/x)): SymPy's risch_integrate has
the factor in its constant field and writes it into every term of the
answer, where integrate's term loop would leave it outside. dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_rischconst.py > rischconst_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nr = symbols('r', real=True)\np = symbols('p', positive=True)\n"

rng = random.Random(5)
TERMS = ['x', 'x**2', '1', 'exp(x)', 'exp(-x)', 'exp(2*x)', 'x*exp(x)', 'log(x)', 'x*log(x)', '1/x', '1/(x + 1)',
         'exp(x)/2', 'x**2*exp(-x)', 'log(2*x)', 'log(y*x)', '3*x**3', 'exp(x + 1)', 'x*exp(-2*x)']
FACTORS = ['y', 'y', '2*y', 'y*z', 'y**2', 'pi', 'r', 'p', '-y', 'y/3', 'E', 'sqrt(2)']
progs = []
for _ in range(240):
    k = rng.choice([1, 2, 2, 3])
    body = ' + '.join(rng.sample(TERMS, k))
    fac = rng.choice(FACTORS)
    f = '%s*(%s)' % (fac, body)
    op = rng.choice(['print(integrate(%s, x))', 'print(integrate(%s, x))', 'print(integrate(%s, x))',
                     'pprint(integrate(%s, x))', 'print(integrate(%s, (x, 1, 2)))'])
    progs.append(op % f)
emit(PRE, progs)
