package engine

import "math/big"

// This file holds small polynomial tools for the calculus functions:
// coefficient lists in one variable, rational-root search and the
// quadratic formula in the form SymPy's roots_quadratic writes it.

// polyCoeffs returns the coefficients of e as a polynomial in x, lowest
// degree first (coefficients free of x), or false when e is not a
// polynomial in x.
func polyCoeffs(e Expr, x *Symbol) ([]Expr, bool) {
	e = Expand(e)
	var cs []Expr
	addAt := func(d int, c Expr) {
		for len(cs) <= d {
			cs = append(cs, Zero)
		}
		cs[d] = NewAdd(cs[d], c)
	}
	for _, t := range addArgs(e) {
		d := 0
		var coeff []Expr
		for _, f := range mulArgs(t) {
			if Equal(f, x) {
				d++
				continue
			}
			if p, ok := f.(*Pow); ok && Equal(p.Base(), x) {
				n, ok := p.Exp().(*Integer)
				if !ok || n.Sign() < 0 || !n.IsInt64() || n.Int64() > 1000 {
					return nil, false
				}
				d += int(n.Int64())
				continue
			}
			if Has(f, x) {
				return nil, false
			}
			coeff = append(coeff, f)
		}
		addAt(d, NewMul(coeff...))
	}
	for len(cs) > 0 && isZeroInt(cs[len(cs)-1]) {
		cs = cs[:len(cs)-1]
	}
	return cs, true
}

// polyExpr rebuilds sum cs[i]*x**i.
func polyExpr(cs []Expr, x Expr) Expr {
	ts := make([]Expr, 0, len(cs))
	for i, c := range cs {
		ts = append(ts, NewMul(c, NewPow(x, NewInt(int64(i)))))
	}
	return NewAdd(ts...)
}

// ratCoeffs converts coefficients to rationals, or fails.
func ratCoeffs(cs []Expr) ([]*big.Rat, bool) {
	out := make([]*big.Rat, len(cs))
	for i, c := range cs {
		r := toRat(c)
		if r == nil {
			return nil, false
		}
		out[i] = new(big.Rat).Set(r)
	}
	return out, true
}

// ratPolyEval evaluates the polynomial at r (Horner).
func ratPolyEval(cs []*big.Rat, r *big.Rat) *big.Rat {
	v := new(big.Rat)
	for i := len(cs) - 1; i >= 0; i-- {
		v.Mul(v, r)
		v.Add(v, cs[i])
	}
	return v
}

// ratPolyDivRoot divides by (x - r), assuming r is a root.
func ratPolyDivRoot(cs []*big.Rat, r *big.Rat) []*big.Rat {
	n := len(cs) - 1
	out := make([]*big.Rat, n)
	carry := new(big.Rat)
	for i := n; i >= 1; i-- {
		carry = new(big.Rat).Add(cs[i], new(big.Rat).Mul(carry, r))
		out[i-1] = carry
	}
	return out
}

// divisors returns the positive divisors of |n| when it is small enough to
// enumerate, or nil.
func divisors(n *big.Int) []*big.Int {
	a := new(big.Int).Abs(n)
	if a.Sign() == 0 || a.BitLen() > 40 {
		return nil
	}
	v := a.Int64()
	var ds []*big.Int
	for d := int64(1); d*d <= v; d++ {
		if v%d == 0 {
			ds = append(ds, big.NewInt(d))
			if d*d != v {
				ds = append(ds, big.NewInt(v/d))
			}
		}
	}
	return ds
}

// rationalRoots finds the distinct rational roots of a polynomial with
// rational coefficients and returns them with the remaining factor (the
// polynomial divided by every root found, with multiplicity).
func rationalRoots(cs []*big.Rat) ([]*big.Rat, []*big.Rat, bool) {
	var roots []*big.Rat
	// zero roots
	for len(cs) > 1 && cs[0].Sign() == 0 {
		if len(roots) == 0 {
			roots = append(roots, new(big.Rat))
		}
		cs = cs[1:]
	}
	for {
		if len(cs) <= 1 {
			return roots, cs, true
		}
		// integer coefficients
		l := big.NewInt(1)
		for _, c := range cs {
			l = lcm(l, c.Denom())
		}
		lead := new(big.Int).Mul(cs[len(cs)-1].Num(), new(big.Int).Quo(l, cs[len(cs)-1].Denom()))
		tail := new(big.Int).Mul(cs[0].Num(), new(big.Int).Quo(l, cs[0].Denom()))
		ps, qs := divisors(tail), divisors(lead)
		if ps == nil || qs == nil {
			return nil, nil, false
		}
		found := false
		for _, p := range ps {
			for _, q := range qs {
				for _, sg := range []int64{1, -1} {
					r := new(big.Rat).SetFrac(new(big.Int).Mul(p, big.NewInt(sg)), q)
					if ratPolyEval(cs, r).Sign() == 0 {
						if !containsRat(roots, r) {
							roots = append(roots, r)
						}
						cs = ratPolyDivRoot(cs, r)
						found = true
						break
					}
				}
				if found {
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			return roots, cs, true
		}
	}
}

func containsRat(rs []*big.Rat, r *big.Rat) bool {
	for _, x := range rs {
		if x.Cmp(r) == 0 {
			return true
		}
	}
	return false
}

func lcm(a, b *big.Int) *big.Int {
	g := new(big.Int).GCD(nil, nil, a, b)
	return new(big.Int).Mul(a, new(big.Int).Quo(b, g))
}

// sqrtSquares is roots_quadratic's _sqrt: even powers among the factors
// of d come out of the square root.
func sqrtSquares(d Expr) Expr {
	var co, other []Expr
	for _, f := range mulArgs(d) {
		if p, ok := f.(*Pow); ok {
			if n, ok := p.Exp().(*Integer); ok && n.IsInt64() && n.Int64()%2 == 0 {
				co = append(co, NewPow(p.Base(), NewInt(n.Int64()/2)))
				continue
			}
		}
		other = append(other, f)
	}
	if len(co) > 0 {
		return NewMul(NewMul(co...), Sqrt(NewMul(other...)))
	}
	return Sqrt(d)
}

// quadraticRoots is SymPy's roots_quadratic for a*x**2 + b*x + c with
// numeric coefficients.
func quadraticRoots(a, b, c Expr) []Expr {
	switch {
	case isZeroInt(c):
		return []Expr{Zero, Neg(Div(b, a))}
	case isZeroInt(b):
		r := sqrtSquares(Neg(Div(c, a)))
		return []Expr{Neg(r), r}
	}
	d := Expand(Sub(NewMul(b, b), NewMul(NewInt(4), a, c)))
	A := NewMul(Two, a)
	B := Neg(Div(b, A))
	D := FactorTerms(Div(sqrtSquares(d), A))
	return []Expr{Sub(B, D), NewAdd(B, D)}
}

// polyRoots returns the distinct roots of the polynomial with rational
// coefficients cs, or false when some irreducible factor has degree above
// two.
func polyRoots(cs []Expr) ([]Expr, bool) {
	rc, ok := ratCoeffs(cs)
	if !ok {
		rc, ok = commonFactorCoeffs(cs)
	}
	if !ok {
		return symbolicPolyRoots(cs)
	}
	// SymPy's solve takes roots()'s keys, sorted afterwards
	if rs, err := rootsRat(rc, polyExpr(cs, NewDummy("x"))); err == nil {
		n := 0
		var out []Expr
		for _, r := range rs {
			n += r.Mult
			out = append(out, r.Root)
		}
		if n == len(rc)-1 {
			return out, true
		}
	}
	rs, rest, ok := rationalRoots(rc)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		out = append(out, ratFrom(r))
	}
	switch len(rest) {
	case 0, 1:
	case 3:
		out = append(out, quadraticRoots(ratFrom(rest[2]), ratFrom(rest[1]), ratFrom(rest[0]))...)
	default:
		// several irreducible quadratic factors (x**4 - x**2 - 2):
		// each by roots' heuristics, as SymPy's roots does
		x := NewDummy("x")
		_, fs, err := FactorList(upolyExpr(primitiveInts(rest), x))
		if err != nil {
			return nil, false
		}
		for _, fp := range fs {
			fc, _ := polyCoeffs(fp.Base, x)
			g, _ := ratCoeffs(fc)
			rs, err := tryHeuristics(primitiveInts(g), fp.Base)
			if err != nil {
				return nil, false
			}
			out = append(out, rs...)
		}
	}
	return out, true
}

// commonFactorCoeffs divides coefficients by the leading one when that
// leaves them all rational (sqrt(3)*t**2 + sqrt(3)*t - sqrt(3)): the
// roots are those of the rational polynomial, which is what roots()
// gives for such a polynomial over EX.
func commonFactorCoeffs(cs []Expr) ([]*big.Rat, bool) {
	n := len(cs)
	for n > 0 && IsZero(cs[n-1]) == True {
		n--
	}
	if n < 2 {
		return nil, false
	}
	inv := NewPow(cs[n-1], NegOne)
	out := make([]*big.Rat, n)
	for i, c := range cs[:n] {
		if out[i] = toRat(NewMul(c, inv)); out[i] == nil {
			return nil, false
		}
	}
	return out, true
}

// scaledByGenerator reports whether a has a factor g**e, e a positive
// multiple of n, of a symbol or constant g that b lacks: then SymPy's
// preprocess_roots would take g**(e/n) out of the roots of a*x**n + b.
func scaledByGenerator(a, b Expr, n int) bool {
	for _, f := range mulArgs(a) {
		g, e := AsBaseExp(f)
		if _, isConst := g.(*Constant); IsNumber(g) && !isConst {
			continue
		}
		k, ok := e.(*Integer)
		if !ok || !k.IsInt64() || k.Int64()%int64(n) != 0 {
			continue
		}
		if !Has(b, g) {
			return true
		}
	}
	return false
}

// symbolicPolyRoots is solve's roots of a polynomial with symbolic
// coefficients of degree two at most, each simplified as solve's
// simplify flag does (solve(x - a**3 + 2*a, x) is [a*(a**2 - 2)]); for a
// missing middle or constant term roots_quadratic factors the ratio first
// (its _simplify over a composite domain), so x**2*(1 - 4*a**2) + 16*a**2
// has the roots -4*a*sqrt(1/(4*a**2 - 1)), 4*a*sqrt(1/(4*a**2 - 1)).
func symbolicPolyRoots(cs []Expr) ([]Expr, bool) {
	switch {
	case len(cs) == 2:
		// where dcalc's simplify refuses, the quotient as it is (the
		// value is right; its form may not be SymPy's)
		// (solve_linear's expand_mul(-n(0)/n'), then solve's simplify)
		r := expandMulDeep(Div(Neg(cs[0]), cs[1]))
		if s, err := trySimplify(r); err == nil {
			r = s
		}
		return []Expr{r}, true
	case len(cs) == 3 && (isZeroInt(cs[0]) || isZeroInt(cs[1])):
		// (where dcalc's factor or simplify refuses, solve refuses: the
		// roots before those steps are not in SymPy's form)
		rs, err := twoTermQuadratic(cs)
		return rs, err == nil
	}
	if len(cs) > 3 && isZeroInt(cs[0]) {
		// roots' terms_gcd: x**k divides the polynomial, 0 is a root and
		// the rest are the quotient's
		k := 0
		for isZeroInt(cs[k]) {
			k++
		}
		rs, ok := symbolicPolyRoots(cs[k:])
		return append(rs, Zero), ok
	}
	if len(cs) >= 3 {
		return symbolicQuadratic(cs)
	}
	return nil, false
}

// symbolicBinomial is roots_binomial for a*x**n + b, n >= 3, with
// symbolic a or b (4*pi*r**3 - 2000, the can of least surface), for
// solve of a polynomial and roots() (where solve inverts a function,
// log(x**3) = 2, _tsolve writes the roots its own way): alpha =
// root(-b/a, n), expanded as a complex number when it is a number, times
// the n-th roots of unity in roots_binomial's order; more than two roots
// are left unsimplified, as solve leaves them.
func symbolicBinomial(cs []Expr) (out []Expr, ok bool) {
	n := len(cs) - 1
	if n < 3 || n == 5 || n > 6 || IsZero(cs[0]) != False || IsZero(cs[n]) != False {
		// (the fifth roots of unity are nested radicals whose
		// assumptions SymPy decides in ways dcalc does not follow)
		return nil, false
	}
	for _, c := range cs[1:n] {
		if !isZeroInt(c) {
			return nil, false
		}
	}
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			out, ok = nil, false
		}
	}()
	if scaledByGenerator(cs[n], cs[0], n) || scaledByGenerator(cs[0], cs[n], n) {
		// preprocess_roots takes g**(k*n) out of the roots (pi*(-1/2 -
		// sqrt(3)*I/2) for r**3 - pi**3): another form
		return nil, false
	}
	q, err := Cancel(Div(cs[0], cs[n]))
	if err != nil {
		return nil, false
	}
	return binomialFromBase(Neg(q), n)
}

// binomialFromBase is the end of roots_binomial: alpha = root(base, n),
// expanded as a complex number when it is a number, times the n-th roots
// of unity in roots_binomial's order.
func binomialFromBase(base Expr, n int) ([]Expr, bool) {
	inv := NewRational(big.NewInt(1), big.NewInt(int64(n)))
	alpha := NewPow(base, inv)
	neg := IsNegative(base) == True
	if IsNumberExpr(alpha) {
		// expand(complex=True) of the root: a positive base's is real;
		// a negative base's is |base|**(1/n)*(cos(pi/n) + I*sin(pi/n))
		switch {
		case neg:
			t := NewMul(Pi, inv)
			alpha = Expand(NewMul(NewPow(Neg(base), inv), NewAdd(fnCos.call(t), NewMul(I, fnSin.call(t)))))
		case IsPositive(base) != True:
			return nil, false
		}
	}
	return binomialRoots(alpha, n, neg), true
}

// twoTermQuadratic is roots_quadratic for a*x**2 + b*x or a*x**2 + c
// over a composite domain (the ratio factored, even powers taken out of
// the square root) followed by solve's simplify.
func twoTermQuadratic(cs []Expr) (rs []Expr, err error) {
	defer recoverTo(&err)
	factor := func(e Expr) Expr {
		f, err := Factor(e)
		if err != nil {
			panic(err)
		}
		return f
	}
	if isZeroInt(cs[0]) {
		rs = []Expr{Zero, factor(Neg(Div(cs[1], cs[2])))}
	} else {
		r := sqrtSquares(factor(Neg(Div(cs[0], cs[2]))))
		rs = []Expr{Neg(r), r}
	}
	for i, r := range rs {
		rs[i] = Simplify(r)
	}
	return rs, nil
}

func isAdd(e Expr) bool { _, ok := e.(*Add); return ok }

// symbolicQuadratic is roots() of a*x**2 + b*x + c with symbolic
// coefficients (rootsComposite), then solve's simplify of each root.
// Only polynomial coefficients with rational numbers are taken, and
// roots with one radical of a sum or of a square-free monomial at most
// (simplify follows SymPy only there).
func symbolicQuadratic(cs []Expr) (out []Expr, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			out, ok = nil, false
		}
	}()
	rs, ok := rootsComposite(cs)
	if !ok {
		return nil, false
	}
	for _, r := range rs {
		if bs := radicalBases(r.Root, nil); len(bs) > 1 || len(bs) == 1 && !isAdd(bs[0]) && !squareFreeMonomial(bs[0]) {
			return nil, false
		}
	}
	for _, r := range rs {
		out = append(out, Simplify(r.Root))
	}
	return out, true
}

// squareFreeMonomial reports whether e is a product of numbers and
// symbols to the first power (sqrt(a*b) stays as it is through simplify;
// sqrt(a**3*b)/a is sqrt(a*b) in SymPy's, by steps dcalc does not take).
func squareFreeMonomial(e Expr) bool {
	for _, f := range mulArgs(e) {
		switch f.(type) {
		case *Symbol, *Integer, *Rational:
		default:
			return false
		}
	}
	return true
}

// Degree is degree(e, x): the highest power of x in the expanded
// polynomial e (-1 for 0); ok is false when e is not a polynomial in x.
func Degree(e Expr, x *Symbol) (int, bool) {
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return 0, false
	}
	for len(cs) > 0 && IsZero(cs[len(cs)-1]) == True {
		cs = cs[:len(cs)-1]
	}
	return len(cs) - 1, true
}

// NonPolynomialPart is the first factor of e's expanded terms that holds
// x other than as a nonnegative integer power of x, for PolynomialError's
// message.
func NonPolynomialPart(e Expr, x *Symbol) Expr {
	for _, t := range addArgs(Expand(e)) {
		for _, f := range mulArgs(t) {
			if !Has(f, x) || Equal(f, x) {
				continue
			}
			if p, ok := f.(*Pow); ok && Equal(p.Base(), x) {
				if n, ok := p.Exp().(*Integer); ok && n.Sign() > 0 {
					continue
				}
			}
			return f
		}
	}
	return e
}

// RationalCoeffs is the coefficients of e as a polynomial in x with
// rational coefficients, lowest degree first; ok is false otherwise.
func RationalCoeffs(e Expr, x *Symbol) ([]*big.Rat, bool) {
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return nil, false
	}
	rc, ok := ratCoeffs(cs)
	if !ok {
		return nil, false
	}
	rc = rpTrim(rc)
	if len(rc) == 0 {
		rc = []*big.Rat{new(big.Rat)}
	}
	return rc, true
}

// RatExpr is the Integer or Rational of r.
func RatExpr(r *big.Rat) Expr { return ratFrom(new(big.Rat).Set(r)) }
