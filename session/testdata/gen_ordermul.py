"""Generate ordermul_golden.jsonl: products and powers of Order terms as
Mul.flatten and Order._eval_power evaluate them (x*O(x) is O(x**2),
y*O(x) and (x + 1)*O(x) are O(x), O(x)/x is O(1), x*O(1) is O(x),
O(x)**2 is O(x**2)), alone and inside series arithmetic. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ordermul.py > ordermul_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

PROGRAMS = [
    'print(O(1), O(x)*x, 2*O(x), y*O(x), O(x)*O(x), O(x)/x, x*O(1), O(x**2)*x**(-1), (1 + x)*O(x))',
    'print(O(x)**2, O(x**2)**Rational(1, 2), O(1)*O(x), O(1)*2, (x + y)*O(x), x**2*O(x**3), O(x**3)/x**3)',
    'print(x*(1 + x + O(x**2)), expand(x*(1 + x + O(x**2))), (1 + x + O(x**2))*(1 - x + O(x**2)))',
    'print(series(exp(x), x, 0, 4)*x, series(sin(x), x, 0, 5)/x, series(cos(x), x, 0, 4)**2)',
    'print(x**2*(O(x) + 1), O(x)*x**Rational(1, 2), O(x**2)*(3*x - 1), -O(x))',
]

emit(PRE, PROGRAMS)
