package engine

import (
	"math/big"
	"slices"
)

// This file is simplify. Rational functions (symbols and rationals under
// +, *, and integer powers) and rational functions of trigonometric,
// hyperbolic, exp, log, asin, acos and atan functions of such
// expressions (nested, pi allowed) follow SymPy's simplify step by step
// (simplifyrat.go, trigsimp.go), and so do numbers and other
// expressions as far as those steps carry them. Where a step SymPy takes
// is missing (piecewise_simplify, cancel over the Gaussian
// rationals ...) simplify raises NotImplementedError rather than print a
// form SymPy would not.

// Simplify is SymPy's simplify, or NotImplementedError where dcalc cannot
// follow its steps.
func Simplify(e Expr) Expr {
	if r, ok := simplifyPiecewise(e); ok {
		return r
	}
	if hasUndefined(e) && (hasTrig(e) || hasCallOf(e, hyperbolicFuncs...)) {
		// theta(t) and its derivatives are atoms to simplify's steps,
		// as symbols are: T = m*l**2*(cos(theta)**2 + sin(theta)**2)*
		// Derivative(theta(t), t)**2/2 of a pendulum simplifies the same
		if a, back := atomizeUndefined(e); !hasUndefined(a) {
			return Xreplace(Simplify(a), back)
		}
	}
	if IsSum(e) {
		return sumEvalSimplify(e.(*Func))
	}
	if hasCallOf(e, fnAbs) {
		return simplifyAbs(e)
	}
	return simplifyCore(e)
}

// simplifyCore is Simplify's steps after the Abs handling of
// simplifyAbs.
func simplifyCore(e Expr) Expr {
	if hasCallOf(e, fnPiecewise) {
		// SymPy's piecewise_simplify rewrites the conditions over
		// intervals (Ne(n, -1) becomes (n > -1) | (n < -1))
		panic(notImpl("dcalc's simplify does not simplify Piecewise (SymPy's piecewise_simplify) yet"))
	}
	if hasGaussianRadicalSum(e) {
		// SymPy's together/factor_terms choose among sqrt(2)*(-1 - I)/2,
		// -sqrt(2)*(1 + I)/2 and sqrt(2)*(-1/2 - I) by steps dcalc does
		// not reproduce
		panic(notImpl("dcalc's simplify does not factor a radical out of a sum with I yet"))
	}
	if hasImaginaryExp(e) {
		// SymPy's exptrigsimp turns these into cos and sin
		panic(notImpl("dcalc's simplify does not rewrite exponentials of imaginary arguments as trigonometric functions yet"))
	}
	if isRationalFunction(e) && len(radicalBases(e, nil)) <= 1 {
		r, ok := simplifyRational(e)
		if !ok {
			// a step refused (cancel over the Gaussian integers, say): the
			// paths below are not SymPy's for a rational function
			panic(notImpl("dcalc's simplify could not complete on this rational function (a step it needs, such as cancel with complex coefficients, is missing)"))
		}
		return r
	}
	if isTrigRational(e) || isTrigRadical(e) {
		r, err := simplifyTrig(e)
		if err != nil {
			panic(err)
		}
		return r
	}
	if hasTrig(e) || hasCallOf(e, hyperbolicFuncs...) {
		// SymPy runs trigsimp and exptrigsimp here; outside the class
		// above dcalc has no faithful path for them
		panic(notImpl("dcalc's simplify handles trigonometric and hyperbolic functions in rational functions of symbols and of exp, log, sin ... (no radicals or symbolic powers); not this expression yet"))
	}
	if hasGaussianProduct(e) {
		// SymPy multiplies such sums out over the Gaussian rationals
		// ((1 + I)*(2 + 3*I) is -1 + 5*I); dcalc's cancel has no complex
		// coefficients
		panic(notImpl("dcalc's simplify does not multiply out products or powers of sums with I yet"))
	}
	if len(FreeSymbols(e)) > 0 {
		// outside the classes above, SymPy's steps as far as dcalc
		// follows them (with one radical base), or a refusal: a
		// partial simplification would print a plausible answer that
		// is not SymPy's
		if len(radicalBases(e, nil)) <= 1 || !hasSum(e) {
			if r, ok := simplifyRationalX(e, true); ok {
				return r
			}
		}
		panic(notImpl("dcalc's simplify could not follow SymPy's steps on this expression yet"))
	}
	if hasCallOf(e, fnLog) {
		// numbers with logs: SymPy's expand_log/logcombine step
		// (log(sqrt(2)) is log(2)/2)
		if r, ok := simplifyRationalX(e, true); ok {
			return r
		}
		panic(notImpl("dcalc's simplify could not follow SymPy's steps on this expression yet"))
	}
	if r, ok := simplifyRationalX(e, true); ok {
		return r
	}
	panic(notImpl("dcalc's simplify could not follow SymPy's steps on this expression yet"))
}

// hasSum reports whether e holds a sum anywhere (a product of powers of
// symbols and numbers has none, and cancel has no polynomial to factor).
func hasSum(e Expr) bool {
	if _, ok := e.(*Add); ok {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasSum)
}

// radicalBases lists the distinct bases of the non-integer powers in e
// (simplify's rational path takes at most one radical: with several,
// cancel's factoring can take very long where SymPy's gcd does not).
func radicalBases(e Expr, acc []Expr) []Expr {
	if p, ok := e.(*Pow); ok {
		if _, isInt := p.Exp().(*Integer); !isInt && indexExpr(acc, p.Base()) < 0 {
			acc = append(acc, p.Base())
		}
	}
	for _, a := range e.Args() {
		acc = radicalBases(a, acc)
	}
	return acc
}

// hollowMul re-evaluates 2*(x + y) products into sums, as simplify's
// final hollow_mul transform does.
func hollowMul(e Expr) Expr {
	e = mapArgs(e, hollowMul)
	if m, ok := e.(*Mul); ok && len(m.args) == 2 && toRat(m.args[0]) != nil {
		if s, ok := m.args[1].(*Add); ok {
			// Mul(*args) distributes a rational over the sum, term by
			// term (3*(log(sqrt(3)/2) + pi) is 3*log(sqrt(3)/2) + 3*pi:
			// no other expansion)
			ts := make([]Expr, len(s.args))
			for i, t := range s.args {
				ts[i] = NewMul(m.args[0], t)
			}
			return NewAdd(ts...)
		}
	}
	return e
}

// rpoly is a polynomial over Q, lowest degree first.
type rpoly []*big.Rat

func rpTrim(p rpoly) rpoly {
	for len(p) > 0 && p[len(p)-1].Sign() == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func rpConst(r *big.Rat) rpoly { return rpTrim(rpoly{new(big.Rat).Set(r)}) }

func rpAdd(a, b rpoly) rpoly {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	out := make(rpoly, n)
	for i := range out {
		out[i] = new(big.Rat)
		if i < len(a) {
			out[i].Add(out[i], a[i])
		}
		if i < len(b) {
			out[i].Add(out[i], b[i])
		}
	}
	return rpTrim(out)
}

func rpMul(a, b rpoly) rpoly {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	out := make(rpoly, len(a)+len(b)-1)
	for i := range out {
		out[i] = new(big.Rat)
	}
	for i, x := range a {
		for j, y := range b {
			out[i+j].Add(out[i+j], new(big.Rat).Mul(x, y))
		}
	}
	return rpTrim(out)
}

func rpGcd(a, b rpoly) rpoly {
	a, b = rpTrim(a), rpTrim(b)
	if len(a) < len(b) {
		a, b = b, a
	}
	for len(b) > 0 {
		_, r := ratPolyDivMod(a, b)
		a, b = b, rpTrim(r)
	}
	if len(a) == 0 {
		return rpoly{big.NewRat(1, 1)}
	}
	inv := new(big.Rat).Inv(a[len(a)-1])
	out := make(rpoly, len(a))
	for i := range a {
		out[i] = new(big.Rat).Mul(a[i], inv)
	}
	return out
}

func rpQuo(a, b rpoly) rpoly {
	if len(a) < len(b) {
		return nil
	}
	q, _ := ratPolyDivMod(a, b)
	return rpTrim(q)
}

// rfrac is num/den.
type rfrac struct{ n, d rpoly }

func (f rfrac) reduce() rfrac {
	if len(f.n) == 0 {
		return rfrac{nil, rpoly{big.NewRat(1, 1)}}
	}
	g := rpGcd(f.n, f.d)
	if len(g) > 1 {
		f = rfrac{rpQuo(f.n, g), rpQuo(f.d, g)}
	}
	return f
}

// toRfrac converts e to a rational function of gen; gens maps an
// expression to a power of gen (x itself, or exp(k*x) -> k).
func toRfrac(e Expr, gen func(Expr) (int, bool)) (rfrac, bool) {
	one := rpoly{big.NewRat(1, 1)}
	if r := toRat(e); r != nil {
		return rfrac{rpConst(r), one}, true
	}
	if k, ok := gen(e); ok {
		return monoFrac(k), true
	}
	switch t := e.(type) {
	case *Add:
		acc := rfrac{nil, one}
		for _, a := range t.args {
			f, ok := toRfrac(a, gen)
			if !ok {
				return f, false
			}
			acc = rfrac{rpAdd(rpMul(acc.n, f.d), rpMul(f.n, acc.d)), rpMul(acc.d, f.d)}.reduce()
		}
		return acc, true
	case *Mul:
		acc := rfrac{one, one}
		for _, a := range t.args {
			f, ok := toRfrac(a, gen)
			if !ok {
				return f, false
			}
			acc = rfrac{rpMul(acc.n, f.n), rpMul(acc.d, f.d)}.reduce()
		}
		return acc, true
	case *Pow:
		z, ok := t.Exp().(*Integer)
		if !ok || !z.IsInt64() || z.Int64() > 64 || z.Int64() < -64 {
			return rfrac{}, false
		}
		f, ok := toRfrac(t.Base(), gen)
		if !ok {
			return f, false
		}
		n := z.Int64()
		if n < 0 {
			if len(f.n) == 0 {
				return f, false
			}
			f = rfrac{f.d, f.n}
			n = -n
		}
		acc := rfrac{one, one}
		for i := int64(0); i < n; i++ {
			acc = rfrac{rpMul(acc.n, f.n), rpMul(acc.d, f.d)}
		}
		return acc.reduce(), true
	}
	return rfrac{}, false
}

func monoFrac(k int) rfrac {
	one := rpoly{big.NewRat(1, 1)}
	if k >= 0 {
		p := make(rpoly, k+1)
		for i := range p {
			p[i] = new(big.Rat)
		}
		p[k].SetInt64(1)
		return rfrac{p, one}
	}
	p := make(rpoly, -k+1)
	for i := range p {
		p[i] = new(big.Rat)
	}
	p[-k].SetInt64(1)
	return rfrac{one, p}
}

// primitiveRp returns content and integer primitive part (content sign
// chosen so the leading coefficient of the primitive part is positive).
func primitiveRp(p rpoly) (*big.Rat, rpoly) {
	g := new(big.Int)
	l := big.NewInt(1)
	for _, c := range p {
		g.GCD(nil, nil, g, new(big.Int).Abs(c.Num()))
		l = lcm(l, c.Denom())
	}
	cont := new(big.Rat).SetFrac(g, l)
	if p[len(p)-1].Sign() < 0 {
		cont.Neg(cont)
	}
	inv := new(big.Rat).Inv(cont)
	out := make(rpoly, len(p))
	for i, c := range p {
		out[i] = new(big.Rat).Mul(c, inv)
	}
	return cont, out
}

// togetherForm is together(e): the sum over the product of the
// denominators that occur in e (each base at its largest power), the
// numerator combined but not expanded.
func togetherForm(e Expr) (Expr, bool) {
	var bases, exps []Expr
	for _, t := range addArgs(e) {
		for _, m := range mulArgs(t) {
			b, ex := AsBaseExp(m)
			z, ok := ex.(*Integer)
			if !ok || z.Sign() >= 0 || toRat(b) != nil {
				continue
			}
			ne := Neg(ex)
			if i := indexExpr(bases, b); i < 0 {
				bases = append(bases, b)
				exps = append(exps, ne)
			} else if d := Sub(ne, exps[i]); IsPositive(d) == True {
				exps[i] = ne
			}
		}
	}
	if len(bases) == 0 {
		return nil, false
	}
	var dfs []Expr
	for i, b := range bases {
		dfs = append(dfs, NewPow(b, exps[i]))
	}
	dfact := NewMul(dfs...)
	// numerator: each term times the full denominator (the powers of
	// its own denominator cancel as Mul combines them)
	var nts []Expr
	for _, t := range addArgs(e) {
		nts = append(nts, NewMul(append([]Expr{t}, dfs...)...))
	}
	numRaw := NewAdd(nts...)
	return NewMul(numRaw, NewPow(dfact, NegOne)), true
}

// hasNegPow reports whether e has a power with a negative exponent.
func hasNegPow(e Expr) bool {
	if p, ok := e.(*Pow); ok {
		if c, _ := AsCoeffMul(p.Exp()); isNegCoeff(c) {
			return true
		}
	}
	for _, a := range e.Args() {
		if hasNegPow(a) {
			return true
		}
	}
	return false
}

// hasImaginaryExp reports whether e holds exp of an argument with I.
func hasImaginaryExp(e Expr) bool {
	if f, ok := e.(*Func); ok && f.def == fnExp && Has(f.args[0], I) {
		return true
	}
	for _, a := range e.Args() {
		if hasImaginaryExp(a) {
			return true
		}
	}
	return false
}

// hasGaussianProduct reports whether e raises a sum holding I to a power
// or multiplies one by another sum.
// hasGaussianRadicalSum reports whether e holds a sum of numbers with I
// in some term and an irrational factor common to every term
// (-sqrt(2)/2 - sqrt(2)*I/2).
func hasGaussianRadicalSum(e Expr) bool {
	if a, ok := e.(*Add); ok && isNumericExpr(a) && Has(a, I) {
		var common []Expr
		for i, t := range a.args {
			var fs []Expr
			for _, f := range mulArgs(t) {
				if _, isPow := f.(*Pow); isPow {
					fs = append(fs, f)
				}
			}
			if i == 0 {
				common = fs
				continue
			}
			common = slices.DeleteFunc(common, func(c Expr) bool { return !containsExpr(fs, c) })
		}
		if len(common) > 0 {
			return true
		}
	}
	return slices.ContainsFunc(e.Args(), hasGaussianRadicalSum)
}

func hasGaussianProduct(e Expr) bool {
	gaussianSum := func(f Expr) bool {
		a, ok := f.(*Add)
		return ok && Has(a, I)
	}
	switch x := e.(type) {
	case *Mul:
		gauss, sums := false, 0
		for _, f := range x.args {
			b := f
			if p, ok := f.(*Pow); ok {
				b = p.Base()
			}
			if _, ok := b.(*Add); ok {
				sums++
			}
			gauss = gauss || gaussianSum(b)
		}
		if gauss && sums > 1 {
			return true
		}
	case *Pow:
		if gaussianSum(x.Base()) {
			return true
		}
	}
	for _, a := range e.Args() {
		if hasGaussianProduct(a) {
			return true
		}
	}
	return false
}

// atomizeUndefined replaces each Derivative, Subs and applied undefined
// function in e (the outermost ones) by a Dummy of its own, with back
// the replacements the other way.
func atomizeUndefined(e Expr) (Expr, [][2]Expr) {
	var reps, back [][2]Expr
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		_, isD := e.(*Derivative)
		_, isS := e.(*Subs)
		if isD || isS || isAppliedUndef(e) {
			for _, r := range reps {
				if Equal(r[0], e) {
					return r[1]
				}
			}
			name := "Derivative"
			if f, ok := e.(*Func); ok {
				name = f.def.Name
			}
			d := NewDummy(name)
			reps = append(reps, [2]Expr{e, d})
			back = append(back, [2]Expr{d, e})
			return d
		}
		if len(e.Args()) == 0 {
			return e
		}
		return mapArgs(e, walk)
	}
	return walk(e), back
}
