package engine

import (
	"math/big"
	"slices"
	"strings"
)

// SumDef is SymPy's Sum: Sum(f, (i, a, b), ...) unevaluated; doit (and
// summation) evaluates what SymPy's eval_sum evaluates in closed form
// for the cases ported here, and raises NotImplementedError for the
// rest rather than answer differently.
var SumDef = builtin("Sum", 0)

func init() {
	SumDef.hooks = hooks{
		tex:         texConcrete(`\sum`),
		pretty:      prettySum,
		notFunction: true,
		eval:        denest(SumDef),
		lacks: lack("an unevaluated sum: doit() evaluates it",
			"fdiff", "evalf", "evalc", "real", "series"),
	}
}

// NewSum builds Sum(f, (i, a, b), ...) from limits given as (i, a, b).
func NewSum(f Expr, limits [][3]Expr) Expr { return newConcrete(SumDef, f, limits) }

// HasUnevaluatedSum reports whether e holds a Sum.
func HasUnevaluatedSum(e Expr) bool { return anyNode(e, func(n Expr) bool { return IsSum(n) }) }

// IsSum reports whether e is an unevaluated Sum.
func IsSum(e Expr) bool { return isConcrete(e, SumDef) }

// sumDoit is Sum.doit: each limit in turn through eval_sum, innermost
// first (an empty range, b = a - 1, sums to 0), then doit on the result.
func sumDoit(s *Func) Expr {
	return concreteDoit(s, "sum", func(f Expr, i *Symbol, a, b Expr) (Expr, bool) {
		if isInt(Sub(b, a), -1) {
			return Zero, true
		}
		return evalSum(f, i, a, b)
	})
}

// evalSum is SymPy's eval_sum for the cases dcalc follows exactly: a
// summand free of i, a single term, a definite sum of fewer than 100
// terms (added term by term after SymPy's linearity steps), and the
// symbolic sums of eval_sum_symbolic that need no Piecewise, harmonic
// number or Gosper's algorithm; a nil result with ok is SymPy's None
// (the sum stays unevaluated).
func evalSum(f Expr, i *Symbol, a, b Expr) (Expr, bool) {
	if isZeroInt(f) {
		return Zero, true
	}
	if !Has(f, i) {
		return NewMul(f, NewAdd(Sub(b, a), One)), true
	}
	if Equal(a, b) {
		return SubsPairs(f, [][2]Expr{{i, a}}), true
	}
	dif := Sub(b, a)
	if d, ok := dif.(*Integer); ok {
		if d.IsInt64() && d.Int64() < 100 {
			return evalSumDirect(f, i, a, d.Int64())
		}
	}
	if plainIndexedTerm(Expand(f), i) {
		return nil, true
	}
	return evalSumSymbolic(Expand(f), i, a, b)
}

// plainIndexedTerm reports whether a term of the expanded summand f
// holds an indexed symbol x[i] of the index itself, and every indexed
// symbol's indices are i or free of it: eval_sum_symbolic has no rule
// for x[i] (no polynomial, geometric, Gosper or hypergeometric term),
// so a sum with such a term over a symbolic range stays unevaluated
// (Sum(2*mu - 2*x[i], (i, 1, n))). A shifted index (x[i + 1] - x[i])
// may telescope, and is left to the other rules.
func plainIndexedTerm(f Expr, i *Symbol) bool {
	var calls []Expr
	collectCalls(f, fnIndexed, &calls)
	plain := false
	for _, c := range calls {
		for _, ix := range c.Args()[1:] {
			switch {
			case Equal(ix, i):
				plain = true
			case Has(ix, i):
				return false
			}
		}
	}
	return plain
}

// evalSumDirect is eval_sum_direct without its apart step: linearity
// over products and sums, then the terms added.
func evalSumDirect(e Expr, i *Symbol, a Expr, dif int64) (Expr, bool) {
	if _, isMul := e.(*Mul); !isMul && !hasRational(e, i) {
		// apart(expr, i): a polynomial in i with other symbols in its
		// coefficients is summed power by power
		if cs, ok := polyCoeffs(e, i); ok && len(cs) > 1 && slices.ContainsFunc(cs, func(c Expr) bool { return toRat(c) == nil }) {
			if ex, isAdd := Expand(e).(*Add); isAdd {
				if g, ok := groupPowersOf(ex, i); ok {
					ex = g
				}
				e = ex
			}
		}
	}
	switch x := e.(type) {
	case *Mul:
		without, with := independentOf(x.args, i)
		if !isInt(without, 1) {
			if s, ok := evalSumDirect(with, i, a, dif); ok {
				return NewMul(without, s), true
			}
		}
	case *Add:
		if hasRational(e, i) {
			return nil, false // eval_sum_direct applies apart here
		}
		without, with := independentTerms(x.args, i)
		if !isZeroInt(without) {
			if s, ok := evalSumDirect(with, i, a, dif); ok {
				return NewAdd(NewMul(without, NewInt(dif+1)), s), true
			}
		}
	}
	if _, isAdd := e.(*Add); !isAdd && hasRational(e, i) {
		return nil, false
	}
	terms := make([]Expr, 0, dif+1)
	for j := int64(0); j <= dif; j++ {
		terms = append(terms, SubsPairs(e, [][2]Expr{{i, NewAdd(a, NewInt(j))}}))
	}
	return NewAdd(terms...), true
}

// hasRational reports whether i occurs in a denominator of e, where
// SymPy's apart could rewrite the summand and change the form of the
// result; a summand in i alone sums to a number either way.
func hasRational(e Expr, i *Symbol) bool {
	if onlySymbol(e, i) || !isRationalIn(e, i) {
		// (apart raises PolynomialError when i sits inside a function
		// or an exponent, x**k/factorial(k), and the summand stays)
		return false
	}
	return inDenominator(e, i)
}

// onlySymbol reports whether i is the only free symbol of e.
func onlySymbol(e Expr, i *Symbol) bool {
	for _, s := range FreeSymbols(e) {
		if !Equal(s, i) {
			return false
		}
	}
	return true
}

func inDenominator(e Expr, i *Symbol) bool {
	for _, f := range mulArgs(e) {
		if p, ok := f.(*Pow); ok && Has(p.Base(), i) {
			if s, ok := numSign(p.Exp()); ok && s < 0 {
				if _, isSym := p.Base().(*Symbol); !isSym {
					return true
				}
			}
		}
	}
	if ad, ok := e.(*Add); ok {
		for _, t := range ad.args {
			if inDenominator(t, i) {
				return true
			}
		}
	}
	return false
}

// independentOf splits factors into the product of those free of i and
// the product of the rest (as_independent).
func independentOf(fs []Expr, i *Symbol) (Expr, Expr) {
	var in, out []Expr
	for _, f := range fs {
		if Has(f, i) {
			out = append(out, f)
		} else {
			in = append(in, f)
		}
	}
	return NewMul(in...), NewMul(out...)
}

// independentTerms is independentOf for the terms of a sum.
func independentTerms(ts []Expr, i *Symbol) (Expr, Expr) {
	var in, out []Expr
	for _, t := range ts {
		if Has(t, i) {
			out = append(out, t)
		} else {
			in = append(in, t)
		}
	}
	return NewAdd(in...), NewAdd(out...)
}

// evalSumSymbolic is eval_sum_symbolic for sums and products split by
// linearity, powers i**n with n >= 0 (Faulhaber's formula through
// Bernoulli polynomials), i**-n summed from a positive integer (harmonic
// numbers, zeta at oo), geometric terms with a
// rational ratio other than 1, and convergent geometric series to oo.
func evalSumSymbolic(f Expr, i *Symbol, a, b Expr) (Expr, bool) {
	if !Has(f, i) {
		return NewMul(f, NewAdd(Sub(b, a), One)), true
	}
	switch x := f.(type) {
	case *Mul:
		L, R := x.args[0], NewMul(x.args[1:]...)
		if !Has(L, i) {
			if s, ok := evalSumSymbolic(R, i, a, b); ok {
				return NewMul(L, s), true
			}
		}
		if !Has(R, i) {
			if s, ok := evalSumSymbolic(L, i, a, b); ok {
				return NewMul(s, R), true
			}
		}
	case *Add:
		if g, ok := groupPowersOf(x, i); ok {
			// apart(f, i), which eval_sum_symbolic applies first, writes
			// a polynomial in i with one coefficient per power
			x = g
		}
		L, R := x.args[0], NewAdd(x.args[1:]...)
		ls, ok1 := evalSumSymbolic(L, i, a, b)
		rs, ok2 := evalSumSymbolic(R, i, a, b)
		if ok1 && ok2 {
			if r := NewAdd(ls, rs); r != NaN {
				return r, true
			}
		}
		return nil, false
	}
	if n, ok := powerOf(f, i); ok {
		switch {
		case n >= 0:
			if b == Oo && a != NegOo || a == NegOo && b != Oo {
				return Oo, true
			}
			if hasSpecial(a) || hasSpecial(b) {
				return nil, false
			}
			m := n + 1
			r := Div(Sub(bernoulliPoly(m, NewAdd(b, One)), bernoulliPoly(m, a)), NewInt(m))
			return Expand(r), true
		default:
			// harmonic numbers: harmonic(oo, s) is zeta(s) (oo for s = 1)
			if ai, ok := a.(*Integer); ok && ai.Sign() > 0 {
				a1 := Sub(ai, One)
				if n == -1 {
					return Sub(fnHarmonic.call(b), fnHarmonic.call(a1)), true
				}
				m := NewInt(-n)
				return Sub(fnHarmonic.call(b, m), fnHarmonic.call(a1, m)), true
			}
		}
		return nil, false
	}
	// a convergent geometric series from an integer to oo (SymPy gets
	// it from Gosper's algorithm): a number, P*q**a/(1 - q) for |q| < 1
	if p, ok := f.(*Pow); ok && b == Oo && IsInteger(a) && !Has(p.Base(), i) {
		if cs, ok := polyCoeffs(Expand(p.Exp()), i); ok && len(cs) == 2 {
			P, q := NewPow(p.Base(), cs[0]), NewPow(p.Base(), cs[1])
			if IsRational(P) && IsRational(q) {
				if c, ok := numCmp(numAbsReal(q), One); ok && c < 0 {
					return Div(NewMul(P, NewPow(q, a)), Sub(One, q)), true
				}
			}
		}
	}
	if isZeroInt(a) && b == Oo {
		if r, ok := sumExpSeries(f, i); ok {
			return r, true
		}
	}
	if b == Oo {
		if r, ok := sumGeometricSymbolic(f, i, a); ok {
			return r, true
		}
		if r, ok := sumNumericInfinite(f, i, a); ok {
			return r, true
		}
	}
	if hasSpecial(a) || hasSpecial(b) {
		return nil, false
	}
	// geometric: c1**(c2*i + c3) with c1**c2 a number other than 1
	if p, ok := f.(*Pow); ok && !Has(p.Base(), i) {
		cs, ok := polyCoeffs(Expand(p.Exp()), i)
		if ok && len(cs) == 2 {
			P := NewPow(p.Base(), cs[0])
			q := NewPow(p.Base(), cs[1])
			// a rational ratio other than 1 (SymPy's Piecewise on
			// q == 1 collapses to the geometric formula)
			if IsRational(q) && !isInt(q, 1) {
				r := Div(NewMul(P, Sub(NewPow(q, a), NewPow(q, NewAdd(b, One)))), Sub(One, q))
				return r, true
			}
			if symbolRatio(q) {
				// a symbolic ratio: eval_sum_symbolic's Piecewise on q == 1
				r := Div(NewMul(P, Sub(NewPow(q, a), NewPow(q, NewAdd(b, One)))), Sub(One, q))
				l := NewMul(P, NewAdd(Sub(b, a), One))
				return MustApply(fnPiecewise, l, NewRel("==", q, One), r, STrue), true
			}
		}
	}
	return nil, false
}

// groupPowersOf writes f, a polynomial in i, as apart(f, i) does: one
// term per power of i, its coefficient cancelled into one fraction
// ((6*n**2 - 24*n + 24)*i/n**3 for 6*i/n - 24*i/n**2 + 24*i/n**3).
// Where the leading coefficient is negative, Poly.cancel takes the sign
// out as a common factor -1 and apart multiplies it into every term:
// -(1 - 2*n)/n for the constant (2*n - 1)/n. ok is false when f is not
// a polynomial in i or no power has several terms.
func groupPowersOf(f *Add, i *Symbol) (*Add, bool) {
	cs, ok := polyCoeffs(f, i)
	if !ok {
		return nil, false
	}
	grouped := false
	for _, c := range cs {
		if _, sum := c.(*Add); sum && !IsNumber(c) {
			grouped = true
		}
	}
	if !grouped {
		return nil, false
	}
	negate := leadingSign(cs[len(cs)-1]) < 0
	ts := make([]Expr, 0, len(cs))
	for j, c := range cs {
		if isZeroInt(c) {
			continue
		}
		if negate {
			c = Neg(c)
		}
		if _, sum := c.(*Add); sum && !IsNumber(c) {
			cc, err := Cancel(c)
			if err != nil {
				return nil, false
			}
			c = cc
		}
		t := NewMul(c, NewPow(i, NewInt(int64(j))))
		if negate {
			t = NewMul(NegOne, t)
		}
		ts = append(ts, t)
	}
	g, isAdd := NewAdd(ts...).(*Add)
	return g, isAdd
}

// leadingSign is the sign of the leading coefficient of c's numerator as
// a polynomial in its symbols taken in name order (SymPy's ZZ[a, n]
// ground domain's is_negative), 0 when that is not a number.
func leadingSign(c Expr) int {
	n, _ := numerDenom(Expand(c))
	n = Expand(n)
	syms := FreeSymbols(n)
	slices.SortFunc(syms, func(a, b *Symbol) int { return strings.Compare(a.Name(), b.Name()) })
	for _, s := range syms {
		cs, ok := polyCoeffs(n, s)
		if !ok || len(cs) == 0 {
			return 0
		}
		n = Expand(cs[len(cs)-1])
	}
	if q := toRat(n); q != nil {
		return q.Sign()
	}
	return 0
}

// symbolRatio reports whether q is a product of positive integer powers
// of symbols, a ratio whose condition q == 1 SymPy's Piecewise keeps as
// written (2*x == 1 it would write as x == 1/2).
func symbolRatio(q Expr) bool { return !IsNumber(q) && positiveSymbolPowers(q) }

// powerOf matches f against i**n with n an integer.
func powerOf(f Expr, i *Symbol) (int64, bool) {
	if Equal(f, i) {
		return 1, true
	}
	if p, ok := f.(*Pow); ok && Equal(p.Base(), i) {
		if n, ok := p.Exp().(*Integer); ok && n.IsInt64() {
			return n.Int64(), true
		}
	}
	return 0, false
}

// bernoulliNumbers returns B_0..B_n with B_1 = -1/2 (the convention of
// the Bernoulli polynomials' constant terms).
func bernoulliNumbers(n int) []*big.Rat {
	B := make([]*big.Rat, n+1)
	for m := 0; m <= n; m++ {
		// B_m = -1/(m+1) * sum_{k<m} C(m+1, k) B_k
		if m == 0 {
			B[0] = big.NewRat(1, 1)
			continue
		}
		s := new(big.Rat)
		for k := 0; k < m; k++ {
			c := new(big.Rat).SetInt(new(big.Int).Binomial(int64(m+1), int64(k)))
			s.Add(s, c.Mul(c, B[k]))
		}
		B[m] = s.Mul(s, big.NewRat(-1, int64(m+1)))
	}
	return B
}

// bernoulliPoly is the Bernoulli polynomial B_m(x) = sum C(m, k) B_k x**(m-k).
func bernoulliPoly(m int64, x Expr) Expr {
	B := bernoulliNumbers(int(m))
	terms := make([]Expr, 0, m+1)
	for k := int64(0); k <= m; k++ {
		if B[k].Sign() == 0 {
			continue
		}
		c := new(big.Rat).Mul(new(big.Rat).SetInt(new(big.Int).Binomial(m, k)), B[k])
		terms = append(terms, NewMul(ratFrom(c), NewPow(x, NewInt(m-k))))
	}
	return NewAdd(terms...)
}

// sumSign is PrettyPrinter._print_Sum's asum: the lines of a summation
// sign for a summand hrequired lines tall, with d (its half height), h
// (its height) and more (1 when hrequired is odd).
func sumSign(hrequired int, uni bool) (d, h int, lines []string, more int) {
	h = max(hrequired, 2)
	d = h / 2
	w := d + 1
	more = hrequired % 2
	if !uni {
		lines = append(lines, strings.Repeat("_", w)+" ")
		lines = append(lines, `\`+strings.Repeat(" ", w-1)+"`")
		for i := 1; i < d; i++ {
			lines = append(lines, strings.Repeat(" ", i)+`\`+strings.Repeat(" ", w-i))
		}
		if more == 1 {
			lines = append(lines, strings.Repeat(" ", d)+")"+strings.Repeat(" ", w-d))
		}
		for i := d - 1; i >= 1; i-- {
			lines = append(lines, strings.Repeat(" ", i)+"/"+strings.Repeat(" ", w-i))
		}
		lines = append(lines, "/"+strings.Repeat("_", w-1)+",")
		return d, h + more, lines, more
	}
	w += more
	d += more
	lines = append(lines, strings.Repeat("_", w))
	for i := 0; i < d; i++ {
		lines = append(lines, strings.Repeat(" ", i)+"╲"+strings.Repeat(" ", w-i-1))
	}
	for i := d - 1; i >= 0; i-- {
		lines = append(lines, strings.Repeat(" ", i)+"╱"+strings.Repeat(" ", w-i-1))
	}
	lines = append(lines, strings.Repeat("‾", w))
	return d, h + 2*more, lines, more
}

// prettySum is PrettyPrinter._print_Sum: a sign per limit, sized to
// the summand, with the upper limit above it and "i = a" below.
func prettySum(p *prettyPrinter, f *Func) *pict {
	lims := sumLimits(f)
	if lims == nil {
		return nil
	}
	F := p.print(f.args[0])
	if _, ok := f.args[0].(*Add); ok {
		F = F.paren(p.uni)
	}
	H := F.height() + 2
	first := true
	maxUpper, signHeight, adjustment := 0, 0, 0
	for _, l := range lims {
		upper := p.print(l[2])
		lower := p.print(l[0]).right(str(" = "), p.print(l[1]))
		maxUpper = max(maxUpper, upper.height())
		d, h, lines, more := sumSign(H, p.uni)
		adjustment = more
		// stringPict.stack: the baseline is the first line's height plus
		// the second's baseline
		sign := &pict{lines: lines, base: 1}
		if first {
			signHeight = sign.height()
		}
		sign = sign.above(p.uni, upper).below(p.uni, lower)
		if first {
			F.base -= d - (F.height()/2 - F.base)
			first = false
		}
		padLines := make([]string, h)
		for k := range padLines {
			padLines[k] = " "
		}
		pb := 0
		if h > 1 {
			pb = 1
		}
		sign = sign.right(&pict{lines: padLines, base: pb})
		F = sign.right(F)
	}
	asciiAdj := 0
	if !p.uni && adjustment == 0 {
		asciiAdj = 1
	}
	F.base = maxUpper + signHeight/2 + asciiAdj
	F.binding = bindMul
	return F
}

// sumExpSeries is the sum from i = 0 to oo of the series of exp, cos,
// sin, cosh and sinh, which SymPy's eval_sum_hyper finds and
// hyperexpand closes: prod(b_j**(i + q_j))/factorial(i) is
// prod(b_j**q_j)*exp(prod(b_j)); s**(2*i)/factorial(2*i) and
// s**(2*i + 1)/factorial(2*i + 1) are cosh(s) and sinh(s), cos(s) and
// sin(s) with a factor (-1)**i.
func sumExpSeries(f Expr, i *Symbol) (Expr, bool) {
	var fact *Func
	var consts, bases []Expr
	var ps, qs []Expr
	for _, m := range mulArgs(f) {
		if !Has(m, i) {
			consts = append(consts, m)
			continue
		}
		if pw, ok := m.(*Pow); ok && isInt(pw.Exp(), -1) {
			if fn, ok := pw.Base().(*Func); ok && fn.def == fnFactorial && fact == nil {
				fact = fn
				continue
			}
		}
		b, e := AsBaseExp(m)
		cs, ok := polyCoeffs(e, i)
		if Has(b, i) || !ok || len(cs) != 2 {
			return nil, false
		}
		bases, ps, qs = append(bases, b), append(ps, cs[1]), append(qs, cs[0])
	}
	if fact == nil {
		return nil, false
	}
	fc, ok := polyCoeffs(fact.args[0], i)
	if !ok || len(fc) != 2 {
		return nil, false
	}
	C := NewMul(consts...)
	switch {
	case isInt(fc[1], 1) && isZeroInt(fc[0]):
		// prod(b**(p*i + q)) = prod(b**q)*z**i with z = prod(b**p)
		var z, q []Expr
		for j, b := range bases {
			z = append(z, NewPow(b, ps[j]))
			q = append(q, NewPow(b, qs[j]))
		}
		return NewMul(C, NewMul(q...), fnExp.call(NewMul(z...))), true
	case isInt(fc[1], 2) && (isZeroInt(fc[0]) || isInt(fc[0], 1)):
		// prod(b**(p*i + q)) = (-1)**i*prod(b**(q - p*c/2))*s**(2*i + c)
		// with s = prod(b**(p/2))
		c := fc[0]
		var s, rest []Expr
		sign := false
		for j, b := range bases {
			if isInt(b, -1) && isInt(ps[j], 1) && isZeroInt(qs[j]) && !sign {
				sign = true
				continue
			}
			half := Div(ps[j], Two)
			if !IsInteger(half) && IsNegative(b) != False {
				return nil, false // the square root of a base that may be negative
			}
			s = append(s, NewPow(b, half))
			rest = append(rest, NewPow(b, Sub(qs[j], NewMul(half, c))))
		}
		if len(s) == 0 {
			return nil, false
		}
		fn := map[[2]bool]*FuncDef{{false, false}: fnCosh, {false, true}: fnSinh, {true, false}: fnCos, {true, true}: fnSin}[[2]bool{sign, isInt(c, 1)}]
		return NewMul(C, NewMul(rest...), fn.call(NewMul(s...))), true
	}
	return nil, false
}

// sumGeometricSymbolic is the sum from a (a nonnegative integer) to oo
// of q**i with q symbolic (f a product of powers b**(p*i)), as SymPy's
// eval_sum_hyper answers: Piecewise((q**a/(1 - q), Abs(q) < 1),
// (Sum(f, (i, a, oo)), True)). A q with a numeric coefficient other
// than -1 is refused (SymPy writes its condition as Abs(x) < 2).
func sumGeometricSymbolic(f Expr, i *Symbol, a Expr) (Expr, bool) {
	if z, ok := a.(*Integer); !ok || z.Sign() < 0 {
		return nil, false
	}
	var q []Expr
	for _, m := range mulArgs(f) {
		b, e := AsBaseExp(m)
		cs, ok := polyCoeffs(e, i)
		if Has(b, i) || !ok || len(cs) != 2 || !isZeroInt(cs[0]) {
			return nil, false
		}
		p, ok := cs[1].(*Integer)
		if !ok || p.Sign() <= 0 {
			return nil, false
		}
		q = append(q, NewPow(b, p))
	}
	Q := NewMul(q...)
	if IsNumber(Q) || len(FreeSymbols(Q)) == 0 {
		return nil, false // numbers: the rule above
	}
	if c, _ := AsCoeffMul(Q); !isInt(c, 1) && !isInt(c, -1) {
		return nil, false
	}
	v := Div(NewPow(Q, a), Sub(One, Q))
	cond := NewRel("<", fnAbs.call(Q), One)
	return MustApply(fnPiecewise, v, cond, NewSum(f, [][3]Expr{{i, a, Oo}}), STrue), true
}
