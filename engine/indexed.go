package engine

import "strings"

// Indexed is SymPy's Indexed, x[i] for x = IndexedBase('x'): a symbol
// carrying indices, as ML notebooks write data points (y[i] - w*x[i])
// inside a Sum. It is a call of the built-in Indexed on the base's label
// and the indices; it never evaluates, prints as x[i] ({x}_{i} in
// LaTeX), and differentiates as SymPy's Indexed._eval_derivative: 0 with
// respect to symbols other than its indices, nan with respect to an
// index, 1 with respect to itself.
var fnIndexed = builtin("Indexed", 0)

const lackIndexed = "an indexed symbol has no value, sign or series of its own"

func init() {
	fnIndexed.hooks = hooks{
		fdiff: func(a []Expr, i int) Expr {
			if i == 0 {
				return Zero // the label: diff(x[i], x) is 0
			}
			return NaN // Indexed._eval_derivative: an index gives nan
		},
		str: func(p *strPrinter, f *Func) string {
			return p.print(f.args[0]) + "[" + p.join(f.args[1:], ", ") + "]"
		},
		// SymPy's pretty printer has no Indexed form: it prints str()
		pretty: func(p *prettyPrinter, f *Func) *pict { return str(Str(f)) },
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			return texPowered("{"+args[0]+"}_{"+strings.Join(args[1:], ",")+"}", exp)
		},
		notFunction: true,
		lacks:       lack(lackIndexed, "eval", "evalf", "evalc", "real", "series"),
	}
}

// NewIndexed returns label[indices...].
func NewIndexed(label *Symbol, indices ...Expr) Expr {
	return newFunc(fnIndexed, append([]Expr{label}, indices...))
}

// IsIndexed reports whether e is an Indexed, returning its label and
// indices.
func IsIndexed(e Expr) (*Symbol, []Expr, bool) {
	f, ok := isCall(e, fnIndexed)
	if !ok {
		return nil, nil, false
	}
	s, _ := f.args[0].(*Symbol)
	return s, f.args[1:], true
}

// checkIndexedWrt refuses diff(e, x[j]) when e holds another x[i] of the
// same base: SymPy's answer has KroneckerDelta(i, j), which dcalc does
// not have.
func checkIndexedWrt(e, v Expr) {
	vf, ok := isCall(v, fnIndexed)
	if !ok {
		return
	}
	var walk func(Expr)
	walk = func(x Expr) {
		if f, ok := isCall(x, fnIndexed); ok && Equal(f.args[0], vf.args[0]) && !Equal(f, vf) {
			panic(notImpl("dcalc cannot differentiate " + Str(f) + " with respect to " + Str(v) + " (SymPy's KroneckerDelta) yet"))
		}
		for _, a := range x.Args() {
			walk(a)
		}
	}
	walk(e)
}
