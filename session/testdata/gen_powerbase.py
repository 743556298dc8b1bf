"""Generate powerbase_golden.jsonl: expand_power_base with and without
force=True on powers of products whose factors are positive, negative,
imaginary or unknown, nested and inside functions, from SymPy 1.14 (the
SymPy tutorial's examples among them). dcalc must print the same or
raise NotImplementedError. Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_powerbase.py > session/testdata/powerbase_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y, z = symbols('x y z', positive=True)\na, b = symbols('a b', real=True)\n"
       "n = symbols('n', integer=True)\nt, u = symbols('t u')\nnn = symbols('nn', negative=True)\n")

EXPRS = ["(x*y)**t", "(t*y)**z", "(t*u)**z", "(2*t)**z", "(-2*t)**z", "(nn*t)**z", "(nn*x)**z", "(x*t*u)**a", "(t*u)**n",
         "(I*t)**z", "(I*x)**z", "(-x)**z", "(x**2*t)**z", "(sqrt(2)*t)**z", "(4*t)**S.Half", "(x*(t*u)**z)**a",
         "sin((x*t)**z)", "(nn*t*u)**z", "(-3*nn*t)**z", "(2**(S(1)/3)*t)**(S(3)/2)", "(x*y)**(S(1)/3)", "(t*u)**(S(1)/3)",
         "(-t*u)**(S(5)/2)", "(2*nn*u)**(S(1)/2)", "(x*y)**2 + (t*u)**a", "exp(x)*(x*t)**a", "((t*u)**a)**b",
         "(x*y*t*u)**(a + b)", "(t**2*u**3)**(S(1)/2)", "(3*x)**t/(x*y)**u", "1/(t*x)**z", "(nn*y)**(S(2)/3)",
         "(-t)**a", "(-1*t*u)**a", "(pi*t)**a", "(E*x)**t", "log((x*t)**a)", "(2*x*I)**t"]
programs = []
for e in EXPRS:
    programs.append("print(expand_power_base(%s))" % e)
    programs.append("print(expand_power_base(%s, force=True))" % e)
programs += [
    "print(latex(expand_power_base((t*u)**z, force=True)))",
    "print(expand_power_base((t*u)**z, deep=True))",
    "print(expand_power_base((t*u)**z) == (t*u)**z)",
]
emit(PRE, programs)
