"""Generate inequality_golden.jsonl: solve() of polynomial inequalities
in one symbol (SymPy's reduce_inequalities: the sign chart over the real
roots with their multiplicities, answered as And/Or of relations, Eq for
isolated points, True/False when the assumptions decide), systems of
them, symbols with assumptions, and the printing of the answers in the
three printers, from SymPy 1.14. Random polynomials are products of
linear factors with rational roots and quadratics with surd or no real
roots, raised to small multiplicities. dcalc must print the same or
raise NotImplementedError (rational functions, whose answers SymPy's
_solve_inequality writes in other forms, are refused). Run with a
python3 that has SymPy 1.14:

    python3 session/testdata/gen_inequality.py > session/testdata/inequality_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = ("from sympy import *\nx, y = symbols('x y')\nr = symbols('r', real=True)\n"
       "p = symbols('p', positive=True)\nn = symbols('n', negative=True)\n")

FIXED = ["x**2 < 4", "x**2 > 4", "x**2 >= 4", "x**2 <= 4", "x - 1 > 0", "2*x + 3 <= 0", "x**3 - x > 0",
         "(x - 1)*(x - 2)*(x - 3) < 0", "x**2 + 1 > 0", "x**2 + 1 < 0", "x**2 < 0", "x**2 <= 0", "x**2 - 2 > 0",
         "x**4 - 5*x**2 + 4 < 0", "-x**2 + 4*x - 3 > 0", "3*x**2 - 12 > 0", "x**2 > 4*x", "(x - 1)**2 > 0",
         "(x - 1)**2 >= 0", "(x - 1)**2 < 0", "(x - 1)**2*(x + 1) <= 0", "x**2 - x/2 < 1", "x**3 < 8", "x**5 - x > 0",
         "x*(x - 1)**3 > 0", "x**2 + 2*x + 1 <= 0", "x < 2*x + 1", "3 > x", "x**2 + x + 1 >= 0", "-x**2 >= 0",
         "x**2 - 3*x + 2 != 0", "x**6 - 1 < 0", "(x**2 - 2)*(x**2 - 3) > 0", "x**2 - 2*x - 1 <= 0",
         "x**3 - 3*x**2 + 3*x - 1 > 0", "1 - x**2 > 0", "x**2/2 - x/3 >= S(1)/6", "2*x**2 + 3*x - 2 < 0"]

random.seed(20261205)
factors = ["x", "x - 1", "x + 1", "x - 2", "x + 3", "2*x - 1", "3*x + 2", "2*x - 5", "x**2 - 2", "x**2 - 5",
           "x**2 + 1", "x**2 + x + 1", "x**2 - 2*x - 1", "x**2 - 3"]
RANDOM = []
for _ in range(140):
    k = random.randint(1, 3)
    fs = random.sample(factors, k)
    parts = []
    for f in fs:
        m = random.choice([1, 1, 1, 2, 3])
        parts.append("(%s)" % f + ("**%d" % m if m > 1 else ""))
    c = random.choice(["", "-", "2*", "-3*"])
    op = random.choice(["<", "<=", ">", ">="])
    RANDOM.append("%s%s %s 0" % (c, "*".join(parts), op))

programs = ["print(solve(%s, x))" % e for e in FIXED + RANDOM]
# solveset over the reals: Interval, Union (with a FiniteSet of isolated
# points), Reals, EmptySet, in the three printers, and as_relational
for e in FIXED[:30] + RANDOM[:40]:
    programs.append("s = solveset(%s, x, S.Reals)\nprint(s)\nprint(s.as_relational(x))" % e)
for e in ["x**2 < 4", "x**2 > 4", "x**2 >= 4", "2*x + 3 <= 0", "(x - 1)**2*(x + 1) <= 0", "(x - 1)**2 > 0",
          "x**2 - 2 > 0", "(x - 1)**2*(x - 3) >= 0", "x**2*(x - 1)**2 <= 0", "x/2 - S(1)/3 > 0"]:
    programs.append("s = solveset(%s, x, S.Reals)\nprint(latex(s))\npprint(s)\npprint(s, use_unicode=False)\nprint(s.inf, s.sup)" % e)
programs += ["print(solveset(x**2 < 4, x))", "print(solveset(x**2 + 1 > 0, x, S.Reals))", "print(solveset(x**2 < 0, x, S.Reals))",
             "print(solveset(x**2 < 4, x, S.Reals) == solveset(4 > x**2, x, S.Reals))", "print(solveset(r**2 < 4, r, S.Reals))",
             "print(solveset(x**2 < 4, x, Interval(0, 5)))"]
programs += [
    "print(solve([x > 1, x < 3], x))", "print(solve([x**2 < 4, x > 0], x))", "print(solve([x**2 > 1, x**2 < 9], x))",
    "print(solve([x**2 > 1, x < 0], x))", "print(solve((x > 1, x**2 < 16), x))", "print(solve([x**2 + 1 > 0, x < 2], x))",
    "print(solve([x**2 < 0, x < 2], x))", "print(solve(r**2 < 4, r))", "print(solve(r - 1 > 0, r))", "print(solve(r**2 > 4, r))",
    "print(solve(x**2 < 4))", "print(solve(p**2 > 4, p))", "print(solve(p - 3 < 0, p))", "print(solve(n + 3 > 0, n))",
    "print(solve(x**2 < y, x))", "print(solve(x*y > 1, x))", "print(solve(x**2 < 4, y))", "print(solve(1/x > 0, x))",
    "print(solve(sqrt(2)*x > 1, x))", "print(solve(0.5*x > 1, x))", "print(solve(exp(x) > 1, x))",
    "print(type(solve(x**2 < 4, x)))", "print(solve(x**2 < 4, x).args)", "print(solve(x**2 > 4, x).subs(x, 3))",
    "print(solve(x**2 > 4, x).subs(x, 1))", "print(solve([x > 1, Eq(x, 2)], x))",
    "r = solve(x**2 - 2 > 0, x)\nprint(latex(r))\npprint(r)\npprint(r, use_unicode=False)",
    "r = solve(x**2 < 4, x)\nprint(latex(r))\npprint(r)\npprint(r, use_unicode=False)",
    "r = solve((x - 1)**2*(x + 1) <= 0, x)\nprint(latex(r))\npprint(r)\npprint(r, use_unicode=False)",
    "r = solve((x - 1)**2 > 0, x)\nprint(latex(r))\npprint(r)\npprint(r, use_unicode=False)",
    "f = x**3 - 3*x\nprint(solve(diff(f, x) > 0, x))\nprint(solve(diff(f, x, 2) < 0, x))",
]
# Interval, Union, Intersection, Complement with numeric ends
SETS = ["Interval(0, 2) | Interval.open(1, 3)", "Interval(0, 2) & Interval.open(1, 3)", "Interval(0, 2) - Interval.open(1, 3)",
        "Union(Interval(0, 2), Interval(5, 6))", "Intersection(Interval(0, 2), Interval.open(1, 3))",
        "Interval(0, 2).complement(S.Reals)", "Interval(0, 2).contains(1)", "Interval(0, 2).contains(x)", "1 in Interval(0, 2)",
        "Interval(0, 2).measure", "Interval(0, 2).left_open", "Interval.open(1, 3).right_open", "Interval(1, 0)", "Interval(1, 1)",
        "Interval.open(1, 1)", "Interval(0, oo)", "Interval(-oo, oo)", "Interval(0, oo) == Interval(0, oo)",
        "Union(FiniteSet(1, 2), Interval(0, 1))", "Union(FiniteSet(5), Interval(0, 1))", "Interval(0, 2) | FiniteSet(7)",
        "S.Reals - FiniteSet(1)", "solveset(x**2 < 4, x, Interval(0, 5))", "solveset(x**2 > 4, x, Interval(-5, 5))",
        "solveset(x**2 + 1 > 0, x, Interval(0, 1))", "type(Interval(0, 2))", "Interval(0, 2).is_Interval", "Interval(0, x)",
        "Interval(0, 1, True)", "Interval(0, 1, right_open=True)", "Interval.Lopen(0, 1)", "Interval.Ropen(0, 1)",
        "Interval(S(1)/2, 3).inf", "Interval(0, 3).sup", "2.5 in Interval(0, 2)", "0 in Interval.open(1, 3)",
        "Interval(-oo, 0).contains(-5)", "x in Interval(0, 2)", "Interval(0, 1) | Interval(1, 2)", "Interval.open(0, 1) | Interval.open(1, 2)",
        "Interval(0, 1) & Interval(2, 3)", "Interval(-oo, 0) | Interval(0, oo)", "Interval(0, sqrt(2)) - FiniteSet(1)",
        "Interval(0, 1).contains(S(1)/2)", "Interval(0, 1).contains(pi)", "Union(Interval(0, 1), Interval(3, 4)).measure",
        "Interval(0, 1).as_relational(x)", "(Interval(0, 1) | Interval(2, 3)).as_relational(x)", "Interval(0, 2) - Interval(0, 2)"]
programs += ["print(%s)" % e for e in SETS]
programs += ["s = %s\nprint(latex(s))\npprint(s)\npprint(s, use_unicode=False)" % e for e in
             ["Interval(0, 2) | FiniteSet(7)", "Interval.Lopen(0, 1)", "Interval(0, 2) - Interval.open(1, 3)", "S.Reals - FiniteSet(1)",
              "Interval(S(1)/2, sqrt(2))", "Interval(0, 1) | Interval(2, 3) | FiniteSet(5, 7)"]]
# monotonicity (monotonicity_helper: is_subset of the set where f' has the
# sign) and stationary points, on random cubics and quartics
polys = ["x**3 - 3*x", "x**2", "x**3", "-x**2 + 4*x", "x**4 - 2*x**2", "2*x + 1", "5", "(x - 1)**3", "x**3 + x",
         "x**4 - 4*x**3", "-x**3 + 12*x", "x**5 - 5*x", "x**2 - 2*x + 3", "x**3 - 6*x**2 + 9*x + 1"]
ivals = ["", ", Interval(1, oo)", ", Interval(-1, 1)", ", Interval.open(-1, 1)", ", Interval(0, oo)", ", Interval(-oo, 0)",
         ", Interval(2, 3)", ", Interval.Lopen(0, 2)", ", Union(Interval(-3, -2), Interval(2, 3))", ", FiniteSet(1, 2)"]
for f in polys:
    for iv in random.sample(ivals, 4):
        for fn in ["is_increasing", "is_strictly_increasing", "is_decreasing", "is_strictly_decreasing"]:
            programs.append("print(%s(%s%s))" % (fn, f, iv))
    programs.append("print(stationary_points(%s, x))" % f)
    programs.append("print(stationary_points(%s, x, Interval(0, 5)))" % f)
programs += ["print(Interval(0, 1).is_subset(Interval(0, 2)))", "print(Interval(0, 3).is_subset(Interval(0, 2)))",
             "print(S.Reals.is_subset(Interval(0, 1) | Interval(2, oo)))", "print(FiniteSet(1, 2).is_subset(Interval(0, 2)))",
             "print(Interval.open(0, 1).is_subset(Interval.open(0, 1) | Interval(2, 3)))", "print(Interval(0, 1).is_subset(Interval.open(0, 1)))",
             "print(EmptySet.is_subset(Interval(0, 1)))", "print(Interval(0, 2).is_subset(Interval(0, 1) | Interval(1, 2)))"]
# minimum and maximum (function_range's inf and sup) of polynomials
for f in polys:
    for dom in ["", ", Interval(-1, 2)", ", Interval.open(-2, 2)", ", Interval(0, oo)", ", Interval.Lopen(0, 1)",
                ", Union(Interval(-3, -2), Interval(1, 2))", ", FiniteSet(-1, 0, 3)"]:
        programs.append("print(minimum(%s, x%s), maximum(%s, x%s))" % (f, dom, f, dom))
emit(PRE, programs)
