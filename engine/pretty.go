package engine

import (
	"math/big"
	"regexp"
	"strings"
	"sync"
)

// PrettyOptions configures [Pretty]. The zero value gives SymPy's
// defaults for a non-terminal: unicode output wrapped at 80 columns.
type PrettyOptions struct {
	// ASCII selects plain ASCII art (pprint(e, use_unicode=False)).
	ASCII bool
	// Width is the column count at which lines wrap; 0 means 80.
	Width int
	// Vector is sympy.physics.vector's printing (vpprint,
	// init_vprinting): a function of t alone prints as its name and its
	// time derivatives with dots above.
	Vector bool
}

// Pretty returns SymPy's pretty(e) form: the multi-line text pprint
// prints, without the final newline. Lines keep their trailing spaces.
func Pretty(e Expr, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.print(e).render(opts.Width, p.uni)
}

// PrettyList returns the pretty form of a Python container of
// expressions: kind '[' for a list, '(' for a tuple and '{' for a set.
// Set items must already be in SymPy's sorted order.
func PrettyList(items []Expr, kind byte, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.container(items, kind).render(opts.Width, p.uni)
}

// PrettyMatrix returns the pretty form of a Matrix with the given rows.
func PrettyMatrix(rows [][]Expr, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.matrix(rows).render(opts.Width, p.uni)
}

type prettyPrinter struct {
	uni   bool
	level int
	// vprint is sympy.physics.vector's printing (vpprint): functions of
	// t alone print as their names, their time derivatives with dots
	vprint bool
}

func (p *prettyPrinter) container(items []Expr, kind byte) *pict {
	p.level++
	defer func() { p.level-- }()
	switch kind {
	case '(':
		if len(items) == 1 {
			t := p.print(items[0]).right(str(","))
			return t.parens("(", ")", p.uni, true)
		}
		return p.seq(items, "(", ")", ", ")
	case '{':
		if len(items) == 0 {
			return str("set()")
		}
		return p.seq(items, "", "", ", ").parens("{", "}", p.uni, true)
	}
	return p.seq(items, "[", "]", ", ")
}

func (p *prettyPrinter) seq(items []Expr, l, r, delim string) *pict {
	forms := make([]*pict, len(items))
	for i, it := range items {
		forms[i] = p.print(it)
	}
	return p.seqForms(forms, l, r, delim)
}

func (p *prettyPrinter) seqForms(forms []*pict, l, r, delim string) *pict {
	var parts []*pict
	for i, f := range forms {
		if i > 0 {
			parts = append(parts, str(delim))
		}
		parts = append(parts, f)
	}
	s := str("")
	if len(parts) > 0 {
		s = hnext(parts...)
	}
	return s.parens(l, r, p.uni, true)
}

func (p *prettyPrinter) matrix(rows [][]Expr) *pict {
	p.level++
	defer func() { p.level-- }()
	ms := make([][]*pict, len(rows))
	for i, row := range rows {
		ms[i] = make([]*pict, len(row))
		for j, x := range row {
			ms[i][j] = p.print(x)
		}
	}
	return p.matrixPicts(ms)
}

// matrixPicts lays out a matrix of printed cells (columns centred, two
// spaces apart, a blank line between rows) in square brackets.
func (p *prettyPrinter) matrixPicts(ms [][]*pict) *pict {
	if len(ms) == 0 || len(ms[0]) == 0 {
		d := str("")
		d.base = 0
		return d.parens("[", "]", p.uni, false)
	}
	ncol := len(ms[0])
	maxw := make([]int, ncol)
	for _, row := range ms {
		for j, c := range row {
			maxw[j] = max(maxw[j], c.width())
		}
	}
	var d *pict
	for i := range ms {
		var row *pict
		for j := 0; j < ncol; j++ {
			s := ms[i][j]
			delta := maxw[j] - s.width()
			l := delta / 2
			s = s.right(str(strings.Repeat(" ", delta-l))).left(str(strings.Repeat(" ", l)))
			if row == nil {
				row = s
				continue
			}
			row = row.right(str("  ")).right(s)
		}
		if d == nil {
			d = row
			continue
		}
		d = d.below(p.uni, str(" "))
		d = d.below(p.uni, row)
	}
	d.base = d.height() / 2
	return d.parens("[", "]", p.uni, false)
}

func (p *prettyPrinter) print(e Expr) *pict {
	checkInterrupt() // 2-D layout of deep nesting takes seconds
	p.level++
	defer func() { p.level-- }()
	switch x := e.(type) {
	case *Integer:
		s := x.String()
		if x.Sign() < 0 {
			return &pict{lines: []string{s}, binding: bindNeg}
		}
		return str(s)
	case *Rational:
		return p.rational(x.r.Num(), x.r.Denom())
	case *Float:
		return str(FloatString(x, p.level > 1))
	case *Special:
		if p.uni {
			switch x {
			case Oo:
				return str("∞")
			case NegOo:
				return str("-∞")
			}
		}
		return str(x.name)
	case *Constant:
		if uni, _, ok := ConstantPretty(x); ok {
			if p.uni || x == Catalan {
				return str(uni)
			}
			return str(x.name)
		}
		if p.uni {
			switch x {
			case Pi:
				return str("π")
			case E:
				return str("ℯ")
			case I:
				return str("ⅈ")
			}
		}
		if x == E {
			return str("e")
		}
		return str(x.name)
	case *Symbol:
		if x.base != nil {
			return str(x.base.pretty())
		}
		return str(p.symbolName(x.name))
	case *Add:
		return p.add(x)
	case *Mul:
		return p.mul(x)
	case *Pow:
		return p.pow(x)
	case *Func:
		return p.function(x)
	case *Derivative:
		return p.derivative(x)
	case *Subs:
		return p.subs(x)
	case *Tuple:
		return p.container(x.args, '(')
	}
	return str(e.String())
}

func (p *prettyPrinter) rational(num, den *big.Int) *pict {
	if den.IsInt64() && den.Int64() == 1 {
		if num.Sign() < 0 {
			return &pict{lines: []string{num.String()}, binding: bindNeg}
		}
		return str(num.String())
	}
	ten := big.NewInt(10)
	an := new(big.Int).Abs(num)
	if an.Cmp(ten) >= 0 && den.Cmp(ten) >= 0 {
		n := str(num.String())
		if num.Sign() < 0 {
			n.binding = bindNeg
		}
		return prettyDiv(p.uni, n, str(den.String()))
	}
	return str(num.String() + "/" + den.String())
}

var greekUnicode = map[string]string{
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
	"iota": "ι", "kappa": "κ", "lamda": "λ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
	"rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
	"Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ", "Eta": "Η", "Theta": "Θ",
	"Iota": "Ι", "Kappa": "Κ", "Lamda": "Λ", "Lambda": "Λ", "Mu": "Μ", "Nu": "Ν", "Xi": "Ξ", "Omicron": "Ο",
	"Pi": "Π", "Rho": "Ρ", "Sigma": "Σ", "Tau": "Τ", "Upsilon": "Υ", "Phi": "Φ", "Chi": "Χ", "Psi": "Ψ",
	"Omega": "Ω", "varsigma": "ς",
}

var (
	subChars = map[rune]string{
		'a': "ₐ", 'e': "ₑ", 'i': "ᵢ", 'o': "ₒ", 'r': "ᵣ", 'u': "ᵤ", 'v': "ᵥ", 'x': "ₓ", 'h': "ₕ", 'k': "ₖ",
		'l': "ₗ", 'm': "ₘ", 'n': "ₙ", 'p': "ₚ", 's': "ₛ", 't': "ₜ",
		'0': "₀", '1': "₁", '2': "₂", '3': "₃", '4': "₄", '5': "₅", '6': "₆", '7': "₇", '8': "₈", '9': "₉",
		'+': "₊", '-': "₋", '=': "₌", '(': "₍", ')': "₎",
	}
	subWords = map[string]string{"beta": "ᵦ", "gamma": "ᵧ", "rho": "ᵨ", "phi": "ᵩ", "chi": "ᵪ"}
	supChars = map[rune]string{
		'i': "ⁱ", 'n': "ⁿ",
		'0': "⁰", '1': "¹", '2': "²", '3': "³", '4': "⁴", '5': "⁵", '6': "⁶", '7': "⁷", '8': "⁸", '9': "⁹",
		'+': "⁺", '-': "⁻", '=': "⁼", '(': "⁽", ')': "⁾",
	}
)

var nameWithDigits = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([^\W\d_]+)(\d+)$`) })

// splitSuperSub splits a symbol name into name, superscripts and
// subscripts (SymPy's split_super_sub).
func splitSuperSub(text string) (string, []string, []string) {
	if text == "" {
		return text, nil, nil
	}
	pos := 0
	name := ""
	named := false
	var sups, subs []string
	for pos < len(text) {
		start := pos + 1
		if strings.HasPrefix(text[pos:], "__") {
			start++
		}
		next := len(text)
		if start <= len(text) {
			if i := strings.IndexByte(text[start:], '^'); i >= 0 {
				next = start + i
			}
			if i := strings.IndexByte(text[start:], '_'); i >= 0 && start+i < next {
				next = start + i
			}
		}
		part := text[pos:next]
		pos = next
		switch {
		case !named:
			name, named = part, true
		case strings.HasPrefix(part, "^"):
			sups = append(sups, part[1:])
		case strings.HasPrefix(part, "__"):
			sups = append(sups, part[2:])
		case strings.HasPrefix(part, "_"):
			subs = append(subs, part[1:])
		}
	}
	if m := nameWithDigits().FindStringSubmatch(name); m != nil {
		name = m[1]
		subs = append([]string{m[2]}, subs...)
	}
	return name, sups, subs
}

// centerAccent puts a combining accent after the middle character
// (SymPy's center_accent).
func centerAccent(s, accent string) string {
	rs := []rune(s)
	mid := min(len(rs)/2+1, len(rs))
	return string(rs[:mid]) + accent + string(rs[mid:])
}

func accentWith(accent string) func(string) string {
	return func(s string) string { return centerAccent(s, accent) }
}

func wrapWith(l, r string) func(string) string {
	return func(s string) string { return l + s + r }
}

// prettyModifiers is pretty_symbology's modifier_dict: name suffixes
// that decorate the rest of the name.
var prettyModifiers = map[string]func(string) string{
	"mathring": accentWith("\u030a"), "ddddot": accentWith("\u20dc"), "dddot": accentWith("\u20db"),
	"ddot": accentWith("\u0308"), "dot": accentWith("\u0307"), "check": accentWith("\u030c"),
	"breve": accentWith("\u0306"), "acute": accentWith("\u0301"), "grave": accentWith("\u0300"),
	"tilde": accentWith("\u0303"), "hat": accentWith("\u0302"), "bar": accentWith("\u0305"),
	"vec": accentWith("\u20d7"), "prime": wrapWith("", "\u2032"), "prm": wrapWith("", "\u2032"),
	"norm": wrapWith("\u2016", "\u2016"), "avg": wrapWith("\u27e8", "\u27e9"),
	"abs": wrapWith("|", "|"), "mag": wrapWith("|", "|"),
}

// modifierSuffix returns the longest modifier name that s ends with
// (ignoring case) and that leaves a non-empty rest.
func modifierSuffix(s string, mods map[string]func(string) string) (string, func(string) string) {
	best := ""
	ls := strings.ToLower(s)
	for k := range mods {
		if len(k) > len(best) && len(s) > len(k) && strings.HasSuffix(ls, k) {
			best = k
		}
	}
	if best == "" {
		return "", nil
	}
	return best, mods[best]
}

// symbolName is SymPy's pretty_symbol.
func (p *prettyPrinter) symbolName(s string) string {
	if !p.uni {
		return s
	}
	name, sups, subs := splitSuperSub(s)
	var tr func(s string) string
	tr = func(s string) string {
		if g, ok := greekUnicode[s]; ok {
			return g
		}
		if k, f := modifierSuffix(s, prettyModifiers); f != nil {
			return f(tr(s[:len(s)-len(k)]))
		}
		return s
	}
	name = tr(name)
	pl := func(l []string, m map[rune]string, words map[string]string) ([]string, bool) {
		var out []string
		for _, s := range l {
			if w, ok := words[s]; ok {
				out = append(out, w)
				continue
			}
			var b strings.Builder
			for _, c := range s {
				v, ok := m[c]
				if !ok {
					return nil, false
				}
				b.WriteString(v)
			}
			out = append(out, b.String())
		}
		return out, true
	}
	psups, ok := pl(sups, supChars, nil)
	var psubs []string
	if ok {
		psubs, ok = pl(subs, subChars, subWords)
	}
	if !ok {
		if len(subs) > 0 {
			t := make([]string, len(subs))
			for i, s := range subs {
				t[i] = tr(s)
			}
			name += "_" + strings.Join(t, "_")
		}
		if len(sups) > 0 {
			t := make([]string, len(sups))
			for i, s := range sups {
				t[i] = tr(s)
			}
			name += "__" + strings.Join(t, "__")
		}
		return name
	}
	return name + strings.Join(psups, " ") + strings.Join(psubs, " ")
}

func (p *prettyPrinter) negative(f *pict, index int) *pict {
	neg := " - "
	if index == 0 {
		neg = "-"
		if f.height() > 1 {
			neg = "- "
		}
	}
	if f.binding > bindNeg || f.binding == bindAdd {
		f = f.paren(p.uni)
	}
	r := hnext(str(neg), f)
	r.binding = bindNeg
	return r
}

func (p *prettyPrinter) add(a *Add) *pict { return p.addTerms(OrderedTerms(a)) }

// addTerms is PrettyPrinter._print_Add on terms in print order.
func (p *prettyPrinter) addTerms(terms []Expr) *pict {
	forms := make([]*pict, len(terms))
	var deferred []int
	for i, t := range terms {
		switch x := t.(type) {
		case *Mul:
			if isNegCoeff(x) {
				forms[i] = p.negative(p.print(negateCoeff(x)), i)
				continue
			}
		case *Rational:
			deferred = append(deferred, i)
			continue
		case *Integer, *Float, *Special:
			if s, ok := numSign(x); ok && s < 0 {
				forms[i] = p.negative(p.print(numNeg(x)), i)
				continue
			}
		}
		forms[i] = p.print(t)
	}
	if len(deferred) > 0 {
		large := false
		for _, f := range forms {
			if f != nil && f.height() > 1 {
				large = true
				break
			}
		}
		for _, i := range deferred {
			r := terms[i].(*Rational)
			num := new(big.Int).Set(r.r.Num())
			neg := num.Sign() < 0
			if neg {
				num.Neg(num)
			}
			var f *pict
			if large {
				f = prettyDiv(p.uni, str(num.String()), str(r.r.Denom().String()))
			} else {
				p.level++
				f = p.rational(num, r.r.Denom())
				p.level--
			}
			if neg {
				f = p.negative(f, i)
			}
			forms[i] = f
		}
	}
	return prettyAdd(p.uni, forms...)
}

func (p *prettyPrinter) mul(m *Mul) *pict {
	args := m.args
	unevaluated := isInt(args[0], 1)
	for _, a := range args[1:] {
		if IsNumber(a) {
			unevaluated = true
		}
	}
	if unevaluated {
		forms := make([]*pict, len(args))
		for i, a := range args {
			forms[i] = p.print(a)
		}
		negone := forms[0].text() == "-1"
		if negone {
			forms[0] = str("1")
		}
		r := prettyMul(p.uni, forms...)
		if negone {
			r = &pict{lines: []string{"-" + r.text()}, base: r.base, binding: r.binding}
		}
		return r
	}
	var num, den []Expr
	factors := OrderedFactors(m)
	if s, ok := numSign(factors[0]); ok && s < 0 && !isInt(factors[0], -1) {
		// args_cnc splits a negative coefficient into -1 and its size
		factors = append([]Expr{NegOne, numNeg(factors[0])}, factors[1:]...)
	}
	for _, item := range factors {
		if pw, ok := item.(*Pow); ok && IsRational(pw.args[1]) {
			if s, _ := numSign(pw.args[1]); s < 0 {
				if isInt(pw.args[1], -1) {
					den = append(den, pw.args[0])
				} else {
					den = append(den, newPow(pw.args[0], numNeg(pw.args[1])))
				}
				continue
			}
		}
		if splitRational(item, &num, &den) {
			continue
		}
		num = append(num, item)
	}
	a := make([]*pict, len(num))
	for i, x := range num {
		a[i] = p.print(x)
	}
	b := make([]*pict, len(den))
	for i, x := range den {
		b[i] = p.print(x)
	}
	if len(b) == 0 {
		return prettyMul(p.uni, a...)
	}
	if len(a) == 0 {
		a = append(a, p.print(One))
	}
	return prettyDiv(p.uni, prettyMul(p.uni, a...), prettyMul(p.uni, b...))
}

// rootDenominator reports whether exponent e is 1/d with d an integer > 1
// or a symbol, returning d (the root_notation case of _print_Pow).
func rootDenominator(e Expr) (Expr, bool) {
	switch x := e.(type) {
	case *Rational:
		if n := x.r.Num(); n.IsInt64() && n.Int64() == 1 {
			return NewBigInt(x.r.Denom()), true
		}
	case *Pow:
		if _, ok := x.args[0].(*Symbol); ok && isInt(x.args[1], -1) {
			return x.args[0], true
		}
	}
	return nil, false
}

func (p *prettyPrinter) pow(x *Pow) *pict {
	b, e := x.args[0], x.args[1]
	if r, ok := b.(*Rational); ok && r.r.Num().IsInt64() && r.r.Num().Int64() == 1 {
		// Pow.as_base_exp: (1/q)**e is q**(-e)
		b, e = NewBigInt(r.r.Denom()), Neg(e)
	}
	if isInt(e, -1) {
		return prettyDiv(p.uni, str("1"), p.print(b))
	}
	if d, ok := rootDenominator(e); ok {
		return p.nthRoot(b, d)
	}
	if IsRational(e) {
		if s, _ := numSign(e); s < 0 {
			return prettyDiv(p.uni, str("1"), p.print(newPow(b, numNeg(e))))
		}
	}
	return prettyPow(p.uni, p.print(b), p.print(e))
}

func (p *prettyPrinter) nthRoot(base, root Expr) *pict {
	bp := p.print(base)
	if p.uni && isInt(root, 2) && bp.height() == 1 {
		z, ok := base.(*Integer)
		if bp.width() == 1 || ok && z.Sign() >= 0 {
			return bp.left(str("√"))
		}
	}
	zz := hobj("/", 1, p.uni)
	rootsign := hobj("\\", 1, p.uni) + zz
	rp := p.print(root)
	if rp.height() != 1 {
		return prettyPow(p.uni, p.print(base), p.print(NewPow(root, NegOne)))
	}
	exp := ""
	if !isInt(root, 2) {
		exp = rp.text()
		if n := runeLen(exp); n < 2 {
			exp += strings.Repeat(" ", 2-n)
		}
	}
	if n := runeLen(exp); n > 2 {
		rootsign = strings.Repeat(" ", n-2) + rootsign
	}
	rs := newPict(exp+"\n"+rootsign, 0)
	ll := bp.height() - 1
	var dl []string
	for i := 0; i < ll; i++ {
		dl = append(dl, strings.Repeat(" ", ll-i-1)+zz+strings.Repeat(" ", i))
	}
	diag := newPict(strings.Join(dl, "\n"), ll-1)
	rs = rs.right(diag)
	rs.base = max(1, bp.base)
	s := bp.above(p.uni, str(hobj("_", 2+bp.width(), p.uni)))
	return s.left(rs)
}

// The pretty hooks of the functions SymPy's pretty printer draws in
// their own notation; each returns nil for the ordinary f(x) form. All of
// these forms bind as atoms.

func prettyExp(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 1 {
		return nil
	}
	base := str("e")
	if p.uni {
		base = str("ℯ")
	}
	return prettyPow(p.uni, base, p.print(f.args[0]))
}

func prettyAbs(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 1 {
		return nil
	}
	return p.print(f.args[0]).parens("|", "|", p.uni, false)
}

// prettyMinMax: Max and Min have no pretty form; the printer's
// emptyPrinter uses str().
func prettyMinMax(_ *prettyPrinter, f *Func) *pict { return str(Str(f)) }

func prettyFactorial(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 1 {
		return nil
	}
	x := f.args[0]
	pf := p.print(x)
	if !isBareFactorialArg(x) {
		pf = pf.paren(p.uni)
	}
	return pf.right(str("!"))
}

func prettyBinomial(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 2 {
		return nil
	}
	n, k := p.print(f.args[0]), p.print(f.args[1])
	bar := str(strings.Repeat(" ", max(n.width(), k.width())))
	pf := k.above(p.uni, bar).above(p.uni, n).paren(p.uni)
	pf.base = (pf.base + 1) / 2
	return pf
}

func prettyConjugate(p *prettyPrinter, f *Func) *pict {
	if len(f.args) != 1 {
		return nil
	}
	pf := p.print(f.args[0])
	return pf.above(p.uni, str(hobj("_", pf.width(), p.uni)))
}

// prettyBrackets draws floor and ceiling with the bracket pieces l and
// r; ASCII output prints these as ordinary functions.
func prettyBrackets(l, r string) func(*prettyPrinter, *Func) *pict {
	return func(p *prettyPrinter, f *Func) *pict {
		if len(f.args) != 1 || !p.uni {
			return nil
		}
		return p.print(f.args[0]).parens(l, r, p.uni, false)
	}
}

// isBareFactorialArg reports whether x prints without parentheses before
// "!": a non-negative integer or a symbol.
func isBareFactorialArg(x Expr) bool {
	switch v := x.(type) {
	case *Integer:
		return v.Sign() >= 0
	case *Symbol:
		return true
	}
	return false
}

func (p *prettyPrinter) function(f *Func) *pict {
	if p.vprint && IsDynamicSymbol(f) {
		return p.print(NewSymbol(f.def.Name, Assumptions{}))
	}
	switch {
	case f.def == OrderDef && len(f.args) > 0:
		return p.order(f)
	case isIntegral(f):
		return p.integral(f)
	}
	if f.def.pretty != nil {
		if r := f.def.pretty(p, f); r != nil {
			return r
		}
	}
	return p.funcForm(p.symbolName(f.def.Name), f.args)
}

// funcForm is name(args) as a function application (SymPy's
// _print_Function): a power goes between the name and the arguments.
func (p *prettyPrinter) funcForm(name string, args []Expr) *pict {
	fn := str(name)
	pa := p.seq(args, "", "", ", ").parens("(", ")", p.uni, false)
	r := hnext(fn, pa)
	r.binding = bindFunc
	r.fn, r.fargs = fn, pa
	return r
}

// freeSymbols collects the free symbols of e (SymPy's free_symbols).
func freeSymbols(e Expr, out map[*Symbol]bool, seen map[string]bool) {
	switch x := e.(type) {
	case *Symbol:
		k := x.name
		if x.dummy > 0 {
			k = "_" + k + string(rune(x.dummy))
		}
		if x.base != nil {
			k = "\x00" + k
		}
		if !seen[k] {
			seen[k] = true
			out[x] = true
		}
		return
	case *Subs:
		inner := map[*Symbol]bool{}
		freeSymbols(x.args[0], inner, map[string]bool{})
		for s := range inner {
			bound := false
			for _, v := range x.Vars() {
				if Equal(v, s) {
					bound = true
				}
			}
			if !bound {
				freeSymbols(s, out, seen)
			}
		}
		for _, pt := range x.Points() {
			freeSymbols(pt, out, seen)
		}
		return
	}
	for _, a := range e.Args() {
		freeSymbols(a, out, seen)
	}
}

// requiresPartial is SymPy's requires_partial: more than one non-integer
// free symbol.
func requiresPartial(e Expr) bool {
	if d, ok := e.(*Derivative); ok {
		return requiresPartial(d.args[0])
	}
	fs := map[*Symbol]bool{}
	freeSymbols(e, fs, map[string]bool{})
	n := 0
	for s := range fs {
		if !s.assume.Integer {
			n++
		}
	}
	return n > 1
}

func (p *prettyPrinter) derivative(d *Derivative) *pict {
	if p.vprint {
		if r := p.dotted(d); r != nil {
			return r
		}
	}
	sym := "d"
	if p.uni && requiresPartial(d.args[0]) {
		sym = "∂"
	}
	var x *pict
	total := 0
	for i := len(d.vars) - 1; i >= 0; i-- {
		v := d.vars[i]
		ds := p.print(v.Var).left(str(sym))
		total += v.Count
		if v.Count > 1 {
			ds = prettyPow(p.uni, ds, str(itoa(v.Count)))
		}
		if x == nil {
			x = ds
		} else {
			x = x.right(str(" ")).right(ds)
		}
	}
	f := p.print(d.args[0]).paren(p.uni)
	f.binding = bindFunc
	pf := str(sym)
	if total > 1 {
		pf = prettyPow(p.uni, pf, str(itoa(total)))
	}
	pf = pf.below(p.uni, lineLine, x)
	pf.base++
	r := hnext(pf, f)
	r.binding = bindMul
	return r
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func (p *prettyPrinter) subs(s *Subs) *pict {
	f := p.print(s.args[0]).paren(p.uni)
	h := f.height()
	if h <= 1 {
		h = 2
	}
	f = f.right(newPict(vobj("|", h, p.uni), f.base))
	b := f.base
	f.base = f.height() - 1
	vars, pts := s.Vars(), s.Points()
	items := make([]*pict, len(vars))
	for i := range vars {
		items[i] = p.seqForms([]*pict{p.print(vars[i]), str("="), p.print(pts[i])}, "", "", "")
	}
	f = f.right(p.seqForms(items, "", "", ", "))
	f.base = b
	return f
}
