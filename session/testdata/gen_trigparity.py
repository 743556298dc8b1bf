"""Generate trigparity_golden.jsonl: sin, cos, tan, cot, sec and csc at
multiples of pi with integer, even and odd symbols (SymPy's _pi_coeff and
_peeloff_pi: sin(pi*n) is 0, cos(pi*n) is (-1)**n, sin(x + pi*n) is
(-1)**n*sin(x), exact binary Float coefficients such as 0.5*pi made
Rational), (-1)**n with parity, is_integer of halves, srepr of the
assumptions, and the Fourier-coefficient integrals that produce them.
Random programs from a fixed seed plus hand-picked ones, with SymPy
1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_trigparity.py > trigparity_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y = symbols('x y')\n"
       "n, m, k = symbols('n m k', integer=True)\n"
       "e = Symbol('e', even=True)\no = Symbol('o', odd=True)\nr = Symbol('r', rational=True)\n")

SYMS = ['n', 'm', 'e', 'o', 'x', 'k', 'r']


def piarg(rnd):
    t = []
    for _ in range(rnd.randint(1, 3)):
        c = rnd.choice(['', '2*', '3*', 'S(1)/2*', 'S(3)/2*', '-', 'S(1)/3*', '4*',
                        'S(1)/4*', '0.5*', '1.5*', '2.0*'])
        t.append('%spi*%s' % (c, rnd.choice(SYMS + ['1', '1'])))
    if rnd.random() < 0.5:
        t.append(rnd.choice(['x', 'y', '2*x', 'S(1)/2']))
    return ' + '.join(t)


rnd = random.Random(1206)
PROGRAMS = [
    'print(sin(pi*n), cos(pi*n), tan(pi*n), cot(pi*n), sec(pi*n), csc(pi*n + pi/2))',
    'print(sin(x + pi*n), cos(x - pi*n), tan(x + pi*n), cot(x + pi*n + pi/2), sin(pi*n + 3*pi/4), cos(pi*n + pi/6 + x))',
    'print(sin(pi*(n + S(1)/2)), cos(pi*(2*n + 1)), cos(3*pi*n), sin(3*pi*n/2), cos(pi*n*m), cos(pi*(n + m)/2))',
    'print(cos(pi*e), cos(pi*o), sin(pi*o/2), cos(pi*o/2), sin(pi*e/2), cos(pi*e/2), sin(x + pi*e))',
    'print(sin(0.5*pi), cos(1.5*pi), sin(0.25*pi), cos(2.0*pi), tan(2.5*pi), sin(1.5*pi*n), sin(0.3*pi))',
    'print((-1)**o, (-1)**e, (-1)**(o + 1), (-2)**e, (-1)**(3*e), (e/2).is_integer, (o/2).is_integer, (n/2).is_integer)',
    'print(srepr(e), srepr(o), srepr(r), srepr(n), e.is_integer, r.is_real, solve(r**2 - 2, r), solve(o**2 - 4, o), solve(e**2 - 4, e))',
    'print(integrate(x*sin(n*x), (x, -pi, pi)), integrate(x**2*cos(n*x), (x, -pi, pi)), integrate(sin(n*x)**2, (x, 0, pi)))',
    'print(cos(pi*x), sin(x + pi/2), cos(2*x + 3*pi/2), sin(pi*r), sin(x + pi*r), exp(I*pi*n), cos(pi*n/2 + pi/2))',
]
for _ in range(160):
    p = rnd.random()
    if p < 0.7:
        fn = rnd.choice(['sin', 'cos', 'tan', 'cot', 'sec', 'csc'])
        PROGRAMS.append('print(%s(%s))' % (fn, piarg(rnd)))
    else:
        a, b = rnd.choice([('-pi', 'pi'), ('0', 'pi'), ('0', '2*pi')])
        f = rnd.choice(['x', 'x**2', '1', 'exp(x)', 'x*(pi - x)'])
        PROGRAMS.append('print(integrate(%s*%s(%s*x), (x, %s, %s)))' % (
            f, rnd.choice(['sin', 'cos']), rnd.choice(['n', 'm', 'e', 'o']), a, b))

emit(PRE, PROGRAMS)
