"""Generate statistics_golden.jsonl: Python's statistics module as
notebooks use it (mean, fmean, median, mode, variance, pvariance, stdev,
pstdev of ints and floats, exact where CPython is, StatisticsError),
from CPython. dcalc must print the same or raise NotImplementedError.
Run with python3 (3.11, as the other goldens):

    python3 session/testdata/gen_statistics.py > session/testdata/statistics_golden.jsonl
"""
import sys

from goldenlib import emit

assert sys.version_info[:2] == (3, 11), sys.version

PRE = "import statistics\nfrom statistics import mean, median, mode, stdev, variance, pstdev, pvariance, fmean\n"

programs = ['data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3]\nprint(mean(data), median(data), stdev(data), variance(data), pstdev(data), pvariance(data), fmean(data))', "print(mean([1, 2, 3]), mean([1, 2, 3, 4]), median([3, 1, 2]), median([1, 2, 3, 4]), median([1, 3]), mode([1, 2, 2, 3]), mode('aabbc'), variance([1, 2, 3]), variance([1, 2, 3, 4]), stdev([1, 2, 3, 4]), pvariance([1, 2]), pstdev([1, 2, 3]))", 'print(mean([0.1, 0.2, 0.3]), stdev([0.1, 0.2, 0.3, 0.4]), variance([1e10 + 1, 1e10 + 2, 1e10 + 3]), mean([True, False, True]), median([1, 2.5]), mean([1, 2.5]))', 'import random\nrandom.seed(3)\nxs = [random.gauss(0, 1) for _ in range(1000)]\nprint(mean(xs), stdev(xs), median(xs), pstdev(xs), fmean(xs))', 'for f, arg in [(mean, []), (median, []), (mode, []), (stdev, [1]), (variance, [1]), (pvariance, [])]:\n    try:\n        f(arg)\n    except statistics.StatisticsError as e:\n        print(type(e).__name__, e, isinstance(e, ValueError))']

# the order statistics, multimode and the geometric mean
programs += [
    "from statistics import median_low, median_high, multimode, quantiles, geometric_mean\nprint(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([5, 1, 3]), median_high([2.5, 1.5]))",
    "from statistics import multimode\nprint(multimode([1, 1, 2, 2, 3]), multimode('aabbbc'), multimode([]), multimode([4, 4.0, 5]))",
    "from statistics import quantiles\nd = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]\nprint(quantiles(d, n=10))\nprint(quantiles(d), quantiles(d, method='inclusive'))",
    "from statistics import quantiles\nprint(quantiles([1, 2, 3, 4, 5]), quantiles([1.5, 2.25, 7.0], n=3), quantiles([1, 2], n=1), quantiles([10, 20, 30, 40], n=5, method='inclusive'))",
    "import statistics\nfor f, args, kw in [(statistics.quantiles, [[1]], {}), (statistics.quantiles, [[1, 2]], {'n': 0}), (statistics.median_low, [[]], {}), (statistics.geometric_mean, [[1, -2]], {}), (statistics.geometric_mean, [[]], {})]:\n    try:\n        f(*args, **kw)\n    except statistics.StatisticsError as e:\n        print(type(e).__name__, e)\ntry:\n    statistics.quantiles([1, 2, 3], method='other')\nexcept ValueError as e:\n    print(e)",
    "from statistics import geometric_mean\nprint(geometric_mean([54, 24, 36]), geometric_mean([1.5, 2.5, 3.75, 0.1]), geometric_mean([2]), geometric_mean([1e300, 1e-300, 7]))",
    "from statistics import harmonic_mean\nprint(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([7]), harmonic_mean([1.5]), harmonic_mean([3, 0, 2]), harmonic_mean([1, 3, 7, 11, 13]))",
    "import statistics\nfor d in [[], [-1], [2, -3], [0, -3], [-3, 0]]:\n    try:\n        print(statistics.harmonic_mean(d))\n    except statistics.StatisticsError as e:\n        print(type(e).__name__, e)",
]

emit(PRE, programs)
