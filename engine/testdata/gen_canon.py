# Generates canon.jsonl: random expression trees built with SymPy's
# automatic evaluation, and the str() SymPy 1.14 prints for each. The Go
# test TestCanonical rebuilds every tree with the engine's constructors and
# compares. Run: python3 engine/testdata/gen_canon.py > engine/testdata/canon.jsonl
import json, random
from sympy import Symbol, Integer, Rational, sqrt, Add, Mul, Pow, I, pi, E

random.seed(20261126)
syms = {n: Symbol(n) for n in ['x', 'y', 'z', 't', 'a', 'b', 'theta', 'x1']}

def leaf():
    r = random.random()
    if r < 0.5:
        n = random.choice(list(syms)[:4] if random.random() < 0.8 else list(syms))
        return ['sym', n], syms[n]
    if r < 0.75:
        v = random.randint(-9, 12)
        return ['int', str(v)], Integer(v)
    if r < 0.85:
        p, q = random.randint(-7, 7), random.randint(1, 6)
        return ['rat', str(p), str(q)], Rational(p, q)
    if r < 0.9:
        return ['const', 'pi'], pi
    if r < 0.95:
        return ['const', 'I'], I
    v = random.choice([2, 3, 5, 6, 8, 12, 18, 27])
    return ['sqrt', ['int', str(v)]], sqrt(v)

def tree(d):
    if d == 0 or random.random() < 0.25:
        return leaf()
    op = random.choice(['add', 'add', 'mul', 'mul', 'sub', 'div', 'pow', 'neg'])
    if op in ('add', 'mul'):
        n = random.randint(2, 4)
        kids = [tree(d - 1) for _ in range(n)]
        v = (Add if op == 'add' else Mul)(*[k[1] for k in kids])
        return [op] + [k[0] for k in kids], v
    if op in ('sub', 'div'):
        a, b = tree(d - 1), tree(d - 1)
        if op == 'div' and b[1] == 0:
            return a
        v = a[1] - b[1] if op == 'sub' else a[1] / b[1]
        return [op, a[0], b[0]], v
    if op == 'neg':
        a = tree(d - 1)
        return ['neg', a[0]], -a[1]
    a = tree(d - 1)
    e = random.choice([Integer(2), Integer(3), Integer(-1), Integer(-2), Rational(1, 2), Rational(-1, 2), Rational(3, 2), Rational(1, 3), Integer(4)])
    if a[1] == 0 and e < 0:
        return a
    en = ['int', str(e)] if e.is_Integer else ['rat', str(e.p), str(e.q)]
    return ['pow', a[0], en], Pow(a[1], e)

seen = set()
n = 0
while n < 3000:
    t, v = tree(random.randint(1, 4))
    s = str(v)
    if s in seen or len(s) > 300:
        continue
    seen.add(s)
    print(json.dumps({'tree': t, 'str': s}))
    n += 1
