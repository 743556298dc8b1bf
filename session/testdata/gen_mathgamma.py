"""Generate mathgamma.txt: CPython's math.gamma and math.lgamma at 4,000
arguments (random over [-180, 180], near zero, near the poles, halves,
integers and the error cases), one line each: repr(x), then repr of each
result or the exception's name. Run with CPython 3.11:

    python3 session/testdata/gen_mathgamma.py > session/testdata/mathgamma.txt
"""
import math
import random
import sys

assert sys.version_info[:2] == (3, 11)

random.seed(12)
xs = [random.uniform(-180, 180) for _ in range(1500)]
xs += [random.uniform(-6, 6) for _ in range(1500)]
xs += [random.uniform(-1e-3, 1e-3) for _ in range(200)]
xs += [n + random.uniform(-1e-9, 1e-9) for n in range(-30, 30) for _ in range(3)]
xs += [n / 2 for n in range(-60, 60)] + [float(n) for n in range(-3, 30)]
xs += [1e-21, -1e-21, 171.6, 171.7, 200.5, -200.5, 1e300, -1e300, 0.0, -0.0, float("inf"), float("-inf"), 140.25, -140.25]


def r(f, x):
    try:
        return repr(f(x))
    except Exception as e:
        return type(e).__name__


for x in xs:
    print(repr(x), r(math.gamma, x), r(math.lgamma, x))
