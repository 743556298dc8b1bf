"""Generate radicalpow_golden.jsonl: rational powers of products of
numbers and radicals (Mul._eval_power and Pow._eval_expand_power_base:
powers of numbers raised with evaluation, other nonnegative factors and
the rest with evaluate=False, then Mul's flatten with its gcds of
rational bases, taken in that order), and half-integer powers of
rational multiples of I whose half is a square (Mul._eval_power's
(1 + sign(a)*I)**p form; sqrt(2)*I and 3*I to half-integer powers still
differ: SymPy keeps -I**(3/2) a nested product there).
The products below are those of a random battery of 250 such programs
(seed 11) that dcalc printed differently from SymPy before these rules
and prints as SymPy now, and the I family; 25 programs of that
battery still differ (SymPy's unevaluated products from Rational and
Integer powers, such as (5*sqrt(2))*5**(3/4)/25) and are not here. With
SymPy 1.14's stdout. Run with a python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_radicalpow.py > radicalpow_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\n"

PROGRAMS = [
    "print(sqrt(-sqrt(15)/5))",
    "print(sqrt(-sqrt(3)/3), sqrt(-2*sqrt(6)/3), (-sqrt(10)/5)**Rational(3, 2))",
    "print((9*3**Rational(1, 4))**Rational(3, 2), (3*sqrt(3))**Rational(3, 2))",
    "print(Pow(Mul(-12, Pow(2, Rational(3,2))), Rational(2,3)))",
    "print(Pow(Mul(-12, Pow(Rational(1,5), Rational(2,3))), Rational(1,3)))",
    "print(Pow(Mul(18, Pow(-3, Rational(1,2))), Rational(1,3)))",
    "print(Pow(Mul(18, Pow(27, Rational(1,2))), Rational(1,3)))",
    "print(Pow(Mul(27, Pow(15, Rational(1,2))), Rational(5,4)))",
    "print(Pow(Mul(27, Pow(15, Rational(5,4))), Rational(5,4)))",
    "print(Pow(Mul(27, Pow(45, Rational(5,4))), Rational(2,3)))",
    "print(Pow(Mul(3, Pow(Rational(-9,4), Rational(3,2))), Rational(1,2)))",
    "print(Pow(Mul(45, Pow(18, Rational(2,3))), Rational(2,3)))",
    "print(Pow(Mul(Rational(-1,5), Pow(12, Rational(1,2))), Rational(1,2)))",
    "print(Pow(Mul(Rational(-1,5), Pow(2, Rational(5,4))), Rational(1,3)))",
    "print(Pow(Mul(Rational(-1,5), Pow(27, Rational(3,2))), Rational(5,4)))",
    "print(Pow(Mul(Rational(-1,5), Pow(3, Rational(3,2))), Rational(1,4)))",
    "print(Pow(Mul(Rational(-1,5), Pow(3, Rational(3,2))), Rational(5,4)))",
    "print(Pow(Mul(Rational(-9,4), Pow(15, Rational(1,2))), Rational(2,3)))",
    "print(Pow(Mul(Rational(-9,4), Pow(15, Rational(1,3))), Rational(1,3)))",
    "print(Pow(Mul(Rational(-9,4), Pow(3, Rational(1,3))), Rational(1,3)))",
    "print(Pow(Mul(Rational(-9,4), Pow(Rational(-1,5), Rational(1,2))), Rational(1,3)))",
    "print(Pow(Mul(Rational(1,5), Pow(27, Rational(5,4))), Rational(2,3)))",
    "print(sqrt(Mul(-12, sqrt(Rational(-9,4)))))",
    "print(sqrt(Mul(18, sqrt(27))))",
    "print(sqrt(Mul(3, sqrt(Rational(-9,4)))))",
    "print(sqrt(Mul(Rational(-1,5), sqrt(12))))",
    "print(sqrt(Mul(Rational(-9,4), sqrt(2))))",
    "print(sqrt(Mul(Rational(2,3), sqrt(6))))",
]
for base in ["Mul(Rational(9, 2), I)", "Mul(-8, I)", "Mul(2, I)", "Mul(Rational(-1, 2), I)", "Mul(18, I)",
             "50*I", "Mul(Rational(1, 8), I)", "Mul(-32, I)"]:
    for e in ["S.Half", "Rational(-1, 2)", "Rational(3, 2)", "Rational(-3, 2)", "Rational(5, 2)"]:
        PROGRAMS.append("print(Pow(%s, %s))" % (base, e))
PROGRAMS += [
    "print(sqrt(3*sqrt(Rational(-9, 4))), sqrt(-12*sqrt(Rational(-9, 4))), sqrt(2*I), sqrt(-8*I))",
    "print(latex(sqrt(9*I/2)), latex(sqrt(-sqrt(15)/5)))",
]
emit(PRE, PROGRAMS)
