#!/usr/bin/env python3
"""Generate gamma.txt for engine/mpf's gamma tests with mpmath 1.3.0
(the mpmath SymPy 1.14 evaluates gamma, loggamma and polygamma with):

    python3 engine/mpf/testdata/gen_gamma.py > engine/mpf/testdata/gamma.txt

Each line is tab-separated: the function, its arguments (the order m of
psi first), the precision in bits and mpmath's str() of the value at
that precision: the value computed at four times the precision and
rounded, since mpmath's own polygamma loses digits to cancellation at
some negative arguments (psi(6, -50.5) at 53 bits is off from the
fourth digit)."""
import mpmath

assert mpmath.__version__ == "1.3.0"

pts = ["0.5", "1", "2", "1.5", "2.5", "3.7", "0.001", "1e-10", "7", "10.25", "33.3", "100", "170.6", "1000.5",
       "123456.789", "-0.5", "-1.5", "-2.5", "-3.7", "-10.1", "-0.001", "-7.999", "-50.5", "1.0000001", "0.9999",
       "1.4616321449683622", "2.0000000001", "1e5", "-1e-8"]
out = []


def exact(f, *args):
    p = mpmath.mp.prec
    with mpmath.workprec(4 * p):
        v = f(*args)
    return mpmath.mpf(v)  # rounded to p bits


for p in [53, 113, 333]:
    mpmath.mp.prec = p
    for s in pts:
        x = mpmath.mpf(s)
        out.append("gamma\t%s\t%d\t%s" % (s, p, exact(mpmath.gamma, x)))
        if x > 0:
            out.append("loggamma\t%s\t%d\t%s" % (s, p, exact(mpmath.loggamma, x)))
        for m in [0, 1, 2, 3, 6]:
            out.append("psi\t%d\t%s\t%d\t%s" % (m, s, p, exact(mpmath.polygamma, m, x)))
mpmath.mp.prec = 3333
for s in ["0.3", "-2.5", "12.75"]:
    x = mpmath.mpf(s)
    out.append("gamma\t%s\t%d\t%s" % (s, 3333, exact(mpmath.gamma, x)))
    out.append("psi\t%d\t%s\t%d\t%s" % (2, s, 3333, exact(mpmath.polygamma, 2, x)))
print("\n".join(out))
