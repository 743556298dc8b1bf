"""Drive dcalc's Jupyter kernel with Jupyter's own clients.

    python3 .ci/jupyter_test.py /path/to/dcalc

Needs Debian's python3-jupyter-client, python3-nbclient, python3-nbformat
and jupyter-console (.ci/jupyter installs them). It installs the kernel
spec into a temporary prefix, then checks, with jupyter_client's
KernelManager: execute (stream, execute_result with text/plain and
text/latex, display_data, error), complete, inspect, is_complete,
history, interrupting a running cell, restart and shutdown; with nbclient:
executing a notebook with the dcalc kernel; with jupyter console: a short
session. Exits 1 on the first failure.
"""
import base64
import gc
import os
import subprocess
import sys
import tempfile
import time

dcalc = os.path.abspath(sys.argv[1])
prefix = tempfile.mkdtemp()
subprocess.run([dcalc, "kernel", "install", "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")

import nbclient  # noqa: E402
import nbformat  # noqa: E402
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import start_new_kernel  # noqa: E402
from nbformat.v4 import new_code_cell, new_notebook  # noqa: E402

failures = 0


def check(what, got, want):
    global failures
    if got != want:
        failures += 1
        print("FAIL %s:\n  got  %r\n  want %r" % (what, got, want))
    else:
        print("ok   %s" % what)


check("kernelspec list", "dcalc" in KernelSpecManager().find_kernel_specs(), True)

km, kc = start_new_kernel(kernel_name="dcalc", startup_timeout=30)
try:


    def run(code, timeout=20):
        msg_id = kc.execute(code)
        outs = []
        while True:
            m = kc.get_iopub_msg(timeout=timeout)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            t = m["msg_type"]
            if t == "status" and m["content"]["execution_state"] == "idle":
                break
            if t in ("stream", "execute_result", "display_data", "error"):
                c = m["content"]
                outs.append((t, c.get("text") or c.get("data") or c.get("ename")))
            if t == "clear_output":
                outs.append((t, m["content"]["wait"]))
        reply = kc.get_shell_msg(timeout=timeout)["content"]
        return reply["status"], reply["execution_count"], outs


    info = kc.kernel_info(reply=True)["content"]
    check("kernel_info", (info["implementation"], info["language_info"]["name"], info["protocol_version"]), ("dcalc", "python", "5.3"))
    check("execute", run("x, y = symbols('x y')\nprint('hi')\ndiff(x**3*y, x)"),
          ("ok", 1, [("stream", "hi\n"), ("execute_result", {"text/plain": "3*x**2*y", "text/latex": "$\\displaystyle 3 x^{2} y$"})]))
    check("display and error", run("display(x**2)\n1/0"),
          ("error", 2, [("display_data", {"text/plain": "x**2", "text/latex": "$\\displaystyle x^{2}$"}), ("error", "ZeroDivisionError")]))
    check("init_printing", run("init_printing()\nx**2/2"),
          ("ok", 3, [("execute_result", {"text/plain": " 2\nx \n──\n2 ", "text/latex": "$\\displaystyle \\frac{x^{2}}{2}$"})]))
    check("trailing semicolon", run("x;"), ("ok", 4, []))
    check("clear_output", run("from IPython.display import clear_output\nprint('a')\nclear_output(wait=True)\nprint('b')")[2],
          [("stream", "a\n"), ("clear_output", True), ("stream", "b\n")])
    c = kc.complete("y = lambdi", 10, reply=True)["content"]
    check("complete", (c["matches"], c["cursor_start"], c["cursor_end"]), (["lambdify"], 4, 10))
    c = kc.complete("(x+1).ex", 8, reply=True)["content"]
    check("complete attribute", c["matches"], ["expand"])
    i = kc.inspect("diff(x", 4, reply=True)["content"]
    check("inspect", (i["found"], i["data"]["text/plain"].splitlines()[0]), (True, "Signature: diff(f, *symbols, **kwargs)"))


    def is_complete(code):
        kc.is_complete(code)
        return kc.get_shell_msg(timeout=10)["content"]["status"]


    check("is_complete", [is_complete(s) for s in ("x = 1", "for i in range(3):", "f(")], ["complete", "incomplete", "incomplete"])
    h = kc.history(hist_access_type="tail", n=2, reply=True)["content"]["history"]
    check("history", [row[1:] for row in h], [[4, "x;"], [5, "from IPython.display import clear_output\nprint('a')\nclear_output(wait=True)\nprint('b')"]])

    msg_id = kc.execute("import numpy as np\nnp.array([1.0]) / 0")
    streams, result = [], None
    while True:
        m = kc.get_iopub_msg(timeout=20)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            streams.append((m["content"]["name"], m["content"]["text"].splitlines()[0].split(": ", 1)[1]))
        if m["msg_type"] == "execute_result":
            result = m["content"]["data"]["text/plain"]
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    kc.get_shell_msg(timeout=20)
    check("numpy warning on stderr", (streams, result), ([("stderr", "RuntimeWarning: divide by zero encountered in divide")], "array([inf])"))

    # unevaluated Sum and Limit reach the front end with SymPy's LaTeX (init_printing is on)
    outs = run("k, n = symbols('k n')\nSum(k**2, (k, 1, n)), Limit(sin(x)/x, x, 0)")[2]
    check("Sum and Limit as text/latex", [o[1].get("text/latex") for o in outs if o[0] == "execute_result"],
          ["$\\displaystyle \\left( \\sum_{k=1}^{n} k^{2}, \\  \\lim_{x \\to 0^+}\\left(\\frac{\\sin{\\left(x \\right)}}{x}\\right)\\right)$"])

    status, _, outs = run("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 4], label='sq')\nplt.legend();")
    png = [o[1] for o in outs if o[0] == "display_data" and "image/png" in o[1]]
    check("pyplot figure as image/png", (status, len(png), png and base64.b64decode(png[0]["image/png"])[:8], png and png[0]["text/plain"]),
          ("ok", 1, b"\x89PNG\r\n\x1a\n", "<Figure size 640x480 with 1 Axes>"))

    ids = [kc.execute("for i in range(1000000):\n    pass\n1/0"), kc.execute("after = 1")]
    replies = [kc.get_shell_msg(timeout=20)["content"]["status"] for _ in ids]
    check("stop_on_error", replies, ["error", "aborted"])

    mid = kc.execute("while True:\n    pass")
    time.sleep(1)
    t0 = time.time()
    km.interrupt_kernel()
    r = kc.get_shell_msg(timeout=20)["content"]
    check("interrupt", (r["status"], r["ename"], time.time() - t0 < 5), ("error", "KeyboardInterrupt", True))
    check("after interrupt", run("1 + 1")[2], [("execute_result", {"text/plain": "2", "text/latex": "$\\displaystyle 2$"})])
    # text/plain is drawn as the kernel shows values: 2-D (isympy's printing)
    outs = run("steps(diff(x**2*sin(x), x))")[2]
    check("steps as text/plain and an align* block",
          [(t, d["text/plain"].splitlines()[-2:], d["text/latex"].startswith("\\begin{align*}\n\\frac{d}{d x} \\left(x^{2} \\sin{\\left(x \\right)}\\right) &=")) for t, d in outs],
          [("display_data", ["         2", "Answer: x ⋅cos(x) + 2⋅x⋅sin(x)"], True)])
    outs = run("steps(x**2, x, format='text')")[2]
    check("steps(format='text') as text/plain", [(t, d["text/plain"].splitlines()[-1]) for t, d in outs], [("display_data", "Answer: 2*x")])

    msg_id = kc.execute("name = input('Name? ')\nprint('hi', name)", allow_stdin=True)
    req = kc.get_stdin_msg(timeout=20)
    kc.input("Ada")
    streams = []
    while True:
        m = kc.get_iopub_msg(timeout=20)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            streams.append(m["content"]["text"])
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    check("input() through the stdin channel", (req["msg_type"], req["content"]["prompt"], kc.get_shell_msg(timeout=20)["content"]["status"], "".join(streams)),
          ("input_request", "Name? ", "ok", "hi Ada\n"))
    msg_id = kc.execute("input()", allow_stdin=False)
    check("input() when the front end takes no input", kc.get_shell_msg(timeout=20)["content"].get("ename"), "StdinNotImplementedError")

    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    check("restart clears the namespace", run("y")[2], [("error", "NameError")])
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    check("shutdown", km.is_alive(), False)
finally:
    if km.is_alive():
        km.shutdown_kernel(now=True)

nb = new_notebook()
nb.cells = [new_code_cell("f = sin(x)**2"), new_code_cell("x = symbols('x')\nf = sin(x)**2\ndiff(f, x)"), new_code_cell("print(latex(f))"),
            new_code_cell("from IPython.display import clear_output\nfor i in range(3):\n    clear_output(wait=True)\n    print('step', i)")]
nb.metadata["kernelspec"] = {"name": "dcalc", "display_name": "dcalc (SymPy)", "language": "python"}
nbclient.NotebookClient(nb, kernel_name="dcalc", allow_errors=True, timeout=60).execute()
outs = [[(o.output_type, o.get("ename") or o.get("text") or o.get("data", {}).get("text/plain")) for o in c.outputs] for c in nb.cells]
check("nbclient", outs, [[("error", "NameError")], [("execute_result", "2*sin(x)*cos(x)")], [("stream", "\\sin^{2}{\\left(x \\right)}\n")],
                         [("stream", "step 2\n")]])

console = subprocess.run(["jupyter-console", "--kernel", "dcalc", "--simple-prompt", "--no-confirm-exit"],
                         input="z = symbols('z')\ndiff(z**4, z)\n", capture_output=True, text=True, timeout=120)
check("jupyter console", "Out[2]: 4*z**3" in console.stdout, True)
if "Out[2]: 4*z**3" not in console.stdout:
    print(console.stdout, console.stderr)

# Drop the clients while the interpreter is whole: their __del__ logs,
# which fails noisily at interpreter exit.
del kc, km
gc.collect()
sys.exit(1 if failures else 0)
