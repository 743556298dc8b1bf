"""Generate cse_golden.jsonl: cse (common subexpression elimination) as
code-generating notebooks use it: gradients and Hessians of losses,
lists and matrices of expressions, numbered_symbols, and 60 random
expression sets, from SymPy 1.14. dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_cse.py > session/testdata/cse_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, t = symbols('x y z t')\n"

programs = ['print(cse(x**2 + sin(x)**2 + sin(x)))', 'print(cse([sin(x)*cos(y) + sin(x), cos(y)*sin(x)**2]))', 'print(cse(((x + y)**2 + z)/(x + y)))', 'print(cse([(x+y-z)*(x+y+z), (x+y)**2 + z]))', 'print(cse(exp(-x**2/2)*x + exp(-x**2/2)))', 'f = 1/(1 + exp(-(2*x + 3*y))); print(cse([diff(f, x), diff(f, y)]))', 'print(cse(Matrix([[x**2 + y, sin(x**2 + y)], [x*y, (x*y)**2]])))', 'print(cse([x*y*z, x*y, y*z*x + 1]))', 'print(cse([x + y + z, x + y, 2*(x + y + z)]))', 'print(cse(sqrt(x**2 + y**2) + 1/sqrt(x**2 + y**2) + x/(x**2 + y**2)))', "a, b, c = symbols('a b c'); print(cse([a*b - c, (a*b - c)**2, -a*b + c]))", 'print(cse(x**-2 + x**2 + 1/x**2*y))', "x0 = symbols('x0'); print(cse([x0 + sin(x)**2, sin(x) + x0*sin(x)**2]))", 'print(cse([sin(x), cos(x)])); print(cse(x)); print(cse([]))', "print(cse(sin(x + y)*cos(x + y) + (x + y)**2, symbols=numbered_symbols('t')))", 'print(cse(diff(exp(sin(x)*x**3), x, 3)))', "w = symbols('w0:3'); loss = log(1 + exp(-(w[0] + w[1]*x + w[2]*y))); g = [diff(loss, v) for v in w]; print(cse(g))", 'print(cse([x*y*z*t, x*y*z, x*y, t*x*y]))', 'print(cse([x + y + z + t, x + y + z, x + y, t + x + y]))']

rnd = random.Random(7)
LEAVES = ['x', 'y', 'z', 't', '2', '3', '-1', 'Rational(1, 2)']
FUNCS = ['sin', 'cos', 'exp', 'log', 'sqrt', 'tanh', 'atan']


def gen(d):
    if d == 0 or rnd.random() < 0.25:
        return rnd.choice(LEAVES)
    r = rnd.random()
    if r < 0.3:
        return '%s(%s)' % (rnd.choice(FUNCS), gen(d - 1))
    op = rnd.choice(['+', '-', '*', '/', '**2*', '**'])
    if op == '**':
        return '(%s)**%s' % (gen(d - 1), rnd.choice(['2', '3', '-1', '-2', 'Rational(1, 2)', 'Rational(-1, 2)']))
    return '(%s) %s (%s)' % (gen(d - 1), op if op != '**2*' else '*', gen(d - 1))


for i in range(60):
    kind = rnd.random()
    if kind < 0.3:
        e = gen(4)
        programs.append('e = %s\nprint(cse([diff(e, x), diff(e, y)]))' % e)
    elif kind < 0.6:
        programs.append('print(cse([%s, %s, %s]))' % (gen(3), gen(3), gen(3)))
    elif kind < 0.8:
        e = gen(3)
        programs.append('e = %s\nprint(cse(hessian(e, (x, y))))' % e)
    else:
        programs.append('print(cse(%s))' % gen(5))

emit(PRE, programs)
