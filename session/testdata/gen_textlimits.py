"""Generate textlimits_golden.jsonl: the limits of a first calculus
course, as textbooks and teaching notebooks state them (L'Hopital
forms 0/0 and oo/oo, the standard trigonometric, exponential and log
limits, Taylor-remainder quotients such as (1 - cos(x))/x**2 and
(x - sin(x))/x**3, one-sided limits, limits at infinity of rational
functions and radicals). dcalc must print SymPy's answer or raise
NotImplementedError. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_textlimits.py > textlimits_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, h, t = symbols('x h t')\nn = symbols('n', positive=True, integer=True)\n"

LIMITS = [
    "sin(x)/x, x, 0", "(1 - cos(x))/x, x, 0", "(1 - cos(x))/x**2, x, 0", "(x - sin(x))/x**3, x, 0",
    "(tan(x) - x)/x**3, x, 0", "(tan(x) - sin(x))/x**3, x, 0", "(exp(x) - 1)/x, x, 0", "(exp(x) - 1 - x)/x**2, x, 0",
    "(exp(x) - 1 - x - x**2/2)/x**3, x, 0", "log(1 + x)/x, x, 0", "(log(1 + x) - x)/x**2, x, 0", "(cos(x) - 1 + x**2/2)/x**4, x, 0",
    "(sin(x) - x + x**3/6)/x**5, x, 0", "(asin(x) - x)/x**3, x, 0", "(atan(x) - x)/x**3, x, 0", "(sinh(x) - x)/x**3, x, 0",
    "(cosh(x) - 1)/x**2, x, 0", "(1 - cos(2*x))/x**2, x, 0", "(1 - cos(3*x))/(x*sin(x)), x, 0", "sin(5*x)/sin(3*x), x, 0",
    "tan(3*x)/x, x, 0", "(sqrt(x + 4) - 2)/x, x, 0", "(sqrt(1 + x) - 1 - x/2)/x**2, x, 0", "((1 + x)**Rational(1, 3) - 1)/x, x, 0",
    "(x**2 - 4)/(x - 2), x, 2", "(x**3 - 27)/(x - 3), x, 3", "(x**2 - 1)/(x**2 + x - 2), x, 1", "(2**x - 1)/x, x, 0",
    "(a**x - 1)/x, x, 0", "x*log(x), x, 0, '+'", "x**x, x, 0, '+'", "x**2*exp(-x), x, oo",
    "log(x)/x, x, oo", "x/exp(x), x, oo", "(1 + 1/x)**x, x, oo", "(1 + 2/x)**(3*x), x, oo",
    "(1 - 1/x)**x, x, oo", "x**(1/x), x, oo", "(3*x**2 + 2)/(5*x**2 - x), x, oo", "(2*x + 1)/sqrt(x**2 + 1), x, oo",
    "(2*x + 1)/sqrt(x**2 + 1), x, -oo", "sqrt(x**2 + x) - x, x, oo", "x - sqrt(x**2 - 3*x), x, oo", "x*sin(1/x), x, oo",
    "x*sin(1/x), x, 0", "sin(x)/x, x, oo", "exp(-1/x), x, 0, '+'", "exp(-1/x), x, 0, '-'",
    "1/x, x, 0, '+'", "1/x, x, 0, '-'", "Abs(x)/x, x, 0, '+'", "Abs(x)/x, x, 0, '-'",
    "atan(x), x, oo", "atan(1/x), x, 0, '-'", "(x - 1)/log(x), x, 1", "(exp(x) - exp(-x))/(exp(x) + exp(-x)), x, oo",
    "x**3*exp(-x**2), x, oo", "log(x)**2/sqrt(x), x, oo", "(1 + sin(x))**(1/x), x, 0", "(cos(x))**(1/x**2), x, 0",
    "(1/x - 1/sin(x)), x, 0", "(1/x - 1/(exp(x) - 1)), x, 0", "(1/log(1 + x) - 1/x), x, 0", "x*(exp(1/x) - 1), x, oo",
    "(sin(x + h) - sin(x))/h, h, 0", "((x + h)**3 - x**3)/h, h, 0", "(1/(x + h) - 1/x)/h, h, 0", "(sqrt(x + h) - sqrt(x))/h, h, 0",
    "(exp(x + h) - exp(x))/h, h, 0", "(log(x + h) - log(x))/h, h, 0", "(cos(x + h) - cos(x))/h, h, 0", "((2 + h)**2 - 4)/h, h, 0",
    "n*sin(1/n), n, oo", "(1 + 1/n)**n, n, oo", "factorial(n)/n**n, n, oo", "n**(1/n), n, oo",
    "(n + 1)/n, n, oo", "2**n/factorial(n), n, oo", "(-1)**n/n, n, oo", "sqrt(n + 1) - sqrt(n), n, oo",
    # growth of factorials and x**x (Stirling's formula)
    "n**n/factorial(n), n, oo", "factorial(n)/2**n, n, oo", "factorial(n)/(n**n*exp(-n)*sqrt(2*pi*n)), n, oo",
    "100**n/factorial(n), n, oo", "factorial(n)/exp(n**2), n, oo", "n**5/factorial(n), n, oo", "x**x, x, oo",
    "x**x/factorial(x), x, oo", "gamma(x)/x**x, x, oo", "factorial(n + 1)/factorial(n), n, oo", "n**n/factorial(2*n), n, oo",
    "x**(-x), x, oo", "exp(x)/x**x, x, oo", "factorial(x)*exp(x)/x**x, x, oo", "factorial(2*n)/factorial(n)**2, n, oo",
    "factorial(n)**2/factorial(2*n), n, oo", "4**n*factorial(n)**2/factorial(2*n), n, oo", "factorial(n + 2)/(n**2*factorial(n)), n, oo",
    "gamma(n + 1)/factorial(n), n, oo", "factorial(3*n)/(factorial(n)*factorial(2*n)), n, oo", "n*factorial(n)/factorial(n + 1), n, oo",
    "factorial(n)/factorial(n - 1), n, oo", "exp(n)*factorial(n)/n**(n + Rational(1, 2)), n, oo", "3**n*factorial(n)/n**n, n, oo",
    "2**n*factorial(n)/n**n, n, oo", "exp(x**2)/x**x, x, oo", "x**x/exp(x*x/2), x, oo", "x**x - factorial(x), x, oo",
    "factorial(x) - 2**x, x, oo", "x**(2*x)/factorial(x)**2, x, oo", "factorial(n)**(1/n)/n, n, oo",
]


def programs():
    return ["print(limit(%s))" % l for l in LIMITS] + ["a = symbols('a', positive=True)\nprint(limit((a**x - 1)/x, x, 0))"]


if __name__ == "__main__":
    emit(PRE, programs())
