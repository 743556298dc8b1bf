package engine

import "math/big"

// This file is the mathematics of SymPy's fourier_series
// (sympy/series/fourier.py): the coefficient formulas of the general
// series, the check that a function is already a finite trigonometric
// sum (finite_check, with fu's TRpower and sincos_to_sum) and the
// reading of such a sum into its coefficients (FiniteFourierSeries).
// The session keeps the series objects.

// trPower is fu's TRpower: sin(x)**n and cos(x)**n with a positive
// integer n as sums of sines or cosines of multiples of x (the
// power-reduction formulae).
func trPower(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		p, ok := rv.(*Pow)
		if !ok {
			return rv
		}
		f, ok := p.Base().(*Func)
		n, isInt := p.Exp().(*Integer)
		if !ok || (f.def != fnSin && f.def != fnCos) || !isInt || n.b != nil || n.v <= 0 {
			return rv
		}
		x, k := f.args[0], n.v
		odd, cos := k%2 == 1, f.def == fnCos
		var terms []Expr
		for j := int64(0); j < (k+1)/2 && (odd || j < k/2); j++ {
			c := Expr(NewBigInt(new(big.Int).Binomial(k, j)))
			if !cos && j%2 == 1 {
				c = Neg(c)
			}
			def := fnCos
			if odd && !cos {
				def = fnSin
			}
			terms = append(terms, NewMul(c, def.call(NewMul(NewInt(k-2*j), x))))
		}
		scale := NewPow(Two, NewInt(1-k))
		if !cos {
			half := (k - 1) / 2
			if !odd {
				half = k / 2
			}
			scale = NewMul(scale, NewPow(NegOne, NewInt(half)))
		}
		r := NewMul(scale, NewAdd(terms...))
		if !odd {
			r = NewAdd(r, NewMul(NewPow(Two, NewInt(-k)), NewBigInt(new(big.Int).Binomial(k, k/2))))
		}
		return r
	})
}

// SincosToSum is fu's sincos_to_sum: powers and products of sin and
// cos written as a sum of sines and cosines of multiples.
func SincosToSum(e Expr) Expr {
	if !hasCallOf(e, fnSin, fnCos) {
		return e
	}
	return tr8(ExpandMul(trPower(e)))
}

// FourierMultiple is the k for which arg is k*(pi/L)*x + b with k a
// nonzero integer and b free of x (the match finite_check and
// FiniteFourierSeries make); phase says whether b may be other than 0.
func FourierMultiple(arg Expr, x *Symbol, L Expr, phase bool) (*Integer, bool) {
	c, err := Diff(arg, VarCount{Var: x, Count: 1})
	if err != nil || Has(c, x) {
		return nil, false
	}
	b := Expand(Sub(arg, NewMul(c, x)))
	if Has(b, x) || (!phase && IsZero(b) != True) {
		return nil, false
	}
	k, ok := Expand(Div(NewMul(c, L), Pi)).(*Integer)
	if !ok || (k.b == nil && k.v == 0) {
		return nil, false
	}
	return k, true
}

// FourierFiniteCheck is fourier_series' finite_check: f with sec, csc,
// tan and cot as sines and cosines and then as a sum (sincos_to_sum),
// and whether each term of that sum is a product of factors free of x
// and of sines and cosines of integer multiples of pi*x/L.
func FourierFiniteCheck(f Expr, x *Symbol, L Expr) (Expr, bool) {
	e := SincosToSum(tr2(tr1(f)))
	_, rest := AsCoeffAdd(e)
	for _, s := range addArgs(rest) {
		if IsZero(s) == True {
			continue
		}
		_, fs := AsCoeffMul(s)
		for _, t := range mulArgs(fs) {
			if !Has(t, x) {
				continue
			}
			fn, ok := t.(*Func)
			if !ok || (fn.def != fnSin && fn.def != fnCos) {
				return f, false
			}
			if _, ok := FourierMultiple(fn.args[0], x, L, true); !ok {
				return f, false
			}
		}
	}
	return e, true
}

// FourierTerm is a coefficient of cos (or sin) of K*pi*x/L in a finite
// Fourier series.
type FourierTerm struct {
	K    *Integer
	Coef Expr
}

// FourierFiniteTerms is FiniteFourierSeries.__new__ reading a finite
// trigonometric sum e: TR10 on each non-numeric term, the sum expanded,
// then each term matched as b*cos(k*pi*x/L) or b*sin(k*pi*x/L); what
// matches neither joins the constant a0. an and bn are in the order the
// multiples are first met.
func FourierFiniteTerms(e Expr, x *Symbol, L Expr) (a0 Expr, an, bn []FourierTerm) {
	c, rest := AsCoeffAdd(e)
	parts := []Expr{c}
	for _, t := range addArgs(rest) {
		parts = append(parts, tr10(t))
	}
	a0, rest = AsCoeffAdd(Expand(NewAdd(parts...)))
	put := func(ts []FourierTerm, k *Integer, b Expr) []FourierTerm {
		for i := range ts {
			if Equal(ts[i].K, k) {
				ts[i].Coef = NewAdd(b, ts[i].Coef)
				return ts
			}
		}
		return append(ts, FourierTerm{K: k, Coef: b})
	}
	for _, p := range addArgs(rest) {
		if IsZero(p) == True {
			continue
		}
		fn, b, ok := trigFactor(p, x)
		if ok {
			if k, ok := FourierMultiple(fn.args[0], x, L, false); ok {
				if fn.def == fnCos {
					an = put(an, k, b)
				} else {
					bn = put(bn, k, b)
				}
				continue
			}
		}
		a0 = NewAdd(a0, p)
	}
	return a0, an, bn
}

// trigFactor splits p as b*f with f the one sin or cos factor holding x
// and b free of x.
func trigFactor(p Expr, x *Symbol) (*Func, Expr, bool) {
	var fn *Func
	var rest []Expr
	for _, t := range mulArgs(p) {
		if f, ok := t.(*Func); ok && fn == nil && (f.def == fnSin || f.def == fnCos) {
			fn = f
			continue
		}
		if Has(t, x) {
			return nil, nil, false
		}
		rest = append(rest, t)
	}
	if fn == nil {
		return nil, nil, false
	}
	return fn, NewMul(rest...), true
}

// PrettySeriesHead is SymPy's pretty form of a series shown by its first
// terms (FourierSeries): head printed as an Add, then " + …" ("..." in
// ASCII).
func PrettySeriesHead(head Expr, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	dots := "..."
	if p.uni {
		dots = "…"
	}
	return prettyAdd(p.uni, p.addTerms(orderedAddTerms(head)), str(dots)).render(opts.Width, p.uni)
}

// LatexSeriesHead is SymPy's LaTeX of a series shown by its first
// terms: head printed as an Add, then " + \ldots".
func LatexSeriesHead(head Expr, s *TexSettings) string {
	return printerFor(s).texAddTerms(orderedAddTerms(head)) + ` + \ldots`
}

// orderedAddTerms is as_ordered_terms: an Add's terms in print order,
// anything else alone.
func orderedAddTerms(e Expr) []Expr {
	if a, ok := e.(*Add); ok {
		return OrderedTerms(a)
	}
	return []Expr{e}
}
