"""Generate polyobj_golden.jsonl: SymPy's Poly as a value. Random
polynomials in x (and y) whose coefficients hold other symbols, numbers,
Floats, I, radicals, pi and functions, built with automatic or given
generators and with domain=, printed (str, latex, pretty), queried
(all_coeffs, coeffs, monoms, terms, degree, LC, TC, domain, as_expr),
evaluated, differentiated, substituted and combined by +, -, * and **;
construct_domain picks ZZ, QQ, ZZ_I, QQ_I, RR, K[a, b], K(a) or EX.
dcalc must print the same or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_polyobj.py > polyobj_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a, b, c = symbols('x y z a b c')\n"

rng = random.Random(20261206)

COEF = ['1', '-1', '2', '-3', 'S(1)/2', '-S(3)/4', 'a', '-a', '2*a - 3', 'a + b', '(a + b)**2', 'a*b - 1',
        'a/2', '1/a', '1 + 1/a', '(a + 1)/(a - 1)', 'a/(2*b)', '0.5', '1.5*a', 'I', '2 + 3*I', 'I*a',
        'sqrt(2)', 'sqrt(3)*a', 'pi', 'pi*a', 'E', 'sin(a)', 'sin(a) + a', 'exp(a)', 'log(2)', 'c**2']


def rpoly(gens=('x',), terms=3):
    parts = []
    for _ in range(rng.randint(1, terms)):
        mono = '*'.join('%s**%d' % (g, rng.randint(0, 3)) for g in gens)
        parts.append('(%s)*%s' % (rng.choice(COEF), mono))
    return ' + '.join(parts)


progs = []
for _ in range(60):
    progs.append('print(Poly(%s, x))' % rpoly())
for _ in range(25):
    progs.append('print(Poly(%s, x, y))' % rpoly(('x', 'y')))
for _ in range(20):
    progs.append('print(Poly(%s))' % rpoly(('x', 'y'), 2))
for _ in range(25):
    progs.append('print(latex(Poly(%s, x)))' % rpoly())
for _ in range(10):
    progs.append('pprint(Poly(%s, x))' % rpoly())
METHODS = ['all_coeffs()', 'coeffs()', 'monoms()', 'terms()', 'degree()', 'LC()', 'TC()', 'EC()', 'domain',
           'as_expr()', 'length()', 'gens', 'is_monic', 'is_ground', 'is_linear', 'as_dict()', 'total_degree()']
for _ in range(40):
    progs.append('p = Poly(%s, x)\nprint(p.%s, p.%s)' % (rpoly(), rng.choice(METHODS), rng.choice(METHODS)))
for _ in range(20):
    progs.append('p = Poly(%s, x, y)\nprint(p.%s, p.degree(y), p.degree_list())' % (rpoly(('x', 'y')), rng.choice(METHODS)))
VALUES = ['2', '-1', 'S(1)/3', '0.5', 'y', 'a', 'I', 'sqrt(2)', 'pi']
for _ in range(25):
    progs.append('print(Poly(%s, x).eval(%s))' % (rpoly(), rng.choice(VALUES)))
for _ in range(10):
    progs.append('print(Poly(%s, x, y).eval(%s, %s))' % (rpoly(('x', 'y')), rng.choice(['x', 'y']), rng.choice(VALUES)))
for _ in range(20):
    progs.append('p = Poly(%s, x)\nprint(p.diff(x), diff(p, x))' % rpoly())
for _ in range(15):
    progs.append('print(Poly(%s, x).subs(%s, %s))' % (rpoly(), rng.choice(['x', 'a']), rng.choice(VALUES + ['z'])))
OPS = ['+', '-', '*']
for _ in range(45):
    g1 = rng.choice(['x', 'x, y', 'y'])
    g2 = rng.choice(['x', 'x, y', 'y'])
    progs.append('print(Poly(%s, %s) %s Poly(%s, %s))' % (rpoly(), g1, rng.choice(OPS), rpoly(('y',)), g2))
for _ in range(20):
    progs.append('print(Poly(%s, x) %s %s)' % (rpoly(), rng.choice(OPS), rng.choice(['2', 'x', 'a', 'S(1)/2', 'x**2 + a', '0.5'])))
for _ in range(10):
    progs.append('print(Poly(%s, x)**%d, -Poly(%s, x))' % (rpoly(terms=2), rng.randint(0, 3), rpoly()))
for _ in range(15):
    progs.append("print(Poly(%s, x, domain=%s))" % (rpoly(), rng.choice(["'ZZ'", "'QQ'", "'RR'", "'EX'", 'QQ', 'ZZ_I', 'QQ_I'])))
for _ in range(15):
    progs.append("print((%s).as_poly(x), (%s).as_poly())" % (rpoly(), rpoly(('x', 'y'), 2)))
progs += [
    'print(Poly(x**2 + 1, x) == x**2 + 1, Poly(x, x, domain=QQ) == Poly(x, x), Poly(x, x) == Poly(y, y), PurePoly(x, x) == PurePoly(y, y))',
    'print(Poly(0, x), Poly(0, x).degree(), Poly(0, x, y).degree_list(), Poly(0, x).terms(), Poly(0, x).all_coeffs())',
    'print(Poly(2*x + 4, x).monic(), Poly(2*x + 4, x).content(), Poly(x/2 + 1, x).content(), Poly(-2*x - 4, x).primitive())',
    'print(Poly(x**2/2 - S(1)/2, x).factor_list(), Poly(6*x**3 - 6*x, x).factor_list())',
    'print(Poly(x**2*y + 3, x, y).coeff_monomial(x**2*y), Poly(x**2*y + 3, x, y).nth(2, 1), Poly(x*y + 1, x, y)(1, 2))',
    'print(Poly(1/x), Poly(x + 1/x), Poly(exp(x) + exp(2*x)), Poly(sqrt(x) + x), Poly(x**2 + sin(x)))',
    'print(Poly(sqrt(x) + 1, x))', 'print(Poly(3))', 'print(Poly(x/2 + 1, x, domain=ZZ))',
    'print(Poly(y*x + 1, x, domain=QQ))', 'print(Poly(x**2 - 2, x) * Poly(x + 1, y))',
    'print(QQ, ZZ, RR, EX, type(QQ), latex(ZZ), type(Poly(a*x, x).domain), Poly(a*x, x).domain.symbols)',
    'print(Poly(sin(pi/7)*x + 1, x), Poly(EulerGamma*x + 1, x), Poly(sin(y)*x + y*x, x), Poly(exp(2)*x, x))',
    'print(type(Poly(x, x)), Poly(x**3 - 2*x + 1, x).free_symbols, Poly(a*x**2, x).free_symbols == {a, x})',
]
ENTRIES = ['0', '1', '2', '-1', 'S(1)/2', 'a', 'b', '-a', 'a + 1', '2*b', 'a*b', '1/a', 'x', 'I', 'sqrt(2)', '0.5']
for n in [2, 2, 2, 2, 3, 3]:
    for _ in range(5):
        m = [[rng.choice(ENTRIES) for _ in range(n)] for _ in range(n)]
        progs.append('print(Matrix([%s]).charpoly())' % ', '.join('[%s]' % ', '.join(r) for r in m))
progs += [
    'print(Matrix([[S(1)/2, S(1)/2], [S(1)/2, S(1)/2]]).charpoly(), Matrix([[x, 1], [1, x]]).charpoly(x))',
    'print(latex(Matrix([[a, 1], [2, b]]).charpoly()), Matrix([[a, 1], [1, a]]).charpoly().as_expr())',
]
ZQ = ['x**2 - 1', 'x - 1', '2*x - 2', 'x**2/2 - S(1)/2', '6*x**3 - 6*x', 'x**3 + 2*x + 1', '2*x**2 + 1',
      'x**2 - 2*x + 1', '3*x + 6', 'x', '4*x**2 - 4']
for _ in range(30):
    f, g = rng.choice(ZQ), rng.choice(ZQ)
    fn = rng.choice(['div', 'quo', 'rem', 'gcd', 'lcm'])
    if rng.random() < 0.5:
        progs.append('print(%s(Poly(%s, x), Poly(%s, x)))' % (fn, f, g))
    else:
        progs.append('print(Poly(%s, x).%s(%s))' % (f, fn, rng.choice(['Poly(%s, x)' % g, g])))
for f in ZQ[:6]:
    progs.append('p = Poly(%s, x)\nprint(factor(p), simplify(p), cancel(p), together(p), factor_list(p), solve(p, x))' % f)
    progs.append('p = Poly(%s, x)\nprint(p.LM(), p.to_field(), p.set_domain(QQ), p.integrate(), degree(p, y), LC(p), LM(p))' % f)
progs += [
    'p = Poly(a*x**2 + b*x + c, x)\npprint((p.all_coeffs(), p.degree(), p.domain))\npprint(p.domain, use_unicode=False)',
    'pprint([QQ, ZZ, RR, EX, ZZ_I, QQ_I, Poly(x/a, x).domain, Poly(sin(a)*x + b, x).domain])',
    'print(latex((Poly(a*x, x).domain, QQ)), pretty(Poly(x/(2*a), x).domain))',
    'print(Poly([1, 2, 3], x), Poly((1, -2), x), Poly([], x), Poly([y, 2], x), Poly([S(1)/2, 0, 1], x), Poly([1.0, 2], x))',
    'print(Poly(Eq(x, 1), x), Poly(Eq(x**2, y)), Poly(x, x**2), Poly(x, [x, y]))',
    'print(poly(x**2 + 2*x*y + 1), poly(x*(x + 1), x), poly(a*x + 1, x), poly(x/2), poly(sin(x) + x))',
    'print(poly((x + 1)**3), poly(x*sqrt(2), x), poly(x*(a + 1)/2, x), poly(0.5*x + 1), poly(x/a, x))',
    'print(poly((x + y)*(x - y)), poly(x**2 + 1, domain=QQ), poly(I*x + 1), poly(3, x), poly(x**2, x, y))',
    'print(poly(3))', 'print(poly(sqrt(x) + 1, x))',
]
emit(PRE, progs)
