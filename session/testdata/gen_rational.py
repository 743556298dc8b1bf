"""Generate rational_golden.jsonl: collect, apart, together, roots and
ratsimp on hand-picked and random expressions, with
SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_rational.py > session/testdata/rational_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a, b, c, n = symbols('x y z a b c n')\n"

HAND = """
print(collect(a*x**2 + b*x**2 + a*x - b*x + c, x))
print(collect(a*x**2 + b*x**2 + a*x - b*x + c, x, evaluate=False))
print(collect(x**2*y + y*x + x*y**2 + y**2 + x, [x, y]))
print(collect(a*x*y + b*x*y + x, x*y))
print(collect(a*sin(x) + b*sin(x) + cos(x), sin(x)))
print(collect(a*exp(2*x) + b*exp(x) + c*exp(2*x), exp(x)))
print(collect(expand((x + y + 1)**3), x))
print(collect(a*x**2 + b*x**2, x, factor))
print(collect(a/x + b/x + x, x))
print(collect(2*x + 4*x*y + y, x))
print((a*x + b*x).collect(x))
print(collect(a*x + b*x, -x))
print(collect(x*sqrt(2) + x*a, x))
print(collect(a*x**Rational(3,2) + b*x**Rational(3,2) + x, x))
print(collect(a*x**z + b*x**z, x))
print(collect(a*x**z + b*x**z, x**z))
print(collect(x + y, z))
print(collect(3, x))
print(collect(diff(x**3*y + a*x**2*y**2, x), x))
print(collect((x + 1)**2*a + (x + 1)**2*b, x + 1))
print(collect(a*x**2 + b*x**2 + c, [x**2]))
print(collect(a*x*y + b*x*y + a*x + c, [x, y]))
pprint(collect(expand((a*x + b)**3), x))
print(latex(collect(expand((a + x)**2*(b - x)), x)))
d = collect(expand((x + a)**3), x, evaluate=False); print(d[x**2], d[S.One])
print(collect(x**n*a + x**n*b, x**n))
print(collect(x*y + y + x + 1, x, evaluate=False))
print(collect(sin(x)*a + sin(x)**2*b + sin(x)**2, sin(x)))
print(collect(expand((x - y)**2*(x + a)), x, evaluate=False))
print(collect(series(exp(x)*a, x, 0, 3), x))
print(collect(a*x + b*x, x, exact=True))
print(roots((x**2-x-1)*(x-3)), roots((4*x**2+6*x-2)*(x-3)**2), roots((3*x**2 - 2*x + 1)*(x+2)))
print(roots(-x**2+x+1), roots(2*x**2+3), roots((x**2+3)*(x-1)), roots((x**2-2)*(x**2+1)), roots(-2*x**2 + 8))
print(roots(x**3-1), roots(x**2+1), roots(2*x**2-8, multiple=True), roots(x*(x-1)**3), roots(x**2 - 2*x + 1), roots(5), roots(x/2 - Rational(1,3)))
print(roots((x - 1)**2*(x + 2)**3*x**2, multiple=True), roots(x**2 + x, x))
print(roots(x**3 - 2))
print(roots(x**2 - a, x))
print(roots(x**2 - a))
print(solve(x**4 - x**2 - 2, x), solve((x**2 + x + 1)*(x**2 - 3), x), solve((2*x**2 + 3*x - 1)*(x**2 + 2)*(x - 1)**2, x))
r = roots(x**4 - 5*x**2 + 4); print(sum(r.values()), list(r))
for p in [x**3-3*x+1, x**3+x+1, 2*x**3-3*x**2+5, x**3 - 16*x**2 - 12*x + 3, x**3+3*x**2+3*x-5, x**3 - 6*x**2 + 11*x - 7, x**3 - x**2 - 21*x + 20, 3*x**3 + x - 7]: print(roots(p)); print(solve(p, x))
for p in [x**3-2, x**3-8, x**3+8, x**4-2, x**4+1, x**4+4, x**5-3, x**6-2, x**6+1, 2*x**3+3, x**8-1, x**3+1, x**4-16, x**5+1, 27*x**3-8]: print(roots(p)); print(solve(p, x))
print(solve((x**2-2)**2, x), solve((x**2+x+1)**2*(x-1), x), solve((x-1)**2*(x**2-3), x), solve(x**4 - x**2 + 1, x))
print(apart(1/(x**2-1)), apart((x**2+1)/(x**2-1)), apart(1/(2*x+2)), apart(1/(x*(x+1)**2)))
print(apart((3*x+5)/((x-1)*(x**2+1))), apart(x**3/(x**2 - 3*x + 2)), apart(1/(x**4 - 1)))
print(apart((x**2 + 2)/(x**3 + 3*x**2 + 3*x + 1)), apart(-1/(x**2 - 4)), apart(1/(-x**2 + 4)), apart((x/2 + 1)/(x - 1)))
print(apart(5/(3*x + 7)), apart(x), apart(1/(x**2 + 1)), apart((2*x - 1)/(x**2 - x - 6), x), apart(1/((x + 1)*(x + 2)*(x + 3))))
print((1/(x**2 - 1)).apart(), apart(4/(3*x + 7)*x**2), apart((x**4 + 1)/(x**2*(x - 1)**2*(x**2 + x + 1))))
print(degree(x**3 + x, x), degree(x**2*y + y**3, y), degree(5, x), degree(0, x), degree((x+1)**3, x), degree(x*y + a*x**2, x), degree(x**3+1))
print(degree(sin(x), x))
print(degree(1/x, x))
print(degree(x**2 + y))
print(degree(diff(x**4*y, x), x), degree(5))
q = Poly(x**3 - 2*x + 5, x); print(q, q.degree(), q.all_coeffs(), q.coeffs(), q.LC(), q.as_expr(), q.eval(2)); pprint(q); print(latex(q))
print(Poly(x**2/2 + 1, x), Poly(-x**2 + x, x), Poly(3, x), Poly(x**2 - Rational(3,4)*x, x))
print(latex(Poly(x**2/2 - Rational(3,4)*x + 1, x)), latex(Poly(-x**3 + 1, x)), Poly(x**2+1, x) == Poly(x**2+1, x), Poly(x**2 + 1).degree())
print(roots(Poly(x**2 - 1, x)), Poly(x**2 + a*x, x))
print(apart(1/(x**2 - a), x))
print(apart(sin(x)/(x + 1), x))
print(integrate(apart((3*x + 5)/((x - 1)*(x + 2))), x))
"""


def _random_apart():
    rnd = random.Random(11)
    out = []
    for trial in range(40):
        fs = []
        for _ in range(rnd.randint(1, 3)):
            if rnd.random() < 0.7:
                f = '(%d*x + %d)' % (rnd.choice([1, 1, 2, 3, -1]), rnd.randint(-4, 4))
            else:
                f = '(x**2 + %d*x + %d)' % (rnd.randint(-2, 2), rnd.randint(1, 5))
            fs.append('%s**%d' % (f, rnd.choice([1, 1, 2])))
        num = ' + '.join('%d*x**%d' % (rnd.randint(-5, 5), i) for i in range(rnd.randint(1, 4)))
        out.append('print(apart((%s)/(%s)))' % (num, '*'.join(fs)))
    return out


def _random_together():
    rnd = random.Random(5)

    def leaf():
        return rnd.choice(['x', 'y', '2', 'x**2', '3*x', 'a', '1', 'x*y', '(x + 1)', '(x - y)', 'Rational(1, 2)', 'sin(x)', '0.5'])

    def rat(d):
        if d == 0 or rnd.random() < 0.25:
            return leaf()
        return '(%s %s %s)' % (rat(d - 1), rnd.choice(['+', '-', '*', '/', '/', '+']), rat(d - 1))
    out = ['print(together(1/x + 1/y), together(x/2 + y/3), together(-2*x/(x+1) + 4/(x+1)**2), together(1/(x*y) + 1/y**2))',
           'print(together(sin(1/x + 1/y)), together(sin(1/x + 1/y), deep=True), together(exp(1/x + 1/y) + 1/x), (1/x + 1/y).together())']
    for _ in range(80):
        out.append('print(together(%s))' % rat(4))
    return out


def _random_roots():
    rnd = random.Random(9)
    out = []
    for trial in range(40):
        fs = []
        for _ in range(rnd.randint(1, 3)):
            d = rnd.choice([1, 1, 2, 2, 3])
            fs.append('(' + ' + '.join('%d*x**%d' % (rnd.randint(-4, 4), i) for i in range(d + 1)) + ')**%d' % rnd.choice([1, 1, 2]))
        p = 'expand(%s)' % '*'.join(fs)
        out.append('print(roots(%s)); print(solve(%s, x))' % (p, p) if trial % 2 else 'print(roots(%s, multiple=True))' % p)
    return out


def _random():
    rnd = random.Random(6)
    out = []
    for trial in range(50):
        def poly():
            ts = []
            for _ in range(rnd.randint(2, 4)):
                ts.append('%s*%s*%s' % (rnd.choice(['1', '2', '-3', 'a', 'b', '(a - 1)', 'c*a']),
                                         rnd.choice(['x', 'x**2', 'x**3', '1', 'x*y', 'y']),
                                         rnd.choice(['1', 'y', 'y**2', 'z'])))
            return ' + '.join(ts)
        e = 'expand((%s)*(%s))' % (poly(), poly())
        syms = rnd.choice(['x', '[x, y]', 'y', '[y, x]', 'x*y', '[x**2]', 'a'])
        kw = ', evaluate=False' if trial % 4 == 0 else ''
        out.append('print(collect(%s, %s%s))' % (e, syms, kw))
    return out


def _random_ratsimp():
    """ratsimp: cancel, then the numerator divided by the denominator."""
    rnd = random.Random(15)

    def poly(vs):
        return ' + '.join('%d*%s' % (rnd.randint(-3, 3), rnd.choice(vs)) for _ in range(rnd.randint(1, 3)))
    out = ['print(ratsimp(1/x + 1/y), ratsimp((x**2 + 1)/x), (x**3 + 2*x + 1)/(x + 1), ratsimp(x/2 + y/2), ((x**2 - y**2)/(x - y)).ratsimp())',
           'print(ratsimp(sin(x)/x + 1), ratsimp(Rational(3, 4)), ratsimp((x**4 + 1)/(x**2 + x + 1)), ratsimp((a*x**2 + 2)/(a*x)))']
    for _ in range(40):
        vs = rnd.choice([['x', 'x**2', 'x**3', '1'], ['x', 'y', 'x*y', 'x**2', '1', 'y**2']])
        out.append('print(ratsimp((%s)/(%s)))' % (poly(vs), poly(vs)))
        out.append('print(ratsimp((%s)/(%s) + (%s)/(%s)))' % (poly(vs), poly(vs), poly(vs), poly(vs)))
    return out


emit(PRE, [l for l in HAND.strip().split('\n')] + _random() + _random_roots() + _random_apart() + _random_together() + _random_ratsimp())
