"""Generate laplace_golden.jsonl: laplace_transform (SymPy's table
entries, the Heaviside and exp shifts, trigonometric factors times t,
DiracDelta, derivatives of undefined functions, a polynomial times a
transformable function; the abscissa of convergence and the condition),
inverse_laplace_transform of rational functions (partial fractions with
real, repeated and complex poles, symbolic coefficients), time shifts,
powers of s, the helpers laplace_correspondence and laplace_initial_conds
and the ODE workflow notebooks follow, plus random combinations from a
fixed seed. dcalc must print SymPy's answer or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_laplace.py > laplace_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nt, s = symbols('t s')\na, b, w = symbols('a b omega', positive=True)\nk = symbols('k')\nf, y, Y = symbols('f y Y', cls=Function)\nx = symbols('x')\n"

FORWARD = ['1', 't', 't**2', 't**5', 'exp(-2*t)', 'exp(3*t)', 'exp(a*t)', 'exp(-a*t)', 'sin(t)', 'sin(3*t)', 'cos(2*t)', 'sin(w*t)', 'cos(w*t)', 'sinh(2*t)', 'cosh(3*t)', 't*exp(-t)', 't**2*exp(3*t)', 'exp(-t)*sin(2*t)', 'exp(-2*t)*cos(3*t)', 't*sin(t)', 't*cos(2*t)', 'Heaviside(t - 2)', 'Heaviside(t-3)*(t-3)', 'DiracDelta(t)', 'DiracDelta(t - 1)', '3*t**2 - 2*t + 5', '1 + exp(-t)', 'sin(t)**2', 'cos(t)**2', 'sin(t)*cos(t)', 't**Rational(1,2)', '1/sqrt(t)', 'exp(-t)*t**3', 'sin(t+1)', 'k*t', 'a*sin(b*t)', '2*exp(-3*t) - 5*sin(4*t)', 't*exp(-a*t)', 'exp(-a*t)*sin(w*t)', 'f(t).diff(t)', 'f(t).diff(t, 2)', 'f(t)', 'Heaviside(t)', 'exp(t)*Heaviside(t-1)', 'sin(t)*Heaviside(t - pi)', 't**k', 'log(t)', 'erf(t)', 'exp(t**2)', '1/t', '1/(t+1)', 'sin(w*t)**2', 'cos(w*t)**2', 'sinh(t)**2', 'cosh(2*t)**2', 't*sinh(t)', 't**2*cosh(2*t)', 'sin(2*t)*cos(3*t)', 'sin(t)*sin(2*t)', 'cos(t)*cos(3*t)', 't**2*exp(3*t+1)', 't*(t+1)', '(t+1)**2', 'Heaviside(2 - t)', 'Heaviside(1-t)*t', 't*Heaviside(t-1)', '(t-1)**2*Heaviside(t-1)', 'exp(-t)*Heaviside(t-2)', 'DiracDelta(t-2)*t**2', 'DiracDelta(2*t - 1)', 'f(t).diff(t) + 2*f(t)', 'f(t)*exp(-t)', 't*f(t)', 'exp(2*t)*cosh(t)', 't*exp(-t)*sin(t)', 'exp(-3*t)*t**2', 'cos(w*t + 1)', 'sin(t)*exp(2*t)*t', 'a*exp(-b*t)', '5', 'exp(-t/2)', 'sin(t/2)', 't**Rational(3,2)', 'exp(2*t+1)']

INVERSE = ['1/s', '1/s**2', '1/(s+2)', '1/(s-3)', '1/(s**2+1)', 's/(s**2+4)', '3/(s**2+9)', '1/(s*(s+1))', '1/((s+1)*(s+2))', '(s+1)/(s**2+2*s+5)', '1/(s**2+2*s+5)', '1/(s+1)**2', '2/(s-1)**3', '(2*s+3)/(s**2+3*s+2)', '1/(s**2-4)', 's/(s**2-9)', '1/(s**3+s)', 'exp(-2*s)/s', 'exp(-s)/(s+1)', '1', '5/(s*(s**2+4))', '(s**2+1)/(s**3+2*s**2+s)', '1/(s**2+a**2)', 's/(s**2+a**2)', '1/(s+a)', '(3*s+1)/((s-1)*(s**2+1))', '1/(s**4-1)', '1/sqrt(s)', '1/s**Rational(3,2)', '1/(s**2+1)**2', 's/(s**2+1)**2', '(1 - exp(-s))/s', 'exp(-3*s)*s/(s**2+1)', '10/(s*(s**2+2*s+2))', '1/(2*s+1)**2', '(s+3)/(s**2+6*s+13)', '4/(s**2+2*s)', '1/(s**2 + s + 1)', '1/(s - a)**2', '1/(s**2 - a**2)', '1/(s*(s+a))', '2*s/(s**2 + 4)**2', '3/(s**4)', '(s**2 + 2)/(s**3 + 3*s**2 + 2*s)', '1/((s+1)**2*(s+2))', 'exp(-s)/s**2', '7', '1/(s**2+3)', 's/(s**2+2)', '1/(s**2 - 2*s + 5)', '1/(s*(s**2+2*s+5))']

WORKFLOWS = ["y = Function('y')\nY = Function('Y')\neq = y(t).diff(t, 2) + 3*y(t).diff(t) + 2*y(t)\nL = laplace_transform(eq, t, s, noconds=True)\nprint(L)\nL = laplace_correspondence(L, {y: Y})\nprint(L)\nL = laplace_initial_conds(L, t, {y: [1, 0]})\nprint(L)\nsol = solve(L - 1/(s + 3), Y(s))[0]\nprint(sol)\nprint(inverse_laplace_transform(sol, s, t))", "y = Function('y')\nYs = symbols('Y')\neq = Eq(y(t).diff(t) + 2*y(t), exp(-t))\nL = laplace_transform(eq.lhs - eq.rhs, t, s, noconds=True)\nL = L.subs(LaplaceTransform(y(t), t, s), Ys).subs(y(0), 3)\nprint(L)\nYsol = solve(L, Ys)[0]\nprint(Ysol, apart(Ysol, s))\nyt = inverse_laplace_transform(Ysol, s, t)\nprint(yt, simplify(yt))", "print(latex(laplace_transform(Function('f')(t), t, s, noconds=True)))\nprint(latex(laplace_transform(sin(2*t), t, s)))\npprint(laplace_transform(exp(-t)*cos(t), t, s, noconds=True))", 'print(laplace_transform(t**2*exp(-t), t, s, simplify=True))\nprint(inverse_laplace_transform(1/(s*(s+1)), s, t, noconds=False))', 'F = 1/(s**2 + 4*s + 8)\nprint(inverse_laplace_transform(F, s, t))\nprint(inverse_laplace_transform((s + 2)/(s**2 + 4*s + 8), s, t))\nprint(inverse_laplace_transform(s/(s**2 + 4*s + 3), s, t))', 'print(inverse_laplace_transform((1 - exp(-2*s))/s**2, s, t))\nprint(inverse_laplace_transform(exp(-s)*(s + 1)/(s**2 + 1), s, t))\nprint(inverse_laplace_transform(exp(-2*s)/(s**2 + 1), s, t))', 'print(laplace_transform(Matrix([t, t**2]), t, s, noconds=True))', 'print(laplace_transform(y*t, t, s), laplace_transform(exp(y*t), t, s))', "k = symbols('k', positive=True)\nprint(laplace_transform(sin(k*t)*exp(-k*t), t, s))\nprint(laplace_transform(t*cos(k*t), t, s))\nprint(inverse_laplace_transform(k/(s**2 + k**2), s, t))\nprint(inverse_laplace_transform(1/(s**2 + 2*k*s), s, t))", "w = symbols('w', real=True)\nprint(laplace_transform(sin(w*t), t, s))\nprint(laplace_transform(exp(w*t), t, s))\nprint(laplace_transform(cosh(w*t), t, s))\nprint(laplace_transform(1 + exp(w*t), t, s))\n", 'print(laplace_transform(Matrix([t, t**2]), t, s, noconds=True))\nprint(inverse_laplace_transform(Matrix([1/s, 1/(s+1)]), s, t))', 'print(laplace_transform(Matrix([t, t**2]), t, s))', 'print(laplace_transform(x, t, s), laplace_transform(t*x**2, t, s))', 'print(laplace_transform(t, x, s))', 'print(laplace_transform(t, t, 2))', 'print(inverse_laplace_transform(1/(s**3 + 1), s, t))', 'print(inverse_laplace_transform(log(s), s, t))', 'print(inverse_laplace_transform(1/(s**2+1)**3, s, t))', 'print(inverse_laplace_transform(exp(s)/s, s, t))', 'print(laplace_transform(cos(t)**3, t, s))', 'print(laplace_transform(sin(t)*cos(t)*sin(2*t), t, s))', 'print(laplace_transform(Heaviside(t-1)*Heaviside(t-2), t, s))', 'print(laplace_transform(Piecewise((1, t < 1), (0, True)), t, s))', 'print(laplace_transform(DiracDelta(t - 1)*sin(t), t, s))', "a = symbols('a')\nprint(laplace_transform(exp(a*t), t, s), laplace_transform(sin(a*t), t, s), laplace_transform(Heaviside(t - a), t, s))", 'print(laplace_transform(DiracDelta(t - 1, 1), t, s))\n']


def programs():
    out = ["print(laplace_transform(%s, t, s))" % e for e in FORWARD]
    out += ["print(inverse_laplace_transform(%s, s, t))" % e for e in INVERSE]
    out += WORKFLOWS
    out += ["L = LaplaceTransform(sin(t), t, s)\nprint(L, L.doit(), latex(L))\nf = Function('f')\nprint(LaplaceTransform(f(t), t, s).doit())", 'print(LaplaceTransform(t**2 + exp(-t), t, s).doit())\n']
    r = random.Random(11)
    terms = ["{c}*t**{n}", "{c}*exp({k}*t)", "{c}*sin({m}*t)", "{c}*cos({m}*t)", "{c}*t*exp({k}*t)",
             "{c}*exp({k}*t)*sin({m}*t)", "{c}*exp({k}*t)*cos({m}*t)", "{c}*Heaviside(t - {m})",
             "{c}*t**{n}*exp({k}*t)", "{c}*sinh({m}*t)", "{c}*cosh({m}*t)", "{c}*t*sin({m}*t)",
             "{c}*(t - {m})*Heaviside(t - {m})", "{c}*DiracDelta(t - {m})", "{c}*sin({m}*t)**2"]
    for _ in range(40):
        e = " + ".join(r.choice(terms).format(c=r.choice([1, 2, -3, 5, "Rational(1, 2)"]), n=r.randint(1, 4),
                                             k=r.choice([-3, -2, -1, 1, 2]), m=r.randint(1, 4))
                       for _ in range(r.randint(1, 3)))
        out.append("print(laplace_transform(%s, t, s))" % e)
    for _ in range(40):
        kind = r.randint(0, 3)
        roots = r.sample([-4, -3, -2, -1, 0, 1, 2, 3], r.randint(1, 3))
        den = "*".join("(s - %d)" % q if q else "s" for q in roots)
        if kind == 1:
            den += "*(s**2 + %d*s + %d)" % (2 * r.randint(-2, 2), r.randint(5, 20))
        elif kind == 2:
            den = "(s + %d)**%d" % (r.randint(-2, 3), r.randint(2, 4))
        num = r.choice(["1", "s", "s + %d" % r.randint(1, 5), "%d*s - %d" % (r.randint(1, 4), r.randint(1, 4)), "s**2 + 1"])
        e = "(%s)/(%s)" % (num, den)
        if r.random() < 0.2:
            e = "exp(-%d*s)*%s" % (r.randint(1, 3), e)
        out.append("print(inverse_laplace_transform(%s, s, t))" % e)
    return out


if __name__ == "__main__":
    emit(PRE, programs())
