package engine

// The printers' forms of SymPy's Lambda(signature, expr), which the
// session keeps as a value of its own, and the substitution of a
// function class (or a Lambda) for a function (SymPy's subs(f, g)).

// PrettyLambda is PrettyPrinter._print_Lambda: the signature (one symbol
// bare, several as a tuple), an arrow (↦, or -> in ASCII) and the
// expression side by side.
func PrettyLambda(sig []Expr, body Expr, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	var s *pict
	if len(sig) == 1 {
		s = p.print(sig[0])
	} else {
		s = p.container(sig, '(')
	}
	arrow := " -> "
	if p.uni {
		arrow = " ↦ "
	}
	return hnext(s, str(arrow), p.print(body)).render(opts.Width, p.uni)
}

// LatexLambda is LatexPrinter._print_Lambda, with latex()'s settings
// st (nil for the defaults).
func LatexLambda(sig []Expr, body Expr, st *TexSettings) string {
	p := printerFor(st)
	s := ""
	if len(sig) == 1 {
		s = p.print(sig[0])
	} else {
		c := &Container{Kind: '('}
		for _, v := range sig {
			c.Items = append(c.Items, v)
		}
		s = LatexContainer(c, st)
	}
	return `\left( ` + s + ` \mapsto ` + p.print(body) + ` \right)`
}

// ReplaceFunction replaces every application of d in e by repl of its
// (already replaced) arguments, rebuilding the rest canonically, as
// SymPy's subs(f, g) does for a function f: Derivatives stay unevaluated.
func ReplaceFunction(e Expr, d *FuncDef, repl func(args []Expr) Expr) Expr {
	r := mapArgs(e, func(a Expr) Expr { return ReplaceFunction(a, d, repl) })
	if f, ok := r.(*Func); ok && f.def == d {
		return repl(f.args)
	}
	return r
}
