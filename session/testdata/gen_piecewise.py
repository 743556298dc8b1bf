"""Generate piecewise_golden.jsonl: SymPy's logic (And, Or, Not, Xor and
the &, |, ^, ~ operators on symbols and relations, with their
evaluation: flattening, duplicates, a relation with its negation) and
Piecewise (construction and its collapsing rules, printing in the three
printers, srepr, args, substitution, derivatives, evalf, powers,
integrals that SymPy answers with a Piecewise), from SymPy 1.14. dcalc
must print the same or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    python3 session/testdata/gen_piecewise.py > session/testdata/piecewise_golden.jsonl
"""
import sympy

from goldenlib import emit, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y, z, a, b = symbols('x y z a b')\nn = symbols('n', integer=True)\n"
       "p = symbols('p', positive=True)\nr = symbols('r', real=True)\n")

LOGIC = ["x & y", "y & x", "x | y", "x ^ y", "~x", "~~x", "~(x & y)", "~(x | y)", "x | (y & z)", "(x | y) & z",
         "x & y & z", "(x & y) & z", "x & (y | z) & a", "And(x, y, x)", "And(x, True)", "And(x, False)", "Or(x, True)",
         "Or(x, False)", "And()", "Or()", "And(x)", "Xor(x, y, x)", "Xor(x, True)", "Xor(x, y, True)", "Xor(x, False)",
         "(x < 1) & (y > 2)", "(y > 2) & (x < 1)", "(x < 1) | (y > 2)", "(x < 1) & (x < 1)", "(x < 1) & (x >= 1)",
         "(x < 1) | (x >= 1)", "(x < 1) & (1 > x)", "(x < 1) | (1 <= x)", "(x > 1) & (x < 3)", "(x >= 0) & (x <= 1)",
         "Not(x < 1)", "Not(x <= 1)", "Not(Eq(x, 1))", "Not(Ne(x, 1))", "~(x > 1)", "~Eq(x, y)", "And(x < 1, y)",
         "Or(Eq(x, 0), Eq(y, 0))", "And(Ne(x, 0), Ne(y, 0))", "And(x > -oo, x < 2)", "And(x < 2, x > -oo)",
         "(x < 2) & (x > -1) & (y > 0)", "Xor(x < 1, x >= 1)", "Xor(x < 1, y > 1)", "x & (y < 1)", "(x & y) | (z & a)",
         "(x | y) ^ z", "~(x ^ y)", "(-x < -1) & (y > 0)", "(2*x < 4) & (x > 0)", "Or(x > 2, x < -2)",
         "And(p > 0, x < 1)", "And(r**2 >= 0, x)", "(x < 1) & True", "True & (x < 1)", "False | (x < 1)", "x | False",
         "(x & y).args", "(x & y).func", "(x | y).free_symbols == {x, y}", "((x < 1) & (y > 2)).subs(x, 0)",
         "((x < 1) & (y > 2)).subs(x, 5)", "((x < 1) | (y > 2)).subs(x, 0)", "((x < 1) & (y > 2)).subs({x: 0, y: 3})",
         "(x & y).subs(x, True)", "(x & y).subs(x, False)", "(~x).subs(x, True)", "type(x & y)", "type(x | y)",
         "type(~x)", "type(x ^ y)", "isinstance(x & y, And)", "isinstance(x & y, Or)", "(x & y) == (y & x)",
         "(x & y) == (x | y)", "srepr(x & (y < 1))", "srepr(~x)", "S.true & x", "S.false | x", "latex(True)",
         "latex(S.false)", "x & 1"]

PIECEWISE = ["Piecewise((x**2, x < 0), (x, True))", "Piecewise((0, x < 0), (1, True))",
             "Piecewise((0, x < 0), (x, x < 1), (1, True))", "Piecewise((1, x < 0), (1, x > 5), (2, True))",
             "Piecewise((1, -x < -1), (4, -x < -1), (3, False), (2, True), (5, x < 1))", "Piecewise((x, True))",
             "Piecewise((x, x > 0))", "Piecewise((x, False), (y, True))", "Piecewise((x, x < 0), (x, True))",
             "Piecewise((x, x < 0), (y, x < 0), (z, True))", "Piecewise((x, x < 0), (y, x >= 0))",
             "Piecewise((x, x < 0), (y, (x >= 0) & (y > 1)), (z, True))", "Piecewise((1, x < 1), (2, (x < 1) & (y > 0)), (3, True))",
             "Piecewise((x, 2*x - 4 < 0), (0, True))", "Piecewise((x, -2*x + 1 < 0), (0, True))", "Piecewise((x, 3 > x), (0, True))",
             "Piecewise((x, x**2 < 4), (0, True))", "Piecewise((x, Eq(x, 0)), (1/x, True))", "Piecewise((x, Ne(y, 0)), (0, True))",
             "Piecewise((sin(x)/x, Ne(x, 0)), (1, True))", "Piecewise((x, y), (0, True))", "Piecewise((x, x < y), (y, True))",
             "Piecewise((1, x < 0), (2, x < 1), (3, x < 2), (4, True))", "Piecewise((x**2, x < 0), (x, True)) + 1",
             "x + Piecewise((x**2, x < 0), (x, True))", "2*Piecewise((x**2, x < 0), (x, True))",
             "Piecewise((x**2, x < 0), (x, True))**2", "Piecewise((x**2, x < 0), (x, True))**y",
             "Piecewise((x**2, x < 0), (x, True)) * Piecewise((1, y < 0), (2, True))",
             "Piecewise((Piecewise((x, x < 0)), x < 0), (1, True))", "Piecewise((Piecewise((x, y < 0), (2, True)), x < 0), (1, True))",
             "Piecewise((x, x < 0), (nan, True))", "Piecewise((x, (x > 0) & (x < 1)), (0, True))",
             "Piecewise((x, (x > 0) | (y < 1)), (0, True))", "Piecewise((x, ~(x > 0)), (0, True))",
             "Piecewise((exp(x), x < 0), (1 + x, x < 1), (2*x, True))", "Piecewise((1, x < 2), (2, x >= 2))",
             "Piecewise((1, x < 2), (2, x > 2))", "Piecewise((0, x < -1), (x**2, x <= 1), (log(x), True))",
             "Piecewise((x, x < pi), (0, True))", "Piecewise((x, x < 1.5), (0, True))"]
OPS = ["Piecewise((x**2, x < 0), (x, True)).subs(x, -2)", "Piecewise((x**2, x < 0), (x, True)).subs(x, 3)",
       "Piecewise((x**2, x < 0), (x, True)).subs(x, 0)", "Piecewise((x**2, x < 0), (x, True)).subs(x, y)",
       "Piecewise((x**2, x < 0), (x, True)).subs(x, y + 1)", "Piecewise((0, x < -1), (x**2, x <= 1), (log(x), True)).subs(x, 1)",
       "Piecewise((0, x < -1), (x**2, x <= 1), (log(x), True)).subs(x, 5)",
       "Piecewise((0, x < -1), (x**2, x <= 1), (log(x), True)).subs(x, -5)",
       "Piecewise((x, x > 0)).subs(x, -1)", "Piecewise((x, y > 0), (2, True)).subs(y, 1)",
       "Piecewise((x, y > 0), (2, True)).subs(y, -1)", "Piecewise((x, x < 1), (0, True)).subs(x, pi)",
       "Piecewise((x, x < 1), (0, True)).subs(x, sqrt(2)/2)", "Piecewise((x, x < 1), (0, True)).subs(x, I)",
       "diff(Piecewise((x**2, x < 0), (x, True)), x)", "diff(Piecewise((x**2, x < 0), (x**3, True)), x, 2)",
       "diff(Piecewise((x*y, x < y), (y**2, True)), y)", "diff(Piecewise((sin(x), x < 0), (cos(x), True)), x)",
       "Piecewise((pi*x, x < 0), (E, True)).evalf()", "Piecewise((pi*x, x < 0), (E, True)).evalf(5)",
       "N(Piecewise((sqrt(2), x < 0), (pi, True)))", "Piecewise((x**2, x < 0), (x, True)).evalf(subs={x: -1.5})",
       "Piecewise((x**2, x < 0), (x, True)).free_symbols == {x}", "Piecewise((y, x < 0), (z, True)).free_symbols == {x, y, z}",
       "Piecewise((x**2, x < 0), (x, True)).args", "Piecewise((x**2, x < 0), (x, True)).args[0]",
       "Piecewise((x**2, x < 0), (x, True)).args[1][1]", "Piecewise((x**2, x < 0), (x, True)).func",
       "type(Piecewise((x**2, x < 0), (x, True)))", "srepr(Piecewise((x**2, x < 0), (x, True)))",
       "srepr(Piecewise((1, (x < 1) & (y > 0)), (0, True)))", "[e for e, c in Piecewise((x**2, x < 0), (x, True)).args]",
       "[c for e, c in Piecewise((x**2, x < 0), (x, True)).args]",
       "Piecewise((x**2, x < 0), (x, True)) == Piecewise((x**2, x < 0), (x, True))",
       "Piecewise((x**2, x < 0), (x, True)).has(x)", "Piecewise((r**2, r < 0), (r, True)).is_real",
       "Piecewise((x**2, x < 0), (x, True)).is_real", "Piecewise((p, x < 0), (2, True)).is_positive",
       "Piecewise((x, x < 0), (1, True)).is_Piecewise", "expand(Piecewise(((x + 1)**2, x < 0), (0, True)))",
       "Piecewise((x**2, x < 0), (x, True)).subs(x, 2*x)", "Piecewise()", "Piecewise(x)", "Piecewise((x, 2))",
       "Piecewise((x, 1))", "Piecewise((x, x + 1))", "Piecewise((1, x < 0), (2, True)) + Piecewise((1, x < 0), (2, True))",
       "Abs(x).rewrite(Piecewise)", "Heaviside(x).rewrite(Piecewise)", "Max(x, y).rewrite(Piecewise)",
       "integrate(x**n, x)", "integrate(x**a, x)", "integrate(Piecewise((x, x < 0), (x**2, True)), x)",
       "piecewise_fold(x + Piecewise((1, x < 0), (2, True)))", "piecewise_fold(Piecewise((1, x < 0), (2, True))*x**2)",
       "simplify(Piecewise((x**2, x < 0), (x, True)))", "expand(Piecewise((x**2, x < 0), (x, True)))",
       "factor(Piecewise((x**2 - 1, x < 0), (x, True)))", "cancel(Piecewise((x**2, x < 0), (x, True)))",
       "together(Piecewise((x**2, x < 0), (x, True)) + 1/x)", "trigsimp(Piecewise((sin(x)**2 + cos(x)**2, x < 0), (x, True)))",
       "collect(Piecewise((x**2, x < 0), (x, True)), x)", "count_ops(Piecewise((x**2, x < 0), (x, True)))",
       "count_ops(Piecewise((x**2 + 1, (x < 0) & (y > 1)), (2*x, True)))", "count_ops(Max(x, y, z))", "count_ops(Not(x))",
       "count_ops(Piecewise((x, (x < 1) | (y > 2) | (z < 1)), (1, True)))", "count_ops(Piecewise((x, Xor(y, z)), (1, True)))",
       "Piecewise((x**2, x < 0), (x, True)).is_polynomial(x)", "(x + Piecewise((x**2, x < 0), (x, True))).is_polynomial(x)",
       "Piecewise((x**2, x < 0), (x, True)).has(x < 0)", "Piecewise((x**2, x < 0), (x, True)).has(x > 0)",
       "nsimplify(Piecewise((0.5*x, x < 0), (x, True)))", "Piecewise((x**2, x < 0), (x, True)).rewrite(exp)",
       "Piecewise((x**2, x < 0), (x, True)).xreplace({x: 2})", "Piecewise((x**2, x < 0), (x, True)).evalf(subs={x: 2})",
       "sqrt(Piecewise((x**2, x < 0), (x, True)))", "exp(Piecewise((x**2, x < 0), (x, True)))",
       "(x**2).subs(x, True)", "Eq(x, 1).subs(x, True)", "integrate(x**n + x, x)", "integrate(3*x**n, x)", "integrate(x**(n - 1), x)",
       "integrate((2*x + 1)**n, x)", "integrate((a*x + b)**n, x)", "integrate(x**(n + 1), x)", "integrate(x**p, x)",
       "integrate(x**(-n), x)", "integrate(x**a + x**n, x)", "integrate(x**(2*n), x)", "integrate(x**n + 3*x**2 + 1, x)",
       "integrate(x**n/(n + 1), x)", "diff(integrate(x**n, x), x)", "simplify(diff(integrate(x**n, x), x))",
       "integrate(x**n*exp(x), x)", "integrate(x**n*x**2, x)", "integrate(exp(a*x), x)", "integrate(a**x, x)",
       "Abs(r).rewrite(Piecewise)", "Abs(I*r).rewrite(Piecewise)", "Abs(r - 1).rewrite(Piecewise)", "sign(r).rewrite(Piecewise)",
       "Heaviside(r).rewrite(Piecewise)", "Heaviside(x, 0).rewrite(Piecewise)", "Heaviside(x - 5, 1).rewrite(Piecewise)",
       "Min(x, y, z).rewrite(Piecewise)", "Max(r, 2).rewrite(Piecewise)", "diff(Abs(r).rewrite(Piecewise), r)",
       "Piecewise((x**2, x < 0), (x, True)).subs(x, 0.5)", "lambdify(x, Piecewise((x**2, x < 0), (x, True)))(-2.0)",
       "lambdify(x, Piecewise((x**2, x < 0), (x, True)), 'math')(3.0)", "lambdify(x, Piecewise((x**2, x < 0), (x, True)), 'math')(-3)",
       "lambdify(x, Piecewise((x**2, x < 0), (x, True)), 'mpmath')(-3)",
       "lambdify(x, Piecewise((1, (x > 0) & (x < 1)), (0, True)), 'math')(0.5)",
       "lambdify(x, Piecewise((1, (x > 0) | Eq(x, -5)), (0, True)), 'math')(-5)",
       "lambdify(x, Piecewise((x, x > 0)), 'math')(-1)",
       "integrate(exp(-a*x), x)", "integrate(sin(a*x), x)", "integrate(cos(a*x), x)", "integrate(exp(a*x + b), x)",
       "integrate(2*exp(a*x), x)", "integrate(cosh(a*x + b), x)", "integrate(sinh(a*x + b), x)", "integrate(a*exp(a*x), x)",
       "integrate(exp(a*x)/a, x)", "integrate(b*exp(a*x), x)", "integrate(exp(a*x)*pi, x)", "integrate(2*sin(a*x), x)",
       "integrate(sin(a*x)/b, x)", "integrate(cos(2*a*x), x)", "integrate(sin(a*b*x), x)", "integrate(exp(-x/a), x)",
       "integrate(sin((a + 1)*x), x)", "integrate(cos(a*x - 1), x)", "integrate(sin(a*(x + 1)), x)", "integrate(sinh(a*x), x)",
       "integrate(exp(-a*x/2), x)", "integrate(exp(2*a*x), x)", "integrate(exp((a + 1)*x), x)", "integrate(exp(a*b*x), x)",
       "integrate(3*b*sin(a*x), x)", "integrate(exp(I*a*x), x)", "integrate(exp(a*x + 1), x)", "integrate(x*exp(a*x), x)",
       "integrate(sin(a*x) + cos(a*x), x)", "conjugate(Piecewise((x**2, x < 0), (x, True)))",
       "conjugate(x + Piecewise((sin(x), Ne(x, 0)), (1, True)))", "Sum(x + Piecewise((sin(x), Ne(x, 0)), (1, True)), (x, 1, 3))",
       "Integral(x + Piecewise((sin(x), Ne(x, 0)), (1, True)), x)", "Product(x*Piecewise((1, y < 0), (2, True)), (x, 1, 3))",
       "nsolve(Piecewise((x**2, x < 0), (x, True)), x, 1)", "limit(Piecewise((1, (x > 0) & (y < 1)), (x*y, x <= 2), (0, True)), x, 0)",
       "simplify(x & y)", "Ne(x & y, 1)", "integrate(exp(-p*x), x)", "integrate(exp(-a*x), (x, 0, oo))", "nsolve(Piecewise((x**2, x < 0), (x, True)) - 4, x, 3)"]
PRINTS = ["Piecewise((x**2, x < 0), (x, True))", "Piecewise((0, x < 0), (x, x < 1), (1, True))",
          "Piecewise((x, x > 0))", "Piecewise((x/2, x < 0), (x**2/3, True))", "Piecewise((x, (x > 0) & (x < 1)), (0, True))",
          "Piecewise((sqrt(x), (x > 0) | Eq(y, 1)), (0, True))", "2*Piecewise((x**2, x < 0), (x, True))",
          "x + Piecewise((x**2, x < 0), (x, True))", "y*Piecewise((x**2, x < 0), (x, True)) + 1",
          "Piecewise((1/(x**2 + 1), x < 0), (exp(-x), Ne(x, 1)), (0, True))", "Piecewise((x, Eq(x, 0)), (1/x, True))",
          "sin(Piecewise((x**2, x < 0), (x, True)))", "Piecewise((x**2, x < 0), (x, True))/y",
          "x & y", "x | y", "~x", "x ^ y", "(x < 1) & (y > 2)", "~(x & y)", "x | (y & z)", "(x < 1) | Eq(y, 0)",
          "And(x > -oo, x < 2)", "Ne(x, 0) & (y >= 1)"]

programs = repr_and_print_programs(LOGIC + PIECEWISE + OPS, PRINTS)
emit(PRE, programs)
