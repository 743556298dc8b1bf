"""Generate radsimplify_golden.jsonl: simplify of rational functions of x
with a fractional power of x (sqrt(x), x**(1/3), x**(3/2), 1/sqrt(x)),
and of their derivatives, with SymPy 1.14's stdout. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_radsimplify.py > radsimplify_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = Symbol('x')\n"


def _programs():
    rnd = random.Random(7)
    progs = []

    def poly():
        return ' + '.join('%d*x**%d' % (rnd.choice([-3, -2, -1, 1, 2, 3, 4, 9]), d)
                          for d in sorted(rnd.sample(range(5), rnd.randint(1, 3))))
    for _ in range(150):
        r = rnd.choice(['sqrt(x)', 'x**Rational(1, 3)', 'x**Rational(3, 2)', 'x**Rational(-1, 2)'])
        form = rnd.choice(['(%s)/(%s*(%s))', '%s*(%s)/(%s)', '(%s)*(%s)**2/(%s)'])
        if form.startswith('(%s)/'):
            e = form % (poly(), r, poly())
        elif form.startswith('%s*'):
            e = form % (r, poly(), poly())
        else:
            e = form % (poly(), r, poly())
        progs.append("print(simplify(diff(%s, x)))" % e)
        progs.append("print(simplify(%s))" % e)
    return progs


emit(PRE, _programs())
