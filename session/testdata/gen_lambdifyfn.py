"""Generate lambdifyfn_golden.jsonl: lambdify of the functions SymPy's
code printers know only through the math module (erf, erfc, gamma,
loggamma, factorial: NumPy's printer falls back on math without SciPy)
or through a rewrite (cot, sec, csc, acot, asec, acsc to tan, cos, sin,
atan, acos, asin; coth, sech, csch to exp; acoth to log; binomial to
gamma), and arg (NumPy's angle): the generated source (from the
function's docstring) and values, rounded to 12 digits where NumPy's
vectorised log and cos may differ from libm in the last place. dcalc
must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14; NumPy 1.24 comes from Debian:

    cd session/testdata && python3 gen_lambdifyfn.py > lambdifyfn_golden.jsonl
"""
import random
import sys

sys.path.append("/usr/lib/python3/dist-packages")
import numpy  # noqa: E402
import sympy  # noqa: E402

from goldenlib import emit  # noqa: E402

assert numpy.__version__ == "1.24.2", numpy.__version__
assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nimport numpy as np\nx, y = symbols('x y')\n"

SRC = "f.__doc__.split('Source code:')[1].split('Imported')[0].strip()"
rng = random.Random(16)
F = ['erf(x)', 'erfc(x)', 'gamma(x)', 'loggamma(x)', 'factorial(x)', 'binomial(x, 2)', 'binomial(x, y)',
     'coth(x)', 'sech(x)', 'csch(x)', 'acoth(x)', 'asec(x)', 'acot(x)', 'acsc(x)', 'sec(x)', 'cot(x)', 'csc(x)',
     'arg(x)', 're(x)', 'im(x)', 'erf(x)*exp(-x**2)', 'gamma(x + 1)/gamma(x)', 'coth(2*x) + sech(y)',
     'sec(x)**2', 'cot(x)*csc(x)', 'exp(-x)*erfc(sqrt(x))', '1 - erf(x/sqrt(2))/2', 'acot(x/y)',
     'sqrt(sech(x))', 'log(gamma(x))', 'factorial(x)/factorial(x - 1)']
progs = []
for e in F:
    for m in ["'numpy'", "'math'", "'mpmath'"]:
        progs.append('f = lambdify((x, y), %s, %s)\nprint(%s)' % (e, m, SRC))
for e in F:
    if 'arg' in e or 're(' in e or 'im(' in e:
        continue
    progs.append("f = lambdify((x, y), %s, 'math')\nprint(round(f(2.5, 1.5), 12))" % e)
    progs.append("f = lambdify((x, y), %s, 'numpy')\nprint(round(float(f(2.5, 1.5)), 12))" % e)
# modules='numpy' as dcalc's default is: NumPy without SciPy (Debian's
# python3 has SciPy, and lambdify's default would take scipy.special)
progs += ["f = lambdify(x, erf(x), 'numpy')\nprint(f(np.array([0.5, 1.0])))",
          "f = lambdify(x, gamma(x), 'numpy')\nprint(f(4.5), f(0.5) ** 2)",
          "f = lambdify(x, factorial(x), 'numpy')\nprint(f(5))",
          "f = lambdify(x, arg(x), 'numpy')\nprint(f(np.array([1 + 1j, -2, 3j])))",
          "f = lambdify(x, arg(x), 'math')\nprint(f(1.0))",
          "f = lambdify(x, sec(x), 'numpy')\nprint(np.round(f(np.array([0.0, 0.5, 1.0])), 10))",
          "f = lambdify(x, coth(x), 'numpy')\nprint(np.round(f(np.array([0.5, 1.0, 2.0])), 10))",
          "f = lambdify(x, binomial(x, 3), 'numpy')\nprint(round(f(6.0), 9))"]
emit(PRE, progs)
