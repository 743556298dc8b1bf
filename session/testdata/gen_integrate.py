"""Generate integrate_golden.jsonl: antiderivatives and definite
integrals notebooks ask for (powers, exp/trig products, rational
functions, square roots of quadratics, improper integrals), from SymPy
1.14. dcalc must print the same or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    PYTHONHASHSEED=0 python3 session/testdata/gen_integrate.py > session/testdata/integrate_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, a, n = symbols('x a n')\n"

# sinh(x)*cosh(x) is left out: SymPy answers sinh(x)**2/2 or cosh(x)**2/2
# depending on PYTHONHASHSEED.
INTEGRALS = [
    "exp(-x**2), x", "1/(1 + x**2), x", "x*exp(x), x", "sin(x)**2, x", "x**2*sin(x), x", "log(x), x", "1/x, (x, 1, oo)",
    "exp(-x), (x, 0, oo)", "sqrt(1 - x**2), x", "1/sqrt(1 - x**2), x", "x/(x**2 + 1), x", "exp(-x**2), (x, -oo, oo)",
    "sin(x)/x, x", "x**n, x", "1/(x**2 - 1), x", "exp(x)*sin(x), x", "tan(x), x", "x*log(x), x", "sqrt(x), (x, 0, 1)",
    "1/(1 + exp(-x)), x", "x**2*exp(-x**2), (x, -oo, oo)", "cos(x)**3, x", "atan(x), x", "sec(x)**2, x", "1/(x*(x + 1)), x",
    "exp(-a*x), (x, 0, oo)", "sqrt(4 - x**2), x", "sqrt(1 - 4*x**2), x", "sqrt(9 - 4*x**2), x", "sqrt(2 - x**2), x",
    "sqrt(x**2 + 1), x", "sqrt(x**2 + 4), x", "sqrt(x**2 - 1), x", "1/sqrt(4 - x**2), x", "1/sqrt(x**2 + 1), x",
    "1/sqrt(1 - 4*x**2), x", "1/sqrt(9 - 4*x**2), x", "1/sqrt(2 - x**2), x", "1/sqrt(x**2 + 4), x", "1/sqrt(4*x**2 + 1), x",
    "1/sqrt(4*x**2 + 9), x", "sqrt(4*x**2 + 9), x", "sqrt(3 - 5*x**2), x", "3*sqrt(1 - x**2), x", "sqrt(1 - x**2)/2 + x, x",
    "sqrt(Rational(1, 2) - x**2), x", "sqrt(1 - x**2/4), x", "x*sqrt(4 - x**2), x", "sqrt(1 - x**2), (x, -1, 1)",
    "sqrt(4 - x**2), (x, 0, 2)", "1/sqrt(1 - x**2), (x, 0, 1)", "x**3*exp(x**2), x", "exp(2*x)*cos(3*x), x",
    "1/(x**2 + 2*x + 5), x", "(3*x + 1)/(x**2 - 5*x + 6), x", "x**2/(x + 1), x", "1/cos(x), x",
    "sin(2*x)/x, x", "3*sin(x)/x, x", "sin(x)/(2*x), x", "exp(x)/x, x", "exp(2*x)/x, x", "1/log(x), x", "sin(a*x)/x, x",
    "sin(-2*x)/x, x", "exp(x/2)/x, x", "sin(x)/x, (x, 0, oo)", "sin(x)/x, (x, 0, 1)", "exp(-x)/x, x", "cos(x)/x, x",
    "sqrt(x**2 - 4), x", "sqrt(4*x**2 - 1), x", "sqrt(2*x**2 - 3), x", "sqrt(9*x**2 - 4), x", "1/sqrt(x**2 - 1), x",
    "1/sqrt(x**2 - 4), x", "1/sqrt(4*x**2 - 1), x", "1/sqrt(x**2 - 1), (x, 2, 3)", "sqrt(4 - x**2), (x, -1, 1)",
    "1/sqrt(x**2 + 1), (x, 0, 1)", "sqrt(x**2 + 1), (x, 0, 1)",
]

# trigonometric and hyperbolic integrands, plain and shifted (sin(x + 1)*cos(x + 1)
# and sinh(x)*cosh(x) are left out: their SymPy answer depends on PYTHONHASHSEED)
TRIG = [
    "sin(x)**2, x", "sin(x)**3, x", "sin(x)**4, x", "sin(x)**5, x", "cos(x)**2, x", "cos(x)**3, x",
    "cos(x)**4, x", "cos(x)**5, x", "tan(x), x", "tan(x)**2, x", "tan(x)**3, x", "tan(x)**4, x", "sec(x), x",
    "sec(x)**2, x", "sec(x)**3, x", "csc(x), x", "csc(x)**2, x", "cot(x), x", "cot(x)**2, x", "cot(x)**3, x",
    "sinh(x)**2, x", "cosh(x)**2, x", "tanh(x), x", "tanh(x)**2, x", "sin(2*x)**2, x", "sin(2*x)**3, x",
    "cos(3*x)**3, x", "tan(2*x), x", "tan(2*x)**2, x", "sec(2*x)**2, x", "tan(x/2), x", "sin(x+1), x",
    "cos(x+1), x", "sin(x+1)**2, x", "sin(x+1)**3, x", "cos(x+1)**2, x", "cos(x+1)**3, x", "tan(x+1), x",
    "tan(x+1)**2, x", "sec(x+1), x", "sec(x+1)**2, x", "csc(x+1), x", "csc(x+1)**2, x", "cot(x+1), x",
    "sinh(x+1), x", "cosh(x+1), x", "tanh(x+1), x", "exp(2*x+1), x", "sin(x)*cos(x), x",
    "sin(x)**2*cos(x), x", "sin(x)*cos(x)**2, x", "sin(x)**2*cos(x)**2, x", "tan(x)*sec(x), x",
    "sec(x)*tan(x)**2, x", "sin(2*x)*cos(2*x), x", "sin(x)*sin(2*x), x",
]

EXTRA = [
    "print(Si(0), Si(oo), Si(-oo), Si(-x), Ei(0), Ei(oo), Ei(-oo), li(0), li(1), li(oo))",
    "print(diff(Si(x), x), diff(Ei(x), x), diff(li(x), x), diff(Si(x**2), x), diff(x*Ei(2*x), x))",
    "print(latex(Si(x)), latex(Ei(x)), latex(li(x)), latex(Si(x)**2), latex(x*Ei(x**2)))",
    "print(pretty(Si(x))); print(pretty(Si(x)**2)); print(pretty(li(x)/x, use_unicode=False))",
    "print(Si(x).is_real, srepr(Ei(x)), Si(x) + Ei(x) + li(x))",
    "print(N(Si(1)), Si(2).evalf(30), Ei(1).evalf(), li(2).evalf(), N(Si(-3)), N(Ei(-2)), N(Si(50)))",
    "print(N(li(Rational(1, 2))), N(Si(pi), 40), N(Ei(10)), N(Si(Rational(1, 3)), 25), N(integrate(sin(x)/x, (x, 0, 2))))",
    "print(N(Ei(-20)), N(Si(200)), N(li(100)), N(Ei(3)*Si(3)))",
]



def _random():
    """Seeded random integrands: products and sums of polynomials,
    exp/trig/hyperbolic of multiples of x, logs, atan, rational functions
    and square roots. Left out: sums of log(k*x) with exp(-x**2), which
    SymPy's risch path writes with log(k*x) expanded (dcalc integrates
    term by term), and sin(x)*cos(x)-like products whose answer depends
    on PYTHONHASHSEED (nondeterministic)."""
    rnd = random.Random(21)

    def lin():
        return rnd.choice(['x', '2*x', '3*x', '-x', 'x/2'])

    def atom():
        k = rnd.random()
        if k < 0.2:
            return rnd.choice(['x', 'x**2', 'x**3', '2', '(x + 1)', '(2*x - 3)'])
        if k < 0.5:
            return '%s(%s)' % (rnd.choice(['sin', 'cos', 'exp', 'sinh', 'cosh']), lin())
        if k < 0.6:
            return 'log(%s)' % rnd.choice(['x', '2*x', 'x + 1'])
        if k < 0.7:
            return 'atan(x)'
        if k < 0.8:
            return '1/(%s)' % rnd.choice(['x + 1', 'x**2 + 1', 'x**2 - 1', 'x**2 + 4', '2*x + 3', 'x*(x + 2)', '(x + 1)**2'])
        if k < 0.9:
            return 'sqrt(%s)' % rnd.choice(['x', 'x + 1', '2*x + 1'])
        return 'exp(-x**2)'
    out = []
    for _ in range(300):
        k = rnd.random()
        if k < 0.4:
            e = '%s*%s' % (atom(), atom())
        elif k < 0.7:
            e = '%s + %s' % (atom(), atom())
        else:
            e = atom()
        if 'exp(-x**2)' in e and 'log(2*x)' in e or nondeterministic(e):
            continue
        out.append(e + ', x')
    return out


def nondeterministic(e):
    """sin(u)*cos(u) and sinh(u)*cosh(u) (times a constant, or sinh(u)
    times exp(u)): SymPy's answer depends on PYTHONHASHSEED."""
    m = sympy.sympify(e)
    fs = [f for f in sympy.Mul.make_args(m) if not f.is_number]
    names = sorted(type(f).__name__ for f in fs)
    args = {f.args[0] for f in fs if f.args}
    return len(fs) == 2 and len(args) == 1 and names in (['cos', 'sin'], ['cosh', 'sinh'], ['exp', 'sinh'], ['cosh', 'exp'])

emit(PRE, ["print(integrate(%s))" % i for i in INTEGRALS + TRIG + _random()] + EXTRA)
