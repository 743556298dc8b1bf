"""Time issue 12's speed workloads under SymPy: each program of
session/testdata/bench_issue12.json in a fresh python3 (SymPy's cache
cold, the import not counted), best of three processes; dcalc's side is
`go test ./session -run XXX -bench Issue12`."""
import json
import subprocess
import sys

progs = json.load(open("session/testdata/bench_issue12.json"))
runner = """
import time
from sympy import *
src = %r
t = time.perf_counter()
exec(src)
print(time.perf_counter() - t)
"""
for name, src in progs.items():
    best = min(float(subprocess.run([sys.executable, "-c", runner % src], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(3))
    print("%-12s %.4f s" % (name, best))
