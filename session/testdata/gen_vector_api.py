"""Write vector_api.txt: the public attributes of sympy.vector's objects
in SymPy 1.14, one "Class name" per line (Vector for every vector class,
CoordSys3D, Del).

Run with the Python that has SymPy 1.14:  python3 gen_vector_api.py > vector_api.txt

dcalc embeds this file: asking a vector, a coordinate system or Del for
an attribute SymPy has and dcalc does not raises NotImplementedError
instead of an AttributeError that would suggest a typo.
"""
import sympy
from sympy.vector import CoordSys3D, Del, Vector

assert sympy.__version__ == "1.14.0", sympy.__version__

N = CoordSys3D('N')


def public(obj):
    return {n for n in dir(obj) if not n.startswith('_')}


vector = set()
for v in (N.i, 2 * N.i, N.i + N.j, Vector.zero):
    vector |= public(v)
for cls, names in (("Vector", vector), ("CoordSys3D", public(N)), ("Del", public(Del()))):
    for n in sorted(names):
        print(cls, n)
