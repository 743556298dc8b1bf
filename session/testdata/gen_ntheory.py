"""Generate ntheory_golden.jsonl: sympy.ntheory as notebooks use it:
isprime, nextprime, prevprime, prime, primepi, primerange, factorint
(its dict in SymPy's order: trial division that stops after 600 misses
in a row, then a prime, a prime power or -1 last), primefactors,
divisors, divisor_count, totient, fibonacci, lucas, mod_inverse and Mod of numbers, with
the types of their results and SymPy's errors for bad input. The random
programs come from a fixed seed. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_ntheory.py > ntheory_golden.jsonl
"""
import random

import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = Symbol('x')\n"

HAND = [
    'for a, b in [(7, 3), (-7, 3), (7, -3), (Rational(7, 2), 1), (7.5, 2), (S(10), 4), (pi, 1), (Rational(-1, 3), Rational(1, 2)), (2**100 + 5, 7)]:\n    print(Mod(a, b), type(Mod(a, b)).__name__)',
    "try:\n    print(Mod(3, 0))\nexcept ZeroDivisionError as e:\n    print('ZeroDivisionError', e)\nprint(Mod(7, 3) + 1, 7 % 3)",
    'print(isprime(7), isprime(1), isprime(-7), isprime(2**61-1), isprime(Integer(97)))',
    'print(nextprime(10), nextprime(10, 2), prevprime(10), prime(5), primepi(100), list(primerange(1, 30)), list(primerange(10)))',
    'print(factorint(60), factorint(1), factorint(-60), factorint(2**10*3**5*101), factorint(0), factorint(60, multiple=True))',
    'print(divisors(12), divisors(-12), divisor_count(12), totient(10), totient(1))',
    'print(fibonacci(10), fibonacci(0), lucas(5), type(fibonacci(10)))',
    'print(mod_inverse(3, 7), 7 % 3)',
    'print(factorint(2**64), factorint(32771*2), factorint(3**40), factorint(7**3*32771**2))',
    'print(primefactors(60), divisors(60), totient(Integer(36)), type(totient(36)), type(nextprime(3)), type(primepi(10)), type(divisor_count(4)))',
    "try:\n    v = isprime(2.5)\n    print('isprime(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('isprime(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = isprime(x)\n    print('isprime(x)', '->', repr(v))\nexcept Exception as e:\n    print('isprime(x)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = isprime(Rational(1,2))\n    print('isprime(Rational(1,2))', '->', repr(v))\nexcept Exception as e:\n    print('isprime(Rational(1,2))', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = nextprime(x)\n    print('nextprime(x)', '->', repr(v))\nexcept Exception as e:\n    print('nextprime(x)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = nextprime(2.5)\n    print('nextprime(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('nextprime(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prevprime(2)\n    print('prevprime(2)', '->', repr(v))\nexcept Exception as e:\n    print('prevprime(2)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prevprime(3)\n    print('prevprime(3)', '->', repr(v))\nexcept Exception as e:\n    print('prevprime(3)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prime(0)\n    print('prime(0)', '->', repr(v))\nexcept Exception as e:\n    print('prime(0)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prime(x)\n    print('prime(x)', '->', repr(v))\nexcept Exception as e:\n    print('prime(x)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prime(2.0)\n    print('prime(2.0)', '->', repr(v))\nexcept Exception as e:\n    print('prime(2.0)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = factorint(x)\n    print('factorint(x)', '->', repr(v))\nexcept Exception as e:\n    print('factorint(x)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = factorint(2.5)\n    print('factorint(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('factorint(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = divisors(2.5)\n    print('divisors(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('divisors(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = divisors(x)\n    print('divisors(x)', '->', repr(v))\nexcept Exception as e:\n    print('divisors(x)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = totient(0)\n    print('totient(0)', '->', repr(v))\nexcept Exception as e:\n    print('totient(0)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = totient(-3)\n    print('totient(-3)', '->', repr(v))\nexcept Exception as e:\n    print('totient(-3)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = totient(2.5)\n    print('totient(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('totient(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = primepi(2.5)\n    print('primepi(2.5)', '->', repr(v))\nexcept Exception as e:\n    print('primepi(2.5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = primepi(-1)\n    print('primepi(-1)', '->', repr(v))\nexcept Exception as e:\n    print('primepi(-1)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = fibonacci(-5)\n    print('fibonacci(-5)', '->', repr(v))\nexcept Exception as e:\n    print('fibonacci(-5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = lucas(-1)\n    print('lucas(-1)', '->', repr(v))\nexcept Exception as e:\n    print('lucas(-1)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = mod_inverse(2, 4)\n    print('mod_inverse(2, 4)', '->', repr(v))\nexcept Exception as e:\n    print('mod_inverse(2, 4)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = mod_inverse(3, 0)\n    print('mod_inverse(3, 0)', '->', repr(v))\nexcept Exception as e:\n    print('mod_inverse(3, 0)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = list(primerange(5))\n    print('list(primerange(5))', '->', repr(v))\nexcept Exception as e:\n    print('list(primerange(5))', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = list(primerange(-5, 3))\n    print('list(primerange(-5, 3))', '->', repr(v))\nexcept Exception as e:\n    print('list(primerange(-5, 3))', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = divisor_count(0)\n    print('divisor_count(0)', '->', repr(v))\nexcept Exception as e:\n    print('divisor_count(0)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = nextprime(-5)\n    print('nextprime(-5)', '->', repr(v))\nexcept Exception as e:\n    print('nextprime(-5)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = isprime(True)\n    print('isprime(True)', '->', repr(v))\nexcept Exception as e:\n    print('isprime(True)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = factorint(True)\n    print('factorint(True)', '->', repr(v))\nexcept Exception as e:\n    print('factorint(True)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = isprime(Integer(2)**89-1)\n    print('isprime(Integer(2)**89-1)', '->', repr(v))\nexcept Exception as e:\n    print('isprime(Integer(2)**89-1)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = mod_inverse(3, -7)\n    print('mod_inverse(3, -7)', '->', repr(v))\nexcept Exception as e:\n    print('mod_inverse(3, -7)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = mod_inverse(-3, 7)\n    print('mod_inverse(-3, 7)', '->', repr(v))\nexcept Exception as e:\n    print('mod_inverse(-3, 7)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = divisors(1)\n    print('divisors(1)', '->', repr(v))\nexcept Exception as e:\n    print('divisors(1)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = fibonacci(-6)\n    print('fibonacci(-6)', '->', repr(v))\nexcept Exception as e:\n    print('fibonacci(-6)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = lucas(-4)\n    print('lucas(-4)', '->', repr(v))\nexcept Exception as e:\n    print('lucas(-4)', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = prevprime(Rational(7,2))\n    print('prevprime(Rational(7,2))', '->', repr(v))\nexcept Exception as e:\n    print('prevprime(Rational(7,2))', '=>', type(e).__name__ + ':', e)",
    "try:\n    v = list(primerange(Rational(5,2), 12))\n    print('list(primerange(Rational(5,2), 12))', '->', repr(v))\nexcept Exception as e:\n    print('list(primerange(Rational(5,2), 12))', '=>', type(e).__name__ + ':', e)",
]


def random_programs(n, seed=13):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.choice([rnd.randint(2, 10**4), rnd.randint(10**4, 10**9), rnd.randint(10**9, 10**15),
                        2**rnd.randint(1, 40) * 3**rnd.randint(0, 20) * rnd.choice([1, 7, 101, 32771, 65537])])
        f = rnd.choice(['isprime', 'factorint', 'divisors', 'totient', 'divisor_count', 'primefactors',
                        'nextprime', 'prevprime', 'factorint'])
        out.append(f'print({f}({k}))')
    return out


PROGRAMS = HAND + random_programs(150)

emit(PRE, PROGRAMS)
