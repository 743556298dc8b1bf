"""Generate vector_golden.jsonl: sympy.vector as multivariable-calculus
notebooks use it: CoordSys3D (Cartesian, spherical, cylindrical, custom
names), base scalars inside ordinary expressions (their printing order
in sums and products), vectors built from base vectors, their str,
unicode pretty and latex forms (coefficients that are fractions, powers
and sums, which SymPy's pretty printer lays out by a string hack),
gradient/divergence/curl/laplacian of random fields, Del with and
without doit, dot and cross products, magnitude/normalize/projection,
components, to_matrix, matrix_to_vector, the vector methods, the
conservative-field tools and the errors SymPy raises, with SymPy 1.14's
stdout. dcalc must print the same or refuse. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_vector.py > vector_golden.jsonl
"""
import random

import sympy

from goldenlib import emit, random_expression

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nfrom sympy.vector import *\nx, y, z, a, b, t = symbols('x y z a b t')\n"
       "N = CoordSys3D('N')\nS = CoordSys3D('S', transformation='spherical')\n"
       "C = CoordSys3D('C', transformation='cylindrical')\n")

rng = random.Random(20261205)
FUNCS = ["sin(%s)", "exp(%s)", "log(%s)", "(%s)**2", "sqrt(%s)", "cos(%s)", "(%s)**3"]
OPS = ["+", "-", "*", "/", "*"]


def field(leaves, depth=3):
    return random_expression(rng, depth, leaves, FUNCS, OPS, 0.25, 0.35)


CART = ["N.x", "N.y", "N.z", "2", "3", "N.x*N.y", "N.z**2", "a", "N.x**2"]
SPH = ["S.r", "S.theta", "S.phi", "2", "S.r**2", "sin(S.theta)", "cos(S.phi)"]
CYL = ["C.r", "C.theta", "C.z", "2", "C.r**2", "cos(C.theta)"]

progs = []
for _ in range(40):
    f = field(CART)
    progs.append("f = %s\nprint(gradient(f))\nprint(laplacian(f))" % f)
for _ in range(30):
    v = "(%s)*N.i + (%s)*N.j + (%s)*N.k" % (field(CART, 2), field(CART, 2), field(CART, 2))
    progs.append("v = %s\nprint(v)\nprint(divergence(v))\nprint(curl(v))" % v)
for _ in range(12):
    f = field(SPH, 2)
    progs.append("f = %s\nprint(gradient(f))\nprint(laplacian(f))" % f)
    v = "(%s)*S.i + (%s)*S.j + (%s)*S.k" % (field(SPH, 1), field(SPH, 1), field(SPH, 1))
    progs.append("v = %s\nprint(divergence(v))\nprint(curl(v))" % v)
for _ in range(12):
    f = field(CYL, 2)
    progs.append("f = %s\nprint(gradient(f))\nprint(laplacian(f))" % f)
    v = "(%s)*C.i + (%s)*C.j + (%s)*C.k" % (field(CYL, 1), field(CYL, 1), field(CYL, 1))
    progs.append("v = %s\nprint(divergence(v))\nprint(curl(v))" % v)
# printing: str, unicode pretty, latex of vectors with every kind of coefficient
VECS = ["N.i", "2*N.j", "-N.k", "N.i - N.j", "N.x*N.i", "x/2*N.j", "N.i/3 + N.k", "(x + 1)*N.i - y**2*N.j",
        "N.x**2*N.i + N.y*N.j", "sqrt(x)*N.i", "x/(y + 1)*N.i + N.j", "-x/2*N.k + N.i", "(x**2 + 1)/(y - 2)*N.j - N.k",
        "exp(N.x)*sin(N.y)*N.i + N.z**3*N.k", "Vector.zero", "1.5*N.i - 2.25*N.j", "pi*N.i + E*N.j",
        "Rational(3, 4)*N.i + x**Rational(1, 3)*N.j + N.k", "-N.i - N.j - N.k", "a*N.i + b*N.j + t*N.k",
        "Integral(x**2, x)*N.i", "Derivative(sin(N.x), N.x)*N.j", "x**2*y/(z + 1)*N.i - sqrt(y)*N.j + N.k/2",
        "gradient(N.x**2*N.y*N.z)", "curl(N.y*N.i - N.x*N.j + N.z*N.k)", "S.r*S.i + sin(S.theta)*S.j",
        "C.r**2*C.k - C.i", "(x/2 + y)*N.i", "-(x + 1)/2*N.j", "x**y*N.i + N.x**N.y*N.j"]
for v in VECS:
    progs.append("v = %s\nprint(v)\nprint(repr(v))\nprint(latex(v))\npprint(v)" % v)
# base scalars in ordinary expressions
SCAL = ["a*N.x + b + N.y**2", "a*N.x*sin(b)*N.y", "N.x + x + N.y*y", "(N.x + N.y)**2", "expand((N.x + x)**3)",
        "N.x**2*y + y**2*N.x + x*N.z", "diff(N.x**3*sin(N.y), N.x, N.y)", "integrate(N.x**2, N.x)",
        "solve(N.x**2 - 4, N.x)", "factor(N.x**2 - N.y**2)", "sqrt(N.x**2 + N.y**2 + N.z**2)", "S.r**2*sin(S.theta)",
        "C.theta + C.r + C.z", "N.x/N.y", "exp(-N.x**2)*N.y", "Derivative(N.x*N.y, N.x)"]
for e in SCAL:
    progs.append("e = %s\nprint(e)\nprint(latex(e))\npprint(e)" % e)
progs += ["print(%s)" % e for e in [
    "N, N.x, N.i, type(N).__name__, type(N.x).__name__, type(N.i).__name__, type(2*N.i).__name__",
    "type(N.i + N.j).__name__, type(Vector.zero).__name__, type(N.i - N.i).__name__",
    "N.base_vectors(), N.base_scalars(), S.base_scalars(), C.base_scalars(), S.lame_coefficients(), C.lame_coefficients()",
    "(N.i + 2*N.j).dot(3*N.i - N.k), (N.i + 2*N.j) & N.j, N.i.cross(N.j), N.j ^ N.i, N.i ^ N.i",
    "(N.i + 2*N.j).cross(3*N.i - N.k), (a*N.i + b*N.j).cross(N.k), cross(N.i + N.k, N.j), dot(x*N.i, N.i + N.j)",
    "(3*N.i + 4*N.j).magnitude(), (3*N.i + 4*N.j).normalize(), (x*N.i + y*N.j).magnitude(), Vector.zero.magnitude()",
    "(N.i + N.j).projection(2*N.i), (N.i + N.j).projection(2*N.i, scalar=True), N.i.projection(N.j)",
    "(N.i + N.j).components, (2*N.j + x*N.i).components, (2*(N.k + N.j + N.i)).components",
    "(2*(3*N.k + N.j + x*N.i)).components, (N.j + N.i).components, N.i.components",
    "(a*N.i + b*N.j + N.k).to_matrix(N), matrix_to_vector(Matrix([1, 2, x]), N), matrix_to_vector([x, 0, y], N)",
    "(x**2*N.i + sin(x)*N.j).diff(x), diff(t**2*N.i + t**3*N.j, t), (x*N.i).subs(x, 2), (x*N.i + y*N.j).subs({x: 1, y: 0})",
    "((x**2 - 1)/(x - 1)*N.i).simplify(), simplify((sin(x)**2 + cos(x)**2)*N.k), (x**2 - 1)*N.i, ((x**2 - 1)*N.i).factor()",
    "(pi*N.i).evalf(3), (N.i + N.j).evalf(), (sqrt(2)*N.i).n(), (Derivative(x**2, x)*N.i).doit()",
    "(sin(x)**2*N.i + cos(x)**2*N.i).trigsimp(), (N.x*N.i).measure_number, (N.x*N.i).base_vector, N.j.system",
    "gradient(5), gradient(x*y), gradient(x*N.x), divergence(Vector.zero), curl(Vector.zero), divergence(x*N.i)",
    "laplacian(N.x**2*N.y), laplacian(N.x**2*N.i + N.y*N.z*N.j), laplacian(S.r**3), laplacian(1/S.r), laplacian(C.r**2*C.z)",
    "is_conservative(N.y*N.i + N.x*N.j), is_solenoidal(N.y*N.i + N.x*N.j), is_conservative(N.y*N.i - N.x*N.j)",
    "is_solenoidal(N.x*N.i), is_conservative(Vector.zero), is_solenoidal(gradient(N.x*N.y*N.z))",
    "scalar_potential(2*N.x*N.i + 2*N.y*N.j, N), scalar_potential(gradient(N.x**2*N.y*N.z + sin(N.z)), N)",
    "scalar_potential(N.y*N.z*N.i + N.x*N.z*N.j + N.x*N.y*N.k, N), scalar_potential(Vector.zero, N)",
    "directional_derivative(N.x*N.y, N.i + N.j), directional_derivative(N.x**2*N.z, 2*N.k), directional_derivative(5, N.i)",
    "directional_derivative(N.x*N.i + N.y**2*N.j, N.i + N.j)",
    "Del()(N.x*N.y), Del()(N.x*N.y).doit(), Del().gradient(N.x**2), Del().gradient(N.x**2, doit=True)",
    "Del() & (N.x*N.i), (Del() & (N.x*N.i)).doit(), Del().dot(N.y*N.j + N.x*N.i, doit=True)",
    "Del() ^ (N.y*N.i), (Del() ^ (N.y*N.i)).doit(), Del().cross(N.z*N.j, doit=True)",
    "N.i == N.i, N.i + N.j == N.j + N.i, N.i == N.j, 2*N.i == N.i*2, Vector.zero == 0, N.i - N.i == Vector.zero",
    "CoordSys3D('D', variable_names=('u', 'v', 'w')).u, CoordSys3D('D', vector_names=('e1', 'e2', 'e3')).e2",
    "isinstance(N.i, Vector), isinstance(N.x, BaseScalar), isinstance(N, CoordSys3D), isinstance(2*N.i, VectorMul)",
    "srepr(N.x), N.x.is_real, N.x.is_commutative, N.x.free_symbols, N.x == Symbol('N.x')",
    "express(N.x*N.i, N), express(N.y**2, N)", "-N.i, +N.j, N.i/2, N.i*0, 0*N.i, N.i*x, x*N.i, N.x*N.i + N.y*N.i",
    "N.i + 1", "N.i * N.j", "N.i + x", "1 + N.i", "x - N.i", "N.i / N.j", "N.i / 0", "sum([N.i, N.j])",
    "N.i.dot(N.x)", "N.i.dot(2)", "scalar_potential(N.y*N.i - N.x*N.j, N)", "CoordSys3D(5)",
    "CoordSys3D('D', variable_names=('u', 'v'))", "N.q", "S.r, S.theta, S.phi, C.r, C.theta, C.z",
]]
# sums left with one term (SymPy rebuilds its coefficient from the Mul's
# arguments), several systems, containers, keys and the scalar tools
progs += ["print(%s)" % e for e in [
    "(x + 1)*N.i + N.j - N.j, -2*(N.x + a)*N.i + N.k - N.k, (N.x + a)*N.y*N.i + N.j - N.j",
    "(2*N.x*(N.y + 1)*sin(N.z))*N.i + N.j - N.j, ((N.x + 1)*(N.y + 1))*N.i + N.k - N.k",
    "-(N.x + 1)*N.j + 0*N.i, (-(x + 1)*N.j).subs(x, 2), (-2*(N.x + 1)*y*N.i).subs(y, 1)",
    "N.i + S.i, S.k + 2*N.j + S.i, (N.i + S.j).components, latex(S.j + N.i), (N.i + S.j).separate()",
    "N.i.dot(S.i)", "N.i.cross(S.j)", "divergence(N.x*N.i + S.r*N.j)",
    "[N.i, 2*N.j], (N.i,), {N.i: 1}[N.i], (N.i + N.j).components[N.j], latex([N.i, x*N.j])",
    "lambdify((N.x, N.y), N.x**2 + N.y)(2, 3), lambdify(N.x, gradient(N.x**3).dot(N.i))(2)",
    "solve(list(gradient(N.x**2 + N.y**2 - 2*N.x).to_matrix(N)), [N.x, N.y], dict=True)",
    "solve([gradient(N.x**3 - 3*N.x + N.y**2).dot(e) for e in N.base_vectors()], [N.x, N.y])",
    "hessian(N.x**2*N.y + N.y**3, (N.x, N.y)), Matrix([N.x, N.y]).jacobian([N.x, N.y])",
    "latex(Vector.zero), Vector.zero, -Vector.zero, Vector.zero + N.i, N.i - N.i + Vector.zero",
    "(N.x*N.i + N.y*N.j).to_matrix(N), gradient(N.x*N.y).to_matrix(N).T, integrate(N.x*N.y, (N.x, 0, 1))",
    "series(sin(N.x), N.x, 0, 4), limit(sin(N.x)/N.x, N.x, 0), simplify(sin(N.x)**2 + cos(N.x)**2)",
    "N.x < 1, Eq(N.x, 2), (N.x**2).subs(N.x, 3), N.x.subs(N.x, N.y), N.x.name if hasattr(N.x, 'name') else 0",
]]
progs += ["pprint(%s)" % e for e in [
    "[N.i, x/2*N.j]", "N.i + S.i", "x/2*N.i + S.r**2*S.j", "(N.x/2)*N.i + N.y**2*N.j - N.k/3",
    "-x/(y + 1)*N.i - (x + 1)/2*N.k", "Integral(N.x, N.x)*N.i", "Vector.zero", "sqrt(x/y)*N.i + x**2/3*N.j",
]]
progs += ["pprint(%s, use_unicode=False)" % e for e in ["N.i", "2*N.x*N.j", "N.x**2*N.y"]]
for sysname, leaves in (("N", CART), ("S", SPH)):
    for _ in range(6):
        e = field(leaves, 2)
        progs.append("v = gradient(%s)\nprint(latex(v))\npprint(v)" % e)
emit(PRE, progs)
