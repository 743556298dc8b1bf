"""Generate lagrange_golden.jsonl: Lagrangian mechanics as physics
notebooks write it: kinetic energies of pendulums, carts and rotors in
functions of t simplified (theta(t) and its derivatives are atoms to
simplify, as symbols are), Euler-Lagrange equations by hand and by
euler_equations, and solve for a second derivative (SymPy solves for a
Dummy in its place). Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_lagrange.py > lagrange_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = """from sympy import *
t, x = symbols('t x')
m, g, l, k, M, R = symbols('m g l k M R', positive=True)
th = Function('theta')(t); ph = Function('phi')(t); r = Function('r')(t); X = Function('x')(t)
q1 = Function('q1')(t); q2 = Function('q2')(t); u = Function('u')(t, x); f = Function('f')(x)
def KE(*cs):
    return Rational(1, 2)*m*sum(diff(c, t)**2 for c in cs)
"""

PROGRAMS = [
    'print(simplify(KE(l*sin(th), -l*cos(th))))',
    'print(simplify(KE(r*cos(th), r*sin(th))))',
    'print(simplify(KE(R*sin(th)*cos(ph), R*sin(th)*sin(ph), R*cos(th))))',
    'print(simplify(KE(X + l*sin(th), -l*cos(th))))',
    'print(simplify(KE(l*sin(th) + l*sin(ph), -l*cos(th) - l*cos(ph))))',
    'L = KE(l*sin(th), -l*cos(th)) + m*g*l*cos(th)\nEL = diff(diff(L, diff(th, t)), t) - diff(L, th)\nprint(simplify(EL), solve(EL, diff(th, t, 2)))',
    'print(simplify(sin(th)**2*diff(th, t) + cos(th)**2*diff(th, t)), trigsimp(cos(th)**2 - sin(th)**2))',
    'print(simplify(diff(sin(th)*cos(th), t)))',
    'print(simplify(cosh(r)**2 - sinh(r)**2), simplify(diff(tan(th), t)))',
    'print(euler_equations(m*diff(q1, t)**2/2 + m*diff(q2, t)**2/2 - k*(q1 - q2)**2/2, [q1, q2], t))',
    'print(euler_equations(diff(u, t)**2 - diff(u, x)**2, u, [t, x]))',
    'print(euler_equations(sqrt(1 + diff(f, x)**2), f, x))',
    'print(euler_equations(diff(f, x, 2)**2 + f**2, f, x))',
    'print(euler_equations(q1**2, x, t))',
    'print(euler_equations(q1**2, q1, x))',
    'print(euler_equations(t**2, q1, t))',
    'L2 = Rational(1, 2)*m*diff(q1, t)**2 - Rational(1, 2)*k*q1**2\nprint(euler_equations(L2, q1, t))\nH = diff(L2, diff(q1, t))*diff(q1, t) - L2\nprint(simplify(H))',
    'print(solve(diff(q1, t, 2) + k*q1/m, diff(q1, t, 2)), solve(q1**2 - 4, q1), solve(diff(q1, t) - q1, diff(q1, t), dict=True))',
    'x1 = l*sin(th)\ny1 = -l*cos(th)\nT = Rational(1, 2)*m*(diff(x1, t)**2 + diff(y1, t)**2)\nprint(simplify(T), simplify(diff(T, diff(th, t))))',
]

emit(PRE, PROGRAMS)
