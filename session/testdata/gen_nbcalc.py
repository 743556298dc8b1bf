"""Generate nbcalc_golden.jsonl: whole programs as calculus and ML
notebooks write them (optimisation with a Lagrange multiplier, critical
points and their classification by the Hessian, tangent lines, Newton's
method, implicit differentiation, related rates, double integrals of a
Gaussian, Jacobians, the logistic function's derivative, lambdify,
nsolve, solveset on an interval, limits as the definition of the
derivative, Taylor polynomials, arc length and volumes, a helix's
length, logistic regression's gradient, linsolve and nonlinsolve), each run whole under SymPy 1.14. Run
with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_nbcalc.py > nbcalc_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\n"

PROGRAMS = [
    "x, y, z, t, lam = symbols('x y z t lambda')\n# optimisation: box with square base\nV = x**2*y\nA = x**2 + 4*x*y\nsol = solve([diff(A + lam*(V - 32), v) for v in (x, y)] + [V - 32], [x, y, lam], dict=True)\nprint(sol)\nf = x**3 - 6*x**2 + 9*x + 1\ncps = solve(diff(f, x), x)\nprint(cps, [diff(f, x, 2).subs(x, c) for c in cps])\nprint(solve(diff(f, x, 2), x))\nprint(Interval(0, 5).intersect(Interval(1, 10)))\ng = sqrt(x)*(4 - x)\nprint(solve(diff(g, x), x), simplify(diff(g, x)))\nh = x*exp(-x**2)\nprint(solve(diff(h, x), x), factor(diff(h, x)))\nprint(series(exp(x)*sin(x), x, 0, 6))\nprint(limit((sqrt(x + 4) - 2)/x, x, 0))\ntangent = diff(f, x).subs(x, 2)*(x - 2) + f.subs(x, 2)\nprint(expand(tangent))\n# Newton\nxn = Rational(3)\nfor i in range(4):\n    xn = N(xn - (xn**2 - 2)/(2*xn))\nprint(xn)\n# implicit differentiation\nprint(idiff(x**2 + y**2 - 25, y, x))\nprint(simplify(idiff(x**3 + y**3 - 6*x*y, y, x)))\n# related rates\nr = Function('r')(t)\nVs = Rational(4, 3)*pi*r**3\nprint(diff(Vs, t))\nprint(solve(diff(Vs, t).subs(Derivative(r, t), symbols('drdt')) - 100, symbols('drdt')))\n",
    "x, y = symbols('x y', real=True)\nf = x**3 - 3*x + y**2 - 4*y\ngrad = [diff(f, v) for v in (x, y)]\ncps = solve(grad, [x, y], dict=True)\nprint(cps)\nH = hessian(f, (x, y))\nprint(H)\nfor c in cps:\n    Hc = H.subs(c)\n    print(c, Hc.det(), Hc.eigenvals(), Hc.is_positive_definite)\ng = exp(-(x**2 + y**2))\nprint(integrate(g, (x, -oo, oo), (y, -oo, oo)))\nprint(integrate(x*y, (y, 0, x), (x, 0, 1)))\nr, th = symbols('r theta', positive=True)\nprint(integrate(r, (r, 0, 1), (th, 0, 2*pi)))\nJ = Matrix([r*cos(th), r*sin(th)]).jacobian([r, th])\nprint(J, simplify(J.det()))\nprint(Matrix([x**2*y, x*y**2]).jacobian([x, y]))\nprint(latex(diff(f, x)))\npprint(Integral(exp(-x**2), (x, 0, oo)))\nprint(Integral(exp(-x**2), (x, 0, oo)).doit())\n",
    "x = symbols('x')\nw, b = symbols('w b')\nsigma = 1/(1 + exp(-x))\nds = diff(sigma, x)\nprint(ds)\nprint(simplify(ds - sigma*(1 - sigma)))\nL = (w*x + b - 3)**2\nprint(diff(L, w), diff(L, b))\nprint(expand(diff(L, w)))\nrelu = Piecewise((0, x < 0), (x, True))\nprint(diff(relu, x))\nprint(diff(tanh(x), x), simplify(diff(tanh(x), x)))\nprint(diff(log(1 + exp(x)), x))\nsm = exp(x)/(exp(x) + exp(w))\nprint(simplify(diff(sm, x)))\nf = lambdify(x, sigma)\nprint(f(0), round(f(1), 6))\nimport math\nprint(math.exp(1))\nprint(N(pi, 30))\nprint(nsolve(cos(x) - x, x, 1))\nprint(solve(exp(x) - 2, x), solve(log(x) - 3, x))\nprint(solveset(sin(x), x, Interval(0, 2*pi)))\nprint(solveset(x**2 - 4, x, S.Reals))\nprint(integrate(1/(1 + exp(-x)), x))\nprint(integrate(x*exp(-x), (x, 0, oo)))\nprint(integrate(sin(x)**2, x))\nprint(integrate(1/(x**2 + 1), (x, -oo, oo)))\n",
    "x, h, n = symbols('x h n')\nf = x**2 + 3*x\nprint(limit((f.subs(x, x + h) - f)/h, h, 0))\nprint(limit((sin(x + h) - sin(x))/h, h, 0))\nprint(limit(sin(x)/x, x, 0), limit((1 + 1/n)**n, n, oo), limit(x*log(x), x, 0, '+'))\nprint(series(cos(x), x, 0, 8).removeO())\nT = sum(diff(exp(x), x, k).subs(x, 0)*x**k/factorial(k) for k in range(5))\nprint(T)\nprint(series(log(1 + x), x, 0, 5), series(1/(1 - x), x, 0, 5), series(atan(x), x, 0, 8))\nprint(series(sqrt(1 + x), x, 0, 4))\nprint(summation(1/n**2, (n, 1, oo)), summation(x**n/factorial(n), (n, 0, oo)))\n# arc length and volumes\nprint(integrate(sqrt(1 + diff(x**Rational(3, 2), x)**2), (x, 0, 4)))\nprint(integrate(pi*(x**2)**2, (x, 0, 1)), integrate(2*pi*x*(x - x**2), (x, 0, 1)))\nprint(integrate(1/(x**2 - 1), x), apart(1/(x**2 - 1)), integrate(x/(x**2 + 2*x + 5), x))\nprint(integrate(sin(x)**3, x), integrate(tan(x), x), integrate(sec(x)**2, x))\nprint(integrate(x**2*exp(x), x), integrate(log(x), x), integrate(x*cos(x), (x, 0, pi)))\nprint(integrate(1/sqrt(1 - x**2), x), integrate(exp(-x), (x, 0, oo)), integrate(1/x**2, (x, 1, oo)))\nprint(diff(x**x, x), diff(asin(x), x), diff(sec(x), x), diff(log(log(x)), x))\nprint(simplify(diff((x**2 + 1)/(x - 1), x)), factor(diff(x**4 - 4*x**3, x)))\n",
    "x, y = symbols('x y')\nA = Matrix([[2, 1], [1, 3]])\nprint(A.eigenvals(), A.eigenvects(), A.inv(), A.det(), A.T*A)\nv = Matrix([x, y])\nprint((v.T*A*v)[0].expand(), hessian((v.T*A*v)[0], (x, y)))\nprint(derive_by_array(x**2*y, (x, y)))\nw1, w2, b = symbols('w1 w2 b')\nz = w1*x + w2*y + b\na = 1/(1 + exp(-z))\nL = -(y*log(a) + (1 - y)*log(1 - a))\nprint(simplify(diff(L, w1)))\nprint(simplify(diff(L, b)))\nt = symbols('t', real=True)\nr = Matrix([cos(t), sin(t), t])\nprint(r.diff(t), simplify(r.diff(t).norm()))\nprint(integrate(r.diff(t).norm(), (t, 0, 2*pi)))\nF = Matrix([x*y, x**2])\nprint(F.jacobian([x, y]).trace())\nprint(solve([x**2 + y**2 - 1, x - y], [x, y]))\nprint(nonlinsolve([x**2 + y**2 - 1, x - y], [x, y]))\nprint(linsolve([x + y - 2, x - y], [x, y]))\n",
]

emit(PRE, PROGRAMS)
