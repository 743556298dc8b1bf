"""Generate npobject_golden.jsonl: NumPy object arrays as notebooks make
them from SymPy values (np.array of a Matrix, a Hessian or Jacobian
after subs, lists of SymPy numbers and expressions, a numeric array
times a Symbol): their repr and str (each element's repr, unpadded,
wrapped), shape, dtype, indexing, iteration, tolist, transpose,
elementwise arithmetic, @, and the conversions astype(float) and
np.array(..., dtype=float) that hand them to numeric NumPy. dcalc must
print SymPy's and NumPy's answer or raise NotImplementedError. Run with
a python3 that has SymPy 1.14; NumPy 1.24 comes from Debian:

    cd session/testdata && python3 gen_npobject.py > npobject_golden.jsonl
"""
import random
import sys

sys.path.append("/usr/lib/python3/dist-packages")
import numpy  # noqa: E402
import sympy  # noqa: E402

from goldenlib import emit  # noqa: E402

assert numpy.__version__ == "1.24.2", numpy.__version__
assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nimport numpy as np\nx, y = symbols('x y')\n"

rng = random.Random(17)
VALS = ['Matrix([[2, 1], [10, 4]])', 'Matrix([x, 1])', 'Matrix([[1.5, x]])', '[x**2, 1, Rational(1, 2)]',
        '[[Float(1.5), 2], [3, 4]]', '[sqrt(2), pi]', '[x, 2*x + 1]', 'hessian(x**2*y + y**3, (x, y))',
        'Matrix([x*y, x + y]).jacobian([x, y])', '[[x, 1], [2, y]]', 'Matrix(3, 3, lambda i, j: x**(i + j))',
        '[x**i for i in range(25)]', '[S(1)/3, S(2)/3]', 'Matrix.eye(3)', '[I, 1 + I]', '[[x, y], [y, x], [1, 2]]',
        '[exp(x), sin(x)]', 'Matrix([[1, 2, 3]])', '[oo, -oo, 0]', "[Symbol('a_1'), Symbol('b')]"]
progs = []
for v in VALS:
    progs.append('a = np.array(%s)\nprint(repr(a))\nprint(a)\nprint(a.dtype, repr(a.dtype), a.shape, a.ndim, a.size, len(a))' % v)
    progs.append('a = np.array(%s)\nprint(a[0], a.T, a.tolist(), [r for r in a])' % v)
    for op in ['a * 2', 'a + 1', '2 - a', 'a / 2', 'a**2', '-a if False else a * x', 'a + a', 'a * a']:
        if rng.random() < 0.5:
            progs.append('a = np.array(%s)\nprint(%s)' % (v, op))
NUM = ['Matrix([[2, 1], [10, 4]])', 'hessian(x**2*y + y**3, (x, y)).subs({x: 1, y: 2})', '[sqrt(2), pi]',
       'Matrix([[S(1)/3, 2], [3, 4]])', '[Float(1.5), 2, Rational(3, 4)]', 'Matrix([x*y, x + y]).jacobian([x, y]).subs({x: 0.5, y: 2})',
       '[I, 1 + I]', '[x, 1]', '[E, exp(2)]']
for v in NUM:
    for conv in ['np.array(%s).astype(np.float64)', 'np.array(%s).astype(float)', 'np.array(%s, dtype=float)',
                 'np.array(%s).astype(complex)', 'np.array(%s).astype(int)', 'np.asarray(%s, dtype=float)']:
        progs.append('print(repr(%s))' % (conv % v))
progs += ["H = hessian(x**2 + x*y + 2*y**2, (x, y))\nHn = np.array(H).astype(np.float64)\nprint(Hn, np.linalg.det(Hn))",
          "J = Matrix([x**2 - y, x + y**2]).jacobian([x, y])\nv = np.array([1.0, 2.0])\nJn = np.array(J.subs({x: v[0], y: v[1]}), dtype=float)\nprint(Jn, np.linalg.solve(Jn, v))",
          "print(np.linspace(0, 1, 3) * x, x * np.array([1, 2]), np.array([1.0, 2.0]) + x)",
          "print(np.array([[x, 1], [2, y]]) @ np.array([1, 2]))",
          "print(np.array([[x, 1], [2, y]]) @ np.array([[1, 0], [0, 1]]))",
          "print(np.array([x, y]) @ np.array([x, y]))",
          "print(np.array([x, y]) * np.array([1, 2]), np.array([x, y]) - np.array([y, x]))",
          "a = np.array(Matrix([[1, x]]))\nprint(a[0, 1], a[0][0], a[-1, -1])",
          "a = np.array([x, 1])\nprint(a[5])",
          "a = np.array([[x, 1]])\nprint(a[0, 0, 0])",
          "print(np.array([x, 1], dtype=object), repr(np.array([1, 2], dtype=object)))",
          "print(repr(np.array([], dtype=object)))",
          "print(np.array([x, 1]).astype(float))",
          "a = np.array([x, y])\nb = a.copy()\nprint(b, a.astype(object))",
          "print(np.array([[x]*20]*2))",
          "print(repr(np.array([Symbol('alpha_%d' % i) for i in range(12)])))"]
emit(PRE, progs)
