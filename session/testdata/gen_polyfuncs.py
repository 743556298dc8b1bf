"""Generate polyfuncs_golden.jsonl: interpolate (Lagrange's form through
the points, expanded; a known abscissa gives its value; a number or a
symbol of the data for x), integer_nthroot, binomial_coefficients and
binomial_coefficients_list, residue, linear_eq_to_matrix (coefficients read off
the expression tree without expanding, Eq sides subtracted, the
NonlinearError messages) and ode_order, with random data from a fixed
seed. dcalc must print SymPy's answer or raise NotImplementedError. Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_polyfuncs.py > polyfuncs_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, t = symbols('x y z t')\na, b = symbols('a b')\nf, g = symbols('f g', cls=Function)\n"


def programs():
    out = [
        "print(interpolate([(1, 2), (2, 5), (3, 10)], x), interpolate([1, 4, 9, 16], x), interpolate([(0, 1), (1, Rational(1, 2)), (3, y)], x))",
        "print(interpolate([1, 4, 9, 16], 5), interpolate([1, 4, 9], 2), interpolate({1: 3, 2: 5, 4: 9}, x), interpolate([(1, x), (2, 2*x)], x), interpolate([(0, 1), (2, 5)], t))",
        "print(interpolate([(0, 0), (pi/2, 1), (pi, 0)], x), interpolate([(a, 1), (b, 2)], x), interpolate([0.5, 1.5, 4.0], x), interpolate([(1, 1)], x))",
        "print(integer_nthroot(16, 2), integer_nthroot(26, 3), integer_nthroot(0, 5), integer_nthroot(10**30 + 1, 3), integer_nthroot(1, 7), integer_nthroot(2**64, 64))",
        "print(binomial_coefficients(3), binomial_coefficients(4), binomial_coefficients_list(4), binomial_coefficients_list(0), binomial_coefficients(1))",
        "print(linear_eq_to_matrix([x + 2*y - 3, 3*x - y + z], [x, y, z]))",
        "print(linear_eq_to_matrix([Eq(x + y, 2), Eq(2*x - y, 1)], x, y))",
        "print(linear_eq_to_matrix([(a + 1)**2*x + 2*x - b, a*(x + y) - 2, Eq(3*x, y + a)], x, y))",
        "print(linear_eq_to_matrix(Matrix([x + y - 1, x - y]), [x, y]), linear_eq_to_matrix(x + 2, x), linear_eq_to_matrix(Eq(x, x + y), (x, y)))",
        "print(linear_eq_to_matrix([sin(a)*x + exp(b)*y, x/2 - y/3 + Rational(1, 5)], x, y))",
        "A, bb = linear_eq_to_matrix([2*x + 3*y - 7, x - y + 1], [x, y])\nprint(A.inv()*bb, A.det())",
        "linear_eq_to_matrix([x*y - 1], [x, y])",
        "linear_eq_to_matrix([x**2 - 1], [x, y])",
        "linear_eq_to_matrix([x + y], {x, y})",
        "linear_eq_to_matrix([x + y], [x, x])",
        "print(ode_order(f(x).diff(x, 2) + g(x).diff(x, 3), f(x)), ode_order(f(x).diff(x, 2) + g(x).diff(x, 3), g(x)), ode_order(Eq(f(x).diff(x), x), f(x)), ode_order(x**2, f(x)), ode_order(f(x).diff(x, 2), f))",
        "print(ode_order(sin(f(x).diff(x, 3)) + f(x), f(x)), ode_order(f(x).diff(x)**2 + f(x).diff(x, 2), f(x)), ode_order(Derivative(f(x)**2, x, 2), f(x)))",
    ]
    out += [
        "z = symbols('z')\nprint(residue(1/(z**2+1), z, I), residue(1/(z**2+1), z, -I))",
        "z = symbols('z')\nprint(residue(exp(z)/z**2, z, 0), residue(1/sin(z), z), residue(cot(pi*z), z, 0), residue(exp(1/z), z))",
        "z = symbols('z')\na = symbols('a', positive=True)\nprint(residue(1/(z**2 + a**2), z, I*a), residue(z/(z - a)**2, z, a), residue(1/(z*(z - 1)**3), z, 1))",
        "z = symbols('z')\nprint(residue(z**2, z), residue(1/z**3, z), residue(sin(z)/z**4, z), residue(1/(z**4 + 1), z, exp(I*pi/4)))",
        "z = symbols('z')\nprint(residue(tan(z), z, pi/2), residue(1/(exp(z) - 1), z, 0), residue(z/((z - 1)*(z + 2)), z, -2))",
        "z = symbols('z')\nprint(residue(sqrt(z), z))",
        "z = symbols('z')\nprint(residue(1/(z**2 - 3*z + 2), z, 2), residue(exp(z)/(z - 1)**3, z, 1), residue(cos(z)/z**5, z))",
    ]
    r = random.Random(7)
    for _ in range(25):
        n = r.randint(2, 5)
        xs = r.sample(range(-5, 8), n)
        ys = [r.randint(-9, 9) for _ in xs]
        out.append("print(interpolate(%r, x))" % list(zip(xs, ys)))
        cs = [[r.randint(-4, 4) for _ in range(3)] for _ in range(3)]
        eqs = ", ".join("%d*x + %d*y - %d*z + %d" % (c[0], c[1], c[2], r.randint(-5, 5)) for c in cs)
        out.append("print(linear_eq_to_matrix([%s], x, y, z))" % eqs)
    return out


if __name__ == "__main__":
    emit(PRE, programs())
