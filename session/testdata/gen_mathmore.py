"""Generate mathmore_golden.jsonl: CPython 3.11's math functions beyond
the common ones (asinh, acosh, atanh, expm1, log1p, exp2 at random
arguments and at their edges; erf and erfc rounded to 12 places, as
glibc's last bit is not reproduced; frexp, ldexp, modf, nextafter,
remainder, ulp, isfinite, fsum, prod, isqrt, lcm, comb, perm) and their
errors. Run with CPython 3.11 (no SymPy needed):

    cd session/testdata && python3 gen_mathmore.py > mathmore_golden.jsonl
"""
import random
import sys

from goldenlib import emit

assert sys.version_info[:2] == (3, 11)

PRE = "import math\n"

random.seed(20261212)

PROGRAMS = []
for name, lo, hi in [('asinh', -50, 50), ('acosh', 1, 40), ('atanh', -0.999, 0.999), ('expm1', -3, 3), ('log1p', -0.9, 5), ('exp2', -30, 30)]:
    xs = [repr(random.uniform(lo, hi)) for _ in range(12)]
    PROGRAMS.append('for x in [%s]:\n    print(math.%s(x))' % (', '.join(xs), name))
PROGRAMS += [
    'print(math.asinh(0.0), math.asinh(-1e-30), math.asinh(1e300), math.acosh(1.0), math.acosh(1e300), math.atanh(0.5), math.atanh(-1e-20))',
    'print(math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.exp2(-1074), math.exp2(0.5))',
    'for x in [-3.5, -1.0, -0.25, 0.0, 0.1, 0.5, 1.0, 2.0, 4.5]:\n    print(round(math.erf(x), 12), round(math.erfc(x), 12))',
    'print(0.5*(1 + math.erf(1.96/math.sqrt(2))) > 0.975, round(0.5*(1 + math.erf(1/math.sqrt(2))), 10))',
    'print(math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0), math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.modf(3.25), math.modf(-2.5), math.modf(math.inf))',
    'print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.remainder(10, 3), math.remainder(7.5, 2), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan))',
    'print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(x / 7 for x in range(100)), math.fsum([math.inf, 1.0]))',
    'print(math.prod([1, 2, 3, 4]), math.prod([0.5, 3]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([2, 3.5]))',
    'print(math.isqrt(0), math.isqrt(99), math.isqrt(10**30 + 7), math.lcm(4, 6), math.lcm(), math.lcm(3, 0, 5), math.lcm(-4, 10))',
    'print(math.comb(10, 3), math.comb(5, 7), math.comb(50, 25), math.perm(5), math.perm(5, 2), math.perm(3, 4), math.comb(True, 1))',
]
for expr in ['math.acosh(0.5)', 'math.atanh(1.0)', 'math.log1p(-1.0)', 'math.exp2(2000)', 'math.expm1(1000)', 'math.isqrt(-1)',
             'math.comb(-1, 2)', 'math.perm(3, -1)', 'math.comb(3.0, 1)', 'math.fsum([math.inf, -math.inf])', 'math.remainder(1.0, 0.0)',
             'math.ldexp(1.0, 5000)', 'math.isqrt(2.5)']:
    PROGRAMS.append('try:\n    print(%s)\nexcept Exception as e:\n    print(type(e).__name__, e)' % expr)
emit(PRE, PROGRAMS)
