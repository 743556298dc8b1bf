"""Generate integdeftrig_golden.jsonl: definite integrals whose
antiderivatives hold tan, sec, log(cos(x)) or 1/(1 + cos(x)) (from
trigintegrate, heurisch or the rules), between limits that do or do not
straddle a zero of cos, sin, 1 + cos or exp(x) - 2: SymPy evaluates the
antiderivative at the limits, and dcalc must print its value or refuse
when a pole lies between them. With SymPy 1.14's stdout. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_integdeftrig.py > integdeftrig_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

INTEGRALS = [
    "integrate(1/(1 + cos(x)), (x, 0, pi/2))",
    "integrate(1/(1 + cos(x)), (x, -pi/2, pi/2))",
    "integrate(1/(1 + cos(x)), (x, 0, pi))",
    "integrate(tan(x), (x, 0, pi/4))",
    "integrate(tan(x)**2, (x, 0, pi/4))",
    "integrate(sec(x)**2, (x, 0, pi/3))",
    "integrate(tanh(x), (x, 0, 1))",
    "integrate(1/cos(x)**2, (x, 0, pi/4))",
    "integrate(tan(x)*sec(x)**2, (x, 0, pi/4))",
    "integrate(sin(2*x)*cos(3*x), (x, 0, pi))",
    "integrate(cosh(x)**2, (x, 0, 1))",
    "integrate(x*atan(x), (x, 0, 1))",
    "integrate(x**2/sqrt(1 - x**2), (x, 0, 1))",
    "integrate(x*asin(x), (x, 0, 1))",
    "integrate(cot(x), (x, pi/4, pi/2))",
    "integrate(1/(1 + sin(x)), (x, 0, pi/2))",
    "integrate(tan(x/2), (x, 0, pi/2))",
    "integrate(tan(2*x), (x, 0, pi/2))",
    "integrate(sec(x), (x, 0, pi/4))",
    "integrate(csc(x)**2, (x, pi/4, pi/2))",
    "integrate(x*tan(x)**2, (x, 0, pi/4))",
    "integrate(exp(x)*sin(x), (x, 0, pi))",
    "integrate(tan(x), (x, 0, pi/2))",
    "integrate(tan(x), (x, 0, pi))",
    "integrate(sec(x)**2, (x, 0, pi))",
    "integrate(1/(2 + sin(x)), (x, 0, 2*pi))",
    "integrate(1/(1 + exp(x)), (x, -1, 1))",
    "integrate(cot(x), (x, 0, pi/2))",
    "integrate(1/sin(x)**2, (x, pi/6, pi/2))",
    "integrate(1/(2 + cos(x)), (x, 0, pi/2))",
    "integrate(sin(x)/(1 + cos(x)), (x, 0, pi/2))",
    "integrate(cos(x)/(1 + sin(x)), (x, 0, pi))",
    "integrate(sin(x)/(2 - cos(x)), (x, 0, pi))",
    "integrate(exp(x)/(exp(x) - 2), (x, 0, 1))",
    "integrate(exp(x)/(exp(x) - 2), (x, 1, 2))",
    "integrate(1/(1 - cos(x)), (x, pi/3, pi/2))",
    "integrate(tan(x)**3, (x, 0, pi/4))",
    "integrate(sin(x)**2/cos(x)**4, (x, 0, pi/4))",
]
emit(PRE, ["print(%s)" % i for i in INTEGRALS])
