import timeit
from sympy import *
x, y = symbols('x y')
e = diff(x*sin(x)**3/(1 + cos(x)) + exp(-x)*tan(x), x, 2)
t = sin(x)**2 + cos(x)**2 + sin(x)*cos(y) + cos(x)*sin(y) + sec(x)**2 - tan(x)**2
for name, f in [('simplify', lambda: simplify(e)), ('trigsimp', lambda: trigsimp(t))]:
    n = 3
    print(name, min(timeit.repeat(f, number=n, repeat=3)) / n)
