package engine

import "strings"

// Indexed is SymPy's Indexed, x[i] for x = IndexedBase('x'): a symbol
// carrying indices, as ML notebooks write data points (y[i] - w*x[i])
// inside a Sum. It is a call of the built-in Indexed on the base's label
// and the indices; it never evaluates, prints as x[i] ({x}_{i} in
// LaTeX), and differentiates as SymPy's Indexed._eval_derivative: 0 with
// respect to symbols other than its indices, nan with respect to an
// index, KroneckerDelta(i, j) with respect to x[j].
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

// indexedWrt replaces the differentiation variable v in e by the dummy
// d, as diff does for a non-Symbol variable; when v is an Indexed x[J],
// every other x[I] becomes x[I] + KroneckerDelta(I, J)*(d - x[J]), equal
// to x[I] once d is x[J] again but with SymPy's derivative
// KroneckerDelta(I, J) with respect to d.
func indexedWrt(e, v Expr, d *Symbol) Expr {
	vf, ok := isCall(v, fnIndexed)
	if !ok {
		return Xreplace(e, [][2]Expr{{v, d}})
	}
	var walk func(Expr) Expr
	walk = func(x Expr) Expr {
		if Equal(x, v) {
			return d
		}
		if f, ok := isCall(x, fnIndexed); ok && Equal(f.args[0], vf.args[0]) {
			if len(f.args) != len(vf.args) {
				panic(notImpl("dcalc cannot differentiate " + Str(f) + " with respect to " + Str(v) + ": the numbers of indices differ"))
			}
			delta := Expr(One)
			for k := 1; k < len(f.args); k++ {
				delta = NewMul(delta, fnKroneckerDelta.call(f.args[k], vf.args[k]))
			}
			return NewAdd(f, NewMul(delta, Sub(d, v)))
		}
		return mapArgs(x, walk)
	}
	return walk(e)
}

// KroneckerDelta(i, j) is 1 when i = j and 0 otherwise (SymPy's
// sympy.functions.special.tensor_functions.KroneckerDelta): it evaluates
// when the difference is known zero or nonzero and otherwise keeps its
// arguments in default_sort_key order.
var fnKroneckerDelta = builtin("KroneckerDelta", 0, 2)

const lackDelta = "SymPy's KroneckerDelta has no derivative, numerical or series rule of its own"

func init() {
	fnKroneckerDelta.hooks = hooks{
		eval: func(a []Expr) Expr {
			i, j := a[0], a[1]
			switch IsZero(Sub(i, j)) {
			case True:
				return One
			case False:
				return Zero
			}
			if cmpSkey(sortKey(j), sortKey(i)) < 0 {
				return newFunc(fnKroneckerDelta, []Expr{j, i})
			}
			return nil
		},
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 2 {
				return 0, false
			}
			if z[0] == z[1] {
				return 1, true
			}
			return 0, true
		},
		real: func([]Expr) Tri { return True },
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			tex := `\delta_{` + args[0] + ", " + args[1] + "}"
			if len(f.args[0].Args()) == 0 && len(f.args[1].Args()) == 0 {
				tex = `\delta_{` + args[0] + " " + args[1] + "}"
			}
			if exp != "" {
				return `\left(` + tex + `\right)^{` + exp + "}"
			}
			return tex
		},
		pretty: prettyKronecker,
		lacks:  lack(lackDelta, "fdiff", "evalf", "series"),
	}
}

// prettyKronecker is PrettyPrinter._print_KroneckerDelta: δ (d in
// ASCII) with "i,j" below and to its right.
func prettyKronecker(p *prettyPrinter, f *Func) *pict {
	name := "d"
	if p.uni {
		name = "δ"
	}
	sub := hnext(p.print(f.args[0]), str(","), p.print(f.args[1]))
	top := hnext(str(name), str(strings.Repeat(" ", sub.width())))
	bot := hnext(str(strings.Repeat(" ", runeLen(name))), sub)
	pf := bot.above(p.uni, top)
	pf.base = 0
	return pf
}
