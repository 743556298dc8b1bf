"""Generate solvematrix_golden.jsonl: solve with a Matrix of equations,
as optimisation notebooks write a gradient (solve(g, [x1, x2]) for
g = Matrix([diff(f, v) for v in vs]), or gradient's column): a Matrix
is iterable in SymPy, so its entries are the equations, with dict=True,
set=True, ImmutableMatrix, row and column vectors, linear and
polynomial systems; and systems solved without naming the unknowns,
which SymPy answers with dicts (tuples only for symbols given in
order), with dict=True and set=True; and systems with equations that
are not polynomial whose equations split into groups sharing no
unknown (_solve_system's connected components: a gradient like
[exp(x) - 1, 2*y]), each group solved alone. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvematrix.py > solvematrix_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a = symbols('x y z a')\nx1, x2 = symbols('x1 x2')\n"

FUNCS = [
    "(1 - x1)**2 + 100*(x2 - x1**2)**2", "x1**2 + x1*x2 + x2**2 - 3*x1", "x1**3 - 3*x1 + x2**2",
    "x1**2*x2 - x2**3 + x2", "(x1 - 2)**2 + (x2 + 1)**2", "x1*x2*(1 - x1 - x2)", "a*x1**2 + x2**2 - x1*x2",
    "x1**4 + x2**4 - 4*x1*x2", "exp(x1) - x1 + x2**2",
]


def programs():
    progs = []
    for f in FUNCS:
        progs.append("f = %s\ng = Matrix([diff(f, v) for v in (x1, x2)])\nprint(solve(g, [x1, x2], dict=True))" % f)
        progs.append("f = %s\nprint(solve(Matrix([diff(f, x1), diff(f, x2)]), [x1, x2]))" % f)
    progs += [
        "print(solve(Matrix([x - 1, y - 2]), [x, y]))",
        "print(solve(Matrix([[x - 1, y - 2]]), x, y))",
        "print(solve(Matrix([x**2 - 1, y - 2]), [x, y]))",
        "print(solve(Matrix([x - 1]), x))",
        "print(solve(ImmutableMatrix([x - 1, y]), [x, y]))",
        "print(solve(Matrix([x + y - 3, x - y - 1]), [x, y], set=True))",
        "print(solve(Matrix([[x + y, 1], [x - y, 2]]) - Matrix([[3, 1], [1, 2]]), [x, y]))",
        "A = Matrix([[2, 1], [1, 3]])\nb = Matrix([1, 2])\nv = Matrix([x, y])\nprint(solve(A*v - b, [x, y]))",
        "v = Matrix([x, y, z])\nprint(solve(Matrix([[1, 1, 1], [1, -1, 0], [0, 1, -1]])*v - Matrix([6, -1, -1]), v))",
        "print(solve(Matrix([x*y - 2, x + y - 3]), [x, y], dict=True))",
        "print(solve([2*x - 2, 4*y**3]))", "print(solve([x**2 - 1, y - 2]))", "print(solve([x + y - 3, x - y - 1]))",
        "print(solve([x**2 - 1]))", "print(solve([x**2 - 1], x))", "print(solve([x*y - 1, x - 1]))",
        "print(solve(Matrix([2*x - 2, 4*y**3])))", "print(solve((x**2 - 1, y - 2), set=True))",
        "print(solve([x + y - 3, x - y - 1], set=True))", "print(solve([x**2 - 1, y - 2], dict=True))",
        "print(solve([y**2 - 1, x - 2]))", "print(solve([z*y - 1, x - y, z - 2]))", "print(solve([x**2 - y, y - 4], set=True))",
        "print(solve([a*x - 1, y - x]))", "print(solve([x**2 + y**2 - 1, x - y]))", "print(solve((x**2 - 4,)))",
        "print(solve([exp(x) - 1, 2*y], [x, y]))", "print(solve([exp(x) - 1, 2*y], [x, y], dict=True))",
        "print(solve([sin(x), y - 1], [x, y]))", "print(solve([sin(x), y**2 - 1], [x, y]))",
        "print(solve([sin(x), y**2 - 1]))", "print(solve([exp(x) - 2, y + z - 1, y - z], [x, y, z]))",
        "print(solve([log(x), exp(y) - 3], dict=True))", "print(solve([tan(x), y], [x, y], set=True))",
        "print(solve([exp(x) - 2, x*y - 1], [x, y]))", "print(solve([log(x) - 1, y - x], [x, y]))",
        "print(solve([exp(x) - y, y - 2], [x, y]))", "print(solve([cos(x) - 1, y**3 - 8], [x, y]))",
        "print(solve([exp(2*x) - 3, y*z - 1, z - 2], [x, y, z]))", "print(solve([x - 2, exp(y) - 5], [x, y]))",
        "f = exp(x1) - x1 + x2**2 + 3*x2\ng = Matrix([diff(f, v) for v in (x1, x2)])\nprint(solve(g, [x1, x2], dict=True))",
        "f = x1*log(x1) + (x2 - 1)**2\nprint(solve([diff(f, x1), diff(f, x2)], [x1, x2]))",
        "f = sin(x1) + x2**2\nprint(solve([diff(f, x1), diff(f, x2)], [x1, x2]))",
    ]
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
