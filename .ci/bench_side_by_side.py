#!/usr/bin/env python3
"""Side by side: every workload in cmd/dcalc/testdata/bench as a whole
process under dcalc, python3 + SymPy (the .py twin) and GiNaC's ginsh (the
.ginsh twin), RUNS times each. Prints the median wall time and peak memory
of each, the SymPy/dcalc and GiNaC/dcalc time ratios with their geometric
means, and checks that the three print the same proof values (stdout lines
that are a single number: integers equal, floats within 1e-8 relative).
A tool that is not installed, or a twin that is missing, shows '-'.

    python3 .ci/bench_side_by_side.py [RUNS] [WORKLOAD-PREFIX...]

Not part of CI's test run: speed is measured here, never in unit tests.
"""
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "cmd", "dcalc", "testdata", "bench")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def twin(name, ext):
    for d in (BENCH, SHARED):
        p = os.path.join(d, name + ext)
        if os.path.exists(p):
            return p
    return None


def run_once(cmd):
    """Wall seconds, peak RSS in MB and stdout of one run (None on failure)."""
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            return None
        out.seek(0)
        return wall, ru.ru_maxrss / 1024, out.read().decode("utf-8", "replace")


def measure(cmd, runs):
    res = [run_once(cmd) for _ in range(runs)]
    if any(r is None for r in res):
        return None
    return (statistics.median(r[0] for r in res), max(r[1] for r in res), res[0][2])


def proofs(out):
    ps = []
    for line in out.splitlines():
        s = line.strip()
        try:
            float(s)
        except ValueError:
            continue
        ps.append(s)
    return ps


def same(a, b):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        try:
            if int(x) != int(y):
                return False
            continue
        except ValueError:
            pass
        fx, fy = float(x), float(y)
        if fx != fy and abs(fx - fy) > 1e-8 * max(abs(fx), abs(fy)):
            return False
    return True


def have_sympy():
    return subprocess.run([sys.executable, "-c", "import sympy"], capture_output=True).returncode == 0


def main():
    args = sys.argv[1:]
    runs = int(args.pop(0)) if args and args[0].isdigit() else 3
    prefixes = args
    binary = os.path.join(tempfile.mkdtemp(), "dcalc")
    # The release build: without cgo the binary is static and starts
    # about 4 ms sooner (docs/benchmarks.md, round 7).
    subprocess.run(["go", "build", "-o", binary, "./cmd/dcalc"], cwd=ROOT, check=True,
                   env=dict(os.environ, CGO_ENABLED="0"))
    sympy, ginsh = have_sympy(), shutil.which("ginsh")
    names = sorted(f[:-6] for f in os.listdir(BENCH) if f.endswith(".dcalc"))
    names = [n for n in names if not prefixes or any(n.startswith(p) for p in prefixes)]
    print(f"{'workload':16} {'dcalc s':>9} {'SymPy s':>9} {'GiNaC s':>9} {'SymPy/dc':>9} {'GiNaC/dc':>9}"
          f" {'dcalc MB':>9} {'SymPy MB':>9} {'GiNaC MB':>9}  proofs")
    sym_ratios, gin_ratios, bad = [], [], 0
    for n in names:
        d = measure([binary, os.path.join(BENCH, n + ".dcalc")], runs)
        py, gi = twin(n, ".py"), twin(n, ".ginsh")
        s = measure([sys.executable, py], runs) if sympy and py else None
        g = measure([ginsh, gi], runs) if ginsh and gi else None
        cells, verdict = [], []
        for r in (d, s, g):
            cells.append(f"{r[0]:9.3f}" if r else f"{'-':>9}")
        for r in (s, g):
            cells.append(f"{r[0] / d[0]:9.2f}" if r and d else f"{'-':>9}")
        if d and s:
            sym_ratios.append(s[0] / d[0])
        if d and g:
            gin_ratios.append(g[0] / d[0])
        for r in (d, s, g):
            cells.append(f"{r[1]:9.1f}" if r else f"{'-':>9}")
        if d is None:
            verdict.append("dcalc failed")
        else:
            for tool, r in (("SymPy", s), ("GiNaC", g)):
                if r is None:
                    continue
                ok = same(proofs(d[2]), proofs(r[2]))
                verdict.append(f"{tool} {'=' if ok else 'DIFFER'}")
                bad += not ok
        print(f"{n:16} " + " ".join(cells) + "  " + ", ".join(verdict))
    start = measure([binary, "-c", "print(1)"], max(runs, 10))
    if start:
        print(f"start-up (dcalc -c 'print(1)'): {start[0] * 1000:.1f} ms, {start[1]:.1f} MB")
    for label, rs in (("SymPy/dcalc", sym_ratios), ("GiNaC/dcalc", gin_ratios)):
        if rs:
            gm = math.exp(sum(math.log(r) for r in rs) / len(rs))
            print(f"geometric mean {label}: {gm:.2f} over {len(rs)} workloads")
    if bad:
        print(f"{bad} proof comparisons differ")
        sys.exit(1)


if __name__ == "__main__":
    main()
