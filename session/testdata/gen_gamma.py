"""Generate gamma_golden.jsonl: the gamma family (gamma, loggamma,
polygamma, digamma, trigamma, zeta, harmonic) with their values,
derivatives (also of factorial and binomial), numerical values and the
three printers, and SymPy's rule that a function of Float arguments is
evaluated at construction (Ei(2.5), binomial(5.0, 2.0), arg(1.0 + 1.0*I)),
from SymPy 1.14. dcalc must print the same or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_gamma.py > session/testdata/gamma_golden.jsonl
"""
import sympy

from goldenlib import emit, repr_and_print_programs

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y, z, n = symbols('x y z n')\np = symbols('p', positive=True)\n"
       "k = symbols('k', integer=True, positive=True)\nr = symbols('r', real=True)\nm = symbols('m', integer=True)\n")

EXPRS = []
for a in ["5", "0", "-3", "S(1)/2", "S(3)/2", "-S(1)/2", "-S(5)/2", "S(7)/2", "S(21)/2", "-S(11)/2", "S(1)/3", "oo", "-oo",
          "zoo", "x", "x + 1", "k", "p", "2.5", "-2.5", "3.7", "5.0", "-2.0", "0.0", "Float('1.5', 30)", "I", "2*x"]:
    EXPRS += ["gamma(%s)" % a, "loggamma(%s)" % a, "factorial(%s)" % a]
for nn in ["0", "1", "2", "3", "-1", "n", "S(1)/2", "1.5"]:
    for a in ["1", "2", "5", "10", "0", "-1", "-3", "S(1)/2", "S(3)/2", "-S(1)/2", "S(5)/2", "oo", "-oo", "x", "p", "2.5", "I*oo"]:
        EXPRS.append("polygamma(%s, %s)" % (nn, a))
for a in ["S(1)/3", "S(2)/3", "S(1)/4", "S(3)/4", "S(1)/6", "S(5)/6", "S(7)/3", "S(9)/4", "-S(1)/3", "-S(7)/4", "S(1)/5",
          "S(2)/5", "-S(7)/5", "S(1)/7", "S(7)/6"]:
    EXPRS.append("polygamma(0, %s)" % a)
EXPRS += ["digamma(x)", "digamma(1)", "digamma(S(1)/2)", "trigamma(x)", "trigamma(1)", "trigamma(2)", "digamma(2.5)"]
for s in ["0", "-1", "-2", "-3", "-7", "1", "2", "3", "4", "6", "10", "oo", "x", "S(1)/2", "nan"]:
    EXPRS.append("zeta(%s)" % s)
for s, a in [("2", "1"), ("2", "2"), ("3", "3"), ("4", "3"), ("-1", "x"), ("0", "x"), ("-2", "2"), ("x", "1"), ("x", "oo"),
             ("2", "0"), ("2", "-1"), ("S(1)/2", "-2"), ("s", "a")]:
    EXPRS.append("zeta(%s, %s)" % (s, a) if s != "s" else "zeta(x, y)")
for h in ["0", "1", "5", "10", "-1", "-3", "n", "oo", "x", "S(1)/2"]:
    EXPRS.append("harmonic(%s)" % h)
for h, mm in [("4", "2"), ("3", "3"), ("n", "0"), ("n", "-1"), ("n", "-2"), ("oo", "2"), ("oo", "1"), ("oo", "S(1)/2"),
              ("oo", "-1"), ("5", "-2"), ("x", "y"), ("3", "x"), ("-2", "2"), ("n", "1")]:
    EXPRS.append("harmonic(%s, %s)" % (h, mm))
EXPRS += [
    "diff(gamma(x), x)", "diff(gamma(x), x, 2)", "diff(gamma(x**2), x)", "diff(gamma(2*x + 1), x)", "diff(factorial(x), x)",
    "diff(factorial(x), x, 2)", "diff(factorial(2*x), x)", "diff(binomial(x, y), x)", "diff(binomial(x, y), y)",
    "diff(binomial(x, 3), x)", "diff(binomial(5, x), x)", "diff(loggamma(x), x)", "diff(loggamma(x), x, 2)",
    "diff(polygamma(0, x), x)", "diff(polygamma(2, x), x)", "diff(polygamma(n, x), x)", "diff(polygamma(n, x), n)",
    "diff(polygamma(x, y), x)", "diff(zeta(x), x)", "diff(zeta(x, y), y)", "diff(zeta(x, y), x)", "diff(harmonic(x), x)",
    "diff(harmonic(x, 2), x)", "diff(harmonic(x, y), y)", "diff(gamma(x)*exp(-x), x)", "diff(log(gamma(x)), x)",
    "diff(x**n/factorial(n), x)", "diff(gamma(x), x).subs(x, 1)", "diff(gamma(x), x).subs(x, 2)",
    "diff(factorial(x), x).subs(x, 0)", "diff(gamma(x), x, 2).subs(x, 1)",
    "gamma(x).subs(x, 5)", "gamma(x).subs(x, S(5)/2)", "polygamma(0, x).subs(x, 3)", "factorial(x).subs(x, 2.5)",
    "gamma(x).is_real", "gamma(p).is_real", "gamma(r).is_real", "gamma(k).is_real", "gamma(-k).is_real", "gamma(p).is_positive",
    "loggamma(p).is_real", "polygamma(1, p).is_real", "polygamma(0, p).is_real", "gamma(-3.0)",
    "binomial(5.0, 2.0)", "binomial(5, S(1)/2)", "binomial(x, pi)", "binomial(S(7)/2, S(3)/2)", "binomial(5.5, 2)",
    "binomial(4, 2.0)", "binomial(-3, S(1)/2)",
    "Ei(2.5)", "Ei(-1.0)", "li(2.5)", "li(0.5)", "Si(1.5)", "Si(-2.0)", "sinc(0.5)", "sinc(0.0)", "erf(0.5)", "erfc(1.5)",
    "erfi(0.5)", "exp(2.5)", "log(2.5)", "asinh(2.5)", "acot(2.5)", "atan2(1.0, 2.0)", "atan2(1.0, 2)", "Heaviside(0.5)",
    "Heaviside(0.0)", "DiracDelta(1.0)", "floor(2.5)", "sign(-2.5)", "re(2.0 + 3.0*I)", "conjugate(2.0 + 1.0*I)",
    "sin(2.0 + 1.0*I)", "exp(1.0 + pi*I)", "Abs(-2.5)", "Ei(Float('2.5', 30))", "Si(Float(1, 40))",
    "arg(1.0 + 2.0*I)", "arg(2.5 + 1.5*I)", "arg(-1.0 + 1.0*I)", "arg(0.5*I)", "arg(2.0)", "arg(-2.0)", "arg(1.0 + I)",
    "arg(1.5 - 1.5*I)", "arg(2.0 + 4.0*I)", "arg(-2.5 - 2.5*I)",
    "N(gamma(S(1)/3), 30)", "N(gamma(-S(7)/3), 30)", "N(gamma(100), 20)", "N(polygamma(0, S(1)/3), 30)",
    "N(polygamma(2, S(1)/3), 30)", "N(polygamma(3, -S(5)/2))", "N(loggamma(S(7)/3), 30)", "N(zeta(3), 40)", "N(zeta(5))",
    "N(harmonic(S(5)/2))", "N(harmonic(10))", "N(harmonic(S(3)/2, 2))", "N(factorial(S(1)/2))", "N(gamma(pi))",
    "N(gamma(sqrt(2)), 25)", "N(polygamma(1, 1))", "N(digamma(1), 20)", "N(gamma(x))", "N(gamma(x) + 1, subs={x: 3.5})",
    "N(polygamma(2, 1) + zeta(3))", "N(loggamma(1000))", "N(gamma(S(1)/1000))", "N(gamma(-S(1)/2) * gamma(S(1)/2))",
    "gamma(x).evalf(subs={x: 0.5})", "N(gamma(0))", "N(polygamma(0, 0))", "N(gamma(-2))",
    "N(gamma(1 + I))", "N(loggamma(-S(5)/2))", "N(zeta(S(1)/2))", "N(polygamma(S(1)/2, 2))",
    "simplify(gamma(x + 1)/gamma(x))", "simplify(factorial(n + 1)/factorial(n))", "gammasimp(gamma(x + 1)/gamma(x))",
    "expand_func(gamma(x + 3))", "gamma(x).rewrite(factorial)", "factorial(x).rewrite(gamma)",
    "gamma(x).func", "polygamma(0, x).args", "zeta(3).is_number", "series(gamma(x), x, 0, 2)",
    "summation(1/k**3, (k, 1, oo))", "summation(1/k, (k, 1, n))", "summation(1/k**2, (k, 1, n))", "Sum(1/k**3, (k, 1, oo)).doit()",
    "summation(1/k**5, (k, 2, oo))", "summation(1/k, (k, 2, n))", "summation(1/k, (k, 1, 10))", "summation(1/k**3, (k, 1, n))",
    "summation(2/k, (k, 1, n))", "summation(1/k**4, (k, 1, oo))", "summation(1/k**2, (k, 3, oo))", "summation(1/k, (k, 1, oo))",
    "summation(1/k**3, (k, 3, n))", "summation(1/(2*k), (k, 1, n))", "summation(k + 1/k, (k, 1, n))",
    "Sum(1/k**2, (k, 1, oo)).doit()", "summation(1/k**2, (k, 1, 50))", "summation(1/k**7, (k, 4, oo))",
    "limit(gamma(x), x, 0)", "integrate(polygamma(0, x), x)", "integrate(gamma(x)*polygamma(0, x), x)",
    "lambdify(x, gamma(x), 'math')(4.5)", "lambdify(x, gamma(x), 'mpmath')(4.5)",
    "lambdify(x, loggamma(x) + gamma(x/2), 'math')(3.5)", "lambdify(x, loggamma(x), 'mpmath')(3.5)",
    "lambdify(x, factorial(x), 'math')(4)",
]

PRINTS = ["gamma(x)", "gamma(x)**2", "1/gamma(x)", "gamma(x + 1)", "gamma(x)*polygamma(0, x)", "polygamma(0, x)",
          "polygamma(n, x)", "polygamma(0, x)**2", "polygamma(1, x + 1)", "loggamma(x)", "loggamma(x)**3", "zeta(3)",
          "zeta(x)", "zeta(x)**2", "zeta(x, y)", "zeta(2, x + 1)", "harmonic(n)", "harmonic(n, 2)", "harmonic(n)**2",
          "-2*zeta(3) + gamma(x)", "gamma(x**2)", "Gamma", "diff(factorial(x), x, 2)", "diff(binomial(x, y), y)",
          "gamma(x)/gamma(y)", "gamma(-x)", "gamma(S(1)/3)", "polygamma(0, S(1)/3)"]

# complex arguments
EXPRS += ["N(gamma(1+I))", "gamma(2.0+3.0*I)", "N(gamma(-S(5)/2+I/2), 30)", "N(loggamma(1+I))", "N(loggamma(-S(7)/2+2*I))",
          "factorial(1.0+1.0*I)", "N(gamma(I))", "N(gamma(100+100*I), 20)", "N(gamma(-S(101)/2+I/1000))", "N(loggamma(-3+I/10))",
          "N(gamma(1+I), 50)", "N(loggamma(2-3*I), 40)", "N(gamma(S(1)/2 + 20*I))", "N(loggamma(1000*I))",
          "N(gamma(3*I)*gamma(-3*I))", "loggamma(1.5 - 2.5*I)", "gamma(x).evalf(subs={x: 1 + 2*I})"]

# expand_func and rewrite between gamma and factorial
for e in ["gamma(x+3)", "gamma(x-2)", "gamma(x + S(5)/2)", "gamma(x - S(3)/2)", "gamma(S(7)/3)", "gamma(-S(7)/3)", "gamma(2*x+1)",
          "gamma(x+y+2)", "polygamma(0, x+1)", "polygamma(1, x+3)", "polygamma(2, x-2)", "polygamma(0, 2*x)", "polygamma(1, 3*x)",
          "polygamma(0, S(1)/7)", "polygamma(0, S(11)/8)", "polygamma(0, -S(9)/7)", "polygamma(n, x+1)", "polygamma(S(1)/2, x)",
          "zeta(x, 3)", "zeta(x, y)", "binomial(n, 3)", "binomial(n, n-2)", "binomial(n, y)", "binomial(x+1, 2)", "erfc(x)",
          "erfi(x)", "sin(gamma(x+1))", "gamma(x+1)/gamma(x)", "digamma(x+2)", "trigamma(2*x)", "factorial(x+1)",
          "exp(x)*gamma(x+1) + polygamma(0, x + 2)", "harmonic(n+2)", "harmonic(n-3)", "harmonic(n, 2)", "harmonic(x+y+1)",
          "harmonic(S(1)/3)", "loggamma(x+2)", "loggamma(S(7)/2)", "loggamma(S(1)/3)"]:
    EXPRS.append("expand_func(%s)" % e)
for e in ["gamma(x)", "factorial(x)", "binomial(n, y)", "gamma(x+1)/factorial(x)", "binomial(n, 2)*gamma(n)",
          "factorial(n)/factorial(n-y)", "sin(x)*gamma(2*x)", "binomial(x, S(1)/2)", "factorial(factorial(x))"]:
    EXPRS += ["(%s).rewrite(gamma)" % e, "(%s).rewrite(factorial)" % e]

programs = repr_and_print_programs(EXPRS, PRINTS)
programs += [
    "print(gamma)", "print(latex(gamma))", "print(pretty(gamma))", "print(type(gamma(x)))",
    "print(srepr(gamma(x)))", "print(srepr(polygamma(0, x)))", "print(gamma(x) == gamma(x))",
    "f = Function('f')\nprint(diff(gamma(f(x)), x))",
    "print(diff(gamma(x)*gamma(y), x, y))",
    "print(diff(x**x/factorial(x), x))",
    "w = symbols('w', positive=True)\nprint(diff(loggamma(w), w).subs(w, 1))",
    "print(latex(diff(gamma(x), x)))", "print(pretty(diff(gamma(x), x)))",
    "print([gamma(i) for i in range(1, 8)])",
    "print([polygamma(0, i) for i in range(1, 5)])",
    "print([zeta(2*i) for i in range(1, 5)])",
    "print([harmonic(i) for i in range(6)])",
    "import math\nprint(math.gamma(4.5), math.lgamma(0.5), math.gamma(-1.5), N(gamma(S(9)/2)))",
    "import math\ntry:\n    math.gamma(-2)\nexcept ValueError as e:\n    print(e)\ntry:\n    math.lgamma(0)\nexcept ValueError as e:\n    print(e)",
]

emit(PRE, programs)
