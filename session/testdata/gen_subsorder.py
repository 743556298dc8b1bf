"""Generate subsorder_golden.jsonl: subs with a dict or a set of pairs,
which Basic.subs orders before substituting (the larger old expressions
first by node count, then by default_sort_key), as related-rates
notebooks use it: expr.subs({x(t): 3, y(t): 4, diff(x(t), t): 2})
replaces the derivative before the function; and chains where one
pair's new value is another's old one. dcalc must print SymPy's answer
or raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_subsorder.py > subsorder_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, t = symbols('x y z t')\nX = Function('X')(t)\nY = Function('Y')(t)\n"


def programs():
    return [
        "d = diff(X**2 + Y**2 - 25, t)\nprint(solve(d, diff(Y, t))[0].subs({X: 3, Y: 4, diff(X, t): 2}))",
        "d = diff(X**2 + Y**2 - 25, t)\nprint(d.subs({diff(X, t): 2, X: 3, Y: 4}))",
        "d = diff(X*Y, t)\nprint(d.subs({X: 2, diff(Y, t): 5, Y: 1, diff(X, t): -1}))",
        "r = Function('r')(t)\nV = Rational(4, 3)*pi*r**3\nprint(diff(V, t).subs({r: 5, diff(r, t): 2}))",
        "r = Function('r')(t)\nA = pi*r**2\nprint(solve(Eq(diff(A, t), 10), diff(r, t))[0].subs({r: 3}))",
        "h = Function('h')(t)\nV = pi*h**3/12\nprint(diff(V, t).subs({h: 4, diff(h, t): Rational(1, 2)}))",
        "print(diff(X**3*Y, t, 2).subs({X: 1, Y: 2, diff(X, t): 3, diff(Y, t): 4, diff(X, t, 2): 0, diff(Y, t, 2): 1}))",
        "print((x + y).subs({y: 2, x: y}))", "print((x + y).subs({x: y, y: 2}))",
        "print((x*y + z).subs({x*y: 5, x: 2}))", "print((x**2 + x).subs({x**2: y, x: 3}))",
        "print(sin(x + y).subs({x + y: pi, x: 0}))", "print((x + y).subs({(y, 2), (x, y)}))",
        "print((x + 2.0*y).subs({x: 1.5, y: 0.5}))", "print((x + y + z).subs({z: x, x: y, y: 1}))",
        "print((x + y + z).subs([(z, x), (x, y), (y, 1)]))", "print((x*y).subs({x: y + 1, y: 3}))",
        "print(exp(x*y).subs({x*y: 2, y: 3}))", "print((X + Y).subs({X: Y, Y: 2}))",
        "print(Matrix([x, y]).subs({x: y, y: 3}))", "print((x**2*y).evalf(subs={x: y, y: 2}))",
    ]


if __name__ == "__main__":
    emit(PRE, programs())
