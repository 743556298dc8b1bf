"""Generate ratint_golden.jsonl: integrals of rational functions with
rational coefficients (SymPy's ratint: Hermite's rational part and the
Lazard-Rioboo-Trager logarithms in log_to_real's real form, after
risch_integrate writes the integrand as one fraction), alone, in sums
with exp, log and trigonometric terms, and between bounds, with SymPy
1.14's stdout. dcalc must print the same or refuse. Run with a python3
that has SymPy 1.14:

    cd session/testdata && python3 gen_ratint.py > ratint_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

CURATED = [
    "x/(x**2+1)**2", "x/(x**2+1)**3", "2*x/(x**2+1)**2", "x**3/(x**2+1)**2",
    "1/(x**2+1)**2", "(x+1)/(x**2+1)**2", "x/(x+1)**2", "x/(x**2-1)**2",
    "1/((2*x+1)*(x**2+1))", "1/((2*x+1)*(x+3))", "(x+2)/(2*x**2+2*x+1)",
    "(x+2)/(x**2+1)", "1/(x**2+x+1)", "x/(x**2+x+1)", "(3*x+1)/(x**2+2)",
    "1/((x+1)*(x**2+1))", "(x**2+1)/((x-1)*(x**2+x+1))", "1/(x**3+1)",
    "1/(2*x**2+2)", "3/(2*x+4)", "x+1/x", "1/(x*(x+1))", "(x+1)/(2*x-1)**2",
    "1/(3*(x+1)**2)", "6/(2*x+2)**2", "-x/(x**2+1)**2", "1/(x**2-2)",
    "x/(x**2-2)", "1/(x**2-x-1)", "(x**2-1)/(x-1)", "1/x + 1/(x+1)",
    "(1 + x - 3*x**2 - 2*x**3)/x**3", "1/((x**2+1)*(x**2+2))",
    "x/((x**2+1)*(x**2+4))", "1/(x**2+1)**3", "1/((x-1)**2*(x**2+1))",
    "1/((x+1)*(x+2)*(x+3))", "(x**4+1)/(x**2-1)", "x**2/(x**2+x+1)**2",
    "1/(x**2-4*x+13)", "(2*x-3)/(x**2-4*x+13)", "1/(4*x**2+9)", "x/(3*x+2)",
    # sums: risch takes exp and log terms with the rational ones as one
    # fraction; trigonometric terms make it go term by term
    "1/x + 1/(x+1) + exp(x)", "1/x + 1/(x+1) + sin(x)", "3/(2*(x+1)**2) + sin(x)",
    "3/(2*(x+1)**2) + exp(x)", "1/((x+3)*(2*x+1)) + cos(x)", "1/x + 1/(x+1) + log(x)",
    "1/(x+1)**2 + x*exp(x)", "exp(2*x) + 1/(x**2+1) + x/(x**2+1)",
    "x**2 + 1/(x+1) + exp(-x)", "1/(2*x+2) + 1/(2*x+4) + exp(x)",
    "1/(2*x+2) + 1/(2*x+4) + cos(x)", "x*exp(x) + 1/(x**2+1)**2 + 1/(x**2+1)",
    # residues shared by the roots of factors of degree 4 and 6
    "x/(x**4+1)", "x**3/(x**4+1)", "x/(x**4-1)", "x**2/(x**6+1)", "x**5/(x**6+1)",
    "(x**3+x)/(x**4+2*x**2+2)",
    # risch_integrate's RootSum over complex residues (dcalc refuses)
    "1/(x*(log(x)**2+1))", "exp(x)/(1+exp(2*x))", "exp(x)/(exp(2*x)+2*exp(x)+2)",
]

DEFINITE = [
    "x/(x**2+1)**2, (x, 0, 1)", "1/(x*(x+1)), (x, 1, 2)", "1/((2*x+1)*(x+3)), (x, 0, 1)",
    "(x+2)/(x**2+1), (x, 0, 1)", "1/(x**2+x+1), (x, 0, 1)", "1/(x**2+1)**2, (x, 0, oo)",
    "1/((x+1)*(x**2+1)), (x, 0, oo)", "1/(x**3+1), (x, 0, 1)",
    # denominators of degree 3 and more: their real roots located exactly
    "1/(x**3-1), (x, 2, 3)", "1/(x**3-8), (x, 0, 3)", "1/(x**4+x+1), (x, 0, 1)", "x/(x**3+2), (x, 0, 1)",
    "x**2/(x**3+1), (x, 0, 2)", "1/(x**4-1), (x, 2, 4)", "1/(x*(x**2+1)), (x, 1, 2)",
]


def _random_programs():
    rnd = random.Random(5)

    def poly(deg):
        cs = [rnd.randint(-3, 3) for _ in range(deg + 1)]
        if cs[-1] == 0:
            cs[-1] = 1
        ts = ['%d*x**%d' % (c, k) for k, c in enumerate(cs) if c]
        return '(' + ' + '.join(ts or ['1']) + ')'

    def factor():
        k = rnd.randint(-3, 3)
        kind = rnd.random()
        if kind < 0.5:
            return '(x %+d)' % k
        if kind < 0.8:
            return '(x**2 + %d)' % rnd.randint(1, 4)
        return '(x**2 %+d*x + %d)' % (rnd.randint(-2, 2), rnd.randint(2, 5))

    progs = []
    for _ in range(150):
        nf = rnd.randint(1, 3)
        den = '*'.join(factor() + ('**%d' % rnd.randint(2, 3) if rnd.random() < 0.4 else '') for _ in range(nf))
        progs.append('print(integrate(%s/(%s), x))' % (poly(rnd.randint(0, 3)), den))
    return progs


emit(PRE, ["print(integrate(%s, x))" % f for f in CURATED] +
     ["print(integrate(%s))" % f for f in DEFINITE] + _random_programs())
