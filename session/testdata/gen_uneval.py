"""Generate uneval_golden.jsonl: Add, Mul and Pow built with
evaluate=False (the arguments kept as given: Mul(2, 3) is 2*3, Add(x, x)
is x + x, Pow(4, 1/2) stays), printed by str, srepr, pretty and latex
(the printers' rule for unevaluated products: stored order, identities
and numbers shown), and used in arithmetic, subs, diff and doit. With
SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_uneval.py > uneval_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

PROGRAMS = [
    'print(Pow(Rational(-1, 5), S.Half, evaluate=False), Pow(2, 3, evaluate=False), Pow(x, 2, evaluate=False))',
    'print(Mul(2, 3, evaluate=False), Add(x, x, evaluate=False), srepr(Pow(4, S.Half, evaluate=False)))',
    'print(Add(y, x, evaluate=False), srepr(Add(y, x, evaluate=False)), Mul(x, 2, evaluate=False), srepr(Mul(x, 2, evaluate=False)))',
    'print(Mul(2, x, evaluate=False) + 1, Add(1, 2, evaluate=False).doit(), Mul(2, 3, evaluate=False).doit())',
    'pprint(Mul(2, 3, evaluate=False)); pprint(Add(x, x, evaluate=False)); print(latex(Pow(2, 3, evaluate=False)), latex(Mul(2, 3, evaluate=False)))',
    'print(Pow(x, -1, evaluate=False), Mul(x, Pow(y, -1, evaluate=False), evaluate=False), Add(x, Mul(-1, y, evaluate=False), evaluate=False))',
    'print(Mul(Rational(1, 2), x + 1, evaluate=False), Mul(-1, x, evaluate=False), Pow(x, S.Half, evaluate=False), Pow(2, -1, evaluate=False))',
    'e = Add(x, x, evaluate=False); print(e.args, e == 2*x, simplify(e), e.subs(x, 1), diff(e, x))',
    'print(Pow(Pow(x, 2, evaluate=False), 3, evaluate=False), Mul(3, Pow(2, -1, evaluate=False), evaluate=False))',
    'print(Add(x, 0, evaluate=False), Mul(x, 1, evaluate=False), Add(x, evaluate=False))',
    'print(Mul(2, 3, 4, evaluate=False), Add(1, x, y, evaluate=False), Mul(Add(x, 1), 2, evaluate=False))',
    'print(Pow(E, x, evaluate=False), srepr(Pow(E, x, evaluate=False)), Pow(x, 1, evaluate=False), Pow(x, 0, evaluate=False))',
    'print(Mul(x, Pow(y, -2, evaluate=False), evaluate=False), Mul(-1, x, 3, evaluate=False), Mul(1, x, evaluate=False), Mul(x, Pow(2, 3, evaluate=False), evaluate=False))',
    'print(latex(Mul(x, 2, evaluate=False)), latex(Mul(2, 3, 4, evaluate=False)), latex(Mul(1, x, evaluate=False)), latex(Mul(Add(x, 1), 2, evaluate=False)))',
    'pprint(Mul(x, 2, evaluate=False)); pprint(Mul(-1, x, 3, evaluate=False)); pprint(Mul(x, Pow(y, -2, evaluate=False), evaluate=False))',
    'print(Mul(Rational(1, 2), 4, evaluate=False), Mul(2, Rational(1, 3), evaluate=False), Mul(x, -2, evaluate=False), Mul(-2, x, 3, evaluate=False))',
]

emit(PRE, PROGRAMS)
