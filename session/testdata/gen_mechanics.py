"""Generate mechanics_golden.jsonl: dynamicsymbols from
sympy.physics.mechanics and sympy.physics.vector as Lagrangian mechanics
notebooks use them (generalised coordinates, Euler-Lagrange equations),
from SymPy 1.14. dcalc must print the same or raise NotImplementedError.
Run with a python3 that has SymPy 1.14:

    python3 session/testdata/gen_mechanics.py > session/testdata/mechanics_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\n"

programs = ["from sympy.physics.mechanics import dynamicsymbols\nq = dynamicsymbols('q'); print(q, type(q).__name__, q.diff(dynamicsymbols._t)); q1, q2 = dynamicsymbols('q1 q2'); print(q1, q2, dynamicsymbols('q', 1), dynamicsymbols('x y', 2))\nt = dynamicsymbols._t; m, g, l = symbols('m g l', positive=True); th = dynamicsymbols('theta')\nT = m*l**2*th.diff(t)**2/2; V = -m*g*l*cos(th); L = T - V\nEL = diff(diff(L, th.diff(t)), t) - diff(L, th); print(simplify(EL)); print(solve(EL, th.diff(t, 2)))\nprint(latex(th.diff(t))); pprint(L)", "from sympy.physics.mechanics import dynamicsymbols\nprint(dynamicsymbols('q', real=True).is_real if False else 0, dynamicsymbols(['a', 'b']), dynamicsymbols('q:3'))", "from sympy.physics.mechanics import dynamicsymbols\nt = symbols('t')\nx, y = dynamicsymbols('x y')\nm, k = symbols('m k', positive=True)\nL = m*(x.diff(t)**2 + y.diff(t)**2)/2 - k*(x**2 + y**2)/2\neqs = [diff(L.diff(v.diff(t)), t) - L.diff(v) for v in (x, y)]\nprint(eqs)\nprint(dsolve(eqs[0], x))", "from sympy.physics.vector import dynamicsymbols\nq = dynamicsymbols('q')\nprint(q.diff(), q.subs(dynamicsymbols._t, 0), dynamicsymbols._t, dynamicsymbols._str)"]

programs += [
    "from sympy.physics.mechanics import dynamicsymbols, vlatex, vpprint\nq, q1 = dynamicsymbols('theta q1')\nt = symbols('t')\nprint(vlatex(q.diff(t)**2), vlatex(q1.diff(t, 4)**3), latex(q.diff(t)**2), vlatex(q.diff(t, 2) + q1.diff(t)**2 + q*q1))\nprint(vpprint(q.diff(t, 2) + q1.diff(t)**2 + q*q1))\nprint(vlatex(Matrix([q, q.diff(t)])), vlatex((q.diff(t), q1.diff(t, 3))))",
]

emit(PRE, programs)
