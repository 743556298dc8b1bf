"""Generate powsimp_golden.jsonl: powsimp with its options (combine
'all'/'exp'/'base', force, deep) on products of powers: symbolic and
rational exponents, bases of unknown, positive and negative sign, integer
and rational bases with a rational coefficient (2**x/4), products raised
to rational powers. Hand-picked programs first, then 200 random products
(seed 7), then simplify of 60 more (seed 8). With SymPy 1.14's stdout. Run with a python3 that has SymPy
1.14:

    cd session/testdata && python3 gen_powsimp.py > powsimp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, a, b, y = symbols('x a b y')\n"
       "p, q = symbols('p q', positive=True)\nn = symbols('n', negative=True)\n"
       "k = symbols('k', integer=True)\n")

PROGRAMS = [
    'print(powsimp(sqrt(x)*sqrt(y)), powsimp(sqrt(x)*sqrt(y), force=True), powsimp(sqrt(p)*sqrt(q)))',
    'print(powsimp(2**x*2**y), powsimp(2**x/4), powsimp(exp(x)*exp(y)*2**x*3**x))',
    'print(powsimp(x*sqrt(x*y)*sqrt(x*sqrt(x*y))), powsimp(16**x), powsimp(2**(2*x)))',
    'print(powsimp(x**a*(-x)**b), powsimp(p**a*q**a), powsimp(sqrt(n)*sqrt(p)), powsimp(sqrt(n)*sqrt(-n)))',
    'print(powsimp(exp(2*(log(x) + log(y)))), powsimp((x**2*p**4)**a), powsimp(x**a*y**a*(x*y)**b, combine="base"))',
    'print(powsimp(x**a*x**b, combine="exp"), powsimp(x**a*y**a, combine="base", force=True), powsimp(sin(x**a*x**b), deep=True))',
    'print(powsimp(x**k*y**k), powsimp((x + 1)**a*(x + 1)**2), powsimp(3**a*S(1)/9), powsimp(S(2)/3**x*3**(2*x)))',
    'print(powsimp((-1)**(k/2)*Rational(2, 3)**k), powsimp(4**(k/2)), powsimp(4**(a/2)*x), powsimp((-1)**(k/2)*2**k))',
]

BASES = ['x', 'y', 'p', 'q', 'n', '2', '3', '4', '8', '(x+1)', '(p+1)', '(x*y)', '(p*q)',
         'exp(x)', '(2*x)', 'E', '(-x)', '(-p)', '(x**2)', '(p**2)', '12', 'S(2)/3']
EXPS = ['a', 'b', '2', '-1', 'S(1)/2', 'S(3)/2', '-S(1)/2', 'x', '2*a', 'a+b', 'a/2',
        'S(1)/3', 'k', 'k/2', '-a', '2*k', '(a+1)', 'S(2)/3']
OPTS = ['', '', ", combine='exp'", ", combine='base'", ', force=True', ', deep=True']

random.seed(7)
for _ in range(200):
    fs = ['(%s)**(%s)' % (random.choice(BASES), random.choice(EXPS)) for _ in range(random.randint(2, 4))]
    if random.random() < 0.3:
        fs.append(random.choice(['3', 'S(1)/4', '16', 'S(2)/9', '-2']))
    PROGRAMS.append('print(powsimp(%s%s))' % ('*'.join(fs), random.choice(OPTS)))

# simplify of the same products (SymPy's steps on products of powers)
random.seed(8)
for _ in range(60):
    fs = ['(%s)**(%s)' % (random.choice(BASES), random.choice(EXPS)) for _ in range(random.randint(2, 4))]
    if random.random() < 0.3:
        fs.append(random.choice(['3', 'S(1)/4', '16', 'S(2)/9', '-2']))
    PROGRAMS.append('print(simplify(%s))' % '*'.join(fs))

emit(PRE, PROGRAMS)
