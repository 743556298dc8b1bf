"""Generate linalg_golden.jsonl: Matrix row reduction (rref, echelon_form,
rank, nullspace, columnspace, rowspace) on random integer and rational
matrices, and containers of matrices in the printers, with SymPy 1.14's
stdout. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_linalg.py > session/testdata/linalg_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a = symbols('x y a')\n"

HAND = [
    "M = Matrix([[1,2,3],[4,5,6],[7,8,9]]); print(M.rref()); print(M.rank()); print(M.nullspace()); print(M.columnspace()); print(M.rowspace())",
    "N = Matrix([[2,4,1,3],[1,2,0,1],[3,6,1,4]]); print(N.rref(pivots=False)); pprint(N.nullspace()); print(latex(N.nullspace()))",
    "print(Matrix([[0,0],[0,0]]).nullspace(), Matrix([[0,0],[0,0]]).rref(), Matrix([[1,2],[3,4]]).nullspace())",
    "print(Matrix([[Rational(1,2), 1],[1,2]]).rref())",
    "M = Matrix([[1,2,3],[4,5,6],[7,8,9]]); print(M.echelon_form(), M.echelon_form(with_pivots=True))",
    "print(Matrix([[0, 3, 1],[2, 1, 5],[4, 0, 2]]).echelon_form())",
    "pprint((Matrix([1, 2]), 3)); pprint([Matrix([[1, 2]]), (x, Matrix([x]))], use_unicode=False)",
    "print(latex([Matrix([1, 2]), x])); print(latex((Matrix([[1, 2]]),)))",
    "print(Matrix(0, 3, []).rref(), Matrix(2, 0, []).nullspace())",
    "print(Matrix([[a, 1], [1, 2]]).rref())",
    "print(Matrix([[1.5, 1], [1, 2]]).rank())",
    "print(Matrix([[1, 2], [2, 4]]).rref(iszerofunc=lambda e: e == 0))",
    "print(Matrix([[2,1,1],[1,2,1],[1,1,2]]).eigenvals(), Matrix([[2,1,0],[1,2,1],[0,1,2]]).eigenvals(), Matrix([[2,0,0],[0,3,4],[0,4,9]]).eigenvals())",
    "print(Matrix([[4,1],[2,3]]).eigenvects()); print(Matrix([[1,2],[3,4]]).eigenvects())",
    "print(Matrix([[2,1,1],[1,2,1],[1,1,2]]).eigenvects()); print(Matrix([[2,1,0],[1,2,1],[0,1,2]]).eigenvects())",
    "print(Matrix([[4,1],[2,3]]).diagonalize()); print(Matrix([[2,1,1],[1,2,1],[1,1,2]]).diagonalize())",
    "print(Matrix([[0,-1],[1,0]]).eigenvects(), Matrix([[1,1],[0,1]]).eigenvects(), Matrix([[1,2,0],[0,3,0],[2,-4,2]]).eigenvects())",
    "print(Matrix([[Rational(1,2),1],[1,Rational(1,3)]]).eigenvects())",
    "Matrix([[1,1],[0,1]]).diagonalize()",
    "print(Matrix([[1,2,3],[4,5,6],[7,8,10]]).eigenvects())",
    "print(Matrix([[1,2,3],[4,5,6],[7,8,10]]).eigenvals())",
    "print(Matrix([[1,2],[3,4]]).diagonalize())",
    "H = hessian(x**3 - 3*x + y**2*x + y**2, (x, y)); print([H.subs({x: 1, y: 0}).eigenvals(), H.subs({x: -1, y: 0}).eigenvals()])",
    "pprint(Matrix([[4,1],[2,3]]).eigenvects()); print(latex(Matrix([[4,1],[2,3]]).diagonalize()))",
    "print(Matrix([3, 4]).norm(), Matrix([x, y]).norm(), Matrix([[1, 2], [3, 4]]).norm(), Matrix([1, 2, 2]).normalized(), Matrix([Rational(1,2), 1]).norm(), Matrix([x, 0, 1]).normalized(), Matrix([[0, 0]]).norm())",
    "Matrix([0, 0]).normalized()",
    "for M in [Matrix([[1,2],[3,4]]), Matrix([[0,1],[1,0]]), Matrix([[1,2,3],[2,4,6],[1,1,1]]), Matrix([[1,2],[3,4],[5,6]]), Matrix([[0,0],[0,1]]), Matrix([[0,2,1],[0,4,3],[1,1,1]]), Matrix([[0,0,1],[0,0,2],[3,4,5]]), Matrix([[Rational(1,2),1],[1,3]])]: print(M.LUdecomposition())",
    "M = Matrix([[1,2],[3,4]]); p = M.charpoly(); print(p); print(repr(p)); pprint(p); print(latex(p)); print(p.as_expr(), p.all_coeffs(), p.degree())",
    "print(Matrix([[Rational(1,2),1],[1,3]]).charpoly(), Matrix([[1,2],[3,4]]).charpoly(x), factor(Matrix([[1,2],[3,4]]).charpoly(x).as_expr()))",
    "print(Matrix([[2,0,0],[0,3,4],[0,4,9]]).charpoly().as_expr(), Matrix([[a, 1], [1, a]]).charpoly())",
    "Matrix([[1, 2], [3, 4]]).normalized()",
    "for M in [Matrix([[1, 2], [2, 1]]), Matrix([[2,1,1],[1,2,1],[1,1,2]]), Matrix([[2,0,0],[0,3,4],[0,4,9]]), Matrix([[1,2],[0,3]]), Matrix([[x, 0], [0, 1]]), Matrix([[4,1],[2,3]]), Matrix([[0,-1],[1,0]]), Matrix([[1,1],[0,1]]), Matrix([[2,1,0],[1,2,1],[0,1,2]]), eye(3), Matrix([[5,4,2,1],[0,1,-1,-1],[-1,-1,3,0],[1,1,-1,2]]), Matrix([[1,2,3],[4,5,6],[7,8,10]])]: print(M.eigenvals(multiple=True))",
    "print(Matrix([[3, 1, 0], [0, 3, 0], [0, 0, 5]]).eigenvals(multiple=True), Matrix([[1, 2], [2, 1]]).eigenvals(multiple=False))",
]


def _random():
    rnd = random.Random(4)
    out = []
    for trial in range(60):
        r, c = rnd.randint(1, 4), rnd.randint(1, 5)
        rank = rnd.randint(0, min(r, c))

        def ent():
            if trial % 3 == 2:
                return 'Rational(%d, %d)' % (rnd.randint(-5, 5), rnd.randint(1, 4))
            return str(rnd.randint(-4, 4))
        # low-rank matrices: products of r x rank and rank x c
        if trial % 2 == 0 and rank > 0:
            A = '[' + ', '.join('[' + ', '.join(ent() for _ in range(rank)) + ']' for _ in range(r)) + ']'
            B = '[' + ', '.join('[' + ', '.join(ent() for _ in range(c)) + ']' for _ in range(rank)) + ']'
            m = 'Matrix(%s)*Matrix(%s)' % (A, B)
        else:
            m = 'Matrix(%s)' % ('[' + ', '.join('[' + ', '.join(ent() for _ in range(c)) + ']' for _ in range(r)) + ']')
        meth = ['rref()', 'echelon_form()', 'rank()', 'nullspace()', 'columnspace()', 'rowspace()'][trial % 6]
        out.append('M = %s; print(M.%s)' % (m, meth))
    return out


def _random_eigen():
    rnd = random.Random(14)
    out = []
    for trial in range(50):
        n = rnd.choice([2, 2, 3, 3, 4])
        sym = trial % 2 == 0
        m = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if sym and j < i:
                    m[i][j] = m[j][i]
                else:
                    m[i][j] = rnd.randint(-3, 3) if rnd.random() < 0.8 else 0
        meth = ['eigenvals()', 'eigenvects()', 'diagonalize()', 'LUdecomposition()'][trial % 4]
        out.append('print(Matrix(%s).%s)' % (m, meth))
    return out



# wronskian, GramSchmidt, QRdecomposition, the in-place row_del, col_del
# and simplify, vec
EDITS = [
    'r, s, t = symbols("r s t", real=True)\nb = symbols("b")\nfor M in [Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]), Matrix([[2, 1], [1, 2]]), Matrix([[r**2, r*s], [r*s, s**2 + 1]]), Matrix([[b, 1], [1, b]]), Matrix([[1, 2], [2, 1]]), Matrix([[1, 2], [3, 4]]), Matrix([[2, I], [-I, 2]]), Matrix([[1, 0], [0, 0]]), Matrix([[1, 2, 3], [4, 5, 6]]), Matrix([[r, s], [s, t]]), Matrix([[r, 1], [1, r]])]:\n    for h in (True, False):\n        try:\n            print(M.cholesky(hermitian=h))\n        except Exception as e:\n            print(type(e).__name__, e)\n        try:\n            print(M.LDLdecomposition(h))\n        except Exception as e:\n            print(type(e).__name__, e)',
    'print(wronskian([sin(x), cos(x)], x))',
    'print(wronskian([exp(x), exp(2*x)], x))',
    'print(wronskian([1, x, x**2], x))',
    'print(wronskian([exp(x), x*exp(x), x**2*exp(x)], x))',
    'print(wronskian([x, x**2, x**3], x))',
    'print(wronskian([sin(2*x), cos(2*x)], x))',
    'print(simplify(wronskian([sin(x), cos(x)], x)))',
    'print(wronskian([exp(a*x), exp(y*x)], x))',
    'print(wronskian([x], x), wronskian([], x))',
    'M = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]); M.col_del(1); print(M)',
    'M = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]); M.row_del(0); print(M)',
    'M = Matrix([[1, 2, 3], [4, 5, 6]]); print(M.col_del(-1), M)',
    'M = Matrix([[1, 2], [3, 4]]); M.row_del(5)',
    'print(GramSchmidt([Matrix([1, 1]), Matrix([1, 0])]))',
    'print(GramSchmidt([Matrix([1, 1]), Matrix([1, 0])], True))',
    'print(GramSchmidt([Matrix([1, 2, 2]), Matrix([1, 0, 1]), Matrix([0, 1, 1])]))',
    'print(GramSchmidt([Matrix([1, 2, 2]), Matrix([1, 0, 1])], orthonormal=True))',
    'print(GramSchmidt([Matrix([x, 1]), Matrix([1, x])]))',
    'Q, R = Matrix([[1, 1], [1, 0]]).QRdecomposition(); print(Q); print(R)',
    'Q, R = Matrix([[12, -51, 4], [6, 167, -68], [-4, 24, -41]]).QRdecomposition(); print(Q); print(R)',
    'Q, R = Matrix([[1, 2], [3, 4], [5, 6]]).QRdecomposition(); print(Q); print(R)',
    'M = Matrix([[sin(x)**2 + cos(x)**2, x/x], [(x**2 - 1)/(x - 1), 2]]); M.simplify(); print(M)',
    'M = Matrix([[sin(x)**2 + cos(x)**2, (x**2 - 1)/(x - 1)]]); print(M.simplify(), M)',
    'print(simplify(Matrix([[sin(x)**2 + cos(x)**2, (x**2 - 1)/(x - 1)]])))',
    'print(Matrix([[1, 2], [3, 4]]).T.col_del(0) if False else Matrix([[1, 2], [3, 4]]).vec())',
]

SOLVE = [
    'A = Matrix([[2, 1], [1, 3]]); print(A.solve(Matrix([1, 2])), A.solve(Matrix([[1, 0], [0, 1]])), A.solve(Matrix([1, 2]), method="LU"))',
    'print(Matrix([[Rational(1, 2), 3], [4, 5]]).solve(Matrix([1, 1])), Matrix([[1, 0], [0, 1], [1, 1]]).solve(Matrix([1, 2, 3])))',
    'print(Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]]).solve(Matrix([1, 0, 0])))',
    'Matrix([[1, 2], [2, 4]]).solve(Matrix([1, 2]))',
    'Matrix([[1, 2], [2, 4]]).solve(Matrix([1, 3]), method="LU")',
    'Matrix([[1, 0], [0, 1], [1, 1]]).solve(Matrix([1, 2, 4]))',
    'Matrix([[1, 1], [1, 2]]).solve(Matrix([1, 2, 3]))',
    'Matrix([[1, 1], [1, 2]]).solve(Matrix([1, 2, 3]), method="LU")',
    'Matrix([[1, 1], [1, 2]]).solve([1, 2])',
    'Matrix([[1, 1], [1, 2]]).solve((1, 2))',
    'print(Matrix([[1, 2, 1], [2, 4, 3]]).gauss_jordan_solve(Matrix([1, 2])))',
    'print(Matrix([[1, 2], [2, 4]]).gauss_jordan_solve(Matrix([[1, 0], [2, 0]])), Matrix([[1, 2], [3, 4]]).gauss_jordan_solve(Matrix([1, 2])))',
    'sol, params = Matrix([[1, 2, 3, 4], [2, 4, 6, 8], [1, 0, 1, 0]]).gauss_jordan_solve(Matrix([1, 2, 3])); print(sol, params); pprint(sol)',
    'Matrix([[1, 2], [2, 4]]).gauss_jordan_solve(Matrix([1, 3]))',
    'print(Matrix([[1, 2, 1], [2, 4, 3]]).gauss_jordan_solve(Matrix([1, 2]), freevar=True), Matrix([[1, 2], [3, 4]]).gauss_jordan_solve(Matrix([1, 2]), True))',
    'print(Matrix([[2, 1], [1, 3]]).LUsolve(Matrix([1, 2])), Matrix([[0, 1], [1, 1]]).LUsolve(Matrix([[1, 2], [3, 4]])))',
    'Matrix([[1, 2], [2, 4]]).LUsolve(Matrix([1, 2]))',
    'Matrix([[1, 2], [2, 4]]).LUsolve((1, 2))',
]


def _random_solve():
    rng = random.Random(41)
    out = []
    for _ in range(30):
        n = rng.randint(2, 4)
        m = [[rng.randint(-4, 4) for _ in range(n)] for _ in range(n)]
        b = [rng.randint(-5, 5) for _ in range(n)]
        out.append('print(Matrix(%r).solve(Matrix(%r)))' % (m, b))
    return out


emit(PRE, HAND + EDITS + _random() + _random_eigen() + SOLVE + _random_solve())
