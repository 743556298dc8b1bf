"""Generate sys_golden.jsonl: the part of Python's sys module that
notebooks and scripts use (version_info, float_info, maxsize, the
standard streams, print(file=...), the recursion limit, sys.exit and
SystemExit), from CPython 3.11 running each program as a script (a
subprocess, so that sys.stdout is the real stream). dcalc must print the
same or raise NotImplementedError. Run with python3 (3.11.7, the
version dcalc's sys reports):

    python3 session/testdata/gen_sys.py > session/testdata/sys_golden.jsonl
"""
import json
import subprocess
import sys

assert sys.version_info[:3] == (3, 11, 7), sys.version

PRE = "import sys\n"

programs = [
    "print(sys.version_info)\nprint(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)\nprint(type(sys.version_info), sys.version.split()[0] == '.'.join(map(str, sys.version_info[:3])))\nprint(sys.hexversion >> 16, hex(sys.hexversion)[:6])",
    "print(sys.float_info)\nprint(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[8])\nprint(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.maxunicode, sys.float_repr_style)",
    "n = sys.stdout.write('hi\\n')\nprint(n, sys.stdout.write(''), sys.stdout.write('αβ'))\nprint(sys.stdout.flush(), sys.stdout.writelines(['a', 'b\\n']))\nprint(sys.stdout)\nprint(repr(sys.stderr), sys.stdout.encoding)",
    "print(sys.getrecursionlimit())\nsys.setrecursionlimit(5000)\nprint(sys.getrecursionlimit())\ndef f(k):\n    return 0 if k == 0 else 1 + f(k - 1)\nprint(f(4900))\nsys.setrecursionlimit(200)\ntry:\n    f(300)\nexcept RecursionError as e:\n    print('RecursionError', e)\nsys.setrecursionlimit(1000)",
    "for bad in [0, -5]:\n    try:\n        sys.setrecursionlimit(bad)\n    except ValueError as e:\n        print(e)\ntry:\n    sys.setrecursionlimit(2.5)\nexcept TypeError as e:\n    print(e)",
    "class W:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n        self.parts.append(s)\nw = W()\nprint(1, 'a', 2.5, file=w)\nprint(file=w, sep='-', end='!')\nprint(w.parts)\nprint('to stdout', file=sys.stdout)\nprint('x', file=None)",
    "for code in [None, 0, 3, 'bye', (1, 2)]:\n    try:\n        sys.exit(code)\n    except SystemExit as e:\n        print(repr(e.code), e.args, repr(str(e)))\ntry:\n    sys.exit()\nexcept SystemExit as e:\n    print(e.code, e.args, isinstance(e, Exception), isinstance(e, BaseException))",
    "try:\n    exit(5)\nexcept SystemExit as e:\n    print('exit', e.code)\ntry:\n    quit()\nexcept SystemExit as e:\n    print('quit', e.code)\ntry:\n    raise SystemExit('x')\nexcept Exception:\n    print('not here')\nexcept BaseException as e:\n    print(type(e).__name__, e)",
    "sys.path.append('..')\nsys.path.insert(0, '/tmp')\nprint(type(sys.path).__name__, type(sys.argv).__name__, sys.path[0], sys.path[-1])\nprint(sys.getdefaultencoding(), sys.getfilesystemencoding())",
    "try:\n    sys.no_such_thing\nexcept AttributeError as e:\n    print(e)\nfrom sys import version_info, maxsize\nprint(version_info.major, maxsize > 2**62)",
    "import sys as s2\nprint(s2 is sys, s2.version_info[0])\nimport sympy\nprint(sympy.__version__, type(sympy.__version__).__name__)",
]

for src in programs:
    r = subprocess.run([sys.executable, "-c", PRE + src], capture_output=True, text=True, timeout=60)
    out = r.stdout
    if r.returncode != 0:
        out += r.stderr.strip().splitlines()[-1] + "\n"
    print(json.dumps({"src": src, "stdout": out}))
