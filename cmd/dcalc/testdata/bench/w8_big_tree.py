# W8 big tree: d/dx prod_{k=1..130} cos(x/k + k), a 101,401-node derivative, printed whole; term count and value at 0.7
from sympy import *
x = symbols('x')
f = 1
for k in range(1, 131):
    f = f*cos(x/k + k)
d = diff(f, x)
print(d)
print(len(d.args))
print(N(d.subs(x, 0.7), 10))
