"""Generate evalfalse_golden.jsonl: function calls and relations built
with evaluate=False, as teaching notebooks show an expression before it
is evaluated (sin(0, evaluate=False) is sin(0), Eq(1, 1, evaluate=False)
is Eq(1, 1)): printed by str, latex and pretty, their args, doit,
substitution, arithmetic on them and diff; and strings through
sympify(s, evaluate=False) and parse_expr(s, evaluate=False), SymPy's
EvaluateFalseTransformer (a - b as Add(a, Mul(-1, b)), a/b as Mul(a,
Pow(b, -1)), comparisons, the listed functions). dcalc must print SymPy's
answer or raise NotImplementedError (never the evaluated value). Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_evalfalse.py > evalfalse_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

rng = random.Random(24)
CALLS = ['sin(0)', 'cos(pi)', 'exp(0)', 'log(1)', 'tan(pi/4)', 'sin(pi/6)', 'exp(log(x))', 'log(exp(2))', 'cos(-x)',
         'sin(x + 2*pi)', 'asin(1)', 'atan(0)', 'sinh(0)', 'cosh(0)', 'exp(I*pi)', 'log(E)', 'sin(-x)', 'Abs(-3)',
         'sign(-2)', 'atan2(1, 1)', 'erf(0)', 'gamma(1)', 'factorial(3)', 'sin(x)', 'cos(2*x)']
RELS = ['Eq(1, 1)', 'Eq(x, x)', 'Ne(2, 2)', 'Lt(1, 2)', 'Ge(x, x)', 'Eq(x + 1, 3)', 'Gt(3, 1)', 'Le(2, 2)', 'Eq(2*x, 4)']
progs = []
for c in CALLS:
    u = c[:-1] + ', evaluate=False)'
    for fmt in ['print(%s)', 'print(latex(%s))', 'pprint(%s)', 'print(%s.args, %s.func)', 'print(%s.doit())',
                'print(%s + 1)', 'print(srepr(%s))', 'print((%s).subs(x, 2))', 'print(diff(%s*x, x))']:
        if rng.random() < 0.5:
            progs.append(fmt.replace('%s', u))
for r in RELS:
    u = r[:-1] + ', evaluate=False)'
    for fmt in ['print(%s)', 'print(latex(%s))', 'pprint(%s)', 'print(%s.lhs, %s.rhs)', 'print(%s.doit())', 'print(%s.subs(x, 2))',
                'print(%s.reversed)', 'print(bool(%s))']:
        if rng.random() < 0.6:
            progs.append(fmt.replace('%s', u))
STRS = ['2 + 3*x - x/2 + x**2', 'x + x', '1/2 + sin(0)', '2*3 + 4', 'x < 1 < y', 'x == 1', '2**3**2', 'x - y - z',
        'x/y/z', '-x/2', '(x + 1)*(x + 1)', 'x**2/(x + 1) - 3', 'exp(0) + log(1)', 'x in y', 'x.diff(x) + 1',
        '1/3 + 1/6', 'sin(pi/2)**2 + cos(pi/2)**2', 'Abs(-2) + 1', 'x*2*y*3', '4/2', '2 - 2', 'x - x', '(2)(3)',
        'x >= 2', 'x != y', 'x | y', 'x & y', 'x ^ y', 'x // 2', '0.5 + 0.25', 'I*I', 'E**0', 'sqrt(x)**2']
for st in STRS:
    for fmt in ["print(sympify(%r, evaluate=False))", "e = parse_expr(%r, evaluate=False)\nprint(e, srepr(e))",
                "print(latex(sympify(%r, evaluate=False)))", "print(sympify(%r, evaluate=False).doit())"]:
        if rng.random() < 0.55:
            progs.append(fmt % st)
for u in ['sqrt(4, evaluate=False)', 'sqrt(x**2, evaluate=False)', 'sqrt(8, evaluate=False)', 'sqrt(-1, evaluate=False)',
          'root(8, 3, evaluate=False)', 'root(x, 4, evaluate=False)', 'root(16, 2, 0, evaluate=False)', 'root(-8, 3, evaluate=False)']:
    for fmt in ['print(%s)', 'print(latex(%s))', 'pprint(%s)', 'print(srepr(%s))', 'print(%s.doit())', 'print(%s.args)']:
        progs.append(fmt.replace('%s', u))
progs += ["print(sympify(['x + x'], evaluate=False))", "print(sympify(2, evaluate=False), sympify(2.5, evaluate=False))",
          "pprint(parse_expr('x**2/(x + 1) - 3', evaluate=False))"]
emit(PRE, progs)
