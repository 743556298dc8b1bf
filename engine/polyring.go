package engine

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// This file is SymPy's Poly as a value: an expression read as a
// polynomial in generators (given, or chosen as _dict_from_expr chooses
// them), its coefficients in the domain construct_domain picks (ZZ, QQ,
// ZZ_I, QQ_I, RR, a polynomial ring K[a,b], a fraction field K(a) or EX),
// and its str and LaTeX forms (_print_Poly). Each coefficient is kept as
// the expression the domain's to_sympy gives back, which is what Poly's
// terms(), coeffs() and printers show.

// DomainKind is the kind of a polys domain.
type DomainKind uint8

// The domains Poly can report.
const (
	DomZZ   DomainKind = iota // the integers
	DomQQ                     // the rationals
	DomZZI                    // the Gaussian integers
	DomQQI                    // the Gaussian rationals
	DomRR                     // 53-bit reals
	DomEX                     // expressions
	DomPoly                   // a polynomial ring over a ground domain
	DomFrac                   // a fraction field over a ground domain
)

// domainInfo is each simple domain's str and LaTeX name (SymPy's
// LatexPrinter has no method for ZZ_I, QQ_I or EX: its emptyPrinter
// writes their str in \mathtt{\text{...}}).
var domainInfo = [...]struct{ str, tex string }{
	DomZZ:  {"ZZ", `\mathbb{Z}`},
	DomQQ:  {"QQ", `\mathbb{Q}`},
	DomZZI: {"ZZ_I", `\mathtt{\text{ZZ\_I}}`},
	DomQQI: {"QQ_I", `\mathtt{\text{QQ\_I}}`},
	DomRR:  {"RR", `\mathbb{R}`},
	DomEX:  {"EX", `\mathtt{\text{EX}}`},
}

// Domain is a polys domain: a simple one, or a polynomial ring or
// fraction field of Gens over Ground.
type Domain struct {
	Kind   DomainKind
	Ground DomainKind
	Gens   []Expr
}

// DomainByName is the simple domain called name (ZZ, QQ, ZZ_I, QQ_I,
// RR or EX).
func DomainByName(name string) (Domain, bool) {
	for k, d := range domainInfo {
		if d.str == name {
			return Domain{Kind: DomainKind(k)}, true
		}
	}
	return Domain{}, false
}

// IsComposite reports whether d is a polynomial ring or fraction field.
func (d Domain) IsComposite() bool { return d.Kind == DomPoly || d.Kind == DomFrac }

// IsField reports whether d is a field (QQ, QQ_I, RR, EX, K(a)).
func (d Domain) IsField() bool {
	switch d.Kind {
	case DomQQ, DomQQI, DomRR, DomEX, DomFrac:
		return true
	}
	return false
}

// String is the domain's str: ZZ, QQ[a,b], ZZ(x).
func (d Domain) String() string {
	if !d.IsComposite() {
		return domainInfo[d.Kind].str
	}
	gs := make([]string, len(d.Gens))
	for i, g := range d.Gens {
		gs[i] = Str(g)
	}
	open, closing := "[", "]"
	if d.Kind == DomFrac {
		open, closing = "(", ")"
	}
	return domainInfo[d.Ground].str + open + strings.Join(gs, ",") + closing
}

// Latex is the domain's LaTeX: \mathbb{Z}\left[a, b\right].
func (d Domain) Latex() string {
	if !d.IsComposite() {
		return domainInfo[d.Kind].tex
	}
	gs := make([]string, len(d.Gens))
	for i, g := range d.Gens {
		gs[i] = Latex(g)
	}
	open, closing := `\left[`, `\right]`
	if d.Kind == DomFrac {
		open, closing = `\left(`, `\right)`
	}
	return domainInfo[d.Ground].tex + open + strings.Join(gs, ", ") + closing
}

// PolyTerm is one term of a Poly: the exponent of each generator and the
// coefficient as its domain's to_sympy gives it.
type PolyTerm struct {
	Monom []int
	Coeff Expr
}

// Poly is SymPy's Poly: its generators, its nonzero terms in lex order
// (largest monomial first) and its domain.
type Poly struct {
	Gens  []Expr
	Terms []PolyTerm
	Dom   Domain
}

// NewPoly is Poly(e, *gens, domain=dom): e expanded and read as a
// polynomial in gens (SymPy's automatic generators, sorted as _sort_gens
// sorts them, when gens is empty), with the coefficients in dom or in the
// domain construct_domain chooses when dom is nil. A factor that holds a
// generator other than as its power is a PolynomialError; an expression
// with no generators is GeneratorsNeeded; a coefficient that dom cannot
// hold is CoercionFailed.
func NewPoly(e Expr, gens []Expr, dom *Domain) (p *Poly, err error) {
	defer recoverTo(&err)
	isCoeff := func(f Expr) bool { return f == I }
	if dom != nil {
		isCoeff = func(f Expr) bool { _, ok := domainConvert(f, *dom); return ok }
	}
	gens, dict := polyDict(Expand(e), gens, isCoeff)
	if len(gens) == 0 {
		panic(&Error{Type: "GeneratorsNeeded", Msg: "Cannot initialize from 'dict' without generators"})
	}
	cs := make([]Expr, len(dict))
	for i, t := range dict {
		cs[i] = t.Coeff
	}
	var d Domain
	if dom != nil {
		d = *dom
		for i, c := range cs {
			v, ok := domainConvert(c, d)
			if !ok {
				return nil, coercionFailed(c, d)
			}
			cs[i] = v
		}
	} else {
		d, cs = constructDomain(cs)
	}
	p = &Poly{Gens: gens, Dom: d}
	for i, t := range dict {
		if !isZeroCoeff(cs[i]) {
			p.Terms = append(p.Terms, PolyTerm{t.Monom, cs[i]})
		}
	}
	slices.SortFunc(p.Terms, func(a, b PolyTerm) int { return cmpExps(b.Monom, a.Monom) })
	return p, nil
}

// gaussianConvert is GaussianDomain.from_sympy: the number term and the
// coefficient of I, each in ZZ or QQ.
func gaussianConvert(c Expr, d Domain) (Expr, *Error) {
	ground := Domain{Kind: DomZZ}
	if d.Kind == DomQQI {
		ground.Kind = DomQQ
	}
	r, b := AsCoeffAdd(c)
	x, ok := domainConvert(r, ground)
	if !ok {
		return nil, coercionFailed(r, ground)
	}
	if isInt(b, 0) {
		return x, nil
	}
	r, b = AsCoeffMul(b)
	y, ok := domainConvert(r, ground)
	if !ok {
		return nil, coercionFailed(r, ground)
	}
	if b != I {
		return nil, &Error{Type: "CoercionFailed", Msg: Str(c) + " is not Gaussian"}
	}
	return NewAdd(x, NewMul(y, I)), nil
}

// coercionFailed is the CoercionFailed each domain's from_sympy raises.
func coercionFailed(c Expr, d Domain) *Error {
	if d.Kind == DomZZI || d.Kind == DomQQI {
		if _, err := gaussianConvert(c, d); err != nil {
			return err
		}
	}
	var msg string
	switch d.Kind {
	case DomZZ:
		msg = "expected an integer, got " + Str(c)
	case DomQQ:
		msg = "expected `Rational` object, got " + Str(c)
	case DomRR:
		msg = "expected real number, got " + Str(c)
	case DomPoly:
		msg = "expected an expression convertible to a polynomial in " + d.String() + ", got " + Str(c)
	default:
		msg = "expected an expression convertible to a rational function in " + d.String() + ", got " + Str(c)
	}
	return &Error{Type: "CoercionFailed", Msg: msg}
}

func isZeroCoeff(c Expr) bool {
	if f, ok := c.(*Float); ok {
		return f.v.Sign() == 0
	}
	return Equal(c, Zero)
}

// polyDict is _parallel_dict_from_expr for one expanded expression: with
// gens, each term's generator powers and the product of its other
// factors; without, every factor that is not a number (or a coefficient
// by isCoeff) is a power of a generator. Terms with equal monomials are
// added; the monomials are in the order the expression's terms first
// give them, as in SymPy's dict.
func polyDict(e Expr, gens []Expr, isCoeff func(Expr) bool) ([]Expr, []PolyTerm) {
	type raw struct {
		coeff []Expr
		bases []Expr
		exps  []int
	}
	given := len(gens) > 0
	var raws []raw
	var found []Expr
	for _, t := range addArgs(e) {
		var r raw
		for _, f := range mulArgs(t) {
			if _, ok := f.(*Special); ok {
				panic(notImpl("Poly: the coefficient " + Str(f) + " is not supported"))
			}
			if IsNumber(f) || !given && isCoeff(f) {
				r.coeff = append(r.coeff, f)
				continue
			}
			base, k := decomposePower(f)
			if k < 0 {
				base, k = NewPow(base, NegOne), -k
			}
			if given {
				if indexExpr(gens, base) < 0 {
					if hasAnyGen(f, gens) {
						panic(&Error{Type: "PolynomialError", Msg: Str(f) + " contains an element of the set of generators."})
					}
					r.coeff = append(r.coeff, f)
					continue
				}
			} else if indexExpr(found, base) < 0 {
				found = append(found, base)
			}
			r.bases = append(r.bases, base)
			r.exps = append(r.exps, int(k))
		}
		raws = append(raws, r)
	}
	if !given {
		gens = found
		slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	}
	var out []PolyTerm
	index := map[string]int{}
	for _, r := range raws {
		m := make([]int, len(gens))
		for i, b := range r.bases {
			m[indexExpr(gens, b)] += r.exps[i]
		}
		c := NewMul(r.coeff...)
		key := mExpKey(m)
		if i, ok := index[key]; ok {
			out[i].Coeff = NewAdd(out[i].Coeff, c)
			continue
		}
		index[key] = len(out)
		out = append(out, PolyTerm{m, c})
	}
	return gens, out
}

// hasAnyGen is has_free(*gens).
func hasAnyGen(e Expr, gens []Expr) bool {
	for _, g := range gens {
		if s, ok := g.(*Symbol); ok {
			if HasFreeSymbol(e, s) {
				return true
			}
		} else if Has(e, g) {
			return true
		}
	}
	return false
}

// groundFlags reads numeric coefficients as _construct_simple and
// _construct_composite do; ok is false for a coefficient that is not a
// rational, a Float or a + b*I.
func groundFlags(cs []Expr) (k DomainKind, ok bool) {
	rationals, floats, complexes := false, false, false
	for _, c := range cs {
		switch x := c.(type) {
		case *Integer:
		case *Rational:
			rationals = true
		case *Float:
			if x.Prec() != 53 {
				panic(notImpl("Poly: Floats of other than 15 digits are not supported"))
			}
			floats = true
		default:
			re, im, isC := pureComplex(c)
			if !isC {
				return 0, false
			}
			complexes = true
			if IsRational(re) && IsRational(im) {
				rationals = rationals || !IsInteger(re) || !IsInteger(im)
			} else {
				floats = true
			}
		}
	}
	switch {
	case floats && complexes:
		panic(notImpl("Poly: complex Float coefficients (the domain CC) are not supported"))
	case floats:
		return DomRR, true
	case complexes && rationals:
		return DomQQI, true
	case complexes:
		return DomZZI, true
	case rationals:
		return DomQQ, true
	}
	return DomZZ, true
}

// constructDomain is construct_domain: the smallest of ZZ, QQ, ZZ_I,
// QQ_I and RR that holds the coefficients, else a polynomial ring or
// fraction field over one of them, else EX; and the coefficients as that
// domain gives them back.
func constructDomain(cs []Expr) (Domain, []Expr) {
	if k, ok := groundFlags(cs); ok {
		d := Domain{Kind: k}
		out := make([]Expr, len(cs))
		for i, c := range cs {
			out[i], _ = domainConvert(c, d)
		}
		return d, out
	}
	if d, out, ok := constructComposite(cs); ok {
		return d, out
	}
	return Domain{Kind: DomEX}, cs
}

// constructComposite is _construct_composite: the numerators and
// denominators of the coefficients read as polynomials in their own
// generators; none when a generator is an algebraic number or two share
// a symbol (EX then).
func constructComposite(cs []Expr) (Domain, []Expr, bool) {
	parts := make([]Expr, 0, 2*len(cs))
	for _, c := range cs {
		n, d := asNumerDenom(c)
		parts = append(parts, Expand(n), Expand(d))
	}
	gens, dicts := parallelPolyDicts(parts)
	if len(gens) == 0 {
		return Domain{}, nil, false
	}
	seen := map[*Symbol]bool{}
	for _, g := range gens {
		fs := FreeSymbols(g)
		if len(fs) == 0 && algebraicGen(g) {
			return Domain{}, nil, false
		}
		for _, s := range fs {
			if seen[s] {
				return Domain{}, nil, false
			}
		}
		for _, s := range fs {
			seen[s] = true
		}
	}
	fractions := false
	for i := 1; i < len(dicts); i += 2 {
		if d := dicts[i]; len(d) != 1 || slices.ContainsFunc(d[0].Monom, func(k int) bool { return k != 0 }) {
			fractions = true
			break
		}
	}
	var all []Expr
	if !fractions {
		for i := 0; i < len(dicts); i += 2 {
			den := dicts[i+1][0].Coeff
			for j := range dicts[i] {
				dicts[i][j].Coeff = Div(dicts[i][j].Coeff, den)
				all = append(all, dicts[i][j].Coeff)
			}
		}
	} else {
		for _, d := range dicts {
			for _, t := range d {
				all = append(all, t.Coeff)
			}
		}
	}
	ground, ok := groundFlags(all)
	if !ok {
		panic(notImpl("Poly: coefficients " + Str(NewAdd(all...)) + " are not supported"))
	}
	dom := Domain{Kind: DomPoly, Ground: ground, Gens: gens}
	out := make([]Expr, len(cs))
	if !fractions {
		for i := range cs {
			out[i] = ringExpr(dicts[2*i], gens, Domain{Kind: ground})
		}
		return dom, out, true
	}
	if ground != DomZZ && ground != DomQQ {
		panic(notImpl("Poly: fraction-field coefficients over " + domainInfo[ground].str + " are not supported"))
	}
	dom.Kind = DomFrac
	for i := range cs {
		out[i] = fracExpr(dicts[2*i], dicts[2*i+1], gens)
	}
	return dom, out, true
}

// parallelPolyDicts is parallel_dict_from_basic: expanded expressions
// read as polynomials in the generators of all of them together (I a
// coefficient).
func parallelPolyDicts(es []Expr) ([]Expr, [][]PolyTerm) {
	var gens []Expr
	for _, e := range es {
		gs, _ := polyDict(e, nil, func(f Expr) bool { return f == I })
		for _, g := range gs {
			if indexExpr(gens, g) < 0 {
				gens = append(gens, g)
			}
		}
	}
	slices.SortStableFunc(gens, func(a, b Expr) int { return compareGenKeys(genKey(a), genKey(b)) })
	out := make([][]PolyTerm, len(es))
	if len(gens) == 0 {
		for i, e := range es {
			out[i] = []PolyTerm{{[]int{}, e}}
		}
		return nil, out
	}
	for i, e := range es {
		_, out[i] = polyDict(e, gens, nil)
	}
	return gens, out
}

// algebraicGen is is_algebraic for a number generator: rational powers
// of algebraic numbers, and sin, cos, tan, cot, sec and csc of rational
// multiples of pi.
func algebraicGen(g Expr) bool {
	if isAlgebraicNumber(g) {
		return true
	}
	f, ok := g.(*Func)
	if !ok || len(f.args) != 1 {
		return false
	}
	switch f.def.Name {
	case "sin", "cos", "tan", "cot", "sec", "csc":
		c, rest := AsCoeffMul(f.args[0])
		return rest == Pi && IsRational(c)
	}
	return false
}

// ringExpr is a polynomial ring element's as_expr: each ground
// coefficient as the ground domain gives it back, times its monomial.
func ringExpr(terms []PolyTerm, gens []Expr, ground Domain) Expr {
	ts := make([]Expr, 0, len(terms))
	for _, t := range terms {
		c, ok := domainConvert(t.Coeff, ground)
		if !ok {
			panic(notImpl("Poly: the coefficient " + Str(t.Coeff) + " is not supported"))
		}
		ts = append(ts, monomialTimes(c, t.Monom, gens))
	}
	return NewAdd(ts...)
}

// fracExpr is a fraction field element as FracField makes it: numerator
// and denominator over ZZ or QQ divided by their gcd, the denominators
// of their coefficients cleared as PolyElement.cancel clears them, and
// the denominator's leading coefficient positive; as_expr is their
// quotient.
func fracExpr(num, den []PolyTerm, gens []Expr) Expr {
	F, cq := clearDenoms(ratTerms(num))
	G, cp := clearDenoms(ratTerms(den))
	if len(F) == 0 {
		return Zero
	}
	P, Q, err := mpCancel(F, G, len(gens))
	if err != nil {
		panic(err)
	}
	g := new(big.Int).GCD(nil, nil, cp, cq)
	P, Q = mpPositiveDenom(P.scale(new(big.Int).Quo(cp, g)), Q.scale(new(big.Int).Quo(cq, g)))
	return Div(P.toExpr(gens), Q.toExpr(gens))
}

func ratTerms(ts []PolyTerm) []ratTerm {
	out := make([]ratTerm, len(ts))
	for i, t := range ts {
		out[i] = ratTerm{t.Monom, toRat(t.Coeff)}
	}
	return out
}

// domainConvert is d.from_sympy(c) read back with to_sympy; ok is false
// when d cannot hold c.
func domainConvert(c Expr, d Domain) (Expr, bool) {
	switch d.Kind {
	case DomZZ:
		if f, ok := c.(*Float); ok && f.v.IsInt() {
			c = rrToRational(f)
		}
		return c, IsInteger(c)
	case DomQQ:
		if f, ok := c.(*Float); ok {
			c = rrToRational(f)
		}
		return c, IsRational(c)
	case DomZZI, DomQQI:
		v, err := gaussianConvert(c, d)
		return v, err == nil
	case DomRR:
		if len(FreeSymbols(c)) > 0 {
			return nil, false
		}
		v, err := Evalf(c, DefaultDps, nil)
		if err != nil || !IsNumber(v) {
			return nil, false
		}
		if _, ok := v.(*Special); ok {
			return nil, false
		}
		f, err := NewFloatFrom(v, DefaultDps)
		return f, err == nil
	case DomEX:
		return c, true
	case DomPoly, DomFrac:
		return compositeConvert(c, d)
	}
	return nil, false
}

// compositeConvert reads c as an element of a polynomial ring or
// fraction field; ok is false when it is not one.
func compositeConvert(c Expr, d Domain) (v Expr, ok bool) {
	if d.Kind == DomFrac && d.Ground != DomZZ && d.Ground != DomQQ {
		panic(notImpl("Poly: fraction-field coefficients over " + domainInfo[d.Ground].str + " are not supported"))
	}
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := recoveredError(r); !isErr {
				panic(r)
			}
			v, ok = nil, false
		}
	}()
	n, den := asNumerDenom(c)
	_, nd := polyDict(Expand(n), d.Gens, nil)
	_, dd := polyDict(Expand(den), d.Gens, nil)
	ground := Domain{Kind: d.Ground}
	if d.Kind == DomPoly {
		if len(dd) != 1 || slices.ContainsFunc(dd[0].Monom, func(k int) bool { return k != 0 }) {
			return nil, false
		}
		for i := range nd {
			nd[i].Coeff = Div(nd[i].Coeff, dd[0].Coeff)
			if _, ok := domainConvert(nd[i].Coeff, ground); !ok {
				return nil, false
			}
		}
		return ringExpr(nd, d.Gens, ground), true
	}
	for _, t := range append(slices.Clone(nd), dd...) {
		if !IsRational(t.Coeff) {
			return nil, false
		}
	}
	return fracExpr(nd, dd, d.Gens), true
}

// AsExpr is the polynomial as an expression.
func (p *Poly) AsExpr() Expr {
	ts := make([]Expr, len(p.Terms))
	for i, t := range p.Terms {
		ts[i] = monomialTimes(t.Coeff, t.Monom, p.Gens)
	}
	return NewAdd(ts...)
}

func monomialTimes(c Expr, m []int, gens []Expr) Expr {
	fs := []Expr{c}
	for i, k := range m {
		if k != 0 {
			fs = append(fs, NewPow(gens[i], NewInt(int64(k))))
		}
	}
	return NewMul(fs...)
}

// printTerms is _print_Poly's term list (its printers differ in how a
// coefficient, a generator power and their product are written).
func (p *Poly) printTerms(coeff func(Expr) string, monom func([]int) string, paren func(string) string, sep string) string {
	terms := p.Terms
	if len(terms) == 0 {
		terms = []PolyTerm{{make([]int, len(p.Gens)), Zero}}
	}
	var parts []string
	for _, t := range terms {
		m := monom(t.Monom)
		var s string
		switch {
		case isAddExpr(t.Coeff) && m != "":
			s = paren(coeff(t.Coeff))
		case m != "" && isInt(t.Coeff, 1):
			parts = append(parts, "+", m)
			continue
		case m != "" && isInt(t.Coeff, -1):
			parts = append(parts, "-", m)
			continue
		default:
			s = coeff(t.Coeff)
		}
		if m != "" {
			s += sep + m
		}
		if rest, ok := strings.CutPrefix(s, "-"); ok {
			parts = append(parts, "-", rest)
		} else {
			parts = append(parts, "+", s)
		}
	}
	if parts[0] == "-" {
		parts[1] = "-" + parts[1]
	}
	return strings.Join(parts[1:], " ")
}

// StrAs is _print_Poly of StrPrinter for a Poly of class cls (Poly or
// PurePoly).
func (p *Poly) StrAs(cls string) string {
	gens := make([]string, len(p.Gens))
	for i, g := range p.Gens {
		gens[i] = Str(g)
		if Precedence(g) < precAtom {
			gens[i] = "(" + gens[i] + ")"
		}
	}
	pr := strPrinter{level: 1}
	expr := p.printTerms(pr.print, func(m []int) string {
		var fs []string
		for i, k := range m {
			switch {
			case k == 1:
				fs = append(fs, gens[i])
			case k > 1:
				fs = append(fs, gens[i]+"**"+strconv.Itoa(k))
			}
		}
		return strings.Join(fs, "*")
	}, func(s string) string { return "(" + s + ")" }, "*")
	for i, g := range gens {
		if len(g) > 2 && g[0] == '(' && g[len(g)-1] == ')' {
			gens[i] = g[1 : len(g)-1]
		}
	}
	return cls + "(" + expr + ", " + strings.Join(gens, ", ") + ", domain='" + p.Dom.String() + "')"
}

// LatexAs is _print_Poly of LatexPrinter.
func (p *Poly) LatexAs(cls string) string {
	expr := p.printTerms(Latex, func(m []int) string {
		var sb strings.Builder
		for i, k := range m {
			switch {
			case k == 1:
				sb.WriteString(Latex(p.Gens[i]))
			case k > 1:
				sb.WriteString(Latex(NewPow(p.Gens[i], NewInt(int64(k)))))
			}
		}
		return sb.String()
	}, func(s string) string { return `\left(` + s + `\right)` }, " ")
	args := []string{expr}
	for _, g := range p.Gens {
		args = append(args, Latex(g))
	}
	args = append(args, "domain="+p.Dom.Latex())
	return `\operatorname{` + cls + `}{\left( ` + strings.Join(args, ", ") + ` \right)}`
}

// RatOf is a rational number's value (nil for anything else).
func RatOf(e Expr) *big.Rat { return toRat(e) }

// UnifyGens is _unify_gens: the generators of both, those in common in
// f's order, each list's others kept before the common one they preceded.
func UnifyGens(f, g []Expr) []Expr {
	if slices.EqualFunc(f, g, Equal) {
		return slices.Clone(f)
	}
	f, g = slices.Clone(f), slices.Clone(g)
	var common []Expr
	for _, x := range f {
		if indexExpr(g, x) >= 0 {
			common = append(common, x)
		}
	}
	k := 0
	for i, x := range g {
		if indexExpr(common, x) >= 0 {
			g[i] = common[k]
			k++
		}
	}
	var gens []Expr
	for _, x := range common {
		i := indexExpr(f, x)
		gens = append(gens, f[:i]...)
		f = f[i+1:]
		i = indexExpr(g, x)
		gens = append(gens, g[:i]...)
		g = g[i+1:]
		gens = append(gens, x)
	}
	return append(append(gens, f...), g...)
}

// UnifyDomains is Domain.unify_with_symbols: the domain both embed in,
// none when a composite domain's generators meet the polynomial's.
func UnifyDomains(k0, k1 Domain, gens []Expr) (Domain, bool) {
	for _, k := range []Domain{k0, k1} {
		for _, s := range k.Gens {
			if indexExpr(gens, s) >= 0 {
				return Domain{}, false
			}
		}
	}
	if k0.String() == k1.String() {
		return k0, true
	}
	if k0.Kind == DomEX || k1.Kind == DomEX {
		return Domain{Kind: DomEX}, true
	}
	if !k0.IsComposite() && !k1.IsComposite() {
		k, ok := unifyGround(k0.Kind, k1.Kind)
		return Domain{Kind: k}, ok
	}
	g0, g1 := k0.Kind, k1.Kind
	if k0.IsComposite() {
		g0 = k0.Ground
	}
	if k1.IsComposite() {
		g1 = k1.Ground
	}
	ground, ok := unifyGround(g0, g1)
	if !ok {
		return Domain{}, false
	}
	mixed := k0.Kind == DomFrac && k1.Kind == DomPoly || k1.Kind == DomFrac && k0.Kind == DomPoly
	field := func(k DomainKind) bool { return k == DomQQ || k == DomQQI || k == DomRR }
	if mixed && (!field(g0) || !field(g1)) {
		switch ground {
		case DomQQ:
			ground = DomZZ
		case DomQQI:
			ground = DomZZI
		}
	}
	kind := k1.Kind
	if k0.IsComposite() && (!k1.IsComposite() || k0.Kind == DomFrac || k1.Kind == DomPoly) {
		kind = k0.Kind
	}
	return Domain{Kind: kind, Ground: ground, Gens: UnifyGens(k0.Gens, k1.Gens)}, true
}

// unifyGround is Domain.unify of two simple domains other than EX.
func unifyGround(a, b DomainKind) (DomainKind, bool) {
	has := func(k DomainKind) bool { return a == k || b == k }
	switch {
	case a == b:
		return a, true
	case has(DomRR):
		if has(DomZZI) || has(DomQQI) {
			panic(notImpl("Poly: complex Float coefficients (the domain CC) are not supported"))
		}
		return DomRR, true
	case has(DomQQI), has(DomZZI) && has(DomQQ):
		return DomQQI, true
	case has(DomZZI):
		return DomZZI, true
	case has(DomQQ):
		return DomQQ, true
	}
	return DomZZ, true
}

// Module is the module of the domain's class in sympy.polys.domains.
func (d Domain) Module() string {
	switch d.Kind {
	case DomZZI, DomQQI:
		return "gaussiandomains"
	}
	return strings.ToLower(d.ClassName())
}

// ClassName is the domain's SymPy class.
func (d Domain) ClassName() string {
	return [...]string{DomZZ: "IntegerRing", DomQQ: "RationalField", DomZZI: "GaussianIntegerRing",
		DomQQI: "GaussianRationalField", DomRR: "RealField", DomEX: "ExpressionDomain",
		DomPoly: "PolynomialRing", DomFrac: "FractionField"}[d.Kind]
}

// Monomial is the product of the generators raised to m.
func Monomial(m []int, gens []Expr) Expr { return monomialTimes(One, m, gens) }

// Field is the domain's field of fractions among the simple domains
// (ZZ to QQ, ZZ_I to QQ_I); ok is false for a composite domain.
func (d Domain) Field() (Domain, bool) {
	switch d.Kind {
	case DomZZ:
		return Domain{Kind: DomQQ}, true
	case DomZZI:
		return Domain{Kind: DomQQI}, true
	case DomQQ, DomQQI, DomRR, DomEX:
		return d, true
	}
	return d, false
}

// ConstructDomain is construct_domain's choice of domain for the
// expressions.
func ConstructDomain(es []Expr) (d Domain, err error) {
	defer recoverTo(&err)
	d, _ = constructDomain(es)
	return d, nil
}

// IsGround reports whether no generator appears in p.
func (p *Poly) IsGround() bool {
	for _, t := range p.Terms {
		if slices.ContainsFunc(t.Monom, func(k int) bool { return k != 0 }) {
			return false
		}
	}
	return true
}

// domainPretty is each simple domain's unicode pretty form (SymPy's
// pretty_atom for ZZ, QQ and RR; the others print their str).
var domainPretty = [...]string{DomZZ: "ℤ", DomQQ: "ℚ", DomZZI: "ZZ_I", DomQQI: "QQ_I", DomRR: "ℝ", DomEX: "EX"}

// PrettyDomain is SymPy's pretty form of a domain: ℤ, ℚ[a, b], ℤ(x) (ZZ,
// QQ[a, b] in ASCII).
func PrettyDomain(d Domain, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.domain(d).render(opts.Width, p.uni)
}

func (p *prettyPrinter) domain(d Domain) *pict {
	name := func(k DomainKind) *pict {
		if p.uni {
			return str(domainPretty[k])
		}
		return str(domainInfo[k].str)
	}
	if !d.IsComposite() {
		return name(d.Kind)
	}
	l, r := "[", "]"
	if d.Kind == DomFrac {
		l, r = "(", ")"
	}
	return hnext(name(d.Ground), p.seq(d.Gens, l, r, ", "))
}
