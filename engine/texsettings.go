package engine

import "strings"

// TexSettings are the settings of SymPy's LatexPrinter that dcalc
// honours (latex(expr, **settings)). DefaultTex returns SymPy's
// defaults; the zero value is not them.
type TexSettings struct {
	// Inline is mode='inline': fold_short_frac defaults to on and
	// matrices print as smallmatrix.
	Inline bool
	// Itex writes roots as \root{n}{x}.
	Itex bool
	// MulSymbol is mul_symbol: "" for None (a space), "ldot", "dot",
	// "times" or any LaTeX to put between factors.
	MulSymbol string
	// FoldShortFrac writes a fraction with a short denominator as a / b;
	// FoldShortFracSet says whether the setting was given (else Inline
	// decides).
	FoldShortFrac, FoldShortFracSet bool
	// LongFracRatio is long_frac_ratio; HasLongFracRatio is false for None.
	LongFracRatio    float64
	HasLongFracRatio bool
	// FoldFracPowers writes x^{3/2} instead of \sqrt forms' neighbours.
	FoldFracPowers bool
	// FoldFuncBrackets drops the brackets of a function of an atom.
	FoldFuncBrackets bool
	// InvTrigStyle is "abbreviated", "full" or "power".
	InvTrigStyle string
	// LnNotation prints log as \ln.
	LnNotation bool
	// RootNotation prints x**(1/n) as a root.
	RootNotation bool
	// ImaginaryUnit is imaginary_unit: i, ri, ti, j, rj, tj or any LaTeX.
	ImaginaryUnit string
	// SymbolNames maps symbols to the LaTeX printed for them.
	SymbolNames []SymbolName
	// DiffOperator is diff_operator: d, rd, td or any LaTeX.
	DiffOperator string
	// ParenthesizeSuper protects a superscripted base with brackets
	// (off: braces).
	ParenthesizeSuper bool
	// FullPrec keeps a Float's trailing zeros.
	FullPrec bool
	// MatStr is the matrix environment ("" chooses as SymPy does);
	// MatDelim is "[", "(" or "" for none.
	MatStr, MatDelim string
	// Vector is vlatex (sympy.physics.vector's printing): a function of t
	// alone prints as its name and its time derivatives with \dot ...
	Vector bool
}

// SymbolName is one entry of TexSettings.SymbolNames.
type SymbolName struct {
	Sym  *Symbol
	Name string
}

// DefaultTex returns SymPy's default latex settings.
func DefaultTex() *TexSettings {
	return &TexSettings{InvTrigStyle: "abbreviated", RootNotation: true, ImaginaryUnit: "i",
		DiffOperator: "d", ParenthesizeSuper: true, MatDelim: "["}
}

// texPrinter prints with one set of settings and the strings derived
// from them as LatexPrinter.__init__ derives them.
// (texPrinter reads TexSettings.Vector for vlatex.)
type texPrinter struct {
	*TexSettings
	foldShortFrac  bool
	mulSep, numSep string // between factors; between two numbers
	imag, diffOp   string
}

// texTables are LatexPrinter.__init__'s tables of named settings.
var (
	texMulSymbols = map[string]string{"": " ", "ldot": ` \,.\, `, "dot": ` \cdot `, "times": ` \times `}
	texImagUnits  = map[string]string{"i": "i", "ri": `\mathrm{i}`, "ti": `\text{i}`, "j": "j", "rj": `\mathrm{j}`, "tj": `\text{j}`}
	texDiffOps    = map[string]string{"d": "d", "rd": `\mathrm{d}`, "td": `\text{d}`}
)

func newTexPrinter(s *TexSettings) *texPrinter {
	p := &texPrinter{TexSettings: s, foldShortFrac: s.FoldShortFrac}
	if !s.FoldShortFracSet {
		p.foldShortFrac = s.Inline
	}
	p.mulSep = tableOr(texMulSymbols, s.MulSymbol)
	switch {
	case s.MulSymbol == "":
		p.numSep = texMulSymbols["dot"]
	case texMulSymbols[s.MulSymbol] != "":
		p.numSep = texMulSymbols[s.MulSymbol]
	case isTexSpace(s.MulSymbol):
		p.numSep = texMulSymbols["dot"]
	default:
		p.numSep = s.MulSymbol
	}
	p.imag = tableOr(texImagUnits, s.ImaginaryUnit)
	p.diffOp = tableOr(texDiffOps, s.DiffOperator)
	return p
}

// tableOr looks k up in t, or is k itself.
func tableOr(t map[string]string, k string) string {
	if v, ok := t[k]; ok {
		return v
	}
	return k
}

// isTexSpace reports whether a mul_symbol is only spacing, for which
// numbers still get a \cdot between them.
func isTexSpace(s string) bool {
	switch strings.TrimSpace(s) {
	case "", `\`, `\,`, `\:`, `\;`, `\quad`:
		return true
	}
	return false
}

// defaultTexPrinter prints with SymPy's defaults.
var defaultTexPrinter = newTexPrinter(DefaultTex())

// printerFor is the printer of settings s, nil for the defaults.
func printerFor(s *TexSettings) *texPrinter {
	if s == nil {
		return defaultTexPrinter
	}
	return newTexPrinter(s)
}

// LatexWith returns SymPy's latex(e, **settings); s nil means the defaults.
func LatexWith(e Expr, s *TexSettings) string { return printerFor(s).print(e) }

// symbolName is the symbol_names entry of x, if any.
func (p *texPrinter) symbolName(x *Symbol) (string, bool) {
	for _, n := range p.SymbolNames {
		if Equal(n.Sym, x) {
			return n.Name, true
		}
	}
	return "", false
}
