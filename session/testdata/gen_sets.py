"""Generate sets_golden.jsonl: solveset and linsolve and the sets they
return (FiniteSet, EmptySet, Reals, Complexes) with their printers, from
SymPy 1.14. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_sets.py > session/testdata/sets_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a, b, c, d = symbols('x y z a b c d')\n"

HAND = [
    'solveset(x**2 - 1, x)', 'solveset(x**2 + 1, x)', 'solveset(x**2 + 1, x, S.Reals)', 'solveset(x**3 - 1, x)',
    'solveset(x**2 - 2*x + 1, x)', 'solveset(Eq(x**2, 4), x)', 'solveset(x**4 - 1, x, domain=S.Reals)',
    'solveset((x-1)/(x+1), x)', 'solveset((x**2-1)/(x-1), x)', 'solveset(x**3 - 2, x)', 'solveset(x - x, x)',
    'solveset(2, x)', 'solveset(x**2 - 2, x, S.Reals)', 'solveset(1/x, x)', 'solveset(x**2-3*x+1)',
    'pretty(solveset(x**2-1,x))', 'latex(solveset(x**2-2,x))', 'pretty(S.EmptySet)', 'latex(S.Reals)',
    'list(solveset(x**2-1,x))', 'FiniteSet(3, 1, 2)', 'solveset(x**2 + x + 1, x, S.Reals)', 'linsolve([x + 1], x)',
    'linsolve([a*x + y - 1, x - y], [x, y])', 'linsolve([x - a*y, y - b*z], x, y, z)', 'linsolve([x + y - 2, x - y], x, y)',
    'linsolve([x + y - 1, x + y - 2], x, y)', 'linsolve([x + y + z - 1, x - y], (x, y, z))', 'len(solveset(x**2-1, x))',
    '1 in solveset(x**2-1, x)', 'solveset(x**2-1, x) == FiniteSet(-1, 1)', 'pretty(solveset(x**2-x-1, x))',
    'pretty(linsolve([a*x + b*y - 1, c*x + d*y], [x, y]))', 'latex(linsolve([a*x + b*y - 1, c*x + d*y], [x, y]))',
    'S.Reals', 'EmptySet', 'solveset(x**2 - 4, x).args', 'solveset(exp(x) - 1, x)', 'solveset(x**3 - 3*x + 1, x)',
    'solveset(x*y - 1, x)', 'pretty(S.Reals, use_unicode=False)', 'pretty(S.Complexes, use_unicode=False)',
    'sorted(solveset(x**3 - x, x))', '[r for r in solveset(x**2 - 5*x + 6, x)]', 'solveset(x**6 - 1, x)',
    'solveset(x**4 + 4, x, S.Reals)', 'linsolve([Eq(x + y, 3), Eq(x - y, 1)], [x, y])', 'linsolve([x + 2*y + 3*z - 6, 2*x + 5*y + 2*z - 4, 6*x - 3*y + z - 2], x, y, z)',
    'solveset(diff(x**3 - 3*x, x), x)', 'solveset(diff(x**3 - 3*x, x), x, Reals)',
]


def _random():
    rnd = random.Random(31)
    out = []
    for trial in range(40):
        fs = []
        for _ in range(rnd.randint(1, 3)):
            d = rnd.choice([1, 1, 2, 2])
            fs.append('(' + ' + '.join('%d*x**%d' % (rnd.randint(-4, 4), i) for i in range(d + 1)) + ')**%d' % rnd.choice([1, 1, 2]))
        dom = ', S.Reals' if trial % 2 else ''
        out.append('solveset(expand(%s), x%s)' % ('*'.join(fs), dom))
    return out


emit(PRE, ['print(repr(' + line + '))' for line in HAND + _random()])
