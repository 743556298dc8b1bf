"""Generate integsubst_golden.jsonl: integrals of g(h(x))*h'(x) (the
substitutions a notebook tries first: exp, sin, cos, atan-shaped,
powers, log and sqrt of sin, cos, exp, log, tan, powers of x), times
constants, with SymPy 1.14's stdout: risch_integrate's forms for exp and
log towers ((1 - x**2)*exp(x**2), polynomials expanded), heurisch's
otherwise. dcalc must print the same or refuse. Run with a python3 that
has SymPy 1.14:

    cd session/testdata && python3 gen_integsubst.py > integsubst_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

CURATED = [
    "exp(sin(x))*cos(x)", "cos(x)/(1+sin(x)**2)", "sin(x)*exp(cos(x))", "exp(x)*cos(exp(x))",
    "exp(x)*sin(exp(x))", "cos(x)*exp(2*sin(x))", "cos(x)*sin(sin(x))", "exp(tan(x))*sec(x)**2",
    "cos(log(x))/x", "exp(x)/(1+exp(x))**2", "sin(x)*cos(cos(x))", "3*x**2*exp(x**3)",
    "x*sin(x**2)", "cos(x)*sqrt(1+sin(x))", "sin(x)/(1+cos(x)**2)", "cos(x)**2*sin(x)*exp(cos(x)**3)",
    "x**3*exp(x**2)", "-2*x**3*exp(x**2)", "x*exp(-x**2)", "log(x)/x", "1/(x*log(x))",
    "x*log(x**2 + 1)", "exp(x)*exp(exp(x))", "2*x*(x**2 + 1)**5", "1/(1 + exp(x))",
]


def _random_programs():
    rnd = random.Random(9)
    inner = [('sin(x)', 'cos(x)'), ('cos(x)', '(-sin(x))'), ('exp(x)', 'exp(x)'), ('log(x)', '(1/x)'),
             ('x**2', '(2*x)'), ('x**3', '(3*x**2)'), ('tan(x)', '(1 + tan(x)**2)'),
             ('sqrt(x)', '(1/(2*sqrt(x)))'), ('exp(2*x)', '(2*exp(2*x))'), ('(x**2 + 1)', '(2*x)'),
             ('sin(2*x)', '(2*cos(2*x))')]
    outer = ['exp(%s)', 'sin(%s)', 'cos(%s)', '1/(1 + (%s)**2)', '(%s)**3', '(%s)**2', '1/(%s)',
             'log(%s)', 'sqrt(%s)', 'exp(-%s)', '(%s)*exp(%s)', 'atan(%s)']
    progs = []
    for _ in range(160):
        h, dh = rnd.choice(inner)
        gh = rnd.choice(outer).replace('%s', h)
        c = rnd.choice(['', '3*', '-', '2*'])
        if dh.startswith('(-'):
            dh = dh[2:-1]
        progs.append('print(integrate(%s%s*%s, x))' % (c, gh, dh))
    return progs


emit(PRE, ["print(integrate(%s, x))" % f for f in CURATED] + _random_programs())
