package engine

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// CCode returns what SymPy 1.14's ccode(e, assign_to) prints with its
// default C99 printer (sympy/printing/c.py): math.h's functions and
// macros (pow, M_PI, M_SQRT2, INFINITY), rationals as 1.0/3.0, floats
// with 17 significant digits, Piecewise as nested ?: (or if/else blocks
// when assigned), a declaration for each number constant math.h lacks,
// and the result indented as CodePrinter.indent_code does. assign (""
// for none) is the target of the assignment "target = e;".
func CCode(e Expr, assign string) (out string, err error) {
	defer recoverTo(&err)
	p := &cPrinter{consts: map[*Constant]bool{}}
	body := ""
	if assign == "" {
		body = p.print(e)
	} else {
		body = p.assignment(cName(assign), e)
	}
	return cIndent(p.declarations() + body), nil
}

// CCodeMatrix is ccode(M, assign_to=name): one assignment per entry,
// name[k] for the k-th entry in row-major order.
func CCodeMatrix(entries []Expr, assign string) (out string, err error) {
	defer recoverTo(&err)
	p := &cPrinter{consts: map[*Constant]bool{}}
	lines := make([]string, len(entries))
	for k, a := range entries {
		lines[k] = p.assignment(fmt.Sprintf("%s[%d]", cName(assign), k), a)
	}
	return cIndent(p.declarations() + strings.Join(lines, "\n")), nil
}

// CCodeUnsupported is ccode's error for an object its printer has no
// rule for, named by its SymPy class.
func CCodeUnsupported(class string) error {
	return unsupported(cPrinterClass, "<class '"+class+"'>", true)
}

const cPrinterClass = "sympy.printing.c.C99CodePrinter"

type cPrinter struct {
	consts map[*Constant]bool // number constants to declare
}

// cReserved are C99's reserved words: a target named by one gets an
// underscore appended.
var cReserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields("auto break case char const continue default do double else enum extern float for goto if int long register return short signed sizeof static struct entry switch typedef union unsigned void volatile while inline restrict") {
		cReserved[w] = true
	}
}

// cName is a target as the printer writes it.
func cName(s string) string {
	if cReserved[s] {
		return s + "_"
	}
	return s
}

// declarations are the const double lines of the number constants used.
func (p *cPrinter) declarations() string {
	var names []string
	byName := map[string]*Constant{}
	for c := range p.consts {
		names = append(names, c.name)
		byName[c.name] = c
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		v, err := N(byName[n], 17)
		if err != nil {
			panic(err)
		}
		b.WriteString("const double " + n + " = " + p.print(v) + ";\n")
	}
	return b.String()
}

// assignment is target = e; with a Piecewise written as if/else blocks.
func (p *cPrinter) assignment(target string, e Expr) string {
	if f, ok := e.(*Func); ok && f.def == fnPiecewise {
		pairs := p.piecewisePairs(f)
		var lines []string
		for i, ec := range pairs {
			switch {
			case i == 0:
				lines = append(lines, "if ("+p.print(ec[1])+") {")
			case i == len(pairs)-1:
				lines = append(lines, "else {")
			default:
				lines = append(lines, "else if ("+p.print(ec[1])+") {")
			}
			lines = append(lines, p.assignment(target, ec[0]), "}")
		}
		return strings.Join(lines, "\n")
	}
	return target + " = " + p.print(e) + ";"
}

// cMacros are math.h's macros for the values SymPy's get_math_macros
// lists, by their str form.
var cMacros = map[string]string{
	"E": "M_E", "1/log(2)": "M_LOG2E", "log(2)": "M_LN2", "log(10)": "M_LN10", "pi": "M_PI",
	"pi/2": "M_PI_2", "pi/4": "M_PI_4", "1/pi": "M_1_PI", "2/pi": "M_2_PI", "2/sqrt(pi)": "M_2_SQRTPI",
	"sqrt(2)": "M_SQRT2", "sqrt(2)/2": "M_SQRT1_2",
}

// macro is the macro for e, if math.h has one.
func macro(e Expr) (string, bool) {
	switch e.(type) {
	case *Mul, *Pow, *Func, *Constant:
		m, ok := cMacros[Str(e)]
		return m, ok
	}
	return "", false
}

func (p *cPrinter) print(e Expr) string {
	if m, ok := macro(e); ok {
		return m
	}
	switch x := e.(type) {
	case *Integer:
		return Str(x)
	case *Rational:
		return x.r.Num().String() + ".0/" + x.r.Denom().String() + ".0"
	case *Float:
		return cFloat(x)
	case *Special:
		switch x {
		case Oo:
			return "INFINITY"
		case NegOo:
			return "-INFINITY"
		case NaN:
			return "NAN"
		}
		panic(unsupported(cPrinterClass, "<class 'sympy.core.numbers."+className(x)+"'>", true))
	case *Constant:
		switch x {
		case I:
			return "I"
		case GoldenRatio, EulerGamma, Catalan:
			p.consts[x] = true
			return x.name
		}
	case *Symbol:
		return x.name
	case *Add:
		return joinTerms(x, p.print)
	case *Mul:
		return p.mul(x)
	case *Pow:
		return p.pow(x)
	case *Func:
		return p.fn(x)
	case *Derivative:
		panic(derivativeRefusal("C99CodePrinter", cPrinterClass, x))
	}
	panic(notImpl("dcalc's ccode cannot print " + Str(e) + " yet"))
}

func (p *cPrinter) paren(e Expr, level int) string {
	if Precedence(e) <= level {
		return "(" + p.print(e) + ")"
	}
	return p.print(e)
}

// mul is CodePrinter._print_Mul, as for Python.
func (p *cPrinter) mul(m *Mul) string { return codeMul(m, p.print, p.paren) }

// pow is C89CodePrinter._print_Pow with C99's cbrt.
func (p *cPrinter) pow(x *Pow) string {
	b, e := x.args[0], x.args[1]
	switch {
	case equalValued(e, -1, 1):
		return "1.0/" + p.paren(b, precPow)
	case equalValued(e, 1, 2):
		return "sqrt(" + p.print(b) + ")"
	case !isFloat(e) && equalValued(e, 1, 3):
		return "cbrt(" + p.print(b) + ")"
	}
	return "pow(" + p.print(b) + ", " + p.print(e) + ")"
}

// equalValued is SymPy's equal_valued: e is the number num/den, as an
// Integer, Rational or Float.
func equalValued(e Expr, num, den int64) bool {
	switch x := e.(type) {
	case *Integer, *Rational:
		return toRat(x).Cmp(big.NewRat(num, den)) == 0
	case *Float:
		r := x.v.ToRat()
		return r != nil && r.Cmp(big.NewRat(num, den)) == 0
	}
	return false
}

// cFloat is C89CodePrinter._print_Float: str(flt.evalf(17)) with the
// trailing zeros of the mantissa dropped.
func cFloat(f *Float) string {
	v := f.v
	if v.Prec() > mpf.DpsToPrec(17) {
		v = v.WithPrec(mpf.DpsToPrec(17))
	}
	num := mpf.SymPyStrDps(v, 17, false)
	if !strings.ContainsAny(num, "e.") {
		num += ".0"
	}
	parts := strings.SplitN(num, "e", 2)
	parts[0] = strings.TrimRight(parts[0], "0")
	if strings.HasSuffix(parts[0], ".") {
		parts[0] += "0"
	}
	return strings.Join(parts, "e")
}

// cFuncs are C99CodePrinter's known functions.
var cFuncs = map[string]string{
	"sin": "sin", "cos": "cos", "tan": "tan", "asin": "asin", "acos": "acos", "atan": "atan", "atan2": "atan2",
	"exp": "exp", "log": "log", "sinh": "sinh", "cosh": "cosh", "tanh": "tanh", "floor": "floor", "ceiling": "ceil",
	"asinh": "asinh", "acosh": "acosh", "atanh": "atanh", "erf": "erf", "erfc": "erfc", "gamma": "tgamma", "loggamma": "lgamma",
}

// cRewrites are the functions the C printer writes through a rewrite
// (CodePrinter's _rewriteable_functions that dcalc has).
var cRewrites = map[string]string{
	"cot": "tan", "csc": "sin", "sec": "cos", "acot": "atan", "acsc": "asin", "asec": "acos",
	"coth": "exp", "csch": "exp", "sech": "exp", "acoth": "log", "binomial": "gamma", "factorial": "gamma",
}

func (p *cPrinter) fn(f *Func) string {
	if f.def.boolean {
		return p.boolean(f)
	}
	name := f.def.Name
	if c, ok := cFuncs[name]; ok && !f.def.Undefined {
		return c + "(" + p.join(f.args) + ")"
	}
	if target, ok := cRewrites[name]; ok {
		if r, err := Rewrite(f, target); err == nil && !Equal(r, f) {
			return "(" + p.print(r) + ")"
		}
	}
	switch name {
	case "Abs":
		if IsIntegerValued(f.args[0]) == True {
			return "abs(" + p.print(f.args[0]) + ")"
		}
		return "fabs(" + p.print(f.args[0]) + ")"
	case "Max", "Min":
		return p.nested(map[string]string{"Max": "fmax", "Min": "fmin"}[name], f.def, f.args)
	case "sign":
		a := p.print(f.args[0])
		return "(((" + a + ") > 0) - ((" + a + ") < 0))"
	case "Piecewise":
		return p.piecewise(f)
	case "Heaviside":
		return "(" + p.print(rewritePiecewise(fnHeaviside, f.args)) + ")"
	case "sinc":
		r, err := Rewrite(f, "sin")
		if err == nil && !Equal(r, f) {
			return "(" + p.print(r) + ")"
		}
	}
	panic(codeRefusal(cPrinterClass, f))
}

func (p *cPrinter) join(xs []Expr) string {
	parts := make([]string, len(xs))
	for i, a := range xs {
		parts[i] = p.print(a)
	}
	return strings.Join(parts, ", ")
}

// nested is _print_math_func(nest=True): fmax(a, fmax(b, c)).
func (p *cPrinter) nested(c string, d *FuncDef, args []Expr) string {
	s := p.print(args[0])
	parens := ""
	for _, a := range args[1 : len(args)-1] {
		parens += ")"
		s += ", " + c + "(" + p.print(a)
	}
	last := args[len(args)-1]
	return c + "(" + s + ", " + p.print(d.call(last)) + parens + ")"
}

// piecewisePairs are f's pairs, which must end in a True condition.
func (p *cPrinter) piecewisePairs(f *Func) [][2]Expr {
	pairs := PiecewisePairs(f)
	if len(pairs) == 0 || !Equal(pairs[len(pairs)-1][1], STrue) {
		panic(&Error{Type: "ValueError", Msg: "All Piecewise expressions must contain an (expr, True) statement to be used as a default condition. Without one, the generated expression may not evaluate to anything under some condition."})
	}
	return pairs
}

// piecewise is the inline form: nested ?: with each piece on its own
// line.
func (p *cPrinter) piecewise(f *Func) string {
	pairs := p.piecewisePairs(f)
	parts := make([]string, len(pairs)-1)
	for i, ec := range pairs[:len(pairs)-1] {
		parts[i] = "((" + p.print(ec[1]) + ") ? (\n" + p.print(ec[0]) + "\n)\n"
	}
	last := ": (\n" + p.print(pairs[len(pairs)-1][0]) + "\n)"
	return strings.Join(parts, ": ") + last + strings.Repeat(")", len(parts))
}

// boolean is CodePrinter's relations (no brackets), And, Or and Not with
// C's operators over the sorted arguments, true and false.
func (p *cPrinter) boolean(f *Func) string {
	if r, ok := AsRelation(f); ok {
		return p.print(r.Lhs) + " " + r.Op + " " + p.print(r.Rhs)
	}
	switch f.def {
	case fnTrue:
		return "true"
	case fnFalse:
		return "false"
	case fnXor:
		panic(notImpl("dcalc's ccode cannot print Xor yet"))
	}
	return codeLogic(f, "!", " && ", " || ", p.print)
}

// cIndent is CodePrinter.indent_code for C: each line indented three
// spaces per level, a level opened by a line ending in { or ( and
// closed by one starting with } or ).
func cIndent(code string) string {
	lines := strings.SplitAfter(code, "\n")
	var b strings.Builder
	level := 0
	for _, line := range lines {
		line = strings.TrimLeft(line, " \t")
		if line == "" || line == "\n" {
			b.WriteString(line)
			continue
		}
		if strings.HasPrefix(line, "}") || strings.HasPrefix(line, ")") {
			level--
		}
		b.WriteString(strings.Repeat("   ", max(level, 0)) + line)
		t := strings.TrimSuffix(line, "\n")
		if strings.HasSuffix(t, "{") || strings.HasSuffix(t, "(") {
			level++
		}
	}
	return b.String()
}
