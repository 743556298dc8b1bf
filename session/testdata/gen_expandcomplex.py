"""Generate expandcomplex_golden.jsonl: expand(e, complex=True) (the
complex hint, re + I*im of every node bottom up, then the default hints)
on numbers, exponentials, logarithms, trigonometric and hyperbolic
functions and powers of sums of real and unknown symbols. With SymPy
1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_expandcomplex.py > expandcomplex_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

PROGRAMS = [
    'print(expand(log(2 + I), complex=True), expand((1 + I)*(2 - 3*I), complex=True), expand((2 + I)**3, complex=True))',
    'print(expand(exp(I*x), complex=True))',
    'print(expand(x*I + x**2, complex=True))',
    "a, b = symbols('a b', real=True)\nprint(expand((a + I*b)**2, complex=True), expand(exp(a + I*b), complex=True), expand(1/(a + I*b), complex=True))",
    "a, b = symbols('a b', real=True)\nprint(expand(sin(a + I*b), complex=True), expand(cos(a + I*b), complex=True), expand(sinh(a + I*b), complex=True))",
    "a, b = symbols('a b', real=True)\nprint(expand((a + I*b)*(a - I*b), complex=True), expand(Abs(a + I*b)**2, complex=True), expand(log(a + I*b), complex=True))",
    'print(expand(sqrt(1 + I), complex=True), expand(exp(1 + I*pi/4), complex=True), expand(sin(1 + I), complex=True))',
    'print((x + I).expand(complex=True), expand(sin(x), complex=True), expand(x**2, complex=True))',
    "p = symbols('p', positive=True)\nprint(expand(log(p*I), complex=True), expand(p**I, complex=True), expand(exp(I*p)*p, complex=True))",
    "a, b = symbols('a b', real=True)\nprint(expand((a + I*b)**3, complex=True), expand((1 + I*a)**2*(b - I), complex=True))",
    "a = symbols('a', real=True)\nprint(expand(exp(I*a)**2, complex=True), expand(exp(2*I*a), complex=True), expand(tan(a + I), complex=True))",
]
emit(PRE, PROGRAMS)
