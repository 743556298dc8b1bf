package session

import (
	"strings"
	"testing"

	"github.com/dcalc/dcalc/engine"
)

// TestMatrixPrograms runs programs using Matrix and the names added in
// apigaps.go and compares with the stdout of python3 3.11.7 and SymPy
// 1.14 (matrixCases).
func TestMatrixPrograms(t *testing.T) {
	for _, c := range matrixCases {
		got, stderr := runProgram(c.code)
		if got != c.stdout || stderr != "" {
			t.Errorf("program:\n%s--- got:\n%s%s--- want:\n%s", c.code, got, stderr, c.stdout)
		}
	}
}

// TestMatrixStr checks str(M), the one-line form (from SymPy 1.14).
func TestMatrixStr(t *testing.T) {
	x := engine.NewSymbol("x", engine.Assumptions{})
	m, _ := engine.NewMatrix([][]engine.Expr{{x, engine.One}, {engine.Two, engine.NewPow(x, engine.Two)}})
	if s, ok := matrixStr(newMatrixValue(m)); !ok || s != "Matrix([[x, 1], [2, x**2]])" {
		t.Errorf("matrixStr = %q, %v", s, ok)
	}
}

// matrixCases are programs with the stdout python3 3.11.7 and SymPy 1.14
// printed (generated with a script, pasted here).
var matrixCases = []struct{ code, stdout string }{
	{"from sympy import *\nx, y, z, t = symbols('x y z t')\nM = Matrix([[x, y], [z, t]])\nprint(repr(M))\nprint(M.shape, M.rows, M.cols, len(M), M[0, 1], M[3], M[-1], M[1, -1])\nprint(repr(M.T), M.det())\nprint(M.tolist(), list(M))\n", "Matrix([\n[x, y],\n[z, t]])\n(2, 2) 2 2 4 y t t t\nMatrix([\n[x, z],\n[y, t]]) t*x - y*z\n[[x, y], [z, t]] [x, y, z, t]\n"},
	{"from sympy import *\nx, y = symbols('x y')\nprint(repr(Matrix([x**2 + y**2, y/x]).jacobian([x, y])))\nprint(repr(hessian(x**3*y + x*y, (x, y))))\nprint(repr(Matrix([x*y, x]).jacobian(Matrix([x, y]))))\n", "Matrix([\n[    2*x, 2*y],\n[-y/x**2, 1/x]])\nMatrix([\n[     6*x*y, 3*x**2 + 1],\n[3*x**2 + 1,          0]])\nMatrix([\n[y, x],\n[1, 0]])\n"},
	{"from sympy import *\nx = symbols('x')\nA = Matrix([[x + 1, 2], [3, x - 1]])\nprint(repr(A*A))\nprint(repr(A**2), A.det())\nprint(repr(2*A - A/2), repr(-A), A == Matrix([[x + 1, 2], [3, x - 1]]), A == 1)\n", "Matrix([\n[(x + 1)**2 + 6,            4*x],\n[           6*x, (x - 1)**2 + 6]])\nMatrix([\n[x**2 + 2*x + 7,            4*x],\n[           6*x, x**2 - 2*x + 7]]) x**2 - 7\nMatrix([\n[3*x/2 + 3/2,           3],\n[        9/2, 3*x/2 - 3/2]]) Matrix([\n[-x - 1,    -2],\n[    -3, 1 - x]]) True False\n"},
	{"from sympy import *\nx = symbols('x')\nA = Matrix([[x + 1, 2], [3, x - 1]])\ntry:\n    A + 1\nexcept TypeError as e:\n    print(e)\ntry:\n    A * Matrix([1, 2, 3])\nexcept ShapeError as e:\n    print(e)\ntry:\n    A[5]\nexcept IndexError as e:\n    print(e)\ntry:\n    Matrix([[1, 2, 3]]).det()\nexcept NonSquareMatrixError as e:\n    print('nonsquare')\n", "unsupported operand type(s) for +: 'MutableDenseMatrix' and 'int'\nMatrix size mismatch: (2, 2) * (3, 1).\nindex out of range\nnonsquare\n"},
	{"from sympy import *\nx, y = symbols('x y')\nM = Matrix([[x**2, 1/y], [sqrt(x), sin(x)]])\npprint(M)\npprint(M, use_unicode=False)\nprint(latex(M))\n", "⎡ 2    1   ⎤\n⎢x     ─   ⎥\n⎢      y   ⎥\n⎢          ⎥\n⎣√x  sin(x)⎦\n[  2      1   ]\n[ x       -   ]\n[         y   ]\n[             ]\n[  ___        ]\n[\\/ x   sin(x)]\n\\left[\\begin{matrix}x^{2} & \\frac{1}{y}\\\\\\sqrt{x} & \\sin{\\left(x \\right)}\\end{matrix}\\right]\n"},
	// SymPy 1.14: an ImmutableMatrix is a dict key by value; a mutable one is unhashable
	{"from sympy import *\nM = ImmutableMatrix([[1, 2], [3, 4]])\nd = {M: 'a'}\nprint(d[ImmutableMatrix([[1, 2], [3, 4]])], M in {M}, hash(M) == hash(ImmutableMatrix([[1, 2], [3, 4]])), type(hash(M)).__name__)\ntry:\n    {Matrix([1]): 1}\nexcept TypeError as e:\n    print(e)\n", "a True True int\nunhashable type: 'MutableDenseMatrix'\n"},
	// SymPy 1.14: an ImmutableMatrix refuses item assignment
	{"from sympy import *\nM = ImmutableMatrix([[1, 2]])\ntry:\n    M[0, 0] = 5\nexcept TypeError as e:\n    print(e)\nprint(M)\n", "Cannot set values of <class 'sympy.matrices.immutable.ImmutableDenseMatrix'>\nMatrix([[1, 2]])\n"},
	{"from sympy import *\nx, y = symbols('x y')\nM = Matrix(2, 2, [x, y, 1, 2])\nprint(repr(M.diff(x)), repr(M.subs(x, 3)), repr(M.applyfunc(lambda e: e**2)))\nprint(repr(Matrix([pi, E]).evalf(5)), repr(eye(2)), repr(zeros(2, 3)), repr(ones(1, 2)))\nM[0, 0] = 7\nprint(M.tolist(), repr(M[:, 0]), M[0:2])\nprint(repr(Matrix([[1, 2], [3, 4]]).inv()), Matrix([1, 2]).dot(Matrix([3, 4])), trace(eye(3)))\n", "Matrix([\n[1, 0],\n[0, 0]]) Matrix([\n[3, y],\n[1, 2]]) Matrix([\n[x**2, y**2],\n[   1,    4]])\nMatrix([\n[3.1416],\n[2.7183]]) Matrix([\n[1, 0],\n[0, 1]]) Matrix([\n[0, 0, 0],\n[0, 0, 0]]) Matrix([[1, 1]])\n[[7, y], [1, 2]] Matrix([\n[7],\n[1]]) [7, y]\nMatrix([\n[ -2,    1],\n[3/2, -1/2]]) 11 3\n"},
	{"from sympy import *\nn, k = symbols('n k', integer=True)\nx = Symbol('x')\nprint(binomial(5, 2), binomial(n, k), factorial(6), factorial(n), floor(pi), ceiling(Rational(7, 2)), Max(x, 1), Min(2, 3))\nprint(conjugate(3 + 2*I), conjugate(x), arg(1 + I), gcd(12, 18), lcm(4, 6), igcd(12, 18), ilcm(4, 6), gcd(Rational(1, 2), Rational(3, 4)))\nprint(GoldenRatio, EulerGamma, Catalan)\n", "10 binomial(n, k) 720 factorial(n) 3 4 Max(1, x) 2\n3 - 2*I conjugate(x) pi/4 6 12 6 12 1/4\nGoldenRatio EulerGamma Catalan\n"},
}

// TestGradientExtension: dcalc's gradient(f, varlist) is the column of
// f's first derivatives, the same as the transposed Jacobian of f and
// the first row of what hessian's construction differentiates; a
// varlist that is not a sequence is refused as hessian refuses it.
func TestGradientExtension(t *testing.T) {
	src := "from sympy import *\nx, y, z = symbols('x y z')\nf = x**2*y + sin(y*z)\n" +
		"g = gradient(f, (x, y, z))\n" +
		"print(g.shape, g == Matrix([f]).jacobian([x, y, z]).T, g == Matrix([diff(f, v) for v in (x, y, z)]))\n" +
		"print(gradient(f, [x]), gradient(f, Matrix([z, x])).T)\n" +
		"gradient(f, x)\n"
	out, errs := runProgram(src)
	want := "(3, 1) True True\nMatrix([[2*x*y]]) Matrix([[y*cos(y*z), 2*x*y]])\n"
	if out != want || !strings.HasSuffix(errs, "ValueError: Improper variable list in gradient function\n") {
		t.Errorf("got %q, stderr %q", out, errs)
	}
}
