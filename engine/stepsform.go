package engine

import (
	"strings"
)

// How a derivation is written out. A step's line is a sequence of forms:
// texts, expressions and the rule applied to its parts, kept unevaluated
// (2*x**1 must not become 2*x before the student sees it). A stepWriter
// writes the forms either as str() one-liners (plain ASCII text, the
// form tests and scripts read) or in SymPy's 2-D pretty form, with
// lines wrapped at the terminal's width.

// StepsStyle says how a derivation is written out.
type StepsStyle struct {
	// Pretty draws expressions in 2-D, as pprint does; otherwise they
	// are str() one-liners and the whole text is ASCII.
	Pretty bool
	// ASCII draws the 2-D forms with ASCII characters only.
	ASCII bool
	// Width wraps pretty lines wider than this many columns; 0 means 80.
	Width int
}

// formOp is the kind of a form.
type formOp int

const (
	fExpr  formOp = iota // the expression e
	fText                // text (uni in unicode pretty form)
	fSeq                 // the args side by side
	fMul                 // the product of the args, each factor grouped
	fAdd                 // the sum of the args
	fSub                 // args[0] - args[1]
	fDiv                 // args[0]/args[1]
	fPow                 // args[0]**args[1]
	fParen               // (args[0])
	fDeriv               // d/dv(e), unevaluated
)

// form is one piece of a step's line; see formOp.
type form struct {
	op        formOp
	e, v      Expr
	text, uni string
	prose     bool // text that may break between words
	args      []*form
}

func fe(e Expr) *form            { return &form{op: fExpr, e: e} }
func ft(ascii, uni string) *form { return &form{op: fText, text: ascii, uni: uni} }
func fs(s string) *form          { return &form{op: fText, text: s, uni: s, prose: true} }
func fop(op formOp, args ...*form) *form {
	return &form{op: op, args: args}
}
func fd(e, v Expr) *form { return &form{op: fDeriv, e: e, v: v} }

// fes turns expressions into forms.
func fes(es []Expr) []*form {
	out := make([]*form, len(es))
	for i, e := range es {
		out[i] = fe(e)
	}
	return out
}

// stepWriter writes lines of forms in a StepsStyle.
type stepWriter struct {
	st StepsStyle
	p  *prettyPrinter
	b  strings.Builder
}

func newStepWriter(st StepsStyle) *stepWriter {
	return &stepWriter{st: st, p: &prettyPrinter{uni: !st.ASCII}}
}

// uni reports whether texts are written with unicode symbols.
func (w *stepWriter) uni() bool { return w.st.Pretty && !w.st.ASCII }

// str is e in one line: str() in text style, the pretty form when that
// is one line in pretty style.
func (w *stepWriter) str(e Expr) string {
	if w.st.Pretty {
		if p := w.p.print(e); p.height() == 1 {
			return p.lines[0]
		}
	}
	return Str(e)
}

// text writes f as one line of text.
func (w *stepWriter) text(f *form) string {
	switch f.op {
	case fExpr:
		return Str(f.e)
	case fText:
		return f.text
	case fSeq:
		var b strings.Builder
		for _, a := range f.args {
			b.WriteString(w.text(a))
		}
		return b.String()
	case fMul:
		ss := make([]string, len(f.args))
		for i, a := range f.args {
			ss[i] = w.factorText(a)
		}
		return strings.Join(ss, "*")
	case fAdd:
		ss := make([]string, len(f.args))
		for i, a := range f.args {
			ss[i] = w.text(a)
			if a.op == fExpr && isSumOrNegative(a.e) {
				ss[i] = "(" + ss[i] + ")"
			}
		}
		return strings.Join(ss, " + ")
	case fSub:
		return w.text(f.args[0]) + " - " + w.text(f.args[1])
	case fDiv:
		num := w.factorText(f.args[0])
		if op := f.args[0].op; op == fSub || op == fAdd {
			num = "(" + w.text(f.args[0]) + ")"
		}
		return num + "/" + w.factorText(f.args[1])
	case fPow:
		return w.factorText(f.args[0]) + "**" + w.factorText(f.args[1])
	case fParen:
		return "(" + w.text(f.args[0]) + ")"
	case fDeriv:
		return "d/d" + Str(f.v) + "(" + Str(f.e) + ")"
	}
	panic("stepWriter: unknown form")
}

// factorText is f as a factor of a product: an expression that is a
// sum, product, fraction or negative number in parentheses.
func (w *stepWriter) factorText(f *form) string {
	if f.op != fExpr {
		return w.text(f)
	}
	s := Str(f.e)
	switch x := f.e.(type) {
	case *Add, *Mul, *Rational:
		return "(" + s + ")"
	case *Integer:
		if x.Sign() < 0 {
			return "(" + s + ")"
		}
	}
	return s
}

func isSumOrNegative(e Expr) bool {
	_, isAdd := e.(*Add)
	return isAdd || CouldExtractMinusSign(e)
}

// pict draws f in 2-D.
func (w *stepWriter) pict(f *form) *pict {
	uni := w.uni()
	switch f.op {
	case fExpr:
		return w.p.print(f.e)
	case fText:
		if uni {
			return str(f.uni)
		}
		return str(f.text)
	case fSeq:
		ps := make([]*pict, len(f.args))
		for i, a := range f.args {
			ps[i] = w.pict(a)
		}
		return hnext(ps...)
	case fMul:
		star := "*"
		if uni {
			star = "⋅"
		}
		return w.join(f.args, star, bindMul, func(a *form, p *pict) bool {
			return p.binding == bindMul || p.binding == bindAdd || p.binding == bindNeg
		})
	case fAdd:
		return w.join(f.args, " + ", bindAdd, func(a *form, p *pict) bool { return isSumOrNegative(a.e) })
	case fSub:
		r := hnext(w.pict(f.args[0]), str(" - "), w.pict(f.args[1]))
		r.binding = bindAdd
		return r
	case fDiv: // a fraction bar groups: no parentheses needed
		num, den := f.args[0], f.args[1]
		if num.op == fParen {
			num = num.args[0]
		}
		if den.op == fParen {
			den = den.args[0]
		}
		return prettyDiv(uni, w.pict(num), w.pict(den))
	case fPow:
		return prettyPow(uni, w.pict(f.args[0]), w.pict(f.args[1]))
	case fParen:
		return w.pict(f.args[0]).paren(uni)
	case fDeriv:
		return w.p.print(derivativeNew0(f.e, []VarCount{{f.v, 1}}, false))
	}
	panic("stepWriter: unknown form")
}

// join draws the forms side by side with sep between them; an
// expression for which paren holds is parenthesized.
func (w *stepWriter) join(args []*form, sep string, binding int, paren func(a *form, p *pict) bool) *pict {
	var ps []*pict
	for i, a := range args {
		if i > 0 {
			ps = append(ps, str(sep))
		}
		p := w.pict(a)
		if a.op == fExpr && paren(a, p) {
			p = p.paren(w.uni())
		}
		ps = append(ps, p)
	}
	r := hnext(ps...)
	r.binding = binding
	return r
}

// line writes one line: indent, then the forms. In pretty style a line
// wider than the width is broken between forms and between the words
// of prose, continuing indented by contIndent;
// a form wider than the whole line is wrapped as pprint wraps.
func (w *stepWriter) line(indent string, parts ...*form) {
	if !w.st.Pretty {
		w.b.WriteString(indent)
		for _, f := range parts {
			w.b.WriteString(w.text(f))
		}
		w.b.WriteString("\n")
		return
	}
	width := w.st.Width
	if width <= 0 {
		width = 80
	}
	// the pieces to lay out: texts word by word, so that they can break
	type piece struct {
		p    *pict
		text string // for a piece of text
	}
	var pieces []piece
	for _, f := range parts {
		if f.op != fText || !f.prose {
			pieces = append(pieces, piece{p: w.pict(f)})
			continue
		}
		t := w.textOf(f)
		for t != "" {
			k := strings.Index(t, " ")
			for k >= 0 && k+1 < len(t) && t[k+1] == ' ' {
				k++
			}
			word := t
			if k >= 0 {
				word = t[:k+1]
			}
			pieces = append(pieces, piece{p: str(word), text: word})
			t = t[len(word):]
		}
	}
	lead := indent
	var row []*pict
	rowWidth := 0
	flush := func() {
		if len(row) > 0 {
			w.block(hnext(append([]*pict{str(lead)}, row...)...).text())
			lead, row, rowWidth = indent+contIndent, nil, 0
		}
	}
	for i, pc := range pieces {
		p := pc.p
		avail := width - runeLen(lead)
		if pc.text != "" && len(row) == 0 && i > 0 {
			// a continued line starts with a word, not a separator
			t := strings.TrimLeft(pc.text, ", ")
			if t == "" {
				continue
			}
			p = str(t)
		}
		if rowWidth+p.width() > avail {
			flush()
			avail = width - runeLen(lead)
			if pc.text != "" {
				if p = str(strings.TrimLeft(pc.text, ", ")); p.width() == 0 {
					continue
				}
			}
		}
		if p.width() > avail {
			w.block(indentLines(p.render(avail, w.uni()), lead))
			lead = indent + contIndent
			continue
		}
		row = append(row, p)
		rowWidth += p.width()
	}
	flush()
}

// textOf is a text form's text in the writer's characters.
func (w *stepWriter) textOf(f *form) string {
	if w.uni() {
		return f.uni
	}
	return f.text
}

// contIndent is the extra indent of a continued line: deeper than a
// step's sub-steps and results, so a continuation is not read as one.
const contIndent = "      "

// block writes multi-line text, trailing blanks trimmed.
func (w *stepWriter) block(s string) {
	for _, l := range strings.Split(s, "\n") {
		w.b.WriteString(strings.TrimRight(l, " "))
		w.b.WriteString("\n")
	}
}

func indentLines(s, indent string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		if l != "" {
			ls[i] = indent + l
		}
	}
	return strings.Join(ls, "\n")
}
