"""Generate dsolve_golden.jsonl: dsolve on the ordinary differential
equations a calculus or physics notebook meets first (growth and decay,
Newton's cooling, a mass on a spring with and without damping, an RLC
circuit, free fall, forced oscillation with resonance), with initial
conditions, with the function given or inferred; random linear equations
with constant coefficients of order one to four whose characteristic
polynomials have rational, quadratic-irrational, complex and repeated
roots, homogeneous or with a right-hand side for undetermined
coefficients; f^(n)(x) = g(x); random ones with symbolic coefficients; and
terms_gcd, which dsolve's clean-up of the constants uses. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_dsolve.py > dsolve_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nt, x = symbols('t x')\n"
       "k, m, c, a, b, g, L, R, w, omega = symbols('k m c a b g L R w omega')\n"
       "kp, mp, wp, cp = symbols('kp mp wp cp', positive=True)\n"
       "y, f, T, q = symbols('y f T q', cls=Function)\n")

s = sympy.Symbol('s')
random.seed(20261206)

cases = [
 "dsolve(Eq(y(t).diff(t), k*y(t)), y(t))", "dsolve(Eq(T(t).diff(t), -k*(T(t) - a)), T(t))", "dsolve(m*y(t).diff(t, 2) + k*y(t), y(t))",
 "dsolve(y(t).diff(t, 2) + omega**2*y(t), y(t))", "dsolve(y(t).diff(t, 2) + wp**2*y(t), y(t))", "dsolve(mp*y(t).diff(t, 2) + kp*y(t), y(t))",
 "dsolve(m*y(t).diff(t, 2) + c*y(t).diff(t) + k*y(t), y(t))", "dsolve(L*q(t).diff(t, 2) + R*q(t).diff(t) + q(t)/c, q(t))",
 "dsolve(y(t).diff(t) - k*y(t), y(t), ics={y(0): a})", "dsolve(y(t).diff(t, 2) + wp**2*y(t), y(t), ics={y(0): a, y(t).diff(t).subs(t, 0): 0})",
 "dsolve(y(t).diff(t, 2) + omega**2*y(t), y(t), ics={y(0): 1, y(t).diff(t).subs(t, 0): 0})", "dsolve(y(t).diff(t, 2) + 4*y(t), y(t), ics={y(0): a, y(t).diff(t).subs(t, 0): b})",
 "dsolve(y(t).diff(t) + y(t)/k, y(t))", "dsolve(Eq(y(t).diff(t), -g), y(t))", "dsolve(Eq(y(t).diff(t, 2), -g), y(t))", "dsolve(Eq(y(t).diff(t, 2), -g), y(t), ics={y(0): a, y(t).diff(t).subs(t, 0): b})",
 "dsolve(y(t).diff(t, 2) + 2*b*y(t).diff(t) + wp**2*y(t), y(t))", "dsolve(f(x).diff(x, 2) + f(x) - sin(2*x), f(x))", "dsolve(f(x).diff(x, 2) + f(x) - cos(x), f(x))",
 "dsolve(f(x).diff(x, 2) + wp**2*f(x) - cos(x), f(x))", "dsolve(f(x).diff(x, 2) + f(x) - sin(x), f(x))", "dsolve(f(x).diff(x,2) - k**2*f(x), f(x))",
 "dsolve(f(x).diff(x) - a*f(x) - b, f(x))", "dsolve(f(x).diff(x) + a*f(x) - exp(x), f(x))", "dsolve(f(x).diff(x) + kp*f(x) - 1, f(x), ics={f(0): 0})",
 "dsolve(f(x).diff(x) - f(x))", "dsolve(Derivative(f(x), x, 2) + f(x))", "dsolve(diff(f(x), x) - 2*x)", "dsolve(f(x).diff(x) - f(x), f(x), ics={f(1): 2})",
 "dsolve(f(x).diff(x, 3) - f(x).diff(x), f(x))", "dsolve(f(x).diff(x, 4) - f(x), f(x))", "dsolve(f(x).diff(x, 4) + f(x), f(x))", "dsolve(f(x).diff(x, 4) - 2*f(x).diff(x, 2) + f(x), f(x))",
 "dsolve(f(x).diff(x, 2) - 2*f(x).diff(x) + f(x) - exp(x), f(x))", "dsolve(f(x).diff(x, 2) + 4*f(x) - x*cos(2*x), f(x))", "dsolve(f(x).diff(x, 3) - f(x).diff(x, 2) - x, f(x))",
 "dsolve(f(x).diff(x) - f(x)**2, f(x))", "dsolve(f(x).diff(x) - x*f(x), f(x))", "dsolve(x*f(x).diff(x) - f(x), f(x))", "dsolve(f(x).diff(x, 2) - x*f(x), f(x))",
 "dsolve(f(x).diff(x) - 1/x, f(x))", "dsolve(f(x).diff(x) - x*exp(x), f(x))", "dsolve(f(x).diff(x) - tan(x), f(x))", "dsolve(f(x).diff(x,2) - cosh(x), f(x))",
 "dsolve(f(x).diff(x) - f(x) - sinh(x), f(x))", "dsolve(f(x).diff(x, 2) - f(x) - cosh(x), f(x))", "dsolve(f(x).diff(x) + 2*f(x) - 2**x, f(x))",
 "dsolve(Eq(f(x).diff(x), 3*f(x)), f(x), ics={f(0): 5})", "dsolve(f(x).diff(x,2) + 9*f(x), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 3})",
 "dsolve(f(x).diff(x,2) - f(x), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 0})", "dsolve(f(x).diff(x,2) + 2*f(x).diff(x) + f(x), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 0})",
 "dsolve(f(x).diff(x, 2) + f(x), f(x), ics={f(0): 0, f(pi/2): 1})", "dsolve(f(x).diff(x, 2) + f(x), f(x), ics={f(0): 0, f(pi): 1})",
 "dsolve(f(x).diff(x, 3), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 2, f(x).diff(x, 2).subs(x, 0): 3})", "dsolve(f(x).diff(x, 2) + f(x), f(x), ics={f(0): 1})",
 "dsolve(f(x).diff(x) - f(x), f(x), hint='separable')", "dsolve(f(x).diff(x) - f(x), f(x), simplify=False)", "dsolve([f(x).diff(x) - g(x), g(x).diff(x) + f(x)], [f(x), g(x)])",
 "dsolve(f(x).diff(x, 2) + 3*f(x).diff(x) + 2*f(x) - exp(-x), f(x))", "dsolve(f(x).diff(x, 2) + f(x).diff(x) - 2*f(x) - 4*x**2, f(x))", "dsolve(f(x).diff(x, 2) + 9*f(x) - 5*cos(2*x), f(x))",
 "dsolve(f(x).diff(x,2) - 4*f(x).diff(x) + 4*f(x) - x*exp(2*x), f(x))", "dsolve(f(x).diff(x, 2) + f(x) - x*sin(x), f(x))", "dsolve(f(x).diff(x, 2) - 3*f(x).diff(x) - 4*f(x) - 3*exp(2*x), f(x))",
 "dsolve(f(x).diff(x, 2) + 2*f(x).diff(x) + 2*f(x) - exp(-x)*sin(x), f(x))", "dsolve(f(x).diff(x, 2) - f(x) - exp(x) - exp(-x), f(x))",
]
PROGRAMS = ['print(%s)' % c for c in cases]

PROGRAMS += [
    'print(terms_gcd(x**3*a + x*a**3))',
    'print(terms_gcd(x**2/2 + x/3, clear=False), terms_gcd(x**2/2 + x/3))',
    'print(terms_gcd(c*exp(x) + b*exp(2*x)), terms_gcd(c*exp(-x) + b*exp(x)))',
    'print(terms_gcd(x/34 + Rational(6, 289), clear=False), terms_gcd(x/13 + Rational(6, 169), clear=False))',
    'print(terms_gcd((a + b)*x + (a + b)*x**2), terms_gcd(2*x + 4*x**2, clear=False), terms_gcd(6*a*x + 9*a))',
    'print(terms_gcd(Eq(f(x), c*exp(-x) + b*exp(-2*x)), clear=False, deep=True, expand=False))',
    'print(terms_gcd(x*(a*x + a), deep=True), terms_gcd(sin(x*a + x*b), deep=True), terms_gcd(3))',
]

PROGRAMS += [
    'eq = f(x).diff(x, 2) + f(x)\nprint(checkodesol(eq, dsolve(eq)), checkodesol(eq, dsolve(eq).rhs), checkodesol(eq, dsolve(eq), f(x)))',
    'eq = f(x).diff(x, 2) + f(x)\nprint(checkodesol(eq, [dsolve(eq), Eq(f(x), cos(x))]))',
    'print(checkodesol(Eq(f(x).diff(x), f(x)), Eq(f(x), 3*exp(x))), checkodesol(Eq(y(t).diff(t), -k*y(t)), Eq(y(t), a*exp(-k*t))))',
    'eq = m*y(t).diff(t, 2) + c*y(t).diff(t) + k*y(t)\nprint(checkodesol(eq, dsolve(eq, y(t))))',
    'eq = f(x).diff(x, 2) - 2*f(x).diff(x) + f(x) - exp(x)\nprint(checkodesol(eq, dsolve(eq)))',
    'print(checkodesol(f(x).diff(x) - f(x)**2, Eq(f(x), -1/(a + x))))',
    'print(checkodesol(f(x).diff(x, 3) - f(x), Eq(f(x), exp(x) + exp(-x/2)*cos(sqrt(3)*x/2))))',
]

RHS = ['0', '0', '0', '0', 'x', 'x**2', '1', '3', 'exp(x)', 'exp(2*x)', 'exp(-x)', 'sin(x)',
       'cos(x)', 'sin(2*x)', 'x*exp(x)', 'exp(x)*sin(x)', 'x + 1', 'cos(3*x)', 'exp(-x)*cos(2*x)',
       'x**3', '2*exp(3*x)', 'x*sin(x)', '5*exp(-2*x)', 'x*exp(-x)', 'exp(x) + x']


def roots_pick():
    n = random.choice([1, 1, 2, 2, 2, 2, 2, 3, 3, 4])
    rs = []
    while len(rs) < n:
        r = random.random()
        if r < 0.45 or n - len(rs) < 2:
            rs.append(random.choice([0, 1, -1, 2, -2, 3, -3, sympy.Rational(1, 2), sympy.Rational(-1, 2),
                                     sympy.Rational(-3, 2), 4, -4, -5]))
        elif r < 0.8:
            re = random.choice([0, 0, 1, -1, 2, -2, sympy.Rational(1, 2), sympy.Rational(-1, 2)])
            im = random.choice([1, 2, 3, sympy.Rational(1, 2), sympy.Rational(3, 2), sympy.sqrt(2),
                                sympy.sqrt(3), sympy.sqrt(3)/2])
            rs += [re + im*sympy.I, re - im*sympy.I]
        elif r < 0.9:
            re = random.choice([0, 1, -1, 2, -2])
            d = random.choice([sympy.sqrt(2), sympy.sqrt(3), sympy.sqrt(5), 2*sympy.sqrt(2)])
            rs += [re + d, re - d]
        else:
            v = random.choice([0, 1, -1, 2, -2])
            rs += [v, v]
    return rs


def random_ode():
    p = sympy.Poly(sympy.expand(sympy.prod([s - r for r in roots_pick()])), s)
    cs = p.all_coeffs()
    den = sympy.ilcm(*[sympy.fraction(sympy.nsimplify(cc))[1] for cc in cs])
    lead = random.choice([1, 1, 1, 2, 3])
    cs = [cc*den*lead for cc in cs]
    if not all(cc.is_Integer for cc in cs):
        return None
    n = len(cs) - 1
    terms = []
    for j, cc in enumerate(cs):
        o = n - j
        if cc == 0:
            continue
        fe = 'f(x)' if o == 0 else ('f(x).diff(x)' if o == 1 else 'f(x).diff(x, %d)' % o)
        terms.append(('%s*%s' % (cc, fe)) if cc != 1 else fe)
    e = ' + '.join(terms).replace('+ -', '- ')
    r = random.choice(RHS)
    if r != '0':
        src = 'Eq(%s, %s)' % (e, r) if random.random() < 0.5 else '%s - (%s)' % (e, r)
    else:
        src = e if random.random() < 0.7 else 'Eq(%s, 0)' % e
    call = 'dsolve(%s, f(x))' % src
    if random.random() < 0.2 and n <= 2:
        ics = '{f(0): %d' % random.choice([0, 1, 2, -1])
        if n == 2:
            ics += ', f(x).diff(x).subs(x, 0): %d' % random.choice([0, 1, -1, 3])
        call = 'dsolve(%s, f(x), ics=%s})' % (src, ics)
    return call


SYMS = ['k', 'm', 'c', 'a', 'b', 'g', 'L', 'w', 'omega', 'kp', 'mp', 'wp']


def random_symbolic():
    n = random.choice([1, 2, 2])
    co = [random.choice(['0', random.choice(SYMS), '1', '2', random.choice(SYMS) + '**2',
                         '-' + random.choice(SYMS)]) for _ in range(n)]
    lead = random.choice(['1', '1', random.choice(SYMS)])
    terms = ['(%s)*f(x).diff(x, %d)' % (lead, n)]
    terms += ['(%s)*%s' % (cc, 'f(x)' if j == 0 else 'f(x).diff(x)') for j, cc in enumerate(co) if cc != '0']
    rhs = random.choice(['0', '0', '1', 'a', 'exp(x)', 'sin(x)', 'x', 'exp(k*x)', 'cos(wp*x)'])
    return 'dsolve(%s - (%s), f(x))' % (' + '.join(terms), rhs)


def random_algebraic():
    n = random.choice([1, 1, 2, 2, 3])
    g = random.choice(['x', 'x**2', '3', 'sin(x)', 'cos(2*x)', 'exp(x)', 'exp(-2*x)', 'x*exp(x)',
                       'log(x)', '1/x', '1/(1 + x**2)', 'x*sin(x)', 'sqrt(x)', 'x**3 - 2*x', 'a*x', 'k'])
    lead = random.choice(['', '2*', '3*'])
    return 'dsolve(%sf(x).diff(x, %d) - (%s), f(x))' % (lead, n, g)


SEP_G = ['x', '1', 'x**2', 'sin(x)', 'cos(x)', 'exp(x)', '1/x', 'x + 1', 'k', '2*x', 'exp(-x)',
         '1/(1 + x**2)', 'x*exp(x)', 'log(x)', 'a*x', '1/(x + 1)', 'tan(x)', 'sqrt(x)', 'x**3', '-3']
SEP_H = ['f(x)', 'f(x)**2', '1/f(x)', 'f(x)**3', 'exp(f(x))', 'exp(-f(x))', 'sqrt(f(x))', '1/f(x)**2',
         'f(x)*(1 - f(x))', '1 + f(x)**2', 'f(x) - 1', '2*f(x)', '-f(x)', 'k*f(x)', 'cos(f(x))**2',
         '1/cos(f(x))', 'f(x)**2 + f(x)', '(f(x) - 1)**2', 'f(x) + 3', 'a - f(x)']


def random_separable():
    g, h = random.choice(SEP_G), random.choice(SEP_H)
    form = random.random()
    if form < 0.5:
        s = 'f(x).diff(x) - (%s)*(%s)' % (g, h)
    elif form < 0.8:
        s = 'Eq(f(x).diff(x), (%s)*(%s))' % (g, h)
    else:
        s = 'f(x).diff(x)/(%s) - (%s)' % (h, g)
    return 'dsolve(%s, f(x))' % s


def random_euler():
    n = random.choice([1, 2, 2, 2, 3])
    rs = [random.choice([-2, -1, 0, 1, 2, 3, sympy.Rational(1, 2), sympy.Rational(-1, 2)]) for _ in range(n)]
    rem = sympy.Poly(sympy.prod([s - r for r in rs]), s)
    cs = {}
    for k in range(n, -1, -1):
        fk = sympy.Poly(sympy.ff(s, k), s)
        c = rem.coeff_monomial(s**k) / fk.coeff_monomial(s**k)
        cs[k] = c
        rem = rem - fk*c
    den = sympy.ilcm(*[sympy.fraction(c)[1] for c in cs.values()])
    terms = []
    for k in range(n, -1, -1):
        c = cs[k]*den
        if c == 0:
            continue
        fe = 'f(x)' if k == 0 else 'f(x).diff(x, %d)' % k
        xk = '' if k == 0 else ('x*' if k == 1 else 'x**%d*' % k)
        terms.append('(%s)*%s%s' % (c, xk, fe))
    call = 'dsolve(%s, f(x))' % ' + '.join(terms)
    if random.random() < 0.2 and n <= 2:
        ics = '{f(1): %d' % random.choice([0, 1, 2])
        if n == 2:
            ics += ', f(x).diff(x).subs(x, 1): %d' % random.choice([0, 1, -1])
        call = call[:-1] + ', ics=%s})' % ics
    return call


for _ in range(400):
    call = random_ode()
    if call:
        PROGRAMS.append('print(%s)' % call)
for _ in range(80):
    PROGRAMS.append('print(%s)' % random_symbolic())
for _ in range(60):
    PROGRAMS.append('print(%s)' % random_algebraic())
for _ in range(200):
    PROGRAMS.append('print(%s)' % random_separable())
for _ in range(60):
    PROGRAMS.append('print(%s)' % random_euler())

emit(PRE, PROGRAMS)
