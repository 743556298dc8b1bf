package engine

import "strings"

// LimitDef is SymPy's Limit: Limit(e, z, z0, dir) unevaluated, with dir
// the Symbol '+', '-' or '+-'. limit() returns one where it cannot
// decide (an undefined function of z), and Limit(...).doit() evaluates
// it.
var LimitDef = builtin("Limit", 0)

func init() {
	LimitDef.hooks = hooks{
		str:         strLimit,
		tex:         texLimit,
		pretty:      prettyLimit,
		notFunction: true,
		lacks: lack("an unevaluated limit: doit() evaluates it with limit()",
			"eval", "fdiff", "evalf", "evalc", "real", "series"),
	}
}

// NewLimit is SymPy's Limit.__new__: the direction becomes '-' at oo
// and '+' at -oo, and z0 may not depend on z.
func NewLimit(e Expr, z *Symbol, z0 Expr, dir string) (Expr, error) {
	switch {
	case z0 == Oo || Equal(z0, NewMul(I, Oo)):
		dir = "-"
	case z0 == NegOo || Equal(z0, NewMul(I, NegOo)):
		dir = "+"
	}
	if Has(z0, z) {
		return nil, errorf("NotImplementedError", "Limits approaching a variable point are not supported (%s -> %s)", Str(z), Str(z0))
	}
	switch dir {
	case "+", "-", "+-":
	default:
		return nil, errorf("ValueError", "direction must be one of '+', '-' or '+-', not %s", dir)
	}
	return newFunc(LimitDef, []Expr{e, z, z0, NewSymbol(dir, Assumptions{})}), nil
}

// IsLimit reports whether e is an unevaluated Limit.
func IsLimit(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def == LimitDef && len(f.args) == 4
}

// limitParts returns a Limit's expression, variable, point and direction.
func limitParts(f *Func) (e Expr, z *Symbol, z0 Expr, dir string) {
	z, _ = f.args[1].(*Symbol)
	d, _ := f.args[3].(*Symbol)
	if d != nil {
		dir = d.name
	}
	return f.args[0], z, f.args[2], dir
}

// limitDoit is Limit.doit: the limit taken, or the Limit itself where
// limit cannot decide (SymPy returns self when gruntz fails).
func limitDoit(f *Func) (Expr, error) {
	e, z, z0, dir := limitParts(f)
	e, z0 = Doit(e), Doit(z0)
	if z == nil {
		return nil, notImpl("Limit with respect to a non-symbol")
	}
	if dir == "+-" {
		return LimitTwoSided(e, z, z0)
	}
	return Limit(e, z, z0, dir)
}

// LimitTwoSided is limit(e, z, z0, '+-'): the limits from both sides
// when they agree, zoo when both are infinite, the Limit itself when
// neither side can be taken; otherwise ValueError, as SymPy says it.
func LimitTwoSided(e Expr, z *Symbol, z0 Expr) (Expr, error) {
	r, err := Limit(e, z, z0, "+")
	if err != nil {
		return nil, err
	}
	l, err := Limit(e, z, z0, "-")
	if err != nil {
		return nil, err
	}
	infinite := func(v Expr) bool { return v == Oo || v == NegOo || v == Zoo }
	switch {
	case IsLimit(r) && IsLimit(l) && Equal(r.Args()[0], l.Args()[0]):
		return NewLimit(e, z, z0, "+-")
	case Equal(r, l):
		return l, nil
	case infinite(r) && infinite(l):
		return Zoo, nil
	}
	return nil, &Error{Type: "ValueError", Msg: "The limit does not exist since left hand limit = " + Str(l) + " and right hand limit = " + Str(r)}
}

// limitDirShown is the direction as the printers show it: none for '+-' and
// at ±oo.
func limitDirShown(z0 Expr, dir string) string {
	if dir == "+-" || z0 == Oo || z0 == NegOo {
		return ""
	}
	return dir
}

// strLimit is StrPrinter._print_Limit.
func strLimit(p *strPrinter, f *Func) string {
	if len(f.args) != 4 {
		return ""
	}
	return "Limit(" + p.print(f.args[0]) + ", " + p.print(f.args[1]) + ", " + p.print(f.args[2]) +
		", dir='" + p.print(f.args[3]) + "')"
}

// texLimit is LatexPrinter._print_Limit: the expression in brackets when
// it is an Add, Mul, Max or Min (SymPy's AssocOp); the whole limit in
// brackets under an exponent (its traditional precedence is Mul's).
func texLimit(p *texPrinter, f *Func, args []string, exp string) string {
	if len(args) != 4 {
		return ""
	}
	_, _, z0, dir := limitParts(f)
	var sb strings.Builder
	sb.WriteString(`\lim_{` + args[1] + ` \to ` + args[2])
	if d := limitDirShown(z0, dir); d != "" {
		sb.WriteString("^" + d)
	}
	sb.WriteString("}")
	if isAssocOp(f.args[0]) {
		sb.WriteString(`\left(` + args[0] + `\right)`)
	} else {
		sb.WriteString(" " + args[0])
	}
	if exp != "" {
		return `\left(` + sb.String() + `\right)^{` + exp + "}"
	}
	return sb.String()
}

// isAssocOp reports whether e is one of SymPy's AssocOps: Add, Mul, Max
// or Min.
func isAssocOp(e Expr) bool {
	switch x := e.(type) {
	case *Add, *Mul:
		return true
	case *Func:
		return x.def == fnMax || x.def == fnMin
	}
	return false
}

// prettyLimit is PrettyPrinter._print_Limit: "lim" over "z─→z0⁺", the
// expression to its right (in brackets when it binds as loosely as a
// product); the whole binds as a product.
func prettyLimit(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 4 {
		return nil
	}
	e, z, z0, dir := limitParts(f)
	E := p.print(e)
	if Precedence(e) <= precMul {
		E = E.paren(p.uni)
	}
	arrow, d := "->", limitDirShown(z0, dir)
	if p.uni {
		arrow = "─→"
		switch d {
		case "+":
			d = "⁺"
		case "-":
			d = "⁻"
		}
	}
	arg := p.print(z).right(str(arrow), p.print(z0), str(d))
	r := str("lim").below(p.uni, arg).right(E)
	r.binding = bindMul
	return r
}
