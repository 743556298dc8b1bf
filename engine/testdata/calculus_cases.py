# Prints SymPy 1.14's answers for the tables in engine/calculus_test.go.
from sympy import *
x, y, h, a = symbols('x y h a')
print(solve(x**3 - 2*x, x), solve(3*x**2, x), solve([x + y - 3], [x, y]))
print(series(1/x, x), series(x**2, x), series(log(x), x, 1, 4), series(tan(x), x, 0, 8))
print(series(1/sin(x), x, 0, 4), series(log(1 + x), x))
print(limit(((x + h)**5 - x**5)/h, h, 0), limit((4/(x + h) - 4/x)/h, h, 0))
print(integrate(1/x, (x, -1, 1)), integrate(x**a, x))
print(solve([3*x**2 - 3*y, 3*y**2 - 3*x], [x, y]), solve([-2*x*y - y**2 + y, -x**2 - 2*x*y + x], [x, y]))
print(solve([6*x**2 + 6*y**2 - 150, 12*x*y - 9*y**2], [x, y]), solve(x**2 - 4*a**2, x))
print(integrate(1/(x + 1), (x, 0, 1)), integrate(sin(x)**5, x))
print(limit((1 + 2/x)**x, x, oo), limit(x**3/(x**2 + 1), x, -oo))
print(simplify(1/(x - 1) - (x + 1)/(x - 1)**2), simplify(x**2*exp(x) + 2*x*exp(x)))
