package grammar

import (
	"testing"
)

func runShapes(t *testing.T, tests []struct{ src, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got := renderSrc(tt.src); got != tt.want {
			t.Errorf("Parse(%q)\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

func TestPrecedence(t *testing.T) {
	runShapes(t, []struct{ src, want string }{
		{"-x**2", "(-(x**2))"},
		{"2**-1", "(2**(-1))"},
		{"2**3**2", "(2**(3**2))"},
		{"-2**-x**2", "(-(2**(-(x**2))))"},
		{"a**b.c(d)[e]", "(a**b.c(d)[e])"},
		{"a + b * c", "(a+(b*c))"},
		{"a - b - c", "((a-b)-c)"},
		{"a / b // c % d @ e", "((((a/b)//c)%d)@e)"},
		{"a << b + c", "(a<<(b+c))"},
		{"a | b ^ c & d", "(a|(b^(c&d)))"},
		{"a & b << c", "(a&(b<<c))"},
		{"a | b == c", "((a|b) == c)"},
		{"not a == b", "(not (a == b))"},
		{"not a and b or c", "(((not a) and b) or c)"},
		{"a or b and c", "(a or (b and c))"},
		{"a < b <= c != d", "(a < b <= c != d)"},
		{"(a < b) < c", "((a < b) < c)"},
		{"a in b not in c is d is not e", "(a in b not in c is d is not e)"},
		{"a if b else c", "(a if b else c)"},
		{"a if b else c if d else e", "(a if b else (c if d else e))"},
		{"a or b if c and d else e", "((a or b) if (c and d) else e)"},
		{"lambda: a if b else c", "(lambda : (a if b else c))"},
		{"lambda x, y=1, *a, k, **kw: x + y", "(lambda x, y=1, *a, k, **kw: (x+y))"},
		{"lambda *, k: k", "(lambda *, k: k)"},
		{"~a + -b - +c", "(((~a)+(-b))-(+c))"},
		{"(a + b) * c", "((a+b)*c)"},
		{"a.b.c", "a.b.c"},
		{"f(x)(y)", "f(x)(y)"},
	})
}

func TestStatements(t *testing.T) {
	runShapes(t, []struct{ src, want string }{
		{"a = b = 1", "a = b = 1"},
		{"a, b = b, a", "(a, b,) = (b, a,)"},
		{"(a, b), c = x", "((a, b,), c,) = x"},
		{"[a, *b] = x", "[a, *b] = x"},
		{"a, *b = x", "(a, *b,) = x"},
		{"x.y[0] = 1", "x.y[0] = 1"},
		{"x = 1; y = 2;", "x = 1; y = 2"},
		{"x += 1\ny **= 2\nz //= 3\nw >>= 4\nv @= m", "x += 1; y **= 2; z //= 3; w >>= 4; v @= m"},
		{"import sympy", "import sympy"},
		{"import sympy as sp", "import sympy as sp"},
		{"import a.b, c.d as e", "import a.b, c.d as e"},
		{"from sympy import a, b as c", "from sympy import a, b as c"},
		{"from sympy import (a,\n  b)", "from sympy import a, b"},
		{"from sympy import (a, b,)", "from sympy import a, b"},
		{"from sympy import *", "from sympy import *"},
		{"from sympy.abc import x", "from sympy.abc import x"},
		{"pass; break; continue", "pass; break; continue"},
		{"return", "return"},
		{"return a, b", "return (a, b,)"},
		{"del a, b[0]", "del a, b[0]"},
		{"global a, b\nnonlocal c", "global a, b; nonlocal c"},
		{"assert x, 'm'", `assert x, "m"`},
		{"raise", "raise"},
		{"raise E from e", "raise E from e"},
		{"if a: b\nelif c: d\nelse: e", "if a {b} else {if c {d} else {e}}"},
		{"if a:\n    b\n    c\nd", "if a {b; c}; d"},
		{"if a:\n  if b:\n    c\n  d\ne", "if a {if b {c}; d}; e"},
		{"if a:\n  if b:\n    c\n", "if a {if b {c}}"},
		{"for i, v in enumerate(xs):\n    print(i)\nelse:\n    pass\n", "for (i, v,) in enumerate(xs) {print(i)} else {pass}"},
		{"for x in a, b: pass", "for x in (a, b,) {pass}"},
		{"while x < 3:\n    x += 1\n", "while (x < 3) {x += 1}"},
		{"def f(a, b=2, *args, c, d=4, **kw):\n    return a\n", "def f(a, b=2, *args, c, d=4, **kw) {return a}"},
		{"def f(): pass", "def f() {pass}"},
		{"def f(a, *, b): pass", "def f(a, *, b) {pass}"},
		{"try:\n  a\nexcept ValueError as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  e\n",
			"try {a} except ValueError as e {b} except {c} else {d} finally {e}"},
		{"try:\n  a\nfinally:\n  e\n", "try {a} finally {e}"},
		{"x = (1 +\n     2)\ny = [1,\n\n  2,  # comment\n]\n", "x = (1+2); y = [1, 2]"},
		{"x = 1 + \\\n    2\n", "x = (1+2)"},
		{"# only a comment\n\n   \nx = 1  # trailing\n  # indented comment\ny = 2\n", "x = 1; y = 2"},
		{"if a:\n\n    # c\n    b\n\n\nc\n", "if a {b}; c"},
		{"if a:\n\tb\n", "if a {b}"},
		{"", ""},
		{"\n\n", ""},
	})
}

func TestExpressions(t *testing.T) {
	runShapes(t, []struct{ src, want string }{
		{"f(a, k=1, *r, **kw)", "f(a, k=1, *r, **kw)"},
		{"f(a,)", "f(a)"},
		{"sum(x for x in y)", "sum(gen(x for x in y))"},
		{"a[1:2]", "a[1:2]"},
		{"a[::2]", "a[::2]"},
		{"a[:]", "a[:]"},
		{"a[1:]", "a[1:]"},
		{"a[i, j]", "a[(i, j,)]"},
		{"a[i, 1:2]", "a[(i, 1:2,)]"},
		{"a[i,]", "a[(i,)]"},
		{"()", "(,)"},
		{"(a,)", "(a,)"},
		{"(a)", "a"},
		{"(a, *b)", "(a, *b,)"},
		{"[]", "[]"},
		{"[1, 2,]", "[1, 2]"},
		{"{}", "{}"},
		{"{1: 2, **d}", "{1: 2, **d}"},
		{"{1, 2}", "{1, 2}"},
		{"[x*y for x in a if x if x > 1 for y in b]", "[(x*y) for x in a if x if (x > 1) for y in b]"},
		{"{k: v for k, v in d.items()}", "{k: v for (k, v,) in d.items()}"},
		{"{x for x in s}", "{x for x in s}"},
		{"(x for x in s)", "gen(x for x in s)"},
		{"[x for x in a if b]", "[x for x in a if b]"},
		{"True, False, None, ...", "(True, False, None, ...,)"},
		{"x = *a, b", "x = (*a, b,)"},
		{"[\n  1,\n  2\n]", "[1, 2]"},
		// identifiers CPython 3.11 accepts: letters, a combining mark
		// after the first character, a letterlike symbol
		{"αβ1 + x\u0301 * ℕ", "(αβ1+(x\u0301*ℕ))"},
	})
}

func TestLiterals(t *testing.T) {
	runShapes(t, []struct{ src, want string }{
		{"123456789012345678901234567890", "123456789012345678901234567890"},
		{"1_000_000", "1000000"},
		{"0x_ff, 0o17, 0b1010, 0", "(255, 15, 10, 0,)"},
		{"00", "0"},
		{"1., .5, 1e-3, 1_000.5, 1E3", "(1, 0.5, 0.001, 1000.5, 1000,)"},
		{"2j, 1.5J, 1e2j", "(2j, 1.5j, 100j,)"},
		{`'a\nb'`, `"a\nb"`},
		{`"tab\there" 'q\'' "\\"`, `"tab\thereq'\\"`},
		{`'\x41\u00e9\101\z'`, `"Aé` + "A\\\\z" + `"`},
		{`r'\n\x'`, `"\\n\\x"`},
		{`R"\d+"`, `"\\d+"`},
		{`u'x'`, `"x"`},
		{`b'\xff\n'`, `b"\xff\n"`},
		{`rb'\x' Br"\y"`, `b"\\x\\y"`},
		{"'''a\nb'''", `"a\nb"`},
		{`"""say "hi"
"""`, `"say \"hi\"\n"`},
		{"'a' \"b\" '''c'''", `"abc"`},
		{"('a'\n 'b')", `"ab"`},
		{"'line \\\ncont'", `"line cont"`},
		{"'∂x'", `"∂x"`},
	})
}

func TestFStrings(t *testing.T) {
	runShapes(t, []struct{ src, want string }{
		{`f"a{x}b"`, `f("a" {x} "b")`},
		{`f"{x!r}"`, `f({x!r})`},
		{`f"{x!s:>10}"`, `f({x!s:">10"})`},
		{`f"{x:{w}.{p}f}"`, `f({x:{w} "." {p} "f"})`},
		{`f"{x=}"`, `f({x=x!r})`},
		{`f"{x + 1 = }"`, `f({x + 1 = (x+1)!r})`},
		{`f"{x=:.2f}"`, `f({x=x:".2f"})`},
		{`f"{{literal}} {x}"`, `f("{literal} " {x})`},
		{`F'{a["k"]}'`, `f({a["k"]})`},
		{`f"{a == b}"`, `f({(a == b)})`},
		{`f"{a != b!r}"`, `f({(a != b)!r})`},
		{`f"{d[1:2]}"`, `f({d[1:2]})`},
		{`f"{ {1: 2}[1] }"`, `f({{1: 2}[1]})`},
		{`f"{a, b}"`, `f({(a, b,)})`},
		{`"x" f"{y}" 'z'`, `f("x" {y} "z")`},
		{`rf"\d{x}"`, `f("\\d" {x})`},
		{`f"\t{x}"`, `f("\t" {x})`},
		{"f'''\n{x +\n y}'''", `f("\n" {(x+y)})`},
	})
}
