"""Generate ipython_transform.jsonl: cells and the Python that IPython
8.12's TransformerManager.transform_cell makes of them (magics, shell
escapes, cell magics, pasted prompts, leading indentation). Run with a
python3 that has IPython:

    python3 session/testdata/gen_ipython_transform.py > session/testdata/ipython_transform.jsonl
"""
import json

import IPython
from IPython.core.inputtransformer2 import TransformerManager

assert IPython.__version__.startswith("8."), IPython.__version__

cells = [
    "x = 1\n",
    "%matplotlib inline\nx = 1\n",
    "%matplotlib inline",
    "!ls -l\n",
    "!!ls\n",
    "files = !ls *.py\n",
    "t = %time 1 + 1\n",
    "%time  x\n",
    "if True:\n    %config A.b = 1\n    !echo hi\n",
    "    a = 1\n    a + 1\n",
    "  a=1\n b=2\n",
    "\n\n  \nx = 1\n",
    ">>> x = 1\n>>> x + 1\n",
    ">>> def f():\n...     return 1\n",
    "In [1]: x = 2\n   ...: x * 3\n",
    "x = 1\n...: y = 2\n",
    "%%time\n3 + 3\n",
    "%%timeit -n 10\nsum(range(100))\n",
    "%%capture cap\nprint('hi')\n",
    "  %%time\n  x = 1\n",
    "s = '''\n%notmagic\n!notshell\n'''\n",
    "f(1,\n  %2)\n",
    "x = (1 +\n     2)\n%who\n",
    "%run -i script.py \\\n  more args\n",
    "a = 1 # %not\n",
    "x == %s\n",
    "print('%d' % 3)\n",
    "if x != 1: pass\n",
    "%pip install sympy\n",
    "y = x;\n",
    "d['k'] = %who_ls\n",
    "x = 5 \\\n  + 3\n%who\n",
    "%\n",
    "!\n",
    "%load_ext autoreload\n%autoreload 2\n",
    "\tx = 1\n\tx\n",
    "x = 1\n    %magic\n",
]

tm = TransformerManager()
for c in cells:
    print(json.dumps({"cell": c, "python": tm.transform_cell(c)}))
