"""Generate indexed_golden.jsonl: IndexedBase and Indexed (x[i], A[i, j])
as ML notebooks use them for data points inside sums: printing in the
three printers, ordering among other terms, srepr, attributes,
substitution, derivatives of losses with respect to the weights (also
through Sum), Sum.doit over numeric ranges, from SymPy 1.14. dcalc must
print the same or raise NotImplementedError (KroneckerDelta(i, j) in
derivatives with respect to x[j]; sums over it, which SymPy writes with
Piecewise, are refused). Run with a
python3 that has SymPy 1.14:

    python3 session/testdata/gen_indexed.py > session/testdata/indexed_golden.jsonl
"""
import sympy

from goldenlib import emit, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\ni, j, k, n = symbols('i j k n', integer=True)\nw, b, t = symbols('w b t')\n"
       "x, y, A = IndexedBase('x'), IndexedBase('y'), IndexedBase('A')\n")

EXPRS = ["x", "x[i]", "A[i, j]", "x[i + 1]", "x[2*i]", "x[3]", "A[1, 2]", "x[i]**2", "w*x[i] + b", "y[i] - w*x[i] - b",
         "(y[i] - w*x[i] - b)**2", "x[i]*y[i] + x[j]*y[j]", "y[i] + x[i] + w + x[j] + b + x[2] + A[i, j] + exp(x[i]) + sin(w)",
         "y[i]*x[i]*w*x[j]*b*A[1, 2]", "x[10] + x[2] + x[1]", "1/(1 + exp(-w*x[i]))", "x[i].base", "x[i].indices",
         "A[i, j].indices", "x.label", "x[i].subs(i, 3)", "(w*x[i]).subs(w, 2)", "x[i].subs(x[i], t)", "x[i] == x[i]",
         "x[i] == y[i]", "x[i] + x[i]", "x[i].is_commutative", "x[i].func", "x[i].args",
         "diff((y[i] - w*x[i] - b)**2, w)", "diff((y[i] - w*x[i] - b)**2, b)", "diff(x[i], x[i])", "diff(x[i], w)",
         "diff(x[i], i)", "diff(A[i, j], A[i, j])", "diff(x[i]**3, x[i])", "diff(sin(w*x[i]), w, 2)",
         "diff(log(1 + exp(-y[i]*w*x[i])), w)", "diff(x[i], x[j])", "diff(x[i]*x[j], x[i])", "diff(x[1]**2 + x[2]**2, x[1])",
         "Sum((y[i] - w*x[i] - b)**2, (i, 1, n))", "diff(Sum((y[i] - w*x[i] - b)**2, (i, 1, n)), w)",
         "diff(Sum((y[i] - w*x[i] - b)**2, (i, 1, n)), b)", "Sum(x[i], (i, 1, 3)).doit()", "summation(x[i]**2, (i, 1, 3))",
         "Sum(x[i]*y[i], (i, 1, 4)).doit()", "Sum(x[i], (i, 1, n)).doit()", "Sum(w*x[i], (i, 1, 3)).doit().diff(w)",
         "expand((x[1] + x[2])**2)", "factor(x[1]**2 - x[2]**2)", "solve(w*x[1] - y[1], w)", "Indexed('z', i)",
         "Indexed(x, i, j)", "type(x[i])", "isinstance(x[i], Indexed)", "isinstance(x, IndexedBase)", "x[i].is_Symbol",
         "(x[i]**2).base", "(x[i]**2).exp", "exp(w).base", "exp(w).exp", "(w**t).base", "(w**t).exp"]
EXPRS += ["KroneckerDelta(i, j)", "KroneckerDelta(j, i)", "KroneckerDelta(1, 2)", "KroneckerDelta(i, i)", "KroneckerDelta(i, i + 1)",
          "KroneckerDelta(2, i)", "KroneckerDelta(i + 1, j)", "KroneckerDelta(i, j)**2", "KroneckerDelta(i, j)**-2",
          "diff(x[i]**2, x[j])", "diff(sin(x[i])*y[i], x[k])", "diff(Sum((y[i] - w*x[i] - b)**2, (i, 1, n)), x[j])",
          "diff(x[i], x[j]).subs(j, i)", "KroneckerDelta(i, j).subs({i: 1, j: 2})", "KroneckerDelta(i, j).is_integer",
          "diff(A[i, j], A[k, 1])", "diff(x[i]*y[j], x[j], y[i])", "diff(x[i], x[j], 2)", "diff(exp(w*x[i]), x[j], w)",
          "summation(x[i]*KroneckerDelta(i, j), (i, 1, n))", "Sum(x[i]*KroneckerDelta(i, j), (i, 1, 3)).doit()",
          "product(KroneckerDelta(i, j), (i, 1, 3))"]
PRINTS = ["KroneckerDelta(i, j)", "KroneckerDelta(i + 1, j)", "2*x[i]*KroneckerDelta(i, j)", "KroneckerDelta(i, j)/w",
          "diff(Sum((y[i] - w*x[i] - b)**2, (i, 1, n)), x[j])", "KroneckerDelta(i, j)*KroneckerDelta(j, k)"]
PRINTS += ["x[i]", "A[i, j]", "x[i]**2", "x[i + 1]", "(y[i] - w*x[i] - b)**2", "Sum((y[i] - w*x[i] - b)**2, (i, 1, n))",
          "x[i]*y[j]/A[i, j]", "sqrt(x[i])", "exp(-w*x[i])", "diff(Sum((y[i] - w*x[i] - b)**2, (i, 1, n)), w)"]

programs = repr_and_print_programs(EXPRS, PRINTS)
programs += [
    "print(srepr(x[i]), srepr(A[i, 2]))",
    "print(str(x), type(x).__name__, repr(x), x == IndexedBase('x'), {x: 1}[IndexedBase('x')])",
    "m = 3\nL = sum((y[k] - w*x[k] - b)**2 for k in range(1, m + 1))\nprint(L)\nprint(diff(L, w))\nprint(solve([diff(L, w), diff(L, b)], [w, b]))",
    "L = Sum((y[i] - w*x[i] - b)**2, (i, 1, 3))\nprint(L.doit().subs({x[1]: 1, x[2]: 2, x[3]: 3, y[1]: 2, y[2]: 4, y[3]: 6}))",
]
emit(PRE, programs)
