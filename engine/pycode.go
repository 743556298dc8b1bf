package engine

import (
	"fmt"
	"math/big"
	"strings"
)

// PyCode returns the Python source lambdify generates for e with the
// given module ("numpy" or "math"), as SymPy 1.14's NumPyPrinter and
// PythonCodePrinter print it: names unqualified (lambdify's namespace
// holds the module's names), numerator/denominator split as CodePrinter's
// _print_Mul does, Rational coefficients kept as (p/q), and for NumPy
// negative integer powers given a float exponent. A function the
// printers do not translate is an error naming it.
func PyCode(e Expr, module string) (out string, err error) {
	defer recoverTo(&err)
	p := &pyPrinter{numpy: module == "numpy", mpmath: module == "mpmath"}
	return p.print(e), nil
}

// pyFuncNames maps SymPy function names to lambdify's: the NumPy name
// (first) and the math module's (second); "" keeps SymPy's name.
var pyFuncNames = map[string][2]string{
	"sin": {}, "cos": {}, "tan": {}, "sinh": {}, "cosh": {}, "tanh": {}, "exp": {}, "log": {},
	"asin": {"arcsin", ""}, "acos": {"arccos", ""}, "atan": {"arctan", ""}, "atan2": {"arctan2", ""},
	"asinh": {"arcsinh", ""}, "acosh": {"arccosh", ""}, "atanh": {"arctanh", ""},
	"Abs": {"abs", "abs"}, "ceiling": {"ceil", "ceil"}, "floor": {},
	"re": {"real", ""}, "im": {"imag", ""}, "conjugate": {"conjugate", ""}, "arg": {"angle", ""},
}

// pyNotMath are the functions lambdify maps for NumPy that the math
// module lacks: pycode refuses them.
var pyNotMath = map[string]bool{"re": true, "im": true, "conjugate": true, "arg": true}

// pyBuiltins are Python's own functions among the printers' names: never
// qualified.
var pyBuiltins = map[string]bool{"abs": true, "min": true, "max": true}

// pyMathFuncs are the math module's functions NumPy has no ufunc for:
// SymPy's NumPy printer falls back on them (lambdify imports them from
// math, so they take scalars), and mpmath has them under SymPy's names.
var pyMathFuncs = map[string]string{"erf": "erf", "erfc": "erfc", "gamma": "gamma", "loggamma": "lgamma", "factorial": "factorial"}

// PyMathImports are the math functions lambdify's NumPy namespace takes
// from the math module (the values of pyMathFuncs).
var PyMathImports = []string{"erf", "erfc", "gamma", "lgamma", "factorial"}

// pyRewrites are CodePrinter's _rewriteable_functions that dcalc has: a
// function the printers do not know is printed as its rewrite to the
// target, in brackets.
var pyRewrites = map[string]string{
	"cot": "tan", "csc": "sin", "sec": "cos", "acot": "atan", "acsc": "asin", "asec": "acos",
	"coth": "exp", "csch": "exp", "sech": "exp", "acoth": "log", "binomial": "gamma",
}

type pyPrinter struct {
	numpy, mpmath bool
	// qual is the module prefix pycode writes before the math module's
	// names ("math."); lambdify's printers leave them unqualified
	qual  string
	level int
}

// PyCodeQualified returns what SymPy 1.14's pycode(e) prints: the
// PythonCodePrinter's source with the math module's names written in
// full (math.sin(x), math.pi). What that printer does not support is a
// PrintMethodNotImplementedError with SymPy's message.
func PyCodeQualified(e Expr) (out string, err error) {
	defer recoverTo(&err)
	p := &pyPrinter{qual: "math."}
	return p.print(e), nil
}

// unsupported is the error of a code printer that has no rule for what:
// SymPy's PrintMethodNotImplementedError where SymPy's printer (named by
// printer) refuses it too, and dcalc's NotImplementedError otherwise.
func unsupported(printer, what string, sympyRefuses bool) *Error {
	if !sympyRefuses {
		return notImpl("dcalc's code printers cannot print " + what + " yet")
	}
	return &Error{Type: "PrintMethodNotImplementedError",
		Msg: "Unsupported by <class '" + printer + "'>: " + what + "\nSet the printer option 'strict' to False in order to generate partially printed code."}
}

// codeUnsupported are the functions SymPy 1.14's Python and C code
// printers refuse (by the name their messages give): they have no rule
// and no rewrite for them.
var codeUnsupported = map[string]string{
	"DiracDelta": "DiracDelta", "Ei": "Ei", "LambertW": "LambertW", "Si": "Si", "arg": "arg", "erfi": "erfi",
	"harmonic": "harmonic", "li": "li", "polygamma": "polygamma", "digamma": "polygamma", "trigamma": "polygamma",
	"zeta": "zeta", "conjugate": "conjugate", "re": "re", "im": "im", "LaplaceTransform": "LaplaceTransform",
}

// codeUnsupportedClasses are the unevaluated objects those printers
// refuse, by the class their messages name.
var codeUnsupportedClasses = map[string]string{
	"Product": "sympy.concrete.products.Product", "Limit": "sympy.series.limits.Limit",
	"O": "sympy.series.order.Order", "Integral": "sympy.integrals.integrals.Integral",
}

// derivativeRefusal is CodePrinter._print_Derivative's error: it prints
// derivatives of functions of symbols only through a method named for
// the function, which SymPy's printers do not have.
func derivativeRefusal(short, printer string, d *Derivative) *Error {
	obj := d.args[0]
	for _, a := range obj.Args() {
		if _, ok := a.(*Symbol); !ok {
			return &Error{Type: "ValueError", Msg: short + "._print_Derivative(...) only supports functions with symbols as arguments."}
		}
	}
	name := className(obj)
	if f, ok := obj.(*Func); ok {
		name = f.def.Name
	}
	return &Error{Type: "PrintMethodNotImplementedError",
		Msg: "Unsupported by <class '" + printer + "'>: <class 'sympy.core.function.Derivative'>\nPrinter has no method: _print_Derivative_" + name +
			"\nSet the printer option 'strict' to False in order to generate partially printed code."}
}

// refuse is the printer's error for f, which it has no rule for.
func (p *pyPrinter) refuse(f *Func) *Error {
	name := f.def.Name
	if p.qual == "" {
		return notImpl("dcalc's lambdify cannot translate " + name + " yet")
	}
	return codeRefusal("sympy.printing.pycode.PythonCodePrinter", f)
}

// codeRefusal is SymPy's refusal of f by the printer class named, or
// dcalc's NotImplementedError where SymPy prints it.
func codeRefusal(printer string, f *Func) *Error {
	name := f.def.Name
	if f.def.Undefined {
		return unsupported(printer, name, true)
	}
	if n, ok := codeUnsupported[name]; ok {
		return unsupported(printer, n, true)
	}
	if c, ok := codeUnsupportedClasses[name]; ok {
		return unsupported(printer, "<class '"+c+"'>", true)
	}
	return unsupported(printer, name, false)
}

func (p *pyPrinter) print(e Expr) string {
	p.level++
	defer func() { p.level-- }()
	switch x := e.(type) {
	case *Integer:
		return Str(x)
	case *Rational:
		if p.mpmath {
			return "mpf(" + x.r.Num().String() + ")/mpf(" + x.r.Denom().String() + ")"
		}
		return x.r.Num().String() + "/" + x.r.Denom().String()
	case *Float:
		if p.mpmath {
			return mpfTuple(x)
		}
		return FloatString(x, p.level > 1)
	case *Special:
		if p.qual != "" {
			switch x {
			case Oo:
				return p.qual + "inf"
			case NegOo:
				return "float('-inf')"
			case NaN, Zoo:
				return p.qual + "nan"
			}
		}
		switch x {
		case Oo:
			return "inf"
		case NegOo:
			return "-inf"
		case NaN:
			return "nan"
		}
		panic(&Error{Type: "NotImplementedError", Msg: "dcalc's lambdify cannot translate " + x.name + " yet"})
	case *Constant:
		switch x {
		case Pi:
			return p.qual + "pi"
		case E:
			return p.qual + "e"
		case I:
			return "1j"
		}
	case *Symbol:
		return x.name
	case *Add:
		return p.add(x)
	case *Mul:
		return p.mul(x)
	case *Pow:
		return p.pow(x)
	case *Func:
		return p.fn(x)
	case *Derivative:
		if p.qual != "" {
			panic(derivativeRefusal("PythonCodePrinter", "sympy.printing.pycode.PythonCodePrinter", x))
		}
	case *Tuple:
		if len(x.args) == 1 {
			return "(" + p.print(x.args[0]) + ",)"
		}
		return "(" + p.join(x.args) + ")"
	}
	panic(&Error{Type: "NotImplementedError", Msg: "dcalc's lambdify cannot translate " + Str(e) + " yet"})
}

func (p *pyPrinter) join(xs []Expr) string {
	parts := make([]string, len(xs))
	for i, a := range xs {
		parts[i] = p.print(a)
	}
	return strings.Join(parts, ", ")
}

func (p *pyPrinter) paren(e Expr, level int) string {
	if Precedence(e) <= level {
		return "(" + p.print(e) + ")"
	}
	return p.print(e)
}

func (p *pyPrinter) fn(f *Func) string {
	if f.def.boolean {
		return p.boolean(f)
	}
	name := f.def.Name
	if n, ok := pyMathFuncs[name]; ok {
		if p.mpmath {
			n = name
		}
		return p.qual + n + "(" + p.join(f.args) + ")"
	}
	if target, ok := pyRewrites[name]; ok {
		r, err := Rewrite(f, target)
		if err == nil && !Equal(r, f) {
			return "(" + p.print(r) + ")"
		}
	}
	switch name {
	case "sign":
		if p.numpy || p.mpmath {
			return "sign(" + p.join(f.args) + ")"
		}
		a := p.print(f.args[0])
		return "(0.0 if " + a + " == 0 else " + p.qual + "copysign(1, " + a + "))"
	case "Heaviside":
		// through its Piecewise rewrite, in brackets
		return "(" + p.print(rewritePiecewise(fnHeaviside, f.args)) + ")"
	case "Piecewise":
		return p.piecewise(f)
	case "Sum":
		if p.qual != "" {
			return p.sum(f)
		}
	case "KroneckerDelta":
		if p.qual != "" {
			return "(1 if " + p.print(f.args[0]) + " == " + p.print(f.args[1]) + " else 0)"
		}
	case "sinc":
		if p.numpy {
			return "sinc(" + p.print(Div(f.args[0], Pi)) + ")" // NumPy's sinc is normalized
		}
		a := p.print(f.args[0])
		return "(((" + p.print(Div(fnSin.call(f.args[0]), f.args[0])) + ") if (" + a + " != 0) else (1)))"
	case "Max", "Min":
		if p.numpy {
			return "reduce(" + map[string]string{"Max": "maximum", "Min": "minimum"}[name] + ", [" + p.join(f.args) + "])"
		}
		return strings.ToLower(name) + "(" + p.join(f.args) + ")"
	}
	names, ok := pyFuncNames[name]
	if !ok || f.def.Undefined || p.qual != "" && pyNotMath[name] {
		panic(p.refuse(f))
	}
	if n := names[0]; p.numpy && n != "" {
		name = n
	} else if n := names[1]; !p.numpy && n != "" {
		name = n
	}
	if !p.numpy && !pyBuiltins[name] {
		name = p.qual + name
	}
	return name + "(" + p.join(f.args) + ")"
}

func (p *pyPrinter) add(a *Add) string { return joinTerms(a, p.print) }

// mul is CodePrinter._print_Mul.
func (p *pyPrinter) mul(m *Mul) string { return codeMul(m, p.print, p.paren) }

// codeMul is CodePrinter._print_Mul, shared by the Python and C
// printers: only powers with a negative rational exponent go to the
// denominator; numbers stay as coefficients.
func codeMul(m *Mul, print func(Expr) string, paren func(Expr, int) string) string {
	prec := Precedence(m)
	sign := ""
	var e Expr = m
	if isNegCoeff(m) {
		sign = "-"
		e = negateCoeff(m)
	}
	args := []Expr{e}
	if mm, ok := e.(*Mul); ok {
		args = OrderedFactors(mm)
	}
	var num, den, powParen []Expr
	for _, item := range args {
		if pw, ok := item.(*Pow); ok {
			if r, ok := pw.args[1].(*Rational); ok && r.r.Sign() < 0 || isNegInt(pw.args[1]) {
				if isInt(pw.args[1], -1) {
					if _, ok := pw.args[0].(*Mul); ok {
						powParen = append(powParen, pw.args[0])
					}
					den = append(den, pw.args[0])
				} else {
					den = append(den, invertPow(pw))
				}
				continue
			}
		}
		num = append(num, item)
	}
	if len(num) == 0 {
		num = []Expr{One}
	}
	return joinMul(sign, num, den, powParen, prec, print, paren, true)
}

func isNegInt(e Expr) bool {
	z, ok := e.(*Integer)
	return ok && z.Sign() < 0
}

// pow is _hprint_Pow (NumPy: a negative integer exponent printed as a
// float, so that integer arrays may be raised to it).
func (p *pyPrinter) pow(x *Pow) string {
	b, e := x.args[0], x.args[1]
	if p.numpy && isNegInt(e) {
		n := e.(*Integer)
		return p.paren(b, precPow) + "**(" + Str(n) + ".0)"
	}
	if r, ok := e.(*Rational); ok && r.r.Cmp(Half.r) == 0 {
		return p.qual + "sqrt(" + p.print(b) + ")"
	}
	if r, ok := e.(*Rational); ok && r.r.Cmp(NegHalf.r) == 0 {
		return "1/" + p.qual + "sqrt(" + p.print(b) + ")"
	}
	if isInt(e, -1) {
		return "1/" + p.paren(b, precPow)
	}
	return p.paren(b, precPow) + "**" + p.paren(e, precPow)
}

// PyIdentifier reports whether s is a valid Python identifier that is not
// a keyword (lambdify's argument names must be).
func PyIdentifier(s string) bool {
	if s == "" || strings.ContainsAny(s[:1], "0123456789") {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return !pyKeywords[s]
}

var pyKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield") {
		pyKeywords[k] = true
	}
}

// mpfTuple is MpmathPrinter's exact Float: mpf((sign, man, exp, bc)).
func mpfTuple(f *Float) string {
	man, exp := f.v.MantExp()
	if man == nil {
		panic(&Error{Type: "NotImplementedError", Msg: "dcalc's lambdify cannot translate " + Str(f) + " for mpmath yet"})
	}
	sign := 0
	if man.Sign() < 0 {
		sign = 1
		man = new(big.Int).Neg(man)
	}
	return fmt.Sprintf("mpf((%d, %s, %d, %d))", sign, man.String(), exp, man.BitLen())
}

// piecewise is PythonCodePrinter._print_Piecewise, a chain of
// conditional expressions ending in None when no condition is True, and
// NumPyPrinter's select(conditions, pieces, default=nan).
func (p *pyPrinter) piecewise(f *Func) string {
	pairs := PiecewisePairs(f)
	if p.numpy {
		conds, exprs := make([]string, len(pairs)), make([]string, len(pairs))
		for i, ec := range pairs {
			exprs[i], conds[i] = p.print(ec[0]), p.print(ec[1])
		}
		return "select([" + strings.Join(conds, ",") + "], [" + strings.Join(exprs, ",") + "], default=nan)"
	}
	var b strings.Builder
	b.WriteString("(")
	for i, ec := range pairs {
		if i > 0 {
			b.WriteString(" else ")
		}
		b.WriteString("(" + p.print(ec[0]) + ")")
		if i == len(pairs)-1 && Equal(ec[1], STrue) {
			return b.String() + ")"
		}
		b.WriteString(" if " + p.print(ec[1]))
	}
	return b.String() + " else None)"
}

// sum is AbstractPythonCodePrinter._print_Sum: a generator expression
// over ranges, the innermost limit first.
func (p *pyPrinter) sum(f *Func) string {
	body, lims := f.args[0], sumLimits(f)
	if lims == nil {
		panic(notImpl("dcalc's pycode cannot print " + Str(f) + " yet"))
	}
	loops := make([]string, len(lims))
	for i := range lims {
		l := lims[len(lims)-1-i]
		loops[i] = "for " + p.print(l[0]) + " in range(" + p.print(l[1]) + ", " + p.print(l[2]) + "+1)"
	}
	return "(builtins.sum(" + p.print(body) + " " + strings.Join(loops, " ") + "))"
}

// pyRelOps are NumPy's ufuncs for the relations.
var pyRelOps = map[string]string{"==": "equal", "!=": "not_equal", "<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal"}

// boolean prints a condition: a relation as (x < 0) (NumPy: less(x, 0)),
// And and Or with Python's and/or over the sorted arguments, Not with
// not. NumPy's logical_and.reduce is not there yet, nor is Xor.
func (p *pyPrinter) boolean(f *Func) string {
	if r, ok := AsRelation(f); ok {
		if p.numpy {
			return pyRelOps[r.Op] + "(" + p.print(r.Lhs) + ", " + p.print(r.Rhs) + ")"
		}
		return "(" + p.print(r.Lhs) + " " + r.Op + " " + p.print(r.Rhs) + ")"
	}
	switch f.def {
	case fnTrue:
		return "True"
	case fnFalse:
		return "False"
	}
	if f.def == fnXor {
		panic(notImpl("dcalc's lambdify cannot translate Xor yet"))
	}
	if p.numpy {
		// SymPy prints logical_and.reduce((a, b)); the function is
		// internal, and &, |, ~ on NumPy's booleans are the same
		// elementwise logic
		parts := make([]string, len(f.args))
		for i, a := range f.args {
			parts[i] = "(" + p.print(a) + ")"
		}
		switch f.def {
		case fnNot:
			return "(~" + parts[0] + ")"
		case fnAnd:
			return "(" + strings.Join(parts, " & ") + ")"
		}
		return "(" + strings.Join(parts, " | ") + ")"
	}
	return codeLogic(f, "not ", " and ", " or ", p.print)
}

// codeLogic is CodePrinter's _print_Not, _print_And and _print_Or, shared
// by the Python and C printers: the operator words, the arguments in
// SymPy's sorted order, bracketed by logic precedence.
func codeLogic(f *Func, not, and, or string, print func(Expr) string) string {
	prec := logicPrecedence(f)
	paren := func(e Expr) string {
		if logicPrecedence(e) <= prec {
			return "(" + print(e) + ")"
		}
		return print(e)
	}
	if f.def == fnNot {
		return not + paren(f.args[0])
	}
	op := map[*FuncDef]string{fnAnd: and, fnOr: or}[f.def]
	parts := make([]string, len(f.args))
	for i, a := range sortedArgs(f.args) {
		parts[i] = paren(a)
	}
	return strings.Join(parts, op)
}

func isAddExpr(e Expr) bool { _, ok := e.(*Add); return ok }
