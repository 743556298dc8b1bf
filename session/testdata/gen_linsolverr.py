"""Generate linsolverr_golden.jsonl: linsolve of linear systems with
Float coefficients, solveset of polynomials with Float coefficients
(roots() over RR goes to nroots: 15 digits, a zero root of terms_gcd the
integer 0), which SymPy 1.14 solves over the domain RR
(ddm_irref with partial pivoting in 53-bit arithmetic, then the
particular solution and the null space, free unknowns times 1.0), and
FiniteSets of Floats, whose elements print one level down (2.0, not
2.00000000000000); with SymPy 1.14's stdout; dcalc must print the same
or refuse. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_linsolverr.py > linsolverr_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y, z, w = symbols('x y z w')\n"

CURATED = [
    "print(linsolve([0.5*x + 0.25*y - 1, 0.1*x - y + 2], [x, y]))",
    "print(linsolve([0.5*x + 0.5*y - 1, x + y - 2], [x, y]))",
    "print(linsolve([0.5*x + 0.5*y - 1, x + y - 3], [x, y]))",
    "print(linsolve([1.0*x - 1, y - 2.5], [x, y]))",
    "print(linsolve([0.3*x + 0.1*y, 0.2*x - y], [x, y]))",
    "print(linsolve([Eq(0.1*x, 0.3*x + 1), y - 0.7*z - 1.5], [x, y, z]))",
    "print(FiniteSet(Float(1.5), Float(2.0)), FiniteSet(Tuple(Float(2.0), x)))",
    "print(solveset(x - 2.0, x), solveset(2.5*x**2 - 10, x))",
    "pprint(linsolve([0.5*x + 0.25*y - 1, 0.1*x - y + 2], [x, y]))",
    "print(latex(linsolve([0.5*x + 0.25*y - 1, 0.1*x - y + 2], [x, y])))",
    "s = linsolve([0.5*x + 0.25*y - 1, 0.1*x - y + 2], [x, y])\n(a, b), = s\nprint(a, b, a + b)",
    "print(linsolve([0.5*x + y - 1, x + 2*y - 2, 3*x + 6*y - 6.0], [x, y]))",
]


def programs():
    rnd = random.Random(8)
    syms = ["x", "y", "z", "w"]
    progs = list(CURATED)
    for _ in range(200):
        n = rnd.choice([2, 2, 3, 3, 4])
        m = rnd.choice([n, n, n, n - 1, n + 1])
        eqs = []
        for _ in range(m):
            terms = []
            for s in syms[:n]:
                kind = rnd.random()
                if kind < 0.2:
                    continue
                c = repr(round(rnd.uniform(-5, 5), rnd.choice([1, 2]))) if kind < 0.8 else str(rnd.randint(-4, 4))
                terms.append("%s*%s" % (c, s))
            terms.append(repr(round(rnd.uniform(-9, 9), 1)))
            eqs.append(" + ".join(terms))
        progs.append("print(linsolve([%s], [%s]))" % (", ".join(eqs), ", ".join(syms[:n])))
    for _ in range(60):
        deg = rnd.randint(1, 4)
        cs = [repr(round(rnd.uniform(-5, 5), rnd.choice([1, 2]))) if rnd.random() < 0.7 else str(rnd.randint(-3, 3))
              for _ in range(deg)]
        poly = " + ".join(["%s*x**%d" % (c, k + 1) for k, c in enumerate(cs)] + [rnd.choice(["0", "1", "-2.5", "0.7"])])
        dom = rnd.choice(["", ", S.Reals"])
        progs.append("print(solveset(%s, x%s))" % (poly, dom))
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
