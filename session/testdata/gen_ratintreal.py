"""Generate ratintreal_golden.jsonl: integrals of rational functions whose
denominators have irreducible factors of degree three and more over the
rationals with irrational residues (x**4 + 1, x**6 + 1, x**3 - 2, ...),
where SymPy's ratint writes each Lazard-Rioboo-Trager pair (h, q) in
log_to_real's real form: the real roots u of resultant(c, d, v), the real
roots v of c(u, v) where d(u, v) vanishes, u*log(A**2 + B**2) +
v*log_to_atan(A, B), and the real roots of q. With SymPy 1.14's stdout;
dcalc must print the same or refuse. Run with a python3 that has
SymPy 1.14:

    cd session/testdata && python3 gen_ratintreal.py > ratintreal_golden.jsonl
"""
import random
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

DENS = [
    "x**4 + 1", "x**4 + 4*x**2 + 2", "x**6 + 1", "x**3 - 2", "x**3 + 2", "x**4 - 2",
    "x**4 + 2", "x**4 + 16", "x**4 + 9", "x**6 - 1", "x**8 + 1", "x**4 - x**2 + 1",
    "x**4 + x**2 + 2", "x**4 + 3*x**2 + 1", "x**3 + 3", "x**5 + 1", "x**5 - 1",
    "x**4 - 3", "x**6 + 8", "x**4 + x + 1", "x**3 + x + 1", "x**4 + 2*x**2 - 1",
]

CURATED = ["1/(%s)" % d for d in DENS] + [
    "x**2/(x**4 + 1)", "(x**2 + 1)/(x**4 + 1)", "(x**2 - 1)/(x**4 + 1)", "x**2/(x**6 + 1)",
    "x**4/(x**6 + 1)", "(x + 1)/(x**4 + 1)", "x/(x**3 - 2)", "x/(x**3 + 2)", "1/(x*(x**4 + 1))",
    "1/((x + 1)*(x**4 + 1))", "1/((x**2 + 1)*(x**4 + 1))", "1/(x**4 + 1)**2", "x**3/(x**4 + 2)",
    "(3*x**2 + 1)/(x**4 + 1)", "1/(2*x**4 + 2)", "5/(x**4 + 1)", "1/(x**4 + 1) + exp(x)",
    "1/(x**4 + 1) + sin(x)", "x**2/(x**4 + 16)", "1/(x**4 + 1) + 1/(x**2 + 1)",
]

DEFINITE = [
    "1/(x**4 + 1), (x, 0, 1)", "1/(x**4 + 1), (x, 0, oo)", "1/(x**4 + 1), (x, -oo, oo)",
    "x**2/(x**4 + 1), (x, 0, oo)", "1/(x**6 + 1), (x, 0, oo)", "1/(x**3 + 2), (x, 0, 1)",
    "1/(x**4 + 16), (x, 0, 2)", "x**2/(x**6 + 1), (x, 0, 1)",
    # over half-lines, where SymPy tries meijerint_definite first
    "1/(x**4 + 4), (x, 0, oo)", "1/(x**4 + 16), (x, 0, oo)", "x**2/(x**4 + 16), (x, 0, oo)",
    "1/((x**2 + 1)*(x**4 + 1)), (x, 0, oo)", "1/(x**3 + 1), (x, 0, oo)", "x/(x**3 + 1), (x, 0, oo)",
    "1/(x**3 + 8), (x, 0, oo)", "1/(x**4 + x**2 + 1), (x, 0, oo)", "1/(x**6 + 1), (x, -oo, oo)",
    "x**4/(x**6 + 1), (x, 0, oo)", "(x**2 + 1)/(x**4 + 1), (x, 0, oo)", "1/(x**4 + 1)**2, (x, 0, oo)",
    "1/(x**4 + 1), (x, 1, oo)", "1/(x**4 + 1), (x, -oo, 0)", "1/((x + 1)*(x**4 + 1)), (x, 0, oo)",
    "1/(x**4 + 9), (x, 0, oo)", "1/(x**6 + 8), (x, 0, oo)", "x/(x**4 + 1), (x, 0, oo)",
    "1/(x**5 + 1), (x, 0, oo)", "1/(2*x**4 + 1), (x, 0, oo)",
]


def _random_programs():
    rnd = random.Random(7)
    out = []
    for _ in range(90):
        den = rnd.choice(DENS)
        k = int(den.split('**')[1].split()[0]) if '**' in den else 2
        num = " + ".join("%d*x**%d" % (rnd.randint(-3, 3), i) for i in range(rnd.randint(1, k)))
        extra = rnd.choice(["", "", "*(x - 1)", "*(x + 2)", "*(x**2 + 1)", "*x"])
        out.append("(%s)/((%s)%s)" % (num, den, extra))
    return out


def programs():
    progs = []
    for f in CURATED:
        progs.append("print(integrate(%s, x))" % f)
    for f in CURATED[:8]:
        progs.append("print(latex(integrate(%s, x)))" % f)
        progs.append("pprint(integrate(%s, x))" % f)
    for f in DEFINITE:
        progs.append("print(integrate(%s))" % f)
    for f in _random_programs():
        progs.append("print(integrate(%s, x))" % f)
    return progs


if __name__ == "__main__":
    emit(PRE, programs())
