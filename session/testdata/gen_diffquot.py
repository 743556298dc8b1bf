"""Generate diffquot_golden.jsonl: limits of difference quotients, the
derivative from first principles as calculus notebooks teach it:
(f(a + h) - f(a))/h, backward and central differences and the second
difference (f(a + h) - 2*f(a) + f(a - h))/h**2 at h -> 0, for
polynomials, roots, exp, log and trigonometric functions and their
products, at numbers, multiples of pi and a symbol. SymPy's
Limit.doit takes the leading term, whose series is trigsimp'd
(limit((sin(1 + h)**2 - sin(1)**2)/h, h, 0) is sin(2)), or gruntz
where exp's leading term cannot be taken. dcalc must print SymPy's
answer or raise NotImplementedError. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_diffquot.py > diffquot_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, h = symbols('x h')\nr = symbols('r', real=True)\n"


FUNCS = ['sin(x)', 'cos(x)', 'tan(x)', 'sin(x)**2', 'cos(x)**2', 'sin(x)*cos(x)', 'sin(2*x)', 'sin(x)**3',
         'x*sin(x)', 'x**2*cos(x)', 'exp(x)*sin(x)', 'exp(x)*cos(x)', 'sin(x)**2*exp(x)', 'sin(x)/x',
         'x**2', 'x**3 - 2*x', 'sqrt(x)', '1/x', 'exp(2*x)', 'log(x)', 'x*exp(x)', 'x**2*exp(-x)',
         'sin(x) + cos(x)', 'sin(x)**2 + cos(x)', 'cos(3*x)', 'sin(x**2)', 'tan(x)**2', 'sqrt(x)*sin(x)',
         'exp(-x/3)*sin(x)**2', '1/(1 + x**2)', 'log(x)*sin(x)', 'atan(x)', 'sin(x)*sin(2*x)']
POINTS = ['1', '2', 'pi/4', 'pi/6', 'pi/3', 'x', 'r', 'Rational(1, 2)', '3']
FORMS = [
    "(f.subs(x, {a} + h) - f.subs(x, {a}))/h",
    "(f.subs(x, {a}) - f.subs(x, {a} - h))/h",
    "(f.subs(x, {a} + h) - f.subs(x, {a} - h))/(2*h)",
    "(f.subs(x, {a} + h) - 2*f.subs(x, {a}) + f.subs(x, {a} - h))/h**2",
]


def programs_for(seed):
    rng = random.Random(seed)
    progs = []
    for f in FUNCS:
        for a in rng.sample(POINTS, 3):
            form = rng.choice(FORMS[:1] * 3 + FORMS[1:])
            if a == 'x':
                q = form.replace('f.subs(x, {a} + h)', 'f.subs(x, x + h)').replace(
                    'f.subs(x, {a} - h)', 'f.subs(x, x - h)').replace('f.subs(x, {a})', 'f')
            else:
                q = form.format(a=a)
            progs.append("f = %s\nprint(limit(%s, h, 0))" % (f, q))
    # random products and sums of the building blocks, first differences
    blocks = ['sin(x)', 'cos(x)', 'sin(2*x)', 'cos(x)**2', 'exp(x)', 'x', 'x**2', 'log(x)', 'sqrt(x)', 'exp(-x)',
              'sin(x)**2', 'tan(x)', '1/x', 'cos(3*x)', 'atan(x)', 'x + 1']
    for _ in range(80):
        parts = rng.sample(blocks, rng.choice([1, 2, 2]))
        f = rng.choice(['*', ' + ']).join(parts) if len(parts) > 1 else parts[0]
        a = rng.choice(POINTS)
        form = rng.choice(FORMS[:3])
        if a == 'x':
            q = form.replace('f.subs(x, {a} + h)', 'f.subs(x, x + h)').replace(
                'f.subs(x, {a} - h)', 'f.subs(x, x - h)').replace('f.subs(x, {a})', 'f')
        else:
            q = form.format(a=a)
        progs.append("f = %s\nprint(limit(%s, h, 0))" % (f, q))
    return progs


def programs():
    progs = []
    for seed in (7, 99, 123):
        progs += programs_for(seed)
    progs += [
        "f = sin(x)**2\nd = limit((f.subs(x, x + h) - f)/h, h, 0)\nprint(d, d == diff(f, x), simplify(d - diff(f, x)))",
        "f = sin(x)**2\npprint(limit((f.subs(x, 1 + h) - f.subs(x, 1))/h, h, 0))",
        "f = tan(x)\nprint(latex(limit((f.subs(x, x + h) - f)/h, h, 0)))",
        "print(Limit((sin(1 + h) - sin(1))/h, h, 0).doit())",
        "print(limit((sin(x + h)**2 - sin(x)**2)/h, h, 0, '-'))",
    ]
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
