package engine

import (
	"math/big"
	"slices"
)

// This file computes truncated power series (SymPy's series and the
// Order term O) by Taylor-expanding each elementary function and doing
// series arithmetic with exact coefficients.

// OrderDef is SymPy's Order class, O(x**n) or O((x - a)**n, (x, a)).
var OrderDef = builtin("O", 0)

func init() {
	OrderDef.eval = orderEval
	OrderDef.lacks = lack("an order term is not a function of numbers", "fdiff", "evalf", "evalc", "real", "series")
}

// IsOrder reports whether e is an Order term.
func IsOrder(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def == OrderDef
}

// orderMonomial reads O(x**n) about 0 in one symbol: x and n > 0.
func orderMonomial(e Expr) (*Symbol, *big.Rat, bool) {
	f, ok := e.(*Func)
	if !ok || f.def != OrderDef || len(f.args) != 1 {
		return nil, nil, false
	}
	b, ex := AsBaseExp(f.args[0])
	x, ok := b.(*Symbol)
	n := toRat(ex)
	if !ok || n == nil || n.Sign() <= 0 {
		return nil, nil, false
	}
	return x, n, true
}

// mulOrder is Mul.flatten's rule for an Order factor: the product is the
// Order of everything multiplied together, which keeps the leading power
// of the local variable and drops constant factors (x*O(x) is O(x**2),
// y*O(x) and (x + 1)*O(x) are O(x), O(x)/x is O(1), x*O(1) is O(x),
// x*O(1/x**2, (x, oo)) is O(1/x, (x, oo))). Orders in one variable about
// one point (or O(1)) times constants and Puiseux expressions in the
// variable are taken; ok is false otherwise (the product is left as it
// is).
func mulOrder(args []Expr) (Expr, bool) {
	var x *Symbol
	var p Expr = Zero
	n := new(big.Rat)
	var rest []Expr
	for _, a := range args {
		if !IsOrder(a) {
			rest = append(rest, a)
			continue
		}
		s, q, k, ok := orderLocal(a)
		if !ok || s != nil && x != nil && (s != x || !Equal(q, p)) {
			return nil, false // (O(x)*O(y) is O(x*y, x, y))
		}
		if s != nil {
			x, p = s, q
		}
		n.Add(n, k)
	}
	if x == nil {
		// O(1) times a power of one symbol
		for _, f := range rest {
			b, e := AsBaseExp(f)
			if s, ok := b.(*Symbol); ok && toRat(e) != nil {
				x = s
				break
			}
		}
	}
	if x == nil {
		for _, f := range rest {
			if len(FreeSymbols(f)) != 0 {
				return nil, false
			}
		}
		return NewFunc(OrderDef, One), true
	}
	y := NewDummy("y")
	for _, f := range rest {
		if !Has(f, x) {
			if len(FreeSymbols(f)) != 0 && p == Zero && n.Sign() == 0 {
				return nil, false
			}
			continue
		}
		k, ok := leadExp(SubsPairs(f, [][2]Expr{{x, toLocal(y, p)}}), y)
		if !ok {
			return nil, false
		}
		n.Add(n, k)
	}
	return orderOf(x, p, n), true
}

// absorbsConstant reports whether a term of seq is an Order in a
// variable whose local exponent is 0 or less (O(1/x) at 0, O(x**2, (x,
// oo))): such an Order contains every constant.
func absorbsConstant(seq []Expr) bool {
	for _, t := range seq {
		if !IsOrder(t) {
			continue
		}
		if x, _, n, ok := orderLocal(t); ok && x != nil && n.Sign() <= 0 {
			return true
		}
	}
	return false
}

// powerTimesConstant reports whether e is c*y**k with c free of y.
func powerTimesConstant(e Expr, y *Symbol) bool {
	for _, f := range mulArgs(e) {
		if b, _ := AsBaseExp(f); b != Expr(y) && Has(f, y) {
			return false
		}
	}
	return true
}

// orderOf is O(y**n) about p in x, y the local variable, as Order prints
// it: O(x**n) at 0, O(1/x**n, (x, oo)), O(1) for n = 0 at 0.
func orderOf(x *Symbol, p Expr, n *big.Rat) Expr {
	var body Expr = One
	if n.Sign() != 0 {
		body = NewPow(fromLocal(x, p), ratFrom(n))
	}
	if p == Zero {
		return NewFunc(OrderDef, body)
	}
	return NewFunc(OrderDef, body, NewTuple(x, p))
}

// absorbOrder drops from the terms of a sum those that an Order term
// contains — c*y**k with c free of x and k >= n for O(y**n), y the local
// variable at the Order's point — and keeps only the largest of several
// such Orders in the same symbol and point, as SymPy's Add does: x + x**3
// + x**6 + O(x**4) is x + x**3 + O(x**4), 1/x**3 + O(1/x**2, (x, oo)) is
// O(1/x**2, (x, oo)). Other terms are kept (SymPy absorbs some of them by
// series expansion).
func absorbOrder(seq []Expr) []Expr {
	type ord struct {
		x *Symbol
		p Expr
		n *big.Rat
	}
	var ords []ord
	for _, t := range seq {
		if x, p, n, ok := orderLocal(t); ok && x != nil {
			ords = append(ords, ord{x, p, n})
		}
	}
	if len(ords) == 0 {
		return seq
	}
	inOrder := func(t Expr) bool {
		for _, o := range ords {
			if x, p, n, ok := orderLocal(t); ok {
				if x == o.x && Equal(p, o.p) && n.Cmp(o.n) > 0 {
					return true
				}
				continue
			}
			if IsOrder(t) {
				continue
			}
			y := NewDummy("y")
			ty := SubsPairs(t, [][2]Expr{{o.x, toLocal(y, o.p)}})
			if !powerTimesConstant(ty, y) || !Has(t, o.x) && o.n.Sign() > 0 {
				continue
			}
			if k, ok := leadExp(ty, y); ok && k.Cmp(o.n) >= 0 {
				return true
			}
		}
		return false
	}
	kept := seq[:0:0]
	for _, t := range seq {
		if !inOrder(t) {
			kept = append(kept, t)
		}
	}
	return kept
}

// OrderedTermsWithO is the printing order of a sum that holds an Order
// term: SymPy's as_ordered_terms sorts the other terms in reverse
// (ascending powers) and puts the Order last. It reports false when a
// has no Order term.
func OrderedTermsWithO(a *Add) ([]Expr, bool) {
	os, rest := siftExprs(a.args, IsOrder)
	if len(os) == 0 {
		return nil, false
	}
	var ts []Expr
	switch len(rest) {
	case 0:
	case 1:
		ts = rest
	default:
		ord := OrderedTerms(newAdd(rest))
		if len(ord) == 2 && isNumberOrNumberSymbol(ord[0]) {
			// the two-term special case already put the number first,
			// which is also the reversed lex order, unless the other
			// term is a negative power (1/x + 1 + O(x))
			ts = ord
			if hasNegativePowerFactor(ord[1]) {
				ts = []Expr{ord[1], ord[0]}
			}
			break
		}
		for i := len(ord) - 1; i >= 0; i-- {
			ts = append(ts, ord[i])
		}
	}
	return append(ts, os...), true
}

// hasNegativePowerFactor reports whether a factor of t is a power with
// a negative exponent.
func hasNegativePowerFactor(t Expr) bool {
	for _, f := range mulArgs(t) {
		if p, ok := f.(*Pow); ok && CouldExtractMinusSign(p.Exp()) && !IsNumber(p.Base()) {
			return true
		}
	}
	return false
}

const precInf = 1 << 30

// pser is sum c[i]*x**(val+i) + O(x**prec); prec >= precInf means exact.
type pser struct {
	val  int
	c    []Expr
	prec int
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func addPrec(a, b int) int {
	if a >= precInf || b >= precInf {
		return precInf
	}
	return a + b
}

// norm strips zero leading coefficients and truncates at prec and n.
func (s pser) norm(n int) pser {
	for i := range s.c {
		// keep SymPy's unexpanded coefficients (a*(a - 1)/2) unless they
		// cancel to zero
		if ex := Expand(s.c[i]); IsZero(ex) == True {
			s.c[i] = ex
		}
	}
	for len(s.c) > 0 && IsZero(s.c[0]) == True {
		s.c = s.c[1:]
		s.val++
	}
	if s.prec > n && s.prec < precInf {
		s.prec = n
	}
	lim := minInt(s.prec, n)
	if s.prec >= precInf {
		// exact: keep everything, but record truncation if we cut
		if s.val+len(s.c) > n {
			s.prec = n
			lim = n
		}
	}
	if k := lim - s.val; k < len(s.c) {
		if k < 0 {
			k = 0
		}
		s.c = s.c[:k]
	}
	for len(s.c) > 0 && IsZero(s.c[len(s.c)-1]) == True {
		s.c = s.c[:len(s.c)-1]
	}
	if len(s.c) == 0 && s.prec < precInf {
		s.val = s.prec
	}
	return s
}

func (s pser) coeff(k int) Expr {
	if i := k - s.val; i >= 0 && i < len(s.c) {
		return s.c[i]
	}
	return Zero
}

func serConst(c Expr) pser {
	if IsZero(c) == True {
		return pser{val: precInf, prec: precInf}
	}
	return pser{c: []Expr{c}, prec: precInf}
}

func serAdd(a, b pser, n int) pser {
	prec := minInt(a.prec, b.prec)
	if len(a.c) == 0 {
		return pser{val: b.val, c: append([]Expr(nil), b.c...), prec: prec}.norm(n)
	}
	if len(b.c) == 0 {
		return pser{val: a.val, c: append([]Expr(nil), a.c...), prec: prec}.norm(n)
	}
	lo := minInt(a.val, b.val)
	hi := a.val + len(a.c)
	if h := b.val + len(b.c); h > hi {
		hi = h
	}
	if hi > n && prec >= precInf {
		prec = n
	}
	hi = minInt(hi, minInt(prec, n))
	var cs []Expr
	for k := lo; k < hi; k++ {
		cs = append(cs, NewAdd(a.coeff(k), b.coeff(k)))
	}
	return pser{val: lo, c: cs, prec: prec}.norm(n)
}

func serMul(a, b pser, n int) pser { return serMulDist(a, b, n, false) }

// serMulDist is serMul; with distribute, each coefficient product is
// multiplied out over the sums in the two coefficients, as SymPy's
// Mul._eval_nseries multiplies the factors' series term by term
// (c*(a + b)*exp(x) has a*c + b*c, not c*(a + b), as its constant).
// The factors of a product are multiplied so; the other products of
// series (powers, compositions) are not.
func serMulDist(a, b pser, n int, distribute bool) pser {
	if len(a.c) == 0 || len(b.c) == 0 {
		p := minInt(addPrec(a.prec, b.val), addPrec(b.prec, a.val))
		if len(a.c) == 0 && len(b.c) == 0 {
			p = addPrec(a.prec, b.prec)
		}
		return pser{val: p, prec: p}.norm(n)
	}
	prec := minInt(addPrec(a.prec, b.val), addPrec(b.prec, a.val))
	val := a.val + b.val
	full := val + len(a.c) + len(b.c) - 1
	if full > n && prec >= precInf {
		prec = n
	}
	hi := minInt(full, minInt(prec, n))
	var cs []Expr
	for k := val; k < hi; k++ {
		var ts []Expr
		for i := range a.c {
			j := k - val - i
			if j >= 0 && j < len(b.c) {
				if !distribute {
					ts = append(ts, NewMul(a.c[i], b.c[j]))
					continue
				}
				for _, u := range addArgs(a.c[i]) {
					for _, v := range addArgs(b.c[j]) {
						ts = append(ts, NewMul(u, v))
					}
				}
			}
		}
		cs = append(cs, NewAdd(ts...))
	}
	return pser{val: val, c: cs, prec: prec}.norm(n)
}

// serBinomial returns (1 + w)**r for a series w of positive valuation.
func serBinomial(w pser, r Expr, n int) pser {
	res := serConst(One)
	term := serConst(One)
	coef := Expr(One)
	for k := 1; k < n+1; k++ {
		if len(w.c) == 0 || w.val*k >= n {
			break
		}
		term = serMul(term, w, n)
		coef = Div(NewMul(coef, Sub(r, NewInt(int64(k-1)))), NewInt(int64(k)))
		if IsZero(coef) == True {
			break
		}
		res = serAdd(res, serScale(term, coef, n), n)
	}
	if len(w.c) > 0 || w.prec < precInf {
		// truncation error of the binomial sum
		v := w.val
		if len(w.c) == 0 {
			v = w.prec
		}
		if isExactNonnegInt(r) {
			return res
		}
		res.prec = minInt(res.prec, minInt(n, (n/maxInt(v, 1)+1)*v))
		res = res.norm(n)
	}
	return res
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func isExactNonnegInt(r Expr) bool {
	z, ok := r.(*Integer)
	return ok && z.Sign() >= 0
}

func serScale(s pser, c Expr, n int) pser {
	cs := make([]Expr, len(s.c))
	for i, x := range s.c {
		cs[i] = NewMul(c, x)
	}
	return pser{val: s.val, c: cs, prec: s.prec}.norm(n)
}

// serPow raises s to a rational power.
func serPow(s pser, r Expr, n int) (pser, bool) {
	if len(s.c) == 0 {
		return pser{}, false
	}
	c0 := s.c[0]
	v := 0
	if s.val != 0 {
		rr := toRat(r)
		if rr == nil {
			return pser{}, false
		}
		vr := new(big.Rat).Mul(rr, new(big.Rat).SetInt64(int64(s.val)))
		if !vr.IsInt() {
			return pser{}, false
		}
		v = int(vr.Num().Int64())
	}
	// w = s/(c0 x**val) - 1
	inv := NewPow(c0, NegOne)
	wc := make([]Expr, 0, len(s.c))
	for _, c := range s.c[1:] {
		wc = append(wc, NewMul(inv, c))
	}
	w := pser{val: 1, c: wc, prec: s.prec - s.val}
	if s.prec >= precInf {
		w.prec = precInf
	}
	w = w.norm(n - v + 1)
	rel := serBinomial(w, r, n-v)
	lead := NewPow(c0, r)
	out := serScale(rel, lead, n-v)
	out.val += v
	if out.prec < precInf {
		out.prec += v
	}
	return out.norm(n), true
}

// serExpand returns the series of e in x through order n, or false.
func serExpand(e Expr, x *Symbol, n int) (pser, bool) {
	if !Has(e, x) {
		return serConst(e), true
	}
	switch t := e.(type) {
	case *Symbol:
		return pser{val: 1, c: []Expr{One}, prec: precInf}.norm(n), true
	case *Add:
		acc := serConst(Zero)
		for _, a := range t.args {
			s, ok := serExpand(a, x, n)
			if !ok {
				return pser{}, false
			}
			acc = serAdd(acc, s, n)
		}
		return acc, true
	case *Mul:
		// expand factors with enough headroom for negative valuations
		var ss []pser
		shift := 0
		for _, a := range t.args {
			s, ok := serExpand(a, x, n)
			if !ok {
				return pser{}, false
			}
			ss = append(ss, s)
			if len(s.c) > 0 && s.val < 0 {
				shift -= s.val
			}
		}
		if shift > 0 {
			ss = ss[:0]
			for _, a := range t.args {
				s, ok := serExpand(a, x, n+shift)
				if !ok {
					return pser{}, false
				}
				ss = append(ss, s)
			}
		}
		acc := serConst(One)
		for _, s := range ss {
			acc = serMulDist(acc, s, n+shift, true)
		}
		return acc.norm(n), true
	case *Pow:
		if hasUndefined(t) && !isInt(t.Exp(), 1) {
			// f(x)**2: SymPy's Pow series writes these its own way
			return pser{}, false
		}
		if Has(t.Exp(), x) {
			return serExpand(fnExp.call(NewMul(t.Exp(), fnLog.call(t.Base()))), x, n)
		}
		if toRat(t.Exp()) == nil {
			// symbolic exponent: only about a nonzero base value
			b, ok := serExpand(t.Base(), x, n)
			if !ok || len(b.c) == 0 || b.val != 0 || IsNumber(t.Exp()) {
				return pser{}, false
			}
			return serPow(b, t.Exp(), n)
		}
		b, ok := serExpand(t.Base(), x, n)
		for m := n + 2; ok && len(b.c) == 0 && b.prec < precInf && m <= n+12; m += 2 {
			b, ok = serExpand(t.Base(), x, m)
		}
		if !ok || len(b.c) == 0 {
			return pser{}, false
		}

		// relative precision needed: n - val*r; expand the base further
		r := toRat(t.Exp())
		need := n
		if bv := new(big.Rat).Mul(r, new(big.Rat).SetInt64(int64(b.val))); bv.Sign() != 0 {
			f, _ := bv.Float64()
			extra := b.val - int(f)
			if extra > 0 {
				need += extra
			}
		}
		if need != n {
			if b, ok = serExpand(t.Base(), x, need); !ok {
				return pser{}, false
			}
		}
		if z, ok := t.Exp().(*Integer); ok && z.Sign() > 0 && z.IsInt64() && z.Int64() < 64 {
			acc := serConst(One)
			for i := int64(0); i < z.Int64(); i++ {
				acc = serMul(acc, b, need)
			}
			return acc.norm(n), true
		}
		return serPow(b, t.Exp(), n)
	case *Func:
		if t.def.Undefined {
			return serUndefined(t, x, n)
		}
		if slices.ContainsFunc(t.args, hasUndefined) {
			// sin(f(x)): SymPy's forms not followed
			return pser{}, false
		}
		if len(t.args) == 1 {
			// functions with a pole at 0 go through their quotient forms
			if h := t.def.series; h != nil {
				if r := h(t.args[0]); r != nil {
					return serExpand(r, x, n)
				}
			}
		}
		if t.def.series == nil || len(t.args) != 1 {
			return pser{}, false
		}
		a, ok := serExpand(t.args[0], x, n)
		if !ok || (len(a.c) > 0 && a.val < 0) {
			return pser{}, false
		}
		c0 := a.coeff(0)
		if !isZeroInt(c0) && !inPrincipalDomain(t.def, c0) {
			// asin(x) about 2: SymPy's _eval_nseries goes through log
			// on the branch cut (-I*log(sqrt(3) + 2) + pi/2 + ...)
			return pser{}, false
		}
		u := serAdd(a, serConst(Neg(c0)), n)
		d := NewDummy("t")
		f := MustApply(t.def, d)
		res := serConst(Zero)
		term := serConst(One)
		fact := big.NewInt(1)
		for k := 0; k < n+1; k++ {
			if k > 0 {
				if len(u.c) == 0 && u.prec >= precInf {
					break
				}
				term = serMul(term, u, n)
				fact.Mul(fact, big.NewInt(int64(k)))
				f = diff1(f, d)
			}
			if k > 0 && len(term.c) == 0 && term.prec >= n {
				break
			}
			dk := SubsPairs(f, [][2]Expr{{d, c0}})
			if hasSpecial(dk) {
				return pser{}, false
			}
			res = serAdd(res, serScale(term, Div(dk, NewBigInt(fact)), n), n)
		}
		if !(len(u.c) == 0 && u.prec >= precInf) {
			res.prec = minInt(res.prec, n)
		}
		if !isZeroInt(c0) {
			// away from 0 each term after the constant is written as
			// SymPy's nseries writes it: log's coefficients cancelled,
			// Function._eval_nseries's (derivative at 0)*x**i/i!
			// expanded (atan(x) about pi/2 has
			// -pi*(x - pi/2)**2/(2 + pi**2 + pi**4/8))
			for i, c := range res.c {
				if res.val+i < 1 {
					continue
				}
				if t.def == fnLog {
					if r, err := Cancel(c); err == nil {
						res.c[i] = r
					}
					continue
				}
				res.c[i] = Expand(c)
			}
		}
		return res.norm(n), true
	}
	return pser{}, false
}

// Series is SymPy's series(e, x, x0, n): the expansion about x0 with an
// Order term, or an error when the expansion is not supported.
func Series(e Expr, x *Symbol, x0 Expr, n int) (Expr, error) {
	if x0 == Oo || x0 == NegOo {
		// Expr.series: the series of e(sgn/x) at 0, with sgn/x put back
		// (the Order's point moves to x0 with it)
		sgn := One
		if x0 == NegOo {
			sgn = NegOne
		}
		s, err := Series(SubsPairs(e, [][2]Expr{{x, Div(sgn, x)}}), x, Zero, n)
		if err != nil {
			return nil, err
		}
		return SubsPairs(s, [][2]Expr{{x, Div(sgn, x)}}), nil
	}
	if x0 == Zoo || x0 == NaN {
		return nil, notImpl("series at complex infinity")
	}
	if hasSpecial(e) {
		// SymPy's answers here (series(zoo*x**3, x) is zoo) follow from
		// its internals, not from a rule dcalc reproduces.
		return nil, notImpl("series of an expression with oo, zoo or nan")
	}
	if !Has(e, x) {
		return e, nil // Expr.series: free of x, itself (0 stays 0)
	}
	v := Expr(x)
	f := e
	if !isZeroInt(x0) {
		t := NewDummy("t")
		f = SubsPairs(e, [][2]Expr{{x, NewAdd(t, x0)}})
		if trigPowerAwayFromZero(f, t) {
			return nil, notImpl("series of a power of a trigonometric function away from its zeros")
		}
		s, err := seriesAt0(f, t, n)
		if err != nil {
			return nil, err
		}
		base := Sub(x, x0)
		return Xreplace(s, [][2]Expr{{t, base}, {NewFunc(OrderDef, NewPow(t, NewInt(int64(n)))), NewFunc(OrderDef, NewPow(base, NewInt(int64(n))), NewTuple(x, x0))}}), nil
	}
	_ = v
	if trigPowerAwayFromZero(f, x) {
		return nil, notImpl("series of a power of a trigonometric function away from its zeros")
	}
	return seriesAt0(f, x, n)
}

// trigPowerAwayFromZero reports whether f is a positive integer power of an
// expression whose value at x = 0 holds a trigonometric or hyperbolic
// function: Pow._eval_nseries trigsimps the power and writes each
// coefficient as lead**e times the binomial sum
// ((-1 + cos(1)**2/sin(1)**2)*(x - 1)**2*sin(1)**2 for sin(x)**2 about
// 1), a form dcalc's products do not give.
func trigPowerAwayFromZero(f Expr, x *Symbol) bool {
	p, ok := f.(*Pow)
	if !ok || !IsInteger(p.Exp()) || IsPositive(p.Exp()) != True {
		return false
	}
	c := SubsPairs(p.Base(), [][2]Expr{{x, Zero}})
	return hasTrig(c) || hasCallOf(c, hyperbolicFuncs...)
}

// NewFunc builds an unevaluated application of d.
func NewFunc(d *FuncDef, args ...Expr) Expr { return newFunc(d, args) }

// nonAnalyticAsIs reports whether e is a product of constants, powers of
// x, log(x) and exp(c/x**k): SymPy's series returns such an expression
// unchanged.
func nonAnalyticAsIs(e Expr, x *Symbol) bool {
	for _, f := range mulArgs(e) {
		if !Has(f, x) {
			continue
		}
		b, ex := AsBaseExp(f)
		if Equal(b, x) && toRat(ex) != nil {
			continue
		}
		if fn, ok := f.(*Func); ok && len(fn.args) == 1 {
			if fn.def == fnLog && Equal(fn.args[0], x) {
				continue
			}
			if fn.def == fnExp {
				ab, aex := AsBaseExp(Div(fn.args[0], NewMul(mulArgsConst(fn.args[0], x)...)))
				if z, ok := aex.(*Integer); ok && z.Sign() < 0 && Equal(ab, x) {
					continue
				}
			}
		}
		return false
	}
	return true
}

// decayingExp reports whether a factor of e is exp(c*x**k), k < 0, with
// c negative: it tends to 0 as x -> 0+.
func decayingExp(e Expr, x *Symbol) bool {
	for _, f := range mulArgs(e) {
		fn, ok := f.(*Func)
		if !ok || fn.def != fnExp {
			continue
		}
		c := NewMul(mulArgsConst(fn.args[0], x)...)
		b, k := AsBaseExp(Div(fn.args[0], c))
		if z, ok := k.(*Integer); ok && z.Sign() < 0 && Equal(b, x) && IsNegative(c) == True {
			return true
		}
	}
	return false
}

// mulArgsConst returns the factors of e free of x.
func mulArgsConst(e Expr, x *Symbol) []Expr {
	var out []Expr
	for _, f := range mulArgs(e) {
		if !Has(f, x) {
			out = append(out, f)
		}
	}
	return out
}

func seriesAt0(f Expr, x *Symbol, n int) (Expr, error) {
	if _, ok := serExpand(f, x, n); !ok && nonAnalyticAsIs(f, x) {
		if decayingExp(f, x) {
			// exp(c/x**k) tends to 0 faster than any power as x -> 0+:
			// the series is O(x**n) (x*exp(-1/x) too; with log(x), SymPy's
			// Order keeps the log, not followed)
			if hasCallOf(f, fnLog) {
				return nil, notImpl("series of " + Str(f))
			}
			return NewFunc(OrderDef, NewPow(x, NewInt(int64(n)))), nil
		}
		return f, nil
	}
	var s pser
	ok := false
	for extra := 0; extra <= 8; extra += 2 {
		s, ok = serExpand(f, x, n+extra)
		if !ok {
			return nil, notImpl("series of " + Str(f))
		}
		if s.prec >= n {
			break
		}
	}
	if s.prec < n {
		return nil, notImpl("series of " + Str(f))
	}
	var ts []Expr
	for i, c := range s.c {
		k := s.val + i
		if k >= n {
			break
		}
		ts = append(ts, NewMul(c, NewPow(x, NewInt(int64(k)))))
	}
	if s.prec < precInf || s.val+len(s.c) > n || laurentMulTerm(f, x) {
		ts = append(ts, NewFunc(OrderDef, NewPow(x, NewInt(int64(n)))))
	}
	return NewAdd(ts...), nil
}

// laurentMulTerm reports whether a term of f is a product that is not a
// polynomial in x nor a monomial c*x**k ((1 - x**2)/x**2): Mul's nseries
// adds O(x**n) to such a term's expansion even when it is exact.
func laurentMulTerm(f Expr, x *Symbol) bool {
	for _, t := range addArgs(f) {
		m, ok := t.(*Mul)
		if !ok || !Has(m, x) || IsPolynomial(m, []Expr{x}) {
			continue
		}
		monomial := true
		for _, a := range m.args {
			if b, _ := AsBaseExp(a); Has(a, x) && !Equal(b, x) {
				monomial = false
			}
		}
		if !monomial {
			return true
		}
	}
	return false
}

// RemoveO drops the Order terms of a sum (Expr.removeO).
func RemoveO(e Expr) Expr {
	if IsOrder(e) {
		return Zero
	}
	a, ok := e.(*Add)
	if !ok {
		return e
	}
	var ts []Expr
	for _, t := range a.args {
		if !IsOrder(t) {
			ts = append(ts, t)
		}
	}
	return NewAdd(ts...)
}

// GetO returns the Order term of e, or nil (Expr.getO).
func GetO(e Expr) Expr {
	if IsOrder(e) {
		return e
	}
	for _, t := range addArgs(e) {
		if IsOrder(t) {
			return t
		}
	}
	return nil
}

// inPrincipalDomain reports whether c is where the inverse function d is
// real and away from its branch points (|c| < 1 for asin, acos and
// atanh); the other inverse functions are not taken away from 0.
func inPrincipalDomain(d *FuncDef, c Expr) bool {
	switch d {
	case fnAsin, fnAcos, fnAtanh:
		v, ok := ToFloat64(c)
		return ok && IsReal(c) == True && v > -1 && v < 1
	case fnAcosh, fnAsinh, fnAcot, fnAcoth, fnAsec, fnAcsc:
		return false
	}
	return true
}
