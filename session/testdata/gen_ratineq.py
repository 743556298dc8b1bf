"""Generate ratineq_golden.jsonl: rational inequalities in one symbol
(products of linear factors, squares and x**2 + 1 over each other, sums
such as x + 1/x - 2, two sides with denominators), solved by solve(),
reduce_inequalities and solveset over the reals, and the monotonicity
tests of rational functions, from SymPy 1.14. dcalc must print the same
or raise NotImplementedError. Run with python3 (3.11 + SymPy 1.14):

    python3 session/testdata/gen_ratineq.py > session/testdata/ratineq_golden.jsonl
"""
import random
import sys

import sympy
from goldenlib import emit

assert sys.version_info[:2] == (3, 11), sys.version
assert sympy.__version__ == "1.14.0", sympy.__version__

PRE = "from sympy import *\nx = symbols('x')\n"

rnd = random.Random(12)


def factor_product(k):
    fs = []
    for _ in range(k):
        kind = rnd.random()
        if kind < 0.7:
            a = rnd.randint(-3, 3)
            f = "x" if a == 0 else "(x %s %d)" % ("-" if a > 0 else "+", abs(a))
            if rnd.random() < 0.25:
                f += "**2"
        elif kind < 0.85:
            f = "(x**2 + %d)" % rnd.randint(1, 3)
        else:
            f = "(%d*x %s %d)" % (rnd.randint(2, 3), rnd.choice("+-"), rnd.randint(1, 5))
        fs.append(f)
    c = rnd.choice(["", "", "-", "2*", "-3*"])
    return c + "*".join(fs) if fs else "1"


def rational():
    kind = rnd.random()
    if kind < 0.6:
        return "%s/(%s)" % (factor_product(rnd.randint(0, 2)), factor_product(rnd.randint(1, 2)))
    if kind < 0.8:
        return "x %s %d/x %s %d" % (rnd.choice("+-"), rnd.randint(1, 4), rnd.choice("+-"), rnd.randint(0, 4))
    return "1/(x %s %d) - 1/(x %s %d)" % (rnd.choice("+-"), rnd.randint(1, 3), rnd.choice("+-"), rnd.randint(1, 3))


programs = []
for _ in range(120):
    op = rnd.choice(["<", "<=", ">", ">="])
    r = rational()
    rhs = rnd.choice(["0", "0", "1", "-2"])
    programs.append("print(solve(%s %s %s, x))" % (r, op, rhs))
for _ in range(40):
    op = rnd.choice(["<", "<=", ">", ">="])
    programs.append("print(solveset(%s %s 0, x, S.Reals))" % (rational(), op))
for _ in range(20):
    programs.append("print(reduce_inequalities([%s %s 0, x %s %d], x))" % (
        rational(), rnd.choice(["<", ">="]), rnd.choice(["<", ">"]), rnd.randint(-2, 2)))
for _ in range(30):
    name = rnd.choice(["is_increasing", "is_decreasing", "is_strictly_increasing", "is_strictly_decreasing"])
    a = rnd.randint(-3, 2)
    iv = rnd.choice(["Interval(%d, %d)" % (a, a + rnd.randint(1, 3)), "Interval.open(%d, oo)" % a, "Interval(-oo, %d)" % a])
    programs.append("print(%s(%s, %s, x))" % (name, rational(), iv))
# polynomial ones whose real roots SymPy writes as CRootOf (irreducible
# cubics and quartics), as radicals (binomials) or not at all (x**4 + 1)
programs += ["print(solve(x**3 + x + 1 > 0, x))", "print(solve(x**3 - 2 <= 0, x))", "print(solve(x**4 + 1 > 0, x))",
             "print(solve(x**4 - 3*x + 1 < 0, x))", "print(solve((x**3 - 3*x + 1)*(x - 5) >= 0, x))",
             "print(solveset(x**3 + x + 1 > 0, x, S.Reals))", "print(solve([x**2 - 1 > 0, 1/x < 2], x))",
             "print(solve([1/x > 0, x < 3], x))", "print(solve([1 > 0, 1/x <= 1], x))", "print(solve([1 < 0, 1/x <= 1], x))",
             "print(is_monotonic(1/x, Interval.open(0, oo)), is_monotonic(x**3 - x, Interval(-1, 1)), is_monotonic(x**3, Interval(-1, 1)))",
             "print(is_monotonic(x**2), is_monotonic(3), is_monotonic(x**3 - 3*x, Interval(2, 5)), is_monotonic(x/(x**2 + 1), Interval(-2, 0)))",
             "print(is_monotonic(sin(x), Interval(0, pi/2)), is_monotonic(sin(x), Interval(0, pi)), is_monotonic((x - 1)/(x + 2), Interval(0, 3)))"]

emit(PRE, programs)
