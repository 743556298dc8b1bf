"""Generate solvesetrecip_golden.jsonl: solveset of equations SymPy first
answers with a ConditionSet and then solves as the numerator's solutions
less the denominator's (1/sin(x) = 0 has none; sin(x)**(-2) - 1 stays a
ConditionSet over the complexes), over S.Complexes and S.Reals. dcalc
must print SymPy's answer or raise NotImplementedError. Run with a
python3 that has SymPy 1.14:

    cd session/testdata && python3 gen_solvesetrecip.py > solvesetrecip_golden.jsonl
"""
import sympy

from goldenlib import emit

assert sympy.__version__ == "1.14.0"

PRE = "from sympy import *\nx = symbols('x')\n"

EQS = ['1/sin(x)', '1/cos(x)', '1/tan(x)', '1/(sin(x)**2 - Rational(1, 4))', 'sin(x)**(-2) - 1', '2/cos(2*x)',
       '1/(tan(x)**2 - 3)', '1/sinh(x)', '1/cosh(x)', 'cos(x)**(-2) - 4', '3/(sin(x) - 2)', '1/(2**x - 8)',
       '1/exp(x)', 'exp(-x)/sin(x)', '1/(cos(x)**2 - 1)']
progs = []
for e in EQS:
    for d in ['', ', S.Reals']:
        progs.append('print(solveset(%s, x%s))' % (e, d))
emit(PRE, progs)
