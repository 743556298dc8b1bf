#!/usr/bin/env bash
# Benchmark: dcalc nb run against nbclient (what jupyter nbconvert --execute
# runs) with ipykernel
# with SymPy) on a 200-cell differentiation notebook. Not part of CI.
#   bash .ci/bench_nbrun.sh PYTHON_WITH_SYMPY
# needs Debian's python3-nbclient in /usr/bin/python3.
set -euo pipefail
py=${1:-python3}
dir=$(mktemp -d)
CGO_ENABLED=0 go build -o "$dir/dcalc" ./cmd/dcalc
/usr/bin/python3 - "$dir/nb.ipynb" <<'PY'
import sys, nbformat
from nbformat.v4 import new_notebook, new_code_cell
nb = new_notebook()
cells = [new_code_cell("from sympy import *\nx, y = symbols('x y')")]
for i in range(199):
    cells.append(new_code_cell("diff(sin(x**%d)*exp(y*x) + x**%d/(1 + y), x, 2)" % (i % 7 + 1, i % 5 + 2)))
nb.cells = cells
nbformat.write(nb, sys.argv[1])
PY
mkdir -p "$dir/kernels/sympy14"
cat > "$dir/kernels/sympy14/kernel.json" <<JSON
{"argv": ["$(command -v "$py")", "-c", "import sys; sys.path.append('/usr/lib/python3/dist-packages'); import sympy; assert sympy.__version__ == '1.14.0'; from ipykernel import kernelapp; kernelapp.launch_new_instance()", "-f", "{connection_file}"],
 "display_name": "py", "language": "python"}
JSON
t0=$(date +%s.%N); "$dir/dcalc" nb run "$dir/nb.ipynb" -o "$dir/dcalc.ipynb"; t1=$(date +%s.%N)
JUPYTER_PATH=$dir /usr/bin/python3 -c "
import nbformat, nbclient
nb = nbformat.read('$dir/nb.ipynb', 4)
nbclient.NotebookClient(nb, kernel_name='sympy14', timeout=600).execute()
nbformat.write(nb, '$dir/jupyter.ipynb')" 2>/dev/null; t2=$(date +%s.%N)
echo "dcalc nb run:                 $(echo "$t1 - $t0" | bc) s"
echo "nbclient (ipykernel + SymPy): $(echo "$t2 - $t1" | bc) s"
"$dir/dcalc" replay --check "$dir/jupyter.ipynb" | tail -1 || true
