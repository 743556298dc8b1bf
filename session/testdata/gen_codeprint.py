"""Generate codeprint_golden.jsonl: SymPy 1.14's code printers pycode
and ccode (C99) on expressions of every kind a notebook turns into code
(powers, rationals, floats, math.h macros, functions and their rewrites,
Piecewise inline and assigned, relations and logic, matrices assigned
element by element) and the errors of what they do not support. dcalc
must print the same or raise NotImplementedError. Run with a python3
that has SymPy 1.14:

    python3 session/testdata/gen_codeprint.py > session/testdata/codeprint_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z = symbols('x y z')\nn = symbols('n', integer=True)\nk = symbols('k', integer=True)\n"

EXPRS = ["x**2", "x**3/3", "sin(x)**2 + sqrt(x)", "1/x", "1/x**2", "x**-3", "sqrt(x)", "1/sqrt(x)", "x**Rational(1,3)", "cbrt(x)",
 "x**Rational(3,2)", "exp(x) + log(x)", "log(x, 2)", "log(x, 10)", "exp(-x**2/2)/sqrt(2*pi)", "Rational(1,3)*x", "x/3", "2*x/3", "3*x/(2*y)", "-x", "-2*x*y",
 "x - y", "pi*x", "E*x", "E**x", "exp(1)", "oo", "-oo", "Float(1.5)*x", "0.1*x + 2.5", "1e-10*x", "1.0*x**2", "Abs(x)", "sign(x)", "floor(x) + ceiling(y)",
 "atan2(y, x)", "asin(x) + acos(x) + atan(x)", "sinh(x) + cosh(x) + tanh(x)", "asinh(x) + acosh(x) + atanh(x)", "Max(x, y)", "Min(x, y, z)", "factorial(n)",
 "gamma(x)", "erf(x) + erfc(x)", "loggamma(x)", "Piecewise((x, x > 0), (-x, True))", "Piecewise((x**2, x < 1), (2*x, x < 2), (0, True))", "Piecewise((1, x > 0))",
 "cot(x)", "sec(x) + csc(x)", "x*sin(x)*cos(y)", "(x + y)**2", "(x + 1)/(x - 1)", "x**y", "x**(y + 1)", "2**x", "Rational(1, 2)", "Rational(-3, 4)*x**2",
 "I*x", "1 + 2*I", "exp(I*x)", "re(x) + im(x)", "conjugate(x)", "sqrt(2)", "sqrt(2)*x", "Eq(x, y)", "x > y", "x >= 1", "Ne(x, 0)", "And(x > 0, y < 1)", "Or(x > 0, y < 1)", "Not(x > 0)",
 "Heaviside(x)", "DiracDelta(x)", "besselj(0, x)", "Derivative(Function('f')(x), x)", "Function('f')(x)", "Integral(x, x)", "zoo", "nan", "S.Half*x", "x**0.5", "x**2.0", "sinc(x)",
 "exp(x)*log(y)/(1 + exp(x))", "1/(1 + exp(-x))", "x*y**2/(z + 1)", "-1/x", "-(x + y)", "1/(x*y)", "x**(-Rational(1,2))", "(-1)**n", "Mod(x, 2)", "binomial(n, 2)", "x % 3" ]

CALLS = ["ccode(x**2 + 1, assign_to='y')", "ccode(x**2 + 1, assign_to=y)", "ccode(Matrix([x**2, sin(x)]), assign_to='A')", "ccode(Matrix([[x, 1], [2, y]]), assign_to='M')",
 "ccode(Matrix([x, y]))", "ccode(Piecewise((x, x > 0), (-x, True)), assign_to='r')", "ccode(Piecewise((x, x > 0), (x**2, x < -1), (0, True)), assign_to='r')",
 "ccode(pi/2)", "ccode(2/pi)", "ccode(1/sqrt(2))", "ccode(log(2))", "ccode(x*pi/2)", "ccode(sqrt(pi))", "ccode(1/pi)", "ccode(pi/4 + x)", "ccode(2/sqrt(pi))", "ccode(EulerGamma*x)", "ccode(GoldenRatio)",
 "ccode(S.true)", "ccode(Abs(n))", "ccode(x**2, standard='c89')", "ccode(x**Rational(1,3), standard='C89')", "ccode(Float('0.1', 30)*x)", "ccode(Float(123456789.123))", "ccode(Float(1e20))", "ccode(Float(-2.5e-7)*x)", "ccode(3.0)",
 "ccode(x**-1.0)", "ccode(x**(-2)*y)", "ccode(exp(x)**2)", "ccode(Max(x, y, z, 1))", "ccode(And(x > 0, Or(y < 1, z > 2)))", "ccode(Not(And(x > 0, y > 0)))", "ccode(x**n)", "ccode(1/(x+1))", "ccode(-x**2/(2*y))",
 "ccode(Derivative(x**2, x, evaluate=False))", "ccode(x, assign_to='double')", "ccode(x*y, assign_to='a[0]')", "ccode(I*x + 2)", "ccode(exp(-x)*sin(2*x))", "ccode(E**2)", "ccode(x**Rational(-1, 3))", "ccode(cbrt(x)**2)", "ccode((x+y)**Rational(1,2))",
 "pycode(Matrix([x, y]))", "pycode(Sum(x**n, (n, 0, 5)))", "pycode(KroneckerDelta(x, y))", "pycode(Derivative(x**2, x, evaluate=False))", "pycode(Derivative(Function('f')(x, y), x))", "pycode(S.true)", "pycode(x, fully_qualified_modules=False)", "pycode(Piecewise((x, x > 0), (0, True)))"]

programs = ["print(%s(%s))" % (fn, e) for fn in ("pycode", "ccode") for e in EXPRS]
programs += ["print(%s)" % c for c in CALLS]
programs += [
    "f = 1/(1 + exp(-(2*x + 3*y)))\nfor v in (x, y):\n    print(ccode(diff(f, v), assign_to='d' + str(v)))",
    "L = (x - 3)**2 + y**4\nJ = Matrix([L]).jacobian([x, y])\nprint(ccode(J, assign_to='grad'))\nprint(pycode(J))",
    "H = hessian(x**3*y + sin(x*y), (x, y))\nprint(ccode(H, assign_to='H'))",
    "print(pycode(Piecewise((0, x < 0), (x, x < 1), (1, True))))\nprint(ccode(Piecewise((0, x < 0), (x, x < 1), (1, True)), assign_to='relu6'))",
    "try:\n    ccode(besselj(0, x) if False else Function('g')(x))\nexcept NotImplementedError as e:\n    print(type(e).__name__, e)",
    "print(ccode(EulerGamma*x + GoldenRatio*y, assign_to='r'))",
    "print(ccode(Catalan + pi/4))",
    "print(pycode([x, 1]), pycode((sin(x),)), pycode((x, [x**2, 2])))",
]

emit(PRE, programs)
