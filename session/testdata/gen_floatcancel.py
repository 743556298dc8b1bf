"""Generate floatcancel_golden.jsonl: cancel, together, factor_terms,
expand and simplify of rational functions with Float coefficients (the
domain SymPy calls RR: Floats read as the nearest fraction with
denominator up to 2**53//200, divided by the monic gcd over QQ, written
back as Floats), limits of expressions with Floats (made exact numbers
first, as Limit.doit does), systems solved with Floats (rationalised,
solved, the values written back with nfloat), the gradient of a squared error with a Float weight,
logistic functions and trigonometric sums with Float coefficients.
Hand-picked programs first, then 160 random ones (seed 21). With SymPy
1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_floatcancel.py > floatcancel_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, w, b = symbols('x w b')\n"

PROGRAMS = [
    'print(cancel(1.0*x**2), cancel(1.0*x**2 + x), cancel((0.5*x**2 - 0.5)/(x - 1)), cancel(0.1*x/(0.3*x**2)))',
    'print(cancel((x**2 - 1)/(2.0*x - 2)), cancel(x**0.5*2.0 + x), cancel((0.2*x - 0.4)/(2 - x)))',
    "y = symbols('y')\nprint(cancel(0.1*x**2*y + 0.3*x*y/(0.7*x)), cancel(x/3.0 + y/7.0))",
    'print(simplify(1.0*x**2), simplify(1.0*x**2 + x), simplify(0.5*x + 0.25*x), simplify(x/2.0 + x/(x + 1)))',
    'print(simplify(0.5*x**2 + 0.5*x**2), simplify(0.5*x*(x + 1) - 0.5*x), simplify(1.5/(x + 1) + 0.5/(x + 1)))',
    'print(simplify(diff(0.5*(w*x + b - 2.0)**2, w)), simplify(1/(1 + exp(-0.5*x))), simplify(log(2.0*x) - log(x)))',
    'print(simplify(0.01*x**2/(0.02*x)), simplify(x**2.0/x), simplify(3.0*x + 2*x), simplify(x*1e-3 + x))',
    'print(limit(0.5*x/(x + 1), x, oo), limit(0.5*x, x, 1), limit(x**2, x, 0.5), limit(sin(0.1*x)/x, x, 0))',
    'print(limit(0.333333333333333*x, x, 3), limit((1 + 0.5/x)**x, x, oo), limit(2.5, x, 0), limit(x**1.5/x, x, 0))',
    'print(integrate(0.5*exp(-x), (x, 0, oo)), integrate(exp(-0.5*x), (x, 0, oo)), integrate(0.3*x**2, (x, 1, 2)))',
    "y = symbols('y')\nprint(solve([0.5*x + y - 1, x - y], [x, y]), solve([0.3*x + 0.2*y - 1, 0.1*x - 0.4*y], [x, y]))",
    "y = symbols('y')\nprint(solve([x**2 + y**2 - 1.0, x - y], [x, y]), solve([x + y - 2.5, x - y], [x, y], dict=True))",
    "y = symbols('y')\nprint(solve([0.5*x + y - 1, x - y], [x, y], set=True), solve([1.0*x - y, y - 2]))",
    'print(solve(x**2 + 0.5*x - 0.25, x), solve(x**2 - 0.3*x - 0.1, x), solve(2.0*x**2 + 3*x - 1, x), solve(x**3 - 0.7*x, x))',
    'print(solve(0.333333333333333*x - 1, x), solve(0.142857142857143*x**2 - 1, x), solve(3.14159265358979*x - 1, x))',
    "y = symbols('y')\nprint(solve([x**2 + y**2 - 1.0, x - 2*y], [x, y]), solve([x*y - 0.5, x + y - 1.5], [x, y]))",
]

CS = ['0.5', '2.0', '0.1', '1.5', '3', '1', '0.25', '-0.3', '1e-3', '0.7']


def poly(d):
    ts = ['%s*x**%d' % (random.choice(CS), k) for k in range(random.randint(1, d) + 1) if random.random() < 0.8]
    return ' + '.join(ts) or 'x'


random.seed(21)
for _ in range(160):
    k = random.randint(0, 5)
    if k == 0:
        e = '(%s)/(%s)' % (poly(2), poly(2))
    elif k == 1:
        e = '(%s)*(x - 1)/((x - 1)*(%s))' % (poly(3), poly(1))
    elif k == 2:
        e = 'diff(%s*(w*x + b - %s)**2, w)' % (random.choice(CS), random.choice(CS))
    elif k == 3:
        e = '(%s) + (%s)/(x + %s)' % (poly(2), poly(2), random.choice(CS))
    elif k == 4:
        e = '1/(1 + exp(-%s*x))' % random.choice(CS)
    else:
        e = '%s*sin(x)**2 + %s*cos(x)**2 + %s' % (random.choice(CS), random.choice(CS), poly(1))
    f = random.choice(['simplify', 'simplify', 'cancel', 'together', 'factor_terms', 'expand'])
    PROGRAMS.append('print(%s(%s))' % (f, e))

emit(PRE, PROGRAMS)
