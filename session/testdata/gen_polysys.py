"""Generate polysys_golden.jsonl: polynomial systems as notebooks meet
them (critical points of a gradient, Lagrange multipliers, random
systems in two and three unknowns) through solve and nonlinsolve, and
linear systems given as augmented matrices (solve_linear_system), with
SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_polysys.py > polysys_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, l = symbols('x y z lambda')\n"

HAND = [
    "print(nonlinsolve([x**2 + y**2 - 4, x - y], [x, y]))",
    "print(nonlinsolve([x*y - 1, x - 2], [x, y]))",
    "print(nonlinsolve([x**2 - 4], [x]))",
    "print(nonlinsolve([x**2 - 4], x))",
    "print(nonlinsolve([x*y - 1, x - 2], x, y))",
    "print(nonlinsolve([x**2 + 1, y - x], [x, y]))",
    "print(nonlinsolve([x + y - 1, x - y], [x, y]))",
    "print(nonlinsolve([x**2 - y, y - 4], [x, y]))",
    "print(nonlinsolve([x**2 + y**2 - 1, x**2 - y**2 - Rational(1, 2)], [x, y]))",
    "print(nonlinsolve([x*y - 1, y*z - 2, x*z - 8], [x, y, z]))",
    "print(nonlinsolve([x**2 + y - 3, x + y - 1], (x, y)))",
    "print(nonlinsolve([1/x - y, x - 2], [x, y]))",
    "print(nonlinsolve([Eq(x**2, 4), Eq(y, x + 1)], [x, y]))",
    "print(nonlinsolve([x**3 - 2*x, y**2 - x], [x, y]))",
    "print(nonlinsolve([], [x]))",
    "print(nonlinsolve([x**2 + y**2 + 1, x**2 + y**2 + 2], [x, y]))",
    "nonlinsolve([x**2 - 1], [])",
    "print(solve([x**2 + y**2 - 1, x**2 - y**2 - Rational(1, 2)], [x, y]))",
    "print(solve([x**2 + y**2 - 25, x*y - 12], [x, y], dict=True))",
    "print(solve([x**2 + y**2 - 5, x + y - 3], [x, y]))",
    "print(solve([x**3 - y, y**3 - x], [x, y]))",
    "f = x**4 + y**4 - 4*x*y + 1; print(solve([diff(f, x), diff(f, y)], [x, y], dict=True))",
    "f = (x**2 + y**2)**2 - 2*(x**2 - y**2); print(solve([diff(f, x), diff(f, y)], [x, y], dict=True))",
    "f = x*y*(1 - x - y); print(solve([diff(f, x), diff(f, y)], [x, y], dict=True))",
    "f = x*y + 1/x + 1/y; print(solve([diff(f, x), diff(f, y)], [x, y], dict=True))",
    "L = x*y - l*(x**2 + y**2 - 1); print(solve([diff(L, v) for v in (l, x, y)], [l, x, y], dict=True))",
    "L = x + y - l*(x**2 + y**2 - 2); print(solve([diff(L, v) for v in (l, x, y)], [l, x, y], dict=True))",
    "L = x**2 + y**2 - l*(x*y - 1); print(solve([diff(L, v) for v in (l, x, y)], [l, x, y], dict=True))",
    "L = x*y*z - l*(x + y + z - 3); print(solve([diff(L, v) for v in (l, x, y, z)], [l, x, y, z], dict=True))",
    "L = x**2 + 2*y**2 - l*(x + y - 3); print(solve([diff(L, v) for v in (x, y, l)], [x, y, l]))",
    "print(solve([x*y - 2, y*z - 6, x*z - 3], [x, y, z], dict=True))",
    "print(solve([x**2 - 2*y, y**2 - 2*x], [x, y]))",
    "a = symbols('a'); print(solve_linear_system(Matrix([[1, 2, 3], [4, 5, 6]]), x, y), solve_linear_system(Matrix([[1, 2, 3], [2, 4, 6]]), x, y), solve_linear_system(Matrix([[1, 2, 3], [2, 4, 7]]), x, y))",
    "a = symbols('a'); print(solve_linear_system(Matrix([[1, 1, 1, 6], [0, 1, 1, 5], [1, 0, 1, 4]]), x, y, z), solve_linear_system(Matrix([[a, 1, 1], [1, a, 2]]), x, y))",
    "print(solve_linear_system(Matrix([[1, 2, 1, 3], [0, 1, 1, 1]]), x, y, z), solve_linear_system(Matrix([[Rational(1,2), 1, 3], [1, 3, 1]]), y, x), solve_linear_system(Matrix([[0, 0, 0], [0, 0, 0]]), x, y))",
    "try:\n    solve_linear_system(Matrix([[1, 2, 3]]), x, y, z)\nexcept AssertionError:\n    print('AssertionError')",
]


def _poly(rnd, vars_, terms, deg):
    mons = []
    for _ in range(terms):
        c = rnd.choice([1, -1, 2, -2, 3, -3, 4, Rational2()])
        exps = [rnd.randint(0, deg) for _ in vars_]
        while sum(exps) > deg:
            exps[rnd.randrange(len(exps))] -= 1
        m = '*'.join('%s**%d' % (v, e) if e > 1 else v for v, e in zip(vars_, exps) if e > 0)
        mons.append('%s*%s' % (c, m) if m else str(c))
    return ' + '.join('(%s)' % m for m in mons)


class Rational2:
    def __str__(self):
        return 'Rational(1, 2)'


def _gradients():
    """Critical points of random polynomials in x and y."""
    rnd = random.Random(12)
    out = []
    for i in range(70):
        f = _poly(rnd, ['x', 'y'], rnd.randint(2, 4), rnd.choice([2, 3, 3, 4]))
        call = rnd.choice(["solve([diff(f, x), diff(f, y)], [x, y], dict=True)",
                           "solve([diff(f, x), diff(f, y)], [x, y])",
                           "nonlinsolve([diff(f, x), diff(f, y)], [x, y])"])
        out.append("f = %s; print(%s)" % (f, call))
    return out


def _systems():
    """Random systems of two or three polynomial equations."""
    rnd = random.Random(34)
    out = []
    for i in range(50):
        n = rnd.choice([2, 2, 3])
        vs = ['x', 'y', 'z'][:n]
        eqs = [_poly(rnd, vs, rnd.randint(2, 3), 2) for _ in range(n)]
        call = rnd.choice(["solve", "nonlinsolve"])
        out.append("print(%s([%s], [%s]))" % (call, ', '.join(eqs), ', '.join(vs)))
    return out


emit(PRE, HAND + _gradients() + _systems())
