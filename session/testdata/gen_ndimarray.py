"""Generate ndimarray_golden.jsonl: SymPy's N-dimensional arrays (Array,
MutableDenseNDimArray) as notebooks use them for gradients and Hessians:
derive_by_array of random expressions by lists of symbols (and of arrays,
giving rank 2 and 3), str, pretty (unicode and ASCII) and latex of every
rank and of size-1 dimensions, indexing and slicing, arithmetic with
scalars and arrays, tolist/tomatrix/reshape/transpose/applyfunc/subs/diff,
tensorproduct, tensorcontraction and permutedims, with their errors, with
SymPy 1.14's stdout. dcalc must print the same or refuse. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ndimarray.py > ndimarray_golden.jsonl
"""
import random

import sympy

from goldenlib import emit, random_expression, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\n"

rng = random.Random(20261205)
LEAVES = ["x", "y", "z", "2", "3", "x*y", "y**2"]
FUNCS = ["sin(%s)", "exp(%s)", "log(%s)", "(%s)**2", "sqrt(%s)", "cos(%s)"]
OPS = ["+", "-", "*", "/"]
progs = []
for _ in range(40):
    e = random_expression(rng, 3, LEAVES, FUNCS, OPS, 0.3, 0.4)
    vs = rng.choice(["(x, y)", "[x, y, z]", "(x,)", "[y, x]"])
    progs.append("print(derive_by_array(%s, %s))" % (e, vs))
for _ in range(15):
    e = random_expression(rng, 2, LEAVES, FUNCS, OPS, 0.3, 0.4)
    progs.append("print(derive_by_array(derive_by_array(%s, (x, y)), (x, y)))" % e)
SHAPES = ["Array([x, y])", "Array([[x, 1], [y**2, 2]])", "Array(range(8), (2, 2, 2))",
          "Array(range(16), (2, 2, 2, 2))", "Array([[1, 2]])", "Array([[[1], [2]]])", "Array([[x/2, y]])",
          "Array(range(6), (3, 2))", "Array([[x**2 + 1, sqrt(x)], [1/y, exp(x)]])", "Array(range(12), (12,))",
          "Array(range(24), (2, 12))", "Array([[[x]]])", "Array(5)", "Array([])",
          "derive_by_array(derive_by_array(x**3*y + sin(x*y), (x, y)), (x, y))",
          "derive_by_array(derive_by_array(derive_by_array(x**2*y**2, (x, y)), (x, y)), (x, y))"]
progs += repr_and_print_programs(SHAPES, SHAPES)
progs += ["print(str(%s))" % s for s in SHAPES]
progs += ["print(latex(%s, mode='inline'))" % s for s in SHAPES[:4]]
progs += ["print(latex(%s, mat_str='array'))" % s for s in SHAPES[:4]]
A = "A = Array([[x, y], [1, 2]]); "
progs += [A + "print(%s)" % e for e in [
    "A*x, x*A, A/2, -A, A + A, A - A, 2*A + A", "A*A", "A + Array([1, 2])", "A[0], A[1, 0], A[-1], A[0, :], A[:, 0]",
    "list(A), A.tolist(), A.tomatrix(), len(A), A.rank(), A.shape", "A[2]", "A[0, 5]", "A[0, 0, 0]",
    "A.transpose(), A.reshape(4), A.reshape(1, 4), A.reshape(3)", "A.applyfunc(lambda e: e**2)",
    "A.subs(x, 3), A.subs({x: 1, y: 2}), A.diff(x), A.diff(Array([x, y]))", "A == A, A == Array([[x, y], [1, 3]])",
    "Matrix(A), Matrix(A).det(), type(A).__name__", "A.free_symbols == {x, y}", "simplify(A)",
    "Array([1, 2]).tomatrix()", "[e for e in Array(range(4), (2, 2))]", "A.as_mutable()", "sum(Array([1, 2, 3]))"]]
progs += ["print(%s)" % e for e in [
    "Array([1, 2, 3])[1:], Array(range(6), (2, 3)), Array(Matrix([[1, 2], [3, 4]])), Array([[1], [2]])",
    "Array([[1, 2], [3]])", "Array(range(5), (2, 2))", "Array((1, 2)), Array(range(3))",
    "derive_by_array(Array([x*y, x]), Array([x, y])), derive_by_array(x**2, x), derive_by_array([x*y], x)",
    "derive_by_array(Matrix([[x*y, x]]), (x, y))", "derive_by_array(x, [x**2])", "derive_by_array(sin(x), [])",
    "permutedims(Array(range(6), (2, 3)), (1, 0)), permutedims(Array(range(24), (2, 3, 4)), (1, 2, 0))",
    "tensorcontraction(Array([[1, 2], [3, 4]]), (0, 1)), type(tensorcontraction(Array([[1, 2], [3, 4]]), (0, 1))).__name__",
    "tensorcontraction(Array(range(8), (2, 2, 2)), (0, 2)), tensorcontraction(Array(range(18), (3, 2, 3)), (0, 2))",
    "tensorproduct(Array([1, 2]), Array([[x, y]])), tensorproduct(2, Array([1, 2])), tensorproduct(Array([1, 2]))",
    "tensorproduct(), tensorproduct(x, y), tensorproduct([1, 2], [3, 4]), tensorproduct(Array([x, y]), Array([1, 2]), Array([z, 1]))",
    "tensorcontraction(tensorproduct(Array([x, y]), Array([1, 2])), (0, 1))",
    "MutableDenseNDimArray([1, 2]), type(Array([1])).__name__, type(MutableDenseNDimArray([1])).__name__",
    "Array(range(8), (2, 2, 2))[1], Array(range(8), (2, 2, 2))[1, 1], Array(range(8), (2, 2, 2))[:, 0, 1]"]]
progs += ["B = MutableDenseNDimArray([1, 2]); B[0] = x; print(B)", "B = MutableDenseNDimArray([[1, 2], [3, 4]]); B[1, 0] = y; print(B, B[1])",
          "A = Array([1, 2]); A[0] = 3", "H = derive_by_array(derive_by_array(x**2*y, (x, y)), (x, y)); print(H.tomatrix().eigenvals())",
          "g = derive_by_array(x**2 + x*y, (x, y)); print([g[i].subs({x: 1, y: 2}) for i in range(2)])"]
emit(PRE, progs)
