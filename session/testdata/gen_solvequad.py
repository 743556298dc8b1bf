"""Generate solvequad_golden.jsonl: solve of linear, two-term and full
quadratic equations and simple rational equations in x whose
coefficients are symbolic (a, b, a positive p, sin(a), exp(b)): SymPy's
solve_linear simplifies its solution, roots_quadratic factors -c/a (or
-b/a) over a composite domain and takes even powers out of the square
root, and solve simplifies each of at most two roots. The programs come
from a fixed seed. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvequad.py > solvequad_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\np = Symbol('p', positive=True)\n"


def programs(n, seed=11):
    rnd = random.Random(seed)
    co = ['a', 'b', '2*a', 'a + 1', 'a*b', '-a', 'a**2', 'a - b', 'p', '1 - a', 'sin(a)',
          'exp(b)', '3', '-2', 'a**2 - 1', '1/a']
    forms = ['({A})*x**2 + ({B})*x + ({C})', '({A})*x**2 + ({C})', '({A})*x**2 + ({B})*x',
             'x**2 - ({C})', '({A})*x**2 - ({C})']
    seen, out = set(), []
    for _ in range(100000):
        if len(out) >= n:
            break
        k = rnd.choice([1, 2, 2, 2, 3])
        if k == 1:
            e = f'({rnd.choice(co)})*x + {rnd.choice(co)}'
        elif k == 2:
            e = rnd.choice(forms).format(A=rnd.choice(co), B=rnd.choice(co), C=rnd.choice(co))
        else:
            e = f'({rnd.choice(co)})/(x + {rnd.choice(co)}) - ({rnd.choice(co)})'
        if e not in seen:
            seen.add(e)
            out.append(f'print(solve({e}, x))')
    return out


emit(PRE, programs(250))
