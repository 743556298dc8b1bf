package engine

import (
	"math/big"
	"slices"
)

// This file holds what integrate does around the rules so that its
// answers keep SymPy's forms: which integrands risch_integrate takes
// (then a sum's rational terms are one fraction, a fraction with a
// parameter factor common to numerator and denominator is cancelled,
// and the antiderivative is written as risch writes it: polynomial
// times exp(g) over one denominator, polynomial times log(g) by parts),
// and which substitution results SymPy's heuristics would not print.

// isRatTerm reports whether t is a rational function of x with rational
// coefficients that is not a polynomial.
func isRatTerm(t Expr, x *Symbol) bool {
	fr, ok := toRfrac(t, xGen(x))
	return ok && len(fr.d) > 1
}

// rischElementary reports whether risch_integrate takes e as it is:
// built from x, numbers, sums, products, integer powers, exp and log
// (no trigonometric functions, radicals or other functions, for which
// its differential extension raises NotImplementedError).
func rischElementary(e Expr, x *Symbol) bool {
	return rischElementaryOver(e, x, func(c Expr) bool { return IsNumber(c) || isNumeric(c) })
}

// rischElementaryParams is rischElementary with parameters: the parts
// free of x may be built from symbols and numbers too (y*(x + exp(x))),
// which risch_integrate puts in its constant field.
func rischElementaryParams(e Expr, x *Symbol) bool {
	return rischElementaryOver(e, x, func(c Expr) bool {
		return !anyNode(c, func(n Expr) bool { _, fn := n.(*Func); return fn })
	})
}

// rischElementaryOver is rischElementary with constant telling which
// parts free of x the constant field holds.
func rischElementaryOver(e Expr, x *Symbol, constant func(Expr) bool) bool {
	if !Has(e, x) {
		return constant(e)
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
	case *Pow:
		if _, ok := t.Exp().(*Integer); !ok {
			return false
		}
	case *Func:
		if t.def != fnExp && t.def != fnLog {
			return false
		}
	default:
		return false
	}
	for _, a := range e.Args() {
		if !rischElementaryOver(a, x, constant) {
			return false
		}
	}
	return true
}

// rischTakes reports whether risch_integrate builds its differential
// extension for e rather than raise NotImplementedError: e is made of x,
// numbers, sums, products, integer powers, exp and log, and powers with
// x in the exponent (which it writes as exponentials: 2**x, x**x).
func rischTakes(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return true
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
	case *Pow:
		_, integer := t.Exp().(*Integer)
		_, rational := t.Exp().(*Rational)
		if !integer && !Has(t.Exp(), x) && !(rational && isCallOf(t.Base(), fnExp)) {
			return false // an algebraic extension (exp(a)**q is exp(q*a))
		}
	case *Func:
		if t.def != fnExp && t.def != fnLog {
			return false
		}
	default:
		return false
	}
	return !slices.ContainsFunc(e.Args(), func(a Expr) bool { return !rischTakes(a, x) })
}

// integRischSum integrates a sum of rational terms and others the way
// risch_integrate does when every other term is elementary in its sense:
// the rational terms as one fraction (1/x + 1/(x + 1) integrates to
// log(x**2 + x)). handled is false when f is not such a sum.
func integRischSum(f Expr, x *Symbol) (F Expr, handled, ok bool) {
	a, isAdd := f.(*Add)
	if !isAdd || len(FreeSymbols(f)) != 1 {
		return nil, false, false
	}
	rat, other := siftExprs(a.args, func(t Expr) bool { return isRatTerm(t, x) })
	if len(rat) == 0 || len(other) == 0 || !rischElementary(NewAdd(other...), x) {
		return nil, false, false
	}
	R, _, ok := integRatFunc(NewAdd(rat...), x)
	if !ok {
		return nil, true, false
	}
	G, ok := integ(NewAdd(other...), x)
	if !ok {
		return nil, true, false
	}
	return NewAdd(R, G), true, true
}

// strictlyRational reports whether e is built from symbols and rational
// numbers by sums, products and integer powers.
func strictlyRational(e Expr) bool {
	switch t := e.(type) {
	case *Symbol, *Integer, *Rational:
		return true
	case *Pow:
		if _, ok := t.Exp().(*Integer); !ok {
			return false
		}
	case *Add, *Mul:
	default:
		return false
	}
	for _, a := range e.Args() {
		if !strictlyRational(a) {
			return false
		}
	}
	return true
}

// cancelParameters is the cancellation risch_integrate's frac_in does on
// a rational function of x whose coefficients hold other symbols: when
// numerator and denominator share a factor (a/(a*x + a)), the cancelled
// fraction is what is integrated (log(x + 1)). ok is false when there is
// nothing to cancel.
func cancelParameters(f Expr, x *Symbol) (Expr, bool) {
	if len(FreeSymbols(f)) < 2 || !strictlyRational(f) {
		return nil, false
	}
	if _, isAdd := f.(*Add); isAdd {
		return nil, false
	}
	_, q := asNumerDenom(f)
	if !Has(q, x) {
		return nil, false
	}
	c, err := Cancel(f)
	if err != nil {
		return nil, false
	}
	_, q2 := asNumerDenom(c)
	ratio, err := Cancel(Div(Expand(q), q2))
	if err != nil || len(FreeSymbols(ratio)) == 0 {
		return nil, false
	}
	return c, true
}

// hasAtanOfTranscendental reports whether F holds atan of an argument
// with exp or log of x in it.
func hasAtanOfTranscendental(F Expr, x *Symbol) bool {
	return anyNode(F, func(e Expr) bool {
		fn, ok := e.(*Func)
		return ok && fn.def == fnAtan && Has(fn.args[0], x) && hasCallOf(fn.args[0], fnExp, fnLog)
	})
}

// multiTerm reports whether e holds a product with a factor that is a
// sum in x ((x**2 + 1)*log(x**2 + 1)), or a logarithm of an unexpanded
// polynomial (log((x**2 + 1)**2 + 1)): SymPy's risch and heurisch write
// both expanded.
func multiTerm(e Expr, x *Symbol) bool {
	unexpanded := func(e Expr) bool {
		for _, m := range mulArgs(e) {
			if _, ok := m.(*Add); ok && Has(m, x) {
				return true
			}
			if p, ok := m.(*Pow); ok && Has(p.Base(), x) {
				if _, sum := p.Base().(*Add); sum && IsInteger(p.Exp()) {
					return true
				}
			}
		}
		return false
	}
	found := false
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Mul:
			for _, m := range t.args {
				if _, ok := m.(*Add); ok && Has(m, x) {
					found = true
				}
			}
		case *Func:
			if t.def == fnLog {
				for _, term := range addArgs(t.args[0]) {
					found = found || unexpanded(term)
				}
			}
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return found
}

// rischPolyPartsShared is rischPolyParts for a polynomial whose
// coefficients are rationals times one factor k free of x (a parameter
// y, or 1): risch_integrate's polynomial then has k in each coefficient
// ((-2*x**2*y - 4*x*y - 4*y)*exp(-x)/2).
func rischPolyPartsShared(e Expr, x *Symbol) (rpoly, *big.Int, Expr, Expr, bool) {
	if P, den, ex, ok := rischPolyParts(e, x); ok {
		return P, den, ex, One, true
	}
	poly, ex, ok := rischPolyExpSplit(e, x)
	if !ok {
		return nil, nil, nil, nil, false
	}
	cs, ok := polyCoeffs(poly, x)
	if !ok {
		return nil, nil, nil, nil, false
	}
	var k Expr
	for _, c := range cs {
		if IsZero(c) != True {
			_, k = AsCoeffMul(c)
			break
		}
	}
	if k == nil || !paramMonomial(k) {
		return nil, nil, nil, nil, false
	}
	P, den, _, ok := rischPolyParts(NewMul(Div(poly, k), ex), x)
	return P, den, ex, k, ok
}

// paramMonomial reports whether k is a product of powers of symbols and
// of pi and E (a monomial of risch_integrate's constant field).
func paramMonomial(k Expr) bool {
	for _, f := range mulArgs(k) {
		b, e := AsBaseExp(f)
		if _, isSym := b.(*Symbol); !(isSym || b == Pi || b == E) || toRat(e) == nil {
			return false
		}
	}
	return true
}

// rischPolyExp writes a sum of terms c_k*x**k*exp(g), with one g, or a
// product c*Q(x)*exp(g), as risch_integrate writes it: the polynomial
// with integer coefficients over one rational denominator,
// (1 - x**2)*exp(x**2) or (x**2 - 1)*exp(x**2)/2.
func rischPolyExp(e Expr, x *Symbol) (Expr, bool) {
	P, den, ex, ok := rischPolyParts(e, x)
	if !ok {
		return rischPolyExpConst(e, x)
	}
	return Div(NewMul(rpExpr(P, x), ex), NewBigInt(den)), true
}

// rischPolyExpConst is rischPolyExp for coefficients that are not all
// rational, sharing one denominator D beside integers
// ((x - 1)*exp(x)/sqrt(2*pi) is (sqrt(2)*x - sqrt(2))*exp(x)/(2*sqrt(pi))):
// the numerators' constants (sqrt(2), pi, E) are in the polynomial's
// coefficients, which risch_integrate's domain holds, over the integer
// denominator and D.
func rischPolyExpConst(e Expr, x *Symbol) (Expr, bool) {
	poly, ex, ok := rischPolyExpSplit(e, x)
	if !ok {
		return nil, false
	}
	cs, ok := polyCoeffs(poly, x)
	if !ok || slices.ContainsFunc(cs, func(c Expr) bool { return !IsNumberExpr(c) }) {
		return nil, false
	}
	var D Expr
	for _, c := range cs {
		if !isZeroInt(c) {
			_, d := asNumerDenom(c)
			_, D = AsCoeffMul(d)
			break
		}
	}
	if D == nil {
		return nil, false
	}
	den := big.NewInt(1)
	es := make([]Expr, len(cs))
	for k, c := range cs {
		es[k] = Expand(NewMul(c, D))
		for _, t := range addArgs(es[k]) {
			_, d := asNumerDenom(t)
			di, isInt := d.(*Integer)
			if !isInt {
				return nil, false // another denominator
			}
			den = lcm(den, di.Big())
		}
	}
	terms := make([]Expr, len(es))
	for k, c := range es {
		terms[k] = NewMul(Expand(NewMul(c, NewBigInt(den))), NewPow(x, NewInt(int64(k))))
	}
	return Div(NewMul(NewAdd(terms...), ex), NewMul(NewBigInt(den), D)), true
}

// rischPolyParts splits rischPolyExp's sum into the polynomial with
// integer coefficients, its denominator and the exponential.
func rischPolyParts(e Expr, x *Symbol) (rpoly, *big.Int, Expr, bool) {
	poly, ex, ok := rischPolyExpSplit(e, x)
	if !ok {
		return nil, nil, nil, false
	}
	cs, ok := polyCoeffs(poly, x)
	if !ok {
		return nil, nil, nil, false
	}
	rs, ok := ratCoeffs(cs)
	if !ok {
		return nil, nil, nil, false
	}
	den := big.NewInt(1)
	for _, c := range rs {
		den = lcm(den, c.Denom())
	}
	return rpScale(rs, new(big.Rat).SetInt(den)), den, ex, true
}

// rischPolyExpSplit splits a sum of terms each holding one exp(g), the
// same g, into the sum of their cofactors and exp(g).
func rischPolyExpSplit(e Expr, x *Symbol) (Expr, Expr, bool) {
	var ex Expr
	var polys []Expr
	for _, term := range addArgs(e) {
		var rest []Expr
		for _, m := range mulArgs(term) {
			if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(m, x) {
				if ex != nil && !Equal(ex, m) {
					return nil, nil, false
				}
				ex = m
				continue
			}
			rest = append(rest, m)
		}
		if len(rest) == len(mulArgs(term)) {
			return nil, nil, false // a term without the exponential
		}
		polys = append(polys, NewMul(rest...))
	}
	if ex == nil {
		return nil, nil, false
	}
	return NewAdd(polys...), ex, true
}

// radicalOfCompound reports whether e holds a power of a product or
// power in x to a fractional exponent other than 1/2 ((x**3)**(3/2),
// which heurisch writes x**3*sqrt(x**3); exp(x)**(3/2) stays), or a
// logarithm of a radical.
func radicalOfCompound(e Expr, x *Symbol) bool {
	found := false
	var walk func(e Expr)
	walk = func(e Expr) {
		switch t := e.(type) {
		case *Pow:
			if r, ok := t.Exp().(*Rational); ok && Has(t.Base(), x) && !Equal(r, Half) {
				switch t.Base().(type) {
				case *Pow, *Mul:
					found = true
				}
			}
		case *Func:
			if p, ok := t.args[0].(*Pow); ok && t.def == fnLog && Has(p, x) && !IsInteger(p.Exp()) {
				found = true
			}
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return found
}

// rischPolyExpIn is rischPolyExp for a polynomial in x or in the
// argument g of the exponential ((3*exp(2*x) - 3)*exp(exp(2*x))).
func rischPolyExpIn(e Expr, x *Symbol) (Expr, bool) {
	if r, ok := rischPolyExp(e, x); ok {
		return r, true
	}
	for _, m := range mulArgs(addArgs(e)[0]) {
		if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(m, x) {
			d := NewDummy("t")
			g := fn.args[0]
			if r, ok := rischPolyExp(Xreplace(e, [][2]Expr{{g, d}}), d); ok && !Has(r, x) {
				return Xreplace(r, [][2]Expr{{d, g}}), true
			}
		}
	}
	return nil, false
}

// rischGroup is the terms of an antiderivative that share one exp
// factor, with their coefficients.
type rischGroup struct {
	fac           Expr
	coeffs, terms []Expr
}

// rischNormalize writes an antiderivative of an integrand risch_integrate
// takes the way it answers: the terms sharing one exp(g) as one
// polynomial with integer coefficients over a denominator times exp(g)
// ((x**2 - 2*x + 3)*exp(x)); other terms stay.
func rischNormalize(F Expr, x *Symbol) Expr {
	var groups []*rischGroup
	var rest []Expr
	for _, t := range addArgs(F) {
		var tr, poly []Expr
		for _, m := range mulArgs(t) {
			if fn, ok := m.(*Func); ok && fn.def == fnExp && Has(fn, x) {
				tr = append(tr, m)
			} else {
				poly = append(poly, m)
			}
		}
		c := NewMul(poly...)
		if _, isPoly := polyCoeffs(c, x); len(tr) != 1 || !isPoly {
			rest = append(rest, t)
			continue
		}
		if k := slices.IndexFunc(groups, func(g *rischGroup) bool { return Equal(g.fac, tr[0]) }); k >= 0 {
			groups[k].coeffs = append(groups[k].coeffs, c)
			groups[k].terms = append(groups[k].terms, t)
		} else {
			groups = append(groups, &rischGroup{tr[0], []Expr{c}, []Expr{t}})
		}
	}
	// the groups whose exponents are rational multiples of one another
	// are the powers of one exponential t of the differential extension:
	// integrate_hyperexponential_polynomial sums their parts as
	// qa/qd with qa = qa*vd + va*t**i*qd, qd = qd*vd, so the polynomials
	// share the product of their denominators ((2*x - 2)*exp(x)/2 +
	// exp(2*x)/2)
	type part struct {
		P   rpoly
		den *big.Int
		fac Expr
		k   Expr
	}
	var tower [][]part
	for _, g := range groups {
		P, den, ex, k, ok := rischPolyPartsShared(NewMul(NewAdd(g.coeffs...), g.fac), x)
		if !ok {
			rest = append(rest, g.terms...)
			continue
		}
		t := slices.IndexFunc(tower, func(ps []part) bool { return expRatio(ps[0].fac, ex) })
		if t < 0 {
			tower = append(tower, nil)
			t = len(tower) - 1
		}
		tower[t] = append(tower[t], part{P, den, ex, k})
	}
	for _, ps := range tower {
		D := big.NewInt(1)
		for _, p := range ps {
			D.Mul(D, p.den)
		}
		for _, p := range ps {
			scale := new(big.Rat).SetInt(new(big.Int).Quo(D, p.den))
			rest = append(rest, Div(NewMul(Expand(NewMul(p.k, rpExpr(rpScale(p.P, scale), x))), p.fac), NewBigInt(D)))
		}
	}
	return NewAdd(rest...)
}

// expRatio reports whether the exponents of exp(a) and exp(b) have a
// rational ratio (both powers of one exponential).
func expRatio(a, b Expr) bool {
	fa, fb := a.(*Func), b.(*Func)
	r, err := Cancel(Div(fa.args[0], fb.args[0]))
	if err != nil {
		return false
	}
	switch r.(type) {
	case *Integer, *Rational:
		return true
	}
	return false
}

// integLaurentLog is c*x**m*log(a*x) for an integer m <= -2 and
// rationals c and a > 0, by parts: c*x**(m + 1)*log(a*x)/(m + 1) -
// c*x**(m + 1)/(m + 1)**2, risch_integrate's answer for one such term
// (-log(x)/x - 1/x); ok is false for other products.
func integLaurentLog(coeff, lg Expr, x *Symbol) (Expr, bool) {
	c, xm := AsCoeffMul(coeff)
	if !IsRational(c) {
		return nil, false
	}
	b, e := AsBaseExp(xm)
	m, isInt := e.(*Integer)
	if !Equal(b, x) || !isInt || !m.IsInt64() || m.Int64() > -2 {
		return nil, false
	}
	a, gx := AsCoeffMul(lg.(*Func).args[0])
	if !Equal(gx, x) || !IsRational(a) || IsPositive(a) != True {
		return nil, false
	}
	m1 := NewInt(m.Int64() + 1)
	xm1 := NewPow(x, m1)
	return Sub(NewMul(c, xm1, lg, NewPow(m1, NegOne)), NewMul(c, xm1, NewPow(m1, NewInt(-2)))), true
}

// integPolyLog is P(x)*log(g(x)) with P and g polynomials, by parts as
// risch_integrate's primitive case answers: Q*log(g) with Q the integral
// of P (no constant), minus the integral of the rational Q*g'/g, so that
// (3*x - 2)*log(2*x) is (3*x**2/2 - 2*x)*log(2*x) - 3*x**2/4 + 2*x.
func integPolyLog(f Expr, x *Symbol) (Expr, bool) {
	var lg Expr
	var rest []Expr
	for _, m := range mulArgs(f) {
		if fn, ok := m.(*Func); ok && fn.def == fnLog && Has(m, x) {
			if lg != nil {
				return nil, false
			}
			lg = m
			continue
		}
		rest = append(rest, m)
	}
	if lg == nil || len(rest) == 0 {
		return nil, false
	}
	g := lg.(*Func).args[0]
	if F, ok := integLaurentLog(NewMul(rest...), lg, x); ok {
		return F, true
	}
	pc, ok := polyCoeffs(NewMul(rest...), x)
	if !ok || len(pc) < 2 {
		return nil, false // a constant times log(g): integParts
	}
	if _, ok := polyCoeffs(g, x); !ok {
		return nil, false
	}
	pr, ok := ratCoeffs(pc)
	if !ok {
		return nil, false
	}
	Q := polyIntegral(pr, x)
	R, rational, ok := integRatFunc(Div(NewMul(Q, diff1(g, x)), g), x)
	if !ok {
		if rational {
			return nil, false
		}
		cs, isPoly := polyCoeffs(Expand(Div(NewMul(Q, diff1(g, x)), g)), x)
		rs, isRat := ratCoeffs(cs)
		if !isPoly || !isRat {
			return nil, false
		}
		R = polyIntegral(rs, x)
	}
	return Sub(NewMul(Q, lg), R), true
}

// gaussianRDE reads f as P(x)*exp(a*x**2), P a polynomial with numeric
// coefficients and a a rational, and solves the Risch
// differential equation q' + 2*a*x*q = P that risch_integrate solves
// for it: the integral is q*exp(a*x**2) when a polynomial q satisfies
// it (elementary), and has no elementary part otherwise (then SymPy's
// integrate integrates f again with risch=False, term by term, each term
// by heurisch: x**2*exp(-x**2) is -x*exp(-x**2)/2 + sqrt(pi)*erf(x)/4).
// ok is false when f is not of that form.
func gaussianRDE(f Expr, x *Symbol) (q Expr, elementary, ok bool) {
	var t *Func
	if anyNode(f, func(e Expr) bool {
		g, ok := e.(*Func)
		if !ok || g.def != fnExp || !Has(g, x) {
			return false
		}
		if t != nil && !Equal(t, g) {
			return true // a second exponential
		}
		t = g
		return false
	}) || t == nil {
		return nil, false, false
	}
	cs, ok := polyCoeffs(t.args[0], x)
	if !ok || len(cs) != 3 || !isZeroInt(cs[0]) || !isZeroInt(cs[1]) || toRat(cs[2]) == nil {
		return nil, false, false
	}
	withT, rest := siftExprs(addArgs(Expand(f)), func(e Expr) bool { return Has(e, t) })
	if len(rest) > 0 {
		// a polynomial beside: the integral has no elementary part when
		// P*exp(a*x**2)'s has none (risch's NonElementaryIntegral holds
		// all of f then)
		if cs, ok := polyCoeffs(NewAdd(rest...), x); !ok || slices.ContainsFunc(cs, func(c Expr) bool { return !IsNumberExpr(c) }) {
			return nil, false, false
		}
	}
	P := Expand(NewMul(NewAdd(withT...), fnExp.call(Neg(t.args[0]))))
	ps, ok := polyCoeffs(P, x)
	if !ok || slices.ContainsFunc(ps, func(c Expr) bool { return !IsNumberExpr(c) }) {
		return nil, false, false
	}
	twoA := NewMul(Two, cs[2])
	n := len(ps) - 1
	// q has degree n - 1; the coefficient of x**(k+1) in q' + 2*a*x*q
	// is (k + 2)*q[k+2] + 2*a*q[k], solved from the top down
	qs := make([]Expr, n+2)
	for i := range qs {
		qs[i] = Zero
	}
	for k := n - 1; k >= 0; k-- {
		qs[k] = Div(Sub(ps[k+1], NewMul(NewInt(int64(k+2)), qs[k+2])), twoA)
	}
	// the constant term: q[1] must equal P's
	if IsZero(Expand(Sub(qs[1], ps[0]))) != True {
		return nil, false, true
	}
	if len(rest) > 0 {
		return nil, false, false // elementary: dcalc's rules write it
	}
	terms := make([]Expr, n)
	for k := range terms {
		terms[k] = NewMul(qs[k], NewPow(x, NewInt(int64(k))))
	}
	return NewMul(NewAdd(terms...), t), true, true
}

// integNonElementary is integrate's answer for f when risch_integrate
// finds no elementary part (NonElementaryIntegral(f, x).doit(risch=False)):
// each term, its constant factor taken out, by heurisch, a polynomial
// term by the power rule. ok is false when heurisch gives up on a term.
func integNonElementary(f Expr, x *Symbol) (Expr, bool) {
	var parts []Expr
	for _, t := range addArgs(f) {
		c, g := independentOf(mulArgs(t), x)
		if cs, isPoly := polyCoeffs(g, x); isPoly {
			rs, ok := ratCoeffs(cs)
			if !ok {
				return nil, false
			}
			parts = append(parts, NewMul(c, polyIntegral(rs, x)))
			continue
		}
		F, ok := heurischIntegrate(g, x)
		if !ok {
			return nil, false
		}
		parts = append(parts, NewMul(c, F))
	}
	return NewAdd(parts...), true
}

// distributeRischConstant writes c*(t1 + t2 + ...), which dcalc's rules
// give for c*g as c times the integral of g, the way risch_integrate
// writes it, c being part of its constant field: c in every term, and
// multiplied into a term's polynomial factor (y*(x**2/2 + exp(x)) is
// x**2*y/2 + y*exp(x)). A sum holding a non-elementary function (Ei,
// li, erf) stays as it is: risch_integrate leaves that integrand to the
// other methods, which split c off. ok is false where risch_integrate's
// form is another: a logarithm of a rational term under a c with a
// rational denominator (y/(3*x + 3) gives y*log(3*x + 3)/3), or two
// logarithms one of which has a parameter in its argument.
func distributeRischConstant(F Expr, x *Symbol) (Expr, bool) {
	m, isMul := F.(*Mul)
	if !isMul {
		return F, true
	}
	c, g := independentOf(m.args, x)
	G, isAdd := g.(*Add)
	if !isAdd || Equal(c, One) || hasCallOf(G, fnEi, fnLi, fnErf, fnErfi, fnErfc, fnSi) {
		return F, true
	}
	var logs []Expr
	collectCalls(G, fnLog, &logs)
	q, _ := AsCoeffMul(c)
	for _, l := range logs {
		arg := l.(*Func).args[0]
		k, rest := independentOf(mulArgs(arg), x)
		if r := toRat(q); r != nil && r.Denom().Cmp(big.NewInt(1)) != 0 {
			if _, sum := rest.(*Add); sum {
				return nil, false
			}
		}
		if len(logs) > 1 && !IsNumber(k) && !isNumeric(k) {
			return nil, false
		}
	}
	terms := make([]Expr, len(G.args))
	for i, t := range G.args {
		fs := slices.Clone(mulArgs(t))
		k := slices.IndexFunc(fs, func(f Expr) bool { _, sum := f.(*Add); return sum && Has(f, x) })
		if k < 0 {
			terms[i] = NewMul(c, t)
			continue
		}
		fs[k] = Expand(NewMul(c, fs[k]))
		terms[i] = NewMul(fs...)
	}
	return NewAdd(terms...), true
}

// rischTowerRewrites reports whether risch_integrate would write some of
// f's logarithms or exponentials through others of its differential
// extension, forms dcalc's rules do not produce: two logarithms whose
// arguments differ by a constant factor (log(x) + log(2*x) integrates to
// 2*x*log(x) + x*(-2 + log(2))), or an exponential whose argument has a
// constant term beside another exponential (exp(x + 1) + exp(-x) gives
// E*exp(x) - exp(-x), exp(x + 1) + exp(2*x) gives E*sqrt(exp(2*x))).
func rischTowerRewrites(f Expr, x *Symbol) bool {
	var logs, exps []Expr
	collectCalls(f, fnLog, &logs)
	collectCalls(f, fnExp, &exps)
	distinct := func(calls []Expr) []Expr {
		var out []Expr
		for _, c := range calls {
			if Has(c, x) && !slices.ContainsFunc(out, func(o Expr) bool { return Equal(o, c) }) {
				out = append(out, c)
			}
		}
		return out
	}
	logs, exps = distinct(logs), distinct(exps)
	for i, a := range logs {
		for _, b := range logs[i+1:] {
			if r, err := Cancel(Div(a.(*Func).args[0], b.(*Func).args[0])); err == nil && !Has(r, x) {
				return true
			}
		}
	}
	if len(exps) < 2 {
		return false
	}
	for _, e := range exps {
		_, free := siftExprs(addArgs(e.(*Func).args[0]), func(t Expr) bool { return Has(t, x) })
		if len(free) > 0 {
			return true
		}
	}
	return false
}
