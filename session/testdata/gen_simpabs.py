"""Generate simpabs_golden.jsonl: simplify of expressions holding Abs of
trigonometric and hyperbolic functions of a complex symbol, as the speed
of a parametrised curve has (Matrix([cos(t), sin(t), t]).diff(t).norm()
is sqrt(Abs(sin(t))**2 + Abs(cos(t))**2 + 1)): SymPy's trigsimp works
inside each Abs and leaves Abs(sin(t)) a generator, so these stay or
simplify only outside the Abs; collect_abs joins products of Abs
(Abs(x)*Abs(x + 1) is Abs(x*(x + 1))). dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_simpabs.py > simpabs_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nt, x = symbols('t x')\n"

rng = random.Random(5)
A = ['Abs(sin(t))', 'Abs(cos(t))', 'Abs(sin(2*t))', 'Abs(cosh(t))', 'Abs(sinh(t))', 'Abs(tan(t))',
     'Abs(exp(t))', 'Abs(t)', 'Abs(sin(t) + cos(t))', 'Abs(sin(t)**2 + cos(t)**2)']
T = ['sin(t)', 'cos(t)', 'sin(t)**2', 'cos(t)**2', '1', '2', 't', 'x', 'cosh(t)', 'sinh(t)**2']
C = ['Matrix([cos(t), sin(t), t])', 'Matrix([3*cos(t), 3*sin(t), 4*t])', 'Matrix([t, t**2])',
     'Matrix([exp(t)*cos(t), exp(t)*sin(t)])', 'Matrix([cos(t), sin(t)])', 'Matrix([cosh(t), sinh(t)])',
     'Matrix([t - sin(t), 1 - cos(t)])', 'Matrix([2*cos(t), sin(t)])']


def term():
    k = rng.random()
    if k < 0.5:
        return '%s*%s**%d' % (rng.choice([1, 2, 3, -1]), rng.choice(A), rng.choice([1, 2, 2, 3]))
    if k < 0.8:
        return '%s*%s' % (rng.choice(A), rng.choice(T))
    return rng.choice(T)


progs = []
for c in C:
    progs.append('r = %s\nprint(simplify(r.diff(t).norm()))' % c)
    progs.append('r = %s\nv = r.diff(t)\nprint(simplify(v/v.norm()))' % c)
for _ in range(110):
    n = rng.choice([1, 2, 3])
    e = ' + '.join(term() for _ in range(n))
    k = rng.random()
    if k < 0.3:
        e = 'sqrt(%s)' % e
    elif k < 0.5:
        e = '(%s)/(%s)' % (e, term())
    progs.append('print(simplify(%s))' % e)
# collect_abs on products of Abs of polynomials (before and after the
# other steps)
P = ['x', 't', 'x + 1', 'x**2 - 1', 'x - t', 't**2 + 1', '2*x', 'x*t']
for _ in range(40):
    k = rng.random()
    a, b = rng.choice(P), rng.choice(P)
    if k < 0.4:
        e = 'Abs(%s)*Abs(%s)' % (a, b)
    elif k < 0.7:
        e = 'Abs(%s)/Abs(%s)**%d' % (a, b, rng.choice([1, 2]))
    else:
        e = 'Abs(%s)**%d + Abs(%s)*%s' % (a, rng.choice([2, 3]), b, rng.choice(P))
    progs.append('print(simplify(%s))' % e)
# Abs.eval of a constant over symbols: Abs(n)/Abs(d)
for e in ['1/tan(t)**2', '2/t', 'pi/(t + 1)', 'I/t', 'exp(-t)', 'sqrt(2)/t**2', '1/(sin(t)*cos(t))',
          '2/(3*t)', '-1/t', '1/(x - t)', 't/(x + 1)', '(1 + I)/x']:
    progs.append('print(Abs(%s))' % e)
emit(PRE, progs)
