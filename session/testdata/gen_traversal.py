"""Generate traversal_golden.jsonl: preorder_traversal and
postorder_traversal over expressions, relations, logic, lists and
matrices, from SymPy 1.14. dcalc must print the same or raise
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

emit(PRE, programs)
