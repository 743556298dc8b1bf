"""Generate polydomain_golden.jsonl: integrate of polynomials in x whose
coefficients hold other symbols, functions of them and radicals (SymPy
writes each coefficient as its polynomial domain's element: y - 3/2,
(y + 1)/(2*y - 2)); expand of quotients whose denominator is a number
times a power of a sum (the number joins the expanded sum); solve of
equations linear in the symbol whose coefficient cancels only unexpanded;
and the printing order of terms with numeric special-function factors
(erfi(sqrt(2)/2)); and log(x) over a power of x integrated by parts.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_polydomain.py > polydomain_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b, c = symbols('x y a b c')\n"

random.seed(20261206)

COEF = ['y', '2*y - 3', 'a + b', '(a + b)**2', 'sin(y)', 'sin(y) + 1', 'sqrt(2)*a + 1', '1/y', '1 + 1/y',
        '(y + 1)/(y - 1)', 'a/3 + b/3', '3*(2*a + 1)', 'exp(y)', 'pi*a', 'a*b - 1', '(a + 1)/(2*b)',
        'y**2 - 1', 'log(y)', '5', 'Rational(1, 3)']


def random_poly():
    n = random.choice([1, 2, 3])
    terms = []
    for k in range(n + 1):
        if random.random() < 0.7:
            terms.append('(%s)*x**%d' % (random.choice(COEF), k))
    return ' + '.join(terms) or 'x'


PROGRAMS = []
for _ in range(120):
    PROGRAMS.append('print(integrate(%s, x))' % random_poly())
PROGRAMS += [
    'print(expand((4*c + 3*x**4)/(4*(x + 1)**2)))', 'print(expand(1/(4*(x + 1)**2)))',
    'print(expand((a + x)/(6*(x - 2)**3)))', 'print(expand((a + x)/(2*(x + y))))',
    'print(expand(3*(a + x)/(9*(x**2 + 1))))', 'print(expand(x/(2*(a + b)**2)))',
    'print(solve(-3*x**4/4 + x**2*(y - Rational(3, 2)) + 2*x*y + y*(-x**2 - 2*x + (x + 1)**2) - c, y))',
    'print(solve(a*y + (x + 1)**2*y - a*y - x, y))', 'print(solve(y*(x**2 + 2*x + 1 - (x + 1)**2 + x) - 1, y))',
    'print(solve(2*y*(x - 1) - 2*x*y + 4*x*y - 3, y))',
    'print(1 - exp(-x**2/2)*erfi(sqrt(2)/2) + exp(-x**2/2)*erfi(sqrt(2)*x/2))',
    'print(-erfi(sqrt(2)/2) + erfi(sqrt(2)*x/2), -exp(x)*erf(2) + exp(x)*erf(x))',
    'print(x*Ei(1) + x**2, x*erf(I) + x**2, y*Si(2) - y*Si(x), erfc(3)*x - x**2)',
]
# log(x) times a negative power of x, by parts
for e in ['3*log(x)/x**2', 'log(x)/(2*x**4)', '-5*log(x)/x**3', 'log(x)/x**2 + x', 'log(2*x)/x**2',
          'Rational(2, 3)*log(x)/x**5', 'log(x)/x**2 - sin(x)', 'log(3*x)/(4*x**6)', 'x**(-7)*log(x)']:
    PROGRAMS.append('print(integrate(%s, x))' % e)
PROGRAMS += ['print(integrate(log(x)/x**2, (x, 1, oo)), integrate(log(x)/x**3, (x, 1, 2)))']
emit(PRE, PROGRAMS)
