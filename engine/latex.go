package engine

import (
	"math/big"
	"regexp"
	"slices"
	"sync"

	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Latex returns SymPy's latex(e) with default settings.
func Latex(e Expr) string { return defaultTexPrinter.print(e) }

// LatexMatrix returns the latex form of a Matrix with the given rows
// (\left[\begin{matrix}...\end{matrix}\right]).
// s holds latex()'s settings, nil for the defaults.
func LatexMatrix(rows [][]Expr, s *TexSettings) string { return printerFor(s).matrix(rows) }

// matrix is LatexPrinter._print_MatrixBase.
func (p *texPrinter) matrix(rows [][]Expr) string {
	var rs []string
	for _, row := range rows {
		cs := make([]string, len(row))
		for j, x := range row {
			cs[j] = p.print(x)
		}
		rs = append(rs, strings.Join(cs, " & "))
	}
	cols := 0
	if len(rows) > 0 {
		cols = len(rows[0])
	}
	env := p.MatStr
	switch {
	case env != "":
	case p.Inline:
		env = "smallmatrix"
	case cols <= 10:
		env = "matrix"
	default:
		env = "array"
	}
	tex := `\begin{` + env + "}"
	if env == "array" {
		tex += "{" + strings.Repeat("c", cols) + "}"
	}
	tex += strings.Join(rs, `\\`) + `\end{` + env + "}"
	if d, ok := texDelims[p.MatDelim]; ok {
		tex = `\left` + p.MatDelim + tex + `\right` + d
	}
	return tex
}

// texDelims are the matrix delimiters LatexPrinter knows (_delim_dict).
var texDelims = map[string]string{"(": ")", "[": "]"}

var texGreek = map[string]string{
	"Alpha": `\mathrm{A}`, "Beta": `\mathrm{B}`, "Gamma": `\Gamma`, "Delta": `\Delta`, "Epsilon": `\mathrm{E}`,
	"Zeta": `\mathrm{Z}`, "Eta": `\mathrm{H}`, "Theta": `\Theta`, "Iota": `\mathrm{I}`, "Kappa": `\mathrm{K}`,
	"Lambda": `\Lambda`, "Mu": `\mathrm{M}`, "Nu": `\mathrm{N}`, "Xi": `\Xi`, "omicron": "o", "Omicron": `\mathrm{O}`,
	"Pi": `\Pi`, "Rho": `\mathrm{P}`, "Sigma": `\Sigma`, "Tau": `\mathrm{T}`, "Upsilon": `\Upsilon`, "Phi": `\Phi`,
	"Chi": `\mathrm{X}`, "Psi": `\Psi`, "Omega": `\Omega`, "lamda": `\lambda`, "Lamda": `\Lambda`, "khi": `\chi`,
	"Khi": `\mathrm{X}`, "varepsilon": `\varepsilon`, "varkappa": `\varkappa`, "varphi": `\varphi`, "varpi": `\varpi`,
	"varrho": `\varrho`, "varsigma": `\varsigma`, "vartheta": `\vartheta`,
}

var greekLetters = map[string]bool{
	"alpha": true, "beta": true, "chi": true, "delta": true, "epsilon": true, "eta": true, "gamma": true,
	"iota": true, "kappa": true, "lambda": true, "mu": true, "nu": true, "omega": true, "omicron": true,
	"phi": true, "pi": true, "psi": true, "rho": true, "sigma": true, "tau": true, "theta": true,
	"upsilon": true, "xi": true, "zeta": true,
}

var texOtherSymbols = map[string]bool{
	"aleph": true, "beth": true, "daleth": true, "ell": true, "eth": true, "gimel": true, "hbar": true,
	"hslash": true, "mho": true, "wp": true,
}

func texTranslate(s string) string {
	if t, ok := texGreek[s]; ok {
		return t
	}
	if greekLetters[strings.ToLower(s)] {
		return `\` + strings.ToLower(s)
	}
	if texOtherSymbols[s] {
		return `\` + s
	}
	if k, f := modifierSuffix(s, texModifiers); f != nil {
		return f(texTranslate(s[:len(s)-len(k)]))
	}
	return s
}

func texWrap(l, r string) func(string) string {
	return func(s string) string { return l + s + r }
}

// texModifiers is latex.py's modifier_dict.
var texModifiers = map[string]func(string) string{
	"mathring": texWrap(`\mathring{`, "}"), "ddddot": texWrap(`\ddddot{`, "}"), "dddot": texWrap(`\dddot{`, "}"),
	"ddot": texWrap(`\ddot{`, "}"), "dot": texWrap(`\dot{`, "}"), "check": texWrap(`\check{`, "}"),
	"breve": texWrap(`\breve{`, "}"), "acute": texWrap(`\acute{`, "}"), "grave": texWrap(`\grave{`, "}"),
	"tilde": texWrap(`\tilde{`, "}"), "hat": texWrap(`\hat{`, "}"), "bar": texWrap(`\bar{`, "}"),
	"vec": texWrap(`\vec{`, "}"), "prime": texWrap("{", "}'"), "prm": texWrap("{", "}'"),
	"bold": texWrap(`\boldsymbol{`, "}"), "bm": texWrap(`\boldsymbol{`, "}"), "cal": texWrap(`\mathcal{`, "}"),
	"scr": texWrap(`\mathscr{`, "}"), "frak": texWrap(`\mathfrak{`, "}"),
	"norm": texWrap(`\left\|{`, `}\right\|`), "avg": texWrap(`\left\langle{`, `}\right\rangle`),
	"abs": texWrap(`\left|{`, `}\right|`), "mag": texWrap(`\left|{`, `}\right|`),
}

// texName is SymPy's _deal_with_super_sub.
func texName(s string) string {
	if strings.Contains(s, "{") {
		return s
	}
	name, sups, subs := splitSuperSub(s)
	name = texTranslate(name)
	for i := range sups {
		sups[i] = texTranslate(sups[i])
	}
	for i := range subs {
		subs[i] = texTranslate(subs[i])
	}
	if len(sups) > 0 {
		name += "^{" + strings.Join(sups, " ") + "}"
	}
	if len(subs) > 0 {
		name += "_{" + strings.Join(subs, " ") + "}"
	}
	return name
}

var texFunctions = map[string]bool{
	"arcsin": true, "arccos": true, "arctan": true, "sin": true, "cos": true, "tan": true,
	"sinh": true, "cosh": true, "tanh": true, "sqrt": true, "ln": true, "log": true, "sec": true,
	"csc": true, "cot": true, "coth": true, "re": true, "im": true, "frac": true, "root": true, "arg": true,
}

// texFuncName is SymPy's _hprint_Function.
func texFuncName(f string) string {
	f = texName(f)
	sup := strings.Index(f, "^")
	sub := strings.Index(f, "_")
	switch {
	case texFunctions[f]:
		return `\` + f
	case runeLen(f) == 1 || strings.HasPrefix(f, `\`) || sub == 1 || sup == 1:
		return f
	case sup > 0 && sub > 0:
		i := min(sup, sub)
		return `\operatorname{` + f[:i] + "}" + f[i:]
	case sup > 0:
		return `\operatorname{` + f[:sup] + "}" + f[sup:]
	case sub > 0:
		return `\operatorname{` + f[:sub] + "}" + f[sub:]
	}
	return `\operatorname{` + f + "}"
}

// printNeg is -e as the printers compute it: for a Mul, SymPy's
// Mul.__neg__ (negate the leading number or prepend -1, no evaluation, so
// -9*(x + y) stays a product); otherwise evaluated negation.
func printNeg(e Expr) Expr {
	m, ok := e.(*Mul)
	if !ok {
		return Neg(e)
	}
	var c Expr = One
	args := m.args
	if IsRational(args[0]) {
		c, args = args[0], args[1:]
	} else if s, ok := numSign(args[0]); ok && s < 0 && IsNumber(args[0]) {
		if _, isSpecial := args[0].(*Special); !isSpecial {
			c, args = NegOne, append([]Expr{numNeg(args[0])}, args[1:]...)
		}
	}
	if args[0] != Zoo {
		c = numNeg(c)
	}
	if !isInt(c, 1) {
		if IsNumber(args[0]) {
			args = append([]Expr{numMul(args[0], c)}, args[1:]...)
		} else {
			args = append([]Expr{c}, args...)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return newMul(args)
}

// precTraditional is SymPy's precedence_traditional.
func precTraditional(e Expr) int {
	switch f := e.(type) {
	case *Mul, *Derivative:
		return precMul
	case *Subs, *Tuple:
		return precAtom
	case *Func:
		if isIntegral(f) || IsSum(f) || IsProduct(f) || IsLimit(f) {
			return precMul
		}
	}
	return Precedence(e)
}

func texParen(s string) string { return `\left(` + s + `\right)` }

func (p *texPrinter) texParenthesize(e Expr, level int, strict bool) string {
	prec := precTraditional(e)
	if prec < level || !strict && prec <= level {
		return texParen(p.print(e))
	}
	return p.print(e)
}

// super protects a superscripted s: in brackets (parenthesize_super,
// the default) or braces.
func (p *texPrinter) super(s string) string {
	if !strings.Contains(s, "^") {
		return s
	}
	if p.ParenthesizeSuper {
		return texParen(s)
	}
	return "{" + s + "}"
}

func (p *texPrinter) print(e Expr) string {
	switch x := e.(type) {
	case *Integer:
		return x.String()
	case *Rational:
		n := x.r.Num() // (the Rat's own numerator: not to be changed)
		sign := ""
		if n.Sign() < 0 {
			sign = "- "
			n = new(big.Int).Neg(n)
		}
		if p.foldShortFrac {
			return sign + n.String() + " / " + x.r.Denom().String()
		}
		return sign + `\frac{` + n.String() + "}{" + x.r.Denom().String() + "}"
	case *Float:
		// mlib_to_str with dps = prec_to_dps(prec) even below 5 bits
		// (StrPrinter uses 0 there), trailing zeros stripped
		s := mpf.FormatOpts(x.v, mpf.PrecToDps(x.v.Prec()), mpf.FormatOptions{StripZeros: !p.FullPrec})
		if m, ex, ok := strings.Cut(s, "e"); ok {
			return m + p.numSep + "10^{" + strings.TrimPrefix(ex, "+") + "}"
		}
		return s
	case *Special:
		switch x {
		case Oo:
			return `\infty`
		case NegOo:
			return `-\infty`
		case Zoo:
			return `\tilde{\infty}`
		}
		return `\text{NaN}`
	case *Constant:
		if _, tex, ok := ConstantPretty(x); ok {
			return tex
		}
		switch x {
		case Pi:
			return `\pi`
		case E:
			return "e"
		case I:
			return p.imag
		}
		return texName(x.name)
	case *Symbol:
		if x.base != nil {
			return x.base.latex()
		}
		if n, ok := p.symbolName(x); ok {
			return n
		}
		return texName(x.name)
	case *Add:
		return p.texAdd(x)
	case *Mul:
		return p.texMul(x)
	case *Pow:
		return p.texPow(x)
	case *Func:
		return p.texFunc(x, "")
	case *Derivative:
		return p.texDerivative(x)
	case *Subs:
		vars, pts := x.Vars(), x.Points()
		parts := make([]string, len(vars))
		for i := range vars {
			parts[i] = p.print(vars[i]) + "=" + p.print(pts[i])
		}
		return `\left. ` + p.print(x.args[0]) + ` \right|_{\substack{ ` + strings.Join(parts, `\\ `) + ` }}`
	case *Tuple:
		parts := make([]string, len(x.args))
		for i, a := range x.args {
			parts[i] = p.print(a)
		}
		if len(parts) == 1 {
			return `\left( ` + parts[0] + `,\right)`
		}
		return `\left( ` + strings.Join(parts, `, \  `) + `\right)`
	}
	return e.String()
}

func (p *texPrinter) texAdd(a *Add) string { return p.texAddTerms(OrderedTerms(a)) }

// texAddTerms is LatexPrinter._print_Add on terms in print order.
func (p *texPrinter) texAddTerms(terms []Expr) string {
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			if CouldExtractMinusSign(t) {
				b.WriteString(" - ")
				t = printNeg(t)
			} else {
				b.WriteString(" + ")
			}
		}
		s := p.print(t)
		if _, ok := t.(*Add); ok {
			s = texParen(s)
		}
		b.WriteString(s)
	}
	return b.String()
}

// texNeedsMulBrackets is LatexPrinter._needs_mul_brackets: a factor of
// a product is bracketed when it binds looser than a product and,
// unless it is the last factor, when it holds an Integral or a Sum (SymPy also
// brackets one holding a Mod, which dcalc does not have).
func texNeedsMulBrackets(e Expr, first, last bool) bool {
	if m, ok := e.(*Mul); ok {
		if !first && CouldExtractMinusSign(m) {
			return true
		}
	} else if precTraditional(e) < precMul {
		return true
	}
	if _, isRel := AsRelation(e); isRel || IsPiecewise(e) {
		return true
	}
	return !last && hasCallOf(e, IntegralDef, SumDef, ProductDef)
}

var (
	texNumEnd   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[0-9][} ]*$`) })
	texNumStart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d|\\frac\{\d+\}\{\d+\})`) })
)

func (p *texPrinter) texMulArgs(args []Expr) string {
	var b strings.Builder
	last := ""
	for i, t := range args {
		s := p.print(t)
		if texNeedsMulBrackets(t, i == 0, i == len(args)-1) {
			s = texParen(s)
		}
		if texNumEnd().MatchString(last) && texNumStart().MatchString(s) {
			b.WriteString(p.numSep)
		} else if b.Len() > 0 {
			b.WriteString(p.mulSep)
		}
		b.WriteString(s)
		last = s
	}
	return b.String()
}

// texConvert prints the product of factors as SymPy's convert does for
// Mul(*factors, evaluate=False).
func (p *texPrinter) texConvert(fs []Expr) string {
	switch len(fs) {
	case 0:
		return "1"
	case 1:
		if m, ok := fs[0].(*Mul); ok {
			return p.texMulArgs(OrderedFactors(m))
		}
		return p.print(fs[0])
	}
	return p.texMulArgs(OrderedFactors(newMul(fs)))
}

func hasFreeSymbols(e Expr) bool {
	fs := map[*Symbol]bool{}
	freeSymbols(e, fs, map[string]bool{})
	return len(fs) > 0
}

// asBaseExpPrint splits a power or an exp(x) (base E) into base and
// exponent, as fraction's as_base_exp does.
func asBaseExpPrint(t Expr) (Expr, Expr, bool) {
	switch x := t.(type) {
	case *Pow:
		return x.args[0], x.args[1], true
	case *Func:
		if x.def == fnExp && !x.def.Undefined && len(x.args) == 1 {
			return E, x.args[0], true
		}
	}
	return nil, nil, false
}

// texFraction is SymPy's fraction(e, exact=True) as lists of factors.
func texFraction(e Expr) (num, den []Expr) {
	for _, t := range mulArgs(e) {
		b, ex, isPow := asBaseExpPrint(t)
		if isPow {
			if IsNegative(ex) == True {
				switch {
				case isInt(ex, -1):
					den = append(den, b)
				case !hasFreeSymbols(ex):
					den = append(den, NewPow(b, Neg(ex)))
				default:
					num = append(num, t)
				}
				continue
			}
			num = append(num, t)
			continue
		}
		if r, ok := t.(*Rational); ok {
			if n := r.r.Num(); !(n.IsInt64() && n.Int64() == 1) {
				num = append(num, NewBigInt(n))
			}
			den = append(den, NewBigInt(r.r.Denom()))
			continue
		}
		num = append(num, t)
	}
	return num, den
}

func (p *texPrinter) texMul(m *Mul) string {
	// an unevaluated product (Mul(x, 2, evaluate=False)): its factors in
	// their stored order, identities and all
	if isInt(m.args[0], 1) || slices.ContainsFunc(m.args[1:], IsNumber) {
		return p.texMulArgs(m.args)
	}
	return p.texMulExpr(m)
}

func (p *texPrinter) texMulExpr(e Expr) string {
	tex := ""
	parens := false
	if CouldExtractMinusSign(e) {
		e = printNeg(e)
		tex = "- "
		if _, ok := e.(*Add); ok {
			tex += "("
			parens = true
		}
	}
	num, den := texFraction(e)
	if len(den) == 0 {
		if m, ok := e.(*Mul); ok {
			tex += p.texMulArgs(OrderedFactors(m))
		} else {
			tex += p.print(e)
		}
	} else {
		tex += p.fraction(num, den)
	}
	if parens {
		tex += ")"
	}
	return tex
}

// fraction is the fraction part of LatexPrinter._print_Mul, with
// fold_short_frac and long_frac_ratio: num and den are the factors of
// the numerator and denominator (SymPy's fraction(exact=True)).
func (p *texPrinter) fraction(num, den []Expr) string {
	snum, sden := p.texConvert(num), p.texConvert(den)
	lden := len(strings.Fields(sden))
	switch {
	case p.foldShortFrac && lden <= 2 && !strings.Contains(sden, "^"):
		if numerNeedsBrackets(num, false) {
			return texParen(snum) + " / " + sden
		}
		return snum + " / " + sden
	case !p.HasLongFracRatio || float64(len(strings.Fields(snum))) <= p.LongFracRatio*float64(lden):
		return `\frac{` + snum + "}{" + sden + "}"
	case numerNeedsBrackets(num, true):
		return `\frac{1}{` + sden + "}" + p.mulSep + texParen(snum)
	case len(num) < 2:
		return `\frac{1}{` + sden + "}" + p.mulSep + snum
	}
	// split a long numerator: a keeps the factors that fit
	var a, b Expr = One, One
	for _, x := range num {
		ax := NewMul(a, x)
		if texNeedsMulBrackets(x, false, false) || float64(len(strings.Fields(p.texConvert([]Expr{ax})))) > p.LongFracRatio*float64(lden) {
			b = NewMul(b, x)
		} else {
			a = ax
		}
	}
	tb := p.texConvert([]Expr{b})
	if texNeedsMulBrackets(b, false, true) {
		tb = texParen(tb)
	}
	return `\frac{` + p.texConvert([]Expr{a}) + "}{" + sden + "}" + p.mulSep + tb
}

// numerNeedsBrackets is _needs_mul_brackets of the numerator
// Mul(*num, evaluate=False).
func numerNeedsBrackets(num []Expr, last bool) bool {
	switch len(num) {
	case 0:
		return false
	case 1:
		return texNeedsMulBrackets(num[0], false, last)
	}
	if s, ok := numSign(num[0]); ok && s < 0 {
		return true
	}
	if !last {
		for _, x := range num {
			if hasCallOf(x, IntegralDef, SumDef, ProductDef) {
				return true
			}
		}
	}
	return false
}

func (p *texPrinter) texPow(pw *Pow) string {
	b, e := pw.args[0], pw.args[1]
	if IsRational(e) {
		var num, den = toRat(e).Num(), toRat(e).Denom()
		unitNum := num.IsInt64() && (num.Int64() == 1 || num.Int64() == -1)
		if unitNum && !(den.IsInt64() && den.Int64() == 1) && p.RootNotation {
			var tex string
			switch {
			case den.IsInt64() && den.Int64() == 2:
				tex = `\sqrt{` + p.print(b) + "}"
			case p.Itex:
				tex = `\root{` + den.String() + "}{" + p.print(b) + "}"
			default:
				tex = `\sqrt[` + den.String() + "]{" + p.print(b) + "}"
			}
			if num.Sign() < 0 {
				return `\frac{1}{` + tex + "}"
			}
			return tex
		}
		if p.FoldFracPowers && !(den.IsInt64() && den.Int64() == 1) {
			frac := num.String() + "/" + den.String()
			if f, ok := b.(*Func); ok {
				return p.texFunc(f, frac)
			}
			base := p.texParenthesize(b, precPow, false)
			if _, ok := b.(*Symbol); ok {
				base = p.super(base)
			}
			return base + "^{" + frac + "}"
		}
		if s, _ := numSign(e); s < 0 {
			if isInt(b, 1) {
				return "1^{" + p.print(e) + "}"
			}
			return p.texMulExpr(pw)
		}
	}
	if f, ok := b.(*Func); ok {
		return p.texFunc(f, p.print(e))
	}
	exp := p.print(e)
	base := p.texParenthesize(b, precPow, false)
	switch b.(type) {
	case *Symbol:
		base = p.super(base)
	case *Float:
		base = "{" + base + "}"
	case *Derivative:
		// _helper_print_standard_power: no brackets around a dotted
		// derivative (\dot, \ddot, \dddot: its regex stops there)
		if dottedParen.MatchString(base) && strings.HasSuffix(base, `\right)`) {
			base = base[len(`\left(`) : len(base)-len(`\right)`)]
		}
	}
	return base + "^{" + exp + "}"
}

// dottedParen is the start _helper_print_standard_power recognises as a
// bracketed dotted derivative.
var dottedParen = regexp.MustCompile(`^\\left\(\\d?d?dot`)

func (p *texPrinter) texFunc(f *Func, exp string) string {
	if p.Vector && IsDynamicSymbol(f) {
		sym := NewSymbol(f.def.Name, Assumptions{})
		if exp == "" {
			return p.print(sym)
		}
		return p.super(p.texParenthesize(sym, precPow, false)) + "^{" + exp + "}"
	}
	switch {
	case f.def == OrderDef && len(f.args) > 0:
		return texWithExp(p.texOrder(f), exp)
	case isIntegral(f):
		return texWithExp(p.texIntegral(f), exp)
	}
	args := make([]string, len(f.args))
	for i, a := range f.args {
		args[i] = p.print(a)
	}
	if f.def.tex != nil {
		if tex := f.def.tex(p, f, args, exp); tex != "" {
			return tex
		}
	}
	return p.funcCall(f, args, exp)
}

// texInvTrig are the functions inv_trig_style applies to.
var texInvTrig = map[string]bool{"asin": true, "acos": true, "atan": true, "acsc": true, "asec": true,
	"acot": true, "asinh": true, "acosh": true, "atanh": true, "acsch": true, "asech": true, "acoth": true}

// funcCall is LatexPrinter._print_Function's general form f(args),
// under inv_trig_style and fold_func_brackets.
func (p *texPrinter) funcCall(f *Func, args []string, exp string) string {
	fn := f.def.Name
	fold := p.FoldFuncBrackets && len(f.args) == 1 && !texNeedsFunctionBrackets(f.args[0])
	power := false
	if texInvTrig[fn] {
		switch p.InvTrigStyle {
		case "full":
			if strings.HasSuffix(fn, "h") {
				fn = "ar" + fn[1:]
			} else {
				fn = "arc" + fn[1:]
			}
		case "power":
			fn, power = fn[1:], true
			fold = fold && exp == ""
		}
	}
	var name string
	switch {
	case power && texFunctions[fn]:
		name = `\` + fn + "^{-1}"
	case power:
		name = `\operatorname{` + fn + "}^{-1}"
	case exp != "":
		name = p.super(texFuncName(fn)) + "^{" + exp + "}"
	default:
		name = texFuncName(fn)
	}
	arg := strings.Join(args, ",")
	switch {
	case fold && texFunctions[fn]:
		name += " {" + arg + "}"
	case fold:
		name += arg
	default:
		name += `{\left(` + arg + ` \right)}`
	}
	if power && exp != "" {
		name += "^{" + exp + "}"
	}
	return name
}

// texNeedsFunctionBrackets is LatexPrinter._needs_function_brackets.
func texNeedsFunctionBrackets(e Expr) bool {
	if !texNeedsBrackets(e) {
		return false
	}
	switch x := e.(type) {
	case *Mul:
		for _, a := range x.args {
			if _, ok := a.(*Func); ok {
				return true
			}
		}
		return false
	case *Pow:
		return texNeedsBrackets(x.args[0])
	case *Add, *Func:
		return true
	}
	return false
}

// texNeedsBrackets is LatexPrinter._needs_brackets: all but nonnegative
// integers and atoms other than -1 and rationals.
func texNeedsBrackets(e Expr) bool {
	switch x := e.(type) {
	case *Integer:
		return x.Sign() < 0
	case *Rational:
		return true
	case *Symbol, *Constant, *Float, *Special:
		return false
	}
	return true
}

// The tex hooks of the functions SymPy's LatexPrinter writes in their
// own notation: each gets the printed arguments and the exponent ("" for
// none) and returns "" for the ordinary f(x) form.

// texPowered attaches an exponent to a form that binds as an atom.
func texPowered(tex, exp string) string {
	if exp != "" {
		tex += "^{" + exp + "}"
	}
	return tex
}

// texUnary makes the tex hook of a one-argument notation form(arg).
func texUnary(form func(p *texPrinter, f *Func, arg string) string) func(*texPrinter, *Func, []string, string) string {
	return func(p *texPrinter, f *Func, args []string, exp string) string {
		if len(args) != 1 {
			return ""
		}
		return texPowered(form(p, f, args[0]), exp)
	}
}

func texExp(p *texPrinter, _ *Func, args []string, exp string) string {
	if len(args) != 1 {
		return ""
	}
	tex := "e^{" + args[0] + "}"
	if exp != "" {
		return `\left(` + tex + `\right)^{` + exp + "}"
	}
	return tex
}

var (
	texLog = texUnary(func(p *texPrinter, _ *Func, a string) string {
		if p.LnNotation {
			return `\ln{\left(` + a + ` \right)}`
		}
		return `\log{\left(` + a + ` \right)}`
	})
	texAbs = texUnary(func(p *texPrinter, _ *Func, a string) string { return `\left|{` + a + `}\right|` })
	// re and im parenthesize at Atom precedence: always bracketed
	texReIm = func(p *texPrinter, f *Func, args []string, exp string) string {
		if len(args) != 1 {
			return ""
		}
		tex := `\operatorname{` + f.def.Name + `}{` + texParen(args[0]) + "}"
		if exp != "" {
			return texParen(tex) + "^{" + exp + "}"
		}
		return tex
	}
	texFactorial = texUnary(func(p *texPrinter, f *Func, _ string) string {
		return p.texParenthesize(f.args[0], precFunc, false) + "!"
	})
	texConjugate = texUnary(func(p *texPrinter, _ *Func, a string) string { return `\overline{` + a + "}" })
	texFloor     = texUnary(func(p *texPrinter, _ *Func, a string) string { return `\left\lfloor{` + a + `}\right\rfloor` })
	texCeiling   = texUnary(func(p *texPrinter, _ *Func, a string) string { return `\left\lceil{` + a + `}\right\rceil` })
)

func texBinomial(p *texPrinter, _ *Func, args []string, exp string) string {
	if len(args) != 2 {
		return ""
	}
	return texPowered(`{\binom{`+args[0]+"}{"+args[1]+"}}", exp)
}

// texMinMax is _hprint_variadic_function: arguments in default_sort_key
// order.
func texMinMax(p *texPrinter, f *Func, _ []string, exp string) string {
	sorted := append([]Expr(nil), f.args...)
	slices.SortStableFunc(sorted, func(a, b Expr) int { return cmpSkey(sortKey(a), sortKey(b)) })
	parts := make([]string, len(sorted))
	for i, a := range sorted {
		parts[i] = p.print(a)
	}
	return texPowered(`\`+strings.ToLower(f.def.Name)+`\left(`+strings.Join(parts, ", ")+`\right)`, exp)
}

func (p *texPrinter) texDerivative(d *Derivative) string {
	if p.Vector {
		if tex, ok := p.dottedTex(d); ok {
			return tex
		}
	}
	sym := p.diffOp
	if requiresPartial(d.args[0]) {
		sym = `\partial`
	}
	tex := ""
	dim := 0
	for i := len(d.vars) - 1; i >= 0; i-- {
		v := d.vars[i]
		dim += v.Count
		if v.Count == 1 {
			tex += sym + " " + p.print(v.Var)
		} else {
			tex += sym + " " + p.super(p.print(v.Var)) + "^{" + itoa(v.Count) + "}"
		}
	}
	if dim == 1 {
		tex = `\frac{` + sym + "}{" + tex + "}"
	} else {
		tex = `\frac{` + sym + "^{" + itoa(dim) + "}}{" + tex + "}"
	}
	inner := d.args[0]
	if CouldExtractMinusSign(inner) {
		return tex + " " + texParen(p.print(inner))
	}
	return tex + " " + p.texParenthesize(inner, precMul, true)
}

// texWithExp raises an already printed form to exp, if any.
func texWithExp(tex, exp string) string {
	if exp == "" {
		return tex
	}
	return texParen(tex) + "^{" + exp + "}"
}

// funcClassSymbols are the function classes SymPy's printers draw with a
// symbol of their own (_special_function_classes): LaTeX, Unicode and
// ASCII forms.
var funcClassSymbols = map[*FuncDef][3]string{
	fnGamma:      {`\Gamma`, "Γ", "Gamma"},
	fnDiracDelta: {`\delta`, "δ", "delta"},
}

// LatexFuncClass is latex() of a function class such as sin or gamma
// (LatexPrinter._print_FunctionClass).
func LatexFuncClass(d *FuncDef) string {
	if s, ok := funcClassSymbols[d]; ok {
		return s[0]
	}
	return texFuncName(d.Name)
}

// PrettyFuncClass is pretty() of a function class
// (PrettyPrinter._print_FunctionClass): its symbol, or its name as a
// symbol's name prints.
func PrettyFuncClass(d *FuncDef, unicode bool) string {
	if s, ok := funcClassSymbols[d]; ok {
		if unicode {
			return s[1]
		}
		return s[2]
	}
	return Pretty(NewSymbol(d.Name, Assumptions{}), PrettyOptions{ASCII: !unicode})
}
