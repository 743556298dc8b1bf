"""Generate gammasimp_golden.jsonl: gammasimp, combsimp and simplify of
products, ratios and sums of gamma, factorial and binomial (the
recurrence, reflection, duplication and multiplication formulas, factor
absorption, binomials formed back from factorials), on symbols with and
without integer assumptions. Random programs from a fixed seed plus
hand-picked ones, with SymPy 1.14's stdout. Run with a python3 that
has SymPy 1.14:

    cd session/testdata && python3 gen_gammasimp.py > gammasimp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y = symbols('x y')\n"
       "n, m, k = symbols('n m k', integer=True, nonnegative=True)\n")

V = ['x', 'y', 'n', 'm']


def arg(rnd):
    v = rnd.choice(V)
    c = rnd.choice(['', '', '2*', '3*', '-'])
    k = rnd.choice(['', ' + 1', ' - 1', ' + S(1)/2', ' - S(1)/2', ' + S(1)/3',
                    ' + S(2)/3', ' + S(5)/2', ' + 2', ' + S(1)/4', ' + S(3)/4'])
    return c + v + k


def product(rnd):
    def atom():
        if rnd.random() < 0.5:
            return 'gamma(%s)' % arg(rnd)
        v = rnd.choice(['n', 'm', 'k'])
        s = rnd.choice(['', ' + 1', ' - 1', ' + 2', ' - 2'])
        if rnd.random() < 0.5:
            return 'factorial(%s%s)' % (v, s)
        return 'binomial(%s%s, %s)' % (v, s, rnd.choice(['k', '2', 'm', 'k + 1']))
    poly = ['x', 'n', '(x + 1)', '(n - 1)', '(2*x + 1)', '2', 'pi', 'y**2']
    num = [atom() for _ in range(rnd.randint(1, 2))] + \
        [rnd.choice(poly) for _ in range(rnd.randint(0, 2))]
    den = [atom() for _ in range(rnd.randint(0, 2))]
    e = '*'.join(num)
    return e + ('/(%s)' % '*'.join(den) if den else '')


def templates(rnd):
    v = rnd.choice(V)
    a = arg(rnd)
    return rnd.choice([
        'gamma(%s)*gamma(%s)' % (arg(rnd), arg(rnd)),
        'gamma(%s)/gamma(%s)' % (arg(rnd), arg(rnd)),
        'gamma(%s)*gamma(1 - (%s))' % (a, a),
        'gamma(%s)*gamma(%d - (%s))' % (a, rnd.choice([2, 3, -1, 0]), a),
        'gamma(2*%s + %d)/gamma(%s%s)' % (v, rnd.randint(-2, 3), v,
                                           rnd.choice(['', ' + 1', ' + S(1)/2', ' - 1'])),
        'gamma(%s)*gamma(%s + S(1)/3)*gamma(%s + S(2)/3)' % (v, v, v),
        'gamma(%s)*gamma(%s + S(1)/2)' % (v, v),
        '(%s**2 + %s)*gamma(%s)/gamma(%s + 2)' % (v, v, v, v),
        'gamma(%s + 1)/gamma(%s) + gamma(%s + 2)/gamma(%s + 1)' % (v, v, v, v),
        '(gamma(%s + 1) + gamma(%s))/gamma(%s)' % (v, v, v),
        'gamma(%s)*exp(%s)/gamma(%s)' % (arg(rnd), v, arg(rnd)),
        'factorial(k)*factorial(%s)/factorial(%s + k)' % (v, v),
        'binomial(%s, k)*binomial(%s - k, m)' % (v, v),
        'gamma(S(%d)/%d)*gamma(S(%d)/%d)' % (rnd.randint(1, 9), rnd.randint(2, 5),
                                             rnd.randint(1, 9), rnd.randint(2, 5)),
        product(rnd),
        product(rnd) + ' + ' + product(rnd),
    ])


rnd = random.Random(20261206)
PROGRAMS = [
    'print(gammasimp(gamma(x + 1)/gamma(x)), combsimp(factorial(n)/factorial(n - 2)), simplify(factorial(n + 1)/factorial(n)))',
    'print(gammasimp(gamma(x)*gamma(1 - x)), gammasimp(gamma(2*x)/gamma(x)), gammasimp(gamma(x)*gamma(x + S(1)/3)*gamma(x + S(2)/3)))',
    'print(combsimp(factorial(n)/(factorial(k)*factorial(n - k))), combsimp(binomial(n + 1, k + 1)/binomial(n, k)), (gamma(x + 3)/gamma(x)).gammasimp(), (factorial(n + 2)/factorial(n)).combsimp())',
    'print(gammasimp(sin(gamma(x + 1)/gamma(x))), gammasimp(gamma(x)*sin(x)/gamma(x + 1)), gammasimp(x), combsimp(2*x))',
    'print(simplify(binomial(n, 2)), simplify(gamma(x + 2)/gamma(x)), simplify(factorial(2*n)/factorial(n)**2))',
    'print(gammasimp(gamma(S(4)/3)), gammasimp(gamma(S(1)/3)*gamma(S(2)/3)), gammasimp(gamma(x + S(1)/2)*gamma(x)))',
]
for _ in range(240):
    fn = rnd.choice(['gammasimp', 'gammasimp', 'combsimp', 'simplify', 'simplify'])
    PROGRAMS.append('print(%s(%s))' % (fn, templates(rnd)))

emit(PRE, PROGRAMS)
