"""Generate sumconv_golden.jsonl: Sum.is_convergent (and
is_absolutely_convergent) on textbook series
(p-series, geometric series, rational terms, finite sums) and 60 random
terms c*r**n*P(n)**a/Q(n)**b, from SymPy 1.14. dcalc must print the same
or raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_sumconv.py > session/testdata/sumconv_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\nn = symbols('n')\nk = symbols('k', integer=True, positive=True)\n"

programs = [
    "print(Sum(1/k**2, (k, 1, oo)).is_convergent(), Sum(1/k, (k, 1, oo)).is_convergent(), Sum(k/(k**2 + 1), (k, 1, oo)).is_convergent(), Sum(1/sqrt(k), (k, 1, oo)).is_convergent(), Sum(1/k**Rational(6, 5), (k, 1, oo)).is_convergent())",
    "print(Sum(n/(2*n + 1), (n, 1, oo)).is_convergent(), Sum(1/2**n, (n, 0, oo)).is_convergent(), Sum(3**n/4**n, (n, 0, oo)).is_convergent(), Sum(2**n/n**2, (n, 1, oo)).is_convergent(), Sum(n**2/3**n, (n, 1, oo)).is_convergent())",
    "print(Sum(n/(n - 1), (n, 4, 7)).is_convergent(), Sum(1/(n**2 + 3*n + 2), (n, 0, oo)).is_convergent(), Sum(sqrt(n**2 + 1)/n**3, (n, 1, oo)).is_convergent(), Sum((-Rational(1, 2))**n, (n, 0, oo)).is_convergent(), Sum((-2)**n, (n, 0, oo)).is_convergent())",
    "print(Sum(0, (n, 1, oo)).is_convergent(), Sum(5, (n, 1, oo)).is_convergent(), Sum(1/(n*(n + 1)), (n, 1, oo)).is_convergent(), Sum(n**3/(n**5 - 2), (n, 2, oo)).is_convergent(), type(Sum(1/n**2, (n, 1, oo)).is_convergent()).__name__)",
    "print(Sum((-1)**n/n, (n, 1, oo)).is_convergent())",
    "print(Sum(1/(n*log(n)), (n, 2, oo)).is_convergent())",
    "print(x.is_convergent())",
    "m = symbols('m')\nprint(Sum(m/n**2, (n, 1, oo)).is_convergent())",
    "print(Sum((-Rational(1, 2))**n, (n, 0, oo)).is_absolutely_convergent(), Sum(1/n**2, (n, 1, oo)).is_absolutely_convergent(), Sum((-1)**n/n, (n, 1, oo)).is_absolutely_convergent(), Sum(1/Abs(n)**3, (n, 1, oo)).is_convergent())",
    "print(Sum((-1)**n/n**2, (n, 1, oo)).is_absolutely_convergent())",
    "print(x.is_absolutely_convergent())",
]

rnd = random.Random(5)


def poly():
    d = rnd.randint(0, 3)
    return ' + '.join('%d*n**%d' % (rnd.randint(1, 5), i) for i in range(d, -1, -1))


for _ in range(60):
    num, den = poly(), poly()
    e1, e2 = rnd.choice(['1', '2', 'Rational(1, 2)', 'Rational(3, 2)']), rnd.choice(['1', '2', '3', 'Rational(1, 3)'])
    geo = rnd.choice(['', '', '2**n*', 'Rational(1, 3)**n*', '(Rational(2, 3))**(2*n)*', '3**(-n)*', '(-Rational(1, 2))**n*'])
    start = rnd.choice([1, 2, 5])
    programs.append('print(Sum(%s(%s)**%s/(%s)**%s, (n, %d, oo)).is_convergent())' % (geo, num, e1, den, e2, start))

# alternating series: (-1)**(n + a) times a rational function or a power
# of n (the alternating series test, or divergence when the terms do not
# tend to 0)
rnd = random.Random(9)
for _ in range(40):
    sign = rnd.choice(['(-1)**n', '(-1)**(n + 1)', '(-1)**(n - 1)', '2*(-1)**n'])
    kind = rnd.random()
    if kind < 0.4:
        q = '/(%s)' % poly()
    elif kind < 0.7:
        q = '*(%s)/(%s)' % (poly(), poly())
    else:
        q = '/n**%s' % rnd.choice(['Rational(1, 2)', 'Rational(1, 3)', '2', '1', 'Rational(3, 2)'])
    start = rnd.choice([1, 2, 3])
    programs.append('print(Sum(%s%s, (n, %d, oo)).is_convergent())' % (sign, q, start))
programs += ["print(Sum((-1)**k/k, (k, 1, oo)).is_convergent(), Sum((-1)**k/k, (k, 1, oo)).is_absolutely_convergent())",
             "print(Sum((-1)**n*(n + 1)/n, (n, 1, oo)).is_convergent(), Sum((-1)**n, (n, 0, oo)).is_convergent())"]

emit(PRE, programs)
