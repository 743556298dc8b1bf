"""Measure the interactive REPL's resident memory over a long session.

    go build -o /tmp/dcalc ./cmd/dcalc && python3 .ci/bench_repl_memory.py /tmp/dcalc [N]

Types 3*N cells into the REPL on a pseudo-terminal (define a function,
differentiate it, show the result), prints VmRSS every 300 cells, then
the live heap after the last garbage collection (from GODEBUG=gctrace=1)
and the RSS after %reset -f. Not run by CI: memory is a benchmark here,
not a test (docs/reliability.md records the figures).
"""
import os
import pty
import re
import select
import sys
import tempfile

dcalc = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
chunks = []


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1])


def drain(fd, t):
    while True:
        r, _, _ = select.select([fd], [], [], t)
        if not r:
            return
        try:
            chunks.append(os.read(fd, 65536))
        except OSError:
            return


pid, fd = pty.fork()
if pid == 0:
    home = tempfile.mkdtemp()
    os.execve(dcalc, [dcalc], dict(os.environ, GODEBUG="gctrace=1", HOME=home))
drain(fd, 1)
print("cells  RSS (KB)")
print(0, rss(pid))
for i in range(n):
    for cell in (f"g{i} = sin(x)**{i % 7 + 2}*exp(x*{i % 5 + 1}) + x**{i % 9}", f"d{i} = diff(g{i}, x)", f"d{i}"):
        os.write(fd, (cell + "\n").encode())
        drain(fd, 0.002)
    if (i + 1) % 100 == 0:
        drain(fd, 0.3)
        print(3 * (i + 1), rss(pid))
gcs = re.findall(r"(\d+)->(\d+)->(\d+) MB, (\d+) MB goal", b"".join(chunks).decode("utf8", "replace"))
print("live heap after the last GC: %s MB (goal %s MB)" % (gcs[-1][2], gcs[-1][3]))
os.write(fd, b"%reset -f\n")
drain(fd, 1)
print("after %reset -f:", rss(pid))
os.write(fd, b"exit()\n")
drain(fd, 1)
