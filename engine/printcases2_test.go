package engine

// Expected outputs from SymPy 1.14 (pretty(e, use_unicode=True/False), latex(e)).

var printCases2 = []printCase{
	{"pi", "π", "pi", "\\pi"},
	{"E", "ℯ", "e", "e"},
	{"I", "ⅈ", "I", "i"},
	{"oo", "∞", "oo", "\\infty"},
	{"-oo", "-∞", "-oo", "-\\infty"},
	{"zoo", "zoo", "zoo", "\\tilde{\\infty}"},
	{"nan", "nan", "nan", "\\text{NaN}"},
	{"theta**2 + x1", " 2     \nθ  + x₁", "     2     \ntheta  + x1", "\\theta^{2} + x_{1}"},
	{"sqrt(x)", "√x", "  ___\n\\/ x ", "\\sqrt{x}"},
	{"x**0.333333333333333", " 0.333333333333333\nx                 ", " 0.333333333333333\nx                 ", "x^{0.333333333333333}"},
	{"(x + 1)**0.2", "       0.2\n(x + 1)   ", "       0.2\n(x + 1)   ", "\\left(x + 1\\right)^{0.2}"},
	{"sqrt(2)", "√2", "  ___\n\\/ 2 ", "\\sqrt{2}"},
	{"sqrt(x**2 + 1)", "   ________\n  ╱  2     \n╲╱  x  + 1 ", "   ________\n  /  2     \n\\/  x  + 1 ", "\\sqrt{x^{2} + 1}"},
	{"1/sqrt(x)", "1 \n──\n√x", "  1  \n-----\n  ___\n\\/ x ", "\\frac{1}{\\sqrt{x}}"},
	{"Abs(x)", "│x│", "|x|", "\\left|{x}\\right|"},
	{"x**(-y)", " -y\nx  ", " -y\nx  ", "x^{- y}"},
	{"pi*x/2", "π⋅x\n───\n 2 ", "pi*x\n----\n 2  ", "\\frac{\\pi x}{2}"},
	{"-x", "-x", "-x", "- x"},
	{"-x/y", "-x \n───\n y ", "-x \n---\n y ", "- \\frac{x}{y}"},
	{"x/2", "x\n─\n2", "x\n-\n2", "\\frac{x}{2}"},
	{"-3/4", "-3/4", "-3/4", "- \\frac{3}{4}"},
	{"15/17", "15\n──\n17", "15\n--\n17", "\\frac{15}{17}"},
	{"2.5*x", "2.5⋅x", "2.5*x", "2.5 x"},
	{"sin(theta)**2", "   2   \nsin (θ)", "   2       \nsin (theta)", "\\sin^{2}{\\left(\\theta \\right)}"},
	{"exp(-x)", " -x\nℯ  ", " -x\ne  ", "e^{- x}"},
	{"f(x, y)", "f(x, y)", "f(x, y)", "f{\\left(x,y \\right)}"},
	{"Derivative(f(x, y), x, y)", "  2           \n ∂            \n─────(f(x, y))\n∂y ∂x         ", "  2           \n d            \n-----(f(x, y))\ndy dx         ", "\\frac{\\partial^{2}}{\\partial y\\partial x} f{\\left(x,y \\right)}"},
	{"Derivative(f(x, y), (x, 2), y)", "   3           \n  ∂            \n──────(f(x, y))\n     2         \n∂y ∂x          ", "   3           \n  d            \n------(f(x, y))\n     2         \ndy dx          ", "\\frac{\\partial^{3}}{\\partial y\\partial x^{2}} f{\\left(x,y \\right)}"},
	{"alpha*x", "α⋅x", "alpha*x", "\\alpha x"},
	{"x**2 + 3*x + 1/2", " 2         1\nx  + 3⋅x + ─\n           2", " 2         1\nx  + 3*x + -\n           2", "x^{2} + 3 x + \\frac{1}{2}"},
}

var listWant = []string{"⎡ 2       sin(x)⎤\n⎢x , 1/2, ──────⎥\n⎣           x   ⎦", "⎛ 2       sin(x)⎞\n⎜x , 1/2, ──────⎟\n⎝           x   ⎠", "  2       sin(x) \n[x , 1/2, ------]\n            x    ", "(x,)", "⎡ 2         ⎤\n⎢x      1   ⎥\n⎢           ⎥\n⎢     sin(x)⎥\n⎢1/2  ──────⎥\n⎣       x   ⎦"}

var matrixLatexWant = "\\left[\\begin{matrix}x^{2} & 1\\\\\\frac{1}{2} & \\frac{\\sin{\\left(x \\right)}}{x}\\end{matrix}\\right]"

var wrapCase = printCase{"12*x**11/y + 11*x**10 + 10*x**9*y + 9*x**8*y**2 + 8*x**7*y**3 + 7*x**6*y**4 + 6*x**5*y**5 + 5*x**4*y**6 + 4*x**3*y**7 + 3*x**2*y**8 + 2*x*y**9 + y**10", "    11                                                                         ↪\n12⋅x         10       9        8  2      7  3      6  4      5  5      4  6    ↪\n────── + 11⋅x   + 10⋅x ⋅y + 9⋅x ⋅y  + 8⋅x ⋅y  + 7⋅x ⋅y  + 6⋅x ⋅y  + 5⋅x ⋅y  +  ↪\n  y                                                                            ↪\n\n↪                                 \n↪    3  7      2  8        9    10\n↪ 4⋅x ⋅y  + 3⋅x ⋅y  + 2⋅x⋅y  + y  \n↪                                 ", "    11                                                                         >\n12*x         10       9        8  2      7  3      6  4      5  5      4  6    >\n------ + 11*x   + 10*x *y + 9*x *y  + 8*x *y  + 7*x *y  + 6*x *y  + 5*x *y  +  >\n  y                                                                            >\n\n>                                 \n>    3  7      2  8        9    10\n> 4*x *y  + 3*x *y  + 2*x*y  + y  \n>                                 ", "\\frac{12 x^{11}}{y} + 11 x^{10} + 10 x^{9} y + 9 x^{8} y^{2} + 8 x^{7} y^{3} + 7 x^{6} y^{4} + 6 x^{5} y^{5} + 5 x^{4} y^{6} + 4 x^{3} y^{7} + 3 x^{2} y^{8} + 2 x y^{9} + y^{10}"}
