"""Generate finitediff_golden.jsonl: finite_diff_weights,
apply_finite_diff, Derivative.as_finite_difference and
differentiate_finite (sympy.calculus.finite_diff) on integer, rational,
float and symbolic grids, from SymPy 1.14. dcalc must print the same or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_finitediff.py > session/testdata/finitediff_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, h, k = symbols('x y h k')\nf, g = symbols('f g', cls=Function)\n"

WEIGHTS = [
    "1, [-1, 0, 1], 0", "2, [-1, 0, 1], 0", "0, [0, 1, 2], 0", "2, [0, 1], 0", "1, [0, 1, 2, 3], 0",
    "3, [0, 1, 2, 3, 4], 0", "4, [-2, -1, 0, 1, 2], 0", "1, [0, 1, -1, 2, -2], 0", "2, [0, 1, -1, 2, -2], 0",
    "1, [-1, 0, 1]", "1, [S(1)/2, 1, 2], 0", "1, [0.5, 1, 2], 0", "2, [-h, 0, h], 0", "1, [x - h, x, x + h], x",
    "1, [x, x + h, x + 2*h], x", "2, [0, h, 2*h, 3*h], 0", "1, [-3*h/2, -h/2, h/2, 3*h/2], 0", "1, [0, h, k], 0",
    "1, [1, 2, 4], 3", "3, [-1, 0, 1], 0", "1, [2], 0", "0, [x], y", "1, [], 0", "1, [-1, 0, 1], S(1)/2",
    "2, [-1, 0, 1, 2], S(1)/3",
]
programs = ["print(finite_diff_weights(%s))" % w for w in WEIGHTS]
programs += ["print(finite_diff_weights(%s)[-1][-1])" % w for w in WEIGHTS[:12]]
programs += [
    "print(finite_diff_weights(-1, [0, 1]))", "print(finite_diff_weights(x, [0, 1]))",
    "print(finite_diff_weights(S(3)/2, [0, 1]))", "print(finite_diff_weights(S(2), [0, 1, 2], 0))",
    "print(apply_finite_diff(1, [-1, 0, 1], [3, 4, 7], 0))", "print(apply_finite_diff(2, [-1, 0, 1], [3, 4, 7], 0))",
    "print(apply_finite_diff(1, [5, 6, 7], [x**2, y, 1]))", "print(apply_finite_diff(1, [5, 6, 7], [x, y, 1], 6))",
    "print(apply_finite_diff(1, [x - h, x, x + h], [f(x - h), f(x), f(x + h)], x))",
    "print(apply_finite_diff(2, [x - h, x, x + h], [f(x - h), f(x), f(x + h)], x))",
    "print(apply_finite_diff(1, [0, 1], [1, 2, 3]))", "print(apply_finite_diff(1, [0.1, 0.2, 0.4], [1, 2, 3], 0.15))",
    "print(apply_finite_diff(1, [-h, 0, h], [sin(-h), 0, sin(h)], 0))",
]
DERIVS = ["f(x).diff(x)", "f(x).diff(x, 2)", "f(x).diff(x, 3)", "f(x).diff(x, 4)", "(x*f(x)).diff(x, evaluate=False)",
          "Derivative(f(x)**2, x)", "Derivative(sin(x), x)", "Derivative(f(x, y), x)", "Derivative(f(x, y), x, y)",
          "Derivative(f(x, y), x, 2, y)", "Derivative(f(x, y), y, x)", "Derivative(f(x)*g(x), x)", "Derivative(f(2*x), x)"]
ARGS = ["", "h", "2*h", "S(1)/2", "[x - h, x, x + h]", "[x, x + h, x + 2*h]", "[x - h, x + 2*h]", "h, x0=y",
        "points=h", "points=[x - 1, x, x + 1], x0=x", "h, wrt=x", "h, wrt=y", "k, x0=0", "0.5"]
for d in DERIVS:
    for a in ARGS:
        programs.append("print(%s.as_finite_difference(%s))" % (d, a))
programs += [
    "print(f(x).diff(x, 2).as_finite_difference([x, x + h]))",
    "print((x**2).as_finite_difference())",
    "print(differentiate_finite(f(x)*x, x))", "print(differentiate_finite(f(x)*g(x), x))",
    "print(differentiate_finite(f(x)*g(x), x, points=h))", "print(differentiate_finite(f(x)**2, x, 2))",
    "print(differentiate_finite(x*f(x) + g(x), x, points=[x - h, x, x + h]))",
    "print(differentiate_finite(f(x, y)*x, x, y))", "print(differentiate_finite(sin(x), x))",
    "print(differentiate_finite(f(x)*g(x), x, evaluate=True))",
    "print(differentiate_finite(f(x).diff(x)*g(x), x))",
]

emit(PRE, programs)
