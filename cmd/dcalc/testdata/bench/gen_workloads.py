#!/usr/bin/env python3
"""Writes the workloads w8 and w9 in the shared form: a .py for SymPy, the
same text as .dcalc, and an unrolled .ginsh twin for GiNaC's ginsh.

    python3 gen_workloads.py          # writes the files beside this script
    python3 gen_workloads.py --proofs # also runs the .py with SymPy and
                                      # prints the proof values it gives

w8_big_tree: d/dx of prod_{k=1..130} cos(x/k + k), a derivative of
6*130**2 + 1 = 101,401 nodes (SymPy's preorder_traversal), printed whole,
then its term count and its value at 0.7.
w9_expand4: expand((x+y+z+w+1)**30), d/dx, d2/dxdy: term counts and the
exact value at (1, 2, 3, 4).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N8 = 130

W8_PY = f"""# W8 big tree: d/dx prod_{{k=1..{N8}}} cos(x/k + k), a 101,401-node derivative, printed whole; term count and value at 0.7
from sympy import *
x = symbols('x')
f = 1
for k in range(1, {N8 + 1}):
    f = f*cos(x/k + k)
d = diff(f, x)
print(d)
print(len(d.args))
print(N(d.subs(x, 0.7), 10))
"""

W8_GINSH = "\n".join(
    [f"// W8 big tree: d/dx prod_{{k=1..{N8}}} cos(x/k + k), printed whole; term count and value at 0.7",
     "f = 1:"]
    + [f"f = f*cos(x/{k} + {k}):" for k in range(1, N8 + 1)]
    + ["d = diff(f, x):", "d;", "nops(d);", "evalf(subs(d, x == 0.7));", "quit", ""])

W9_PY = """# W9 expand (x+y+z+w+1)^30, then d/dx and d/dy(d/dx); term counts and exact value at (1,2,3,4)
from sympy import *
x, y, z, w = symbols('x y z w')
e = expand((x + y + z + w + 1)**30)
dx = diff(e, x)
dxy = diff(dx, y)
print(len(e.args))
print(len(dx.args))
print(len(dxy.args))
print(dxy.subs({x: 1, y: 2, z: 3, w: 4}))
"""

W9_GINSH = """// W9 expand (x+y+z+w+1)^30, then d/dx and d/dy(d/dx); term counts and exact value at (1,2,3,4)
e = expand((x + y + z + w + 1)^30):
dx = diff(e, x):
dxy = diff(dx, y):
nops(e);
nops(dx);
nops(dxy);
subs(dxy, {x == 1, y == 2, z == 3, w == 4});
quit
"""


def main():
    for name, py, ginsh in (("w8_big_tree", W8_PY, W8_GINSH), ("w9_expand4", W9_PY, W9_GINSH)):
        for ext, text in ((".py", py), (".dcalc", py), (".ginsh", ginsh)):
            with open(os.path.join(HERE, name + ext), "w") as f:
                f.write(text)
        if "--proofs" in sys.argv:
            out = subprocess.run([sys.executable, os.path.join(HERE, name + ".py")],
                                 capture_output=True, text=True, check=True).stdout
            proofs = []
            for line in out.splitlines():
                try:
                    float(line)
                    proofs.append(line.strip())
                except ValueError:
                    pass
            print(name, proofs)


if __name__ == "__main__":
    main()
