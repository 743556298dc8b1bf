"""Generate simplify_golden.jsonl: simplify() and count_ops() of random
rational functions (and derivatives of them, as notebooks simplify
derivatives), expand_trig and expand(trig=True), expand and expand_log
of logarithms, and logcombine, with SymPy 1.14's stdout. dcalc follows
SymPy's simplify step by step for rational functions. Run with a python3 that has SymPy:

    python3 session/testdata/gen_simplify.py > session/testdata/simplify_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, a = symbols('x y a')\n"

HAND = [
    "print(simplify((x + x*y)/x))",
    "print(simplify(x*y*(-3*x/(2*y) + y)), simplify(9*x*(-x**3 + 2*y)))",
    "print(simplify(3*x**2*(-3*x + y)/(2*y**3*(x**2 + 2*y - 1))))",
    "print(simplify(diff((x**2 + 1)/(x - 1), x)), simplify(diff(x/(x**2 + y**2), x, y)))",
    "print(simplify(1/(x - 1) - 1/(x + 1)), simplify((x**2 - 1)/(x - 1)), simplify(x/(x*y)))",
    "print(count_ops(x + y*2), count_ops(-x/3), count_ops(sin(x)**2 + exp(-x)), count_ops(x - y - z) if False else 0)",
    "print((x**2 + 2*x + 1).simplify(), simplify(2), simplify(x))",
]


def _random():
    rnd = random.Random(21)

    def leaf():
        return rnd.choice(['x', 'y', 'S(2)', 'x**2', '3*x', 'a', 'S(1)', 'x*y'])

    def rat(d):
        if d == 0 or rnd.random() < 0.2:
            return leaf()
        return '(%s %s %s)' % (rat(d - 1), rnd.choice(['+', '-', '*', '/', '/']), rat(d - 1))
    out = []
    for i in range(120):
        kind = i % 3
        if kind == 0:
            out.append('print(simplify(diff(%s, x)))' % rat(3))
        elif kind == 1:
            out.append('print(simplify(%s))' % rat(4))
        else:
            out.append('print(count_ops(%s))' % rat(4))
    return out


def _expand_trig():
    """expand_trig and expand(trig=True): functions of sums and integer
    multiples, hand-picked and random."""
    lines = [
        "print(expand_trig(sin(x + y + a)))", "print(expand_trig(cos(3*x)))", "print(expand_trig(tan(2*x)))",
        "print(expand_trig(sin(4*x)))", "print(expand(sin(2*x)*cos(x + y), trig=True))", "print(expand_trig(tan(x + y + a)))",
        "print(expand_trig(cot(x + y)))", "print(expand_trig(cot(3*x)))", "print(expand_trig(sinh(x + y)))",
        "print(expand_trig(cosh(2*x)))", "print(expand_trig(tanh(x + y)))", "print(expand_trig(tanh(3*x)))",
        "print(expand_trig(sinh(3*x)))", "print(expand_trig(sin(2*x + 1)))", "print(expand_trig(cos(5*x)))",
        "print(expand(cos(x + y)**2, trig=True))", "print(expand_trig(sin(x/2)))", "print((sin(2*x)).expand(trig=True))",
        "print(expand_trig(cos(2*x - y)))", "print(expand_trig(exp(sin(2*x))))", "print(expand_trig(sin(x)**2 + cos(2*x)))",
        "print(expand(tan(x + y)*cos(2*x), trig=True))", "print(expand_trig(cosh(x + y + a)))",
    ]
    rnd = random.Random(424242)
    fs = ['sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'cot']
    def arg():
        r = rnd.random()
        if r < 0.4:
            return '%d*%s' % (rnd.randint(2, 5), rnd.choice(['x', 'y', 'a*x']))
        if r < 0.8:
            return '%s + %s' % (rnd.choice(['x', '2*x', 'y']), rnd.choice(['y', 'a', '2*y', '1']))
        return 'x + y + a'
    for i in range(40):
        e = '%s(%s)' % (rnd.choice(fs), arg())
        if i % 3 == 0:
            e = '%s*%s(%s)' % (e, rnd.choice(fs[:3]), arg())
        if i % 4 == 1:
            lines.append('print(expand(%s, trig=True))' % e)
        else:
            lines.append('print(expand_trig(%s))' % e)
    return lines


def _expand_log():
    """expand and expand_log of logarithms: perfect powers, rationals,
    products with positive, negative and unknown factors, powers."""
    pre = "p, q = symbols('p q', positive=True)\nn = symbols('n', negative=True)\nr = symbols('r', real=True)\n"
    cases = ['log(8)', 'log(2*x)', 'log(x*y)', 'log(p*q)', 'log(p*x*y)', 'log(n*x)', 'log(Rational(2, 3))',
             'log(p**2)', 'log(x**2)', 'log(p**y)', 'log(exp(x))', 'log(12)', 'log(p/q)', 'log(2*p**3*x)',
             'log(sqrt(x))', 'log(x**r)', 'log(p**r)', 'log(Rational(8, 27))', 'log(64*p)', 'log(x**Rational(1, 3))',
             'log(x*y)**2 + log(4*p)', 'exp(log(2*p) + 1)', 'log(1000)', 'log(-8*p)', 'log(n**2)', 'log(p*exp(x))']
    lines = []
    for c in cases:
        lines.append(pre + 'print(expand(%s))' % c)
        lines.append(pre + 'print(expand_log(%s))' % c)
        lines.append(pre + 'print(expand_log(%s, force=True))' % c)
    return lines


def _logcombine():
    """logcombine with and without force, hand-picked and random sums of
    logs with real, positive and unknown arguments and coefficients."""
    pre = "p, q, r = symbols('p q r', positive=True)\ns = symbols('s', real=True)\n"
    cases = ['log(x) + log(y)', 'log(p) + log(q)', 'log(p) - log(q)', '2*log(p) + 3*log(q)', 'a*log(p)', 's*log(p)',
             'log(p) + log(q) - log(r)', '-log(p) - log(q)', 'log(p)*log(q)', 'x*log(p) + x*log(q)', 'log(2) + log(3)',
             '2*log(p) - log(q) + log(r)/2', 'exp(log(p) + log(q))', 'log(p)**2 + log(q)', 'log(p) + log(x)',
             'log(p*q) - log(p)', 'sin(log(p) + log(q))', 'I*log(p) + log(q)', 'log(p)*log(q) + log(r)', '-log(x)']
    rnd = random.Random(777)
    args = ['p', 'q', 'r', 'x', 'p*q', 'p + 1', 'x**2', '2', 'Rational(1, 2)']
    coeffs = ['1', '2', '-1', '-3', 'Rational(1, 2)', 's', 'a', 'x', '-s']
    for _ in range(30):
        n = rnd.randint(2, 4)
        cases.append(' + '.join('%s*log(%s)' % (rnd.choice(coeffs), rnd.choice(args)) for _ in range(n)))
    lines = []
    for c in cases:
        lines.append(pre + 'print(logcombine(%s))' % c)
        lines.append(pre + 'print(logcombine(%s, force=True))' % c)
    return lines


def _combine(rnd, atom, d):
    """A random rational combination of depth d of atom()s."""
    if d == 0:
        return atom()
    k = rnd.randint(0, 4)
    a, b = _combine(rnd, atom, d - 1), _combine(rnd, atom, d - 1)
    if k == 3:
        return '(%s)**%d' % (a, rnd.choice([2, 2, 3, -1, -2]))
    return '(%s %s %s)' % (a, '+*-/'[k if k < 3 else 3], b)


def _trig():
    """trigsimp and simplify of trigonometric expressions (SymPy's futrig:
    fu's rules chosen greedily), hand-picked (the issue's targets and the
    classic identities), random rational functions of sin ... csc of
    x, 2*x, x/2, x + y, x - y, 3*x, y, and simplified derivatives."""
    lines = [
        "print(simplify(1 + tan(x)**2), simplify(diff(log(sin(x)), x)), simplify(sin(x)**2 + cos(x)**2))",
        "print(simplify(sin(2*x)/cos(x)), simplify(sin(x)*cos(x)), simplify(cos(x)**2 - sin(x)**2))",
        "print(trigsimp(sin(x)*cos(y) + cos(x)*sin(y)), trigsimp(cos(x)*cos(y) - sin(x)*sin(y)))",
        "print(trigsimp(sec(x)**2 - tan(x)**2), trigsimp(cos(x)*cos(2*x)*cos(4*x)), trigsimp(sin(x) + cos(x)))",
        "print(trigsimp(sin(x)**4 - cos(x)**4), trigsimp((1 - sin(x))*(1 + sin(x))), trigsimp(tan(x)/sec(x)))",
        "print(simplify(diff(tan(x), x)), simplify(diff(sec(x), x)), simplify(diff(sin(x)/(1 + cos(x)), x)))",
        "print(simplify(diff(sin(x)**2*cos(x), x, 2)), simplify(diff(x*sin(x), x, 3)), (sin(x)**2 + cos(x)**2).trigsimp())",
        "print(simplify(sin(x)**4 + 2*sin(x)**2*cos(x)**2 + cos(x)**4), simplify(sin((x**2 - 1)/(x - 1))))",
        "print(trigsimp(1/sin(x)**2 - 1/tan(x)**2), trigsimp(cot(x)**2 + 1), trigsimp(sin(x)**3))",
        "print(simplify(sin(x)/(1 - cos(x)**2)), simplify((1 - cos(2*x))/2), simplify(tan(x)*cos(x)))",
    ]
    rnd = random.Random(2026)
    funcs = ['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sin', 'cos']
    args = ['x', 'x', '2*x', 'y', 'x + y', 'x/2', '3*x', 'x - y']

    def atom():
        if rnd.random() < 0.85:
            return '%s(%s)' % (rnd.choice(funcs), rnd.choice(args))
        return rnd.choice(['x', 'S(2)', 'S(1)', 'y'])

    def term(d):
        return _combine(rnd, atom, d)
    for i in range(240):
        lines.append('print(%s(%s))' % ('trigsimp' if i % 2 else 'simplify', term(rnd.choice([1, 1, 2, 2, 3]))))
    args[:] = ['x', 'x + pi/4', '2*x', 'pi/3 - x', 'x + pi', 'x/2 + pi/6', '3*x', 'x - pi/2']
    for i in range(120):
        lines.append('print(%s(%s))' % ('trigsimp' if i % 2 else 'simplify', term(rnd.choice([1, 1, 2, 2, 3]))))
    lines += [
        "print(expand(1/((x + 1)*(x + 2))), expand(y/((x + 1)*(x + 2))), expand(1/((1 + y/x)*x)))",
        "print(expand(1/(x + 1)**2), expand((x + 1)/(x*(x + 2))), expand(x/(2*(x + 1))), expand(1/(2*x*(x + 1))))",
        "print(expand(y/((-1 + y/x)*(1 + y/x)*x**2)), expand(sin(x)/((sin(x) + 1)*(cos(x) - 1))))",
    ]
    pieces = ['sin(x)', 'cos(x)', 'tan(x)', 'sin(2*x)', 'cos(x)**2', 'sin(x)**2', 'x*sin(x)', 'sin(x)*cos(x)',
              '1/cos(x)', 'tan(x)**2', 'sin(a*x)', 'cos(x)/(1 + sin(x))', 'sec(x)', 'csc(x)', 'cot(x)', 'sin(x)/x',
              'x**2*cos(x)', 'sin(x)**3']
    for i in range(80):
        f, g = rnd.choice(pieces), rnd.choice(pieces)
        e = ['(%s)*(%s)', '(%s)/(%s)', '%s + %s', '%s - %s', '(%s)**2 + %s'][rnd.randint(0, 4)] % (f, g)
        lines.append('print(simplify(diff(%s, x)))' % e)
    return lines


def _exp():
    """simplify of rational functions of exp, sinh, cosh, tanh (and trig):
    logistic and softmax derivatives, exptrigsimp's cosh/sinh/tanh forms,
    trigsimp of hyperbolic identities (Osborne's rule), and rewrite(exp),
    rewrite(cos)."""
    lines = [
        "s = exp(x)/(exp(x) + exp(y) + exp(a))\nprint(simplify(diff(s, x)), simplify(diff(s, y)))",
        "print(simplify(diff(tanh(x), x)), simplify(diff(log(1 + exp(x)), x)), simplify(diff(1/(1 + exp(-x)), x, 2)))",
        "print(simplify((exp(x) - exp(-x))/(exp(x) + exp(-x))), simplify((exp(x) + exp(-x))/2), simplify(exp(x)*exp(y)))",
        "sig = 1/(1 + exp(-x))\nprint(simplify(diff(sig, x) - sig*(1 - sig)), simplify(sig*(1 - sig)), simplify(diff(sig, x)))",
        "print(simplify(exp(2*x)/(exp(x) + 1)**2), simplify(cosh(x)**2 - sinh(x)**2), simplify(x*exp(-x**2)*2))",
        "print(simplify(exp(x + y) + exp(-2*x)), simplify(1/(1 + exp(-x))), simplify(exp(x)/(exp(x) + exp(y))))",
        "print(trigsimp(cosh(x)**2 - sinh(x)**2), trigsimp(sinh(x)/cosh(x)), trigsimp(2*sinh(x)*cosh(x)))",
        "print(trigsimp(cosh(x)*cosh(y) + sinh(x)*sinh(y)), trigsimp(1 - tanh(x)**2), trigsimp(sinh(2*x)/cosh(x)))",
        "p = symbols('p', positive=True)\nfor e in [exp(x + y), x**(a + y), p**(a + y), x**(y + 2), 2**(x + 1), x**(a - y), (x + 1)**(x + y)]:\n    print(expand_power_exp(e))",
        "print(simplify(sinh(x) + x), simplify(cosh(x) + sinh(x)), trigsimp(sinh(x) + x), factor(I*x + 1), factor(x + I*sin(y)))",
        # SymPy answers Piecewise for powers to symbolic exponents; dcalc refuses
        "print(integrate(diff(x**y, x), x))", "print(integrate(x**a, x))", "print(integrate(y*(x + 1)**(y - 1), x))",
    ]
    for e in ['sin(x)', 'cos(x)**2', 'tan(2*x)', 'sec(x)', 'csc(x)', 'cot(x)', 'sinh(x)', 'cosh(x)*tanh(y)', 'coth(x)',
              'sech(x)', 'csch(x)', 'exp(x)', 'x**2', '2**x', 'x**y', 'sqrt(x) + sin(x)', 'exp(x)*sin(x)',
              'cosh(x) + sinh(x)', 'sin(x)/x', 'log(x) + cos(x)']:
        lines.append('print((%s).rewrite(exp), (%s).rewrite(cos))' % (e, e))
    rnd = random.Random(4242)
    funcs = ['exp', 'exp', 'exp', 'sinh', 'cosh', 'tanh', 'sin', 'cos']
    args = ['x', 'x', '-x', '2*x', 'y', 'x + y', 'x/2', '-2*x']

    def atom():
        if rnd.random() < 0.8:
            return '%s(%s)' % (rnd.choice(funcs), rnd.choice(args))
        return rnd.choice(['x', 'S(2)', 'S(1)', 'y'])

    def term(d):
        return _combine(rnd, atom, d)
    for i in range(160):
        lines.append('print(%s(%s))' % ('trigsimp' if i % 4 == 3 else 'simplify', term(rnd.choice([1, 1, 2, 2, 3]))))
    return lines


def _api():
    """fraction, numer, denom, expand_mul, exptrigsimp, powsimp (combine,
    deep), gcd_terms and as_numer_denom of random rational functions of
    symbols, exp, sin, cos and tan."""
    rnd = random.Random(99)

    def atom():
        if rnd.random() < 0.5:
            return '%s(%s)' % (rnd.choice(['exp', 'sin', 'cos', 'tan', 'exp']), rnd.choice(['x', '-x', '2*x', 'x + y', 'y']))
        return rnd.choice(['x', 'y', 'S(2)', 'Rational(1, 2)', '(x + 1)', 'a'])

    def term(d):
        if d == 0:
            return atom()
        k = rnd.randint(0, 4)
        p, q = term(d - 1), term(d - 1)
        return ['(%s + %s)', '(%s*%s)', '(%s - %s)', '(%s)**' + str(rnd.choice([2, -1, -2, 3])) + '%.0s', '(%s/%s)'][k] % (p, q)
    calls = "fraction(e), numer(e), denom(e), expand_mul(e), exptrigsimp(e), powsimp(e), powsimp(e, combine='exp'), " \
        "powsimp(e, combine='base'), powsimp(e, deep=True), gcd_terms(e), e.as_numer_denom()"
    return ['e = %s\nfor v in [%s]:\n    print(v)' % (term(rnd.choice([1, 2, 2, 3])), calls) for _ in range(100)]


def _wide():
    """simplify of rational functions of nested sin, cos, tan, exp, log
    and atan (no radicals), and their derivatives: SymPy's steps with
    trigsimp, expand_log/logcombine and exptrigsimp."""
    rnd = random.Random(5151)
    funcs = ['sin', 'cos', 'tan', 'exp', 'log', 'exp', 'log', 'atan', 'sin', 'cos']
    args = ['x', 'x', '2*x', '(x + 1)', 'x**2', 'y', 'x*y', '(x/2 + pi/4)']

    def atom(d=0):
        if rnd.random() < 0.75:
            arg = rnd.choice(args)
            if d < 1 and rnd.random() < 0.25:
                arg = atom(d + 1)
            return '%s(%s)' % (rnd.choice(funcs), arg)
        return rnd.choice(['x', 'S(2)', 'S(1)', 'y', 'x**2'])

    def term(d):
        return _combine(rnd, atom, d)
    out = []
    for i in range(120):
        e = term(rnd.choice([1, 1, 2, 2, 3]))
        out.append('print(simplify(%s))' % (('diff(%s, x)' % e) if i % 3 == 0 else e))
    return out


def _fu():
    """trigsimp(method='fu'): SymPy's fu() with its rule lists, hand-picked
    identities and random rational functions of sin ... csc."""
    lines = ["for e in [sin(x)**2 + cos(x)**2, 1 + tan(x)**2, sin(x)*cos(y) + cos(x)*sin(y), cos(x) + cos(y), "
             "sin(x) - sin(y), tan(x)*tan(y), cos(x)**4 - sin(x)**4, sin(50)**2 + cos(50)**2 + sin(pi/6), "
             "cos(x)*cos(2*x)*cos(4*x), tan(x)*cot(y)]:\n    print(trigsimp(e, method='fu'))"]
    rnd = random.Random(5252)
    funcs = ['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sin', 'cos']
    args = ['x', 'x', '2*x', 'y', 'x + y', 'x/2', '3*x', 'x - y']

    def atom():
        if rnd.random() < 0.85:
            return '%s(%s)' % (rnd.choice(funcs), rnd.choice(args))
        return rnd.choice(['x', 'S(2)', 'S(1)', 'y'])
    for _ in range(60):
        lines.append("print(trigsimp(%s, method='fu'))" % _combine(rnd, atom, rnd.choice([1, 1, 2, 2, 3])))
    return lines


emit(PRE, HAND + _random() + _expand_trig() + _expand_log() + _logcombine() + _trig() + _exp() + _api() + _wide() + _fu(), keep=lambda out: 'zoo' not in out)  # zoo: a random division by zero
