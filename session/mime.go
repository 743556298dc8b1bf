package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// MimeBundle returns what Jupyter receives for v as a cell's value or a
// display() argument: MIME type → text. text/plain is always there:
// the pretty form once init_printing() ran (or in a pretty session),
// else repr. text/latex ("$\displaystyle ...$", SymPy's _repr_latex_) is
// there for SymPy objects, and after init_printing() also for Python
// numbers and containers of printable values, as SymPy's IPython
// printing hook gives it. IPython.display objects give their own type.
func (s *Session) MimeBundle(v Value) map[string]string {
	if o, ok := v.(*pyObject); ok {
		if b := displayObjectBundle(o); b != nil {
			return b
		}
	}
	b := map[string]string{"text/plain": s.FormatValueWith(v, s.prettyOut())}
	if s.latexable(v, 0) && !s.noLatex {
		s.in.vprintNow = s.vprint
		defer func() { s.in.vprintNow = false }()
		if l, ok := s.tryLatex(v); ok {
			b["text/latex"] = `$\displaystyle ` + l + `$`
		}
	}
	return b
}

// tryLatex is latex(v), or false when SymPy's printer raises there (a
// FiniteFourierSeries): IPython's formatter then shows no LaTeX form.
func (s *Session) tryLatex(v Value) (l string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			l, ok = "", false // the exception is dropped, as IPython's formatter does
		}
	}()
	return s.in.latex(v), true
}

// latexable reports whether SymPy's printing gives v a LaTeX form: a
// SymPy object always; after init_printing() also Python numbers (not
// bool) and lists, tuples, sets and dicts of such values (SymPy's
// _can_print).
func (s *Session) latexable(v Value, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := v.(type) {
	case engine.Expr, *Relational, *symSet, *polyValue, *logicValue, *ndimValue, *vectorValue, sympyObject:
		return true
	case bool:
		return false
	case *big.Int, float64:
		return s.printing
	case *List:
		return s.printing && s.allLatexable(x.Items, depth)
	case *Tuple:
		return s.printing && x.nt == nil && s.allLatexable(x.Items, depth)
	case *Set:
		return s.printing && s.allLatexable(s.in.toSlice(x), depth)
	case *Dict:
		ks, vs := x.Items()
		return s.printing && s.allLatexable(ks, depth) && s.allLatexable(vs, depth)
	}
	_, isMatrix := asMatrix(v)
	return isMatrix
}

func (s *Session) allLatexable(items []Value, depth int) bool {
	for _, it := range items {
		if !s.latexable(it, depth+1) {
			return false
		}
	}
	return true
}

// displayObjectBundle is the bundle of an IPython.display object (Math,
// Latex, Markdown, HTML), as IPython's _repr_*_ methods give it; nil for
// other objects.
func displayObjectBundle(o *pyObject) map[string]string {
	if o.bundle != nil {
		return o.bundle
	}
	data, _ := o.Attrs["data"].(string)
	b := map[string]string{"text/plain": o.Repr}
	switch o.Type {
	case "Math":
		b["text/latex"] = `$\displaystyle ` + strings.Trim(data, "$") + `$`
	case "Latex":
		b["text/latex"] = data
	case "Markdown":
		b["text/markdown"] = data
	case "HTML":
		b["text/html"] = data
	default:
		return nil
	}
	return b
}
