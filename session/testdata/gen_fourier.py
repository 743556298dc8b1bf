"""Generate fourier_golden.jsonl: fourier_series of the functions
calculus and signals notebooks expand (polynomials, |x|, square,
sawtooth and triangle waves as Piecewise, finite trigonometric sums)
over symmetric and shifted periods, with truncate, sigma_approximation,
shift/shiftx/scale/scalex, the coefficient sequences, indexing and the
three printers; and definite integrals of Piecewise integrands with a
symbolic frequency n, which the coefficients are made of. dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_fourier.py > fourier_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, n = symbols('x y n')\n"

rng = random.Random(31)
FUNCS = ['x', 'x**2', '-x', '2*x + 1', 'x**3', 'x**2 - x', 'Abs(x)', 'pi - Abs(x)', 'x*Abs(x)', '1 - x**2',
         'Piecewise((0, x < 0), (1, True))', 'Piecewise((-1, x < 0), (1, True))', 'Piecewise((x, x < 0), (0, True))',
         'Piecewise((0, x < 0), (x, True))', 'Piecewise((1 + x, x < 0), (1 - x, True))', 'Piecewise((x**2, x < 0), (x, True))',
         'Piecewise((0, x < -1), (1, x < 1), (0, True))', 'Heaviside(x)', 'sign(x)', 'exp(x)', 'sin(x)', 'cos(x)**2',
         'sin(x)**3', 'sin(x)*cos(2*x)', 'cos(3*x) + 2*sin(x)', 'sin(x + 1)', 'sin(2*x)**2 + cos(x)', 'tan(x)', 'x*sin(x)',
         '3', 'x + y', 'cos(x/2)', 'sin(pi*x)', 'sin(x)**2*cos(x)', '1/(x + 5)', 'x**4']
LIMITS = ['(x, -pi, pi)', '(x, -pi, pi)', '(x, -pi, pi)', '(x, 0, 2*pi)', '(x, -1, 1)', '(x, 0, 1)', '(x, -2, 2)',
          '(x, 0, pi)', '(-pi, pi)', 'None']
progs = []
for _ in range(150):
    f, lim = rng.choice(FUNCS), rng.choice(LIMITS)
    s = 'fourier_series(%s, %s)' % (f, lim) if lim != 'None' else 'fourier_series(%s)' % f
    op = rng.choice(['print(s.truncate(%d))' % rng.randint(1, 6), 'print(s)', 'pprint(s)', 'print(latex(s))',
                     'print(s.a0, s.an, s.bn)', 'print(s.sigma_approximation(%d))' % rng.randint(2, 5),
                     'print(s.shift(1).truncate(), s.scale(2).truncate())', 'print(s.shiftx(1).truncate(), s.scalex(2).truncate())',
                     'print(s[:4])', 'print(s[3])', 'print(type(s).__name__, s.function, s.x, s.period, s.L)',
                     'pprint(s.an)', 'print(latex(s.bn))', 'print(s.an.coeff(2), s.bn.formula)', 'print(s.truncate())',
                     'pprint(s.truncate(4), use_unicode=False)', 'print(s.length, s.start, s.stop)'])
    progs.append('s = %s\n%s' % (s, op))
PWS = ['Abs(x)', 'Abs(x - 1)', 'Piecewise((0, x < 0), (1, True))', 'Piecewise((-1, x < 0), (1, True))',
       'Piecewise((x, x < 0), (x**2, True))', 'Piecewise((1 + x, x < 0), (1 - x, True))', 'Piecewise((0, x < 0), (x, x < 1), (1, True))',
       'Piecewise((0, x < pi/2), (1, True))', 'x*Abs(x)']
for _ in range(50):
    f = rng.choice(PWS)
    trig = rng.choice(['sin(n*x)', 'cos(n*x)', 'x*cos(n*x)', 'sin(2*n*x)', 'cos(pi*n*x)'])
    a, b = rng.choice([('-pi', 'pi'), ('-1', '1'), ('0', 'pi'), ('-1', '2'), ('0', '2'), ('-2', '2')])
    progs.append('print(integrate(%s*%s, (x, %s, %s)))' % (f, trig, a, b))
POLYS = ['x + y', 'x**2 + y*x + 1', 'y*x', 'y**2*x + 2', 'x/y + 1', '(x - y)**2', '2*x + 3*y', 'x**3*y - x', 'y*(x + 1)']
for _ in range(30):
    p, trig = rng.choice(POLYS), rng.choice(['sin(n*x)', 'cos(n*x)', 'cos(2*n*x + 1)', 'sin(pi*n*x)'])
    lim = rng.choice(['x', '(x, -pi, pi)', '(x, 0, 1)', '(x, 0, pi)'])
    progs.append('print(integrate((%s)*%s, %s))' % (p, trig, lim))
progs += ['s = fourier_series(x**2, (x, -pi, pi))\nprint(s.shift(1).truncate(), s.shiftx(1).truncate(), s.scale(2).truncate(), s.scalex(2).truncate())',
          's = fourier_series(x, (x, -pi, pi))\nprint(s.sigma_approximation(4))',
          'print(fourier_series(x*y, (x, -pi, pi)).truncate(3))', 'print(fourier_series(x*y))',
          'print(fourier_series(x, (x, -oo, oo)))', 'print(fourier_series(y**2, (x, -pi, pi)))', 'print(fourier_series(x, (y, 0, 1)))',
          's = fourier_series(sin(x)**2, (x, -pi, pi))\nprint(s, s.an, s.bn, s.a0)\nprint(s.truncate(), list(s))',
          's = fourier_series(x, (x, -pi, pi))\nprint([t for t, _ in zip(s, range(4))])',
          's = fourier_series(x**2, (x, -pi, pi))\nprint(s.an[:3], s.an[0], s.an.start, s.an.stop, s.an.length)',
          's = fourier_series(x**2, (x, -pi, pi))\nprint(s[-1])', 's = fourier_series(x, (x, -pi, pi))\nprint(s.shift(x))',
          'print(SeqFormula(n**2, (n, 0, 5)))\npprint(SeqFormula(n**2, (n, 0, 5)))\nprint(list(SeqFormula(n**2, (n, 0, 5))))',
          'pprint(SeqFormula(n**2, (n, 0, 2)))\nprint(latex(SeqFormula(1/n, (n, 1, oo))))',
          'print(SeqFormula(n**2, (n, 0, 5))[2:4], SeqFormula(n**2, (n, 0, 5)).coeff(3))']
progs += ['s = fourier_series(x, (x, -pi, pi))\nprint((-s).truncate(), (+s).truncate(2))',
          's = fourier_series(x, (x, -pi, pi))\nprint((s + fourier_series(x**2, (x, -pi, pi))).truncate(4))',
          's = fourier_series(x, (x, -pi, pi))\nprint((s - fourier_series(Abs(x), (x, -pi, pi))).truncate(4), s + fourier_series(-x, (x, -pi, pi)))',
          's = fourier_series(x, (x, -pi, pi))\nprint(s + fourier_series(x, (x, 0, 1)))',
          's = fourier_series(x**2, (x, -1, 1))\nprint((s + fourier_series(x, (x, -1, 1))).an, (-s).a0)',
          'print(x.fourier_series().truncate(2), (x**2).fourier_series((x, -1, 1)).truncate(2), (sin(x)**2).fourier_series())']
# a general period L (positive or not) in the coefficients pi*n*x/L
for _ in range(20):
    L = rng.choice(["symbols('L', positive=True)", "symbols('L')", "symbols('T', positive=True)"])
    f = rng.choice(['x', 'x**2', 'x*(1 - x)', 'Piecewise((0, x < 0), (1, True))', 'Abs(x)', '2*x + 1'])
    lim = rng.choice(['(x, -L, L)', '(x, 0, L)', '(x, -L/2, L/2)'])
    op = rng.choice(['print(s.truncate(3))', 'print(s.an.coeff(1))', 'pprint(s)'])
    progs.append('L = %s\ns = fourier_series(%s, %s)\n%s' % (L, f, lim, op))
for _ in range(10):
    P = rng.choice(['x', 'x**2', 'L - x', 'x + L'])
    trig = rng.choice(['sin(n*pi*x/L)', 'cos(n*pi*x/L)', 'cos(2*n*x/L**2)'])
    progs.append("L = symbols('L', positive=True)\nprint(integrate((%s)*%s, %s))" % (P, trig, rng.choice(['x', '(x, 0, L)', '(x, -L, L)'])))
emit(PRE, progs)
