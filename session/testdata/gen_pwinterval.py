"""Generate pwinterval_golden.jsonl: definite integrals whose
antiderivative is a Piecewise in a parameter (sin(m*x) over (0, pi),
x**m over (1, 2), ...): SymPy's Integral.doit folds the Piecewise terms
and evaluates them by Piecewise._eval_interval, the condition Ne(m, 0)
reduced by reduce_inequalities ((m > -oo) & (m < oo) & Ne(m, 0) for a
symbol not known to be real). Random programs from a fixed seed, with
SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_pwinterval.py > pwinterval_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx = Symbol('x')\nm = Symbol('m')\n"
       "n, k = symbols('n k', integer=True)\nr = Symbol('r', real=True)\n"
       "p = Symbol('p', positive=True)\na = Symbol('a', positive=True)\n")

FS = ['sin({v}*x)', 'cos({v}*x)', 'exp({v}*x)', 'x**{v}', 'x*sin({v}*x)', 'x*exp({v}*x)',
      'exp(-{v}*x)', 'sin({v}*x)**2', '1/(x + {v})', 'x**2*cos({v}*x)', 'sinh({v}*x)',
      'exp({v}*x)*sin(x)']
LIMITS = [('0', '1'), ('0', 'pi'), ('-pi', 'pi'), ('1', '2'), ('0', 'oo'), ('0', 'a'),
          ('1', 'E'), ('0', '2*pi')]

rnd = random.Random(7)
seen = set()
PROGRAMS = []
while len(PROGRAMS) < 100:
    v = rnd.choice(['m', 'n', 'r', 'p', 'k'])
    f = rnd.choice(FS).format(v=v)
    lo, hi = rnd.choice(LIMITS)
    prog = 'print(integrate(%s, (x, %s, %s)))' % (f, lo, hi)
    if prog not in seen:
        seen.add(prog)
        PROGRAMS.append(prog)

emit(PRE, PROGRAMS)
