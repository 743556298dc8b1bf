"""Generate seriesprod_golden.jsonl: series of products of two or three
factors with symbolic coefficients (exp(a*x), sin(x + a), (a + x)**2,
c*(a + b), ...): SymPy's Mul._eval_nseries multiplies the factors' series
term by term, so the coefficients come out multiplied through
(x*(a*c + b*c)); also Pow._eval_power's branch rule for numeric bases
(sqrt((2 + I)**2) is 2 + I) and cbrt. Random programs from a fixed seed
plus hand-picked ones, with SymPy 1.14's stdout. Run with a python3 that
has SymPy 1.14:

    cd session/testdata && python3 gen_seriesprod.py > seriesprod_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\nnn = Symbol('nn', negative=True)\n"

F = ['exp(x)', 'sin(x)', 'cos(2*x)', 'log(1 + x)', '(x + a)', '(a + b)', '(x + 1)', 'c',
     '(1 + x)**2', '(a + x)**2', 'sqrt(1 + x)', '1/(1 - x)', 'exp(a*x)', '(b + c*x)',
     'sin(x + a)', 'atan(x)', '(a*x + 1)']

rnd = random.Random(3)
seen = set()
while len(seen) < 150:
    f = '*'.join(rnd.choice(F) for _ in range(rnd.randint(2, 3)))
    if rnd.random() < 0.3:
        f += ' + ' + rnd.choice(F)
    seen.add('print(series(%s, x, 0, %d))' % (f, rnd.choice([3, 4])))
PROGRAMS = sorted(seen) + [
    'print(series(S(0), x, 0, 3), series(a, x), series(0*x, x, 1))',
    'print(sqrt((2 + I)**2), sqrt((-2 + I)**2), sqrt((1 - 3*I)**2), ((2+I)**3)**(S(1)/2), ((-1+I)**2)**(S(3)/2))',
    'print(((-3 + I)**(S(3)/2))**(S(1)/2), ((1+I)**(S(1)/3))**(S(3)/2), sqrt((2 + 3*I)**4), ((-2-I)**3)**(S(1)/2))',
    'print(sqrt(1/nn), sqrt((-1 - I)**2), sqrt((sqrt(2) - 3)**2), sqrt((pi*I - 1)**2), ((2+I)**3)**(S(1)/3))',
    'print(cbrt(8), cbrt(x), cbrt(-8), diff(cbrt(x), x), cbrt(x**3), cbrt(2*x, evaluate=False), latex(cbrt(x)))',
]

emit(PRE, PROGRAMS)
