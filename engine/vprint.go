package engine

import "strings"

// sympy.physics.vector's pretty and LaTeX printers (vpprint, vlatex,
// and the display of init_vprinting): a dynamic symbol, an undefined
// function of t alone (dynamicsymbols('q')), prints as its name, and
// its derivatives in t as the name with dots above (q̇, \dot{q}) or, in
// ASCII, primes and (t).

// dynamicTime is dynamicsymbols._t.
var dynamicTime = NewSymbol("t", Assumptions{})

// IsDynamicSymbol reports whether e is an undefined function applied to
// t alone.
func IsDynamicSymbol(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def.Undefined && len(f.args) == 1 && Equal(f.args[0], dynamicTime)
}

// timeDerivative is the order of d when it differentiates in t only.
func timeDerivative(d *Derivative) (int, bool) {
	n := 0
	for _, v := range d.vars {
		if !Equal(v.Var, dynamicTime) {
			return 0, false
		}
		n += v.Count
	}
	return n, true
}

// prettyDots are the combining accents VectorPrettyPrinter puts over a
// name for derivatives of order 1 to 4.
var prettyDots = []string{"", "\u0307", "\u0308", "\u20db", "\u20dc"}

// dotted is VectorPrettyPrinter._print_Derivative: a dynamic symbol's
// time derivative as its name with dots (primes and (t) in ASCII); nil
// where the general form applies.
func (p *prettyPrinter) dotted(d *Derivative) *pict {
	n, ok := timeDerivative(d)
	if !ok || !IsDynamicSymbol(d.args[0]) || n >= 5 {
		return nil
	}
	f := p.print(NewSymbol(d.args[0].(*Func).def.Name, Assumptions{}))
	if len(f.lines) > 1 {
		return nil
	}
	if !p.uni {
		return str(f.lines[0] + strings.Repeat("'", n) + "(t)")
	}
	return str(centerAccent(f.lines[0], prettyDots[n]))
}

// texDots are VectorLatexPrinter's accents for orders 1 to 4.
var texDots = []string{"", `\dot`, `\ddot`, `\dddot`, `\ddddot`}

// dottedTex is VectorLatexPrinter._print_Derivative: a derivative in t
// alone of a function as \dot{q} (the base's subscript kept outside);
// false where the general form applies.
func (p *texPrinter) dottedTex(d *Derivative) (string, bool) {
	n, ok := timeDerivative(d)
	f, isFunc := d.args[0].(*Func)
	if !ok || !isFunc || n >= 5 || n < 1 {
		return "", false
	}
	base := p.texFunc(f, "")
	head, sub, hasSub := strings.Cut(base, "_")
	out := texDots[n] + "{" + head + "}"
	if hasSub {
		out += "_" + sub
	}
	return out, true
}
