"""Generate dsolve1st_golden.jsonl: dsolve on first-order linear
equations with variable coefficients (a*f' + b*f = c with a, b, c
functions of x: mixing tanks, integrating factors), exact equations
P + Q*f' = 0 built from a potential, and Euler equations with a
right-hand side (x**2*f'' + a*x*f' + b*f = g), each in the forms a
notebook writes them, with and without initial conditions. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_dsolve1st.py > dsolve1st_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, t = symbols('x t')\n"
       "a, k, V, r = symbols('a k V r', positive=True)\n"
       "f, y, Q = symbols('f y Q', cls=Function)\n")

random.seed(20261206)

cases = [
    "dsolve(f(x).diff(x) + f(x)/x - 1, f(x))", "dsolve(f(x).diff(x) + 2*x*f(x) - exp(-x**2), f(x))",
    "dsolve(x*f(x).diff(x) + 2*f(x) - x**2, f(x))", "dsolve(f(x).diff(x) + f(x)/(1 + x) - 1, f(x))",
    "dsolve(Eq(Q(t).diff(t), 3 - 2*Q(t)/(100 + t)), Q(t))", "dsolve(Eq(Q(t).diff(t), 2 - 3*Q(t)/(100 + t)), Q(t), ics={Q(0): 50})",
    "dsolve(f(x).diff(x) - 2*f(x)/x - x**2*cos(x), f(x))", "dsolve(f(x).diff(x) + f(x) - 1/x, f(x))",
    "dsolve(Eq(x*f(x).diff(x) + f(x), x**3), f(x), ics={f(1): 2})", "dsolve(f(x).diff(x) + 2*x*f(x) - x, f(x))",
    "dsolve(x**2*f(x).diff(x, 2) + x*f(x).diff(x) - f(x) - x**2, f(x))", "dsolve(x**2*f(x).diff(x, 2) - 2*x*f(x).diff(x) + 2*f(x) - x**3, f(x))",
    "dsolve(x**2*f(x).diff(x, 2) - 2*x*f(x).diff(x) + 2*f(x) - log(x), f(x))", "dsolve(f(x).diff(x) + 2*f(x)/x - log(x), f(x))",
    "dsolve(x**2*f(x).diff(x, 2) + x*f(x).diff(x) + f(x) - x, f(x))", "dsolve(2*x*f(x) + (x**2 + 1)*f(x).diff(x), f(x))",
    "dsolve(2*x*f(x) + 3 + (x**2 - 1)*f(x).diff(x), f(x))", "dsolve(cos(f(x)) - x*sin(f(x))*f(x).diff(x), f(x))",
    "dsolve(y(t).diff(t) + y(t)/t - t, y(t))", "dsolve(Eq(y(t).diff(t), -y(t)/(t + 1) + 1), y(t), ics={y(0): 0})",
    "dsolve(V*Q(t).diff(t) + r*Q(t) - r*a, Q(t))", "dsolve(f(x).diff(x) + f(x)*cos(x) - sin(2*x), f(x))",
    "dsolve(f(x).diff(x) + f(x)*tan(x) - sin(x), f(x))", "dsolve(x*f(x).diff(x) - 3*f(x) - x**4*exp(x), f(x))",
    "dsolve((1 + x**2)*f(x).diff(x) + 2*x*f(x) - 4*x**2, f(x))", "dsolve(f(x).diff(x) - f(x)/x - x*exp(x), f(x))",
]

P_COEF = ['1/x', '2/x', '-1/x', '3/x', '2*x', '-2*x', '1/(x + 1)', '2/(x + 1)', '3/(x + 100)', 'x',
          'x**2', '1/(2*x)', '-2/x', 'cos(x)', '1', '2', '1/(x - 1)', 'x/(x**2 + 1)', '2*x/(x**2 + 1)', '-3/x']
Q_RHS = ['1', 'x', 'x**2', 'x**3', 'exp(x)', 'exp(-x)', 'sin(x)', 'cos(x)', 'log(x)', '1/x', 'x*exp(x)',
         '2', 'x + 1', 'exp(-x**2)', '3*x', 'x**4', 'sqrt(x)', '1/x**2', 'exp(2*x)', '5']


def random_linear():
    p, q = random.choice(P_COEF), random.choice(Q_RHS)
    form = random.random()
    if form < 0.4:
        s = 'f(x).diff(x) + (%s)*f(x) - (%s)' % (p, q)
    elif form < 0.7:
        s = 'Eq(f(x).diff(x), (%s) - (%s)*f(x))' % (q, p)
    elif form < 0.85:
        s = 'Eq(f(x).diff(x) + (%s)*f(x), %s)' % (p, q)
    else:
        lead = random.choice(['x', 'x**2', '(x + 1)', '2'])
        s = '%s*f(x).diff(x) + %s*(%s)*f(x) - %s*(%s)' % (lead, lead, p, lead, q)
    call = 'dsolve(%s, f(x))' % s
    if random.random() < 0.2:
        call = 'dsolve(%s, f(x), ics={f(1): %d})' % (s, random.choice([0, 1, 2]))
    return call


POT = ['x**2*f(x)', 'x*f(x)**2', 'x*exp(f(x))', 'sin(x)*f(x)', 'x**3 + f(x)**3', 'x*f(x) + f(x)**2',
       'exp(x)*f(x)', 'x**2 + x*f(x)', 'f(x)*log(x)', 'x*sin(f(x))', 'x**2*f(x)**2', 'exp(x*f(x))']


def random_exact():
    F = sympy.sympify(random.choice(POT), locals={'f': sympy.Function('f')})
    xs = sympy.Symbol('x')
    fx = sympy.Function('f')(xs)
    P = sympy.diff(F, xs)
    y = sympy.Symbol('yy')
    Qc = sympy.diff(F.subs(fx, y), y).subs(y, fx)
    return 'dsolve(%s + (%s)*f(x).diff(x), f(x))' % (P, Qc)


def random_euler_rhs():
    n = random.choice([1, 2, 2])
    a, b = random.choice([0, 1, -1, 2, -2, 3, -3]), random.choice([0, 1, -1, 2, -2, -6, 4])
    g = random.choice(['x', 'x**2', 'x**3', 'log(x)', '1', 'x*log(x)', '1/x', 'x**4', 'sin(log(x))', '5'])
    if n == 1:
        s = 'x*f(x).diff(x) + (%s)*f(x) - (%s)' % (b, g)
    else:
        s = 'x**2*f(x).diff(x, 2) + (%s)*x*f(x).diff(x) + (%s)*f(x) - (%s)' % (a, b, g)
    return 'dsolve(%s, f(x))' % s


PROGRAMS = ['print(%s)' % c for c in cases]
for _ in range(200):
    PROGRAMS.append('print(%s)' % random_linear())
for _ in range(60):
    PROGRAMS.append('print(%s)' % random_exact())
for _ in range(100):
    PROGRAMS.append('print(%s)' % random_euler_rhs())

emit(PRE, PROGRAMS)
