"""Generate random_py.jsonl: seeded random notebook-style programs (the
Python subset of tier t5_python) with what python3 (3.11) and SymPy 1.14
print for them.

random_py.jsonl holds two runs: ids py-NNNN from the default seed
(`python3 gen_random_py.py 900`) and py2-NNNN from
`python3 gen_random_py.py 300 4242` (ids renamed py- -> py2-), a fresh
seed used to check that fixes generalise.

Each line is {"id", "code", "stdout", "stderr", "status"}: stdout is the
program's whole standard output, stderr the last line of its traceback
(empty when it succeeds) and status its exit status.

Run from the session directory: python3 testdata/gen_random_py.py [N] [SEED]
"""
import json
import os
import random
import subprocess
import sys
import tempfile

N = int(sys.argv[1]) if len(sys.argv) > 1 else 600
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20250501

SYMSETS = [["x"], ["x", "y"], ["x", "y", "z"], ["t"], ["a", "b"], ["theta"],
           ["x1", "x2"], ["u", "v"], ["s", "t"], ["r", "theta"]]
FUNCS1 = ["sin", "cos", "exp", "log", "tan", "sqrt", "atan", "sinh", "cosh"]
NAMES = ["f", "g", "h", "expr", "func", "F", "u_expr", "p", "q", "phi"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.style = rng.choice(["star", "star", "star", "list", "sp", "sympy"])
        self.used = set()
        self.syms = rng.choice(SYMSETS)
        self.exprs = []  # names bound to SymPy expressions
        self.lines = []
        self.fresh = 0

    def q(self, name):
        """Qualified SymPy name for the import style."""
        self.used.add(name)
        if self.style == "sp":
            return "sp." + name
        if self.style == "sympy":
            return "sympy." + name
        return name

    def newname(self, base="tmp"):
        self.fresh += 1
        return "%s%d" % (base, self.fresh)

    def sym(self):
        return self.rng.choice(self.syms)

    def coef(self):
        return self.rng.choice(["", "2*", "3*", "5*", "-", "7*", "%s(1, 2)*" % self.q("Rational")])

    def atom(self):
        r = self.rng
        s = self.sym()
        k = r.random()
        if k < 0.35:
            return "%s%s**%d" % (self.coef(), s, r.randint(2, 5))
        if k < 0.65:
            fn = r.choice(FUNCS1)
            arg = r.choice([s, "%d*%s" % (r.randint(2, 4), s), "%s**2" % s])
            return "%s%s(%s)" % (self.coef(), self.q(fn), arg)
        if k < 0.8 and len(self.syms) > 1:
            a, b = r.sample(self.syms, 2)
            return "%s%s*%s**%d" % (self.coef(), a, b, r.randint(1, 3))
        return "%s%s" % (self.coef(), s)

    def expr(self):
        r = self.rng
        n = r.randint(1, 3)
        terms = [self.atom() for _ in range(n)]
        if r.random() < 0.3:
            terms.append(str(r.randint(1, 9)))
        e = " + ".join(terms).replace("+ -", "- ")
        if r.random() < 0.2:
            e = "(%s)*%s" % (e, self.atom())
        return e

    def diff(self, e, v):
        if self.rng.random() < 0.5:
            return "%s(%s, %s)" % (self.q("diff"), e, v)
        if e.isidentifier():
            return "%s.diff(%s)" % (e, v)
        return "(%s).diff(%s)" % (e, v)

    def ename(self):
        return self.rng.choice(self.exprs)

    def emit(self, *lines):
        self.lines.extend(lines)


def header(c):
    r = c.rng
    lines = []
    if r.random() < 0.2:
        lines.append("# " + r.choice(["derivatives", "setup", "notebook cell", "compute gradients"]))
    syms = c.syms
    if r.random() < 0.5 or len(syms) == 1:
        sep = r.choice([" ", ", ", ","])
        lhs = ", ".join(syms) if len(syms) > 1 else syms[0]
        lines.append("%s = %s('%s')" % (lhs, c.q("symbols"), sep.join(syms)))
    else:
        for s in syms:
            lines.append("%s = %s('%s')" % (s, c.q("Symbol"), s))
    if r.random() < 0.3:
        lines.append("")
    for _ in range(r.randint(1, 2)):
        name = r.choice([n for n in NAMES if n not in c.exprs])
        comment = "  # the function" if r.random() < 0.15 else ""
        lines.append("%s = %s%s" % (name, c.expr(), comment))
        c.exprs.append(name)
    return lines


# Snippets: each appends lines to c using the names bound so far.

def sn_fstring(c):
    r = c.rng
    e, v = c.ename(), c.sym()
    parts = []
    for _ in range(r.randint(2, 4)):
        k = r.random()
        if k < 0.25:
            parts.append("d%s/d%s = {%s}" % (e, v, c.diff(e, v)))
        elif k < 0.35:
            parts.append("{%s!r}" % e)
        elif k < 0.45:
            parts.append("len={len(str(%s)):>4}" % e)
        elif k < 0.55:
            sub = ", ".join("%s: %d" % (s, r.randint(1, 3)) for s in c.syms)
            parts.append("val={float(%s.subs({%s})):.%df}" % (e, sub, r.randint(1, 5)))
        elif k < 0.62:
            parts.append("n={%d:03d}" % r.randint(1, 99))
        elif k < 0.7:
            parts.append("{str(%s):<12}|" % v)
        elif k < 0.77:
            parts.append("{%s!s:>6}" % v)
        elif k < 0.84:
            parts.append("{%d/%d:.3e}" % (r.randint(1, 99), r.randint(1, 99)))
        elif k < 0.9:
            parts.append("{%s.subs(%s, 0)}" % (e, v))
        else:
            parts.append("{%s(%d, %d):.4f}" % (c.q("Rational"), r.randint(1, 9), r.randint(2, 9)))
    c.emit("print(f\"%s\")" % r.choice([", ", "; ", " ", " | "]).join(parts))


def sn_print_sep(c):
    r = c.rng
    e = c.ename()
    args = [c.diff(e, v) for v in c.syms]
    if r.random() < 0.5:
        args.insert(0, repr(r.choice(["grad:", "d =", "->"])))
    sep = r.choice(['", "', '"\\t"', '" | "', '""', '"\\n"'])
    end = r.choice(["", "", ', end="\\n\\n"', ', end=" END\\n"', ", end=''"])
    c.emit("print(%s, sep=%s%s)" % (", ".join(args), sep, end))
    if "end=''" in end:
        c.emit("print()")


def sn_unpack(c):
    r = c.rng
    e = c.ename()
    names = ["d_" + s for s in c.syms]
    if len(names) == 1:
        names.append("d2_" + c.syms[0])
        c.emit("%s, %s = %s, %s" % (names[0], names[1], c.diff(e, c.syms[0]),
                                    "%s(%s, %s, 2)" % (c.q("diff"), e, c.syms[0])))
    elif r.random() < 0.5:
        c.emit("%s = [%s for v in (%s,)]" % (", ".join(names), c.diff(e, "v"), ", ".join(c.syms)))
    else:
        c.emit("%s = %s" % (", ".join(names), ", ".join(c.diff(e, s) for s in c.syms)))
    c.emit("print(%s)" % ", ".join(names))
    if len(names) >= 2 and r.random() < 0.5:
        c.emit("%s, %s = %s, %s" % (names[0], names[1], names[1], names[0]))
        c.emit("print(%s)" % names[0])


def sn_containers(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    if k < 0.25:
        c.emit("ds = [%s for v in %s]" % (c.diff(e, "v"), "[" + ", ".join(c.syms) + "]"))
        c.emit("print(ds, len(ds), ds[0], ds[-1:])")
    elif k < 0.45:
        c.emit("tup = (%s, %s, %d)" % (e, c.diff(e, c.syms[0]), r.randint(0, 9)))
        c.emit("print(tup, tup[1:], tup[::-1][0], str(tup), repr(tup[:1]))")
    elif k < 0.65:
        c.emit("dd = {v: %s for v in (%s,)}" % (c.diff(e, "v"), ", ".join(c.syms)))
        c.emit("print(dd)")
        c.emit("print(list(dd.keys()), dd[%s], %s in dd, len(dd))" % (c.syms[0], c.syms[-1]))
    elif k < 0.8:
        c.emit("named = {str(v): %s for v in (%s,)}" % (c.diff(e, "v"), ", ".join(c.syms)))
        c.emit("for key, val in named.items():")
        c.emit("    print(key, '=>', val)")
        c.emit("print(named)")
    else:
        c.emit("nums = {%s}" % ", ".join(str(r.randint(0, 40)) for _ in range(r.randint(2, 6))))
        c.emit("nums.add(%d)" % r.randint(0, 40))
        c.emit("print(nums, len(nums), sorted(nums), %d in nums, set(), {1, 2} | {3})" % r.randint(0, 40))


def sn_comprehension(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    if k < 0.25:
        c.emit("print([%s for n in range(1, %d)])" % ("%s(%s, %s, n)" % (c.q("diff"), e, c.syms[0]), r.randint(2, 4)))
    elif k < 0.45:
        c.emit("print([d for d in [%s for v in (%s,)] if d != 0])" % (c.diff(e, "v"), ", ".join(c.syms)))
    elif k < 0.6:
        c.emit("print(sum(%s for v in (%s,)))" % (c.diff(e, "v"), ", ".join(c.syms)))
    elif k < 0.72:
        c.emit("print({i: i**2 for i in range(%d) if i %% 2 == 0}, {i %% 3 for i in range(%d)})" % (r.randint(3, 8), r.randint(3, 9)))
    elif k < 0.85:
        c.emit("print(any(%s == 0 for v in (%s,)), all(%s.has(v) for v in (%s,)))" % (
            c.diff(e, "v"), ", ".join(c.syms), e, ", ".join(c.syms)))
    else:
        c.emit("print(list(zip([%s], [%s for w in (%s,)])))" % (", ".join(c.syms), c.diff(e, "w"), ", ".join(c.syms)))


def sn_loop(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    if k < 0.3:
        c.emit("for i, v in enumerate((%s,)):" % ", ".join(c.syms))
        c.emit("    print(i, v, %s)" % c.diff(e, "v"))
    elif k < 0.5:
        c.emit("cur = %s" % e)
        c.emit("n = 0")
        c.emit("while n < %d:" % r.randint(1, 3))
        c.emit("    cur = %s" % c.diff("cur", c.syms[0]))
        c.emit("    n += 1")
        c.emit("    if cur == 0:")
        c.emit("        print('vanished at', n)")
        c.emit("        break")
        c.emit("else:")
        c.emit("    print('still', cur)")
    elif k < 0.7:
        c.emit("for v in [%s]:" % ", ".join(c.syms))
        c.emit("    d = %s" % c.diff(e, "v"))
        c.emit("    if d == 0:")
        c.emit("        continue")
        c.emit("    elif isinstance(d, %s):" % c.q("Add"))
        c.emit("        print(v, 'sum of', len(d.args), 'terms')")
        c.emit("    else:")
        c.emit("        print(v, type(d).__name__, d)")
    elif k < 0.85:
        c.emit("for (name, fn) in [%s]:" % ", ".join(
            "(%r, %s(%s))" % (fn, c.q(fn), c.syms[0]) for fn in r.sample(FUNCS1, 3)))
        c.emit("    print(name + ':', fn.diff(%s), sep=' ')" % c.syms[0])
    else:
        c.emit("total = 0")
        c.emit("for k in range(%d):" % r.randint(2, 5))
        c.emit("    if k == 1:")
        c.emit("        pass")
        c.emit("    total += k * %s" % c.syms[0])
        c.emit("print(total, total.diff(%s))" % c.syms[0])


def sn_reassign(c):
    e = c.ename()
    c.emit("%s = %s" % (e, c.diff(e, c.sym())))
    c.emit("print(%s)" % e)


def sn_function(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    if k < 0.3:
        c.emit("def grad(expr, *vars):")
        c.emit("    return [%s for v in vars]" % c.diff("expr", "v"))
        c.emit("print(grad(%s, %s))" % (e, ", ".join(c.syms)))
    elif k < 0.55:
        c.emit("def nth(expr, var, n=1, label='d'):")
        c.emit("    return f'{label}{n}: {%s(expr, var, n)}'" % c.q("diff"))
        c.emit("print(nth(%s, %s))" % (e, c.syms[0]))
        c.emit("print(nth(%s, %s, n=2, label='D'))" % (e, c.syms[0]))
    elif k < 0.7:
        c.emit("d = lambda ex, v=%s: %s" % (c.syms[0], c.diff("ex", "v")))
        c.emit("print(d(%s), d(d(%s)))" % (e, e))
    elif k < 0.85:
        c.emit("def make(var):")
        c.emit("    def inner(ex):")
        c.emit("        return %s" % c.diff("ex", "var"))
        c.emit("    return inner")
        c.emit("dv = make(%s)" % c.syms[-1])
        c.emit("print(dv(%s), list(map(dv, [%s, %s])))" % (e, e, c.syms[0]))
    else:
        c.emit("scale = %d" % r.randint(2, 5))
        c.emit("def scaled(ex):")
        c.emit("    return scale * %s" % c.diff("ex", c.syms[0]))
        c.emit("print(scaled(%s))" % e)
        c.emit("scale = %d" % r.randint(6, 9))
        c.emit("print(scaled(%s))" % e)


def sn_builtins(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    lst = "[%s]" % ", ".join(c.diff(e, s) for s in c.syms) if len(c.syms) > 1 else "[%s, %s]" % (e, c.diff(e, c.syms[0]))
    if k < 0.3:
        c.emit("ds = %s" % lst)
        c.emit("print(sorted(ds, key=str), sorted(ds, key=lambda d: len(str(d)), reverse=True)[0])")
    elif k < 0.5:
        c.emit("ds = %s" % lst)
        c.emit("print(min(ds, key=lambda d: len(str(d))), max(len(str(d)) for d in ds), sum(ds))")
    elif k < 0.65:
        c.emit("vals = [%s(%d, %d), %s(%d), %d, %s(1, %d)]" % (
            c.q("Rational"), r.randint(1, 9), r.randint(2, 9), c.q("Integer"), r.randint(-5, 5), r.randint(-9, 9),
            c.q("Rational"), r.randint(2, 9)))
        c.emit("print(sorted(vals), min(vals), max(vals), sum(vals), abs(vals[1]), round(%s(7, 3), 2))" % c.q("Rational"))
    elif k < 0.8:
        c.emit("print(list(reversed([%s])), list(filter(lambda v: v != %s, [%s])))" % (
            ", ".join(c.syms), c.syms[0], ", ".join(c.syms)))
    else:
        c.emit("print(int(%d.7), float(%s(1, 4)), str(%s), repr(%s(%s)), tuple([%s]), list((1, 2)), dict(a=1))" % (
            r.randint(0, 9), c.q("Rational"), c.syms[0], c.q("sin"), c.syms[0], c.syms[0]))


def sn_introspect(c):
    r = c.rng
    e = c.ename()
    k = r.random()
    if k < 0.3:
        c.emit("print(%s.func, len(%s.args), %s.is_Add, %s.is_Mul, %s.is_Pow, %s.is_Symbol)" % (e, e, e, e, e, e))
    elif k < 0.5:
        c.emit("print(type(%s).__name__, [type(a).__name__ for a in %s.args])" % (e, e))
    elif k < 0.7:
        c.emit("print(sorted(%s.free_symbols, key=str), len(%s.free_symbols), %s in %s.free_symbols)" % (e, e, c.syms[0], e))
    elif k < 0.85:
        c.emit("print(isinstance(%s, %s), isinstance(%s, (%s, %s)), isinstance(%s, %s), isinstance(2, %s))" % (
            e, c.q("Add"), e, c.q("Mul"), c.q("Pow"), c.syms[0], c.q("Symbol"), c.q("Basic")))
    else:
        c.emit("d = %s" % c.diff(e, c.syms[0]))
        c.emit("print(d == %s, d != %s, %s == %s, d.func == %s, %s(3) == 3)" % (
            c.diff(e, c.syms[0]), e, e, e, e + ".func", c.q("Integer")))


def sn_misc(c):
    r = c.rng
    e = c.ename()
    v = c.syms[0]
    k = r.randrange(12)
    if k == 0:
        c.emit("ds = [%s for w in (%s,)]" % (c.diff(e, "w"), ", ".join(c.syms)))
        c.emit("print(*ds, sep=%r, end=%r)" % (r.choice([", ", " ; ", "\n"]), r.choice(["\n", "!\n", " .\n"])))
    elif k == 1:
        c.emit("for i, (w, dw) in enumerate(zip((%s,), [%s for w in (%s,)]), start=1):" % (
            ", ".join(c.syms), c.diff(e, "w"), ", ".join(c.syms)))
        c.emit("    print(f'{i}) {str(w):>5} -> {dw}')")
    elif k == 2:
        c.emit("def nth(ex, n):")
        c.emit("    return ex if n == 0 else nth(%s, n - 1)" % c.diff("ex", v))
        c.emit("print(nth(%s, %d))" % (e, r.randint(0, 3)))
    elif k == 3:
        c.emit("calls = 0")
        c.emit("def d(ex):")
        c.emit("    global calls")
        c.emit("    calls += 1")
        c.emit("    return %s" % c.diff("ex", v))
        c.emit("print(d(d(%s)), calls)" % e)
    elif k == 4:
        c.emit("out = []")
        c.emit("for w in (%s,):" % ", ".join(c.syms))
        c.emit("    out.append(%s)" % c.diff(e, "w"))
        c.emit("out.extend([%d, %d])" % (r.randint(0, 9), r.randint(0, 9)))
        c.emit("out.insert(0, 'start')")
        c.emit("last = out.pop()")
        c.emit("print(out, last, len(out), out.index('start'), out.count(0))")
    elif k == 5:
        c.emit("table = {}")
        c.emit("for w in (%s,):" % ", ".join(c.syms))
        c.emit("    table.setdefault(str(w), []).append(%s)" % c.diff(e, "w"))
        c.emit("print(table, table.get('nope'), table.get('nope', 0), sorted(table.items(), key=lambda kv: str(kv[1])))")
    elif k == 6:
        c.emit("d1 = %s" % c.diff(e, v))
        c.emit("print(d1.func(*d1.args) == d1, d1.args[:1] if d1.args else (), d1 is None, d1 is not None, %s not in d1.free_symbols)" % v)
    elif k == 7:
        c.emit("val = %s.subs(%s, %d)" % (c.diff("x_e", v).replace("x_e", e), v, r.randint(0, 3)))
        c.emit("print(val, type(val).__name__, isinstance(val, (int, float)), 0 <= len(str(val)) < 40)")
    elif k == 8:
        c.emit("s = ', '.join(map(str, [%s for w in (%s,)]))" % (c.diff(e, "w"), ", ".join(c.syms)))
        c.emit("print(s.upper(), s.split(', ')[0], s.startswith('0'), s.count('*'), s[:10].strip())")
    elif k == 9:
        c.emit("w = %d" % r.randint(1, 5))
        c.emit("label = 'big' if w > 3 else 'small' if w > 1 else 'one'")
        c.emit("print(f'{label:*^9}|{w:>3}|{w / 7:.2%}|{w * 1000:,}|{w!r}|{-w:+}')")
    elif k == 10:
        c.emit("nums = {%s}" % ", ".join(str(r.randint(-20, 100)) for _ in range(r.randint(3, 9))))
        c.emit("nums.discard(%d)" % r.randint(-20, 100))
        c.emit("nums |= {%d, %d}" % (r.randint(0, 99), r.randint(0, 99)))
        c.emit("print(nums, {n % 5 for n in nums}, nums & {1, 2, 3, 50}, max(nums), 7 in nums)")
    else:
        c.emit("i = 0")
        c.emit("while i < 10:")
        c.emit("    i += 3")
        c.emit("    if i % 2:")
        c.emit("        continue")
        c.emit("    print('even', i, %s)" % c.diff(e, v))
        c.emit("else:")
        c.emit("    print('done', i)")


def sn_comment(c):
    c.emit(c.rng.choice(["", "# next", "", "#" + " more"]))


SNIPPETS = [sn_fstring, sn_fstring, sn_print_sep, sn_unpack, sn_containers, sn_containers,
            sn_comprehension, sn_comprehension, sn_loop, sn_loop, sn_reassign, sn_function,
            sn_function, sn_builtins, sn_builtins, sn_introspect, sn_introspect, sn_comment,
            sn_misc, sn_misc, sn_misc]


def err_snippet(c):
    r = c.rng
    e = c.ename()
    k = r.randrange(28)
    return [
        "print(%s + %s)" % (e, e[:-1] + "_" if len(e) > 1 else e + "2"),   # NameError
        "print(%s(%s))" % (c.syms[0], 2),                               # Symbol not callable
        "print(%s + 'a')" % e,                                          # str + expr
        "print(len(%d))" % r.randint(1, 9),                              # len of int
        "print(%s.nope)" % e,                                           # AttributeError
        "print([1, 2].nope)",
        "print(%d / 0)" % r.randint(1, 9),
        "print(%d %% 0)" % r.randint(1, 9),
        "for v in (%s,)\n    print(v)" % c.syms[0],                     # SyntaxError
        "print((%s, 1)" % e,
        "a1, a2 = [%s]" % e,                                            # ValueError
        "print([%s][3])" % e,
        "print({'k': %s}['j'])" % e,
        "def ff(a, b):\n    return a\nprint(ff(%s))" % e,
        "print(sorted([%s, %s]))" % (c.syms[0], c.syms[-1] + "**2 + 1"),  # Relational truth
        "print(int('%s'))" % c.syms[0],
        "def g(v):\n    return v + [1]\nprint(g((%s,)))" % c.syms[0],      # list + tuple inside a function
        "print({[%s]: 1})" % e,                                          # unhashable
        "print(sorted([1, 'a']))",
        "for v in %d:\n    print(v)" % r.randint(1, 9),
        "t = (%s, 1)\nt[0] = 2" % e,
        "print(f'{%s:>10}')" % e,
        "def h():\n    n += 1\nh()",
        "print(%s.diff(%s, 'a'))" % (e, c.syms[0]),
        "  print(%s)" % e,
        "print(min([]))",
        "print(%s(%s, %s, 0, 1))" % (c.q("diff"), e, c.syms[0]),
        "print(%s.args[%d])" % (c.syms[0], r.randint(0, 2)),
    ][k].split("\n")


def program(rng):
    c = Ctx(rng)
    body_start = header(c)
    for _ in range(rng.randint(2, 5)):
        rng.choice(SNIPPETS)(c)
    if rng.random() < 0.2:
        c.lines.extend(err_snippet(c))
    body = body_start + c.lines
    if c.style == "star":
        imp = ["from sympy import *"]
    elif c.style == "list":
        names = sorted(c.used)
        if len(names) > 4 and rng.random() < 0.5:
            imp = ["from sympy import (%s)" % ", ".join(names)]
        else:
            imp = ["from sympy import %s" % ", ".join(names)]
    elif c.style == "sp":
        imp = ["import sympy as sp"]
    else:
        imp = ["import sympy"]
    return "\n".join(imp + body) + "\n"


def run(code):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.py")
        with open(path, "w") as fh:
            fh.write(code)
        p = subprocess.run([sys.executable, "case.py"], cwd=d, capture_output=True, text=True, timeout=60)
    err = p.stderr.strip().split("\n")[-1] if p.stderr.strip() else ""
    return p.stdout, err, p.returncode


def main():
    rng = random.Random(SEED)
    out = []
    seen = set()
    while len(out) < N:
        code = program(rng)
        if code in seen:
            continue
        seen.add(code)
        stdout, stderr, status = run(code)
        if "Warning" in stderr:
            continue
        out.append({"id": "py-%04d" % (len(out) + 1), "code": code, "stdout": stdout,
                    "stderr": stderr, "status": status})
    with open(os.path.join(os.path.dirname(__file__), "random_py.jsonl"), "w") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
