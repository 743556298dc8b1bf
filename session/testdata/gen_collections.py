"""Generate collections_golden.jsonl: the collections module's
defaultdict, Counter and OrderedDict as notebooks use them (word and
label counts, grouping, most_common, Counter arithmetic, reprs, type
names and messages), from CPython. dcalc must print the same or raise
NotImplementedError. Run with python3 (3.11, as the other goldens):

    python3 session/testdata/gen_collections.py > session/testdata/collections_golden.jsonl
"""
import sys

from goldenlib import emit

assert sys.version_info[:2] == (3, 11), sys.version

PRE = "from collections import defaultdict, Counter, OrderedDict\nimport collections\n"

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

emit(PRE, programs)
