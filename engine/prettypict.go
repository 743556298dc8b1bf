package engine

import (
	"strings"
	"unicode/utf8"
)

// Bindings of a pretty form (SymPy's prettyForm binding powers).
const (
	bindAtom = iota
	bindFunc
	bindDiv
	bindPow
	bindMul
	bindAdd
	bindNeg
	bindOpen
)

// pict is a rectangular text picture with a baseline, as SymPy's
// stringPict/prettyForm. All lines have the same width in runes.
type pict struct {
	lines   []string
	base    int
	binding int
	// fn and fargs are the parts of a function application, kept so that
	// a power can be placed between them (sin²(x)).
	fn, fargs *pict
}

// lineLine is the stack placeholder for a fraction bar (stringPict.LINE).
var lineLine = &pict{}

// isCombining reports whether r is a combining mark that SymPy's
// line_width does not count (U+0300..U+036E and U+20D0..U+20E8).
func isCombining(r rune) bool {
	return r >= 0x300 && r < 0x36F || r >= 0x20D0 && r < 0x20E9
}

// runeLen is SymPy's line_width: the number of runes that are not
// combining marks.
func runeLen(s string) int {
	n := utf8.RuneCountInString(s)
	for _, r := range s {
		if r >= 0x300 && isCombining(r) {
			n--
		}
	}
	return n
}

func centerStr(s string, w int) string {
	d := w - runeLen(s)
	if d <= 0 {
		return s
	}
	l := d / 2
	return strings.Repeat(" ", l) + s + strings.Repeat(" ", d-l)
}

// newPict builds a picture from (possibly multi-line) text; lines are
// centred to equal width.
func newPict(s string, base int) *pict {
	var ls []string
	if s != "" {
		ls = strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	}
	if len(ls) == 0 {
		ls = []string{""}
	}
	w := 0
	for _, l := range ls {
		w = max(w, runeLen(l))
	}
	for i, l := range ls {
		ls[i] = centerStr(l, w)
	}
	return &pict{lines: ls, base: base}
}

func (p *pict) height() int { return len(p.lines) }
func (p *pict) width() int  { return runeLen(p.lines[0]) }
func (p *pict) text() string {
	return strings.Join(p.lines, "\n")
}

// hnext puts pictures side by side aligned on their baselines
// (stringPict.next); the result has binding Atom.
func hnext(objs ...*pict) *pict {
	nb, below := 0, 0
	for _, o := range objs {
		nb = max(nb, o.base)
		below = max(below, o.height()-o.base)
	}
	h := nb + below
	out := make([]strings.Builder, h)
	for _, o := range objs {
		empty := strings.Repeat(" ", o.width())
		pad := nb - o.base
		for i := 0; i < h; i++ {
			j := i - pad
			if j >= 0 && j < o.height() {
				out[i].WriteString(o.lines[j])
			} else {
				out[i].WriteString(empty)
			}
		}
	}
	ls := make([]string, h)
	for i := range out {
		ls[i] = out[i].String()
	}
	return &pict{lines: ls, base: nb}
}

func str(s string) *pict { return newPict(s, 0) }

// right puts more pictures to the right of p.
func (p *pict) right(objs ...*pict) *pict {
	return hnext(append([]*pict{p}, objs...)...)
}

// left puts pictures to the left of p.
func (p *pict) left(objs ...*pict) *pict {
	return hnext(append(objs, p)...)
}

// vstack stacks pictures top to bottom, centred; lineLine becomes a
// horizontal bar as wide as the widest picture. The baseline is that of
// the second picture (stringPict.stack).
func vstack(uni bool, objs ...*pict) *pict {
	w := 0
	for _, o := range objs {
		if o != lineLine {
			w = max(w, o.width())
		}
	}
	var ls []string
	hs := make([]int, len(objs))
	bases := make([]int, len(objs))
	for i, o := range objs {
		if o == lineLine {
			o = str(hobj("-", w, uni))
		}
		hs[i], bases[i] = o.height(), o.base
		for _, l := range o.lines {
			ls = append(ls, centerStr(l, w))
		}
	}
	return &pict{lines: ls, base: hs[0] + bases[1]}
}

// below stacks objs under p, keeping p's baseline.
func (p *pict) below(uni bool, objs ...*pict) *pict {
	r := vstack(uni, append([]*pict{p}, objs...)...)
	r.base = p.base
	return r
}

// above stacks objs over p, keeping p's baseline.
func (p *pict) above(uni bool, objs ...*pict) *pict {
	r := vstack(uni, append(objs, p)...)
	r.base = r.height() - p.height() + p.base
	return r
}

// parens wraps p in growing brackets; an empty name omits that side.
func (p *pict) parens(l, r string, uni, asciiNoUgly bool) *pict {
	h, b := p.height(), p.base
	if asciiNoUgly && !uni {
		h, b = 1, 0
	}
	res := p
	if l != "" {
		res = newPict(vobj(l, h, uni), b).right(res)
	}
	if r != "" {
		res = res.right(newPict(vobj(r, h, uni), b))
	}
	return res
}

func (p *pict) paren(uni bool) *pict { return p.parens("(", ")", uni, false) }

type xinfo struct{ ext, top, bot, mid, c1 string }

var xobjUnicode = map[string]xinfo{
	"(":      {"⎜", "⎛", "⎝", "", "("},
	")":      {"⎟", "⎞", "⎠", "", ")"},
	"[":      {"⎢", "⎡", "⎣", "", "["},
	"]":      {"⎥", "⎤", "⎦", "", "]"},
	"{":      {"⎪", "⎧", "⎩", "⎨", "{"},
	"}":      {"⎪", "⎫", "⎭", "⎬", "}"},
	"|":      {"│", "", "", "", ""},
	"-":      {"─", "", "", "", ""},
	"_":      {"_", "", "", "", ""},
	"/":      {"╱", "", "", "", ""},
	"\\":     {"╲", "", "", "", ""},
	"lfloor": {"⎢", "⎢", "⎣", "", "⌊"},
	"rfloor": {"⎥", "⎥", "⎦", "", "⌋"},
	"lceil":  {"⎢", "⎡", "⎢", "", "⌈"},
	"rceil":  {"⎥", "⎤", "⎥", "", "⌉"},
	"int":    {"⎮", "⌠", "⌡", "", "∫"},
}

var xobjASCII = map[string]xinfo{
	"(":   {"|", "/", "\\", "", "("},
	")":   {"|", "\\", "/", "", ")"},
	"[":   {"[", "[", "[", "", "["},
	"]":   {"]", "]", "]", "", "]"},
	"{":   {"|", "/", "\\", "<", "{"},
	"}":   {"|", "\\", "/", ">", "}"},
	"|":   {"|", "", "", "", ""},
	"-":   {"-", "", "", "", ""},
	"_":   {"_", "", "", "", ""},
	"/":   {"/", "", "", "", ""},
	"\\":  {"\\", "", "", "", ""},
	"int": {" | ", "  /", "/  ", "", ""},
}

// xobj returns the pieces of a stretched symbol of the given length.
func xobj(symb string, n int, uni bool) []string {
	t := xobjASCII
	if uni {
		t = xobjUnicode
	}
	v := t[symb]
	c1, top, bot, mid := v.c1, v.top, v.bot, v.mid
	if c1 == "" {
		c1 = v.ext
	}
	if top == "" {
		top = v.ext
	}
	if bot == "" {
		bot = v.ext
	}
	if mid != "" {
		if n%2 == 0 {
			n++
		}
	} else {
		mid = v.ext
	}
	if n == 1 {
		return []string{c1}
	}
	next := (n - 2) / 2
	nmid := n - 2 - 2*next
	res := []string{top}
	for i := 0; i < next; i++ {
		res = append(res, v.ext)
	}
	for i := 0; i < nmid; i++ {
		res = append(res, mid)
	}
	for i := 0; i < next; i++ {
		res = append(res, v.ext)
	}
	return append(res, bot)
}

func vobj(symb string, h int, uni bool) string { return strings.Join(xobj(symb, h, uni), "\n") }
func hobj(symb string, w int, uni bool) string { return strings.Join(xobj(symb, w, uni), "") }

// Pretty-form operations (prettyForm.__add__, __mul__, __truediv__,
// __pow__).

func prettyAdd(uni bool, forms ...*pict) *pict {
	var res []*pict
	for i, a := range forms {
		arg := a
		if a.binding > bindNeg {
			arg = a.paren(uni)
			arg.binding = bindAtom
		}
		if i > 0 && a.binding != bindNeg {
			res = append(res, str(" + "))
		}
		res = append(res, arg)
	}
	r := hnext(res...)
	r.binding = bindAdd
	return r
}

func prettyDiv(uni bool, num, den *pict) *pict {
	if num.binding == bindDiv {
		num = num.paren(uni)
	}
	if den.binding == bindDiv {
		den = den.paren(uni)
	}
	if num.binding == bindNeg {
		num = num.right(str(" "))
	}
	r := vstack(uni, num, lineLine, den)
	r.binding = bindDiv
	return r
}

func prettyMul(uni bool, forms ...*pict) *pict {
	if len(forms) == 1 {
		return forms[0]
	}
	star := "*"
	if uni {
		star = "⋅"
	}
	type item struct {
		p *pict
		s string // non-empty for plain strings
	}
	var res []item
	for i, a := range forms {
		if i > 0 {
			res = append(res, item{s: star})
		}
		arg := a
		if a.binding > bindMul && a.binding != bindNeg {
			arg = a.paren(uni)
		}
		res = append(res, item{p: arg})
	}
	for i := 0; i < len(res); i++ {
		if i < len(res)-1 && res[i].p != nil && res[i].p.text() == "-1" && res[i+1].s == star {
			res = append(res[:i], res[i+1:]...)
			res[i] = item{s: "-"}
		}
	}
	bin := bindMul
	first := res[0]
	if (first.s != "" && first.s[0] == '-') || (first.p != nil && first.p.lines[0] == "-") {
		bin = bindNeg
		if first.s == "-" {
			r := res[1]
			var line string
			if r.p != nil {
				line = r.p.lines[r.p.base]
			} else {
				line = r.s
			}
			if strings.HasPrefix(line, "-") {
				res[0] = item{s: "- "}
			}
		}
	}
	ps := make([]*pict, len(res))
	for i, it := range res {
		if it.p != nil {
			ps[i] = it.p
		} else {
			ps[i] = str(it.s)
		}
	}
	r := hnext(ps...)
	r.binding = bin
	return r
}

func prettyPow(uni bool, a, b *pict) *pict {
	if b.binding == bindPow {
		b = b.paren(uni)
	}
	if a.binding > bindFunc {
		a = a.paren(uni)
	} else if a.binding == bindFunc {
		if b.height() > 1 {
			a = a.paren(uni)
		} else {
			bb := &pict{lines: b.lines, base: a.fn.base + b.height()}
			return a.fn.right(bb).right(a.fargs)
		}
	}
	top := b.left(str(strings.Repeat(" ", a.width())))
	bot := a.right(str(strings.Repeat(" ", b.width())))
	r := bot.above(uni, top)
	r.binding = bindPow
	return r
}

// render lays out p as text, wrapping at ncols columns as
// stringPict.render does.
func (p *pict) render(ncols int, uni bool) string {
	if ncols <= 0 {
		ncols = 80
	}
	if p.width() <= ncols {
		return p.text()
	}
	ostart, oend := "> ", " >"
	if uni {
		ostart, oend = "↪ ", " ↪"
	}
	chunks := func(line string) []string {
		rs := []rune(line)
		var out []string
		prefix := ""
		width, start := runeLen(prefix+oend), 0
		for i, r := range rs {
			wx := 1
			if isCombining(r) {
				wx = 0
			}
			if width+wx > ncols {
				out = append(out, prefix+string(rs[start:i])+oend)
				prefix = ostart
				width, start = runeLen(prefix+oend), i
			}
			width += wx
		}
		return append(out, prefix+string(rs[start:]))
	}
	var cols [][]string
	for _, l := range p.lines {
		cols = append(cols, chunks(l))
	}
	var blocks []string
	for k := range cols[0] {
		var b []string
		for _, c := range cols {
			b = append(b, c[k])
		}
		blocks = append(blocks, strings.Join(b, "\n"))
	}
	return strings.Join(blocks, "\n\n")
}
