"""Generate suminf_golden.jsonl: infinite sums as calculus courses pose
them: rational summands with rational poles (telescoping simple poles,
zeta values less the first terms at double poles, a lone pole at a
half-integer: pi/4, Catalan, pi**2/8), the same times (-1)**n (log(2),
pi**2/12, 7*pi**4/720), and polynomials times a rational
ratio r**n with |r| < 1. SymPy's answers are numbers, so any exact path
prints them alike. The random programs come from a fixed seed. Run with
a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_suminf.py > suminf_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nn = Symbol('n')\n"

HAND = [
    '(-1)**(n + 1)/n', '(-1)**n/n', '(-1)**(n + 1)/n**2', '(-1)**(n + 1)/n**3', '(-1)**(n + 1)/n**4',
    '(-1)**n/(2*n + 1)', '1/factorial(n)', '1/(n*(n + 1))', '1/(n**2 - 1)', '1/(4*n**2 - 1)',
    '(-1)**n/(2*n + 1)**2', '1/(2*n - 1)**2', 'n/2**n', '2**(-n)', '3/4**n', 'n**2/3**n',
    '(-1)**n/(2*n - 1)', '(-1)**(n + 1)/(2*n - 1)', '4*(-1)**n/(2*n + 1)', '(-1)**n/(2*n + 1)**3',
    '(2*n + 1)**(-2)', '1/(2*n - 1)**4', '(-1)**n/(n + Rational(1, 2))', '(2*n + 1)**(-3)',
    '(-1)**n/(2*n + 5)**2', '3/(2*n + 1)**2',
]
STARTS = {'1/(n**2 - 1)': 2, '(-1)**n/(2*n + 1)': 0, '1/factorial(n)': 0, '2**(-n)': 0,
          '(-1)**n/(2*n + 1)**2': 0, '4*(-1)**n/(2*n + 1)': 0, '(-1)**n/(2*n + 1)**3': 0,
          '(2*n + 1)**(-2)': 2, '(-1)**n/(n + Rational(1, 2))': 0, '(2*n + 1)**(-3)': 0,
          '3/(2*n + 1)**2': 3}


def random_programs(N):
    rnd = random.Random(13)
    lin = ['n', 'n + 1', 'n + 2', 'n + 3', 'n - 1', '2*n + 1', '2*n - 1', 'n + 5', '3*n + 1', '2*n']
    nums = ['1', '2', 'n', '3', 'n + 1', '2*n - 1', '-1', '5']
    out, res = set(), []
    for _ in range(100000):
        if len(res) >= N:
            break
        kind = rnd.choice(['rat', 'rat', 'alt', 'geo'])
        if kind in ('rat', 'alt'):
            k = rnd.choice([2, 2, 3])
            den = '*'.join(f'({rnd.choice(lin)})' + rnd.choice(['', '', '**2']) for _ in range(k))
            e = f'({rnd.choice(nums)})/({den})'
            if kind == 'alt':
                e = rnd.choice(['(-1)**n', '(-1)**(n + 1)']) + '*' + e
        else:
            e = f'({rnd.choice(["1", "n", "n**2", "n + 1", "2*n - 3", "n**3"])})*({rnd.choice(["1/2", "2/3", "-1/3", "3/4", "1/5"])})**n'
            for fr, rat in [('(1/2)', 'Rational(1, 2)'), ('(2/3)', 'Rational(2, 3)'), ('(-1/3)', 'Rational(-1, 3)'),
                            ('(3/4)', 'Rational(3, 4)'), ('(1/5)', 'Rational(1, 5)')]:
                e = e.replace(fr, rat)
        a = rnd.choice(['1', '2', '3', '0', '5'])
        p = f'print(summation({e}, (n, {a}, oo)))'
        if p not in out:
            out.add(p)
            res.append(p)
    return res


PROGRAMS = [f'print(summation({e}, (n, {STARTS.get(e, 1)}, oo)))' for e in HAND] + random_programs(200)

emit(PRE, PROGRAMS)
