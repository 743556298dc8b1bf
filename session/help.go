package session

import (
	"fmt"
	"io"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// runHelp answers a help request line: "?name", "name?" or "name??"
// (IPython's object introspection) by printing to the session's output.
func (s *Session) runHelp(line string) {
	sh, _ := any(s).(shell)
	showHelp(s.out, sh, line)
}

// helpName returns the name a help request line asks about.
func helpName(line string) string {
	line = strings.TrimSpace(line)
	line = strings.TrimLeft(line, "?")
	line = strings.TrimRight(line, "?")
	return strings.TrimSpace(line)
}

// showHelp prints the help for the name in line to w. sh may be nil; it
// is used to describe the user's own variables.
func showHelp(w io.Writer, sh shell, line string) {
	name := helpName(line)
	if name == "" {
		io.WriteString(w, quickref)
		return
	}
	base := name
	if i := strings.LastIndex(name, "."); i >= 0 {
		base = name[i+1:]
	}
	user := false
	if sh != nil {
		for _, n := range sh.userNames() {
			if n == name {
				user = true
			}
		}
	}
	if !user {
		if text, ok := helpText(base); ok {
			fmt.Fprint(w, text)
			return
		}
	}
	if sh != nil && !strings.Contains(name, ".") {
		if v, ok := sh.lookup(name); ok {
			fmt.Fprintf(w, "Type:        %s\n", sh.typeName(v))
			vs := sh.str(v)
			if strings.Contains(vs, "\n") {
				fmt.Fprintf(w, "String form:\n%s\n", vs)
			} else {
				fmt.Fprintf(w, "String form: %s\n", vs)
			}
			return
		}
	}
	fmt.Fprintf(w, "Object `%s` not found.\n", name)
}

// helpText returns dcalc's documentation of the SymPy function, class,
// method or builtin called name: a signature line, a paragraph and an
// example. The interpreter's help(obj) builtin calls it with the object's
// name and prints the text; ok is false for names without documentation.
func helpText(name string) (text string, ok bool) {
	d, ok := docs[name]
	if b := tableRow(name); b != nil {
		// The signature is the one calls are checked against, and the
		// row's one-line doc stands in where there is no longer entry.
		d.sig = b.displaySignature()
		if !ok {
			d.text, ok = b.Doc, true
		}
	}
	if !ok {
		return "", false
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Signature: %s\n", d.sig)
	fmt.Fprintf(&sb, "Docstring:\n%s\n", wrapText(strings.TrimSpace(d.text), helpWidth))
	if b := tableRow(name); b != nil {
		if opts := b.unhonoured(); len(opts) > 0 {
			sb.WriteString(wrapText("Not in dcalc yet (NotImplementedError unless given their default): "+strings.Join(opts, ", ")+".", helpWidth) + "\n")
		}
	}
	if d.example != "" {
		sb.WriteString("\nExample:\n")
		for _, l := range strings.Split(strings.TrimSpace(d.example), "\n") {
			sb.WriteString("    " + l + "\n")
		}
	}
	return sb.String(), true
}

// doc is one entry of the help table. Example outputs are what SymPy 1.14
// prints for the same input.
type doc struct {
	sig, text, example string
}

var docs = map[string]doc{
	"symbols": {"symbols(names, **assumptions)",
		"Create symbols from a string of names separated by spaces or commas; ranges like x0:3 make x0, x1, x2. One name gives one Symbol, several give a tuple. Assumptions such as real=True or positive=True apply to all.",
		">>> x, y = symbols('x y')\n>>> symbols('a0:3')\n(a0, a1, a2)"},
	"Symbol": {"Symbol(name, **assumptions)",
		"A symbolic variable named name. Symbols with the same name and assumptions are equal.",
		">>> t = Symbol('t', positive=True)\n>>> sqrt(t**2)\nt"},
	"Function": {"Function(name)",
		"An undefined function: f = Function('f') makes f(x) an expression whose derivatives stay unevaluated.",
		">>> f = Function('f')\n>>> diff(f(x)**2, x)\n2*f(x)*Derivative(f(x), x)"},
	"diff": {"diff(f, *symbols, evaluate=True)",
		"Differentiate f with respect to the symbols in turn; a symbol followed by an integer n differentiates n times. With no symbol, f must have exactly one free symbol. Also a method: expr.diff(x).",
		">>> diff(sin(x)**2, x)\n2*sin(x)*cos(x)\n>>> diff(x**3*y, x, 2, y)\n6*x"},
	"Derivative": {"Derivative(expr, *variables, evaluate=False)",
		"An unevaluated derivative of expr. doit() carries out the differentiation.",
		">>> d = Derivative(x**2, x)\n>>> d\nDerivative(x**2, x)\n>>> d.doit()\n2*x"},
	"doit": {"expr.doit()",
		"Evaluate the unevaluated objects (Derivative, Subs, ...) inside expr.",
		">>> Derivative(x**3, x).doit()\n3*x**2"},
	"subs": {"expr.subs(old, new) or expr.subs({old: new, ...})",
		"Substitute new for old in expr; a dict or a list of pairs does several substitutions in turn.",
		">>> (x**2 + y).subs(x, 3)\ny + 9\n>>> (x*y).subs({x: 2, y: 5})\n10"},
	"evalf": {"expr.evalf(n=15)",
		"Numerical value of expr to n significant digits, as a Float.",
		">>> pi.evalf(20)\n3.1415926535897932385"},
	"N": {"N(expr, n=15)",
		"Numerical value of expr to n significant digits; the same as expr.evalf(n).",
		">>> N(sqrt(2))\n1.41421356237310"},
	"expand": {"expand(expr)",
		"Multiply out products and integer powers of sums.",
		">>> expand((x + 1)**2)\nx**2 + 2*x + 1"},
	"simplify": {"simplify(expr)",
		"Try several simplifications and return the simplest form found.",
		">>> simplify(sin(x)**2 + cos(x)**2)\n1"},
	"factor": {"factor(expr)",
		"Factor a polynomial into irreducible factors over the rationals.",
		">>> factor(x**2 - 1)\n(x - 1)*(x + 1)"},
	"pprint": {"pprint(expr, use_unicode=True)",
		"Print expr in two-dimensional form (fractions, exponents and derivatives drawn as in a book).",
		">>> pprint(x**2/2)\n 2\nx \n──\n2 "},
	"latex": {"latex(expr)",
		"The LaTeX source of expr, as a str.",
		">>> latex(x**2/2)\n'\\\\frac{x^{2}}{2}'"},
	"sqrt": {"sqrt(arg)",
		"The principal square root, arg**(1/2).",
		">>> sqrt(8)\n2*sqrt(2)\n>>> diff(sqrt(x), x)\n1/(2*sqrt(x))"},
	"root": {"root(arg, n)",
		"The principal n-th root, arg**(1/n).",
		">>> root(x, 3)\nx**(1/3)"},
	"exp": {"exp(arg)",
		"The exponential function e**arg.",
		">>> diff(exp(2*x), x)\n2*exp(2*x)"},
	"log": {"log(arg, base=E)",
		"The natural logarithm; log(arg, b) is log(arg)/log(b).",
		">>> diff(log(x), x)\n1/x"},
	"Abs": {"Abs(arg)",
		"The absolute value.",
		">>> Abs(-3)\n3"},
	"sin":  trigDoc("sin", "The sine (argument in radians).", "cos(x)"),
	"cos":  trigDoc("cos", "The cosine (argument in radians).", "-sin(x)"),
	"tan":  trigDoc("tan", "The tangent.", "tan(x)**2 + 1"),
	"cot":  trigDoc("cot", "The cotangent.", "-cot(x)**2 - 1"),
	"sec":  trigDoc("sec", "The secant, 1/cos.", "tan(x)*sec(x)"),
	"csc":  trigDoc("csc", "The cosecant, 1/sin.", "-cot(x)*csc(x)"),
	"asin": trigDoc("asin", "The inverse sine.", "1/sqrt(1 - x**2)"),
	"acos": trigDoc("acos", "The inverse cosine.", "-1/sqrt(1 - x**2)"),
	"atan": trigDoc("atan", "The inverse tangent.", "1/(x**2 + 1)"),
	"acot": trigDoc("acot", "The inverse cotangent.", "-1/(x**2 + 1)"),
	"sinh": trigDoc("sinh", "The hyperbolic sine.", "cosh(x)"),
	"cosh": trigDoc("cosh", "The hyperbolic cosine.", "sinh(x)"),
	"tanh": trigDoc("tanh", "The hyperbolic tangent.", "1 - tanh(x)**2"),
	"Rational": {"Rational(p, q=1)",
		"The exact fraction p/q in lowest terms. Use it instead of 1/2, which Python makes a float.",
		">>> Rational(1, 2)*x\nx/2"},
	"Integer": {"Integer(n)",
		"A SymPy integer.",
		">>> Integer(7)/2\n7/2"},
	"Float": {"Float(num, dps=15)",
		"A floating-point number with dps significant decimal digits.",
		">>> Float('0.1', 30)\n0.100000000000000000000000000000"},
	"S": {"S(obj)",
		"Convert obj to a SymPy object (sympify): S(1)/2 is the Rational 1/2.",
		">>> S(1)/3\n1/3"},
	"Matrix": {"Matrix(rows)",
		"A mutable matrix built from a list of rows (or a flat list for a column).",
		">>> Matrix([[x, 1], [0, y]]).det()\nx*y"},
	"jacobian": {"M.jacobian(X)",
		"The Jacobian matrix of the vector M with respect to the variables in X.",
		">>> Matrix([x*y, x + y]).jacobian([x, y])\nMatrix([[y, x], [1, 1]])"},
	"hessian": {"hessian(f, varlist)",
		"The matrix of second partial derivatives of f.",
		">>> hessian(x**2*y, (x, y))\nMatrix([[2*y, 2*x], [2*x, 0]])"},
	"integrate": {"integrate(f, x) or integrate(f, (x, a, b))",
		"The antiderivative of f, or the definite integral from a to b.",
		">>> integrate(2*x, x)\nx**2"},
	"limit": {"limit(e, z, z0, dir='+')",
		"The limit of e as z goes to z0.",
		">>> limit(sin(x)/x, x, 0)\n1"},
	"series": {"series(expr, x=None, x0=0, n=6)",
		"The power series of expr about x0 up to, not including, x**n.",
		">>> series(exp(x), x, 0, 3)\n1 + x + x**2/2 + O(x**3)"},
	"solve": {"solve(f, *symbols)",
		"Solve f = 0 (or a list of equations) for the symbols; returns a list of solutions.",
		">>> solve(x**2 - 4, x)\n[-2, 2]"},
	"binomial": {"binomial(n, k)",
		"The binomial coefficient n choose k.",
		">>> binomial(5, 2)\n10"},
	"conjugate": {"conjugate(z)",
		"The complex conjugate.",
		">>> conjugate(2 + 3*I)\n2 - 3*I"},
	"re": {"re(z)",
		"The real part.",
		">>> re(2 + 3*I)\n2"},
	"print": {"print(*objects, sep=' ', end='\\n')",
		"Write the str() of each object, separated by sep and followed by end.",
		">>> print(diff(x**2, x))\n2*x"},
	"help": {"help(obj)",
		"Show this documentation for obj; obj? and ?obj do the same.",
		">>> help(diff)"},
}

func trigDoc(name, text, deriv string) doc {
	return doc{
		sig:     name + "(arg)",
		text:    text,
		example: fmt.Sprintf(">>> diff(%s(x), x)\n%s", name, deriv),
	}
}

// caretMsgPrefix starts CPython's message for ^ between unsupported types.
const caretMsgPrefix = "unsupported operand type(s) for ^: "

// caretHintText is the line added to a TypeError raised by ^ where **
// was meant.
const caretHintText = "Hint: use ** for powers (x**2); ^ is exclusive or in Python"

// caretHint returns the hint line to add under the error message when err
// is the TypeError Python raises for ^ between operands it cannot xor
// (in SymPy, x^2 raises "unsupported operand type(s) for ^: 'Symbol' and
// 'int'") and src, the cell's source, uses ^; otherwise "". The
// interpreter calls it when it formats a cell's exception and prints the
// hint after the "TypeError: ..." line.
func caretHint(err error, src string) string {
	e, ok := err.(*Exception)
	if !ok || e.Type != "TypeError" || !strings.HasPrefix(e.Msg, caretMsgPrefix) {
		return ""
	}
	if !strings.Contains(src, "^") {
		return ""
	}
	return caretHintText
}

// helpWidth is the width help paragraphs are wrapped to, as IPython's
// docstrings are.
const helpWidth = 75

// wrapText breaks text into lines of at most width columns at spaces
// (a longer word stays whole on its own line).
func wrapText(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		l := len([]rune(w))
		switch {
		case n == 0:
		case n+1+l > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

// installHelp defines the help builtin: help(obj) prints dcalc's own
// documentation of obj (a function, class, method or a value of a
// documented type), help("name") that of the name, help() the quick
// reference.
func (in *interp) installHelp() {
	in.builtins["help"] = &Builtin{Name: "help", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("help", kw)
		nargs("help", args, 0, 1)
		w := in.s.out
		if w == nil {
			w = io.Discard
		}
		if len(args) == 0 {
			io.WriteString(w, quickref)
			return none
		}
		if name, ok := args[0].(string); ok {
			showHelp(w, nil, name)
			return none
		}
		if text, ok := helpText(helpKey(args[0])); ok {
			io.WriteString(w, text)
			return none
		}
		fmt.Fprintf(w, "Type:        %s\n", typeName(args[0]))
		vs := in.str(args[0])
		if strings.Contains(vs, "\n") {
			fmt.Fprintf(w, "String form:\n%s\n", vs)
		} else {
			fmt.Fprintf(w, "String form: %s\n", vs)
		}
		return none
	}}
}

// helpKey is the name under which the documentation of v is kept: the
// name of a function, class or method, or the type of a value.
func helpKey(v Value) string {
	switch x := v.(type) {
	case *Builtin:
		return x.Name
	case *BoundMethod:
		return x.Name
	case *Class:
		return x.Name
	case *FuncClass:
		return x.Def.Name
	case *Function:
		return ""
	case *engine.Symbol:
		return "Symbol"
	}
	return typeName(v)
}

// Attrs returns the sorted attribute names of the value of expr, a
// dotted name such as "e" or "sp.diff", for completion after a dot; nil
// when expr names nothing. Only attribute lookups run, never calls.
func (s *Session) Attrs(expr string) (names []string) {
	defer func() {
		if recover() != nil {
			names = nil
		}
	}()
	parts := strings.Split(expr, ".")
	v, ok := s.Lookup(parts[0])
	if !ok {
		return nil
	}
	for _, p := range parts[1:] {
		v = s.in.getAttr(v, p, nil)
	}
	if _, ok := asMatrix(v); ok {
		return append([]string{"C", "H", "T", "cols", "rows", "shape"}, matrixMethodList()...)
	}
	return s.in.attrNames(v)
}

// caretHintLine returns the hint of [caretHint] for the exception of a
// cell, with its newline, or "". The source checked for ^ is the line
// that raised (the innermost frame's).
func (s *Session) caretHintLine(exc *Exception) string {
	if len(exc.Trace) == 0 {
		return ""
	}
	f := exc.Trace[len(exc.Trace)-1]
	src, _ := s.line(f.File, f.Line)
	if h := caretHint(exc, src); h != "" {
		return h + "\n"
	}
	return ""
}
