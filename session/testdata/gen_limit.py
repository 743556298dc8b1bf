"""Generate limit_golden.jsonl: the unevaluated Limit (construction,
str/pretty/latex, doit, free symbols, its place in sums and products)
and limit() where SymPy returns a Limit (undefined functions), from SymPy
1.14. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_limit.py > session/testdata/limit_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, a = symbols('x y z a')\nf, g = symbols('f g', cls=Function)\n"

HAND = [
    "Limit(sin(x)/x, x, 0)", "Limit(sin(x)/x, x, oo)", "Limit(1/x, x, 0, '-')", "Limit(1/x, x, 0, '+-')",
    "Limit(x, x, -oo)", "Limit(1/x, x, 0, dir='-')", "Limit(x**2, x, a)", "Limit(f(x), x, 0)",
    "Limit(sin(x)/x, x, 0).doit()", "Limit(1/x, x, 0, '-').doit()", "Limit(x**2 + y, x, 2).doit()",
    "Limit(f(x), x, 0).doit()", "Limit((1 + 1/x)**x, x, oo).doit()", "Limit(x*log(x), x, 0).doit()",
    "limit(f(x), x, 0)", "limit(f(x) + 1, x, 0)", "limit(x*f(x), x, 0)", "limit(f(x), x, oo)",
    "limit(f(x)**2 + sin(x), x, 0)", "limit(f(x + 1), x, 0)", "limit(f(x)/x, x, 0)", "limit(exp(f(x)), x, 0)",
    "limit(g(x)*f(x), x, 1, '-')",
    "Limit(sin(x)/x, x, 0).args", "Limit(sin(x)/x, x, 0).free_symbols", "Limit(sin(x)/x, x, y).free_symbols",
    "Limit(x*y, x, 0).free_symbols", "Limit(sin(x)/x, x, 0) == Limit(sin(x)/x, x, 0, '+')",
    "Limit(sin(x)/x, x, 0) == Limit(sin(x)/x, x, 0, '-')", "srepr(Limit(x, x, 0))",
    "Limit(f(x), x, 0) + sin(x) + x + Integral(x**2, x)", "2*Limit(sin(x)/x, x, 0) + 1",
    "x*Limit(sin(x)/x, x, 0) + 1", "Limit(sin(x)/x, x, 0) - 1", "y + Limit(sin(x)/x, x, 0) + 1",
    "Limit(sin(x)/x, x, 0)**2", "y*Limit(sin(x)/x, x, 0)**2", "Limit(x, x, 2) + Limit(x, x, 1)",
    "Eq(Limit(sin(x)/x, x, 0), limit(sin(x)/x, x, 0))",
    "latex(Limit(sin(x)/x, x, 0))", "latex(Limit(x**2, x, oo))", "latex(Limit(sin(x), x, 0, '-'))",
    "latex(2*Limit(sin(x), x, 0))", "latex(Limit(x, x, 0)**2)", "latex(Limit(x*y, x, 0))", "latex(Limit(-x, x, 0))",
    "latex(Limit(Max(x, y), x, 0))", "latex(Limit(1/x, x, 0, '+-'))", "latex(Limit(f(x), x, a))",
    "latex(Eq(Limit(sin(x)/x, x, 0), 1))", "latex(x*Limit(sin(x)/x, x, 0) + 1)",
    "pretty(Limit(sin(x)/x, x, 0))", "pretty(Limit(x**2, x, oo))", "pretty(Limit(sin(x)/x, x, 0), use_unicode=False)",
    "pretty(2*Limit(sin(x)/x, x, 0) + 1)", "pretty(Limit(exp(x), x, 1, '-')**2)", "pretty(Limit(x*y, x, 0))",
    "pretty(Limit(-x, x, 0))", "pretty(Limit(x + 1, x, 0)*y)", "pretty(Limit(1/x, x, 0, '+-'))",
    "pretty(Limit(f(x), x, a))", "pretty(Limit(x**2, x, -oo), use_unicode=False)", "pretty(Eq(Limit(sin(x)/x, x, 0), 1))",
    "pretty(Limit(sin(x)/x, x, 0) + Limit(cos(x), x, 0))",
    "Limit(sin(x)/x, x, 0).evalf()", "N(Limit(x**2, x, 1))", "Limit(x, x, x)", "Limit(x, x, 0, dir='x')", "Limit(x, x, 0, dir=1)", "Limit(x, x, y + x)",
]


def _random():
    rnd = random.Random(5)
    funcs = ['sin(x)', 'cos(x)', 'exp(x)', 'log(x + 2)', 'x**2', 'x**3 + y', '1/(x + 3)', 'atan(x)']
    out = []
    for _ in range(30):
        e = '%s*%s + %d' % (rnd.choice(funcs), rnd.choice(funcs), rnd.randint(-3, 3))
        pt = rnd.choice(['0', '1', '-2', 'oo', 'pi'])
        d = rnd.choice(["'+'", "'-'"])
        form = rnd.choice(['%s', 'pretty(%s)', 'latex(%s)', '(%s).doit()'])
        out.append(form % ('Limit(%s, x, %s, %s)' % (e, pt, d)))
    return out


emit(PRE, ['print(repr(' + line + '))' for line in HAND + _random()])
