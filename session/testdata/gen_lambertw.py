"""Generate lambertw_golden.jsonl: SymPy's LambertW function as
notebooks meet it (the answers of solve for x*exp(x) = c and Wien's
law): special values, derivatives, is_real, the three printers and
numeric values on the real branches at several precisions. dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_lambertw.py > lambertw_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\np = symbols('p', positive=True)\n"

rng = random.Random(41)
progs = []
POINTS = ['1', '2', '10', 'S(1)/3', '-S(1)/5', '-0.3', '0.5', '100', '1e-5', '-S(1)/10', 'E', 'pi', 'sqrt(2)', '3*exp(3)',
          '-exp(-1)', '-1', '-2', 'I', '1e10', '-0.36', '5*exp(-5)', '-5*exp(-5)', '-log(2)/4', 'log(2)/2', '6']
for _ in range(90):
    pt = rng.choice(POINTS)
    k = rng.choice(['', '', '', ', -1', ', 0', ', 1'])
    f = 'LambertW(%s%s)' % (pt, k)
    op = rng.choice(['print(%s)', 'print(%s.evalf())', 'print(N(%s, 30))', 'print(%s.n(8))', 'print(%s.is_real)',
                     'print(latex(%s))', 'pprint(%s)', 'print(N(%s*exp(%s)))'])
    progs.append(op.replace('%s', f))
ARGS = ['x', 'x**2', '2*x', 'exp(x)', '-x', 'p', '-p', 'x*y', 'log(x)']
for _ in range(40):
    a = rng.choice(ARGS)
    k = rng.choice(['', ', -1'])
    f = 'LambertW(%s%s)' % (a, k)
    op = rng.choice(['print(diff(%s, x))', 'print(diff(%s, x, 2))', 'print(%s.is_real, %s.is_positive)', 'pprint(diff(%s, x))',
                     'print(latex(%s**2))', 'print(simplify(%s*exp(%s)))', 'print(%s.subs(x, 1).evalf())', 'print(srepr(%s))'])
    progs.append(op.replace('%s', f))
progs += ['print(LambertW(x, 0), LambertW(0, 1), LambertW(0, -1), LambertW(oo), LambertW(2*log(2)), LambertW(-log(2)/2))',
          'print(LambertW(-pi/2), LambertW(-pi/2, -1), LambertW(-2*exp(-2), -1), LambertW(exp(1 + E)))',
          'print(LambertW(x).func, LambertW(x).args, type(LambertW(1)).__name__)',
          'f = lambdify(x, LambertW(x), "math")', 'print(LambertW(1, 2).is_real, LambertW(y, 2).is_real, LambertW(p).is_real)',
          'print(LambertW(x).series(x, 0, 4))', 'print(LambertW(1.0), LambertW(Float(2, 30)))',
          'w = LambertW(2).evalf(20)\nprint(w, (w*exp(w)).evalf(20))']
emit(PRE, progs)

# solve of (b*x + c)*exp(d*x + g) = R, the Lambert form notebooks meet
SOLVE = []
for _ in range(220):
    C = rng.choice(['', '2*', '-', 'S(1)/2*', '3*'])
    lin = rng.choice(['x', 'x', '(x - 1)', '(x + 1)', '(2*x + 2)', '(x - 5)', '(1 - x)', '(x + 3)'])
    d = rng.choice(['x', 'x', '2*x', '-x', 'x/2', '3*x', '-2*x', '2*x/3', '5*x'])
    R = rng.choice(['1', '2', '3', 'S(1)/5', '-S(1)/5', '-1', '5', 'S(1)/10', '-S(1)/10', 'exp(-1)', '-exp(-1)'])
    e = '%s%s*exp(%s) - %s' % (C, lin, d, R)
    form = rng.choice(['solve(%s, x)', 'solve(expand(%s), x)', 'solve(Eq(%s, 0), x)'])
    SOLVE.append('print(%s)' % (form % e))
SOLVE += ['print(solve((x - 5)*exp(x) + 5, x))', 'print(solve(x*exp(x) - 1, x, dict=True))', 'print(solve(x*exp(x) - y, x))',
          'a, b = symbols("a b", positive=True)\nprint(solve(a*x*exp(b*x) - 1, x))', 'print([N(s) for s in solve(x*exp(x) - 2, x)])',
          'print(solve(exp(x)*(x - 3) + 3, x))', 'print(solve(x*exp(x) + exp(-1), x))', 'print(solve(Eq(x*exp(x), 3), x))']
emit(PRE, SOLVE)
