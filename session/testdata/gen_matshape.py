"""Generate matshape_golden.jsonl: the Matrix methods notebooks use to
build and inspect matrices (row_join, col_join, hstack, vstack,
row_insert, col_insert, extract, minor_submatrix, minor, cofactor,
cofactor_matrix, multiply_elementwise, upper_triangular,
lower_triangular, is_diagonal, is_upper, is_lower, is_zero_matrix,
is_hermitian, is_diagonalizable, classmethods through an instance), with
their errors. dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_matshape.py > matshape_golden.jsonl
"""
import json
import random

import sympy

from goldenlib import run

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b = symbols('x y a b')\n"

rng = random.Random(21)
MS = ['Matrix([[1, 2], [3, 4]])', 'Matrix([[x, 1], [0, y]])', 'Matrix([[1, 2, 3], [4, 5, 6]])', 'Matrix([1, 2, 3])',
      'Matrix([[1, 0], [0, 2]])', 'Matrix([[a, b], [b, a]])', 'Matrix([[2, 1, 0], [1, 2, 1], [0, 1, 2]])', 'eye(3)',
      'Matrix([[0, 0], [0, 0]])', 'Matrix([[x, 0], [0, 0]])', 'Matrix([[1, 1], [0, 1]])', 'Matrix([[1, I], [-I, 2]])',
      'Matrix([[x**2, x*y], [x*y, y**2]])', 'Matrix([[1, 2, 3], [0, 4, 5], [0, 0, 6]])', 'Matrix([[0, 1], [-1, 0]])',
      'Matrix(3, 3, lambda i, j: i + j)', 'zeros(2, 3)', 'Matrix([[a, 0], [b, 0]])', 'Matrix([[1.5, 0], [0, 0.0]])']
progs = []
for m in MS:
    for p in ['is_upper', 'is_lower', 'is_zero_matrix', 'is_hermitian', 'is_diagonal()', 'is_diagonalizable()',
              'upper_triangular()', 'lower_triangular()', 'upper_triangular(1)', 'lower_triangular(-1)', 'cofactor_matrix()',
              'minor(0, 0)', 'cofactor(0, 1)', 'minor_submatrix(1, 1)', 'minor(-1, -1)', 'extract([0, -1], [0])',
              'is_diagonalizable(reals_only=True)']:
        if rng.random() < 0.5:
            progs.append('M = %s\nprint(M.%s)' % (m, p))
for _ in range(70):
    m1, m2 = rng.choice(MS), rng.choice(MS)
    op = rng.choice(['row_join', 'col_join', 'multiply_elementwise', 'hstack', 'vstack', 'row_insert', 'col_insert'])
    if op in ('hstack', 'vstack'):
        progs.append('print(Matrix.%s(%s, %s))' % (op, m1, m2))
    elif op in ('row_insert', 'col_insert'):
        progs.append('print((%s).%s(%d, %s))' % (m1, op, rng.randint(-3, 3), m2))
    else:
        progs.append('print((%s).%s(%s))' % (m1, op, m2))
progs += ['print(Matrix.hstack(), Matrix.vstack(eye(2)), Matrix.hstack(eye(2), eye(2), eye(2)))',
          'M = Matrix([[1, 2], [3, 4]])\nprint(M.zeros(2), M.eye(2), M.hstack(M, M))',
          'M = Matrix([[1, 2], [3, 4]])\nprint(M.minor(2, 0))', 'M = Matrix([[1, 2, 3]])\nprint(M.minor(0, 0))',
          'M = Matrix([[1, 2], [3, 4]])\nprint(M.extract([0, 5], [0]))',
          'M = Matrix([[1, 2], [3, 4]])\nprint(M.extract(range(2), [1]), M.row_insert(1, Matrix([[0, 0]])))',
          "H = hessian(x**2*y + y**3, (x, y))\nprint(H.is_diagonal(), H.is_symmetric(), H.is_diagonalizable(), H.cofactor_matrix())"]
for src in progs:
    out = run(PRE, src)
    if out is not None:
        # an exception without a message ends CPython's traceback with
        # its bare name (run writes "Name: ")
        if out.endswith(': \n'):
            out = out[:-3] + '\n'
        print(json.dumps({"src": src, "stdout": out}))
