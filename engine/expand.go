package engine

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// Expand is SymPy's expand() with the default hints (mul, multinomial,
// power_exp, power_base, log): products are distributed over sums,
// integer powers of sums are expanded, exp(x + y) becomes exp(x)*exp(y)
// and x**(a + b) becomes x**a*x**b, all recursively.
func Expand(e Expr) Expr {
	for i := 0; i < 8; i++ {
		checkInterrupt()
		r := expandRec(e)
		if Equal(r, e) {
			return r
		}
		e = r
	}
	return e
}

func expandRec(e Expr) Expr {
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	switch x := e.(type) {
	case *Derivative, *Subs, *Tuple:
		_ = x
		na := make([]Expr, len(args))
		for i, a := range args {
			na[i] = expandRec(a)
		}
		return rebuild(e, na)
	}
	if f, ok := e.(*Func); ok && f.def == fnLog && len(args) == 1 {
		if _, isMul := args[0].(*Mul); isMul {
			// expand's log hint runs before its mul hint: the positive
			// factors of log(2*(x + 1)) (an unevaluated product, as
			// factor_terms leaves it) split off before the product is
			// multiplied out
			if r := expandLog(args[0]); !Equal(r, e) {
				return expandRec(r)
			}
		}
	}
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = expandRec(a)
	}
	switch x := e.(type) {
	case *Add:
		return NewAdd(na...)
	case *Mul:
		return expandMulNode(na)
	case *Pow:
		return expandPow(na[0], na[1])
	case *Func:
		if x.def == fnExp {
			if a, ok := na[0].(*Add); ok {
				fs := make([]Expr, len(a.args))
				for i, t := range a.args {
					fs[i] = fnExp.call(t)
				}
				return expandProduct(mulArgs(NewMul(fs...)))
			}
		}
		if x.def == fnLog && len(na) == 1 {
			return expandLog(na[0])
		}
		if x.def == SumDef || x.def == IntegralDef {
			return expandWithLimits(x, na)
		}
		return rebuild(e, na)
	}
	return rebuild(e, na)
}

func expandLog(a Expr) Expr { return logExpand(a, logHints{}) }

// logHints are expand_log's force and factor flags.
type logHints struct{ force, factor bool }

// logExpand is SymPy's log._eval_expand_log: a perfect power n = b**k
// gives k*log(b) (with the factor hint, the sum over b's prime factors
// p**e of e*log(p) when b is not prime), a rational p/q gives
// log(p) - log(q), a product splits off its positive factors (and the
// negative ones as log(-f), their signs kept in the log of the rest),
// a power comes out of the log when the base is positive and the
// exponent real, or the exponent is in (-1, 1]; force splits everything.
func logExpand(a Expr, h logHints) Expr {
	force := h.force
	switch x := a.(type) {
	case *Integer:
		if x.Sign() > 0 {
			b, k := perfectPower(x.Big())
			if h.factor {
				return NewMul(NewInt(k), logOfPrimes(b))
			}
			if k > 1 {
				return NewMul(NewInt(k), fnLog.call(NewBigInt(b)))
			}
		}
	case *Rational:
		return Sub(fnLog.call(NewBigInt(x.r.Num())), fnLog.call(NewBigInt(x.r.Denom())))
	case *Mul:
		var terms, nonpos []Expr
		for _, f := range x.args {
			switch {
			case force || IsPositive(f) == True:
				l := fnLog.call(f)
				if lf, ok := l.(*Func); ok && lf.def == fnLog {
					l = logExpand(lf.args[0], h)
				}
				terms = append(terms, l)
			case IsNegative(f) == True:
				terms = append(terms, fnLog.call(Neg(f)))
				nonpos = append(nonpos, NegOne)
			default:
				nonpos = append(nonpos, f)
			}
		}
		return NewAdd(NewAdd(terms...), fnLog.call(NewMul(nonpos...)))
	case *Pow:
		return logOfPower(a, x.Base(), x.Exp(), h)
	case *Func:
		if x.def == fnExp {
			return logOfPower(a, E, x.args[0], h)
		}
	}
	return fnLog.call(a)
}

// logOfPower is log(b**e) taken apart as log._eval_expand_log does.
func logOfPower(a, b, e Expr, h logHints) Expr {
	force := h.force
	inUnit := IsPositive(NewAdd(e, One)) == True && IsPositive(NewAdd(e, NegOne)) == False && IsReal(NewAdd(e, NegOne)) == True
	if force || IsReal(e) == True && (IsPositive(b) == True || inUnit) {
		l := fnLog.call(b)
		if lf, ok := l.(*Func); ok && lf.def == fnLog {
			l = logExpand(lf.args[0], h)
		}
		return NewMul(e, l)
	}
	return fnLog.call(a)
}

// ExpandLog is expand_log(e, force=force): products of logs of rational
// numbers first (expandLogRatios), then the log hint alone, from the
// leaves up, repeated until nothing changes.
func ExpandLog(e Expr, force bool) (_ Expr, err error) {
	defer recoverTo(&err)
	return expandLogHint(expandLogRatios(e, force), logHints{force: force}), nil
}

// expandLogHint applies the log hint from the leaves up until nothing
// changes.
func expandLogHint(e Expr, h logHints) Expr {
	for range 20 {
		n := bottomUp(e, func(x Expr) Expr {
			if f, ok := x.(*Func); ok && f.def == fnLog && len(f.args) == 1 {
				return logExpand(f.args[0], h)
			}
			return x
		})
		if Equal(n, e) {
			return n
		}
		e = n
	}
	return e
}

func expandPow(b, ex Expr) Expr {
	// power_exp: x**(a + b) -> x**a*x**b
	if a, ok := ex.(*Add); ok && (IsZero(b) == False || allSameSign(a.args)) {
		fs := make([]Expr, len(a.args))
		for i, t := range a.args {
			fs[i] = expandPow(b, t)
		}
		return expandProduct(fs)
	}
	if ba, ok := b.(*Add); ok {
		if z, ok := ex.(*Integer); ok && z.IsInt64() {
			n := z.Int64()
			switch {
			case n > 0:
				return multinomial(ba, n)
			case n < 0:
				return NewPow(multinomial(ba, -n), NegOne)
			}
		}
		if r, ok := ex.(*Rational); ok && r.r.Num().Cmp(r.r.Denom()) > 0 && r.r.Num().IsInt64() {
			p, q := r.r.Num().Int64(), r.r.Denom().Int64()
			n := p / q
			// each term of (a + b)**n times the radical, term by term (a
			// product with the base itself would fold back into the power)
			radical := NewPow(b, NewRational(big.NewInt(p-n*q), big.NewInt(q)))
			var ts []Expr
			for _, t := range addArgs(multinomial(ba, n)) {
				ts = append(ts, NewMul(t, radical))
			}
			return NewAdd(ts...)
		}
		if r, ok := ex.(*Rational); ok && r.r.Sign() < 0 && new(big.Int).Neg(r.r.Num()).Cmp(r.r.Denom()) > 0 {
			// multinomial: (a + b)**(-3/2) is 1/((a + b)*sqrt(a + b)) expanded
			return NewPow(expandPow(b, Neg(ex)), NegOne)
		}
	}
	p := NewPow(b, ex)
	if pp, ok := p.(*Pow); ok {
		if _, mul := pp.Base().(*Mul); mul {
			// power_base: (x*y)**n -> x**n*y**n for an integer n, the
			// nonnegative factors split off otherwise
			return ExpandPowerBase(p, false)
		}
	}
	return p
}

// polyTerm is a monomial of the sparse polynomials (maps from exponent
// keys to terms) used to multiply sums quickly.
type polyTerm struct {
	exps  []int64
	coeff Expr // a number
}

func expKey(exps []int64) string {
	var sb strings.Builder
	for _, e := range exps {
		sb.WriteString(strconv.FormatInt(e, 10))
		sb.WriteByte(',')
	}
	return sb.String()
}

// polyCtx assigns generator indices shared by the polynomials of one
// expansion.
type polyCtx struct {
	gens *exprMap[int]
	list []Expr
}

func (c *polyCtx) gen(b Expr) int {
	if i := c.gens.index(b); i >= 0 {
		return c.gens.vals[i]
	}
	n := len(c.list)
	c.gens.slot(b, n)
	c.list = append(c.list, b)
	return n
}

// toPoly splits a sum into monomials coeff*gen**k (integer k); every
// factor that is not a number becomes a generator (its base, when raised
// to an integer power).
func (c *polyCtx) toPoly(e Expr) map[string]*polyTerm {
	out := map[string]*polyTerm{}
	for _, t := range addArgs(e) {
		coeff, rest := AsCoeffMul(t)
		var exps []int64
		if !isInt(rest, 1) {
			for _, f := range mulArgs(rest) {
				b, k := f, int64(1)
				if p, ok := f.(*Pow); ok {
					if z, ok := p.Exp().(*Integer); ok && z.IsInt64() {
						b, k = p.Base(), z.Int64()
					}
				}
				g := c.gen(b)
				for len(exps) <= g {
					exps = append(exps, 0)
				}
				exps[g] += k
			}
		}
		addTerm(out, exps, coeff)
	}
	return out
}

func trimExps(exps []int64) []int64 {
	n := len(exps)
	for n > 0 && exps[n-1] == 0 {
		n--
	}
	return exps[:n]
}

func addTerm(m map[string]*polyTerm, exps []int64, coeff Expr) {
	exps = trimExps(exps)
	k := expKey(exps)
	if t, ok := m[k]; ok {
		t.coeff = numAdd(t.coeff, coeff)
		return
	}
	m[k] = &polyTerm{exps: exps, coeff: coeff}
}

func polyMul(a, b map[string]*polyTerm) map[string]*polyTerm {
	out := make(map[string]*polyTerm, len(a)*2)
	for _, ta := range a {
		checkInterrupt()
		for _, tb := range b {
			n := max(len(ta.exps), len(tb.exps))
			exps := make([]int64, n)
			copy(exps, ta.exps)
			for i, e := range tb.exps {
				exps[i] += e
			}
			addTerm(out, exps, numMul(ta.coeff, tb.coeff))
		}
	}
	return out
}

func (c *polyCtx) toExpr(m map[string]*polyTerm) Expr {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	terms := make([]Expr, 0, len(m))
	for _, k := range keys {
		t := m[k]
		if isZeroNum(t.coeff) && !isFloat(t.coeff) {
			continue
		}
		fs := make([]Expr, 0, len(t.exps))
		for g, e := range t.exps {
			if e != 0 {
				fs = append(fs, NewPow(c.list[g], NewInt(e)))
			}
		}
		if m, ok := mulOfPlain(t.coeff, fs); ok {
			terms = append(terms, m)
			continue
		}
		terms = append(terms, NewMul(append([]Expr{t.coeff}, fs...)...))
	}
	return NewAdd(terms...)
}

func multinomial(b *Add, n int64) Expr {
	if hasSpecial(b) && n > 1 {
		panic(notImpl("expand of a power of a sum with oo, zoo or nan"))
	}
	c := &polyCtx{gens: newExprMap[int](0)}
	base := c.toPoly(b)
	checkMultinomialSize(len(base), n)
	if res, ok := multinomialDirect(base, n); ok {
		return c.toExpr(res)
	}
	res := map[string]*polyTerm{"": {coeff: One}}
	// binary powering
	sq := base
	for k := n; k > 0; k >>= 1 {
		if k&1 == 1 {
			res = polyMul(res, sq)
		}
		if k > 1 {
			sq = polyMul(sq, sq)
		}
	}
	return c.toExpr(res)
}

// multinomialDirect is base**n by the multinomial theorem: one term per
// composition k_1 + ... + k_m = n, with coefficient n!/(k_1!...k_m!) *
// c_1**k_1 * ... * c_m**k_m, as GiNaC expands a power of a sum. That is
// O(terms * m) where binary powering multiplies whole polynomials, but
// it is only right when no two compositions give the same monomial: ok
// is false unless every term but a constant has a generator no other
// term has (x + y + z + 1, a*x + b*y), and the coefficients are exact
// (Floats keep binary powering's rounding).
func multinomialDirect(base map[string]*polyTerm, n int64) (map[string]*polyTerm, bool) {
	if n < 2 || n > 1000 || len(base) < 2 {
		return nil, false
	}
	keys := make([]string, 0, len(base))
	for k := range base {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	terms := make([]*polyTerm, len(keys))
	width := 0
	for i, k := range keys {
		t := base[k]
		switch t.coeff.(type) {
		case *Integer, *Rational:
		default:
			return nil, false
		}
		terms[i] = t
		width = max(width, len(t.exps))
	}
	// every non-constant term needs a generator of its own
	users := make([]int, width)
	for _, t := range terms {
		for g, e := range t.exps {
			if e != 0 {
				users[g]++
			}
		}
	}
	for _, t := range terms {
		private := len(t.exps) == 0
		for g, e := range t.exps {
			if e != 0 && users[g] == 1 {
				private = true
			}
		}
		if !private {
			return nil, false
		}
	}
	m, nn := len(terms), int(n)
	// powers[i][j] = c_i**j; binom[r][k] = C(r, k)
	powers := make([][]Expr, m)
	for i, t := range terms {
		powers[i] = make([]Expr, nn+1)
		powers[i][0] = One
		for j := 1; j <= nn; j++ {
			powers[i][j] = numMul(powers[i][j-1], t.coeff)
		}
	}
	binom := make([][]Expr, nn+1)
	for r := 0; r <= nn; r++ {
		checkInterrupt()
		binom[r] = make([]Expr, r+1)
		for k := 0; k <= r; k++ {
			binom[r][k] = NewBigInt(new(big.Int).Binomial(int64(r), int64(k)))
		}
	}
	out := map[string]*polyTerm{}
	exps := make([]int64, width)
	var rec func(i, rem int, coeff Expr)
	rec = func(i, rem int, coeff Expr) {
		t := terms[i]
		if i == m-1 {
			for g, e := range t.exps {
				exps[g] += int64(rem) * e
			}
			addTerm(out, append([]int64(nil), exps...), numMul(coeff, powers[i][rem]))
			for g, e := range t.exps {
				exps[g] -= int64(rem) * e
			}
			return
		}
		checkInterrupt()
		for k := 0; k <= rem; k++ {
			for g, e := range t.exps {
				exps[g] += int64(k) * e
			}
			rec(i+1, rem-k, numMul(coeff, numMul(binom[rem][k], powers[i][k])))
			for g, e := range t.exps {
				exps[g] -= int64(k) * e
			}
		}
	}
	rec(0, nn, One)
	return out, true
}

// checkMultinomialSize raises MemoryError before expanding a sum of k
// monomials to the power n when the result would be beyond the 256 MiB
// budget: it has up to C(n+k-1, k-1) terms, each with a coefficient of
// up to n*log2(k) bits (a multinomial coefficient) and some hundreds of
// bytes of expression.
func checkMultinomialSize(k int, n int64) {
	if k <= 1 {
		return
	}
	lg := func(v float64) float64 { r, _ := math.Lgamma(v); return r }
	fk, fn := float64(k), float64(n)
	log2Terms := (lg(fn+fk) - lg(fn+1) - lg(fk)) / math.Ln2
	log2Bits := log2Terms + math.Log2(1024+fn*math.Log2(fk))
	if log2Bits > 31 {
		panic(&Error{Type: "MemoryError", Msg: fmt.Sprintf("expanding a sum of %d terms to the power %d is too large", k, n)})
	}
}

// expandProduct distributes a product over the sums among its factors.
// expandMulNode is Mul._eval_expand_mul on expanded factors: a
// denominator that is a product is multiplied out first (1/((x + 1)*(x +
// 2)) is 1/(x**2 + 3*x + 2)), then the numerator over the sums.
func expandMulNode(fs []Expr) Expr {
	p, ok := NewMul(fs...).(*Mul)
	if !ok {
		return expandProduct(fs)
	}
	n, d := fractionOf(p)
	if dm, ok := d.(*Mul); ok {
		if nm, ok := n.(*Mul); ok {
			n = expandProduct(nm.args)
		}
		d = expandProduct(dm.args)
	}
	// n/d rebuilt even when d is not a product: fraction's Mul has
	// already distributed a number over a sum (4*(x**2 + 1) is
	// 4*x**2 + 4)
	q := Div(n, d)
	if qm, ok := q.(*Mul); ok {
		return expandProduct(qm.args)
	}
	return q
}

func expandProduct(fs []Expr) Expr {
	hasAdd := false
	for _, f := range fs {
		if _, ok := f.(*Add); ok {
			hasAdd = true
		}
	}
	p := NewMul(fs...)
	if !hasAdd {
		// the product itself may have become a sum (2*(x + 1))
		return p
	}
	m, ok := p.(*Mul)
	if !ok {
		return p
	}
	var sums []*Add
	var rest []Expr
	for _, f := range m.args {
		if a, ok := f.(*Add); ok {
			sums = append(sums, a)
		} else {
			rest = append(rest, f)
		}
	}
	if len(sums) == 0 {
		return p
	}
	if len(sums) > 1 && hasSpecial(p) {
		// Collecting like terms would add infinite coefficients, which
		// SymPy's own distribution does differently (Mul(2, zoo*x) is
		// zoo*x there); refuse rather than print something else.
		panic(notImpl("expand of a product of sums with oo, zoo or nan"))
	}
	c := &polyCtx{gens: newExprMap[int](0)}
	res := c.toPoly(NewMul(rest...))
	for _, s := range sums {
		res = polyMul(res, c.toPoly(s))
	}
	return c.toExpr(res)
}

// allSameSign is _all_nonneg_or_nonppos.
func allSameSign(xs []Expr) bool {
	nn, np := true, true
	for _, x := range xs {
		if isNonnegative(x) != True {
			nn = false
		}
		if !(IsNegative(x) == True || IsZero(x) == True) {
			np = false
		}
	}
	return nn || np
}

// expandPowerExp is expand_power_exp(e): exp(a + b) is exp(a)*exp(b) and
// x**(a + b) is x**a*x**b when x is nonzero or the terms of the exponent
// share a sign, bottom up.
func expandPowerExp(e Expr) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		if a, ok := trigArg(rv, fnExp); ok {
			if s, ok := a.(*Add); ok {
				fs := make([]Expr, len(s.args))
				for i, t := range s.args {
					fs[i] = fnExp.call(t)
				}
				return NewMul(fs...)
			}
			return rv
		}
		if p, ok := rv.(*Pow); ok {
			if s, ok := p.Exp().(*Add); ok && (IsZero(p.Base()) == False || allSameSign(s.args)) {
				fs := make([]Expr, len(s.args))
				for i, t := range s.args {
					fs[i] = NewPow(p.Base(), t)
				}
				return NewMul(fs...)
			}
		}
		return rv
	})
}

// ExpandPowerExp is expand_power_exp(e).
func ExpandPowerExp(e Expr) Expr { return expandPowerExp(e) }
