"""Generate latexopts_golden.jsonl: latex() with the printer settings
dcalc honours (mul_symbol, fold_short_frac, long_frac_ratio,
fold_frac_powers, fold_func_brackets, inv_trig_style, ln_notation,
root_notation, itex, imaginary_unit, symbol_names, diff_operator,
parenthesize_super, full_prec, mat_str, mat_delim, mode) over a spread of
expressions, from SymPy 1.14. dcalc must print the same or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_latexopts.py > session/testdata/latexopts_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\na, b = symbols('a_1 b^2')\nf = Function('f')\n"

EXPRS = [
    "3*x**2/y", "x/y", "2*x*y", "-x/(2*y)", "x*y/(z + 1)", "(x + 1)/(y + 1)", "Rational(3, 7)", "-Rational(1, 2)*x",
    "x/(y*z)", "x/(2*y**2)", "2*3.5*x", "3*x*y*z/(a*b)", "sin(x)*cos(y)/(x*y)", "Integral(x, x)/2/pi",
    "x*y*z*sin(x)*cos(x)/(2*pi)", "(x + y)*z/(2*x)", "1/x", "sqrt(x)", "x**Rational(3, 2)", "x**Rational(-3, 2)",
    "x**Rational(1, 3)", "(x + 1)**Rational(2, 5)", "sin(x)**Rational(3, 2)", "(2*x)**Rational(7, 2)", "a**Rational(1, 3)",
    "b**2", "b**Rational(3, 2)", "asin(x)", "asin(x)**2", "acos(2*x)", "atan(x + 1)", "acot(x)", "asinh(x)",
    "acosh(x)**3", "atanh(x/2)", "asec(x)", "acsc(x)", "acoth(x)", "asech(x)", "acsch(x)", "sin(x)", "sin(2*x)", "sin(x + 1)",
    "sin(x)**2", "cos(sin(x))", "exp(x)", "log(x)", "log(x)**2", "log(10)", "log(x + 1)", "f(x)", "f(2*x)", "sinh(x**2)",
    "sin(-1)", "sin(Rational(1, 2))", "sin(x*y)", "sin(x**2)", "sin((x + 1)**2)", "sin(x*cos(x))",
    "3*I", "I*x + 2", "exp(I*x)", "Derivative(f(x), x)", "Derivative(f(x, y), x, y)", "Derivative(x**2*f(x), (x, 2))",
    "Integral(x**2, (x, 0, 1))", "Integral(exp(-x**2), (x, -oo, oo))", "1.5*x", "1.50*x", "Float('2.5e20')*x",
    "Float('1.0', 20)", "x**2 + 2*x*y + y**2", "(x + 1)*(y + 2)", "2**x*3**y", "x**2*y**3/(z**4)",
]

SETTINGS = [
    "mul_symbol='dot'", "mul_symbol='times'", "mul_symbol='ldot'", "mul_symbol=r'\\,'", "mul_symbol='*'",
    "fold_short_frac=True", "fold_short_frac=False", "mode='inline'", "long_frac_ratio=2", "long_frac_ratio=0",
    "long_frac_ratio=1", "fold_frac_powers=True", "fold_func_brackets=True", "inv_trig_style='full'",
    "inv_trig_style='power'", "ln_notation=True", "root_notation=False", "itex=True", "imaginary_unit='j'",
    "imaginary_unit='ri'", "imaginary_unit='tj'", "imaginary_unit='\\\\iota'", "symbol_names={x: 'x_i', y: r'\\psi'}",
    "diff_operator='rd'", "diff_operator='td'", "parenthesize_super=False", "full_prec=True",
    "mul_symbol='dot', fold_short_frac=True", "fold_frac_powers=True, root_notation=False",
    "inv_trig_style='power', fold_func_brackets=True", "mode='equation', itex=True",
]

MATRICES = ["Matrix([[x, y], [1, 2]])", "Matrix(2, 1, [x, y])", "Matrix(1, 11, list(range(11)))",
            "Matrix([[x/y, 2*x]])", "[Matrix([x]), x*y/2]"]
MAT_SETTINGS = ["", "mat_str='array'", "mat_str='pmatrix'", "mat_delim='('", "mat_delim=''", "mode='inline'",
                "mat_str='bmatrix', mat_delim=''", "mul_symbol='dot'", "fold_short_frac=True"]

programs = ["print(latex(%s, %s))" % (e, st) for st in SETTINGS for e in EXPRS]
for st in MAT_SETTINGS:
    sep = ", " if st else ""
    programs += ["print(latex(%s%s%s))" % (m, sep, st) for m in MATRICES]
programs += [
    "print(latex([x/y, (x, 2*x*y)], mul_symbol='dot', fold_short_frac=True))",
    "print(latex({x: x/y}, mode='inline'))",
    "print(latex(Eq(x/y, 2*x*y), mul_symbol='times'))",
    "print(latex(x/y, mode='inline', fold_short_frac=False))",
    "print(latex(Lambda(x, x*y/2), mul_symbol='dot'))",
    "print(latex(x/y, mode='equation*', fold_short_frac=True))",
]

emit(PRE, programs)
