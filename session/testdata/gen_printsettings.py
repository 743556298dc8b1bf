"""Generate printsettings_golden.jsonl: init_printing's settings are
SymPy's global printer settings (Printer.set_global_settings), so
use_unicode, num_columns and wrap_line given to init_printing also
govern later pprint()/pretty() calls that do not name them, and a later
init_printing() that leaves one out (None) keeps its earlier value. Each
program runs with the global settings cleared first, as a fresh
interpreter would. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_printsettings.py > printsettings_golden.jsonl
"""
import itertools
import json

import sympy
from sympy.printing.printer import Printer

from goldenlib import run

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx, y = symbols('x y')\n"

SETTINGS = ['', 'use_unicode=False', 'use_unicode=True', 'num_columns=20', 'wrap_line=False',
            'use_unicode=False, num_columns=30', 'wrap_line=True', 'pretty_print=False',
            'use_unicode=None', 'num_columns=None']
EXPRS = ['sqrt(x)', 'Integral(x**5 + x**4 + x**3 + x**2 + x + 1, x)', 'Matrix([[x, 1], [pi, y**2]])',
         'Sum(1/x**2, (x, 1, oo))', '(x + y)**10 / 7']
CALLS = ['pprint(%s)', 'print(pretty(%s))', 'pprint(%s, use_unicode=True)', 'pretty_print(%s)',
         'pprint(%s, num_columns=40)', 'print(%s)', 'pprint([%s])']

progs = []
for first, second in itertools.product(SETTINGS, ['', 'use_unicode=True', None]):
    for k, e in enumerate(EXPRS):
        call = CALLS[(k + len(progs)) % len(CALLS)] % e
        src = 'init_printing(%s)\n' % first
        if second is not None:
            src += 'init_printing(%s)\n' % second
        progs.append(src + call + '\n')
for src in progs:
    Printer._global_settings.clear()
    out = run(PRE, src)
    if out is not None:
        print(json.dumps({"src": src, "stdout": out}))
Printer._global_settings.clear()
