"""Generate implies_golden.jsonl: Implies and Equivalent (and the >> and
<< operators on symbols) built, evaluated (truth values, repeated and
negated relations), nested in And, Or and Not, substituted and printed
by str, pretty (unicode and ASCII), latex and srepr. With SymPy 1.14's
stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_implies.py > implies_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\n"

PROGRAMS = [
    "for e in [Implies(x,y), Equivalent(x,y), Equivalent(y,x,z), Implies(x>1, y), Implies(x & y, z), Equivalent(x, x>1), x >> y, x << y, Implies(True, y), Implies(x, False), Implies(x, x), Equivalent(x, True), Equivalent(x, False, y), Implies(x > 1, x <= 1), Implies(x>1, 1<x)]: print(str(e), '|', pretty(e), '|', pretty(e, use_unicode=False), '|', latex(e), '|', e.args)",
    'print(latex(And(x, y)), latex(And(x, Implies(y, z))), Implies(x, y).subs(x, True), And(Implies(x,y), z), Not(Implies(x, y)), srepr(Implies(x,y)))',
    'print(Implies(x, y).subs({x: True, y: False}), Equivalent(x, y).subs(x, y), type(Implies(x, y)).__name__, Implies(x, y).func, (x >> y) | z, ~(x >> y))',
    'print(Equivalent(x > 1, x <= 1), Equivalent(x > 1, 1 < x, y), Equivalent(x, y) == Equivalent(y, x))',
    'pprint(Or(Implies(x, y), Equivalent(y, z))); print(latex(Or(Implies(x, y), z)), Implies(x, y) & z, isinstance(Implies(x, y), Implies))',
    'Implies(x, y, z)',
    'print(true, false, true.args, true & false, Implies(true, false), true.func, type(false))',
    'print(And(x & y, z), Or(x > 1, z), Not(x & y), sympify(x & y), Xor(x | y, z))',
]

emit(PRE, PROGRAMS)
