"""Generate assume_golden.jsonl: random expressions in real, positive,
nonnegative and complex symbols with their is_positive, is_negative,
is_nonnegative, is_real and is_zero, and re, im and expand_complex of
them, from SymPy 1.14 (seeded: the same programs every run).
TestAssumeGolden checks that dcalc never decides an assumption SymPy
leaves open or decides otherwise, and prints re/im/expand_complex as
SymPy does. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_assume.py > session/testdata/assume_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y = symbols('x y', real=True)\nz, w = symbols('z w')\n"
       "p = symbols('p', positive=True)\nq = symbols('q', nonnegative=True)\n")


def _expr(rnd, atoms, ops, d):
    if d == 0 or rnd.random() < 0.28:
        return rnd.choice(atoms)
    k = rnd.random()
    if k < 0.32:
        return '(%s + %s)' % (_expr(rnd, atoms, ops, d - 1), _expr(rnd, atoms, ops, d - 1))
    if k < 0.6:
        return '(%s*%s)' % (_expr(rnd, atoms, ops, d - 1), _expr(rnd, atoms, ops, d - 1))
    if k < 0.8:
        return '(%s)**%d' % (_expr(rnd, atoms, ops, d - 1), rnd.choice([2, 3, -1, -2, 4]))
    if k < 0.9:
        return 'sqrt(%s)' % _expr(rnd, atoms, ops, d - 1)
    return '%s(%s)' % (rnd.choice(ops), _expr(rnd, atoms, ops, d - 1))


def programs():
    rnd = random.Random(7)
    out = []
    for _ in range(300):
        e = _expr(rnd, ['x', 'y', 'z', '2', '-3', 'p', 'Abs(x)', 'Abs(z)', 'q'], ['Abs'], 3)
        out.append("e = %s\nprint(e.is_positive, e.is_negative, e.is_nonnegative, e.is_real, e.is_zero)" % e)
    for _ in range(300):
        e = _expr(rnd, ['x', 'y', 'z', 'I', '2', '3', 'p', 'w'], ['exp', 'sin', 'cos', 'sinh', 'cosh'], 3)
        out.append("e = %s\nprint(re(e), '|', im(e))" % e)
        out.append("print(expand_complex(%s))" % e)
    return out


emit(PRE, programs())
