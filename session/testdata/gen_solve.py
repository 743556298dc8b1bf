"""Generate solve_golden.jsonl: programs from the solve family (issue 12)
with SymPy 1.14's stdout. dcalc must print the same or raise
NotImplementedError (TestSolveGolden also holds a floor on the exact
matches). Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_solve.py > session/testdata/solve_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, w, a, b, c, d, k, m, t = symbols('x y z w a b c d k m t')\np = symbols('p', positive=True)\n"

HAND = """
print(solve([a*x+y-1, x-y],[x,y]))
print(solve([a*x+b*y-1, c*x+d*y],[x,y]))
print(solve([a*x+b*y-1, c*x+d*y],[x,y], dict=True))
print(solve([2*a*x+2*y-2, x-y],[x,y]))
print(solve([x/2+a*y-Rational(1,3), x-y],[x,y]))
print(solve([a*x+y+z-1, x+a*y+z-1, x+y+a*z-1],[x,y,z]))
print(solve([a*x+y, x+y],[x,y]))
print(solve([x+y-a, x-y-b],[x,y]))
print(solve([a*x+b*y+c*z-1, x+y],[x,y,z]))
print(solve([a*x-1],[x]))
print(solve([2*x+k*y-3*k, k*x-y],[x,y], dict=True))
print(solve([(a**2-1)*x - (a-1)],[x]))
print(solve([sin(a)*x+y-1, x-y],[x,y]))
print(solve([x + y - 2*a, x - y],[x, y], dict=True))
print(solve([a*x+y-1, a*x+y-2],[x,y]))
print(solve([a*x+y, 2*a*x+2*y],[x,y]))
print(solve([x + 2*y + a*z - 3, 2*x - y + z - b, x + y + z - 1],[x,y,z]))
print(solve([m*x + t - y, x - 1],[x, y]))
print(solve([p*x-1],[x]))
print(solve([Rational(1,2)*a*x+y-1, x-y],[x,y]))
print(solve([x/a + y - 1, x - y],[x,y]))
print(solve([x - 1/(a+1) - 1],[x]))
print(solve([b*x - a*x - 1],[x]))
print(solve([z*x - 1, y],[x, y]))
print(solve([x + y - z, x - y],[x, y]))
print(solve([pi*x - 1],[x]))
print(solve([exp(a)*x - 1],[x]))
print(solve([(a+1)*x - (a+1)**2],[x]))
print(solve([x + y, x - y - 1/a],[x, y]))
print(solve([a*x + y - 1, x - y], x, y))
print(solve([Eq(a*x + y, 1), Eq(x, y)], [x, y]))
print(solve([a*x+y-1, x-y, x+y-2], [x,y]))
print(solve([a**2*x + 2*a*y - 1, x - y], [x, y]))
print(solve([2*x/3 + a*y - 1, x - y], [x, y]))
print(solve([-a*x - 1],[x]))
print(solve([sqrt(a)*x - 1],[x]))
print(solve([x - a*y, y - b*z, z - 1],[x, y, z]))
print(solve([x - a*y, y - b*z],[x, y, z]))
print(solve([a*x + b*y + c, d*x + y],[x, y]))
print(solve([sqrt(2)*a*x-1],[x]))
print(solve([a*x+y-1.5, x-y],[x,y]))
print(solve([x + I*a*y - 1, x - y], [x, y]))
f = x**2*a + y**2*b + 3*x*y - c*x; print(solve([diff(f, x), diff(f, y)], [x, y], dict=True))
print(solve(exp(2*x) - 3*exp(x) + 2, x))
print(solve(exp(x) + exp(-x) - 4, x))
print(solve(exp(2*x) - 4, x))
print(solve(exp(2*x) + 1, x))
print(solve(exp(3*x) - 1, x))
print(solve(exp(-x) - 2, x))
print(solve(exp(x) - exp(-x), x))
print(solve(2*exp(2*x) - 5*exp(x) + 2, x))
print(solve(exp(2*x) - exp(x), x))
print(solve(exp(-2*x) + exp(-x) - 6, x))
print(solve(exp(x)*(exp(x) - 2), x))
print(solve(tan(x) - 1, x))
print(solve(atan(x) - 1, x))
print(solve(asin(x) - pi/6, x))
print(solve(acos(x) - 2, x))
print(solve(asin(x) - 3, x))
print(solve(tan(x)**2 - 1, x))
print(solve(tan(x) - 2, x))
print(solve(tan(x), x))
print(solve(atan(x), x))
print(solve(atan(x) - pi/3, x))
print(solve(asin(x) - Rational(1, 2), x))
print(solve(acos(x), x))
print(solve(acos(x) - pi, x))
print(solve(acos(x) - 4, x))
print(solve(asinh(x) - 1, x))
print(solve(atanh(x) - Rational(1,2), x))
print(solve(tan(x)**2 - 3, x))
print(solve(atan(x)**2 - 1, x))
print(solve(asin(x)**2 - asin(x), x))
print(solve(2*atan(x) - pi/2, x))
L = x*y + k*(x + 2*y - t); print(solve([diff(L, x), diff(L, y), diff(L, k)], [x, y, k], dict=True))
"""


def _random_quadratics():
    rnd = random.Random(3)

    def coef():
        return rnd.choice(['1', '2', '-3', 'a', 'b', 'a + 1', '2*a', '-b', 'a*b', 'k', 'k - 1', 'c'])
    out = ['print(solve(a*x**2 + b*x + c, x))', 'print(solve(x**2 - 2*a*x + a**2 - 1, x))',
           'g, v, h = symbols("g v h", positive=True); print(solve(-g*t**2/2 + v*t + h, t))', 'print(solve(k*x**2 - 4*x + k, x))']
    for _ in range(60):
        out.append('print(solve((%s)*x**2 + (%s)*x + (%s), x))' % (coef(), coef(), coef()))
    return out


def _random_systems():
    rnd = random.Random(12)
    params = ['a', 'b', 'k', 't']

    def coef():
        r = rnd.random()
        if r < 0.25:
            return str(rnd.randint(-3, 3))
        if r < 0.7:
            return '(%d*%s + %d)' % (rnd.randint(-2, 2), rnd.choice(params), rnd.randint(-2, 2))
        if r < 0.85:
            return '%s*%s' % (rnd.choice(params), rnd.choice(params))
        if r < 0.93:
            return '%s/%s' % (rnd.randint(1, 3), rnd.choice(params))
        return 'sin(%s)' % rnd.choice(params[:2])
    lines = []
    for trial in range(60):
        n = rnd.choice([2, 2, 3, 3, 2, 3])
        mm = rnd.choice([n, n, n, n - 1, n + 1])
        xs = ['x', 'y', 'z', 'w'][:n]
        eqs = []
        for _ in range(mm):
            ts = ['%s*%s' % (coef(), v) for v in xs if rnd.random() < 0.85]
            ts.append(coef())
            eqs.append(' + '.join(ts))
        kw = ', dict=True' if trial % 3 == 0 else ''
        lines.append('print(solve([%s], [%s]%s))' % (', '.join(eqs), ', '.join(xs), kw))
    return lines


def _nsolve_cases():
    """nsolve: mpmath's secant from SymPy's lambdified function, hand
    cases and random transcendental equations with starting points."""
    lines = [
        "print(nsolve(cos(x) - x, x, 1))",
        "print(nsolve(x**2 - 2, x, 1))",
        "print(nsolve(x**2 - 2, 1))",
        "print(nsolve(Eq(exp(x), 3*x), x, 0))",
        "print(nsolve(sin(x), x, 3))",
        "print(nsolve(x**3 - 2*x - 5, x, 2, prec=30))",
        "print(nsolve(tan(x) - x, x, 4.5))",
        "print(nsolve(log(x) + x, x, 0.5, dict=True))",
        "print(nsolve(x**2 - 2, x, (1, 2)))",
        "print(nsolve(x**2 + 1, x, 1))",
        "print(nsolve(x*exp(x) - 1, x, Rational(1, 2)))",
        "print(nsolve(atan(x) - x/2, x, 2))",
        "print(nsolve(cosh(x) - 2, x, 1, prec=20))",
        "print(nsolve(x - y, x, 1))",
        "print(nsolve(x**5 - x - 1, x, 1, verify=False))",
    ]
    rnd = random.Random(1214)
    funcs = ['cos({a}*x) - x/{b}', 'exp(-x/{b}) - x/{a}', 'x**3 - {a}*x - {b}', 'sin(x) - x/{a} + 1/{b}',
             'log(x + {a}) - x/{b}', 'sqrt(x + {a}) - x/{b}', 'atan({a}*x) - 1/{b}']
    for _ in range(30):
        f = rnd.choice(funcs).format(a=rnd.randint(1, 5), b=rnd.randint(1, 5))
        x0 = rnd.choice(['0', '1', '2', '0.5', '-1', 'Rational(3, 2)'])
        lines.append("print(nsolve(%s, x, %s))" % (f, x0))
    return lines


def _nsolve_systems():
    """nsolve of systems: mpmath's MDNewton with the lambdified Jacobian."""
    lines = [
        "print(nsolve([x**2 + y**2 - 4, x - y], [x, y], [1, 1]))",
        "print(nsolve([x**2 + y**2 - 4, x*y - 1], [x, y], [2, 0.5]))",
        "print(nsolve((exp(x) - y, x + y - 2), (x, y), (0, 1)))",
        "print(nsolve([x + y + z - 6, x*y - 2, y*z - 6], [x, y, z], [1, 2, 3]))",
        "print(nsolve([sin(x) + y, cos(y) - x], [x, y], [1, -1], dict=True))",
        "print(nsolve([x**2 - 2, y - x], [x, y], [1, 1], prec=25))",
        "print(nsolve([x**2 + 1, y], [x, y], [1, 1]))",
        "print(nsolve([Eq(x**2, y), Eq(y, 2 - x)], [x, y], [0.5, 0.5]))",
        "print(nsolve([x - 1, y - 2], [x, y], [0, 0], dict=True))",
        "print(nsolve([x**3 - y, y**2 - x - 1], [x, y], [1, 1]))",
        "print(nsolve([x**2 + y**2 - 4, x*y - 1], [x, y], [20, 0.5], maxsteps=50))",
        "print(nsolve(cos(x) - x, x, 1, maxsteps=3))",
    ]
    rnd = random.Random(99)
    for _ in range(12):
        a, b, c = rnd.randint(1, 5), rnd.randint(1, 4), rnd.randint(1, 3)
        f1 = rnd.choice(['x**2 + y**2 - %d' % (a + 1), 'exp(x/%d) - y' % b, 'x**2 - %d*y' % c, 'sin(x) + y/%d - 1' % b])
        f2 = rnd.choice(['x - %d*y' % c, 'x*y - %d' % b, 'x + y - %d' % a, 'cos(y) - x/%d' % (a + 1)])
        lines.append("print(nsolve([%s, %s], [x, y], [%s, %s]))" % (f1, f2, rnd.choice(['1', '0.5', '2']), rnd.choice(['1', '0.5', '-1'])))
    return lines


emit(PRE, [l for l in HAND.strip().split('\n')] + _random_systems() + _random_quadratics() + _nsolve_cases() + _nsolve_systems())
