"""Generate parser_golden.jsonl: strings through sympify and parse_expr
as notebooks pass them (input boxes, formulas typed with ^, implicit
multiplication): SymPy's tokenizer and transformations (auto_symbol,
auto_number, factorial and repeated-decimal notation, convert_xor,
rationalize, split_symbols, implicit multiplication and application,
function exponentiation, equals signs), local_dict, the T selector, and
the errors (SympifyError, TokenError, the transformed code). dcalc must
print SymPy's answer or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_parser.py > parser_golden.jsonl
"""
import json
import random
import re

import sympy

from goldenlib import run

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nfrom sympy.parsing.sympy_parser import *\n"
       "x, y = symbols('x y')\n")

rng = random.Random(15)
STRS = ['x^2 + 3*x', 'x**2 + 3*x', '2*x + 1', 'sin(x)^2 + cos(x)^2', 'f(x) + 2', 'f(x, y)*g(x)',
        'x!', '(x + 1)!', 'x!!', '3!', '0.2[1]', '1.[3]', '.[6]', '0.1[23]', '1j + 2', '2.5j',
        'max(x, y)', 'min(1, x)', 'abs(x)', 'int', 'len', 'lambda x: x**2', 'lambda x, y: x + y',
        'E**x', 'I*pi', 'exp(1)', 'oo', 'zoo', 'nan', 'beta', 'gamma(x)', 'a_1 + b_2', 'theta + alpha',
        'x.diff(x)', '(x + 1)**2', '1/2', '1/3 + 0.5', '2**0.5', '0.1 + 0.2', '1e-3*x', '0x1f', '1_000',
        'True', 'False', 'x > 1', 'x == 1', 'Eq(x, 2)', '[x, 1]', '(x, 2)', '{x: 1}', 'x if True else y',
        '3x', 'x +', '(x', 'x)', '', 'x $ y', '!x', 'x = 1', 'lambda', 'x.foo', 'sin(x', '2 x',
        'Symbol("z")', "Symbol('z', positive=True)", 'Function("h")(x)', 'Integer(3)/4', 'S(1)/3',
        'Matrix([[1, x], [2, y]])', 'sqrt(x)^3', 'log(x, 2)', 'x^y^2', 'x**-1', '-x^2', 'N(pi)',
        'x # comment', 'x  +   y', 'sinh(x)/cosh(x)', 'diff(x^3, x)', 'integrate(x^2, x)',
        'alpha*beta', 'lamda', 'xy', 'x1 + x2', '2.0*x', '10.50', '1.5e3', "'str'", 'x.is_real']
progs = []
for s in STRS:
    progs.append('r = sympify(%r)\nprint(r, type(r).__name__)' % s)
for s in ['x^2 + 1', '0.1*x + 0.25', '1/3 + 0.5', '2**0.5', 'x**0.5']:
    progs.append('print(sympify(%r, rational=True), sympify(%r, convert_xor=False) if "^" not in %r else 0)' % (s, s, s))
progs.append("print(sympify('x^2', convert_xor=False))")
LOC = ["{'a': x}", "{'a': 2}", "{'f': Lambda(x, x**2)}", "{'x': Symbol('x', positive=True)}", "{'E': Symbol('E')}",
       "{'lam': Symbol('lambda')}", "{'N': Symbol('N')}"]
for l in LOC:
    for s in ['a*b', 'f(2)', 'sqrt(x**2)', 'E + 1', 'lam + 1', 'N + 1']:
        progs.append('print(sympify(%r, locals=%s))' % (s, l))
        progs.append('print(parse_expr(%r, local_dict=%s))' % (s, l))
IMP = ['2x', '3xy', '2x sin x', 'sin x cos x', 'sin**2 x + cos x^2', '(x+1)(x-1)', 'x(y+1)', '10sin**2 x**2 + 3xyz + tan theta',
       '2(x+1)', 'xyz', 'x y z', 'a_b c', 'sin(x)cos(x)', 'exp x', 'log x/2', 'sqrt 2 x', 'x^2 y', 'x = 2', 'x=y+1',
       '2 x = 4', '0.1x', '1/2 x', 'E x', 'pi r^2', 'theta2', 'x2y', 'f(x)', 'f x', 'cos**2(x)', 'sin x^2',
       'sin(x)^2', 'x!y', 'e^x', 'ln x', 'abc + def', 'alpha beta', 'sin 2x', 'x y(z)', '(x)(y)', '2.5.5']
for s in IMP:
    for t in ["'all'", "'implicit'", "standard_transformations + (implicit_multiplication_application,)",
              "standard_transformations + (implicit_multiplication,)", "standard_transformations + (implicit_application,)",
              "standard_transformations + (convert_xor, implicit_multiplication_application)",
              "T[:6]", "T[:5] + (split_symbols, implicit_multiplication)", "standard_transformations + (convert_equals_signs,)",
              "standard_transformations + (function_exponentiation,)", "(auto_symbol, auto_number)", "()",
              "standard_transformations + (rationalize,)", "T[0, 1, 3, 6]"]:
        if rng.random() < 0.45:
            progs.append('print(parse_expr(%r, transformations=%s))' % (s, t))
for s in ['1/2', '0.5', 'x + 1', '2**3', 'len([1, 2])', '[1, 2]']:
    for t in ['()', '(auto_symbol,)', '(auto_number,)']:
        progs.append('r = parse_expr(%r, transformations=%s)\nprint(r, type(r).__name__)' % (s, t))
progs += ['print(T)', 'print(len(T[5]), T[5] == (implicit_multiplication_application,), len(T[:]), T[:2] == (lambda_notation, auto_symbol))',
          'print(standard_transformations == T[:5])', "parse_expr('x', transformations='none')",
          "parse_expr('x', local_dict=[1])", "parse_expr(1)", "parse_expr('x', local_dict={'': 1})",
          "print(parse_expr('x + y', global_dict={'Symbol': Symbol}))",
          "print(parse_expr('sin(x)', global_dict={'Symbol': Symbol, 'Function': Function}))",
          "print(parse_expr('Q', global_dict={}))",
          "print(S('x^2 + 1'), S('1/3'), S('0.5'))", "print(diff('x^3', x), expand('(x+1)^2'))",
          "print(solve('x^2 - 4', x))", "print(Number('12'), Number('1.5'), Number('inf'))",
          "print(Number('x'))"]
def traceback_last_line(out):
    """A SyntaxError raised by parse_expr's eval ends CPython's traceback
    as 'SyntaxError: msg'; str(e), which run records, adds the file and
    line. (SympifyError's message quotes str(e) and keeps it.)"""
    if 'SympifyError' not in out:
        out = re.sub(r'(SyntaxError: .*) \(<string>, line \d+\)\n$', r'\1\n', out)
    return out


for src in progs:
    out = run(PRE, src)
    if out is not None:
        print(json.dumps({"src": src, "stdout": traceback_last_line(out)}))
