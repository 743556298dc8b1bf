"""Generate traversal_golden.jsonl: preorder_traversal and
postorder_traversal over expressions, relations, logic, lists and
matrices, and as_coefficients_dict, from SymPy 1.14. dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_traversal.py > session/testdata/traversal_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nf = Function('f')\n"

# (not And or Or: preorder_traversal walks their argument sets in hash
# order, which differs from run to run)
NODES = ["x**2 + x*y", "sin(x)**2*exp(y) + 3", "Eq(x, y + 1)", "[x + 1, (sin(x), 2)]",
         "Matrix([[x, 1], [y**2, z]])", "3", "Rational(1, 2)*x - y/3", "Integral(x**2, (x, 0, 1))", "Derivative(f(x), x)",
         "f(x + y)*cos(2*z)", "Piecewise((x, x > 0), (0, True))", "(x + y)**-2", "sqrt(x) + I*y", "Tuple(x, (y, z))"]
programs = []
for n in NODES:
    programs.append("print(list(preorder_traversal(%s)))" % n)
    programs.append("print(list(postorder_traversal(%s)))" % n)
programs += [
    "for a in preorder_traversal(sin(x)**2*exp(y) + 3):\n    print(a, type(a).__name__)",
    "print(sum(1 for _ in preorder_traversal(diff(exp(sin(x))*x**3, x, 3))))",
    "print(repr(preorder_traversal(x))[:44])\nprint(repr(postorder_traversal(x))[:39])",
    "e = x*sin(y) + exp(x*y)\nprint([a for a in preorder_traversal(e) if a.is_Symbol])\nprint(sorted(str(a.func) for a in postorder_traversal(e) if a.is_Function))",
]
programs += [
    "expr = x**3 + 2*x**2 + x\nprint(expr.as_coefficients_dict())",
    "a, b = symbols('a b')\nprint((3*x + a*x + 4).as_coefficients_dict())\nprint((3*a*x).as_coefficients_dict(x))\nprint((3*a*x).as_coefficients_dict(y))",
    "a, b = symbols('a b')\nprint((3*x + a*x + 4 + 2*b).as_coefficients_dict(x))\nprint((x*y + 2*x + y + 7).as_coefficients_dict(x, y))\nprint(x.as_coefficients_dict(), Integer(5).as_coefficients_dict(), (2*x).as_coefficients_dict())",
    "d = (x**2 - 3*x*y + y).as_coefficients_dict()\nprint(d[x**2], d[x*y], d[z], d)\nprint(type(d).__name__, dict(d))",
    "print((sin(x) + 2*sin(x)*cos(x) + Rational(1, 2)).as_coefficients_dict())\nprint((x/2 + 0.5*y).as_coefficients_dict())",
    "p = expand((x + 2*y + 1)**3)\ncoeffs = p.as_coefficients_dict()\nprint(sorted(coeffs.items(), key=lambda kv: default_sort_key(kv[0])))",
]

emit(PRE, programs)
