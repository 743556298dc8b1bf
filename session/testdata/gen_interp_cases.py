"""Generate interp_cases_test.go: programs run by python3 (3.11) with SymPy
1.14; stdout and the traceback on stderr are the expected outputs.

Run from the session directory: python3 testdata/gen_interp_cases.py
"""
import os, subprocess, tempfile, json

CASES = [
# arithmetic and Python numbers
"print(1/2, 7//2, -7//2, 7 % 3, -7 % 3, 2**100, 2**-1, 10/4, 3*1.5)",
"print(0.1+0.2, 1e-05, 1e16, 1e15, 123456789.0, 2.0, -0.0, 1/3, float('inf'))",
"print(2j, 1+2j, (1-2j)*(3+1j), complex(1, -1), abs(3+4j))",
"print(True + 1, True * 2.5, 5 // 2.0, divmod(7, -2), divmod(7.5, 2), pow(3, 4, 5), round(2.5), round(3.5), round(2.675, 2), round(1234, -2))",
"print(int('42'), int(3.9), int(-3.9), float('1.5'), str(12), bool(0), bool([]), bool('a'))",
"print(10**20 // 3, (-10)**21 % 7, 7 ** 0, 0 ** 0, abs(-5), -(-3))",
# strings and formatting
"s = 'abc'\nprint(s[0], s[-1], s[::-1], s[1:], len(s), s * 2, 'b' in s, s.upper(), repr(s))",
"print(repr(\"it's\"), repr('a\\nb'), repr('q\"'), str(None), repr(None))",
"v = 3.14159\nn = 42\nprint(f'{v:.3f}|{n:>5}|{n:<5}|{n:^7}|{n:05d}|{v:10.2f}|{v:e}|{v:g}|{1234567.0:,.1f}|{0.5:%}')",
"x = 7\nprint(f'{x=}', f'{x = }', f'{x!r}', f'{\"s\"!r}', f'{x:{4}d}', f'{{x}}')",
"print('%d items cost %.2f (%s)' % (3, 9.5, 'ok'), '%5s|%-5s|' % ('a', 'b'))",
"print('{} and {}'.format(1, 2), '{1}{0}'.format('a', 'b'), '{x:>4}'.format(x=5), '{:.2f}'.format(2/3))",
"print(', '.join(['a', 'b']), 'a b  c'.split(), 'a,b'.split(','), '  pad '.strip(), 'abc'.replace('b', 'X'), 'x'.center(5, '*'), 'ab'.startswith('a'))",
"print(format(3.14159, '.2f'), format(42, 'x'), format(255, '#x'), format(5, 'b'), format(0.000012345, 'g'), format(123456789, 'e'))",
"print(1.0, 100.0, 1e100, 1.5e-7, 12345678901234567.0, 0.1*3, 2.5e-5, float(10**16))",
# containers
"a = [3, 1, 2]\na.append(5)\na.sort()\nprint(a, a[1:3], a[-1], len(a), sorted(a, reverse=True), list(reversed(a)), a.index(2), 3 in a)",
"t = (1, 'a', 2.5)\nprint(t, t[1], (1,), (), tuple([1, 2]), t + (3,), t * 2)",
"d = {'a': 1, 'b': 2}\nd['c'] = 3\ndel d['a']\nprint(d, list(d), list(d.keys()), list(d.values()), list(d.items()), d.get('z', 0), 'b' in d, len(d))",
"s = {3, 1, 2}\ns.add(2)\nprint(len(s), 1 in s, set(), sorted(s), {1, 2} | {3}, {1, 2} & {2})",
"print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), range(3), len(range(0, 10, 3)))",
"print(list(enumerate('ab')), list(zip([1, 2, 3], 'xy')), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])))",
"print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), min(3, 1, 2), max([1, 5, 3]), min(['bb', 'a'], key=len), any([0, 1]), all([]))",
"print([i * i for i in range(5) if i % 2 == 0], {i: i * i for i in range(3)}, {i % 2 for i in range(5)}, [(i, j) for i in range(2) for j in range(2)])",
"m = [[1, 2], [3, 4]]\nprint([row[1] for row in m], [v for row in m for v in row], m[1][0])",
"a, b = 1, 2\na, b = b, a\nc, *d = [1, 2, 3]\n*e, f = 'xyz'\n(g, h), i = (1, 2), 3\nprint(a, b, c, d, e, f, g, h, i)",
"x = y = 5\nx += 1\ny *= 2\nl = [1]\nl += [2]\nprint(x, y, l)",
# control flow
"for i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    print('done')",
"for i in range(10):\n    if i == 2:\n        break\nelse:\n    print('no')\nprint(i)",
"n = 0\nwhile n < 5:\n    n += 2\nelse:\n    print('end', n)",
"x = 5\nif x > 10:\n    print('big')\nelif x > 3:\n    print('mid')\nelse:\n    print('small')\nprint('yes' if x else 'no', x > 3 and x < 10, 0 or 'dflt', 1 < x < 10, not x)",
"for k, v in {'a': 1, 'b': 2}.items():\n    print(k, v)\nfor ch in 'hi':\n    print(ch, end='-')\nprint()",
# functions
"def f(a, b=2, *args, c=3, **kw):\n    return a, b, args, c, kw\nprint(f(1))\nprint(f(1, 5, 6, 7, c=8, z=9))",
"def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nprint(fact(25))",
"def counter():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\ninc = counter()\ninc()\nprint(inc())",
"total = 0\ndef add(v):\n    global total\n    total += v\nadd(3)\nadd(4)\nprint(total)",
"sq = lambda v: v ** 2\nprint(sq(4), (lambda: 'k')(), sorted([3, -4, 1], key=abs), sorted(['b', 'A', 'c'], key=str.lower) if False else 0)",
"def g(*, k):\n    return k\nprint(g(k=1))",
# exception chaining: raise ... from, implicit context, __cause__/__context__
"try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError(\"bad\") from e",
"def parse(s):\n    return int(s)\ndef load(s):\n    try:\n        return parse(s)\n    except ValueError as e:\n        raise RuntimeError(\"cannot load\") from e\ntry:\n    load('x')\nexcept RuntimeError as e:\n    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)\ntry:\n    try:\n        {}['k']\n    except KeyError:\n        1/0\nexcept ZeroDivisionError as e:\n    print(repr(e.__context__), e.__cause__, e.__suppress_context__)\ntry:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise ValueError('v') from None\nexcept ValueError as e:\n    print(e.__cause__, e.__suppress_context__, repr(e.__context__))\ntry:\n    [][1]\nexcept IndexError:\n    try:\n        {}['a']\n    except KeyError:\n        load('y')",
# a bare raise in an except clause re-raises with the original traceback
"try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        print(\"inner\")\n        raise\nexcept ZeroDivisionError as e:\n    print(\"outer\", e)",
"def f():\n    try:\n        return 1/0\n    except ZeroDivisionError:\n        print(\"cleanup\")\n        raise\ndef g():\n    f()\ntry:\n    g()\nexcept ZeroDivisionError as e:\n    print(\"caught\", e)\ntry:\n    raise KeyError('k')\nexcept KeyError:\n    try:\n        int('x')\n    except ValueError:\n        pass\n    try:\n        raise\n    except KeyError as e:\n        print('re', repr(e))\ng()",
"raise",
# sympy.abc has every Greek letter, pi as a Symbol
"from sympy import latex\nfrom sympy.abc import pi, iota, upsilon, omicron, x\nimport sympy.abc\nprint(pi + 1, (pi*x).diff(pi), iota, upsilon, omicron, pi.is_Symbol, latex(pi*upsilon), sympy.abc.beta)",
# frozenset and the set methods
"f = frozenset({3, 1, 2})\nprint(f, frozenset(), repr(frozenset([1])), type(f).__name__, isinstance(f, frozenset), isinstance(f, set), isinstance({1}, frozenset))\nprint(f | {4}, {4} | f, f & {1, 2}, f - {1}, f.union([7]), f.intersection({2, 3}), f.copy(), len(f), 2 in f, sorted(f))\nprint(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset({(1, 2), 3})), hash(frozenset({frozenset({1})})), frozenset({1, 2}) == {1, 2}, {frozenset({1}): 'a'})\nd = {f: 1}\nprint(d[frozenset([1, 2, 3])], frozenset('ab') == frozenset('ba'))\ntry:\n    f.add(4)\nexcept AttributeError as e:\n    print(e)\ntry:\n    hash({1})\nexcept TypeError as e:\n    print(e)\nprint(sorted(n for n in dir(f) if not n.startswith('_')))",
"a = {1, 2, 3}\nb = {3, 4}\nprint(a.symmetric_difference(b), a.isdisjoint(b), a.issuperset({1}), a.isdisjoint([7]), frozenset({1,2}).symmetric_difference([2, 5]))\na.symmetric_difference_update(b)\nprint(a, {5, 6, 7, 8, 9, 10, 11, 12, 13}.symmetric_difference({100, 5}))",
"print(hash(5), hash(-1), hash(2**61), hash(10**20), hash(1.5), hash(-0.0), hash((1, 2)), hash(True), hash(()), hash((1, (2.5, -1))), hash(3) == hash(3.0))",
"print(type(1).__name__, type(1.0).__name__, type('').__name__, type([]).__name__, type(None).__name__, isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)))",
# exceptions caught
"try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('fin')",
"try:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print(type(e).__name__, e)",
"try:\n    {}['k']\nexcept Exception as e:\n    print(repr(e), e)\ntry:\n    raise ValueError('bad', 2)\nexcept ValueError as e:\n    print(e.args, e)",
"def h():\n    try:\n        return 'try'\n    finally:\n        print('cleanup')\nprint(h())",
"try:\n    int('x')\nexcept ValueError as e:\n    print(e)\nelse:\n    print('no')",
"try:\n    assert 1 == 2, 'math'\nexcept AssertionError as e:\n    print('AE', e)",
# sympy values
"from sympy import *\nx, y = symbols('x y')\nprint(x + 1, 2*x, x/2, x**0.5, 0.1*x, x - x, (x + y)**2, 1/x, x**-2, -x)",
"from sympy import *\nx = symbols('x')\nprint([2*x, 3], (x, 1), {x: 1}, [[x]], (x,), {'k': x**2})",
"from sympy import *\nx = symbols('x')\ne = x**2 + 3*x\nprint(e.args, e.func, type(e).__name__, e.is_Add, e.is_Mul, (2*x).as_coeff_Mul(), (x**3).as_base_exp(), x.name, x.free_symbols)",
"from sympy import *\nprint(Rational(3, 6), Rational(3, 6).p, Rational(3, 6).q, Integer(7), S(1)/2, S.Half, Float(0.5), pi, E, I, oo, -oo, zoo, nan, I**2, sqrt(8))",
"from sympy import *\nprint(type(Integer(0)).__name__, type(S(1)).__name__, type(S(-1)).__name__, type(S.Half).__name__, type(pi).__name__, type(I).__name__, type(oo).__name__, type(zoo).__name__)",
"from sympy import *\nx = symbols('x')\nprint(isinstance(x, Symbol), isinstance(x + 1, Add), isinstance(2*x, Mul), isinstance(x**2, Pow), isinstance(S(3), Integer), isinstance(S(3), Rational), isinstance(Float(1), Number), isinstance(x, Expr), isinstance(sin(x), Function), isinstance(3, Basic))",
"from sympy import *\nx = symbols('x')\nprint(x == x, x + 1 == 1 + x, x == 1, S(2) == 2, S(1)/2 == 0.5, x != x, 1 < S(2), S(3) > 2.5, pi > 3)",
"from sympy import *\nx = symbols('x')\nr = x < 1\nprint(r, type(r).__name__, Eq(x, 1), Ne(x, 2))",
"from sympy import *\nx0, x1, x2 = symbols('x:3')\na, b, c = symbols('a:c')\nprint(x0, x1, x2, a, c, symbols('y'), symbols('y,'), symbols('u v', positive=True))",
"from sympy import *\nn = symbols('n', integer=True)\np = Symbol('p', positive=True)\nprint(n.is_integer, p.is_positive, (p + 1).is_positive, Symbol('q').is_positive, n.is_real)",
"from sympy import *\nf, g = symbols('f g', cls=Function)\nx = Symbol('x')\nh = Function('h')\nprint(f(x), g(x, 1), h(f(x)), type(f(x)).__name__, f(x).func, f(x).args)",
"from sympy import *\nx, y = symbols('x y')\nprint(diff(x**3, x), diff(x**3, x, 2), diff(x**2*y, x, y), diff(x**4, (x, 3)), (x**2).diff(x), diff(sin(x)*cos(x), x))",
"from sympy import *\nx = symbols('x')\nf = Function('f')\nd = Derivative(f(x), x)\nprint(d, d.doit(), Derivative(x**2, x).doit(), diff(f(x)**2, x), d.args)",
"from sympy import *\nx, y = symbols('x y')\ne = x**2 + y\nprint(e.subs(x, 2), e.subs({x: 1, y: 2}), e.subs([(x, y), (y, 3)]), e.subs(x, y))",
"from sympy import *\nx = symbols('x')\nprint(sin(0), cos(pi), log(1), log(E), sqrt(4), Abs(-3), abs(-x), sin(-x), exp(log(x)), log(8, 2))",
"import sympy as sp\nx = sp.Symbol('x')\nprint(sp.diff(sp.sin(x)**2, x), sp.pi, sp.Rational(1, 3))",
"from sympy import symbols, diff\nx = symbols('x')\nprint(diff(x**5, x))",
"import sympy\nfrom sympy.abc import a, b\nprint(sympy.expand_log if False else a + b)",
"from sympy import *\nx = symbols('x')\nprint(f'{x**2}', f'{S(1)/3:.3f}', f'{Float(2.5):.2f}', f'{pi:.4f}', format(x), str(x**2), repr(x+1))",
"from sympy import *\nx = symbols('x')\nprint(latex(x**2/2), latex(sqrt(x)))\npprint(x**2/2, use_unicode=True)\npprint(x**2/2, use_unicode=False)",
"from sympy import *\nx = symbols('x')\nprint(1/S(0), S(0)/0 if False else 0, x/0, S(2)**100, Integer(10)**-2)",
"from sympy import *\nx = symbols('x')\nfor e in [x, 5*x - 8, x**4]:\n    print(e, '->', diff(e, x))\nprint([diff(x**k, x) for k in range(1, 4)])",
"from sympy import *\nx = symbols('x')\nexprs = {'sq': x**2, 'cube': x**3}\nfor name, e in exprs.items():\n    print(f'{name}: {e.diff(x)}')",
"from sympy import *\nx, y = symbols('x y')\nprint(sum([x, y, 1]), max(1, 2.5), min(S(1)/3, S(1)/4), sorted([S(3), S(1)/2, 2]))",
"from sympy import *\nx = symbols('x')\nprint(int(S(7)/2), float(S(1)/4), int(Float(3.7)), float(pi), complex(I))",
# uncaught errors (traceback on stderr)
"x = 1\nprint(z)",
"xyz = 1\nprint(xyx)",
"print(lenn([1]))",
"def f(a):\n    return a + 's'\n\nq = f(1) + 2",
"a = {}\nb = a['k'] + 1",
"print(1 +\n  [1][5])",
"l = [1, 2]\nprint(l[5])",
"x = 1\nprint(x.foo)",
"1/0",
"print(1 % 0)",
"a, b = [1, 2, 3]",
"a, b, c = [1, 2]",
"a, b = 5",
"int('abc')",
"None + 1",
"'a' + 1",
"[1] * 'a'",
"print(undefined_thing)",
"def f(n):\n    return f(n + 1)\nf(0)",
"def f(a, b):\n    return a\nf(1)",
"def f(a):\n    return a\nf(1, 2)",
"def f(a):\n    return a\nf(b=2)",
"raise ValueError('custom')",
"assert 1 > 2",
"assert False, 'msg here'",
"import nosuchmodule",
"from sympy import *\nx = symbols('x')\ny = x(2)",
"from sympy import *\nx = symbols('x')\nprint(x.foo)",
"from sympy import *\nx = symbols('x')\nprint(x.fre_symbols)",
"from sympy import *\nx = symbols('x')\nif x < 1:\n    print('lt')",
"from sympy import *\nx = symbols('x')\nx + 'a'",
"from sympy import *\nx = symbols('x')\nprint(xx)",
"f = x**2 + * y",
"for i in range(3)\n    print(i)",
"print((1, 2)",
"if True:\nprint(1)",
"x = [1, 2\ny = 3",
"(1, 2)[5]",
"{'a': 1}['b']",
"len(5)",
"sum(['a', 'b'])",
"None()",
"t = (1, 2)\nt[0] = 5",
"x = 3\nfor c in x:\n    pass",
"def f():\n    return g()\ndef g():\n    return 1/0\nf()",
"v = float('1.5x')",
"[1, 2].nope()",
# relationals print through the engine's printers
"from sympy import *\nx, y = symbols('x y')\npprint(Eq(y, x**2/2)); pprint(Eq(x**2, 1/x)); pprint(x<1); pprint(Ne(x,2)); pprint(Eq(x**2, 1/x), use_unicode=False)\nprint(latex(Ne(x,2)), latex(x<=1), latex(Gt(x,1)))\npprint([Eq(x, 1), Eq(y, 2)]); pprint((Ge(x, 1), Le(y, sqrt(2))), use_unicode=False)\nprint(latex([Eq(x, 1), x < 2]))\npprint({x: Eq(x, 1)})\nprint([Eq(x, 1.50), x < 2.5], Eq(x, 1.50))\npprint(Eq(Derivative(y, x), x*y))",
# CPython 3.11's syntax errors: range carets and hints; the compiler's
# errors stop the program before anything runs
"print('first')\nprint(1 2)",
"x = {'a' 1}",
'print "hi"',
"if x = 1:\n    pass",
"print('not run')\nreturn 5",
"for i in range(3):\n    pass\nbreak",
"def f(a, a):\n    return a",
"f(x=1, x=2)",
"else:\n    pass",
"x = 1 if True",

# classes: methods, inheritance, super(), special methods, decorators,
# exception subclasses, class scope and the errors people meet
# a small neural-net class, as notebooks write them
"from sympy import *\nx, w, b = symbols('x w b')\nclass Neuron:\n    \"\"\"One sigmoid unit.\"\"\"\n    def __init__(self, w, b):\n        self.w = w\n        self.b = b\n    def z(self, x):\n        return self.w * x + self.b\n    def __call__(self, x):\n        return 1 / (1 + exp(-self.z(x)))\nn = Neuron(w, b)\nprint(n.z(x), n(x))\nprint(diff(n(x), w))\nprint(n.w, n.b, Neuron.__name__, Neuron.__doc__, type(n).__name__, isinstance(n, Neuron), callable(n))\nn.w = 2\nprint(n(0), n.__dict__)",
# class attributes, counters, methods called through the class
"class Counter:\n    count = 0\n    step = 2\n    def __init__(self):\n        Counter.count += 1\n        self.id = Counter.count\n    def bump(self, k=1):\n        self.count = self.count + k * self.step\n        return self\na = Counter()\nb = Counter()\nprint(Counter.count, a.id, b.id, a.count)\nprint(a.bump().bump(3).count, Counter.count, Counter.bump(b).count)\nprint(hasattr(a, 'id'), hasattr(a, 'nope'), getattr(a, 'id'), getattr(a, 'nope', 'dflt'))\nsetattr(a, 'extra', 5)\nprint(a.extra, sorted(vars(a)))\ndel a.extra\nprint(hasattr(a, 'extra'))",
# inheritance, super(), overriding, isinstance and issubclass
"class Layer:\n    def __init__(self, n):\n        self.n = n\n    def describe(self):\n        return f'{self.kind()} layer of {self.n}'\n    def kind(self):\n        return 'plain'\nclass Dense(Layer):\n    def __init__(self, n, act='relu'):\n        super().__init__(n)\n        self.act = act\n    def kind(self):\n        return 'dense ' + self.act\nclass Out(Dense):\n    def kind(self):\n        return 'output ' + super().kind()\nd = Out(3, 'softmax')\nprint(d.describe(), Layer(2).describe())\nprint(isinstance(d, Layer), isinstance(d, Dense), isinstance(Layer(1), Dense), issubclass(Out, Layer), issubclass(Layer, Out), issubclass(Dense, (int, Layer)))\nprint(Out.__mro__ == (Out, Dense, Layer, object), Out.__bases__ == (Dense,), Out.__base__ is Dense, type(d) is Out, d.__class__.__name__)",
# operators through special methods, with SymPy values and numbers
"from sympy import *\nx = symbols('x')\nclass Dual:\n    def __init__(self, a, b=0):\n        self.a, self.b = a, b\n    def __add__(self, o):\n        o = o if isinstance(o, Dual) else Dual(o)\n        return Dual(self.a + o.a, self.b + o.b)\n    __radd__ = __add__\n    def __mul__(self, o):\n        o = o if isinstance(o, Dual) else Dual(o)\n        return Dual(self.a * o.a, self.a * o.b + self.b * o.a)\n    def __rmul__(self, o):\n        return self * o\n    def __neg__(self):\n        return Dual(-self.a, -self.b)\n    def __sub__(self, o):\n        return self + (-o)\n    def __pow__(self, k):\n        return Dual(self.a**k, k * self.a**(k - 1) * self.b)\n    def __eq__(self, o):\n        return isinstance(o, Dual) and self.a == o.a and self.b == o.b\n    def __repr__(self):\n        return f'Dual({self.a}, {self.b})'\n    def __str__(self):\n        return f'{self.a} + {self.b}ε'\nd = Dual(x, 1)\nprint(d * d + 3 * d + 1, repr(2 + d), d ** 3, x * d)\nprint([Dual(1, 2)], Dual(1, 2) == Dual(1, 2), Dual(1, 2) != Dual(1, 3), Dual(1) == 1, -d - 1)\ne = Dual(2, 1)\ne += 1\ne *= e\nprint(e, str(e), f'{e}', '%s' % e, '{}'.format(e))",
# containers and iteration protocols
"class Poly:\n    def __init__(self, *cs):\n        self.cs = list(cs)\n    def __len__(self):\n        return len(self.cs)\n    def __getitem__(self, i):\n        return self.cs[i]\n    def __setitem__(self, i, v):\n        self.cs[i] = v\n    def __contains__(self, v):\n        return v in self.cs\n    def __iter__(self):\n        return iter(self.cs)\n    def __bool__(self):\n        return any(self.cs)\n    def __lt__(self, o):\n        return len(self) < len(o)\n    def __hash__(self):\n        return hash(tuple(self.cs))\n    def __eq__(self, o):\n        return self.cs == o.cs\np = Poly(1, 2, 3)\np[0] = 7\nprint(len(p), p[0], p[-1], p[1:], 2 in p, 9 in p, list(p), sum(p), bool(p), bool(Poly(0, 0)), [c * 2 for c in p])\nprint(sorted([Poly(1, 2), Poly(1)], key=len)[0].cs, Poly(1) < Poly(1, 2), max(Poly(1, 2), Poly(3)).cs, {p: 'k'}[Poly(7, 2, 3)], len({Poly(1), Poly(1)}))\nif p:\n    print('truthy')",
# staticmethod, classmethod, property and plain decorators
"import math\ndef twice(f):\n    def g(*a):\n        return 2 * f(*a)\n    return g\nclass Circle:\n    pi = 3\n    def __init__(self, r):\n        self._r = r\n    @property\n    def area(self):\n        return self.pi * self._r ** 2\n    @property\n    def r(self):\n        return self._r\n    @r.setter\n    def r(self, v):\n        if v < 0:\n            raise ValueError('negative radius')\n        self._r = v\n    @staticmethod\n    def unit():\n        return Circle(1)\n    @classmethod\n    def from_d(cls, d):\n        return cls(d / 2)\n    @twice\n    def double_r(self):\n        return self._r\nc = Circle(2)\nprint(c.area, c.r, Circle.unit().r, Circle.from_d(6).r, c.double_r())\nc.r = 5\nprint(c.area)\ntry:\n    c.r = -1\nexcept ValueError as e:\n    print('ValueError:', e)\ntry:\n    c.area = 3\nexcept AttributeError as e:\n    print('AttributeError:', e)\n@twice\ndef three():\n    return 3\nprint(three(), three.__name__)",
# a custom exception class
"class ShapeError(ValueError):\n    pass\nclass Empty(Exception):\n    \"\"\"Nothing to do.\"\"\"\ntry:\n    raise ShapeError('2x3 vs 4x1')\nexcept ValueError as e:\n    print(type(e).__name__, e, isinstance(e, ShapeError), isinstance(e, Exception), e.args)\ntry:\n    raise Empty\nexcept Empty as e:\n    print('empty', repr(e))\nprint(issubclass(ShapeError, ValueError), ShapeError.__mro__[1].__name__, Empty.__doc__)\nraise ShapeError('bad shape', 3)",
# errors people meet: attribute typos, wrong argument counts, missing self
"class Net:\n    def __init__(self, size):\n        self.size = size\n    def forward(self, v):\n        return v * self.size\n    def broken():\n        return 1\nn = Net(3)\nprint(n.forward(2))\ndef attempt(f):\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\nfor f in [lambda: n.sizes, lambda: Net(), lambda: n.forward(), lambda: n.forward(1, 2), lambda: n.broken(), lambda: Net.forward(1), lambda: n.nothing(), lambda: Net.missing, lambda: n(1), lambda: len(n), lambda: n[0], lambda: n + 1, lambda: -n, lambda: iter(n), lambda: n < n, lambda: abs(n), lambda: {n: 1, 2: n}[n], lambda: hash(n) == hash(n)]:\n    attempt(f)\nn.sizes",
# class scope rules and class-level code
"k = 'global'\nclass A:\n    k = 'class'\n    squares = [i * i for i in range(3)]\n    def get(self):\n        return k\n    total = sum(squares)\n    if total > 3:\n        big = True\nprint(A().get(), A.k, A.squares, A.total, A.big)\ndef make(n):\n    class Local:\n        size = n\n        def twice(self):\n            return 2 * n\n    return Local\nL = make(4)\nprint(L.size, L().twice(), L.__name__, L.__qualname__)\nclass B(A):\n    k = 'B'\nprint(B().k, B.squares, B().get())",
# __init__ returning a value and other definition-time errors
"class C:\n    def __init__(self):\n        return 5\nC()",
"class Empty:\n    pass\ne = Empty()\ne.x = 1\ne.x += 1\nprint(e.x, type(Empty()) == Empty, Empty() == Empty(), e == e, type(Empty).__name__, Empty.__module__)\nprint(str(Empty)[:23], repr(Empty)[:21])\nprint(str(e).startswith('<__main__.Empty object at 0x'))",
# an exception class deriving from another made by a class statement
"class MyErr(ValueError):\n    pass\nclass Other(MyErr):\n    \"\"\"doc\"\"\"\ntry:\n    raise Other(\"o\")\nexcept ValueError as e:\n    print(\"caught\", type(e).__name__, isinstance(e, MyErr), type(e) is Other)\ntry:\n    raise MyErr\nexcept Other:\n    print(\"wrong\")\nexcept MyErr as e:\n    print(\"right\", repr(e))\nprint(Other.__mro__)",
# the standard library modules: random (seeded, CPython's draws), itertools,
# functools, copy, operator, time
# random, seeded: CPython's Mersenne Twister and its algorithms
"import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 7), random.uniform(-1, 1))\nprint(random.choice('abcdef'), random.choice([10, 20, 30]), random.getrandbits(70), random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(1, 0.5))\nl = list(range(10))\nrandom.shuffle(l)\nprint(l, random.sample(range(100), 5), random.sample(range(30), 8), random.choices('xyz', k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=6))\nrandom.seed(2**70 + 12345)\nprint(random.random(), random.randint(-10**20, 10**20))\nrandom.seed(0)\na = [random.random() for _ in range(3)]\nrandom.seed(0)\nprint(a == [random.random() for _ in range(3)], random.seed(7))",
"import random\nfor bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0)]:\n    try:\n        bad()\n    except (IndexError, ValueError) as e:\n        print(type(e).__name__, e)",
# itertools
"from itertools import product, combinations, permutations, combinations_with_replacement, chain, count, cycle, repeat, islice, accumulate, zip_longest, starmap, takewhile, dropwhile, groupby, pairwise, compress, filterfalse\nimport itertools\nprint(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(combinations(range(4), 2)), list(permutations('abc', 2)), list(permutations([1, 2, 3])))\nprint(list(combinations_with_replacement('ab', 3)), list(chain([1, 2], 'xy', (3,))), list(chain.from_iterable([[1], [2, 3]])), list(islice(count(5, 2), 4)), list(islice(cycle('ab'), 5)), list(repeat('z', 3)))\nprint(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(zip_longest('abc', [1], fillvalue='-')), list(starmap(pow, [(2, 3), (3, 2)])))\nprint(list(takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 5, 1])), [(k, list(g)) for k, g in groupby('aabbbc')], list(pairwise([1, 2, 3])), list(compress('abcd', [1, 0, 1, 0])), list(filterfalse(None, [0, 1, 0, 2])))\nprint(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', None, 3)), sum(1 for _ in combinations(range(10), 3)), next(count()), list(itertools.islice(itertools.count(), 3)))",
# functools
"from functools import reduce, partial, lru_cache, cache, wraps\nimport functools\nprint(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))\ntry:\n    reduce(max, [])\nexcept TypeError as e:\n    print(e)\ndef power(base, exp):\n    return base ** exp\nsquare = partial(power, exp=2)\ncube = functools.partial(power, exp=3)\nprint(square(7), cube(2), square.func is power, square.args, square.keywords, partial(power, 2)(10))\n@lru_cache(maxsize=None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(80), fib.cache_info())\n@cache\ndef f(n):\n    return n * 2\nprint(f(3), f(3), f.cache_info().hits)\n@functools.lru_cache\ndef g(n):\n    return -n\nprint(g(2), g(2), g.cache_info())\n@lru_cache(maxsize=2)\ndef h(n):\n    return n\nfor v in [1, 2, 1, 3, 2, 1]:\n    h(v)\nprint(h.cache_info())\nh.cache_clear()\nprint(h.cache_info())\ndef logged(fn):\n    @wraps(fn)\n    def inner(*a, **k):\n        return fn(*a, **k)\n    return inner\n@logged\ndef area(r):\n    \"\"\"Area of a square.\"\"\"\n    return r * r\nprint(area(3), area.__name__, area.__doc__)",
# copy and operator
"import copy\nimport operator\nfrom operator import itemgetter, attrgetter, mul\na = [[1, 2], [3]]\nb = copy.copy(a)\nc = copy.deepcopy(a)\na[0].append(9)\nprint(b, c, b[0] is a[0], c[0] is a[0])\nd = {'k': [1]}\ne = copy.deepcopy(d)\ne['k'].append(2)\nprint(d, e)\nclass P:\n    def __init__(self):\n        self.v = [1]\np = P()\nq = copy.deepcopy(p)\nq.v.append(2)\nr = copy.copy(p)\nprint(p.v, q.v, r.v is p.v)\nprint(operator.add(2, 3), mul(4, 5), operator.neg(3), operator.lt(1, 2), operator.truediv(1, 4), operator.not_(0))\nrows = [('b', 2), ('a', 3), ('c', 1)]\nprint(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), max(rows, key=itemgetter(1)))\nclass Pt:\n    def __init__(self, x):\n        self.x = x\nprint([p.x for p in sorted([Pt(3), Pt(1)], key=attrgetter('x'))])",
# time: the values differ from run to run; their types and order do not
"import time\nt0 = time.time()\np0 = time.perf_counter()\ntime.sleep(0.01)\np1 = time.perf_counter()\nprint(type(t0).__name__, t0 > 1.7e9, p1 - p0 >= 0.01, type(time.time_ns()).__name__, time.monotonic() > 0)",
# fractions.Fraction: exact with ints, inexact with floats, a Rational in SymPy
"from fractions import Fraction\nfrom sympy import *\nx = symbols('x')\na = Fraction(1, 3)\nb = Fraction('3/4')\nprint(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, b % a, a ** 2, a ** -2, 2 ** Fraction(3), 2 ** Fraction(-1), Fraction(4) ** Fraction(1, 2))\nprint(a + 1, 1 + a, a * 2, a + 0.5, 0.5 * a, a == Fraction(2, 6), a < b, a > 0.3, 1 > a, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), hash(a), -a, abs(-a), +a)\nprint(Fraction(0.1), Fraction('0.25'), Fraction('-1.5e-2'), Fraction(6, -4), Fraction(), Fraction(3), Fraction(a, b), Fraction(0.1).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000))\nprint(float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), a.numerator, a.denominator, a.as_integer_ratio(), bool(Fraction(0)), f'{a}', str(b), sum([a, b, Fraction(1, 12)]), sorted([b, a, Fraction(1, 2)]))\nprint(x * a, Rational(1, 3) == a, a == Rational(1, 3), S(a), sqrt(Fraction(1, 4)), {a: 1}[Fraction(2, 6)], max(a, b), a != b)\ntry:\n    Fraction(1, 0)\nexcept ZeroDivisionError as e:\n    print(e)\ntry:\n    a / 0\nexcept ZeroDivisionError as e:\n    print(e)\nfrom fractions import Fraction\nprint(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(1234, 1), -2), round(Fraction(15, 1000), 2))",
# hash() of instances is what __hash__ returns (reduced only past a machine word),
# of Fractions CPython's rational hash; object() is an object
"from fractions import Fraction\nclass P:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return self.v == o\n    def __hash__(self):\n        return hash(self.v)\nclass Q:\n    def __hash__(self):\n        return 2**70\nprint(hash(P(5)), hash(P(-1)), hash(Q()), hash(P((1, 2))) == hash((1, 2)), {1: 'int'}[P(1)], P(2) in {2, 3}, hash(Fraction(1, 2**61 - 1)), hash(Fraction(-3, 7)))\no = object()\nprint(type(o), type(o) is object, isinstance(o, object), str(o)[:17])\ntry:\n    o.x = 1\nexcept AttributeError as e:\n    print(e)",
# assignment expressions, with statements, annotations
"data = [1, 5, 12, 3, 40]\nif (n := len(data)) > 3:\n    print(f\"{n} items\")\nprint([y for x in data if (y := x * 2) > 10], y)\ndef f(xs):\n    total = 0\n    out = [(total := total + v) for v in xs]\n    return out, total\nprint(f([1, 2, 3]))\ng = lambda v: (w := v + 1) * w\nprint(g(3))\nwhile (k := len(data)) > 2:\n    data.pop()\nprint(k, data, (z := 5), z, [q := 1, q + 1], {r := 2}, r)\nfrom sympy import symbols, diff\nx = symbols('x')\nif (d := diff(x**3, x)) != 0:\n    print(d)\ndef scope():\n    [(m := i) for i in range(3)]\n    return m\nprint(scope())\ndef unbound():\n    print(u)\n    u := 1\n",
"class Box:\n    def __init__(self, v):\n        self.v = v\n    def __enter__(self):\n        print(\"enter\", self.v)\n        return self.v * 10\n    def __exit__(self, t, e, tb):\n        print(\"exit\", self.v, t, e)\n        return self.v == 2\nwith Box(1) as p, Box(2) as q:\n    print(\"body\", p, q)\n    raise ValueError(\"boom\")\nprint(\"after\")\ntry:\n    with Box(1) as p:\n        raise KeyError(\"k\")\nexcept KeyError as err:\n    print(\"caught\", repr(err))\nwith (Box(3) as r, Box(4)):\n    print(r)\ndef loop():\n    for i in range(3):\n        with Box(i):\n            if i == 1:\n                return \"ret\"\nprint(loop())\nfor i in range(3):\n    with Box(5):\n        if i == 1:\n            break\n        continue\nwith Box(6) as c, Box(7):\n    print(c)\nwith 5:\n    pass\n",
"def h(x: float, *args: int, y: \"str\" = \"a\", **kw: dict) -> float:\n    return x * 2\nprint(h(2.5))\na: int = 3\nb: list\nclass C:\n    size: int = 4\n    name: str\nprint(a, C.size, hasattr(C, 'name'))\ndef inner():\n    t: undefined_in_function = 1\n    return t\nprint(inner())\ntry:\n    print(b)\nexcept NameError as e:\n    print(e)\nobj = C()\nobj.size: int = 9\nd = {}\nd['k']: float = 1.5\nprint(obj.size, d)\ndef nm(a: undefined_name): pass\n",
]

def main():
    outs = []
    with tempfile.TemporaryDirectory() as d:
        for i, code in enumerate(CASES):
            p = os.path.join(d, "case.py")
            with open(p, "w") as fh:
                fh.write(code + "\n")
            r = subprocess.run(["python3", "case.py"], cwd=d, capture_output=True, text=True, timeout=120)
            outs.append((code + "\n", r.stdout, r.stderr.replace(d + "/", "")))
    with open("interp_cases_test.go", "w") as fh:
        fh.write("// Code generated by testdata/gen_interp_cases.py from Python 3.11.7 and SymPy 1.14. DO NOT EDIT.\n\n")
        fh.write("package session\n\n")
        fh.write("// interpCases are programs with the stdout and stderr (traceback) that\n// python3 case.py printed.\n")
        fh.write("var interpCases = []struct{ code, stdout, stderr string }{\n")
        for code, so, se in outs:
            fh.write("\t{%s, %s, %s},\n" % (json.dumps(code, ensure_ascii=False), json.dumps(so, ensure_ascii=False), json.dumps(se, ensure_ascii=False)))
        fh.write("}\n")

main()
