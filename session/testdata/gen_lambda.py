"""Generate lambda_golden.jsonl: Lambda (calls, printing in str, pretty
and LaTeX, attributes, srepr) and replacing a function with subs(f, g),
from SymPy 1.14. dcalc must print the same or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_lambda.py > session/testdata/lambda_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, t = symbols('x y z t')\nf, g = symbols('f g', cls=Function)\n"

PROGRAMS = [
    "L = Lambda(x, x**2)\nprint(L, repr(L), L(3), L(y + 1), L(Rational(1, 2)), L(sqrt(2)))",
    "L = Lambda(x, x**2)\nprint(L.args, L.variables, L.expr, L.signature)",
    "L = Lambda((x, y), x*y + 1)\nprint(L, L(2, 3), L(y, x), L.variables)",
    "L = Lambda((x, y, z), x + 2*y + 3*z)\nprint(L(1, 2, 3), L(t, t, t))",
    "print(pretty(Lambda(x, x**2)))", "print(pretty(Lambda(x, x**2), use_unicode=False))",
    "print(pretty(Lambda((x, y), x/y + 1)))", "print(pretty(Lambda((x, y), x*y + 1), use_unicode=False))",
    "print(pretty(Lambda(x, sqrt(x)/(x + 1))))", "print(latex(Lambda(x, x**2)))", "print(latex(Lambda((x, y), x*y + 1)))",
    "print(latex(Lambda(x, sin(x)/x)))", "print(srepr(Lambda(x, x**2)))", "print(srepr(Lambda((x, y), x + y)))",
    "L = Lambda(x, x**2)\nprint(diff(L(x), x), diff(L(sin(x)), x), integrate(L(x), x))",
    "L = Lambda(x, x**2)\ntry:\n    L(1, 2)\nexcept Exception as e:\n    print(type(e).__name__, e)",
    "L = Lambda((x, y), x + y)\ntry:\n    L(1)\nexcept Exception as e:\n    print(type(e).__name__, e)",
    "print(Lambda(x, x**2) == Lambda(x, x**2), Lambda(x, x**2) == Lambda(y, y**2))",
    "print(Lambda(x, x**2).free_symbols, Lambda(x, x*y).free_symbols, Lambda((x, y), x*y*z).free_symbols)",
    "print(type(Lambda(x, x)).__name__)",
    "print((f(x)**2 + f(y)).subs(f, Lambda(x, x + 1)))",
    "print((f(x) + g(x)).subs(f, sin))", "print(exp(pi).subs(exp, sin))", "print(exp(x).subs(exp, cos))",
    "print(f(x).diff(x).subs(f, Lambda(x, x**3)))", "print(f(x).diff(x).subs(f, Lambda(x, x**3)).doit())",
    "print((f(x)*f(2*x)).subs(f, Lambda(t, exp(t))))", "print(f(x, y).subs(f, Lambda((x, y), x - y)))",
    "print((sin(x) + sin(2*x)).subs(sin, cos))", "print(f(x).subs(f, g))", "print(f(f(x)).subs(f, Lambda(x, 2*x)))",
    "sq = Lambda(x, x**2)\nprint([sq(i) for i in range(4)])",
    "h = Lambda(t, exp(-t**2))\nprint(h(x).diff(x), N(h(1)))",
    # assumptions on undefined functions
    "F = Function('F', real=True)\nG = Function('F')\nprint(F(x).is_real, F(x).is_positive, F == G, F(x) == G(x), srepr(F(x)))",
    "P = Function('P', positive=True)\nprint(P(x).is_positive, P(x).is_nonnegative, sqrt(P(x)**2), Abs(P(x)), P(x).is_zero)",
    "R = Function('R', real=True)\nprint(Abs(R(x)), conjugate(R(x)), re(R(x)), im(R(x)), sqrt(R(x)**2), R(x).diff(x))",
    "K = Function('K', integer=True)\nprint(K(x).is_integer, K(x).is_real, (-1)**(2*K(x)))",
    "N_ = Function('N_', negative=True)\nprint(N_(x).is_negative, Abs(N_(x)), sign(N_(x)))",
    "F = Function('F', real=True)\nprint(Function('F', real=True) == F, F(x) - Function('F', real=True)(x))",
]

emit(PRE, PROGRAMS)
