package engine

// Relation is an unevaluated comparison lhs op rhs: SymPy's Relational
// (Eq, Ne, Lt, Le, Gt, Ge). It is not an Expr: as in SymPy, where a
// relational is a Boolean, it takes no part in arithmetic. It prints
// through the same printers as expressions, alone or inside a container.
type Relation struct {
	// Op is "==", "!=", "<", "<=", ">" or ">=".
	Op       string
	Lhs, Rhs Expr
}

// relationOps are the printed operators of each relation: StrPrinter's
// class name (Eq, Ne) or operator, the pretty printer's unicode and
// ASCII symbols (pretty_symbology.xsym) and the LaTeX one.
var relationOps = map[string]struct{ class, uni, ascii, latex string }{
	"==": {"Eq", "=", "=", "="},
	"!=": {"Ne", "≠", "!=", `\neq`},
	"<":  {"", "<", "<", "<"},
	"<=": {"", "≤", "<=", `\leq`},
	">":  {"", ">", ">", ">"},
	">=": {"", "≥", ">=", `\geq`},
}

// Str is SymPy's str of the relation: Eq(x, 1), Ne(x, 1), x < 1. The
// sides print as arguments, so a Float loses its trailing zeros.
func (r *Relation) Str() string {
	side := func(e Expr) string {
		if f, ok := e.(*Float); ok {
			return FloatString(f, true)
		}
		return Str(e)
	}
	l, rr := side(r.Lhs), side(r.Rhs)
	if c := relationOps[r.Op].class; c != "" {
		return c + "(" + l + ", " + rr + ")"
	}
	return l + " " + r.Op + " " + rr
}

// Latex is SymPy's latex of the relation: x \leq 1.
func (r *Relation) Latex(s *TexSettings) string {
	return r.tex(printerFor(s))
}

func (r *Relation) tex(p *texPrinter) string {
	return p.print(r.Lhs) + " " + relationOps[r.Op].latex + " " + p.print(r.Rhs)
}

// Pretty is SymPy's pretty form of the relation: the sides side by side
// around the operator, on a common baseline.
func (r *Relation) Pretty(opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.relation(r).render(opts.Width, p.uni)
}

func (p *prettyPrinter) relation(r *Relation) *pict {
	op := relationOps[r.Op].uni
	if !p.uni {
		op = relationOps[r.Op].ascii
	}
	return hnext(p.print(r.Lhs), str(" "+op+" "), p.print(r.Rhs))
}
