"""Generate quad_golden.jsonl: evalf and N of definite Integrals (issue 12:
numerical integration), hand-picked and random, with SymPy 1.14's output
(mpmath's tanh-sinh quadrature); erf, erfc and erfi; and the Gaussian
integrals that give them. dcalc prints the same or raises
NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_quad.py > session/testdata/quad_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

HAND = [
    "Integral(exp(-x**2), (x, 0, oo))", "Integral(1/sqrt(x), (x, 0, 1))", "Integral(log(x), (x, 0, 1))",
    "Integral(exp(-x**2), (x, -oo, oo))", "Integral(1/(1 + x**2), (x, -oo, oo))", "Integral(sin(x)**2, (x, 0, pi))",
    "Integral(x**x, (x, 0, 1))", "Integral(exp(-x)*x**2, (x, 0, oo))", "Integral(sqrt(1 - x**2), (x, -1, 1))",
    "Integral(cos(x**2), (x, 0, 3))", "Integral(1/x, (x, 1, E))", "Integral(exp(x), (x, 1, 0))", "Integral(x, (x, 2, 2))",
    "Integral(atan(x)/x, (x, 0, 1))", "Integral(exp(-x)/x, (x, 1, oo))", "Integral(x**2*exp(-x**2), (x, -oo, 0))",
    "Integral(1/(x**4 + 1), (x, 0, oo))", "Integral(sin(x)/x, (x, 0, oo))", "Integral(I*x, (x, 0, 1))",
    "Integral(x*y, (x, 0, 1))", "Integral(x**2, x)", "Integral(exp(-x**2), (x, 0, 1)) + 1",
    "2*Integral(sin(x), (x, 0, 1))", "Integral(sqrt(1 + cos(x)**2), (x, 0, pi))", "Integral(sin(x)/x, (x, 1, 2))",
    "Integral(1/sqrt(1 - x), (x, 0, 1))", "Integral(sqrt(1 - x), (x, 0, 1))", "Integral(exp(I*x), (x, 0, 1))",
    "Integral(1/(x - Rational(1, 2)), (x, 0, 1))", "Integral(exp(x), (x, 0, oo))", "Integral(log(1 + x)/x, (x, 0, 1))",
    "Integral(exp(-x**2/2)/sqrt(2*pi), (x, -1, 1))", "Integral(x**3*exp(-x), (x, 0, oo))",
    "Integral(sqrt(x), (x, -1, 1))", "Integral(Abs(x), (x, -1, 2))", "Integral(sign(x), (x, -1, 2))",
]


def _random():
    rnd = random.Random(2026)
    fs = ['exp(-{a}*x)', 'sin({a}*x)', 'cos({a}*x)', 'x**{a}', 'sqrt(x + {a})', '1/(x**2 + {a})', 'log(x + {a})',
          'atan({a}*x)', 'exp(-x**2/{a})', 'x*exp(x/{a})', 'cosh(x/{a})', '1/(1 + x**{a})']
    out = []
    for _ in range(40):
        f = rnd.choice(fs).format(a=rnd.randint(1, 4))
        if rnd.random() < 0.5:
            f = '%s*%s' % (f, rnd.choice(fs).format(a=rnd.randint(1, 4)))
        a = rnd.choice(['0', '1', 'Rational(1, 2)', '-1', 'pi/4'])
        b = rnd.choice(['2', '3', 'Rational(5, 2)', 'pi'])
        out.append("Integral(%s, (x, %s, %s))" % (f, a, b))
    return out


def _erf():
    """erf: values, derivatives, printing, and the Gaussian integrals
    (antiderivatives and definite integrals) that give it."""
    pre = "a = symbols('a', positive=True)\nb = symbols('b')\n"
    lines = [pre + l for l in [
        "print(erf(0), erf(oo), erf(-oo), erf(-x), diff(erf(x**2), x), erf(0.5), N(erf(1), 30), latex(erf(x)), srepr(erf(x)))",
        "pprint(erf(x))\npprint(erf(x)**2)",
        "print(erf(1).evalf(), erf(-2.5).evalf(), erf(I), erf(3).evalf(50), erf(Rational(1, 10)).evalf(), erf(10).evalf(), erf(sqrt(2)/2).evalf(20))",
        "print(latex(erf(x)**2), erf(x)**2, erf(x) + erf(-x), erf(2*x).diff(x), erf(-2), erf(1e-5), erf(5.5))",
        "print(limit(erf(x), x, oo), simplify(erf(x) + erf(-x)), erf(x).subs(x, 0.3), expand(erf(x)*(x + 1)), diff(erf(x), x, 2), erf(I*x))",
        "print(erfc(0), erfc(oo), erfc(-oo), erfc(-x), diff(erfc(x), x), erfc(0.5), N(erfc(1), 30), latex(erfc(x)), erfc(10).evalf(), erfc(-2).evalf(20), erfc(3.0))",
        "print(erfi(0), erfi(oo), erfi(-oo), erfi(-x), diff(erfi(x**2), x), erfi(0.5), N(erfi(1), 30), latex(erfi(x)), erfi(5).evalf(), erfi(-1.5))",
        "pprint(erfc(x) + erfi(x))\nprint(erfc(x).evalf(subs={x: 2}), (erf(x) + erfc(x)).subs(x, 1).evalf(), erfi(I), erfc(I))",
    ]]
    es = ['exp(-x**2)', 'exp(-x**2/2)', 'exp(-2*x**2)', 'x*exp(-x**2)', 'exp(-a*x**2)', 'exp(-(x-1)**2)', '3*exp(-x**2)',
          'exp(-(2*x+1)**2)', 'exp(-b*x**2)', 'exp(x**2)', 'exp(-x**2 + 2*x)', 'exp(-x**2)/sqrt(2*pi)', 'x**2*exp(-x**2)',
          'exp(-3*(x - 2)**2)', 'exp(-x**2/8)/(2*sqrt(2*pi))', 'exp(-(x/3)**2)',
          'exp(x**2)', 'exp(2*x**2)', 'exp((x-1)**2)', 'exp(x**2/3)', '3*exp(a*x**2)', 'x*exp(x**2)']
    for e in es:
        for lim in ['x', '(x, -oo, oo)', '(x, 0, 1)', '(x, 0, oo)', '(x, -1, 1)']:
            lines.append(pre + 'print(integrate(%s, %s))' % (e, lim))
    return lines


emit(PRE, ["c = %s\nprint(c.evalf())\nprint(N(c, 30))" % c for c in HAND + _random()] + _erf())
