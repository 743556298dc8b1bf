"""Generate syntax_errors.jsonl: the SyntaxError CPython 3.11 raises when it
compiles each source (its class, message, line, column, end line and end
column, 1-based as SyntaxError holds them), for TestCPythonSyntaxErrors.

Run from the grammar directory: python3 testdata/gen_syntax_errors.py
"""
import json, sys

assert sys.version_info[:2] == (3, 11), "CPython 3.11's messages"

CASES = [
    # generic errors: the offending token's range
    "x = = 1", "x +", "class A: pass", "a ? b", "else:", "x.1", "f(**)", "x === 1", "import", "a b c",
    "x = 5 6", "1x = 2", "[x for x in]", "def f(:\n  pass", "lambda x: yield",
    # juxtaposed expressions inside brackets: a missing comma
    "print(1 2)", "f(a b)", "x = [1, 2 3]", "{'a' 1}", "f(x + y z)", "(1, 2 3)", "f(a, b c, d)", "[1 2, 3]",
    "f(1 'a')", "f(a 'b')", "print('a' 'b' c)", "f(x) (y)", "g(f(x) 2)", "[a.b c]",
    # missing parentheses in print and exec
    'print "hi"', 'print "a", 1', "exec 'x = 1'", "print x",
    # = in a condition
    "if x = 1:\n    pass", "while y = f(2):\n    pass", "if x.a = 1:\n    pass", "elif x = 1:\n  pass",
    "if x = 1 + 2:\n    pass", "assert x = 1",
    # assignment targets
    "f() = 3", "1 = x", "True = 1", "None = 1", "False = 2", "__debug__ = 1", "x + 1 = 2", "[a, 1] = x", "a, b += 1",
    "del f()", "del 1", "(a, b) += 1", "f() += 1", "for f() in x: pass", "[1 for f() in x]", "with a as f(): pass",
    "a.b, None = 1, 2", "(yield) = 1", "x, f() = 1, 2", "lambda: 1 = 2", "a if b else c = 1", "-x = 1",
    # statements where they cannot be
    "f(a=1, b, c)", "f(**k, b)", "g(f(a=1, b), 2)", "f(a=1,\n b)", "x = {1: 2, 3, 4: 5}", "x = {1: 2, a + b}", "x = {1, 2: 3}", "x = {1: 2, 3 + 4, 5: 6}", "def f(x) -> int: pass", "0b12", "0o8", "0o78", "0b2", "1.5j2", "2j3", "1_x", "1_2x", "12abc", "x = 1e5x", "class = 3", "with = 1", "async = 1", "x = class", "print(class)", "x = with", "x = f\"a{}b\" + 1", "y = (f\"{x}\" f\"{}\")", "return", "return 1", "yield 1", "x = yield", "yield = 3", "await x", "x = await y", "f(a, x=1 for x in y)", "break", "continue", "for i in x:\n    pass\nbreak",
    "def f():\n    nonlocal x", "nonlocal x", "def f():\n    global x\n    x = 1\n    global x",
    "class C:\n    return 1", "while 1:\n    def f():\n        break",
    # function definitions and calls
    "def f(x, x): pass", "lambda x, x: 1", "def f(a, *, b, a): pass", "def f(*): pass", "def f(**k, a): pass",
    "def f(a=1, b): pass", "f(a=1, b)", "f(**k, *a)", "f(x for x in y, 1)", "f(1, x for x in y)",
    "f(a=1, a=2)", "f(a.b=1)", "f(1=2)", "f(x=1 for x in y)",
    # brackets, strings, numbers
    "x = (1, 2", "x)", "x = }", "(x]", "(x\n]", 'x = "abc', "x = '''abc\n\ndef", "3x", "x = 08", "x = 0x1g", "x = 1_",
    "x = 1 if y", "x = 1 \\ y", "b'a' 'b'", 'f"{x!z}"', 'f"{}"', 'f"}"', 'f"{x"',
    # indentation
    "a = 1\n  b = 2", "if x:\npass", "if x:\n    a\n  b", "def f():\nx",
    # others
    "x := 1", "(x := 1) = 2", "def f(): return *a", "*a = 1", "a = *b", "print(*)", "from x import", "import a.",
    "try:\n    pass", "try:\n    pass\nx = 1", "if x:\n    pass\nelse x:\n    pass", "x = [1, 2,,]", "f(,)",
    "a = 1 +* 2", "a = not", "x = 1 = 2 = ", "for x in range(3) print(x)", "while True print(1)",
    "def f() -> : pass", "class", "def", "x = {1: 2, 3}", "x = {1, 2: 3}", "a[1:2:3:4]",
    # assignment expressions and with statements
    'x := 1', 'y = x := 1', '(x := 1)', 'if x := 1: pass', 'f(x := 1)', '[y := 1, 2]',
    'def f():\n    return x := 1', '[x for y in z if (w := y)]', 'a[x := 1]', 'lambda: x := 1', '{1: x := 2}',
    '(x := 1) = 2', '[i := 0 for i in range(3)]', 'with a as f(): pass', 'with a as (b, c): pass',
    'with (a as b, c): pass', 'with a, b as c, d: pass', 'with a as 1: pass', 'f(y=x := 1)', '(x.y := 1)',
    '(a[0] := 1)', '((x) := 1)', 'def f(a=x:=1): pass', '{x := 1}', '{x := 1: 2}', 'f(**x := 1)',
    'f(*x := 1)', 'x := 1, 2', 'assert x := 1', '(True := 1)', '(None := 1)', '(__debug__ := 1)',
    '[x for x in (y := [1])]', '[(x := 1) for x in y]', 'class A:\n    [(y := 1) for x in y]',
    '[[(j := j) for i in range(5)] for j in range(5)]', 'a[1:x := 2]', 'del (x := 1)',
    'for (x := 1) in y: pass', '(x := 1) += 2', 'x.y := 1', 'a + b := 1', '1 := 2', '(y := 1, *z := 2)',
    '(x := y := 1)', 'while (x := 1) := 2: pass', 'with x := 1: pass', '[x for y in z if w := y]',
    'f(x := 1 for y in z)', 'with (a, b) as c: pass', 'with (a, b): pass', 'with (yield): pass',
    'with a as b.c, d as e[0]: pass',
    # global and nonlocal after a use, an assignment or as a parameter
    "def f(x):\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x: int = 1\n    global x",
    "x = 1\nglobal x",
    "def g():\n    x = 1\n    def f(x):\n        nonlocal x",
    "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x",
    "def f():\n    x += 1\n    global x",
    "def f():\n    for x in y: pass\n    global x",
    "def f():\n    def x(): pass\n    global x",
    "def f():\n    import x\n    global x",
    "def f():\n    (x := 1)\n    global x",
    "def f():\n    [x for y in z]\n    global x",
    "def f():\n    [y for y in x]\n    global x",
    "def f():\n    lambda: x\n    global x",
    "def f():\n    del x\n    global x",
    "def f():\n    global x, y\n    y = 1\n    global y",
    "def f():\n    try: pass\n    except E as x: pass\n    global x",
    "def f():\n    with a as x: pass\n    global x",
    "def f(a=x):\n    global x",
    "class C:\n    x = 1\n    global x",
    "def f():\n    global x\n    print(x)\n    global x",
    "def f():\n    if a:\n        x = 1\n    else:\n        global x",
    "print(x)\nglobal x",
    "def f():\n    x.y = 1\n    global x",
    "def f():\n    x[0] = 1\n    global x",
    "def f():\n    x: int\n    global x",
    "def f():\n    [(x := 1) for y in z]\n    global x",
    "def f():\n    print(f'{x}')\n    global x",
    "with a:\n    break",
    "def f():\n    with a:\n        return 1",
]

out = []
for src in CASES:
    try:
        compile(src + "\n", "<case>", "exec")
        err = None
    except SyntaxError as e:
        err = {"kind": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset,
               "end_line": e.end_lineno, "end_col": e.end_offset}
    out.append({"src": src, "err": err})

with open("testdata/syntax_errors.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "cases,", sum(o["err"] is not None for o in out), "errors")
