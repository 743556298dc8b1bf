package engine

import (
	"math/big"
	"slices"
)

// laurent is a Laurent polynomial in x with rational coefficients: the
// coefficient of x**m under key m.
type laurent map[int]*big.Rat

// add adds c*x**m.
func (l laurent) add(m int, c *big.Rat) {
	if old, ok := l[m]; ok {
		c = new(big.Rat).Add(old, c)
	}
	if c.Sign() == 0 {
		delete(l, m)
		return
	}
	l[m] = c
}

// integral is the antiderivative of l without its x**-1 term (which
// integrates to a logarithm) and without a constant.
func (l laurent) integral() laurent {
	q := laurent{}
	for m, c := range l {
		if m != -1 {
			q.add(m+1, new(big.Rat).Quo(c, new(big.Rat).SetInt64(int64(m+1))))
		}
	}
	return q
}

// exponents are l's exponents, highest first (SymPy's printing order
// does not depend on it; the order only makes the build deterministic).
func (l laurent) exponents() []int {
	ms := make([]int, 0, len(l))
	for m := range l {
		ms = append(ms, m)
	}
	slices.Sort(ms)
	slices.Reverse(ms)
	return ms
}

// expr writes k*l as the sum of its terms, k a factor free of x.
func (l laurent) expr(k Expr, x *Symbol) Expr {
	ts := make([]Expr, 0, len(l))
	for _, m := range l.exponents() {
		ts = append(ts, NewMul(k, ratExpr(l[m]), NewPow(x, NewInt(int64(m)))))
	}
	return NewAdd(ts...)
}

// fraction writes k*l as risch_integrate's coefficients print. A
// polynomial is its expanded sum. Otherwise it depends on the domain k
// puts them in: over the rationals, or k a product of symbols, pi and E
// (a polynomial ring over them), one fraction k*N/(D*x**m) with N having
// integer coefficients, k multiplied into each of its terms, D the least
// common denominator of l's coefficients and x**-m its lowest power
// ((x**3 - 6)/(2*x) for x**2/2 - 3/x); with an algebraic number in k
// (SymPy's EX domain) the sum of its terms (3*sqrt(2)*x**2/2 -
// sqrt(2)/x**2). ok is false for other factors k.
func (l laurent) fraction(k Expr, x *Symbol) (Expr, bool) {
	low := 0
	D := big.NewInt(1)
	for m, c := range l {
		low = min(low, m)
		g := new(big.Int).GCD(nil, nil, D, c.Denom())
		D.Mul(D, new(big.Int).Quo(c.Denom(), g))
	}
	if low == 0 || len(l) == 1 {
		return l.expr(k, x), true
	}
	switch coefficientDomain(k) {
	case domainEX:
		return l.expr(k, x), true
	case domainOther:
		return nil, false
	}
	N := laurent{}
	scale := new(big.Rat).SetInt(D)
	for m, c := range l {
		N[m-low] = new(big.Rat).Mul(c, scale)
	}
	return NewMul(N.expr(k, x), NewRational(big.NewInt(1), D), NewPow(x, NewInt(int64(low)))), true
}

// The domains SymPy's construct_domain gives a factor k free of x, as far
// as the forms of risch_integrate's coefficients depend on them.
const (
	domainPoly  = iota // 1, or a product of symbols, pi and E: ZZ[y, pi, E]
	domainEX           // with an algebraic number (sqrt(2)): EX
	domainOther        // anything else (1/y, exp(y)): forms dcalc does not know
)

// coefficientDomain classifies k (a product free of x, rational
// coefficient apart).
func coefficientDomain(k Expr) int {
	domain := domainPoly
	for _, f := range mulArgs(k) {
		if toRat(f) != nil {
			continue
		}
		b, e := AsBaseExp(f)
		n, isInt := e.(*Integer)
		switch {
		case (isSymbol(b) || b == Pi || b == E) && isInt && n.Sign() > 0:
		case toRat(b) != nil && toRat(e) != nil:
			domain = domainEX
		default:
			return domainOther
		}
	}
	return domain
}

// logPolyParts reads f, expanded, as k times the sum over j of
// C_j*log(a*x)**j with C_j Laurent polynomials in x with rational
// coefficients, a a positive rational and k a product free of x shared
// by every term (y*log(x) + y/x); t is log(a*x). handled is false for
// other integrands or when no term holds the logarithm; ok is false (and
// handled true) for such a sum whose terms have different factors free
// of x (risch_integrate writes those in its own polynomial domain).
// (The logarithm stands for a dummy while f is expanded: expand would
// split log(2*x) into log(2) + log(x).)
func logPolyParts(f Expr, x *Symbol) (C map[int]laurent, k, t Expr, handled, ok bool) {
	var logs []Expr
	collectCalls(f, fnLog, &logs)
	if len(logs) == 0 || !isLogOfScaledX(logs[0], x) || slices.ContainsFunc(logs, func(l Expr) bool { return !Equal(l, logs[0]) }) {
		return nil, nil, nil, false, false
	}
	t = logs[0]
	T := NewDummy("t")
	C = map[int]laurent{}
	for _, term := range addArgs(Expand(Xreplace(f, [][2]Expr{{t, T}}))) {
		c := new(big.Rat).SetInt64(1)
		m, j := 0, 0
		var kt []Expr
		for _, fac := range mulArgs(term) {
			if q := toRat(fac); q != nil {
				c.Mul(c, q)
				continue
			}
			if _, isAdd := fac.(*Add); !isAdd && !Has(fac, x) && !Has(fac, T) {
				kt = append(kt, fac)
				continue
			}
			b, e := AsBaseExp(fac)
			n, isInt := e.(*Integer)
			if !isInt || !n.IsInt64() {
				return nil, nil, nil, false, false
			}
			switch {
			case Equal(b, x):
				m += int(n.Int64())
			case Equal(b, T) && n.Int64() > 0:
				j += int(n.Int64())
			default:
				return nil, nil, nil, false, false
			}
		}
		if k == nil {
			k = NewMul(kt...)
		} else if !Equal(k, NewMul(kt...)) {
			return nil, nil, nil, true, false
		}
		if C[j] == nil {
			C[j] = laurent{}
		}
		C[j].add(m, c)
	}
	return C, k, t, true, true
}

// isLogOfScaledX reports whether e is log(a*x) for a positive rational a.
func isLogOfScaledX(e Expr, x *Symbol) bool {
	fn, ok := e.(*Func)
	if !ok || fn.def != fnLog {
		return false
	}
	a, gx := AsCoeffMul(fn.args[0])
	q := toRat(a)
	return Equal(gx, x) && q != nil && q.Sign() > 0
}

// integLogPolynomial integrates a polynomial in t = log(a*x) whose
// coefficients are Laurent polynomials in x, as risch_integrate's
// primitive case does (integrate_primitive_polynomial): from the highest
// power of t down, C*t**j integrates by parts to Q*t**j minus the
// integral of j*Q/x*t**(j - 1), Q the integral of C, and c/x*t**j to
// c*t**(j + 1)/(j + 1). The answer is SymPy's: each power of t once,
// times its coefficient (an expanded polynomial or one fraction), the
// part free of t as separate terms, and c/x in that part as c*log(x)
// (x*log(x)**2 + log(x) gives x**2*log(x)**2/2 + x**2/4 - x +
// (-x**2/2 + x)*log(x)). handled is false for other integrands; ok is
// false where the part free of t has two or more negative powers of x
// (SymPy writes that one fraction with signs that come from its Hermite
// reduction), and then no term may be integrated alone either.
func integLogPolynomial(f Expr, x *Symbol) (F Expr, handled, ok bool) {
	C, k, t, handled, ok := logPolyParts(f, x)
	if !ok {
		return nil, handled, false
	}
	top := 0
	for j := range C {
		top = max(top, j)
	}
	A := map[int]laurent{}
	coeff := func(m map[int]laurent, j int) laurent {
		if m[j] == nil {
			m[j] = laurent{}
		}
		return m[j]
	}
	var logTerm Expr = Zero
	if c, ok := C[0][-1]; ok {
		logTerm = NewMul(k, ratExpr(c), fnLog.call(x))
	}
	for j := top; j >= 0; j-- {
		Cj := coeff(C, j)
		if c, ok := Cj[-1]; ok && j > 0 {
			coeff(A, j+1).add(0, new(big.Rat).Quo(c, new(big.Rat).SetInt64(int64(j+1))))
		}
		Q := Cj.integral()
		for m, q := range Q {
			coeff(A, j).add(m, q)
			if j > 0 {
				coeff(C, j-1).add(m-1, new(big.Rat).Mul(q, new(big.Rat).SetInt64(int64(-j))))
			}
		}
	}
	terms := []Expr{logTerm}
	negative := 0
	for m, c := range A[0] {
		if m < 0 {
			negative++
		}
		terms = append(terms, NewMul(k, ratExpr(c), NewPow(x, NewInt(int64(m)))))
	}
	if negative > 1 {
		return nil, true, false
	}
	for j, Aj := range A {
		if j > 0 && len(Aj) > 0 {
			c, ok := Aj.fraction(k, x)
			if !ok {
				return nil, true, false
			}
			terms = append(terms, NewMul(c, NewPow(t, NewInt(int64(j)))))
		}
	}
	return NewAdd(terms...), true, true
}
