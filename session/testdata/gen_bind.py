"""Generate bind_golden.jsonl: calls of bound SymPy names with keyword
arguments and wrong argument lists, and what SymPy 1.14 under CPython 3
answers: the repr of the result, or "Type: message" of the exception.
dcalc must give the same, or refuse with NotImplementedError when SymPy
answered (never silently ignore an argument). Run with a python3 that
has SymPy 1.14:

    python3 session/testdata/gen_bind.py > session/testdata/bind_golden.jsonl
"""
import json
import sympy
from sympy import *  # noqa: F401,F403

assert sympy.__version__ == "1.14.0"

x, y = symbols("x y")
f = Function("f")

cases = [
    # operators: Integer's bitwise ones, and the logic ones of Booleans
    # (of those only Not of a relation, its negation: And, Or, Xor, Not
    # of symbols are refused, see TestBindRefusesUnhonoured)
    "S(3) & S(5)", "S(3) | 4", "5 ^ S(3)", "~S(3)", "S(1) << 3", "S(-8) >> 1", "S(3) & True",
    "S(2)**100 & S(3)", "~(x > 1)", "~(x <= y)", "~Eq(x, 1)", "~Ne(x, 1)", "~(1 < x)",
    "x ^ 2", "2*x & y", "x << 1", "S(3) & 2.0", "Rational(1, 2) & 1",
    # keywords that are honoured
    "latex(x**2, mode='inline')",
    "latex(x**2, mode='equation')",
    "latex(x**2, mode='equation*')",
    "latex(x**2, mode='equation', itex=True)",
    "latex(x**2, mode='inline', itex=True)",
    "latex(x**2, mode='plain')",
    "latex(x**2, mode='foo')",
    "latex(x, foo=1)",
    "latex()",
    "latex(x, y)",
    "latex(expr=x**3)",
    "diff(x**2, x, evaluate=False)",
    "diff(x**2*y, x, y, evaluate=False)",
    "diff(x**2, x, evaluate=True)",
    "diff(sin(x), x, 2, evaluate=False)",
    "diff()",
    "diff(f=x**2)",
    "expand((x + 1)**2, deep=True)",
    "expand((x + 1)**2, mul=True)",
    "N(pi, 5)",
    "N(pi, n=5)",
    "N(x + pi, subs={x: 1})",
    "N(pi, 5, 6)",
    "N()",
    "sqrt(4)",
    "sqrt()",
    "sqrt(4, 5, 6)",
    "sqrt(arg=9)",
    "root(8, 3)",
    "root(-8, 3, 1)",
    "root(8)",
    "srepr(x**2)",
    "srepr(x, y)",
    "symbols('a b', real=True)",
    "symbols(names='a')",
    "symbols()",
    "symbols('a', cls=Function)",
    "symbols(' ')",
    "symbols(' , ')",
    "symbols('x:0')",
    "integrate(x, ())",
    "sympify('x + 1')",
    # relations decided by half-known signs (is_ge is is_extended_nonnegative)
    "Symbol('r', real=True)**2 >= 0", "Symbol('r', real=True)**2 < 0", "-Symbol('r', real=True)**2 <= 0",
    "-Symbol('r', real=True)**2 > 0", "0 <= Symbol('r', real=True)**2", "-x**2 <= 0", "Symbol('r', real=True)**2 > 0",
    "Symbol('p', positive=True)*Symbol('r', real=True)**2 >= 0", "-Symbol('p', positive=True)*Symbol('r', real=True)**2 < 1",
    "Symbol('n', nonpositive=True)*Symbol('r', real=True)**2 <= 0",
    # srepr of atoms, containers, relations, matrices and Order
    "srepr(oo)", "srepr(-oo)", "srepr(zoo)", "srepr(nan)", "srepr(pi*E*I)", "srepr(EulerGamma)", "srepr(S.Half)",
    "srepr(Integral(exp(-x**2), (x, -oo, oo)))", "srepr([x, x**2, sqrt(x)])", "srepr((x, 1/x))", "srepr((x,))",
    "srepr({x: 1/x})", "srepr(x > 1)", "srepr(Ne(x, 2))", "srepr(Eq(x, 1))", "srepr(x <= y)", "srepr(O(x**3))",
    "srepr(O(x*y, x, y))", "srepr(O(1))", "srepr(exp(x).series(x, 0, 3))", "srepr(Matrix([[1, x], [y, 2]]))",
    "srepr(Matrix(0, 3, []))", "srepr([1, 0.5, 'a', True, S.true, S.false])", "srepr(Tuple(1, x))",
    # strings whose value is a relation, a truth value or a container
    "sympify('x > 1')", "sympify('x <= y + 1')", "S('x == 1')", "sympify('1 < x')", "sympify('Eq(x, 1)')",
    "sympify('x != 1')", "sympify('[1, x]')", "sympify('(1, x/2)')", "S('True')", "S('2 > 1')",
    "sympify('Matrix([1, 2])')", "sympify('{x: 1}')",
    "sympify()",
    "factor_terms(2*x + 2)",
    "factor_terms()",
    "signsimp(-x - 1)",
    "pretty(x**2, use_unicode=False)",
    "pretty(x**2/2, use_unicode=True)",
    "pretty()",
    "limit(1/x, x, 0, '-')",
    "limit(1/x, x, 0, dir='-')",
    "limit(sin(x)/x, x)",
    "limit(sin(x)/x, x, 0, '+', 5)",
    "series(sin(x), x, n=4)",
    "series(exp(x), x, 1, 3)",
    "series(cos(x), x, 0, 4, '+', 1)",
    "solve(x**2 - 1, x, dict=True)",
    "solve()",
    "simplify()",
    "simplify(sin(x)**2 + cos(x)**2)",
    "simplify(x, ratio=1.7)",
    "integrate()",
    "hessian(x**2*y, (x, y))",
    "hessian(x**2)",
    "factor(x**2 - 1)",
    "factor()",
    "factor_list(x**2 - 1)",
    "igcd(12, 18)",
    "ilcm(4, 6)",
    "gcd(12, 18)",
    "lcm(4, 6)",
    # float() and complex() evaluate through the engine's evalf
    "float(acoth(2))",
    "complex(sec(1 + I))",
    "float(asec(3))",
    "complex(acosh(Rational(1, 3)))",
    "float(sqrt(2) + exp(1) * log(3))",
    "float(atan(Rational(3, 2)) ** 2)",
    "float(x)",
    "float(I)",
    "float(nan)",
    "complex(zoo)",
    # keywords of Python's built-in functions, types and methods
    "[].append(1, foo=3)",
    "'a'.upper(foo=1)",
    "{}.get(1, foo=2)",
    "set().add(1, foo=1)",
    "(1,).index(1, foo=1)",
    "'a'.split(foo=1)",
    "'a b'.split(sep=' ', maxsplit=1)",
    "[].sort(foo=1)",
    "set().update(a=1)",
    "'{a}'.format(a=1)",
    "print(1, foo=1)",
    "sorted([], foo=1)",
    "sorted([2, 1, 3], key=lambda v: -v, reverse=True)",
    "int('1', foo=1)",
    "int('11', base=2)",
    "enumerate([], foo=1)",
    "list(enumerate('ab', start=1))",
    "round(1.5, foo=1)",
    "round(2.675, ndigits=2)",
    "sum([], foo=1)",
    "sum([1, 2], start=10)",
    "zip([], foo=1)",
    "max([1], foo=1)",
    "max([], default=0)",
    "str(1, foo=1)",
    "range(1, foo=1)",
    "list(foo=1)",
    "pow(1, 2, foo=1)",
    "pow(base=2, exp=10)",
    "abs(1, foo=1)",
    "len([], foo=1)",
    "isinstance(1, int, foo=1)",
    "float('1.5', foo=1)",
    "complex(real=1, imag=2)",
    "complex(imag=2)",
    "pow(2, base=3)",
    "pow(exp=3)",
    "pow(2, 3, base=1)",
    # CPython's wording for argument errors
    "sqrt(4, arg=4)",
    "limit(x, x, 0, '+', dir='-')",
    "symbols('x', 'y')",
    "latex(x, y, mode='inline')",
    "srepr(x, order=None, perm_cyclic=True)",
    "root(arg=8)",
    "hessian(x*y, (x, y), (), 1)",
    "factor_terms(x, True, False, False, True, 1)",
]

for src in cases:
    try:
        out = repr(eval(src))
    except Exception as e:  # noqa: BLE001
        out = "%s: %s" % (type(e).__name__, e)
    print(json.dumps({"src": src, "out": out}))
