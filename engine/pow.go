package engine

import (
	"math"
	"math/big"
	"math/cmplx"
)

// NewPow returns b**e in canonical form (SymPy's Pow with evaluation).
func NewPow(b, e Expr) Expr {
	switch {
	case e == Zoo:
		return NaN
	case isZeroInt(e):
		return One
	case isInt(e, 1):
		return b
	case IsOrder(b):
		// Order._eval_power: O(x**n)**k is O(x**(n*k)) for k > 0
		if x, n, ok := orderMonomial(b); ok {
			if k := toRat(e); k != nil && k.Sign() > 0 {
				return NewFunc(OrderDef, NewPow(x, ratFrom(new(big.Rat).Mul(n, k))))
			}
		}
	case isInt(e, -1) && isZeroNum(b) && IsInteger(b):
		return Zoo
	}
	if e == Oo || e == NegOo {
		if r := powInfinite(b, e); r != nil {
			return r
		}
	}
	// (-2)**k -> 2**k for even k, -(2**k) for odd k
	if (isSymbolic(b) || IsNumber(b)) && (isSymbolic(e) || IsNumber(e)) && !IsNumber(e) && IsIntegerValued(e) == True && isNegCoeff(b) {
		switch parity(e) {
		case 0:
			b = Neg(b)
		case 1:
			return Neg(NewPow(Neg(b), e))
		}
	}
	if b == NaN || e == NaN {
		return NaN
	}
	if isInt(b, 1) {
		if e == Oo || e == NegOo || e == Zoo {
			return NaN
		}
		return One
	}
	if r := evalPower(b, e); r != nil {
		return r
	}
	return newPow(b, e)
}

func isSymbolic(e Expr) bool {
	_, ok := e.(*Symbol)
	return ok
}

func powInfinite(b, e Expr) Expr {
	if !IsNumber(b) {
		return nil
	}
	c, ok := numCmp(numAbsReal(b), One)
	if !ok {
		return nil
	}
	if e == Oo {
		switch {
		case c > 0:
			if s, _ := numSign(b); s > 0 {
				return Oo
			}
			return Zoo
		case c < 0:
			return Zero
		}
		return NaN
	}
	switch {
	case c > 0:
		return Zero
	case c < 0:
		if isZeroNum(b) {
			return Zoo
		}
		return Oo
	}
	return NaN
}

func numAbsReal(b Expr) Expr {
	if s, ok := numSign(b); ok && s < 0 {
		return numNeg(b)
	}
	return b
}

// evalPower is SymPy's _eval_power dispatch on the base.
func evalPower(b, e Expr) Expr {
	switch x := b.(type) {
	case *Integer:
		return intPower(x, e)
	case *Rational:
		return ratPower(x, e)
	case *Float:
		return floatPower(x, e)
	case *Special:
		return specialPower(x, e)
	case *Constant:
		switch x {
		case E:
			return fnExp.call(e)
		case I:
			return iPower(e)
		}
	case *Pow:
		return powPower(x, e)
	case *Mul:
		return mulPower(x, e)
	case *Add:
		return addPower(x, e)
	case *Func:
		if x.def == fnExp {
			return powPower(newPow(E, x.args[0]), e)
		}
		if x.def == fnAbs {
			return absPower(x, e)
		}
		if x.def == fnPiecewise {
			return mapPieces(x, func(p Expr) Expr { return NewPow(p, e) }) // Piecewise._eval_power
		}
		if x.def == fnKroneckerDelta {
			// KroneckerDelta._eval_power: 0 and 1 are their own powers
			if IsPositive(e) == True {
				return x
			}
			if IsNegative(e) == True && !isInt(e, -1) {
				return NewPow(x, NegOne)
			}
		}
	}
	return nil
}

// absPower is Abs._eval_power: |a|**n for real a and an integer n is
// a**n when n is even and a**(n-1)*|a| when it is odd (but not -1).
func absPower(f *Func, e Expr) Expr {
	n, ok := e.(*Integer)
	a := f.args[0]
	if !ok || IsReal(a) != True {
		return nil
	}
	switch {
	case parity(n) == 0:
		return NewPow(a, n)
	case !isInt(n, -1):
		return NewMul(NewPow(a, numAdd(n, NegOne)), f)
	}
	return nil
}

func iPower(e Expr) Expr {
	if z, ok := e.(*Integer); ok {
		m := new(big.Int).Mod(z.Big(), big.NewInt(4)).Int64()
		switch m {
		case 0:
			return One
		case 1:
			return I
		case 2:
			return NegOne
		}
		return newMul([]Expr{NegOne, I})
	}
	if r, ok := e.(*Rational); ok {
		// I**r = I**(r mod 2) * (-1)**(r div 2)
		two := big.NewRat(2, 1)
		q := new(big.Rat).Quo(r.r, two)
		i := new(big.Int).Div(q.Num(), q.Denom()) // floor
		rem := new(big.Rat).Sub(r.r, new(big.Rat).Mul(new(big.Rat).SetInt(i), two))
		rv := newPow(I, ratFrom(rem))
		if i.Bit(0) == 1 {
			return newMul([]Expr{NegOne, rv})
		}
		if i.Sign() != 0 {
			return rv
		}
	}
	return nil
}

func specialPower(s *Special, e Expr) Expr {
	switch s {
	case Oo:
		if IsPositive(e) == True {
			return Oo
		}
		if IsNegative(e) == True {
			return Zero
		}
	case NegOo:
		if z, ok := e.(*Integer); ok {
			if z.Sign() < 0 {
				return Zero
			}
			if parity(z) == 1 {
				return NegOo
			}
			return Oo
		}
		// NegativeInfinity._eval_power: (-1)**e*oo**e, so (-oo)**(1/2)
		// is oo*I and (-oo)**(-1/2) is 0
		if q, ok := e.(*Rational); ok {
			if q.r.Sign() < 0 {
				return Zero
			}
			return NewMul(NewPow(NegOne, e), Oo)
		}
	case Zoo:
		if IsPositive(e) == True {
			return Zoo
		}
		if IsNegative(e) == True {
			return Zero
		}
	}
	return nil
}

func intPower(z *Integer, e Expr) Expr {
	switch {
	case z.Sign() == 0:
		switch {
		case IsPositive(e) == True:
			return Zero
		case IsNegative(e) == True:
			return Zoo
		}
		return nil
	case isInt(z, -1):
		return negOnePower(e)
	}
	switch x := e.(type) {
	case *Integer:
		checkPowSize(z, x)
		if x.Sign() < 0 {
			return ratFrom(new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(z.Big(), new(big.Int).Neg(x.Big()), nil)))
		}
		return NewBigInt(new(big.Int).Exp(z.Big(), x.Big(), nil))
	case *Rational:
		return intRootPower(z, x)
	case *Float:
		return floatPower(toFloat(z, x.Prec()), e)
	case *Special:
		return nil
	}
	if z.Sign() < 0 && parity(e) == 0 {
		return NewPow(numNeg(z), e)
	}
	return nil
}

func toFloat(e Expr, prec uint) *Float { return floatFrom(toMpf(e, int(prec))) }

func negOnePower(e Expr) Expr {
	switch parity(e) {
	case 1:
		return NegOne
	case 0:
		return One
	}
	switch x := e.(type) {
	case *Float:
		return floatPower(NewFloat(-1, x.Prec()), e)
	case *Special:
		return NaN
	case *Rational:
		if x.r.Cmp(Half.r) == 0 {
			return I
		}
		p, q := x.r.Num(), x.r.Denom()
		if q.IsInt64() && q.Int64() == 2 {
			return NewPow(I, NewBigInt(p))
		}
		i, r := new(big.Int), new(big.Int)
		i.DivMod(p, q, r)
		if i.Sign() != 0 {
			return NewMul(NewPow(NegOne, NewBigInt(i)), NewPow(NegOne, NewRational(r, q)))
		}
	}
	return nil
}

// intRootPower is Integer._eval_power for a Rational exponent: extract
// perfect roots, sqrt(8) -> 2*sqrt(2).
func intRootPower(z *Integer, x *Rational) Expr {
	p, q := x.r.Num(), x.r.Denom()
	if x.r.Cmp(Half.r) == 0 && z.Sign() < 0 {
		return NewMul(I, NewPow(numNeg(z), Half))
	}
	if p.Sign() < 0 {
		ne := ratFrom(new(big.Rat).Neg(x.r))
		if z.Sign() < 0 {
			return NewMul(NewPow(NegOne, x), NewPow(numInv(numNeg(z)), ne))
		}
		return NewPow(numInv(z), ne)
	}
	ab := new(big.Int).Abs(z.Big())
	if !q.IsInt64() {
		return nil
	}
	qi := q.Int64()
	if root, exact := intNthRoot(ab, qi); exact {
		checkBigPowSize(root, p)
		res := NewBigInt(new(big.Int).Exp(root, p, nil))
		if z.Sign() < 0 {
			return NewMul(res, NewPow(NegOne, x))
		}
		return res
	}
	facs := factorSmall(ab)
	outInt := big.NewInt(1)
	var outRad Expr = One
	type pe struct {
		prime *big.Int
		e     int64
	}
	var sqr []pe
	for _, f := range facs {
		exponent := new(big.Int).Mul(big.NewInt(f.e), p)
		divE, divM := new(big.Int), new(big.Int)
		divE.DivMod(exponent, q, divM)
		if divE.Sign() > 0 {
			// found by FuzzExprTree: 13792273858822144**(10**68/27)
			// computed a number of 10**69 bits
			checkBigPowSize(f.p, divE)
			outInt.Mul(outInt, new(big.Int).Exp(f.p, divE, nil))
			if int64(outInt.BitLen()) > maxPowBits {
				panic(errorf("MemoryError", ""))
			}
		}
		if divM.Sign() > 0 {
			g := new(big.Int).GCD(nil, nil, divM, q)
			if !g.IsInt64() || g.Int64() != 1 {
				outRad = NewMul(outRad, NewPow(NewBigInt(f.p), NewRational(new(big.Int).Quo(divM, g), new(big.Int).Quo(q, g))))
			} else {
				sqr = append(sqr, pe{f.p, divM.Int64()})
			}
		}
	}
	var sqrGcd int64
	for _, s := range sqr {
		if sqrGcd == 0 {
			sqrGcd = s.e
		} else {
			sqrGcd = gcd64(sqrGcd, s.e)
			if sqrGcd == 1 {
				break
			}
		}
	}
	sqrInt := big.NewInt(1)
	for _, s := range sqr {
		sqrInt.Mul(sqrInt, new(big.Int).Exp(s.prime, big.NewInt(s.e/sqrGcd), nil))
	}
	if sqrInt.Cmp(ab) == 0 && outInt.IsInt64() && outInt.Int64() == 1 && isInt(outRad, 1) {
		return nil
	}
	var rest Expr = One
	if sqrGcd != 0 {
		rest = NewPow(NewBigInt(sqrInt), NewRational(big.NewInt(sqrGcd), q))
	}
	res := NewMul(NewBigInt(outInt), outRad, rest)
	if z.Sign() < 0 {
		res = NewMul(res, NewPow(NegOne, x))
	}
	return res
}

func gcd64(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

type primeExp struct {
	p *big.Int
	e int64
}

// factorSmall factors n by trial division up to 2**15; a cofactor left
// over is kept whole (as a perfect power of its root when it is one).
func factorSmall(n *big.Int) []primeExp {
	n = new(big.Int).Set(n)
	if b, k := perfectPower(n); k > 1 {
		return []primeExp{{b, k}}
	}
	var out []primeExp
	m := new(big.Int)
	for d := int64(2); d <= 1<<15; d++ {
		if n.IsInt64() && n.Int64() < d*d {
			break
		}
		bd := big.NewInt(d)
		var e int64
		for {
			q, r := new(big.Int).QuoRem(n, bd, m)
			if r.Sign() != 0 {
				break
			}
			n = q
			e++
		}
		if e > 0 {
			out = append(out, primeExp{bd, e})
		}
	}
	if n.Cmp(big.NewInt(1)) > 0 {
		if b, k := perfectPower(n); k > 1 {
			out = append(out, primeExp{b, k})
		} else {
			out = append(out, primeExp{n, 1})
		}
	}
	return out
}

// perfectPower returns (b, k) with n == b**k and k maximal, or (n, 1).
// As SymPy's perfect_power: small prime factors are divided out first;
// the exponent must divide the gcd of their multiplicities, which leaves
// few candidates, and with none found the base exceeds the trial bound,
// which caps the exponent.
func perfectPower(n *big.Int) (*big.Int, int64) {
	if n.Cmp(big.NewInt(3)) <= 0 {
		return n, 1
	}
	const trial = 1 << 10
	rest := new(big.Int).Set(n)
	g := int64(0)
	m := new(big.Int)
	for _, p := range primesUpTo(trial) {
		bp := big.NewInt(p)
		var e int64
		for {
			q, r := new(big.Int).QuoRem(rest, bp, m)
			if r.Sign() != 0 {
				break
			}
			rest, e = q, e+1
		}
		if e > 0 {
			g = gcd64(g, e)
			if g == 1 {
				return n, 1
			}
		}
	}
	var candidates []int64
	if g > 0 {
		for _, p := range primesUpTo(g) {
			if g%p == 0 {
				candidates = append(candidates, p)
			}
		}
	} else {
		// every prime factor exceeds the trial bound: b > 2**10
		candidates = primesUpTo(int64(n.BitLen())/10 + 1)
	}
	for _, p := range candidates {
		if r, ok := intNthRoot(n, p); ok {
			if r2, k2 := perfectPower(r); k2 > 1 {
				return r2, p * k2
			}
			return r, p
		}
	}
	return n, 1
}

// primesUpTo returns the primes up to n (a sieve).
func primesUpTo(n int64) []int64 {
	if n < 2 {
		return nil
	}
	composite := make([]bool, n+1)
	var out []int64
	for i := int64(2); i <= n; i++ {
		if composite[i] {
			continue
		}
		out = append(out, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return out
}

// IntNthRoot is SymPy's integer_nthroot: floor(n**(1/k)) and whether
// it is exact (n >= 0, k >= 1).
func IntNthRoot(n *big.Int, k int64) (*big.Int, bool) { return intNthRoot(n, k) }

// intNthRoot returns floor(n**(1/k)) and whether it is exact (n >= 0).
func intNthRoot(n *big.Int, k int64) (*big.Int, bool) {
	if n.Sign() == 0 || k == 1 {
		return new(big.Int).Set(n), true
	}
	if k == 2 {
		r := new(big.Int).Sqrt(n)
		return r, new(big.Int).Mul(r, r).Cmp(n) == 0
	}
	bl := int64(n.BitLen())
	if k > bl {
		// root is 1 (n > 1) ; exact only when n == 1
		return big.NewInt(1), n.Cmp(big.NewInt(1)) == 0
	}
	// Newton iteration from an upper bound.
	x := new(big.Int).Lsh(big.NewInt(1), uint(bl/k+1))
	km1 := big.NewInt(k - 1)
	bk := big.NewInt(k)
	for {
		// y = ((k-1)*x + n / x**(k-1)) / k
		xk1 := new(big.Int).Exp(x, km1, nil)
		y := new(big.Int).Mul(km1, x)
		y.Add(y, new(big.Int).Quo(n, xk1))
		y.Quo(y, bk)
		if y.Cmp(x) >= 0 {
			break
		}
		x = y
	}
	return x, new(big.Int).Exp(x, bk, nil).Cmp(n) == 0
}

func ratPower(x *Rational, e Expr) Expr {
	switch ex := e.(type) {
	case *Float:
		return floatPower(toFloat(x, ex.Prec()), e)
	case *Integer:
		if ex.Sign() < 0 {
			inv := numInv(x)
			return NewPow(inv, numNeg(ex))
		}
		n := ex.Big()
		checkBigPowSize(x.r.Num(), n)
		checkBigPowSize(x.r.Denom(), n)
		num := new(big.Int).Exp(x.r.Num(), n, nil)
		den := new(big.Int).Exp(x.r.Denom(), n, nil)
		return NewRational(num, den)
	case *Rational:
		if ex.r.Sign() < 0 {
			ne := numNeg(ex)
			if isInt(ne, 1) {
				return numInv(x)
			}
			if x.r.Sign() < 0 {
				return NewMul(NewPow(NegOne, e), NewPow(numNeg(numInv(x)), ne))
			}
			return NewPow(numInv(x), ne)
		}
		p, q := ex.r.Num(), ex.r.Denom()
		xp, xq := x.r.Num(), x.r.Denom()
		intpart := new(big.Int).Quo(p, q) // p > 0 here
		if intpart.Sign() != 0 {
			intpart.Add(intpart, big.NewInt(1))
			rem := new(big.Int).Sub(new(big.Int).Mul(intpart, q), p)
			ratfrac := NewRational(rem, q)
			checkBigPowSize(xq, intpart)
			den := NewRational(big.NewInt(1), new(big.Int).Exp(xq, intpart, nil))
			if !(xp.IsInt64() && xp.Int64() == 1) {
				return NewMul(NewPow(NewBigInt(xp), e), NewPow(NewBigInt(xq), ratfrac), den)
			}
			return NewMul(NewPow(NewBigInt(xq), ratfrac), den)
		}
		rem := new(big.Int).Sub(q, p)
		ratfrac := NewRational(rem, q)
		den := NewRational(big.NewInt(1), xq)
		if !(xp.IsInt64() && xp.Int64() == 1) {
			return NewMul(NewPow(NewBigInt(xp), e), NewPow(NewBigInt(xq), ratfrac), den)
		}
		return NewMul(NewPow(NewBigInt(xq), ratfrac), den)
	}
	if x.r.Sign() < 0 && parity(e) == 0 {
		return NewPow(numNeg(x), e)
	}
	return nil
}

// powPower is Pow._eval_power: (b**e)**other.
func powPower(p *Pow, other Expr) Expr {
	b, e := AsBaseExp(p)
	if b == NaN {
		return NaN
	}
	ok := false
	if IsIntegerValued(other) == True {
		ok = true
	} else if IsReal(e) == True {
		switch {
		case isInt(e, -1):
			if isHalf(other) {
				switch IsNegative(b) {
				case False:
					return NewPow(b, numNeg(other))
				case True:
					return NewMul(NewPow(NegOne, other), NewPow(Neg(b), NewMul(e, other)))
				}
			}
		case parity(e) == 0 && IsReal(b) == True:
			// (b**2)**(1/2) is Abs(b) for real b
			b = fnAbs.call(b)
		}
		if absLessOne(e) || isInt(e, 1) {
			ok = true
		} else if isNonnegative(b) == True {
			ok = true
		} else if s, known := numericPowerBranch(b, e, other); known {
			if s == nil {
				return nil
			}
			return NewMul(s, NewPow(b, NewMul(e, other)))
		}
	}
	if ok {
		return NewPow(b, NewMul(e, other))
	}
	return nil
}

// numericPowerBranch is the rest of Pow._eval_power for a number b and a
// real number e: with re(b) >= 0 and |e| < 2 the exponents multiply (s =
// 1); for other = p/2, s = exp(2*pi*I*other*floor(1/2 - e*arg(b)/(2*pi)))
// = ±1, so sqrt((2 + I)**2) is 2 + I. known is false when b or e is not
// a number; s is nil when the floor is too close to call.
func numericPowerBranch(b, e, other Expr) (s Expr, known bool) {
	if !isNumeric(b) || !isNumeric(e) {
		return nil, false
	}
	v, ok1 := evalComplex(b)
	ev, ok2 := evalComplex(e)
	if !ok1 || !ok2 || imag(ev) != 0 {
		return nil, false
	}
	if real(v) > 1e-12*cmplx.Abs(v) && math.Abs(real(ev)) < 2 {
		return One, true
	}
	if !isHalf(other) {
		return nil, false
	}
	t := 0.5 - real(ev)*cmplx.Phase(v)/(2*math.Pi)
	if math.Abs(t-math.Round(t)) < 1e-9 {
		return nil, true
	}
	if int64(math.Floor(t))%2 != 0 {
		return NegOne, true
	}
	return One, true
}

func isHalf(e Expr) bool {
	r, ok := e.(*Rational)
	return ok && r.r.Denom().IsInt64() && r.r.Denom().Int64() == 2
}

func absLessOne(e Expr) bool {
	if !IsNumber(e) {
		return false
	}
	c, ok := numCmp(numAbsReal(e), One)
	return ok && c < 0
}

// mulPower is Mul._eval_power: (a*b)**e.
func mulPower(m *Mul, e Expr) Expr {
	if IsInteger(e) {
		fs := make([]Expr, len(m.args))
		for i, a := range m.args {
			fs[i] = NewPow(a, e)
		}
		return NewMul(fs...)
	}
	if r := imaginarySqrtPower(m, e); r != nil {
		return r
	}
	if IsRational(e) || isFloat(e) {
		return expandPowerBase(m, e)
	}
	return nil
}

// imaginarySqrtPower is Mul._eval_power's case of a half-integer power
// of a rational multiple of I whose half is a square:
// (a*I)**(p/2) = _unevaluated_Mul(r**p, (1 + sign(a)*I)**p) with
// r = sqrt(|a|/2) ((9*I/2)**(1/2) is 3*(1 + I)/2). nil otherwise.
func imaginarySqrtPower(m *Mul, e Expr) Expr {
	er, ok := e.(*Rational)
	if !ok || !er.r.Denom().IsInt64() || er.r.Denom().Int64() != 2 || len(m.args) != 2 || m.args[1] != I {
		return nil
	}
	a := toRat(m.args[0])
	if a == nil {
		return nil
	}
	h := new(big.Rat).Abs(a)
	h.Quo(h, big.NewRat(2, 1))
	n, d := h.Num(), h.Denom()
	rn, rd := new(big.Int).Sqrt(n), new(big.Int).Sqrt(d)
	if new(big.Int).Mul(rn, rn).Cmp(n) != 0 || new(big.Int).Mul(rd, rd).Cmp(d) != 0 {
		return nil
	}
	p := NewBigInt(er.r.Num())
	unit := NewAdd(One, I)
	if a.Sign() < 0 {
		unit = NewAdd(One, Neg(I))
	}
	return unevaluatedMul(NewPow(unit, p), NewPow(NewRational(rn, rd), p))
}

func isFloat(e Expr) bool { _, ok := e.(*Float); return ok }

// expandPowerBase splits (a*b)**e into factors whose bases are known
// nonnegative, as Pow._eval_expand_power_base does for a non-integer e.
func expandPowerBase(m *Mul, e Expr) Expr {
	var nonneg, other, neg []Expr
	for _, a := range m.args {
		switch {
		case a == I:
			other = append(other, a)
		case isNonnegative(a) == True:
			nonneg = append(nonneg, a)
		case isNonnegative(a) == False:
			neg = append(neg, a)
		default:
			other = append(other, a)
		}
	}
	if len(neg) > 1 {
		o := Expr(One)
		if len(other) == 0 && IsNumber(neg[0]) {
			o = NewMul(o, neg[0])
			neg = neg[1:]
		}
		if len(neg)%2 == 1 {
			o = Neg(o)
		}
		for _, n := range neg {
			nonneg = append(nonneg, Neg(n))
		}
		if !isInt(o, 1) {
			other = append(other, o)
		}
	} else if len(neg) == 1 && len(other) > 0 {
		if IsNumber(neg[0]) && !isInt(neg[0], -1) {
			other = append(other, NegOne)
			nonneg = append(nonneg, Neg(neg[0]))
		} else {
			other = append(other, neg...)
		}
	} else {
		other = append(other, neg...)
	}
	if len(nonneg) == 0 {
		// Pow(Mul(*other), e, evaluate=False): an unevaluated product
		// such as -1*(x + 1) is evaluated again
		if len(m.args) != 2 || !isInt(m.args[0], -1) {
			return nil
		}
		if _, ok := m.args[1].(*Add); !ok {
			return nil
		}
		return newPow(NewMul(m.args...), e)
	}
	// SymPy raises the factors that are powers of numbers with
	// evaluation and multiplies them, then multiplies in the other
	// nonnegative factors raised with Pow(b, e, evaluate=False), then the
	// rest: a bare rational base (9, -1/5) reaches Mul's flatten whole,
	// whose gcds of rational bases, taken in this order, decide the
	// result (sqrt(-sqrt(15)/5) is 15**(1/4)*sqrt(5)*I/5)
	var npow, cargs []Expr
	for _, a := range nonneg {
		if p, ok := a.(*Pow); ok && IsRational(p.Exp()) && IsNumber(p.Base()) {
			npow = append(npow, NewPow(a, e))
			continue
		}
		switch a.(type) {
		case *Mul, *Integer, *Rational:
			// -n of a negative factor n, or a rational
			cargs = append(cargs, newPow(a, e))
		default:
			cargs = append(cargs, NewPow(a, e))
		}
	}
	rv := Expr(One)
	if len(npow) > 0 {
		rv = NewMul(npow...)
	}
	if len(cargs) > 0 {
		rv = NewMul(rv, NewMul(cargs...))
	}
	if len(other) > 0 {
		ob := NewMul(other...)
		switch ob.(type) {
		case *Mul, *Integer, *Rational:
			rv = NewMul(rv, newPow(ob, e))
		default:
			rv = NewMul(rv, NewPow(ob, e))
		}
	}
	return rv
}

// addPower is Add._eval_power for a numeric complex base a + b*I:
// (a + b*I)**-1 -> (a - b*I)/(a**2 + b**2), left as a product.
func addPower(a *Add, e Expr) Expr {
	if !isInt(e, -1) {
		return nil
	}
	re, im, ok := pureComplex(a)
	if !ok {
		return nil
	}
	num := NewAdd(re, NewMul(numNeg(im), I))
	den := numInv(numAdd(numMul(re, re), numMul(im, im)))
	if isInt(den, 1) {
		return num
	}
	return newMul([]Expr{den, num})
}

// pureComplex matches a + b*I with numbers a and b, b nonzero.
func pureComplex(e Expr) (re, im Expr, ok bool) {
	var rest Expr
	re, rest = AsCoeffAdd(e)
	if rest == I {
		return re, One, true
	}
	if m, isMul := rest.(*Mul); isMul && len(m.args) == 2 && IsNumber(m.args[0]) && m.args[1] == I {
		return re, m.args[0], true
	}
	return nil, nil, false
}

// maxPowBits bounds exact integer powers: math/big cannot be interrupted,
// so a result beyond 2**25 bits (about ten million digits) raises
// MemoryError instead of running for minutes.
const maxPowBits = 1 << 25

func checkPowSize(z, x *Integer) { checkBigPowSize(z.Big(), x.Big()) }

// checkBigPowSize is checkPowSize for b**e of big integers.
func checkBigPowSize(b, ex *big.Int) {
	e := new(big.Int).Abs(ex)
	bl := int64(b.BitLen())
	if bl <= 1 {
		return
	}
	if !e.IsInt64() || e.Int64() > maxPowBits || bl*e.Int64() > maxPowBits {
		panic(errorf("MemoryError", ""))
	}
}

// ExpandPowerBase is expand_power_base(e, force=force): every power of a
// product, from the leaves up, split into powers of its factors where
// that holds — for integer exponents always, otherwise for the factors
// known nonnegative (and a negative number's sign kept in the rest), or
// for all of them with force, as Pow._eval_expand_power_base.
func ExpandPowerBase(e Expr, force bool) Expr {
	return bottomUp(e, func(n Expr) Expr {
		p, ok := n.(*Pow)
		if !ok {
			return n
		}
		m, ok := p.Base().(*Mul)
		if !ok {
			return n
		}
		ex := p.Exp()
		if !force && IsIntegerValued(ex) != True {
			if r := expandPowerBase(m, ex); r != nil {
				return r
			}
			return n
		}
		// all factors: the powers of numeric powers with a rational
		// exponent evaluated, the others kept as written
		fs := make([]Expr, len(m.args))
		for i, b := range m.args {
			if bp, ok := b.(*Pow); ok && IsRational(ex) && IsRational(bp.Exp()) && isNumeric(bp.Base()) {
				fs[i] = NewPow(b, ex)
			} else {
				fs[i] = newPow(b, ex)
			}
		}
		return NewMul(fs...)
	})
}
