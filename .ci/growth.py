#!/usr/bin/env python3
"""Cost growth: runs BenchmarkGrowth (cmd/dcalc/growth_test.go) and fits,
for each family, the exponent k of time ~ size**k and memory ~ size**k by
least squares on the log-log points. Prints a Markdown table for
docs/benchmarks.md.

    python3 .ci/growth.py [BENCHTIME]      # default 3x
"""
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fit(points):
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(v) for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def main():
    benchtime = sys.argv[1] if len(sys.argv) > 1 else "3x"
    out = subprocess.run(["go", "test", "./cmd/dcalc", "-run", "XXX", "-bench", "Growth",
                          "-benchtime", benchtime, "-benchmem"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    fams = {}
    for line in out.splitlines():
        m = re.match(r"BenchmarkGrowth/(.+)/n=(\d+)-\d+\s+\d+\s+(\d+) ns/op\s+(\d+) B/op", line)
        if m:
            fams.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3)), int(m.group(4))))
    print("| family | sizes | time (ms) | memory (MB allocated) | time exponent | memory exponent |")
    print("|---|---|---|---|---|---|")
    for name, rows in fams.items():
        sizes = ", ".join(str(n) for n, _, _ in rows)
        times = ", ".join(f"{t / 1e6:.3g}" for _, t, _ in rows)
        mems = ", ".join(f"{m / 1e6:.3g}" for _, _, m in rows)
        kt = fit([(n, t) for n, t, _ in rows])
        km = fit([(n, m) for n, _, m in rows])
        print(f"| {name} | {sizes} | {times} | {mems} | {kt:.2f} | {km:.2f} |")


if __name__ == "__main__":
    main()
