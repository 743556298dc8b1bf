"""Generate polytrigparam_golden.jsonl: integrals of a polynomial times
sin or cos of a*x + b with a symbolic a (the Fourier coefficients of
notebooks: x*sin(n*x) over (-pi, pi)), indefinite and definite, with
plain, integer, real and positive parameters and factors outside:
SymPy's heurisch_wrapper answers Piecewise((parts formula, Ne(s, 0)),
(integral at s = 0, True)), and the definite integral follows
Piecewise._eval_interval. Random programs from a fixed seed, with SymPy
1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_polytrigparam.py > polytrigparam_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx = Symbol('x')\nm = Symbol('m')\n"
       "n, k = symbols('n k', integer=True)\nr = Symbol('r', real=True)\n"
       "p = Symbol('p', positive=True)\na = Symbol('a')\nL = Symbol('L', positive=True)\n")

POLYS = ['x', 'x**2', '(x + 1)', 'x**3', '(x**2 - x)', '(2*x + 1)**2', 'x*(pi - x)', 'x/2',
         '3', '(1 - x**2)', 'Abs(x)']
LIMITS = [None, None, ('0', '1'), ('0', 'pi'), ('-pi', 'pi'), ('0', '2*pi'), ('-1', '1'), ('0', 'L')]

rnd = random.Random(11)
seen = set()
PROGRAMS = []
while len(PROGRAMS) < 160:
    v = rnd.choice(['m', 'n', 'r', 'p', 'k', 'm', 'n'])
    q = rnd.choice(['', '2*', 'S(1)/2*', '3*', '-', 'pi*'])
    f = '%s%s*%s(%s%s*x%s)' % (rnd.choice(['', '', '2*', 'a*', '-']), rnd.choice(POLYS),
                              rnd.choice(['sin', 'cos']), q, v, rnd.choice(['', '', ' + 1', ' + pi/4']))
    lim = rnd.choice(LIMITS)
    if lim:
        prog = 'print(integrate(%s, (x, %s, %s)))' % (f, lim[0], lim[1])
    else:
        prog = 'print(integrate(%s, x))' % f
    if prog not in seen:
        seen.add(prog)
        PROGRAMS.append(prog)

emit(PRE, PROGRAMS)
