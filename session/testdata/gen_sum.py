"""Generate sum_golden.jsonl: the unevaluated Sum (str, pretty in both
character sets, LaTeX, its place in sums and products) and Sum.doit /
summation in closed form, from SymPy 1.14. dcalc must print the same or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_sum.py > session/testdata/sum_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nk, n, x, m, j = symbols('k n x m j')\n"

HAND = [
    "Sum(k, (k, 1, n))", "Sum(k**2, (k, 1, n)).doit()", "summation(k**3, (k, 1, n))", "summation(k, (k, 0, n))",
    "summation(k**2, (k, m, n))", "summation(x*k, (k, 1, n))", "summation(2*k + 1, (k, 1, n))",
    "summation(1/k**2, (k, 1, oo))", "summation(1/k**4, (k, 1, oo))", "summation(1/k, (k, 1, oo))",
    "summation(1/k**3, (k, 1, oo))", "summation(2**k, (k, 0, n))", "summation(x**k, (k, 0, n))",
    "summation(k, (k, 1, 10))", "summation(1/k, (k, 1, 5))", "summation(k**2, (k, 1, oo))", "summation(x, (k, 1, n))",
    "summation(Rational(1, 2)**k, (k, 0, oo))", "Sum(k, (k, 1, n), (n, 1, m))", "summation(k*(k + 1), (k, 1, n))",
    "summation(1/(k*(k + 1)), (k, 1, n))", "Sum(1/k**2, (k, 1, oo))", "summation(k, (k, 1, 0))", "summation(sin(k), (k, 1, 3))",
    "summation(k**5, (k, 1, n))", "summation(3**k, (k, 1, n))", "summation(k**2 + x*k, (k, 1, n))", "summation(1/k**2, (k, 2, oo))",
    "summation(1/k**6, (k, 1, oo))", "summation(k, (k, 1, n), (n, 1, m))", "summation(x**2*k**2, (k, 1, 4))",
    "Sum(k, (k, 1, n)).doit()", "Sum(x**k/factorial(k), (k, 0, oo))", "Sum(k, (k, 1, n)).free_symbols" if False else "Sum(k, (k, 1, 3)).doit()",
    "Sum(j*k, (k, 1, 3), (j, 1, 2)).doit()", "summation(2**(2*k + 1), (k, 0, n))", "summation((k + 1)**2, (k, 1, n))",
    "2*Sum(k, (k, 1, n)) + 1", "x*Sum(k, (k, 1, n)) + Sum(k**2, (k, 1, n))", "Sum(k, (k, 1, n))**2", "Sum(k, (k, 1, n)) + Integral(x, x) + sin(x)",
    "latex(Sum(k, (k, 1, n)))", "latex(Sum(k**2 + 1, (k, 1, n)))", "latex(Sum(k, (k, 1, n), (n, 1, m)))", "latex(Sum(k, (k, 1, n))**2)",
    "latex(Sum(k, (k, 1, n))*x)", "latex(x*Sum(k, (k, 1, n)))", "latex(Sum(1/k**2, (k, 1, oo)))", "latex(Eq(Sum(k, (k, 1, n)), n*(n + 1)/2))",
    "latex(Sum(x**k/factorial(k), (k, 0, oo)))",
    "pretty(Sum(k, (k, 1, n)))", "pretty(Sum(k**2 + 1, (k, 1, n)))", "pretty(Sum(1/k**2, (k, 1, oo)), use_unicode=False)",
    "pretty(2*Sum(x**k/factorial(k), (k, 0, oo)))", "pretty(Sum(k, (k, 1, n)), use_unicode=False)", "pretty(Sum(k, (k, 1, n), (n, 1, m)))",
    "pretty(Sum(k, (k, 1, n), (n, 1, m)), use_unicode=False)", "pretty(Sum(1/k**2, (k, 1, oo)))", "pretty(Sum(k**2 + 1, (k, 1, n)), use_unicode=False)",
    "pretty(Sum(x/k, (k, 1, n)) + 1)", "pretty(Eq(Sum(k, (k, 1, n)), n*(n + 1)/2))", "pretty(Sum(k, (k, 1, n))**2)",
    "pretty(Sum(sqrt(k), (k, 1, n)))", "Sum(1/k**2, (k, 1, oo)).evalf()", "N(Sum(k, (k, 1, n)))",
    "float(Sum(k, (k, 1, 4)))", "N(Sum(1/k**4, (k, 1, oo)), 30)", "(1 + Sum(1/k, (k, 1, 3))).evalf()",
    "Sum(k**2, (k, 1, 10)).evalf(5)", "N(Sum(1/k**3, (k, 1, oo)))", "Sum(x*k, (k, 1, 3)).evalf()",
    "float(Integral(x**2, (x, 0, 1)))", "Integral(x**2, (x, 0, 1)).is_number", "Integral(x, (x, 0, n)).free_symbols",
    "Integral(x*k, (x, 0, 1), (k, 0, x)).free_symbols", "Integral(x, x).free_symbols", "'%.3f' % Sum(k, (k, 1, 3))",
    "Sum(1/2**k, (k, 0, oo)).doit()", "summation(Rational(1, 3)**k, (k, 1, oo))", "summation(3*(-Rational(1, 2))**k, (k, 0, oo))",
    "summation(2**(-2*k + 1), (k, 2, oo))", "summation(Rational(2, 3)**(k + 1), (k, 0, oo))", "Sum(Rational(1, 2)**k, (k, 0, oo)).evalf()",
    "summation(2**k, (k, 0, oo))", "summation(x**k, (k, 0, oo))",
    "diff(Sum(k*x, (k, 1, n)), x)", "diff(Sum(k*x, (k, 1, n)), n)", "diff(Sum(k*x, (k, 1, n)), k)", "diff(Sum(x**k, (k, 1, 3)), x)",
    "diff(Sum(k, (k, 1, x)), x)", "diff(Sum(k*x, (k, 1, n)), x, 2)", "diff(Sum(x, (k, 1, n)), x)", "diff(Sum(j*k*x**2, (k, 1, n), (j, 1, 3)), x)",
    "diff(Sum(sin(k*x), (k, 1, n)), x)", "Sum(Sum(k, (k, 1, n)), (n, 1, m))", "Sum(Sum(k, (k, 1, n)), (n, 1, m)).doit()",
    "Product(Product(k, (k, 1, n)), (n, 1, m))", "diff(Product(k*x, (k, 1, n)), x)",
    "Sum(k, (k, 1, 3)).is_number", "Sum(k, (k, 1, n)).is_number", "pretty(Sum(exp(-k**2/2)/sqrt(2*pi), (k, -oo, oo)))",
]


def _random():
    rnd = random.Random(11)
    out = []
    for _ in range(40):
        deg = rnd.randint(0, 4)
        poly = ' + '.join('%d*k**%d' % (rnd.randint(-3, 3), d) for d in range(deg + 1))
        lo = rnd.choice(['0', '1', '2', 'm'])
        hi = rnd.choice(['n', '5', '7', 'n + 1'])
        form = rnd.choice(['summation(%s)', 'Sum(%s).doit()', 'pretty(Sum(%s))', 'latex(Sum(%s))', 'Sum(%s)'])
        out.append(form % ('%s, (k, %s, %s)' % (poly, lo, hi)))
    return out


emit(PRE, ['print(repr(' + line + '))' for line in HAND + _random()])
