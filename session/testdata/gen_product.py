"""Generate product_golden.jsonl: the unevaluated Product (str, pretty in
both character sets, LaTeX) and Product.doit / product in closed form,
from SymPy 1.14. dcalc must print the same or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_product.py > session/testdata/product_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nk, n, x, m, j = symbols('k n x m j')\n"

HAND = [
    "Product(k, (k, 1, n))", "Product(k, (k, 1, n)).doit()", "product(k, (k, 1, 5))", "product(x*k, (k, 1, 3))",
    "product(2, (k, 1, n))", "product(k**2, (k, 1, n))", "product(x, (k, 1, n))", "product(2**k, (k, 1, n))",
    "product(k + 1, (k, 1, n))", "product(1 + 1/k, (k, 1, n))", "product(2*k, (k, 1, n))", "product(x**k, (k, 1, n))",
    "product(k, (k, 2, n))", "product(1/k, (k, 1, 6))", "product(k, (k, 1, n), (n, 1, 3))", "product(k*x**2, (k, 1, n))",
    "product(3*k**2, (k, 1, n))", "product(sin(k*x), (k, 1, 3))", "Product(k, (k, 1, n))**2", "2*Product(k, (k, 1, n)) + 1",
    "Product(k, (k, 1, n)) + Sum(k, (k, 1, n))", "Product(k, (k, 1, n)).free_symbols" if False else "Product(k, (k, 1, 4)).doit()",
    "latex(Product(k, (k, 1, n)))", "latex(Product(k + 1, (k, 1, n)))", "latex(Product(k, (k, 1, n), (n, 1, m)))",
    "latex(Product(k, (k, 1, n))**2)", "latex(x*Product(k, (k, 1, n)))", "latex(Product(k, (k, 1, n))*x)",
    "pretty(Product(k, (k, 1, n)))", "pretty(Product(k**2, (k, 1, n)), use_unicode=False)", "pretty(Product(1/k, (k, 1, n)))",
    "pretty(Product(k, (k, 1, n), (n, 1, m)))", "pretty(Product(k + 1, (k, 1, n)))", "pretty(2*Product(1/k, (k, 1, n)) + 1)",
    "pretty(Product(k, (k, 1, n))**2)", "pretty(Product(x**k/factorial(k), (k, 1, n)), use_unicode=False)",
    "pretty(Eq(Product(k, (k, 1, n)), factorial(n)))", "Product(k, (k, 1, 5)).evalf()", "N(Product(2, (k, 1, 3)))",
    "N(Product(k, (k, 1, n)))",
]


def _random():
    rnd = random.Random(13)
    out = []
    for _ in range(30):
        t = rnd.choice(['k', 'k**2', '2*k', 'x*k', '3', 'x', '2**k', 'k + 1', 'k**3*x', '(k + 2)/k'])
        lo = rnd.choice(['1', '1', '2'])
        hi = rnd.choice(['n', '5', '6'])
        form = rnd.choice(['product(%s)', 'Product(%s).doit()', 'pretty(Product(%s))', 'latex(Product(%s))'])
        out.append(form % ('%s, (k, %s, %s)' % (t, lo, hi)))
    return out


emit(PRE, ['print(repr(' + line + '))' for line in HAND + _random()])
