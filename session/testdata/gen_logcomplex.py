"""Generate logcomplex_golden.jsonl: log of algebraic complex numbers
coeff*(r + i*I) whose i/r is in log's atan table (pi/12, pi/8, pi/6,
pi/4, pi/3, 3*pi/8, 5*pi/12 and their negatives), in all four quadrants,
where SymPy writes log(ratsimp(coeff*Abs(r + i*I))) + I*angle, and
ratsimp of products of radicals (cancel's result, as reduced() leaves
it), and log's as_real_imag (log(Abs(z)), arg(z) of the expanded
argument), through re(), im() and expand_complex. With SymPy 1.14's
stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_logcomplex.py > logcomplex_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

RATIOS = ["2 - sqrt(3)", "sqrt(2) - 1", "sqrt(3)/3", "1", "sqrt(3)", "sqrt(2) + 1", "2 + sqrt(3)"]
PROGRAMS = []
for t in RATIOS:
    for r, i in [("1", "(%s)" % t), ("-1", "(%s)" % t), ("1", "-(%s)" % t), ("-1", "-(%s)" % t)]:
        PROGRAMS.append("print(log(%s + %s*I))" % (r, i))
    PROGRAMS.append("print(log(3*(1 + (%s)*I)), log(sqrt(2)*(1 + (%s)*I)))" % (t, t))
PROGRAMS += [
    "print(ratsimp(sqrt(4 - 2*sqrt(2))), ratsimp(sqrt(2)/sqrt(2 - sqrt(2))), ratsimp(3*sqrt(12)))",
    "print(ratsimp(sqrt(8 + 4*sqrt(3))), ratsimp(pi*sqrt(2)/4), ratsimp(sqrt(6 - 2*sqrt(5))/2))",
    "print(log(1 + (sqrt(2) - 1)*I).expand(), exp(log(1 + (sqrt(2) - 1)*I)))",
    "print(latex(log(1 + (2 - sqrt(3))*I)))",
    'print(log(1 + 2*I).as_real_imag(), log(I).as_real_imag(), log(-1).as_real_imag(), log(3 + 4*I).as_real_imag())',
    'print(log(x).as_real_imag(), re(log(x)), im(log(x)), log(1 + sqrt(3)*I).as_real_imag())',
    'print(expand_complex(log(1 + I)), re(log(1 + 2*I)), im(log(-2 + I)))',
    "y = symbols('y')\nprint(log(x*(y + 1)).as_real_imag(), log(exp(x)).as_real_imag())",
    "p = symbols('p', positive=True)\nprint(log(p).as_real_imag(), log(-p).as_real_imag(), log(p*I).as_real_imag(), log(p + I).as_real_imag())",
    "r = symbols('r', real=True)\nprint(log(r).as_real_imag(), log(r + I).as_real_imag(), re(log(r)), im(log(r + 2*I)))",
    'print(expand(log(2 + I), complex=True))',
]
emit(PRE, PROGRAMS)
