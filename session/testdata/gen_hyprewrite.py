"""Generate hyprewrite_golden.jsonl: rewrite between the hyperbolic
functions (sinh, cosh, tanh, coth, sech, csch, and exp to tanh), as the
tanh/sigmoid forms of ML notebooks use them, and the hyperbolic
functions of arguments shifted by multiples of I*pi/2, which their eval
takes out (_peeloff_ipi: cosh(x + I*pi/2) is I*sinh(x)). dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_hyprewrite.py > hyprewrite_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(4)
H = ['sinh', 'cosh', 'tanh', 'coth', 'sech', 'csch']
A = ['x', '2*x', 'x/2', 'x + y', '-x', 'x**2']
progs = []
for _ in range(120):
    k = rng.random()
    if k < 0.5:
        e = '%s(%s)' % (rng.choice(H), rng.choice(A))
    elif k < 0.75:
        e = '%s(%s)*%s(%s)' % (rng.choice(H), rng.choice(A), rng.choice(H), rng.choice(A))
    elif k < 0.9:
        e = '%s(%s)**2 + %s' % (rng.choice(H), rng.choice(A), rng.choice(['1', '-1', 'x']))
    else:
        e = rng.choice(['exp(x)', 'exp(-x)', '1/(1 + exp(-x))', 'exp(2*x) - 1', 'diff(tanh(x), x)'])
    progs.append('print((%s).rewrite(%s))' % (e, rng.choice(H + ['exp'])))
S = ['I*pi', 'I*pi/2', '-I*pi/2', '3*I*pi/2', '2*I*pi/3', 'I*pi/4', '5*I*pi/4', '2*I*pi', '-I*pi']
for _ in range(60):
    progs.append('print(%s(%s + %s))' % (rng.choice(H), rng.choice(['x', '2*x', 'x + y', '-x']), rng.choice(S)))
emit(PRE, progs)
