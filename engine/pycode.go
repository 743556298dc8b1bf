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
func PyCode(e Expr, module string) (string, error) {
	p := &pyPrinter{numpy: module == "numpy", mpmath: module == "mpmath"}
	var out string
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				e, ok := r.(*Error)
				if !ok {
					panic(r)
				}
				err = e
			}
		}()
		out = p.print(e)
	}()
	return out, err
}

// pyFuncNames maps SymPy function names to lambdify's: the NumPy name
// (first) and the math module's (second); "" keeps SymPy's name.
var pyFuncNames = map[string][2]string{
	"sin": {}, "cos": {}, "tan": {}, "sinh": {}, "cosh": {}, "tanh": {}, "exp": {}, "log": {},
	"asin": {"arcsin", ""}, "acos": {"arccos", ""}, "atan": {"arctan", ""}, "atan2": {"arctan2", ""},
	"asinh": {"arcsinh", ""}, "acosh": {"arccosh", ""}, "atanh": {"arctanh", ""},
	"Abs": {"abs", "abs"}, "ceiling": {"ceil", "ceil"}, "floor": {},
	"re": {"real", ""}, "im": {"imag", ""}, "conjugate": {"conjugate", ""},
}

// pyReciprocal are the functions printed as 1/f(x): cot, sec, csc.
var pyReciprocal = map[string]string{"cot": "tan", "sec": "cos", "csc": "sin"}

type pyPrinter struct {
	numpy, mpmath bool
	level         int
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
			return "pi"
		case E:
			return "e"
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
	name := f.def.Name
	if base, ok := pyReciprocal[name]; ok {
		inner := base + "(" + p.join(f.args) + ")"
		if p.numpy {
			return "(" + inner + "**(-1.0))"
		}
		return "(1/" + inner + ")"
	}
	switch name {
	case "sign":
		if p.numpy || p.mpmath {
			return "sign(" + p.join(f.args) + ")"
		}
		a := p.print(f.args[0])
		return "(0.0 if " + a + " == 0 else copysign(1, " + a + "))"
	case "Heaviside":
		return p.heaviside(f)
	case "sinc":
		if p.numpy {
			return "sinc(" + p.print(Div(f.args[0], Pi)) + ")" // NumPy's sinc is normalized
		}
		a := p.print(f.args[0])
		return "(((" + p.print(Div(fnSin.call(f.args[0]), f.args[0])) + ") if (" + a + " != 0) else (1)))"
	case "gamma", "loggamma":
		if p.numpy {
			panic(notImpl("dcalc's lambdify with NumPy cannot translate " + name + " (SymPy needs SciPy for it); use modules='math' or 'mpmath'"))
		}
		if name == "loggamma" && !p.mpmath {
			name = "lgamma"
		}
		return name + "(" + p.join(f.args) + ")"
	case "Max", "Min":
		if p.numpy {
			return "reduce(" + map[string]string{"Max": "maximum", "Min": "minimum"}[name] + ", [" + p.join(f.args) + "])"
		}
		return strings.ToLower(name) + "(" + p.join(f.args) + ")"
	}
	names, ok := pyFuncNames[name]
	if !ok || f.def.Undefined {
		panic(&Error{Type: "NotImplementedError", Msg: "dcalc's lambdify cannot translate " + name + " yet"})
	}
	if n := names[0]; p.numpy && n != "" {
		name = n
	} else if n := names[1]; !p.numpy && n != "" {
		name = n
	}
	return name + "(" + p.join(f.args) + ")"
}

func (p *pyPrinter) add(a *Add) string { return joinTerms(a, p.print) }

// mul is CodePrinter._print_Mul: only powers with a negative rational
// exponent go to the denominator; numbers stay as coefficients.
func (p *pyPrinter) mul(m *Mul) string {
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
	return joinMul(sign, num, den, powParen, prec, p.print, p.paren, true)
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
		return "sqrt(" + p.print(b) + ")"
	}
	if r, ok := e.(*Rational); ok && r.r.Cmp(NegHalf.r) == 0 {
		return "1/sqrt(" + p.print(b) + ")"
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

// heaviside prints Heaviside as SymPy's printers do, through its
// Piecewise rewrite (in brackets, as they print a Piecewise) (0 below zero, H0 at zero, 1 above; H0 = 0 or 1
// merges a branch) with Piecewise's canonical conditions: for an
// argument c*t + b (c, b rational, t a symbol, power or product of them)
// the condition is on t against -b/c, the inequality turned round when
// c < 0. Other arguments are refused (SymPy's Relational.canonical
// would reorder them).
func (p *pyPrinter) heaviside(f *Func) string {
	b, l := AsCoeffAdd(f.args[0])
	c, t := AsCoeffMul(l)
	if !IsRational(b) || !IsRational(c) || isAddExpr(t) || isNegCoeff(t) {
		panic(&Error{Type: "NotImplementedError", Msg: "dcalc's lambdify cannot translate Heaviside of " + Str(f.args[0]) + " yet"})
	}
	lhs, rhs := p.print(t), p.print(Neg(Div(b, c)))
	lt, le := "<", "<="
	if isNegCoeff(c) {
		lt, le = ">", ">="
	}
	h0 := f.args[1]
	type branch struct{ op, val string }
	var bs []branch
	switch {
	case isZeroInt(h0):
		bs = []branch{{le, "0"}}
	case isInt(h0, 1):
		bs = []branch{{lt, "0"}}
	default:
		bs = []branch{{lt, "0"}, {"==", p.print(h0)}}
	}
	if p.numpy {
		ufunc := map[string]string{"<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal", "==": "equal"}
		var conds, vals []string
		for _, br := range bs {
			conds = append(conds, ufunc[br.op]+"("+lhs+", "+rhs+")")
			vals = append(vals, br.val)
		}
		return "(select([" + strings.Join(conds, ",") + ",True], [" + strings.Join(vals, ",") + ",1], default=nan))"
	}
	out := "("
	for i, br := range bs {
		if i > 0 {
			out += " else "
		}
		out += "(" + br.val + ") if (" + lhs + " " + br.op + " " + rhs + ")"
	}
	return "(" + out + " else (1)))"
}

func isAddExpr(e Expr) bool { _, ok := e.(*Add); return ok }
