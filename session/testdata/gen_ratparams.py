"""Generate ratparams_golden.jsonl: integrals of rational functions of x
whose coefficients hold other symbols: c/(a*x + b) (integrate's power
rule, no condition on a), fractions whose numerator and denominator
share a parameter factor (risch_integrate integrates the cancelled
fraction), and neighbours dcalc refuses, with SymPy 1.14's stdout. dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ratparams.py > ratparams_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, b, c = symbols('x a b c')\nk = symbols('k', positive=True)\nm, w, g = symbols('m omega gamma', positive=True)\n"

INTEGRANDS = [
    "1/(a*x+b)", "1/(a*x+b)**2", "(a*x+b)**3", "1/(x+a)", "1/(x-a)**2", "a/(x+b)",
    "1/(2*x+a)", "1/(k*x+1)", "1/(a*x)", "x/(a*x+b)", "1/(x**2+k**2)", "1/(x**2+k)",
    "1/(k**2*x**2+1)", "1/(x**2-k**2)", "c/(a*x+b) + x", "1/(b-a*x)", "1/(2*a*x+2)",
    "1/(2*a*x+4*b)", "1/(a*x/2+b)", "c/(a*x+b)", "3/(a*x+b)", "1/(a*b*x+1)",
    "1/(a**2*x+b)", "1/(x*a+a)", "exp(x)+1/(a*x+b)", "sin(x) + 1/(a*x+b)", "1/(b*x+a)",
    "a/(a*x+a*b)", "3/(3*a*x+6)", "2/(3*a*x+6)", "c/(2*(a*x+b))", "a/(a*x+a)",
    "a*x/(a*x**2+a)", "a/(a*x**2 + a)", "a/(a*x)", "(a*x+a)/(a*x**2+a)",
    "a*b/(a*b*x + a*b)", "(a + b)/((a + b)*x + a + b)", "a/(a*x + a) + sin(x)",
    # c/(a*x**2 + e) with positive parameters: log_to_real's atan or logs
    "2/(x**2+k**2)", "1/(x**2+4*k**2)", "1/(x**2+2*k)", "3/(x**2+k*m)", "1/(k*x**2+m)",
    "1/(m*x**2+k**2)", "1/(x**2 + g**2/4)", "1/(x**2-k)", "1/(k*x**2-m)", "a/(x**2+k**2)",
    "k/(x**2+k**2)", "1/(2*x**2+k**2)", "1/(x**2+w**2)", "1/(4*x**2+k)", "1/(x**2 - 4*k**2)",
    "1/(x**2+k**4)", "1/(k**2*x**2+m**2)", "g/(x**2+w**2)", "2/(2*x**2+4*k**2)", "k/(k*x**2+k)",
    "1/(x**2+a**2)", "m/(m**2*x**2+k**2)",
]

emit(PRE, ["print(integrate(%s, x))" % f for f in INTEGRANDS])
