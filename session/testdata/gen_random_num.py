"""Generate random_num.jsonl: seeded random programs about numbers: Python
int/float/complex/bool arithmetic and printing, Python numbers meeting
SymPy numbers (Integer, Rational, Float, I, pi, E, oo, zoo, nan) in both
operand orders, conversions, round/abs/divmod, evalf and N, format specs
on Python and SymPy numbers, and str/repr of containers mixing them, with
what python3 (3.11) and SymPy 1.14 print for them.

Most statements that may raise are wrapped in try/except printing the
exception type and message, so one program checks many cases; some
programs end with an unwrapped failing statement (then stderr holds the
last traceback line and status is 1).

Each line is {"id", "code", "stdout", "stderr", "status"} as in
random_py.jsonl.

Run from the session directory:
    python3 testdata/gen_random_num.py [N] [SEED] [PREFIX]
random_num.jsonl holds num-NNNN (`python3 testdata/gen_random_num.py 500`).
"""
import json
import os
import random
import subprocess
import sys
import tempfile

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 31415
PREFIX = sys.argv[3] if len(sys.argv) > 3 else "num"

FLOATS = ["0.1", "0.2", "0.5", "1.5", "-2.5", "2.675", "1e16", "1e-5", "1e22",
          "1e-7", "123456.789", "3.0", "-0.0", "(1/3)", "(0.1+0.2)", "float('inf')",
          "float('-inf')", "float('nan')", "1.7976931348623157e308", "5e-324",
          "2.5e-3", "12345678.0", "1e15", "9999999999999998.0", "0.3", "100.0",
          "-1.25", "2.0", "1e100", "6.02e23", "1.0", "0.0", "7.5", "-3.75", "1e-10",
          "0.001", "123456789012345678.0", "(2/3)", "1.1", "(10/7)"]
SMALLINTS = list(range(-9, 10)) + [12, 17, 100, -100, 255, 1000]
BIGINTS = ["2**64", "10**20", "-(3**40)", "2**100", "10**400", "123456789012345678901234567890",
           "-987654321987654321", "2**53 + 1", "10**16"]
COMPLEX = ["1j", "(2+3j)", "complex(1, 2)", "complex(0, -1)", "(1.5-0.5j)", "(-1+0j)",
           "complex(3, 4)", "(0.5j)", "(1+1j)", "complex(2)", "(-2j)", "complex(1.5, -0.0)"]
SYMPY = ["S(1)/2", "Integer(7)", "Integer(-3)", "S(0)", "S(1)", "S(-1)", "Rational(1, 3)",
         "Rational(-7, 2)", "Rational(7, 2)", "Rational(3, 4)", "Float(2)", "Float(2.5)",
         "Float('0.1')", "Float('1e-20')", "Float(1e100)", "Float('0.1', 30)", "Float(-1.5)",
         "pi", "E", "I", "oo", "-oo", "zoo", "nan", "sqrt(2)", "sqrt(3)", "S.Half",
         "2*I", "(1 + 2*I)", "(3 - I)", "Integer(10)**20", "Float('123.456', 5)",
         "Rational(22, 7)", "Integer(2)", "Integer(12)", "Float(3)", "-pi", "E**2",
         "S(5)", "Float('2.5e-3')"]
OPS = ["+", "-", "*", "/", "//", "%", "**"]
CMPS = ["<", "<=", ">", ">=", "==", "!="]
PYSPECS = [".3f", "10.4e", ",", ">8", "<8", "^9", "+.2f", "08.3f", ".2%", ".5g", "g",
           "e", ".0f", ".1e", "_", ",.2f", "x", "b", "o", "X", "#x", "010d", "d", ".3",
           ".10g", "+", " ", "=+10.2f", "*^12.3e", ".0e", "G", "E", "", ".2", ".15g",
           ".17g", "f", "%", "12", "-^7", ".1f", ",d", "#.3g", ".0%", "+08,.1f"]
SYMSPECS = [".3f", ".2f", ".0f", "10.4e", ",", ">8", ".5", "", ".10f", "+.1f",
            "8.3f", ".2e", "g", ".20f", "f", ".1f", "^12"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.math = False

    def emit(self, *lines):
        self.lines.extend(lines)

    def guarded(self, stmt):
        """stmt wrapped in try/except (most of the time)."""
        r = self.rng
        if r.random() < 0.15:
            self.emit(stmt)
            return
        self.emit("try:", "    " + stmt,
                  r.choice(["except Exception as e:\n    print(type(e).__name__, e)",
                            "except Exception as e:\n    print(type(e).__name__ + ':', e)",
                            "except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:\n    print('error', type(e).__name__, e)"]))

    def pyint(self):
        r = self.rng
        if r.random() < 0.8:
            return str(r.choice(SMALLINTS))
        return r.choice(BIGINTS)

    def pyfloat(self):
        r = self.rng
        k = r.random()
        if k < 0.65:
            return r.choice(FLOATS)
        if k < 0.85:
            d = r.randint(1, 17)
            return repr(round(r.uniform(-1000, 1000), d))
        return "%de%d" % (r.randint(1, 99), r.randint(-30, 30))

    def pynum(self):
        r = self.rng
        k = r.random()
        if k < 0.35:
            return self.pyint()
        if k < 0.75:
            return self.pyfloat()
        if k < 0.9:
            return r.choice(COMPLEX)
        return r.choice(["True", "False"])

    def sym(self):
        return self.rng.choice(SYMPY)

    def num(self):
        return self.sym() if self.rng.random() < 0.4 else self.pynum()

    def wrap(self, a):
        """Parenthesize a for use as an operand."""
        if a.startswith("-") or any(ch in a for ch in "+-*/ ") and not a.startswith("("):
            return "(%s)" % a
        return a


def show(c, e):
    """A print statement showing e in one of several ways."""
    r = c.rng
    k = r.random()
    if k < 0.4:
        return "print(%s)" % e
    if k < 0.6:
        return "r = %s; print(r, type(r).__name__)" % e
    if k < 0.7:
        return "print(repr(%s))" % e
    if k < 0.8:
        return "print([%s])" % e
    if k < 0.9:
        return "print(f\"{%s}\", f\"{%s!r}\")" % (e, e)
    return "print((%s,), str(%s))" % (e, e)


def sn_pyarith(c):
    r = c.rng
    for _ in range(r.randint(1, 3)):
        a, b = c.pynum(), c.pynum()
        op = r.choice(OPS)
        if op == "**" and ("10**" in a or "2**" in a or "3**" in a):
            a = c.pyfloat()
        if op == "**" and b in BIGINTS:
            b = str(r.randint(-3, 5))
        c.guarded(show(c, "%s %s %s" % (c.wrap(a), op, c.wrap(b))))


def sn_intops(c):
    r = c.rng
    a = r.choice([r.randint(-50, 50), r.randint(-10**6, 10**6)])
    b = r.choice([r.randint(-9, 9), r.randint(-100, 100)])
    forms = ["%d // %d", "%d %% %d", "divmod(%d, %d)", "%d ** %d", "pow(%d, %d)",
             "%d / %d", "-%d // %d", "(%d) %% -%d", "divmod(%d, -%d)", "%d ** -%d",
             "pow(%d, %d, 7)", "%d >> 1 if %d else 0", "%d & %d", "%d | %d", "%d ^ %d",
             "abs(%d) - abs(%d)", "%d << 3 if %d >= 0 else 0", "divmod(%d.5, %d)",
             "%d.0 // %d", "%d %% %d.5", "-%d.0 %% %d", "~%d + %d"]
    for _ in range(r.randint(1, 3)):
        f = r.choice(forms)
        c.guarded(show(c, f % (a, b)))


def sn_bigint(c):
    r = c.rng
    forms = ["2**%d" % r.randint(60, 200), "10**%d - 1" % r.randint(17, 40),
             "-(7**%d)" % r.randint(20, 60), "3**%d // 2**%d" % (r.randint(50, 90), r.randint(10, 60)),
             "float(10**%d)" % r.choice([15, 16, 17, 22, 308, 309, 400]),
             "10**%d / 3" % r.choice([20, 300, 310, 400]), "int(1e%d)" % r.randint(15, 30),
             "int(%s)" % c.pyfloat(), "float(2**%d)" % r.choice([53, 54, 64, 1023, 1024, 1100]),
             "(2**%d + 1) %% 1000" % r.randint(64, 128), "len(str(3**%d))" % r.randint(100, 500),
             "2**0.5 * 10**%d" % r.randint(1, 400), "divmod(10**30, 7)", "-(10**25) // 3",
             "2.0 ** %d" % r.choice([10, 100, 1023, 1024, 5000, -1074, -1075]),
             "(-8) ** (1/3)", "(-2) ** 0.5", "0 ** 0", "0.0 ** -1", "0 ** -1", "int('%d')" % r.randint(-999, 999),
             "int('  42  ')", "int('3.5')", "float('1e500')", "float('-0')", "int(-0.0)",
             "10**400 * 1.0", "10**20 == 1e20", "2**53 + 1 == float(2**53 + 1)", "hex(2**70)"]
    for _ in range(r.randint(1, 3)):
        c.guarded(show(c, r.choice(forms)))


def sn_round(c):
    r = c.rng
    forms = ["round(%s)" % r.choice(["2.5", "3.5", "-0.5", "0.5", "1.5", "-2.5", "2.675", "1e20", "7", "-7", "float('inf')", "float('nan')"]),
             "round(%s, %d)" % (r.choice(["2.675", "1.005", "0.125", "123.456", "-1.5", "1e-7", "1234567.891", "0.5", "1/3"]), r.randint(-3, 4)),
             "round(%d, -%d)" % (r.randint(-99999, 99999), r.randint(0, 4)),
             "round(%s)" % c.sym(), "round(%s, %d)" % (c.sym(), r.randint(0, 5)),
             "abs(%s)" % c.num(), "abs(%s)" % c.pynum(),
             "int(%s)" % c.sym(), "float(%s)" % c.sym(), "complex(%s)" % c.sym(),
             "int(%s)" % c.pyfloat(), "float(%s)" % c.pyint(), "complex(%s)" % c.pynum(),
             "bool(%s)" % c.num(), "int(%s)" % r.choice(["True", "2.999", "-2.999", "1e19", "Rational(7, 2)", "Rational(-7, 2)", "Float('2.9')", "pi*10"]),
             "max(%s, %s)" % (c.num(), c.num()), "min(%s, %s, %s)" % (c.pynum(), c.pynum(), c.pynum()),
             "sum([%s, %s, %s])" % (c.num(), c.num(), c.num()), "pow(%s, %s)" % (c.num(), c.num()),
             "divmod(%s, %s)" % (c.num(), c.num()), "(%s).conjugate()" % r.choice(COMPLEX),
             "(%s).real, (%s).imag" % (r.choice(COMPLEX), r.choice(COMPLEX)), "(%s).is_integer()" % c.pyfloat(),
             "(%s).as_integer_ratio()" % r.choice(["0.5", "0.1", "-2.25", "3.0", "7"])]
    for _ in range(r.randint(1, 3)):
        c.guarded(show(c, r.choice(forms)))


def sn_complex(c):
    r = c.rng
    for _ in range(r.randint(1, 3)):
        a = r.choice(COMPLEX + ["%d" % r.randint(-5, 5), c.pyfloat()])
        b = r.choice(COMPLEX)
        if r.random() < 0.5:
            a, b = b, a
        op = r.choice(["+", "-", "*", "/", "**", "==", "!=", "<"])
        if op == "**" and r.random() < 0.6:
            b = str(r.randint(-3, 4))
        c.guarded(show(c, "%s %s %s" % (c.wrap(a), op, c.wrap(b))))


def sn_mixed(c):
    r = c.rng
    for _ in range(r.randint(1, 4)):
        a, b = c.pynum(), c.sym()
        if r.random() < 0.5:
            a, b = b, a
        op = r.choice(OPS + CMPS[:1] + CMPS[4:])
        if op == "**" and any(t in a + b for t in ("10**", "2**", "3**", "1e100", "e308", "e22", "e23", "1e16")):
            op = "*"
        c.guarded(show(c, "%s %s %s" % (c.wrap(a), op, c.wrap(b))))


def sn_sympyarith(c):
    r = c.rng
    for _ in range(r.randint(1, 3)):
        a, b = c.sym(), c.sym()
        op = r.choice(OPS + CMPS)
        if op == "**" and any(t in a + b for t in ("Integer(10)**20", "1e100", "E**2")):
            op = "+"
        c.guarded(show(c, "%s %s %s" % (c.wrap(a), op, c.wrap(b))))


def sn_evalf(c):
    r = c.rng
    vals = ["pi", "E", "sqrt(2)", "S(10)**50", "S(1)/3**40", "Rational(1, 7)", "exp(S(100))",
            "S(123456789)", "Float('0.1', 30)", "Float(0.1, 30)", "Float('1e-20')", "Float(1e100)",
            "Float(2)**100", "pi*10**20", "pi/10**20", "1 + 2*I", "sqrt(2)*I", "exp(I)", "E**pi",
            "Float(1/3)", "Float('1.5e300')*Float('1e300')", "S(2)**Rational(1, 3)", "log(2)",
            "Float('123.456', 5)", "Rational(-22, 7)", "sin(1)", "-pi", "Float(12345678.9)",
            "Integer(10)**15 + Rational(1, 3)", "Float(1e-5)", "Float(100)", "Float(0)", "Float(-0.0)",
            "pi**100", "Float('inf')", "Float('nan')", "Float(1e16)", "Float(123.456)"]
    forms = ["N(%s, %d)", "(%s).evalf(%d)", "N(%s)", "(%s).evalf()", "Float(%s, %d)",
             "(%s).n(%d)", "N(%s, %d) * 2", "float(N(%s, %d))"]
    for _ in range(r.randint(1, 4)):
        f = r.choice(forms)
        v = r.choice(vals)
        k = r.choice([1, 2, 3, 5, 10, 15, 16, 20, 30, 50])
        e = f % ((v, k) if f.count("%") == 2 else (v,))
        c.guarded(show(c, e))


def sn_format(c):
    r = c.rng
    parts = []
    for _ in range(r.randint(1, 3)):
        if r.random() < 0.6:
            v = c.pynum() if r.random() < 0.85 else str(r.choice(SMALLINTS))
            spec = r.choice(PYSPECS)
        else:
            v = c.sym()
            spec = r.choice(SYMSPECS)
        parts.append("{%s:%s}" % (v, spec) if spec else "{%s}" % v)
    sep = r.choice([" ", "|", ", "])
    stmt = "print(f\"%s\")" % sep.join(parts)
    if r.random() < 0.2:
        v = c.num()
        spec = r.choice(PYSPECS + SYMSPECS)
        stmt = r.choice(["print(format(%s, '%s'))" % (v, spec), "print('{:%s}'.format(%s))" % (spec, v),
                         "print('%%.3f %%d %%s' %% (%s, 7, %s))" % (c.pyfloat(), v),
                         "print('%%g|%%e|%%r' %% (%s, %s, %s))" % (c.pyfloat(), c.pyfloat(), v)])
    c.guarded(stmt)


def sn_containers(c):
    r = c.rng
    items = [c.num() for _ in range(r.randint(2, 5))]
    k = r.random()
    if k < 0.3:
        c.guarded("print([%s])" % ", ".join(items))
    elif k < 0.5:
        c.guarded("print(repr((%s,)))" % ", ".join(items))
    elif k < 0.7:
        c.guarded("print({%s})" % ", ".join("%r: %s" % ("k%d" % i, v) for i, v in enumerate(items)))
    elif k < 0.85:
        c.guarded("print(str([%s]), sorted([%s]))" % (", ".join(items), ", ".join(c.pyint() if r.random() < 0.5 else c.pyfloat() for _ in items)))
    else:
        c.guarded("print({%s: %s}, [%s][::-1])" % (c.pyint(), items[0], ", ".join(items)))


def sn_compare(c):
    r = c.rng
    for _ in range(r.randint(1, 3)):
        a, b = c.num(), c.num()
        op = r.choice(CMPS)
        c.guarded("print(%s %s %s)" % (c.wrap(a), op, c.wrap(b)))
    if r.random() < 0.3:
        c.guarded("print(0.1 + 0.2 == 0.3, 1 == 1.0 == True, S(1)/2 == 0.5, float('nan') == float('nan'), %s is %s)" % (c.sym(), c.sym()))


def sn_mathmod(c):
    r = c.rng
    c.math = True
    forms = ["math.sqrt(%s)" % r.choice(["2", "16", "-1", "0.5", "1e100"]),
             "math.floor(%s)" % c.pyfloat(), "math.ceil(%s)" % c.pyfloat(),
             "math.pi", "math.e", "math.inf", "-math.inf", "math.isclose(0.1 + 0.2, 0.3)",
             "math.log(%s)" % r.choice(["10", "0.5", "0", "1e300", "2**1000"]),
             "math.exp(%s)" % r.choice(["1", "710", "-1000", "0.5"]), "math.trunc(%s)" % c.pyfloat(),
             "math.gcd(%d, %d)" % (r.randint(-99, 99), r.randint(1, 99)), "math.factorial(%d)" % r.randint(0, 30),
             "math.isnan(%s)" % c.pyfloat(), "math.isinf(%s)" % c.pyfloat(), "math.fabs(%s)" % c.pyint(),
             "math.pow(%s, %s)" % (c.pyint(), c.pyint()), "math.sin(%s)" % c.pyfloat(),
             "math.copysign(1, %s)" % c.pyfloat(), "math.fmod(%d, %d)" % (r.randint(-20, 20), r.randint(-5, 5)),
             "math.hypot(3, 4)", "math.atan2(%s, %s)" % (c.pyint(), c.pyint()), "math.log10(%s)" % c.pyint(),
             "math.log2(%s)" % c.pyint(), "math.comb(%d, %d)" % (r.randint(0, 40), r.randint(0, 20))]
    for _ in range(r.randint(1, 2)):
        c.guarded(show(c, r.choice(forms)))


SNIPPETS = [sn_pyarith, sn_pyarith, sn_intops, sn_bigint, sn_round, sn_complex, sn_mixed, sn_mixed,
            sn_mixed, sn_sympyarith, sn_sympyarith, sn_evalf, sn_evalf, sn_format, sn_format,
            sn_format, sn_containers, sn_compare, sn_mathmod]


def program(rng):
    c = Ctx(rng)
    for _ in range(rng.randint(2, 4)):
        rng.choice(SNIPPETS)(c)
    if rng.random() < 0.12:
        e = rng.choice(["1/0", "0**-1", "1 % 0", "divmod(1.5, 0)", "float(10**400)", "int(float('inf'))",
                        "int(float('nan'))", "complex(1, 2) < 1j", "10**400 / 3", "2.0**5000",
                        "format(1.5, 'd')", "f'{pi:,}'", "int(zoo)", "float(I)", "int('x')",
                        "1 // 0.0", "math.sqrt(-1)" if c.math else "pow(2, 3, 0)", "Float('abc')"])
        c.emit("print(%s)" % e)
    head = ["from sympy import *"]
    if c.math:
        head.append("import math")
    return "\n".join(head + c.lines) + "\n"


def run(code):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.py")
        with open(path, "w") as fh:
            fh.write(code)
        try:
            p = subprocess.run([sys.executable, "case.py"], cwd=d, capture_output=True, text=True, timeout=10)
        except subprocess.TimeoutExpired:
            return None
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
        res = run(code)
        if res is None:  # too slow to be a useful case
            continue
        stdout, stderr, status = res
        if "Warning" in stderr or "Warning" in stdout:
            continue
        out.append({"id": "%s-%04d" % (PREFIX, len(out) + 1), "code": code, "stdout": stdout,
                    "stderr": stderr, "status": status})
    name = "random_num.jsonl" if PREFIX == "num" else "random_%s.jsonl" % PREFIX
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), "w") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
