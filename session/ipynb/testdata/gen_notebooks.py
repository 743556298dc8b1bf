"""Write the notebooks the ipynb tests read, with Jupyter's own tools.

    /usr/bin/python3 gen_notebooks.py PYTHON_WITH_SYMPY

needs nbformat, nbclient and ipykernel (Debian: python3-nbformat,
python3-nbclient, python3-ipykernel) in the python running it, and
SymPy 1.14 in PYTHON_WITH_SYMPY, which runs the kernel (with Debian's
ipykernel on its path).

sympy_run.ipynb is a SymPy notebook executed by nbclient (outputs as
Jupyter writes them: streams, execute_result, display_data with
image/png, an error); unicode.ipynb holds text that tests nbformat's
line splitting and JSON escapes.
"""
import json
import os
import sys
import tempfile

import nbclient
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_raw_cell

here = os.path.dirname(os.path.abspath(__file__))


def ids(nb):
    for i, c in enumerate(nb.cells):
        c["id"] = "cell-%d" % (i + 1)


def sympy_run(python):
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("# Derivatives\nA notebook run by *nbclient*."),
        new_code_cell("from sympy import *\nx, y = symbols('x y')"),
        new_code_cell("x**2/2"),
        new_code_cell("init_printing()"),
        new_code_cell("diff(x**3*y, x)"),
        new_code_cell("print('hi')\ndisplay(x, 'abc')\n[x, 1]"),
        new_code_cell("1/0"),
        new_code_cell("Eq(x, 1)"),
        new_code_cell("x;"),
        new_raw_cell("raw text"),
        new_code_cell("from IPython.display import clear_output\nfor i in range(3):\n    clear_output(wait=True)\n    print('step', i)"),
        new_code_cell("for i in range(3):\n    clear_output()\n    display(i)"),
        new_code_cell("print('a')\nclear_output(wait=True)\n1 + 1"),
        new_code_cell("%%latex\n$\\int x\\,dx$"),
        new_code_cell("from IPython.display import display_latex, display_markdown, display_html\n"
                      "display_latex('$x$', raw=True)\ndisplay_latex(x**2)\ndisplay_latex('$x$')\n"
                      "display_markdown('**a**', raw=True); display_html('<b>a</b>', raw=True)"),
        new_code_cell("from sympy import init_session\ninit_session()"),
        new_code_cell("k.is_integer, f(x)"),
    ]
    ids(nb)
    with tempfile.TemporaryDirectory() as d:
        spec = os.path.join(d, "kernels", "sympy14")
        os.makedirs(spec)
        with open(os.path.join(spec, "kernel.json"), "w") as fh:
            # ipykernel comes from Debian's dist-packages, appended after
            # the kernel python's own site-packages so that its SymPy
            # 1.14 wins over Debian's older one.
            launch = ("import sys; sys.path.append('/usr/lib/python3/dist-packages'); "
                      "import sympy; assert sympy.__version__ == '1.14.0', sympy.__version__; "
                      "from ipykernel import kernelapp; kernelapp.launch_new_instance()")
            json.dump({"argv": [python, "-c", launch, "-f", "{connection_file}"],
                       "display_name": "Python 3 (ipykernel)", "language": "python"}, fh)
        os.environ["JUPYTER_PATH"] = d
        client = nbclient.NotebookClient(nb, kernel_name="sympy14", allow_errors=True, timeout=120, record_timing=False)
        client.execute()
    nb.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}}
    nbformat.write(nb, os.path.join(here, "sympy_run.ipynb"))


def unicode_nb():
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell("∂f/∂x — «quoted» \"double\" back\\slash\ttab"),
        new_code_cell("s = 'a\\rb'\nt = 1  # ∇f\r\nu = 2\x0cv = 3"),
        new_raw_cell("line\u2028sep\u2029para\x85next\x1cfs\x0bvt\nend"),
        new_code_cell(""),
    ]
    ids(nb)
    nb.metadata = {"language_info": {"name": "python", "version": "3.11.7"}, "numbers": [1, 2.5, -3]}
    nbformat.write(nb, os.path.join(here, "unicode.ipynb"))


sympy_run(sys.argv[1])
unicode_nb()
