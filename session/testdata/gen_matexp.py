"""Generate matexp_golden.jsonl: Matrix.exp and exp(M) of the matrices
linear ODE notebooks exponentiate (A*t for 2x2 and 3x3 systems with
real, repeated (Jordan blocks) and complex eigenvalues, numeric
matrices, a real symbol as the scale), as SymPy prints them, with the
solution x(t) = exp(A*t)*x0 and checks such as diff(exp(A*t), t) -
A*exp(A*t). dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_matexp.py > matexp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, t = symbols('x t')\ntr = symbols('tr', real=True)\n"

rng = random.Random(37)


def unimodular(n):
    # a product of elementary integer row operations: det 1, integer inverse
    m = sympy.eye(n)
    for _ in range(rng.randint(1, 3)):
        i, j = rng.sample(range(n), 2)
        m = m.elementary_row_op('n->n+km', row=i, k=rng.choice([-2, -1, 1, 2]), row2=j)
    return m


def jordanish(n):
    kind = rng.choice(['diag', 'diag', 'jordan', 'complex'])
    J = sympy.zeros(n, n)
    evs = [rng.randint(-3, 3) for _ in range(n)]
    for i in range(n):
        J[i, i] = evs[i]
    if kind == 'jordan':
        J[1, 1] = J[0, 0]
        J[0, 1] = 1
    elif kind == 'complex':
        a, b = rng.randint(-2, 2), rng.randint(1, 3)
        J[0, 0], J[0, 1], J[1, 0], J[1, 1] = a, -b, b, a
    P = unimodular(n)
    return P * J * P.inv()


progs = []
for _ in range(110):
    n = rng.choice([2, 2, 2, 3])
    A = jordanish(n)
    s = rng.choice(['', '*t', '*t', '*t', '*tr', '*2*t', '*x*t', '/2', '*(-t)'])
    a = 'Matrix(%s)%s' % (A.tolist(), s)
    op = rng.choice(['print((%s).exp())', 'print(exp(%s))', 'pprint((%s).exp())', 'print(latex((%s).exp()))',
                     'print((%s).exp()*Matrix([1, 0]) if (%s).shape[0] == 2 else (%s).exp()[0, 0])'])
    progs.append(op.replace('%s', a))
for _ in range(20):
    n = rng.choice([2, 3])
    A = sympy.Matrix(n, n, [rng.randint(-3, 3) for _ in range(n * n)])
    progs.append('print((Matrix(%s)*t).exp())' % A.tolist())
progs += ['print(Matrix([[1, 2, 3], [4, 5, 6]]).exp())', 'print(zeros(3).exp(), eye(2).exp())',
          'print(Matrix([[0, 1], [0, 0]]).exp(), (Matrix([[0, 1], [0, 0]])*t).exp())',
          'A = Matrix([[0, 1], [-2, -3]])\nE = (A*t).exp()\nprint(simplify(E.diff(t) - A*E), E.subs(t, 0))',
          'print(Matrix([[0.5, 0], [0, 1]]).exp())', 'print(Matrix([[x, 0], [0, 1]]).exp())',
          'print((Matrix([[0, 1], [-1, 0]])*t).exp())', 'print(Matrix([[0, -pi], [pi, 0]]).exp())',
          'print(Matrix([[1, 2], [3, 4]]).exp())', 'print(Matrix([[2]]).exp(), Matrix([[t]]).exp())',
          'M = Matrix([[1, 0], [0, 2]])\nprint(type(exp(M)).__name__, type(M.exp()).__name__)']
emit(PRE, progs)
