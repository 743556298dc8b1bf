package engine

import (
	"math/big"
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// This file is SymPy's ImageSet(Lambda(n, expr), Integers), the general
// solutions solveset gives for trigonometric and exponential equations:
// the canonical form imageset gives a linear a*n + b (sets/handlers/
// functions.py), composition with a map, membership, the points inside a
// bounded interval, the orders SymPy's printers show a Union of them in,
// and the three printers.

// ImageSet is ImageSet(Lambda(N, Expr), Integers): the values of Expr at
// every integer N. Image sets made by one inversion share their Dummy N.
type ImageSet struct {
	N    *Symbol
	Expr Expr
}

// NewImageSet is imageset(Lambda(n, e), S.Integers): a linear a*n + b is
// written with the sign of n that gives fewer negative terms and, for a
// real or imaginary a and a number b, with b reduced modulo a (integer
// terms of b dropped when a is 1 or -1).
func NewImageSet(n *Symbol, e Expr) ImageSet {
	at := func(v Expr) Expr { return Xreplace(e, [][2]Expr{{n, v}}) }
	c := at(Zero)
	fx, fmx := Sub(e, c), Sub(at(Neg(n)), c)
	if negTerms(fmx) < negTerms(fx) {
		e = NewAdd(fmx, c)
	}
	a, b, ok := linearInDummy(e, n)
	if !ok || IsZero(a) == True || hasFloat(a) || hasFloat(b) {
		return ImageSet{n, e}
	}
	if Equal(a, One) || Equal(a, NegOne) {
		var keep []Expr
		for _, t := range addArgs(b) {
			if IsIntegerValued(t) != True {
				keep = append(keep, t)
			}
		}
		b = NewAdd(keep...)
	}
	if IsNumberExpr(b) && IsReal(a) == True {
		if br, bi, ok := matchRealImag(b); ok && !isZeroInt(br) && realNumber(br) && realNumber(a) {
			if m, ok := modNumber(br, a); ok {
				b = NewAdd(m, NewMul(I, bi))
			}
		}
	} else if IsNumberExpr(b) && isImaginaryNumber(a) {
		if br, bi, ok := matchRealImag(b); ok && !isZeroInt(bi) {
			ai := Div(a, I)
			if realNumber(bi) && realNumber(ai) {
				if m, ok := modNumber(bi, ai); ok {
					b = NewAdd(br, NewMul(I, m))
				}
			}
		}
	}
	return ImageSet{n, NewAdd(NewMul(a, n), b)}
}

// Map is imageset(Lambda(y, f(y)), s): the composition, in canonical form.
func (s ImageSet) Map(f func(Expr) Expr) ImageSet { return NewImageSet(s.N, f(s.Expr)) }

// negTerms counts the terms of e with a negative coefficient.
func negTerms(e Expr) int {
	k := 0
	for _, t := range addArgs(e) {
		if coeffIsNeg(t) {
			k++
		}
	}
	return k
}

// linearInDummy is expr.match(a*n + b): one term n times a factor free
// of n, the others free of n.
func linearInDummy(e Expr, n *Symbol) (a, b Expr, ok bool) {
	var rest []Expr
	for _, t := range addArgs(e) {
		if !Has(t, n) {
			rest = append(rest, t)
			continue
		}
		if a != nil {
			return nil, nil, false
		}
		var co []Expr
		seen := false
		for _, f := range mulArgs(t) {
			switch {
			case f == Expr(n) && !seen:
				seen = true
			case Has(f, n):
				return nil, nil, false
			default:
				co = append(co, f)
			}
		}
		if !seen {
			return nil, nil, false
		}
		a = NewMul(co...)
	}
	if a == nil {
		return nil, nil, false
	}
	return a, NewAdd(rest...), true
}

// matchRealImag is match_real_imag: the terms without I and the
// coefficient of I in the others, when both are real.
func matchRealImag(e Expr) (re, im Expr, ok bool) {
	var rs, is []Expr
	for _, t := range addArgs(e) {
		if Has(t, I) {
			is = append(is, t)
		} else {
			rs = append(rs, t)
		}
	}
	re = NewAdd(rs...)
	if len(is) == 0 {
		return re, Zero, IsReal(re) == True
	}
	im = Expand(Div(NewAdd(is...), I))
	if Has(im, I) || IsReal(im) != True || IsReal(re) != True {
		return nil, nil, false
	}
	return re, im, true
}

// isImaginaryNumber is is_imaginary for a number: I times a nonzero real.
func isImaginaryNumber(a Expr) bool {
	r := Div(a, I)
	return IsNumberExpr(a) && !Has(r, I) && IsReal(r) == True && IsZero(r) == False
}

// modNumber is Mod(p, q) for real numbers: p minus q times the integer
// part of p/q, plus q when the remainder and q differ in sign.
func modNumber(p, q Expr) (Expr, bool) {
	r := Div(p, q)
	if IsIntegerValued(r) == True {
		return Zero, true
	}
	v, _, err := evalfNumber(r, mpf.DpsToPrec(60), mpf.DpsToPrec(60), nil)
	if err != nil {
		return nil, false
	}
	var d *big.Int
	switch f := v.(type) {
	case *Float:
		rat := f.v.ToRat()
		d = new(big.Int).Quo(rat.Num(), rat.Denom())
	case *Integer:
		return Zero, true
	default:
		if v != Zero {
			return nil, false
		}
		d = new(big.Int)
	}
	rv := NewAdd(p, Neg(NewMul(NewBigInt(d), q)))
	if neg, ok := numGreater(Zero, NewMul(rv, q)); !ok && !isZeroInt(rv) {
		return nil, false
	} else if neg {
		rv = NewAdd(rv, q)
	}
	return rv, true
}

// Contains is ImageSet._contains for a number v: whether (v - b)/a is an
// integer, Unknown unless that quotient is a rational number.
func (s ImageSet) Contains(v Expr) Tri {
	a, b, ok := linearInDummy(s.Expr, s.N)
	if !ok {
		return Unknown
	}
	if isImaginaryNumber(a) {
		vr, vi, ok1 := matchRealImag(v)
		br, bi, ok2 := matchRealImag(b)
		if !ok1 || !ok2 {
			return Unknown
		}
		if z := IsZero(Sub(vr, br)); z != True {
			return z // a real part b cannot reach: False, or Unknown
		}
		v, b, a = vi, bi, Div(a, I)
	}
	q := Expand(Div(Sub(v, b), a))
	if isRationalNumber(q) {
		return triOf(IsInteger(q))
	}
	if IsReal(q) == False {
		return False // n is real
	}
	return Unknown
}

// InInterval is Intersection(s, Interval(lo, hi)) for a linear real s and
// finite ends: the values at the integers that land inside, in order of
// n; ok is false when s is not linear and real or an end cannot be
// placed exactly.
func (s ImageSet) InInterval(lo, hi Expr, lopen, hopen bool) ([]Expr, bool) {
	a, b, ok := linearInDummy(s.Expr, s.N)
	if !ok {
		return nil, false
	}
	if isImaginaryNumber(a) {
		return s.realPointIn(a, b, lo, hi, lopen, hopen)
	}
	if IsReal(a) != True || IsReal(b) != True || !realNumber(a) || !realNumber(b) {
		return nil, false
	}
	n1, ok1 := intBound(Div(Sub(lo, b), a))
	n2, ok2 := intBound(Div(Sub(hi, b), a))
	if !ok1 || !ok2 {
		return nil, false
	}
	if n1.cmp(n2) > 0 { // a decreasing map
		n1, n2 = n2, n1
		lopen, hopen = hopen, lopen
	}
	first, last := n1.ceil(lopen), n2.floor(hopen)
	if new(big.Int).Sub(last, first).Cmp(big.NewInt(100000)) > 0 {
		return nil, false
	}
	var out []Expr
	for k := new(big.Int).Set(first); k.Cmp(last) <= 0; k.Add(k, big.NewInt(1)) {
		out = append(out, Xreplace(s.Expr, [][2]Expr{{s.N, NewBigInt(new(big.Int).Set(k))}}))
	}
	return out, true
}

// realPointIn is InInterval for an imaginary a: only the n that
// cancels b's imaginary part gives a real value.
func (s ImageSet) realPointIn(a, b, lo, hi Expr, lopen, hopen bool) ([]Expr, bool) {
	br, bi, ok := matchRealImag(b)
	if !ok {
		return nil, false
	}
	if !isZeroInt(br) {
		// SymPy's intersection inverts the complex map at the ends and
		// loses points here ({2*n*I*pi + log(3)} meets [0, 4*pi] in
		// EmptySet); refuse rather than differ
		return nil, false
	}
	n0 := Expand(Neg(Div(bi, Div(a, I))))
	if !isRationalNumber(n0) {
		return nil, false
	}
	if !IsInteger(n0) {
		return nil, true
	}
	lt, ht := cmpTri(br, lo, lopen), cmpTri(hi, br, hopen)
	if lt == Unknown || ht == Unknown {
		return nil, false
	}
	if lt == True && ht == True {
		return []Expr{Xreplace(s.Expr, [][2]Expr{{s.N, n0}})}, true
	}
	return nil, true
}

// bound is a real number known to lie strictly between floor and
// floor+1, or to equal the integer floor exactly.
type bound struct {
	floorV *big.Int
	exact  bool
}

func (b bound) cmp(c bound) int {
	if x := b.floorV.Cmp(c.floorV); x != 0 {
		return x
	}
	return boolCmp(!b.exact, !c.exact)
}

// ceil is the least integer n with n > b (open) or n >= b.
func (b bound) ceil(open bool) *big.Int {
	if b.exact && !open {
		return new(big.Int).Set(b.floorV)
	}
	return new(big.Int).Add(b.floorV, big.NewInt(1))
}

// floor is the greatest integer n with n < b (open) or n <= b.
func (b bound) floor(open bool) *big.Int {
	if b.exact && open {
		return new(big.Int).Sub(b.floorV, big.NewInt(1))
	}
	return new(big.Int).Set(b.floorV)
}

// intBound places the real number q between integers: exactly when q
// is rational, otherwise by evaluation far enough from an integer.
func intBound(q Expr) (bound, bool) {
	switch v := q.(type) {
	case *Integer:
		return bound{v.Big(), true}, true
	case *Rational:
		r := v.Rat()
		f := new(big.Int)
		m := new(big.Int)
		f.DivMod(r.Num(), r.Denom(), m)
		return bound{f, false}, true
	}
	ev, _, err := evalfNumber(q, mpf.DpsToPrec(50), mpf.DpsToPrec(50), nil)
	if err != nil {
		return bound{}, false
	}
	f, ok := ev.(*Float)
	if !ok {
		return bound{}, false
	}
	rat := f.v.ToRat()
	fl := new(big.Int)
	m := new(big.Int)
	fl.DivMod(rat.Num(), rat.Denom(), m)
	frac := new(big.Rat).SetFrac(m, rat.Denom())
	eps := big.NewRat(1, 1_000_000_000_000)
	if frac.Cmp(eps) < 0 || new(big.Rat).Sub(big.NewRat(1, 1), frac).Cmp(eps) < 0 {
		return bound{}, false // too near an integer to decide without a proof
	}
	return bound{fl, false}, true
}

// SortImageSetsStr orders image sets as str prints a Union of them: by
// default_sort_key, the Dummy's creation first.
func SortImageSetsStr(sets []ImageSet) {
	slices.SortStableFunc(sets, func(a, b ImageSet) int {
		if c := a.N.dummy - b.N.dummy; c != 0 {
			return c
		}
		return cmpSkey(sortKey(a.Expr), sortKey(b.Expr))
	})
}

// SortImageSetsArgs orders image sets as Union's args (and so pretty and
// latex) hold them: ordered() by node count, then default_sort_key.
func SortImageSetsArgs(sets []ImageSet) {
	SortImageSetsStr(sets)
	slices.SortStableFunc(sets, func(a, b ImageSet) int {
		return cmpFloat(nodeCount(a.Expr), nodeCount(b.Expr))
	})
}

// Str is str(s).
func (s ImageSet) Str() string {
	return "ImageSet(Lambda(" + Str(s.N) + ", " + Str(s.Expr) + "), Integers)"
}

// Latex is latex(s) with the settings st (nil: the defaults).
func (s ImageSet) Latex(st *TexSettings) string {
	p := printerFor(st)
	return `\left\{` + p.print(s.Expr) + `\; \middle|\; ` + p.print(s.N) + ` \in \mathbb{Z}\right\}`
}

// PrettyImageSets is pretty() of the union of a FiniteSet's points (nil
// for none, first) and image sets (in the order given), joined by ∪;
// minus, when set, makes each image set Complement(set, {minus...}),
// A \ B, in parentheses inside the union.
func PrettyImageSets(points []Expr, sets []ImageSet, minus []Expr, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	var forms []*pict
	if points != nil {
		forms = append(forms, p.seq(sortedArgs(points), "{", "}", ", "))
	}
	for _, s := range sets {
		f := p.imageSet(s)
		if len(minus) > 0 {
			f = hnext(f, str(` \ `), p.seq(sortedArgs(minus), "{", "}", ", "))
			if len(sets)+len(points) > 1 {
				f = f.paren(p.uni)
			}
		}
		forms = append(forms, f)
	}
	delim := " U "
	if p.uni {
		delim = " ∪ "
	}
	return p.seqForms(forms, "", "", delim).render(opts.Width, p.uni)
}

// StrMinus is str of Complement(s, {minus...}), or of s without minus.
func (s ImageSet) StrMinus(minus []Expr) string {
	if len(minus) == 0 {
		return s.Str()
	}
	items := make([]string, len(minus))
	for i, q := range sortedArgs(minus) {
		items[i] = Str(q)
	}
	return "Complement(" + s.Str() + ", {" + strings.Join(items, ", ") + "})"
}

// imageSet is _print_ImageSet: {expr | n ∊ ℤ} with a bar as tall as the
// expression.
func (p *prettyPrinter) imageSet(s ImageSet) *pict {
	in, z := "in", "Integers"
	if p.uni {
		in, z = "∊", "ℤ"
	}
	cond := p.seqForms([]*pict{p.print(s.N), str(in), str(z)}, "", "", " ")
	return p.vsepSet(p.print(s.Expr), cond)
}

// LatexImageSets is latex() of the union of points (nil for none, first)
// and image sets (in the order given), each less minus when it is set.
func LatexImageSets(points []Expr, sets []ImageSet, minus []Expr, st *TexSettings) string {
	p := printerFor(st)
	finite := func(pts []Expr) string {
		items := make([]string, len(pts))
		for i, q := range sortedArgs(pts) {
			items[i] = p.print(q)
		}
		return `\left\{` + strings.Join(items, ", ") + `\right\}`
	}
	var ss []string
	if points != nil {
		ss = append(ss, finite(points))
	}
	for _, s := range sets {
		t := s.Latex(st)
		if len(minus) > 0 {
			t += ` \setminus ` + finite(minus)
			if len(sets)+len(points) > 1 {
				t = `\left(` + t + `\right)`
			}
		}
		ss = append(ss, t)
	}
	return strings.Join(ss, ` \cup `)
}

// CondSet is ConditionSet(Sym, Eq(Expr, 0), base), the answer SymPy's
// solveset gives for an equation it cannot invert; the base is
// S.Complexes, S.Reals or the bounded Interval in Part.
type CondSet struct {
	Sym  *Symbol
	Expr Expr
	Base string // "Complexes", "Reals" or "Interval"
	Part SetPart
}

func (c CondSet) cond() *Relation { return &Relation{Op: "==", Lhs: c.Expr, Rhs: Zero} }

// Str is str(c).
func (c CondSet) Str() string {
	base := c.Base
	if base == "Interval" {
		base = c.Part.str()
	}
	return "ConditionSet(" + Str(c.Sym) + ", " + c.cond().Str() + ", " + base + ")"
}

// Latex is latex(c).
func (c CondSet) Latex(st *TexSettings) string {
	p := printerFor(st)
	base := map[string]string{"Complexes": `\mathbb{C}`, "Reals": `\mathbb{R}`}[c.Base]
	if c.Base == "Interval" {
		base = LatexSet([]SetPart{c.Part}, st)
	}
	v := p.print(c.Sym)
	return `\left\{` + v + `\; \middle|\; ` + v + ` \in ` + base + ` \wedge ` + c.cond().tex(p) + ` \right\}`
}

// Pretty is _print_ConditionSet: {x │ x ∊ ℂ ∧ (cond)}, the condition in
// parentheses in unicode.
func (c CondSet) Pretty(opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	in, and := "in", "and"
	names := map[string][2]string{"Complexes": {"ℂ", "Complexes"}, "Reals": {"ℝ", "(-oo, oo)"}}
	var base *pict
	if c.Base == "Interval" {
		l, r := c.Part.brackets()
		base = p.seq([]Expr{c.Part.Lo, c.Part.Hi}, l, r, ", ")
	} else if p.uni {
		base = str(names[c.Base][0])
	} else {
		base = str(names[c.Base][1])
	}
	cond := p.relation(c.cond())
	if p.uni {
		in, and = "∊", "∧"
		cond = cond.parens("(", ")", true, false)
	}
	v := p.print(c.Sym)
	rhs := p.seqForms([]*pict{v, str(in), base, str(and), cond}, "", "", " ")
	return p.vsepSet(p.print(c.Sym), rhs).render(opts.Width, p.uni)
}

// vsepSet is _hprint_vseparator with braces: {left │ right}, the bar as
// tall as the two sides (a plain | in ASCII).
func (p *prettyPrinter) vsepSet(left, right *pict) *pict {
	if !p.uni {
		return p.seqForms([]*pict{left, str("|"), right}, "{", "}", " ")
	}
	tmp := p.seqForms([]*pict{left, right}, "{", "}", " ") // braces grow to an odd height
	sep := newPict(vobj("|", tmp.height(), true), tmp.base)
	return p.seqForms([]*pict{left, sep, right}, "{", "}", " ")
}
