"""Generate vecintegrate_golden.jsonl: sympy.vector's ParametricRegion
and vector_integrate as vector-calculus notebooks use them: line
integrals of scalar fields (arc length, mass of a wire) and of vector
fields (work, circulation) along segments, parabolas, circles and
helices; flux and area integrals over planes, spheres, cylinders,
paraboloid patches; volume integrals over boxes, cylinders and balls;
the region's attributes and printing, with SymPy 1.14's stdout. dcalc
must print the same or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_vecintegrate.py > vecintegrate_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nfrom sympy.vector import *\nt, u, v, r, theta, phi, z, a = symbols('t u v r theta phi z a')\n"
       "C = CoordSys3D('C')\n")

CURVES = ["(t, 2*t)", "(t, t**2)", "(cos(t), sin(t))", "(2*cos(t), 2*sin(t))", "(t, 2*t, 3*t)", "(1 - t, t, 0)",
          "(cos(t), sin(t), t)", "(t, 1 - t)", "(3*t, 4*t)", "(t**2, t)"]
LIMITS = ["(t, 0, 1)", "(t, 0, 2*pi)", "(t, 0, pi)", "(t, -1, 1)", "(t, 0, 2)"]
SCALARS = ["1", "C.x", "C.y", "C.x*C.y", "C.x + C.y", "C.x**2 + C.y**2", "C.z", "2*C.x + 3"]
VECTORS = ["C.x*C.i + C.y*C.j", "-C.y*C.i + C.x*C.j", "C.y*C.i", "C.i + C.j + C.k", "C.x*C.y*C.i + C.x*C.j",
           "C.z*C.k + C.x*C.i", "C.y**2*C.i - C.x*C.j"]
progs = []
for i, c in enumerate(CURVES):
    for j, f in enumerate(SCALARS + VECTORS):
        if (i + j) % 3 == 0:
            lim = LIMITS[(i + 2 * j) % len(LIMITS)]
            progs.append("print(vector_integrate(%s, ParametricRegion(%s, %s)))" % (f, c, lim))
SURFACES = ["((u, v, 0), (u, 0, 1), (v, 0, 1))", "((u, v, 2 - u - v), (u, 0, 1), (v, 0, 1))",
            "((sin(theta)*cos(phi), sin(theta)*sin(phi), cos(theta)), (theta, 0, pi), (phi, 0, 2*pi))",
            "((cos(theta), sin(theta), z), (theta, 0, 2*pi), (z, 0, 1))", "((u, v, u*v), (u, 0, 1), (v, 0, 2))",
            "((r*cos(theta), r*sin(theta)), (r, 0, 1), (theta, 0, 2*pi))", "((r*cos(theta), r*sin(theta), r), (r, 0, 1), (theta, 0, 2*pi))",
            "((u, v, u + v), (u, 0, 2), (v, 0, 3))"]
for i, s in enumerate(SURFACES):
    for j, f in enumerate(SCALARS + VECTORS):
        if (i + j) % 3 == 1:
            progs.append("print(vector_integrate(%s, ParametricRegion%s))" % (f, s))
VOLUMES = ["((u, v, t), (u, 0, 1), (v, 0, 2), (t, 0, 3))",
           "((r*cos(theta), r*sin(theta), z), (r, 0, 1), (theta, 0, 2*pi), (z, 0, 2))",
           "((r*sin(phi)*cos(theta), r*sin(phi)*sin(theta), r*cos(phi)), (r, 0, 1), (theta, 0, 2*pi), (phi, 0, pi))"]
for s in VOLUMES:
    for f in ["1", "C.x**2", "C.z", "C.x*C.y*C.z", "C.x**2 + C.y**2"]:
        progs.append("print(vector_integrate(%s, ParametricRegion%s))" % (f, s))
progs += ["print(%s)" % e for e in [
    "ParametricRegion((cos(t), sin(t)), (t, 0, 2*pi))",
    "ParametricRegion((u, v, 2 - u - v), (u, 0, 1), (v, 0, 1)).dimensions, ParametricRegion((t, t**2), (t, 0, 1)).parameters",
    "ParametricRegion((t, t**2), (t, 0, a)).definition, ParametricRegion((t, t**2), (t, 0, a)).limits",
    "vector_integrate(C.x, ParametricRegion((t, 0), (t, 0, a)))", "vector_integrate(a*C.y, ParametricRegion((cos(t), sin(t)), (t, 0, pi)))",
    "vector_integrate(x**2, (x, 0, 1)) if False else vector_integrate(t**2, (t, 0, 1))",
    "type(ParametricRegion((t, t), (t, 0, 1))).__name__",
]]
emit(PRE, progs)
