# Generates random_print.jsonl.gz: random expressions typical of calculus
# notebooks (derivatives of random expressions, unevaluated Derivative and
# Subs objects, numbers, Floats at various precisions, complex numbers) and
# the four forms SymPy 1.14 prints for each: str(e), pretty(e) in unicode
# and ASCII (80 columns) and latex(e). The Go test TestRandomPrint rebuilds
# every case with the engine and compares.
#
# Each line is {"id", "kind", "tree", "str", "uni", "ascii", "latex"}.
# kind "expr": tree is the final SymPy expression (rebuilt node by node with
# the engine's evaluating constructors). kind "num": tree is a recipe
# (Float(s, n), N(e, n), e.evalf(n), arithmetic) that exercises the
# engine's number construction and evalf as well.
#
# Run: python3 engine/testdata/gen_random_print.py | gzip -9 -n > engine/testdata/random_print.jsonl.gz
# The stored file also holds the new cases of a second run with the seed
# 20261214 replaced by 4343 (appended, ids are content hashes), used to check
# that the printers generalise to unseen cases.
import hashlib, json, random, signal, sys
from sympy import (Symbol, Integer, Rational, Float, Add, Mul, Pow, I, pi, E,
                   oo, zoo, nan, sqrt, root, sin, cos, tan, cot, sec, csc,
                   asin, acos, atan, acot, sinh, cosh, tanh, coth, asinh,
                   acosh, atanh, exp, log, Abs, Function, Derivative, Subs,
                   Dummy, Tuple, N, diff, pretty, latex)
from sympy.core.function import AppliedUndef

random.seed(20261214)

NAMES = ['x', 'y', 'z', 't', 'a', 'b', 'theta', 'alpha', 'x1', 'x_1', 'phi', 'r']
# rarer names: Greek letters, sub- and superscripts, digits
NAMES2 = ['alpha_1', 'x__2', 'omega0', 'Gamma', 'lamda', 'beta2', 'x_i', 'theta_0', 'rho', 'mu',
          'sigma', 'tau', 'a1', 'b_2', 'xi', 'nu', 'psi', 'Omega', 'y_max', 'v_0', 'epsilon', 'k_B',
          'delta_x', 'x_1_2', 'chi', 'eta', 'zeta', 'Phi', 'r__2', 'T_c', 'xdot', 'thetadot', 'vvec',
          'rhat', 'xprime', 'ybar', 'omegaddot', 'x_dot', 'ptilde', 'Fnorm', 'abold']
S = {n: Symbol(n) for n in NAMES + NAMES2}
f, g, h = Function('f'), Function('g'), Function('h')
FUNCS = [sin, cos, tan, cot, sec, csc, asin, acos, atan, acot, sinh, cosh,
         tanh, coth, asinh, acosh, atanh, exp, log]


class Timeout(Exception):
    pass


def alarm(*_):
    raise Timeout()


signal.signal(signal.SIGALRM, alarm)


def ser(e, dummies):
    """The expression tree of a final SymPy expression."""
    if isinstance(e, Dummy):
        if e not in dummies:
            dummies[e] = len(dummies)
        return ['dummy', e.name, dummies[e]]
    if isinstance(e, Symbol):
        return ['sym', e.name]
    if e is pi or e is E or e is I or e is oo or e is -oo or e is zoo or e is nan:
        return ['const', str(e)]
    if e.is_Integer:
        return ['int', str(e)]
    if e.is_Rational:
        return ['rat', str(e.p), str(e.q)]
    if e.is_Float:
        s, man, ex, bc = e._mpf_
        return ['float', str(-man if s else man), ex, e._prec]
    if e.is_Add:
        return ['add'] + [ser(a, dummies) for a in e.args]
    if e.is_Mul:
        return ['mul'] + [ser(a, dummies) for a in e.args]
    if e.is_Pow:
        return ['pow', ser(e.base, dummies), ser(e.exp, dummies)]
    if isinstance(e, Derivative):
        return ['deriv', ser(e.expr, dummies)] + [[ser(v, dummies), int(c)] for v, c in e.variable_count]
    if isinstance(e, Subs):
        return ['subs', ser(e.expr, dummies), [ser(v, dummies) for v in e.variables],
                [ser(p, dummies) for p in e.point]]
    if isinstance(e, AppliedUndef):
        return ['ufn', e.func.__name__] + [ser(a, dummies) for a in e.args]
    if e.is_Function:
        return ['fn', e.func.__name__] + [ser(a, dummies) for a in e.args]
    if isinstance(e, Tuple):
        return ['tuple'] + [ser(a, dummies) for a in e.args]
    raise ValueError('cannot serialize %s' % type(e))


def sym():
    r = random.random()
    if r < 0.7:
        return S[random.choice(['x', 'x', 'y', 'z', 't'])]
    if r < 0.9:
        return S[random.choice(NAMES)]
    return S[random.choice(NAMES2)]


def coeff():
    r = random.random()
    if r < 0.6:
        return Integer(random.choice([2, 3, 4, 5, 6, 7, 9, 10, 12, -1, -2, -3, -5, 15, 100]))
    if r < 0.85:
        return Rational(random.randint(-9, 9) or 1, random.randint(2, 9))
    if r < 0.93:
        return Float(random.choice(['0.5', '2.5', '0.1', '1.5', '3.14', '0.001', '1.0e-5', '12.75', '-0.25',
                                    '1.0e-20', '6.02e23', '-3.5', '1.0', '100.0', '0.333333333333333']))
    if r < 0.95:
        return random.choice([Float('1.23456789012345678901234567890', 30), Float('2.5', 25),
                              N(pi, 20), N(sqrt(2), 40), Float('-0.1', 3)])
    if r < 0.97:
        return random.choice([I, 2*I, I/2, -I, 3 - 2*I, Rational(1, 2) + I])
    if r < 0.98:
        return Integer(random.choice([10**20, -2**70, 12345678901234567890]))
    return random.choice([pi, E, sqrt(2), sqrt(3), 2*pi, pi/2, root(2, 3)])


def ufunc(d):
    r = random.random()
    if r < 0.55:
        return random.choice([f, g])(S['x'] if random.random() < 0.7 else sym())
    if r < 0.75:
        return f(S['x'], S['y'])
    if r < 0.9:
        return f(random.choice([g, h])(S['x']) if random.random() < 0.5 else expr(d - 1))
    return h(S['t'])


def expr(d):
    if d <= 0 or random.random() < 0.2:
        r = random.random()
        if r < 0.7:
            return sym()
        if r < 0.85:
            return coeff()
        return ufunc(0)
    op = random.choice(['add', 'add', 'mul', 'mul', 'div', 'pow', 'pow', 'fn', 'fn', 'fn', 'root', 'uf',
                        'long', 'abs', 'expb', 'logb', 'cplx', 'poly'])
    if op == 'long':
        return Add(*[coeff() * expr(d - 2) for _ in range(random.randint(5, 10))])
    if op == 'poly':
        v = sym()
        return Add(*[coeff() * v**k for k in range(random.randint(2, 8))])
    if op == 'abs':
        return Abs(expr(d - 1))
    if op == 'expb':
        return Pow(random.choice([Integer(2), Integer(10), pi, E, Rational(1, 2), Integer(3)]), expr(d - 1))
    if op == 'logb':
        return log(expr(d - 1), random.choice([2, 10, 3]))
    if op == 'cplx':
        return random.choice([I, 2*I, -I, 1 + I]) * expr(d - 1)
    if op == 'add':
        return Add(*[expr(d - 1) for _ in range(random.randint(2, 5))])
    if op == 'mul':
        return Mul(*([coeff()] if random.random() < 0.5 else []) + [expr(d - 1) for _ in range(random.randint(2, 3))])
    if op == 'div':
        return expr(d - 1) / expr(d - 1)
    if op == 'pow':
        ex = random.choice([Integer(2), Integer(3), Integer(-1), Integer(-2), Integer(5), Rational(1, 2),
                            Rational(-1, 2), Rational(3, 2), Rational(1, 3), Rational(2, 3), Rational(-5, 3),
                            Float('0.5'), Float('2.5'), sym(), expr(d - 1)])
        return Pow(expr(d - 1), ex)
    if op == 'root':
        return root(expr(d - 1), random.choice([2, 3, 4, 5, 7]))
    if op == 'uf':
        return ufunc(d)
    return random.choice(FUNCS)(expr(d - 1))


def calculus_case():
    e = expr(random.randint(1, 4))
    r = random.random()
    vs = sorted(e.free_symbols, key=str)
    if not vs:
        return e
    v = S['x'] if S['x'] in vs else random.choice(vs)
    if r < 0.45:
        return diff(e, v)
    if r < 0.55:
        return diff(e, v, 2)
    if r < 0.65:
        return diff(e, *random.sample(vs, min(2, len(vs))))
    if r < 0.75:
        return Derivative(e, v, random.choice([1, 1, 2, 3]))
    if r < 0.8:
        w = random.choice(vs)
        return Derivative(e, v, w) if w != v else Derivative(e, (v, 2))
    if r < 0.85:
        return Derivative(f(S['x'], S['y']), *random.choice([(S['x'], S['y']), ((S['x'], 2), S['y']),
                                                               (S['y'], (S['x'], 3))]))
    if r < 0.9:
        F = random.choice([f(S['x'], S['y'], S['z']), f(S['t']), g(S['theta']), f(S['x'] ** 2, S['y']),
                           f(2 * S['x'], S['x'] * S['y']), f(g(S['x']), h(S['x'])), f(S['x'], g(S['x']))])
        vs = sorted(F.free_symbols, key=str)
        return random.choice([diff, Derivative])(F, *[random.choice(vs) for _ in range(random.randint(1, 3))])
    return e


def num_recipe():
    """A (tree, value) number built as a notebook would: Float(s, n),
    N(e, n), e.evalf(n), Rational, big ints, complex arithmetic."""
    r = random.random()
    k = random.choice([2, 3, 5, 7, 10, 12, 50])
    bases = [(['const', 'pi'], pi), (['const', 'E'], E), (['sqrt', ['int', str(k)]], sqrt(k)),
             (['fn', 'log', ['int', str(k)]], log(k)), (['fn', 'sin', ['int', str(k)]], sin(k)),
             (['fn', 'exp', ['int', str(k)]], exp(k)),
             (['rat', str(random.randint(1, 99)), str(random.randint(2, 97))], None),
             (['div', ['pow', ['const', 'pi'], ['int', '2']], ['int', '6']], pi**2/6),
             (['fn', 'atan', ['int', str(k)]], atan(k)), (['fn', 'cos', ['rat', '1', str(k)]], cos(Rational(1, k)))]
    if r < 0.1:
        n = random.choice([10**20 + 7, 2**64, -3**50, 12345678901234567890123, 10**30])
        return ['int', str(n)], Integer(n)
    if r < 0.18:
        p, q = random.randint(-10**6, 10**6), random.randint(2, 10**4)
        return ['rat', str(p), str(q)], Rational(p, q)
    if r < 0.35:
        s = random.choice(['0.1', '1.5', '3.14159', '2.718281828459045235360287', '1e-10', '123456789.123',
                           '1.0e+25', '-0.0001234', '0.3333333333333333333333', '6.02214076e23', '100',
                           '1.', '-2.5e-8', '9.999999999', '0.0', '-0.0', '1e100', '1e-100', '0.5e-3',
                           '99999999999999999', '0.000001', '1234.5678e10', '.5', '-7', '1_000.25'])
        n = random.choice([0, 0, 3, 5, 10, 15, 20, 30, 50])
        t = ['floatstr', s, n]
        return t, Float(s, n) if n else Float(s)
    t, v = random.choice(bases)
    if v is None:
        v = Rational(int(t[1]), int(t[2]))
    n = random.choice([0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 50, 60])
    if n == 0:
        return ['evalf', t, 15], v.evalf()
    if random.random() < 0.5:
        return ['evalf', t, n], N(v, n)
    return ['evalf', t, n], v.evalf(n)


def complex_recipe():
    a, av = num_recipe() if random.random() < 0.3 else (lambda p: (['int', str(p)], Integer(p)))(random.randint(-9, 9))
    b, bv = (lambda p: (['int', str(p)], Integer(p)))(random.choice([-3, -2, -1, 1, 2, 5]))
    z = ['add', a, ['mul', b, ['const', 'I']]]
    zv = av + bv * I
    r = random.random()
    if r < 0.3:
        return z, zv
    c = random.randint(-5, 5)
    w = ['add', ['int', str(c)], ['const', 'I']]
    wv = c + I
    if r < 0.6:
        return ['mul', z, w], zv * wv
    if r < 0.8:
        n = random.choice([2, 3, -1, Rational(1, 2)])
        nt = ['int', str(n)] if isinstance(n, int) else ['rat', '1', '2']
        return ['pow', z, nt], zv ** n
    n = random.choice([1, 5, 10, 15, 20, 30])
    if random.random() < 0.5:
        return ['evalf', ['mul', z, ['const', 'pi']], n], (zv * pi).evalf(n)
    return ['evalf', ['pow', z, ['rat', '1', '2']], n], sqrt(zv).evalf(n)


def build(t):
    """The SymPy value of a recipe tree (to check the recipe)."""
    op = t[0]
    if op == 'int':
        return Integer(t[1])
    if op == 'rat':
        return Rational(int(t[1]), int(t[2]))
    if op == 'const':
        return {'pi': pi, 'E': E, 'I': I, 'oo': oo, '-oo': -oo, 'zoo': zoo, 'nan': nan}[t[1]]
    if op == 'sqrt':
        return sqrt(build(t[1]))
    if op == 'fn':
        return {'log': log, 'sin': sin, 'exp': exp, 'atan': atan, 'cos': cos}[t[1]](*[build(a) for a in t[2:]])
    if op == 'div':
        return build(t[1]) / build(t[2])
    if op == 'add':
        return Add(*[build(a) for a in t[1:]])
    if op == 'mul':
        return Mul(*[build(a) for a in t[1:]])
    if op == 'pow':
        return Pow(build(t[1]), build(t[2]))
    if op == 'floatstr':
        return Float(t[1], t[2]) if t[2] else Float(t[1])
    if op == 'evalf':
        return build(t[1]).evalf(t[2])
    raise ValueError(op)


def sweep_recipes():
    """Every digit count 1..30 (and 40, 50, 60) for the values a notebook
    evaluates: the last digit depends on how SymPy rounds."""
    vals = []
    for k in [2, 3, 5, 7, 10, 11, 12, 20, 50]:
        vals += [(['sqrt', ['int', str(k)]], sqrt(k)), (['fn', 'log', ['int', str(k)]], log(k)),
                 (['fn', 'sin', ['int', str(k)]], sin(k)), (['fn', 'cos', ['int', str(k)]], cos(k)),
                 (['fn', 'exp', ['int', str(k)]], exp(k)), (['fn', 'atan', ['int', str(k)]], atan(k)),
                 (['fn', 'exp', ['rat', '1', str(k)]], exp(Rational(1, k))),
                 (['pow', ['const', 'pi'], ['int', str(k % 5 + 2)]], pi**(k % 5 + 2))]
    vals += [(['const', 'pi'], pi), (['const', 'E'], E),
             (['div', ['pow', ['const', 'pi'], ['int', '2']], ['int', '6']], pi**2/6),
             (['mul', ['int', '2'], ['const', 'pi']], 2*pi), (['div', ['const', 'pi'], ['int', '4']], pi/4),
             (['div', ['sqrt', ['int', '2']], ['int', '2']], sqrt(2)/2),
             (['fn', 'exp', ['int', '-1']], exp(-1)), (['pow', ['const', 'pi'], ['int', '-1']], 1/pi),
             (['mul', ['const', 'pi'], ['const', 'E']], pi*E), (['add', ['const', 'pi'], ['const', 'E']], pi + E),
             (['add', ['sqrt', ['int', '3']], ['int', '1']], sqrt(3) + 1),
             (['mul', ['int', '-1'], ['sqrt', ['int', '5']]], -sqrt(5)),
             (['mul', ['int', str(10**20)], ['const', 'pi']], 10**20*pi),
             (['div', ['const', 'pi'], ['int', str(10**10)]], pi/10**10),
             (['div', ['fn', 'log', ['int', '2']], ['fn', 'log', ['int', '3']]], log(2)/log(3)),
             (['pow', ['int', '2'], ['rat', '1', '3']], 2**Rational(1, 3)),
             (['pow', ['const', 'pi'], ['rat', '1', '2']], sqrt(pi))]
    for p, q in [(1, 3), (2, 7), (22, 7), (355, 113), (-5, 9), (1, 81), (1000, 3), (123456789, 1000)]:
        vals.append((['rat', str(p), str(q)], Rational(p, q)))
    out = []
    for t, v in vals:
        for n in list(range(1, 31)) + [40, 50, 60]:
            out.append((['evalf', t, n], v.evalf(n)))
    return out


def forms(e):
    return {'str': str(e), 'uni': pretty(e, use_unicode=True, num_columns=80),
            'ascii': pretty(e, use_unicode=False, num_columns=80), 'latex': latex(e)}


def emit(kind, tree, e, seen, out):
    fs = forms(e)
    key = kind + ':' + fs['str']
    if key in seen:
        return False
    seen.add(key)
    rec = {'id': hashlib.sha1(key.encode()).hexdigest()[:10], 'kind': kind, 'tree': tree}
    rec.update(fs)
    out.append(rec)
    return True


def main():
    seen, out = set(), []
    for special in [oo, -oo, zoo, nan, I, pi, E, -pi, 2*I, -I, oo*I]:
        emit('expr', ser(special, {}), special, seen, out)
    n_expr, n_num = 0, 0
    while n_expr < 5000:
        signal.alarm(2)
        try:
            e = calculus_case()
            if len(str(e)) > 700:
                continue
            tree = ser(e, {})
            if emit('expr', tree, e, seen, out):
                n_expr += 1
        except (Timeout, ValueError, TypeError, RecursionError, ZeroDivisionError):
            continue
        finally:
            signal.alarm(0)
    while n_num < 1200:
        t, v = num_recipe() if random.random() < 0.75 else complex_recipe()
        assert build(t) == v or str(build(t)) == str(v), (t, v)
        if emit('num', t, v, seen, out):
            n_num += 1
    for t, v in sweep_recipes():
        assert str(build(t)) == str(v), (t, v)
        emit('num', t, v, seen, out)
    for rec in out:
        print(json.dumps(rec, ensure_ascii=False))


main()
