"""Generate radsimp_golden.jsonl: radsimp (with symbolic and max_terms)
and simplify on quotients whose denominators hold square roots: one to
five radical terms with rational and symbolic coefficients, I counted as
sqrt(-1), numerators with their own radicals. Hand-picked programs
first, then 240 random ones (seed 5). With SymPy 1.14's stdout. Run with
a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_radsimp.py > radsimp_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a, b, c = symbols('x y a b c')\n"

PROGRAMS = [
    'print(radsimp(1/(1 + sqrt(2))), radsimp(1/(2 + sqrt(2))), radsimp(1/(sqrt(2) + sqrt(3) + sqrt(5))))',
    'print(radsimp(1/(a + b*sqrt(c))), radsimp(1/(a + b*sqrt(c)), symbolic=False), radsimp(x/(sqrt(x) + sqrt(y))))',
    'print(radsimp(1/(1 + I)), radsimp(sqrt(2)/(1 + sqrt(5)) + 3), radsimp((sqrt(5) + sqrt(3))/(sqrt(5) - sqrt(3))))',
    'print(radsimp(1/(1 + sqrt(2) + sqrt(3) + sqrt(5) + sqrt(7))))',
    'print(radsimp(1/(2*b*sqrt(c))), radsimp(1/(x + sqrt(2))), radsimp(1/(sqrt(2) + sqrt(3)), max_terms=1))',
    'print(radsimp(1/(1 + sqrt(2)*I)), radsimp(1/(pi + sqrt(2))), radsimp(1/(2**Rational(1, 4) + 1)))',
    'print(simplify(1/(1 + sqrt(2))), simplify(x/(1 + sqrt(3))), simplify((1 + sqrt(3))/(1 - sqrt(3))))',
    'print(simplify(1/(sqrt(2) + sqrt(3))), simplify(1/(1 + I)), simplify(sqrt(25*pi - 125)))',
    'print(simplify(5/(GoldenRatio - E)/2**Rational(1, 3)), GoldenRatio - E, EulerGamma - pi, latex(Catalan - E))',
]

RADS = ['sqrt(2)', 'sqrt(3)', 'sqrt(5)', '2*sqrt(2)', 'sqrt(6)', '3*sqrt(3)', 'I', 'sqrt(7)/2']
INTS = ['1', '2', '3', '-1', '5', 'S(1)/2', 'pi']
SYMS = ['x', 'y', '2*x', 'x**2', 'a*b']

random.seed(5)
for _ in range(240):
    k = random.randint(0, 6)
    r, r2, r3 = random.choice(RADS), random.choice(RADS), random.choice(RADS)
    p, q, s = random.choice(INTS), random.choice(INTS), random.choice(SYMS)
    e = ['1/(%s + %s)' % (p, r),
         '(%s + %s)/(%s - %s)' % (q, r2, p, r),
         '%s/(%s + %s)' % (s, p, r),
         '(%s + %s)/(%s + %s*%s)' % (s, r2, p, q, r),
         '1/(%s + %s + %s)' % (r, r2, r3),
         '%s/(%s + %s)' % (p, s, r),
         '1/(%s + %s*%s + %s)' % (p, s, r, r2)][k]
    f = random.choice(['simplify', 'radsimp', 'radsimp'])
    PROGRAMS.append('print(%s(%s))' % (f, e))

# square roots of symbols and sums (powdenest(force=True) at work), at
# most two radical terms so that SymPy answers quickly
SRADS = ['sqrt(x)', 'sqrt(y)', 'sqrt(2)', 'x**(S(3)/2)', 'sqrt(x + 1)', 'sqrt(3)*sqrt(x)',
         'I', '2**(S(1)/4)', 'sqrt(a)', 'sqrt(x**2 + 1)', 'x**(S(1)/3)', 'sqrt(pi)']
SCOEF = ['1', '2', 'x', 'y', '-1', 'a', 'S(1)/3', 'x**2']
for _ in range(120):
    ts = ['%s*%s' % (random.choice(SCOEF), random.choice(SRADS)) for _ in range(random.randint(1, 2))]
    if random.random() < 0.7:
        ts.append(random.choice(SCOEF))
    num = random.choice(['1', 'x', 'sqrt(2)', 'x + sqrt(y)', '3'])
    f = random.choice(['radsimp', 'radsimp', 'simplify'])
    PROGRAMS.append('print(%s((%s)/(%s)))' % (f, num, ' + '.join(ts)))

PROGRAMS += [
    'print(powdenest(sqrt(x**2)), powdenest(sqrt(x**2), force=True), powdenest(exp(3*log(x))))',
    'print(powdenest(exp(3*(log(a) + 2*log(b)))), powdenest((x**(2*a))**b), powdenest(sqrt(x**3)*x**(S(3)/2), force=True))',
    "p, q = symbols('p q', positive=True)\nprint(powdenest(sqrt(p**2*q**4)), powdenest((p**(2*a)*q**(4*a))**b), powdenest(sqrt(p + 1)*sqrt(p**2 + 1)))",
    'print(expand((x + 1)**(S(5)/2)), expand((x**2 + 1)**(S(7)/3)), expand((x + 1)**(-S(3)/2)))',
]

emit(PRE, PROGRAMS)
