"""Generate trigint_golden.jsonl: integrals of sin(a*x)**n*cos(a*x)**m
(SymPy's trigintegrate: odd powers by substitution, even powers by the
reduction formulas, Piecewise with Ne(a, 0) when a may be zero), with
numeric, positive and unrestricted a, times constants and in sums, with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_trigint.py > trigint_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, t, a = symbols('x t a')\nw = symbols('w', positive=True)\n"


def _programs():
    progs = []
    for arg in ['x', '2*x', 'x/2', 'w*t', 'a*x']:
        var = 't' if 't' in arg else 'x'
        for n in range(0, 5):
            for m in range(0, 5):
                if n + m == 0 or (n + m > 5 and arg not in ('x', 'w*t')):
                    continue
                fs = []
                if n:
                    fs.append('sin(%s)**%d' % (arg, n))
                if m:
                    fs.append('cos(%s)**%d' % (arg, m))
                progs.append('print(integrate(%s, %s))' % ('*'.join(fs), var))
    progs += [
        'print(integrate(3*sin(x)**2, x))', 'print(integrate(sin(x)**2/2, x))',
        'print(integrate(w*cos(w*t)**2, t))', 'print(integrate(sin(x)**2 + cos(x)**2, x))',
        'print(integrate(sin(x)**2 + x, x))', 'print(integrate(sin(2*x)**2 + exp(x), x))',
        'print(integrate(sin(x)**6, x))', 'print(integrate(sin(x)**2*cos(x)**4, x))',
        'print(integrate(cos(x)**5*sin(x)**3, x))', 'print(integrate(sin(x)**2, (x, 0, pi)))',
        'print(integrate(sin(w*t)**2, (t, 0, 2*pi/w)))', 'print(integrate(cos(x)**4, (x, 0, pi/2)))',
        # rewrite('sincos') and negative odd powers
        'print(integrate(tan(x)*sec(x)**2, x))', 'print(integrate(tan(x), x))', 'print(integrate(tan(2*x)**3, x))',
        'print(integrate(sin(x)/cos(x)**2, x))', 'print(integrate(cos(x)**3/sin(x)**2, x))',
        'print(integrate(sec(x)**3*tan(x), x))', 'print(integrate(cot(x), x))', 'print(integrate(csc(x)**2*cot(x), x))',
        'print(integrate(sin(x)**3/cos(x)**4, x))', 'print(integrate(1/(sin(x)*cos(x)), x))',
        'print(integrate(sin(w*t)/cos(w*t)**3, t))', 'print(integrate(sec(x)**2, x))', 'print(integrate(tan(x)**2, x))',
    ]
    return progs


emit(PRE, _programs())
