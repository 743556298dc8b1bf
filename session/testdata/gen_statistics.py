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

emit(PRE, programs)
