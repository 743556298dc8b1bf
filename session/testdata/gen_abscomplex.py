"""Generate abscomplex_golden.jsonl: Abs and arg of complex numbers and
of powers and exponentials of them (arg.eval: atan2 of the parts
as_real_imag gives, and its rewriting of a symbolic argument:
factor_terms, the coefficient's sign, factors of known sign) (Abs.eval: exp(re(z)) for exp(z),
exp(re(e*log(b))) for a complex base b, and sqrt(expand_mul(z*conjugate(z)))
when the conjugate brings in no new conjugate() of an unknown symbol),
with symbols of known and unknown reality. With SymPy 1.14's stdout. Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_abscomplex.py > abscomplex_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

PROGRAMS = [
    'print(Abs(1 + (sqrt(2) - 1)*I))',
    'print(Abs((1 + I)/(2 - I)))',
    'print(Abs(sqrt(2) + sqrt(3)*I))',
    'print(Abs(1 + I*(1 + sqrt(3))))',
    'print(Abs((1 + 2*I)**2))',
    'print(Abs((3 + 4*I)/(1 - I)))',
    'print(Abs(exp(I*pi/3)))',
    'print(Abs(2*exp(I*pi/4)))',
    'print(Abs(I*(sqrt(5) - 1)))',
    'print(Abs(sqrt(3)/2 + I/2))',
    'print(Abs(1 + sqrt(2)*I))',
    'print(Abs((1 + sqrt(3)*I)/2))',
    'print(Abs(-1 + I*sqrt(2)*(1 + sqrt(2))))',
    'print(Abs(pi + I))',
    'print(Abs(E + pi*I))',
    'print(Abs(1/(1 + I)))',
    'print(Abs(sqrt(1 + I)))',
    'print(Abs(cos(1) + I*sin(1)))',
    'print(Abs(x + I), Abs(x*I))',
    'print(Abs(sqrt(2)*(1 + I)))',
    'print(Abs(I*(1 + sqrt(2)) + sqrt(3)))',
    'print(Abs(1 - sqrt(2) + I))',
    'print(Abs((2 + I)*(3 - I)))',
    'print(Abs(1 + I + sqrt(2)))',
    'print(Abs(-sqrt(3) + I*sqrt(5)))',
    'print(Abs((1 + I)**3), Abs((3 + 4*I)**Rational(1, 3)), Abs(1/(2 + I)**2), Abs((1 + sqrt(3)*I)**5))',
    'print(Abs(I**x), Abs((1 + I)**x), Abs(exp(x + I)), Abs(exp(I*x)))',
    'print(Abs((2 + 3*I)*(1 - sqrt(2)*I)), Abs(sqrt(2 + 2*I)))',
    'print(Abs(3 - 4*I), Abs((1 + I)/(1 - I)), Abs(exp(2 + 3*I)), Abs(2*exp(I*pi/6)), Abs(sqrt(3) + I)**2)',
    "a, b = symbols('a b', real=True)\nprint(Abs(a + b*I), Abs(a + I), Abs(exp(a + b*I)), Abs((a + I)**2))",
    "p = symbols('p', positive=True)\nprint(Abs(p + I), Abs(p*(1 + I)), Abs(I**p), Abs((1 + I)**p))",
    'z = 3 + 4*I\nprint(Abs(z), sqrt(z*conjugate(z)), Abs(z)**2, Abs(z/conjugate(z)))',
    'print(Abs(1 + sqrt(2) + I*(sqrt(2) - 1)), Abs(I*sqrt(3) - 1), Abs(Rational(1, 2) - sqrt(3)*I/2))',
    'print(latex(Abs(1 + sqrt(2)*I)), latex(Abs(x + I)))',
    'z = 3 + 4*I\nprint(z.conjugate(), (x + I).conjugate(), expand(z*z.conjugate()), sqrt(expand((1 + sqrt(2)*I)*(1 + sqrt(2)*I).conjugate())))',
    'print(arg(1 + sqrt(3)*I), arg(-1 + sqrt(3)*I), arg(-1 - sqrt(3)*I), arg(1 - sqrt(3)*I))',
    'print(arg(sqrt(3) + I), arg(2 + 2*sqrt(3)*I), arg(1 + sqrt(2)*I), arg(-sqrt(2) + I))',
    'print(arg(1 + (sqrt(2) - 1)*I), arg(pi + I), arg(E - pi*I), arg(sqrt(2)*I))',
    'print(arg(-sqrt(2)*I), arg(sqrt(5)), arg(-sqrt(5)), arg(1 + I), arg(3 + 4*I), arg(-3 - 4*I))',
    'print(arg(exp(I*pi/3)), arg((1 + I)**2), arg(1/(1 + sqrt(3)*I)))',
    'print(arg(cos(1) + I*sin(1)), arg(sqrt(2)/2 + sqrt(2)*I/2), arg(1 - sqrt(2) + I))',
    'print(arg((1 + I)**4), arg((1 + I)**3), arg((1 + sqrt(3)*I)**3), arg((2 + I)**2), arg((1 + I)**-2))',
    "y = symbols('y')\nprint(arg(2*x), arg(-2*x), arg(x*y + x), arg(-x), arg(I*x), arg(2*x + 2), arg(x/2), arg(-x/3))",
    "p = symbols('p', positive=True)\nn = symbols('n', negative=True)\nprint(arg(p*x), arg(n*x), arg(p + I), arg(x + p*x), arg(-p*I*x))",
    "f = Function('f')\nprint(arg(2*f(x)), arg(f(x)), arg(x*f(x)), arg(2*x*f(x)))",
    "g = Function('g', positive=True)\nprint(arg(2*g(x)*x), arg(g(x)))",
    'print(arg(sqrt(2)*x), arg(pi*x), arg(E*x + x), arg(x**2), arg(2*x**2), arg(exp(x)), arg(2*exp(I*x)))',
    "r = symbols('r', real=True)\nprint(arg(r), arg(2*r), arg(r + I), arg(I*r), arg(-3*r))",
    'print(arg(x).is_real, arg(x).is_finite, re(x).is_real, im(x).is_finite, (arg(x) + 1).is_real, Abs(arg(x)), arg(arg(x)))',
]
emit(PRE, PROGRAMS)
