"""Generate collections_golden.jsonl: the collections module's
defaultdict, Counter, OrderedDict, namedtuple and deque as notebooks
use them (word and
label counts, grouping, most_common, Counter arithmetic, reprs, type
names and messages), from CPython. dcalc must print the same or raise
NotImplementedError. Run with python3 (3.11, as the other goldens):

    python3 session/testdata/gen_collections.py > session/testdata/collections_golden.jsonl
"""
import sys

from goldenlib import emit

assert sys.version_info[:2] == (3, 11), sys.version

PRE = "from collections import defaultdict, Counter, OrderedDict, namedtuple, deque\nimport collections\n"

programs = [
    "d = defaultdict(list)\nd['a'].append(1)\nd['b'].append(2)\nd['a'].append(3)\nprint(d)\nprint(dict(d), len(d), d['c'], d)",
    "d = defaultdict(list)\nprint(type(d), type(d).__name__, isinstance(d, dict), isinstance(d, defaultdict), d.default_factory)",
    "c = defaultdict(int)\nfor w in 'the cat and the hat and the bat'.split():\n    c[w] += 1\nprint(c, sorted(c.items(), key=lambda kv: -kv[1]))\nprint(c.get('dog'), 'dog' in c, c.setdefault('dog', 7), c.pop('cat'), c)",
    "e = defaultdict(lambda: 'x')\nprint(e[1], repr(e)[:31])\nn = defaultdict()\nprint(n)\nn['q']",
    "defaultdict(3)",
    "g = defaultdict(list, {'a': [1]}, b=[2])\ng['c'].extend([3, 4])\nprint(g)\nprint(g.copy(), type(g.copy()).__name__)\ng.clear()\nprint(g, g['z'])",
    "groups = defaultdict(set)\nfor n in range(10):\n    groups[n % 3].add(n)\nprint(groups)\nprint({k: sorted(v) for k, v in groups.items()})",
    "cnt = Counter('abracadabra')\nprint(cnt)\nprint(cnt.most_common(2), cnt['z'], 'z' in cnt, cnt.total(), cnt.most_common(0), cnt.most_common(n=1))",
    "print(Counter(['a', 'b', 'a']), Counter({'a': 3, 'b': 1}), Counter(a=2, b=5), Counter(), Counter([]))",
    "c2 = Counter(a=3, b=1)\nc3 = Counter(a=1, b=2, c=4)\nprint(c2 + c3, c2 - c3, c2 | c3, c2 & c3)\nc2.update('aab')\nprint(c2)\nc2.subtract({'a': 10})\nprint(c2)\nprint(sorted(c3.elements()), list(c3.elements()))\nc3.update({'c': 1}, d=2)\nprint(c3)",
    "cnt = Counter('abracadabra')\nprint(type(cnt), type(cnt).__name__, isinstance(cnt, dict), dict(cnt))\ncc = cnt.copy()\nprint(type(cc).__name__, cc == cnt, cc is cnt)",
    "o = OrderedDict()\no['x'] = 1\no['y'] = 2\no['a'] = 0\nprint(o)\no.move_to_end('x')\nprint(o)\no.move_to_end('a', last=False)\nprint(o, list(o.keys()))\nprint(OrderedDict(), OrderedDict([('b', 1), ('a', 2)]), type(o), isinstance(o, dict))",
    "o = OrderedDict(a=1)\no.move_to_end('b')",
    "print(collections.Counter('aab').most_common())\nlabels = [0, 1, 1, 2, 1, 0]\nprint(Counter(labels).most_common(1)[0][0], max(Counter(labels).values()))",
    "Counter('ab').foo",
    "defaultdict(int).foo",
    "words = 'to be or not to be that is the question'.split()\nfreq = Counter(words)\nfor w, n in freq.most_common(3):\n    print(f'{w}: {n}')\nprint(sum(freq.values()), len(freq), sorted(freq)[:3])",
    "from sympy import symbols, sin\nx = symbols('x')\nc = Counter([x, sin(x), x])\nprint(c, c[x])\nd = defaultdict(list)\nd[x].append(1)\nprint(d)",
    "print(repr(Counter('aa')), str(Counter('aa')), f'{Counter(\"b\")}', [Counter('c')])",
]

programs += ["Point = namedtuple('Point', ['x', 'y'])\np = Point(1, 2); print(p, p.x, p[1], p == (1, 2), len(p), list(p), type(p), type(p).__name__, isinstance(p, tuple), isinstance(p, Point))\na, b = p; print(a + b, p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), Point(y=7, x=8))\nprint(Point, repr(Point))\nP3 = namedtuple('P3', 'x y z', defaults=[0]); print(P3(1, 2), P3(1, 2, 3))\nR = namedtuple('Result', 'value, error'); r = R(value=1.5, error=0.01); print(r, r.value, hash(r) == hash((1.5, 0.01)), sorted([R(2, 0), R(1, 5)]))", "Point = namedtuple('Point', ['x', 'y'])\np = Point(1, 2)\nfor args in [(1,), (1, 2, 3), ()]:\n    try:\n        Point(*args)\n    except TypeError as e: print(e)\ntry: Point(1, 2, z=3)\nexcept TypeError as e: print(e)\ntry: Point(1, x=2)\nexcept TypeError as e: print(e)\ntry: p.z\nexcept AttributeError as e: print(e)\ntry: namedtuple('Q', ['a', 'a'])\nexcept ValueError as e: print(e)\ntry: namedtuple('Q', ['_a'])\nexcept ValueError as e: print(e)\ntry: namedtuple('Q', ['1a'])\nexcept ValueError as e: print(e)\ntry: p._replace(w=1)\nexcept ValueError as e: print(e)", "q = deque([1, 2, 3]); q.append(4); q.appendleft(0); print(q, len(q), q[0], q[-1], 3 in q); print(q.pop(), q.popleft(), q)\nq.rotate(1); print(q); q.rotate(-2); print(q); q.extend([7, 8]); q.extendleft([9, 10]); print(q, list(q), q.count(7))\nw = deque(maxlen=3)\nfor i in range(5): w.append(i)\nprint(w, w.maxlen, sum(w)/len(w), deque(), deque('ab'), type(w), isinstance(w, deque), q == deque(q), q.copy(), bool(deque()))\ntry: deque().pop()\nexcept IndexError as e: print(e)\ntry: q[100]\nexcept IndexError as e: print(e)\nq.reverse(); print(q); q[0] = 'x'; print(q); q.clear(); print(q, deque([1, 2], 5))"]

programs += ["d = defaultdict(list)\nd['a'].append(d)\nprint(d)\no = OrderedDict()\no['s'] = o\nprint(o)\nc = Counter()\nc['x'] += 1\nc['y'] -= 1\nprint(c, c.most_common())"]

emit(PRE, programs)
