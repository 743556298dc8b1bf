"""Generate ipython_cells.jsonl: cells run one after another in IPython
8.12's InteractiveShell (colors off) after isympy's setup, with what each
printed: its output, its Out[n] line and its traceback. Cells exercise
IPython's conventions: display(), IPython.display objects, a trailing
semicolon, magics inside cells, cell magics, dedenting and pasted
prompts. Run with a python3 that has IPython and SymPy 1.14:

    python3 session/testdata/gen_ipython_cells.py > session/testdata/ipython_cells.jsonl
"""
import atexit
import contextlib
import io
import json

import IPython
import sympy
from IPython.core.interactiveshell import InteractiveShell

assert IPython.__version__.startswith("8.") and sympy.__version__ == "1.14.0"

SETUP = "from sympy import *\nx, y = symbols('x y')\ninit_printing(use_unicode=True)"

cells = [
    "display(x**2/2, y)",
    "display('abc', 1.5, [x, 2])",
    "print(display(1))",
    "x**2;",
    "x**2 # a comment",
    "x**2; # a comment",
    "1 + 1",
    "2 + 2;",
    "_",
    "Out.get(9, 'not stored')",
    "from IPython.display import Math, Latex, Markdown, HTML\ndisplay(Math(latex(x**2)), Latex('$x$'), Markdown('*a*'), HTML('<b>hi</b>'))",
    "Math('x')",
    "%config A.b=1\n1/0",
    "    a = 1\n    a + q",
    "    a = 1\n    a + 1",
    ">>> b = 2\n>>> b * 3",
    "In [7]: c = 3\n   ...: c + 1",
    "if True:\n    %config A.b = 2\n    d = diff(x**3, x)\nd",
    "%%capture cap\nprint('hi')\n1 + 1",
    "cap.stdout",
    "%%capture\nprint('not shown')",
    "get_ipython().run_line_magic('config', 'X.y = 1')",
    "%%bogus\n1",
    # Python floats keep Python's repr in the pretty display
    "1.5",
    "[1.5, x]",
    "(0.1, 2)",
    "[2, 1/3]",
    "1e20",
    "{1.5: x}",
    # init_printing's display choices
    "init_printing(use_unicode=False)\nx**2/2 + sqrt(y)",
    "[x**2, Eq(x, y/2)]",
    "init_printing(pretty_print=False)\nx**2/2 + sqrt(y)",
    "display(x**2/2)",
    "init_printing()\nx**2/2 + sqrt(y)",
    # tracebacks show up to two lines before and after each frame's line
    "a = 1\nb = 2\n1/0\nc = 3\nd = 4\ne = 5",
    "def f():\n    x = 1\n    return 1/0\n    y = 2\n\nf()\nz = 3",
    "try:\n    1/0\n    a = 1\n    b = 2\nexcept KeyError:\n    pass",
    "if True:\n    1/0\n    a = 1\nb = 2\nc = 3",
    "for i in range(1):\n    1/0\nb = 2\nc = 3",
    # a frame's lines lose their common indentation; the exceptions of a
    # chain show one line of context, the last one two
    "def f1(a, b=2):\n    x = 1\n    y = 2\n    z = 3\n    return 1/0\n",
    "f1(1)",
    "def parse(s):\n    return int(s)",
    "def loadit(s):\n    try:\n        return parse(s)\n    except ValueError as e:\n        raise RuntimeError('cannot loadit') from e",
    "loadit('x')",
    "def g2(s):\n    try:\n        return 1/0\n    except ZeroDivisionError:\n        a = 1\n        b = 2\n        {}['k']\n        c = 3\ng2(1)",
    "class Net:\n    def forward(self, v):\n        if v:\n            return v/0\n        return v\nNet().forward(1)",
    "(x**2/2, 1, S.true)",
    "(x**2/2, 1, True)",
    "laplace_transform(exp(-2*y), y, x)",
    # containers with their own repr print by it (SymPy's _can_print)
    "from collections import namedtuple, deque, Counter\nP = namedtuple('P', 'x y')\nP(x, 2)",
    "[P(1, x), x]",
    "(x, deque([1]))",
    "Counter('aab')",
    "cse(x**2 + sin(x)**2 + sin(x))",
    "legendre_poly(3, x)",
    # %precision returns its format; under init_printing SymPy's printer
    # shows floats, so the format does not apply
    "%precision 3",
    "1/3",
    "[1/3, x]",
    "%precision",
    # the display cell magics show their display object
    "%%latex\n$\\int x\\,dx$",
    "%%html\n<b>hi</b>",
    "%%markdown\n**bold**",
    "%reload_ext autoreload",
    # an uncaught SystemExit shows IPython's header and the exception
    # line; init_session runs isympy's set-up and prints its banner
    "import sys\nsys.exit(2)",
    "raise SystemExit",
    "try:\n    sys.exit(4)\nexcept SystemExit as e:\n    print(e.code)",
    "from sympy import init_session\ninit_session()",
    "k.is_integer, f(x), x**2/2",
    # init_vprinting (last: it changes the display from here on)
    "from sympy.physics.mechanics import dynamicsymbols, init_vprinting, vlatex, vpprint\ninit_vprinting()\nq, q1 = dynamicsymbols('theta q1')\nt = symbols('t')\nq.diff(t)",
    "q.diff(t, 2) + q1.diff(t)**2 + q*q1",
    "q**2 + sin(q)",
    "(q.diff(t), q1.diff(t, 3))",
    "Matrix([q, q.diff(t)])",
    "print(vlatex(q.diff(t, 2)), vlatex(q1.diff(t)), vlatex(q**2), vlatex(sin(q)*q1.diff(t, 4)))",
    "vpprint(q1.diff(t, 2))",
    "f = Function('f')\nf(x, t).diff(t)",
    "print(q.diff(t))",
    "q.diff(t, 5)",
    "print(vlatex(f(x, t).diff(t)), vlatex(q.diff(t, 5)))",
]


def main():
    ip = InteractiveShell.instance(colors="NoColor")
    # IPython warns "To exit: use 'exit', 'quit', or Ctrl-D." (naming its
    # own source file) at the first SystemExit of a session: take that
    # one here, unrecorded and uncounted
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        ip.run_cell("raise SystemExit", store_history=False)
    ip.run_cell(SETUP, store_history=True)
    for c in cells:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            ip.run_cell(c, store_history=True)
        print(json.dumps({"cell": c, "out": out.getvalue()}, ensure_ascii=False))
    # init_session registers a print of "Exiting ..." at exit, which
    # would land in this file
    atexit._clear()


main()
