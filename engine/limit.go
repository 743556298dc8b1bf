package engine

import (
	"math/big"
	"slices"
)

// This file computes limits (SymPy's limit) by direct substitution where
// the expression is continuous, by the leading term of a series at the
// point, and at infinity by comparing exp/power/log growth of factors.

// Limit is SymPy's limit(e, x, a, dir) with dir "+" or "-".
func Limit(e Expr, x *Symbol, a Expr, dir string) (Expr, error) {
	if m, ok := e.(*Mul); ok {
		// leadterm's coefficient of a product is the product of its
		// factors' (pi*(n + pi*n)/n at oo is pi*(1 + pi), not pi + pi**2):
		// a factor free of x that is not a number stays outside a finite
		// limit
		c, g := independentOf(m.args, x)
		if cc, _ := AsCoeffMul(c); !Equal(cc, c) && !Equal(g, One) {
			if r, err := Limit(g, x, a, dir); err == nil && !hasSpecial(r) {
				return NewMul(c, r), nil
			}
		}
	}
	r, err := limit1(e, x, a, dir)
	if f, ok := e.(*Func); ok && err != nil && f.def == fnExp {
		// exp is continuous: exp of the exponent's limit (-oo gives 0)
		if g, err2 := Limit(f.args[0], x, a, dir); err2 == nil {
			switch {
			case g == Oo:
				return Oo, nil
			case g == NegOo:
				return Zero, nil
			case !hasSpecial(g):
				return fnExp.call(g), nil
			}
		}
	}
	if err != nil && powIndeterminate(e, x, a) {
		// b**g as exp(g*log(b)), as gruntz rewrites powers (x**(1/x)
		// at oo is exp(log(x)/x), 1)
		if e2 := powAsExpIn(e, x, false); !Equal(e2, e) {
			if r2, err2 := Limit(e2, x, a, dir); err2 == nil {
				return r2, nil
			}
		}
	}
	return r, err
}

// setSigns is Limit.doit's set_signs: bottom up, Abs(u), sign(u) and
// arg(u) with x become u or -u, 1 or -1, 0 or pi by the sign of u's
// limit (of 1/u's where u tends to 0) from the given side; where that
// limit is not known, or not a real number compared with 0, the call
// stays (limit(Abs(x)/x, x, 0) is 1 from the right).
func setSigns(e Expr, x *Symbol, a Expr, dir string) Expr {
	if len(e.Args()) == 0 || !Has(e, x) {
		return e
	}
	e = mapArgs(e, func(c Expr) Expr { return setSigns(c, x, a, dir) })
	f, ok := e.(*Func)
	if ok && (f.def == fnFloor || f.def == fnCeiling) {
		return stepNear(f, x, a, dir)
	}
	if !ok || f.def != fnAbs && f.def != fnSign && f.def != fnArg {
		return e
	}
	u := f.args[0]
	sig, err := Limit(u, x, a, dir)
	if err == nil && IsZero(sig) == True {
		sig, err = Limit(NewPow(u, NegOne), x, a, dir)
	}
	if err != nil || IsReal(sig) != True {
		return e
	}
	var pos, neg Expr
	switch f.def {
	case fnAbs:
		pos, neg = u, Neg(u)
	case fnSign:
		pos, neg = One, NegOne
	default:
		pos, neg = Zero, Pi
	}
	switch {
	case RelTruth("<", sig, Zero) == True:
		return neg
	case RelTruth(">", sig, Zero) == True:
		return pos
	}
	return e
}

// stepNear is floor(u) or ceiling(u) on the side of the point the
// limit approaches from, where it is constant (floor's _eval_nseries):
// u tends to c; for a c that is not an integer, floor(c); for an
// integer, by the side u approaches c from (the sign of 1/(u - c)'s
// limit), c or c - 1 for floor, c + 1 or c for ceiling. Where that is
// not known the call stays. (dcalc substituted the point: floor(x) at
// 0 from the left was 0, not -1.)
func stepNear(f *Func, x *Symbol, a Expr, dir string) Expr {
	u := f.args[0]
	c, err := Limit(u, x, a, dir)
	if err != nil || hasSpecial(c) || !IsNumberExpr(c) || IsReal(c) != True {
		return f
	}
	if _, isInt := c.(*Integer); !isInt {
		v := f.def.call(c)
		if _, ok := v.(*Integer); !ok {
			return f
		}
		return v
	}
	side, err := Limit(NewPow(Sub(u, c), NegOne), x, a, dir)
	switch {
	case err != nil:
		return f
	case side == Oo && f.def == fnFloor, side == NegOo && f.def == fnCeiling:
		return c
	case side == NegOo:
		return Sub(c, One)
	case side == Oo:
		return NewAdd(c, One)
	}
	return f
}

// powAsExpIn writes the powers b**g of e with x in g as exp(g*log(b)),
// only those with b free of x when constBase.
func powAsExpIn(e Expr, x *Symbol, constBase bool) Expr {
	if !Has(e, x) {
		return e
	}
	e = mapArgs(e, func(a Expr) Expr { return powAsExpIn(a, x, constBase) })
	if p, ok := e.(*Pow); ok && Has(p.Exp(), x) && !(constBase && Has(p.Base(), x)) {
		return fnExp.call(NewMul(p.Exp(), fnLog.call(p.Base())))
	}
	return e
}

func limit1(e Expr, x *Symbol, a Expr, dir string) (Expr, error) {
	if !Has(e, x) {
		return e, nil
	}
	if hasFloat(e) {
		// Limit.doit: Floats like 0.5 become exact numbers (nsimplify)
		// before anything is compared
		e = realToRational(e, 0)
	}
	if hasCallOf(e, fnAbs, fnSign, fnArg, fnFloor, fnCeiling) {
		e = setSigns(e, x, a, dir)
	}
	if hasCallOf(e, fnPiecewise) {
		// Piecewise._eval_as_leading_term: the branch whose condition
		// holds at the point itself, whichever the side (SymPy 1.14's
		// limit(Piecewise((x, x < 0), (x + 1, True)), x, 0, '-') is 1)
		b, ok := piecewiseAtPoint(e, x, a)
		if !ok {
			return nil, notImpl("dcalc's limit does not take this Piecewise yet")
		}
		return limit1(b, x, a, dir)
	}
	if hasCallOf(e, fnAtan) {
		e = atanAtInfinity(e, x, a, dir)
	}
	if hasUndefined(e) {
		// substituting would assume f is continuous: SymPy's gruntz
		// gives up on an undefined function of x and limit returns the
		// unevaluated Limit
		if undefinedOf(e, x) && !hasKind(e, kDerivative) && !hasKind(e, kSubs) {
			return NewLimit(e, x, a, dir)
		}
		return nil, notImpl("dcalc cannot take this limit of undefined functions")
	}
	if a == Oo || a == NegOo {
		// (not through sin(oo): SymPy's AccumBounds(-1, 1), which dcalc
		// does not have, so 1/(oo*sin(oo)) must not become 0)
		if v := SubsPairs(e, [][2]Expr{{x, a}}); !hasSpecial(v) && !Has(v, x) && !powIndeterminate(e, x, a) && !hasTrigOf(e, x) {
			return v, nil
		}
		if r, ok := limitGrowth(e, x, a == NegOo); ok {
			return r, nil
		}
		if f, ok := combineLogsAtInf(e, x, a); ok {
			if r, err := limit1(f, x, a, dir); err == nil {
				return r, nil
			}
		}
		if f, ok := logDominantRewrite(e, x, a == NegOo); ok {
			return limit1(f, x, Oo, dir)
		}
		if r, ok := limitByParts(e, x, a); ok {
			return r, nil
		}
		if q := radicalDenominator(e, x); q > 1 && a == Oo {
			// x = 1/u**q with u > 0 makes every root of x a power of u,
			// and a difference of roots (sqrt(x + 1) - sqrt(x)) a
			// series in u
			u := NewDummyAssumed("u", Assumptions{Positive: true, Real: true})
			if r, err := limitAt0(SubsPairs(e, [][2]Expr{{x, NewPow(u, NewInt(int64(-q)))}}), u, "+"); err == nil {
				return r, nil
			}
		}
		t := NewDummy("t")
		sub := NewPow(t, NegOne)
		if a == NegOo {
			sub = Neg(sub)
		}
		return limitAt0(SubsPairs(e, [][2]Expr{{x, sub}}), t, "+")
	}
	if a == Zoo || a == NaN {
		return nil, notImpl("limit at " + Str(a))
	}
	if v := SubsPairs(e, [][2]Expr{{x, a}}); !hasSpecial(v) && !Has(v, x) && !powIndeterminate(e, x, a) && unknownSignPower(SubsPairs(e, [][2]Expr{{x, NewAdd(a, x)}}), x) == nil {
		return leadtermForm(e, x, a)
	}
	t := NewDummy("t")
	f := e
	if !isZeroInt(a) {
		f = SubsPairs(e, [][2]Expr{{x, NewAdd(a, t)}})
	} else {
		f = Xreplace(e, [][2]Expr{{x, t}})
	}
	if r, ok, err := limitCancelTrig(f, t); ok || err != nil {
		return r, err
	}
	g, sv, negative, split := splitLogsAt0(f, t, dir)
	if negative {
		// log(g) of a g that reaches 0 from below is log(-g) + I*pi;
		// SymPy's limit is then the real part's infinity (the finite
		// imaginary part is lost in it) and dcalc answers only that
		return limitSplitLogs(f, g, sv)
	}
	r, err := limitAt0(f, t, dir)
	if err != nil && split {
		return limitSplitLogs(f, g, sv)
	}
	return r, err
}

// limitSplitLogs is the limit of f through splitLogsAt0's g: an
// infinity, or NotImplementedError.
func limitSplitLogs(f, g Expr, sv *Symbol) (Expr, error) {
	r, err := limitLogS(g, sv)
	if err != nil {
		return nil, err
	}
	if inf := infinitePart(r); inf != nil {
		return inf, nil
	}
	if hasSpecial(r) && r != Oo && r != NegOo {
		return nil, notImpl("could not compute the limit of " + Str(f))
	}
	return r, nil // the imaginary parts were kept exactly: a finite limit is whole
}

// splitLogsAt0 returns f in s = |t| (s -> 0+ as t -> 0 from dir), each
// log of an argument g tending to 0 split at its leading term c*t**v as
// log(|c|) + v*log(s) + log(g/(c*t**v)), plus I*pi where g is negative
// there; negative reports such an argument, split any argument tending
// to 0.
func splitLogsAt0(f Expr, t *Symbol, dir string) (Expr, *Symbol, bool, bool) {
	sv := NewDummy("s")
	st := Expr(sv) // t in terms of s
	if dir == "-" {
		st = Neg(sv)
	}
	negative, split := false, false
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		if fn, ok := e.(*Func); ok && fn.def == fnLog && len(fn.args) == 1 && Has(fn.args[0], t) {
			g := fn.args[0]
			s, ok := serExpand(g, t, 4)
			if !ok || len(s.c) == 0 || s.val <= 0 {
				return SubsPairs(e, [][2]Expr{{t, st}})
			}
			c0 := s.c[0]
			sg := 0
			switch {
			case IsPositive(c0) == True:
				sg = 1
			case IsNegative(c0) == True:
				sg = -1
			default:
				return SubsPairs(e, [][2]Expr{{t, st}})
			}
			lead := NewMul(c0, NewPow(t, NewInt(int64(s.val))))
			ratio, err := Cancel(SubsPairs(Div(g, lead), [][2]Expr{{t, st}}))
			if err != nil {
				ratio = SubsPairs(Div(g, lead), [][2]Expr{{t, st}})
			}
			rest := fnLog.call(ratio)
			if dir == "-" && s.val%2 == 1 {
				sg = -sg
			}
			split = true
			var im Expr = Zero
			if sg < 0 {
				negative = true
				im = NewMul(I, Pi)
			}
			return NewAdd(fnLog.call(fnAbs.call(c0)), NewMul(NewInt(int64(s.val)), fnLog.call(sv)), rest, im)
		}
		args := e.Args()
		if len(args) == 0 {
			if e == t {
				return st
			}
			return e
		}
		out := make([]Expr, len(args))
		for i, a := range args {
			out[i] = walk(a)
		}
		return rebuild(e, out)
	}
	g := walk(f)
	return g, sv, negative, split
}

// limitLogS is the limit as s -> 0+ of g = A*log(s) + B for a constant
// A: B's limit when A is 0, else the infinity of -A*oo unless B's limit
// is the opposite infinity.
func limitLogS(g Expr, sv *Symbol) (Expr, error) {
	L := NewDummy("L")
	h := Xreplace(g, [][2]Expr{{fnLog.call(sv), L}})
	A, err := Diff(h, VarCount{Var: L, Count: 1})
	if err != nil || Has(A, L) {
		return nil, notImpl("could not compute the limit of " + Str(g))
	}
	B := SubsPairs(h, [][2]Expr{{L, Zero}})
	rb, err := limitAt0(B, sv, "+")
	if err != nil {
		return nil, err
	}
	if Has(A, sv) {
		// A vanishing like a power of s takes A*log(s) to 0
		sa, ok := serExpand(A, sv, 4)
		if !ok || len(sa.c) == 0 || sa.val <= 0 {
			return nil, notImpl("could not compute the limit of " + Str(g))
		}
		return rb, nil
	}
	if isZeroInt(A) {
		return rb, nil
	}
	var inf Expr = Oo // A*log(s) with log(s) -> -oo
	switch {
	case IsPositive(A) == True:
		inf = NegOo
	case IsNegative(A) != True:
		return nil, notImpl("could not compute the limit of " + Str(g))
	}
	if rb == Oo || rb == NegOo {
		// every log of s was taken out of B: its divergence is a power
		// of s, which outgrows the log
		return rb, nil
	}
	if o := infinitePart(rb); o != nil {
		return o, nil
	}
	return inf, nil
}

// infinitePart is oo or -oo when r is that infinity plus a finite
// imaginary part (oo + I*pi), else nil.
func infinitePart(r Expr) Expr {
	a, ok := r.(*Add)
	if !ok {
		return nil
	}
	var inf Expr
	for _, term := range a.args {
		switch {
		case term == Oo || term == NegOo:
			inf = term
		case IsReal(NewMul(term, I)) != True:
			return nil
		}
	}
	return inf
}

func limitAt0(f Expr, t *Symbol, dir string) (Expr, error) {
	if u := unknownSignPower(f, t); u != nil {
		return nil, notImpl("Not sure of sign of " + Str(u))
	}
	for n := 1; n <= 16; n += 3 {
		s, ok := serExpand(f, t, n)
		if !ok {
			continue
		}
		if len(s.c) == 0 {
			if s.prec > 0 {
				return Zero, nil
			}
			continue
		}
		c0 := s.c[0]
		switch {
		case s.val > 0:
			return Zero, nil
		case s.val == 0:
			return Expand(c0), nil
		}
		sg := 0
		if IsPositive(c0) == True {
			sg = 1
		} else if IsNegative(c0) == True {
			sg = -1
		}
		if sg == 0 {
			return nil, notImpl("limit with a leading coefficient of unknown sign")
		}
		if dir == "-" && (-s.val)%2 == 1 {
			sg = -sg
		}
		if sg > 0 {
			return Oo, nil
		}
		return NegOo, nil
	}
	// t -> 0+ is y -> oo with t = 1/y
	if dir == "+" || dir == "-" {
		y := NewDummy("y")
		sub := NewPow(y, NegOne)
		if dir == "-" {
			sub = Neg(sub)
		}
		if r, ok := limitGrowth(SubsPairs(f, [][2]Expr{{t, sub}}), y, false); ok {
			return r, nil
		}
	}
	return nil, notImpl("could not compute the limit of " + Str(f))
}

// growth is c*exp(alpha)*x**beta*log(x)**lg as x -> oo, where alpha is
// a polynomial in x without constant term; c == nil means a bounded
// factor of unknown size.
type growth struct {
	alpha    Expr
	beta, lg *big.Rat
	c        Expr
	// betaSym is the part of the power of x that is not a number (p for
	// x**p with a symbolic p), nil when there is none
	betaSym Expr
	// xl is the coefficient of x*log(x) in the exponent (x**x,
	// factorial(x) ~ sqrt(2*pi*x)*exp(x*log(x) - x)); nil for none
	xl *big.Rat
}

// xlog is g's coefficient of x*log(x), 0 for none.
func (g growth) xlog() *big.Rat {
	if g.xl == nil {
		return new(big.Rat)
	}
	return g.xl
}

// power is g's whole power of x, beta + betaSym.
func (g growth) power() Expr {
	if g.betaSym == nil {
		return ratExpr(g.beta)
	}
	return NewAdd(ratExpr(g.beta), g.betaSym)
}

// signOf3 is the sign of e when the assumptions decide it.
func signOf3(e Expr) (int, bool) {
	switch {
	case IsZero(e) == True:
		return 0, true
	case IsPositive(e) == True:
		return 1, true
	case IsNegative(e) == True:
		return -1, true
	}
	return 0, false
}

func polyGrowth(x *Symbol, d int, c Expr) growth {
	return growth{Zero, new(big.Rat).SetInt64(int64(d)), new(big.Rat), c, nil, nil}
}

// signAtInf is the sign of the polynomial p (in x) as x -> oo, 0 when p
// is zero, and false when unknown.
func signAtInf(p Expr, x *Symbol) (int, bool) {
	cs, ok := polyCoeffs(p, x)
	if !ok {
		return 0, false
	}
	if len(cs) == 0 {
		return 0, true
	}
	lc := cs[len(cs)-1]
	switch {
	case IsPositive(lc) == True:
		return 1, true
	case IsNegative(lc) == True:
		return -1, true
	}
	return 0, false
}

// expSign is the sign at oo of the exponent alpha + xl*x*log(x), alpha
// a polynomial: x**2 outgrows x*log(x), which outgrows x.
func expSign(alpha Expr, xl *big.Rat, x *Symbol) (int, bool) {
	if cs, ok := polyCoeffs(alpha, x); ok && len(cs) > 2 || xl.Sign() == 0 {
		return signAtInf(alpha, x)
	}
	return xl.Sign(), true
}

// cmpGrowth orders growth rates (ignoring c); false when unknown.
func cmpGrowth(a, b growth, x *Symbol) (int, bool) {
	s, ok := expSign(Expand(Sub(a.alpha, b.alpha)), new(big.Rat).Sub(a.xlog(), b.xlog()), x)
	if !ok {
		return 0, false
	}
	if s != 0 {
		return s, true
	}
	if a.betaSym != nil || b.betaSym != nil {
		c, ok := signOf3(Sub(a.power(), b.power()))
		if !ok {
			return 0, false
		}
		if c != 0 {
			return c, true
		}
	} else if c := a.beta.Cmp(b.beta); c != 0 {
		return c, true
	}
	return a.lg.Cmp(b.lg), true
}

// scaleSym is p*k for a symbolic power p (nil stays nil).
func scaleSym(p, k Expr) Expr {
	if p == nil {
		return nil
	}
	return Expand(NewMul(p, k))
}

// orZero is e, or 0 for nil.
func orZero(e Expr) Expr {
	if e == nil {
		return Zero
	}
	return e
}

func growthOf(e Expr, x *Symbol) (growth, bool) {
	if !Has(e, x) {
		return growth{Zero, new(big.Rat), new(big.Rat), e, nil, nil}, true
	}
	if cs, ok := polyCoeffs(e, x); ok && len(cs) > 0 {
		return polyGrowth(x, len(cs)-1, cs[len(cs)-1]), true
	}
	switch t := e.(type) {
	case *Add:
		var best growth
		unique := false
		for i, a := range t.args {
			h, ok := growthOf(a, x)
			if !ok || h.c == nil {
				return h, false
			}
			if i == 0 {
				best, unique = h, true
				continue
			}
			c, ok := cmpGrowth(h, best, x)
			if !ok {
				return h, false
			}
			switch {
			case c > 0:
				best, unique = h, true
			case c == 0:
				unique = false
			}
		}
		return best, unique
	case *Mul:
		g := growth{Zero, new(big.Rat), new(big.Rat), One, nil, nil}
		for _, f := range t.args {
			h, ok := growthOf(f, x)
			if !ok {
				return g, false
			}
			g.alpha = NewAdd(g.alpha, h.alpha)
			g.beta.Add(g.beta, h.beta)
			if h.betaSym != nil {
				g.betaSym = NewAdd(orZero(g.betaSym), h.betaSym)
			}
			g.lg.Add(g.lg, h.lg)
			if h.xl != nil {
				g.xl = new(big.Rat).Add(g.xlog(), h.xl)
			}
			if g.c == nil || h.c == nil {
				g.c = nil
			} else {
				g.c = NewMul(g.c, h.c)
			}
		}
		g.alpha = Expand(g.alpha)
		return g, true
	case *Pow:
		if Has(t.Exp(), x) {
			if Equal(t.Base(), x) {
				// x**(a*x + b) = exp(a*x*log(x))*x**b
				cs, ok := polyCoeffs(t.Exp(), x)
				if !ok || len(cs) != 2 || toRat(cs[0]) == nil || toRat(cs[1]) == nil {
					return growth{}, false
				}
				return growth{Zero, toRat(cs[0]), new(big.Rat), One, nil, toRat(cs[1])}, true
			}
			if Has(t.Base(), x) {
				return growth{}, false
			}
			return growthOf(fnExp.call(NewMul(t.Exp(), fnLog.call(t.Base()))), x)
		}
		r := toRat(t.Exp())
		if r == nil {
			// a symbolic power of a power of x (x**p): a power whose
			// size is known only where the assumptions give its sign
			h, ok := growthOf(t.Base(), x)
			if !ok || h.c == nil || !isZeroInt(h.alpha) || h.lg.Sign() != 0 || IsPositive(h.c) != True {
				return growth{}, false
			}
			return growth{Zero, new(big.Rat), new(big.Rat), NewPow(h.c, t.Exp()), Expand(NewMul(h.power(), t.Exp())), nil}, true
		}
		h, ok := growthOf(t.Base(), x)
		if ok && h.c == nil {
			// a positive integer power of a bounded factor (sin(x)**2)
			// is bounded; other powers of it may not be (1/sin(x))
			if k, isInt := t.Exp().(*Integer); isInt && k.Sign() > 0 {
				return h, true
			}
		}
		if !ok || h.c == nil {
			return h, false
		}
		if _, ok := t.Exp().(*Integer); !ok && IsPositive(h.c) != True {
			if IsNegative(h.c) != True {
				return h, false
			}
			// a fractional power of something tending to -oo: its size
			// grows as the power of |base|, its direction is complex;
			// only a limit 0 is read from it (c unknown)
			return growth{Expand(NewMul(h.alpha, t.Exp())), new(big.Rat).Mul(h.beta, r), new(big.Rat).Mul(h.lg, r), nil, scaleSym(h.betaSym, t.Exp()), new(big.Rat).Mul(h.xlog(), r)}, true
		}
		return growth{Expand(NewMul(h.alpha, t.Exp())), new(big.Rat).Mul(h.beta, r), new(big.Rat).Mul(h.lg, r), NewPow(h.c, t.Exp()), scaleSym(h.betaSym, t.Exp()), new(big.Rat).Mul(h.xlog(), r)}, true
	case *Func:
		if len(t.args) != 1 {
			break
		}
		switch t.def {
		case fnFactorial, fnGamma:
			// Stirling: factorial(a*x + k) ~ sqrt(2*pi*a)*a**k *
			// x**(k + 1/2)*exp(a*x*log(x) + (a*log(a) - a)*x) for
			// rational a > 0 and integer k; gamma(u) is factorial(u - 1)
			cs, ok := polyCoeffs(t.args[0], x)
			if !ok || len(cs) != 2 {
				break
			}
			a, k := toRat(cs[1]), toRat(cs[0])
			if a == nil || a.Sign() <= 0 || k == nil || !k.IsInt() {
				break
			}
			if t.def == fnGamma {
				k = new(big.Rat).Sub(k, big.NewRat(1, 1))
			}
			ae := ratExpr(a)
			c := NewMul(NewPow(NewMul(NewInt(2), Pi, ae), Half), NewPow(ae, ratExpr(k)))
			alpha := Expand(NewMul(Sub(NewMul(ae, fnLog.call(ae)), ae), x))
			return growth{alpha, new(big.Rat).Add(k, big.NewRat(1, 2)), new(big.Rat), c, nil, a}, true
		case fnExp:
			cs, ok := polyCoeffs(t.args[0], x)
			if !ok || len(cs) < 2 {
				break
			}
			return growth{Expand(Sub(t.args[0], cs[0])), new(big.Rat), new(big.Rat), fnExp.call(cs[0]), nil, nil}, true
		case fnLog:
			b, ex := AsBaseExp(t.args[0])
			if r := toRat(ex); Equal(b, x) && r != nil && r.Sign() != 0 {
				c := One
				if r.Sign() < 0 {
					c = NegOne
				}
				return growth{Zero, new(big.Rat), big.NewRat(1, 1), c, nil, nil}, true
			}
		case fnSin, fnCos:
			if IsReal(t.args[0]) == True || isRealPoly(t.args[0], x) {
				return growth{Zero, new(big.Rat), new(big.Rat), nil, nil, nil}, true
			}
		case fnCosh, fnSinh:
			// exp(|u|)/2 for a polynomial u with rational coefficients:
			// cosh(u) and sinh(u) grow as exp(u)/2 where u -> oo, and as
			// exp(-u)/2 (sinh: -exp(-u)/2) where u -> -oo
			cs, ok := polyCoeffs(t.args[0], x)
			if !ok || len(cs) < 2 {
				break
			}
			lead := toRat(cs[len(cs)-1])
			if lead == nil || slices.ContainsFunc(cs, func(c Expr) bool { return toRat(c) == nil }) {
				break
			}
			u, sgn := t.args[0], Expr(One)
			if lead.Sign() < 0 {
				u = Neg(u)
				if t.def == fnSinh {
					sgn = NegOne
				}
			}
			u0 := SubsPairs(u, [][2]Expr{{x, Zero}})
			return growth{Expand(Sub(u, u0)), new(big.Rat), new(big.Rat), NewMul(sgn, Half, fnExp.call(u0)), nil, nil}, true
		}
	}
	return growth{}, false
}

// limitGrowth handles sums and products of powers, exponentials and
// logs at infinity.
func limitGrowth(e Expr, x *Symbol, neg bool) (Expr, bool) {
	if neg {
		e = SubsPairs(e, [][2]Expr{{x, Neg(x)}})
	}
	if !hasExpOrLog(e) && !hasCallOf(e, fnSin, fnCos, fnSinh, fnCosh, fnFactorial, fnGamma) && !hasPowX(e, x) && !hasRadicalOf(e, x) {
		return nil, false
	}
	g, ok := growthOf(e, x)
	if !ok {
		return nil, false
	}
	s, ok := expSign(g.alpha, g.xlog(), x)
	if !ok {
		return nil, false
	}
	if s == 0 {
		if g.betaSym != nil {
			if s, ok = signOf3(g.power()); !ok {
				return nil, false
			}
		} else {
			s = g.beta.Sign()
		}
	}
	if s == 0 {
		s = g.lg.Sign()
	}
	switch {
	case s < 0:
		return Zero, true
	case g.c == nil:
		return nil, false
	case s == 0:
		return g.c, true
	}
	switch {
	case IsPositive(g.c) == True:
		return Oo, true
	case IsNegative(g.c) == True:
		return NegOo, true
	}
	return nil, false
}

// hasPowX reports whether e has a power with x in the exponent.
// hasRadicalOf reports whether e holds a fractional power of an
// expression in x (sqrt(x - 1)), whose growth at oo is a fractional
// power of x.
func hasRadicalOf(e Expr, x *Symbol) bool {
	return anyNode(e, func(t Expr) bool {
		p, ok := t.(*Pow)
		if !ok || !Has(p.Base(), x) {
			return false
		}
		_, frac := p.Exp().(*Rational)
		return frac
	})
}

// radicalDenominator is the least common multiple of the denominators
// of the rational exponents of powers of expressions in x (2 for
// sqrt(x + 1) - sqrt(x)), 1 when there are none.
func radicalDenominator(e Expr, x *Symbol) int {
	q := int64(1)
	anyNode(e, func(t Expr) bool {
		if p, ok := t.(*Pow); ok && Has(p.Base(), x) {
			if r, frac := p.Exp().(*Rational); frac && r.r.Denom().IsInt64() {
				d := r.r.Denom().Int64()
				q = q / gcdInt64(q, d) * d
			}
		}
		return false
	})
	if q > 12 {
		return 1
	}
	return int(q)
}

func gcdInt64(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func hasPowX(e Expr, x *Symbol) bool {
	if p, ok := e.(*Pow); ok && Has(p.Exp(), x) {
		return true
	}
	for _, a := range e.Args() {
		if hasPowX(a, x) {
			return true
		}
	}
	return false
}

func hasExpOrLog(e Expr) bool {
	if f, ok := e.(*Func); ok && (f.def == fnExp || f.def == fnLog) {
		return true
	}
	for _, a := range e.Args() {
		if hasExpOrLog(a) {
			return true
		}
	}
	return false
}

// hasCallOf reports whether e calls one of the built-ins ds anywhere.
func hasCallOf(e Expr, ds ...*FuncDef) bool {
	if isCallOf(e, ds...) {
		return true
	}
	for _, a := range e.Args() {
		if hasCallOf(a, ds...) {
			return true
		}
	}
	return false
}

// isRealPoly reports whether e is a polynomial in x with real numeric
// coefficients.
func isRealPoly(e Expr, x *Symbol) bool {
	cs, ok := polyCoeffs(e, x)
	if !ok {
		return false
	}
	for _, c := range cs {
		if IsReal(c) != True {
			return false
		}
	}
	return true
}

// undefinedOf reports whether e applies an undefined function to an
// argument that depends on x.
func undefinedOf(e Expr, x *Symbol) bool {
	if f, ok := e.(*Func); ok && f.def.Undefined {
		for _, a := range f.args {
			if Has(a, x) {
				return true
			}
		}
	}
	for _, a := range e.Args() {
		if undefinedOf(a, x) {
			return true
		}
	}
	return false
}

// powIndeterminate reports whether substituting a for x in e meets an
// indeterminate form the substituted expression hides: an exponent that
// becomes infinite (1**(b*zoo) is 1, so (1 + a*x)**(b/x) at 0 would give
// 1, not exp(a*b)), an infinite base under an exponent that becomes 0,
// or a factor that becomes 0 beside one that becomes infinite.
func powIndeterminate(e Expr, x *Symbol, a Expr) bool {
	return anyNode(e, func(t Expr) bool {
		if !Has(t, x) {
			return false
		}
		if m, ok := t.(*Mul); ok {
			// 0 times something infinite: (exp(a*x) - 1)/x at oo is
			// 0*(exp(oo*a) - 1), which is 0 though the limit is not
			zero, inf := false, false
			for _, f := range m.args {
				fv := SubsPairs(f, [][2]Expr{{x, a}})
				zero = zero || isZeroInt(fv)
				inf = inf || mayBeInfinite(fv)
			}
			if zero && inf {
				return true
			}
		}
		if p, ok := t.(*Pow); ok {
			ev := SubsPairs(p.Exp(), [][2]Expr{{x, a}})
			if Has(p.Exp(), x) && hasSpecial(ev) {
				return true
			}
			if isZeroInt(ev) && hasSpecial(SubsPairs(p.Base(), [][2]Expr{{x, a}})) {
				return true
			}
		}
		return false
	})
}

// anyNode reports whether pred holds for e or any subexpression of it.
func anyNode(e Expr, pred func(Expr) bool) bool {
	if pred(e) {
		return true
	}
	return slices.ContainsFunc(e.Args(), func(a Expr) bool { return anyNode(a, pred) })
}

// limitTrigsimp is Trigsimp, set at init: a package-level reference
// would make futrig's tables depend on themselves through Limit.
var limitTrigsimp func(Expr) (Expr, error)

func init() { limitTrigsimp = Trigsimp }

// leadtermForm is the value of e at the finite point a, where e is
// continuous, in the form SymPy's Limit.doit gives it: the coefficient of
// e.subs(x, x + a).leadterm(x). Powers with x in the exponent become
// exp(g*log(b)) (Pow._eval_as_leading_term), and when the shifted
// expression is a sum, its logs are expanded and the sum of its terms'
// values, if not known to be zero or not, is trigsimp'd and cancelled
// (Add._eval_as_leading_term): limit(x/a + 1, x, 1) is (a + 1)/a.
func leadtermForm(e Expr, x *Symbol, a Expr) (Expr, error) {
	shifted := e
	if !isZeroInt(a) {
		shifted = SubsPairs(e, [][2]Expr{{x, NewAdd(x, a)}})
	}
	sum, isSum := shifted.(*Add)
	v := SubsPairs(e, [][2]Expr{{x, a}})
	if w := SubsPairs(powAsExpIn(e, x, true), [][2]Expr{{x, a}}); !hasSpecial(w) {
		v = w
	}
	if !isSum {
		return v, nil
	}
	if slices.ContainsFunc(sum.args, func(t Expr) bool { return isCallOf(t, fnLog) }) {
		// Add._eval_as_leading_term expands the logs of the shifted sum
		// (log(2*b) is log(2) + log(b)), then takes each term's leading
		// term: log(x + pi/2) gives log(pi/2), not split
		r, err := ExpandLog(shifted, false)
		if err != nil {
			return nil, err
		}
		if w := SubsPairs(powAsExpIn(r, x, true), [][2]Expr{{x, Zero}}); !hasSpecial(w) {
			v = w
		}
	}
	if len(FreeSymbols(v)) == 0 || IsZero(v) != Unknown {
		return v, nil
	}
	if hasTrig(v) {
		r, err := limitTrigsimp(v)
		if err != nil {
			return nil, err
		}
		v = r
	}
	return Cancel(v)
}

// mayBeInfinite reports whether a substituted value may be infinite: it
// holds oo, -oo, zoo or nan outside the bounded functions (sin(oo) is
// bounded, exp(oo*a) may not be).
func mayBeInfinite(v Expr) bool {
	if _, ok := v.(*Special); ok {
		return true
	}
	if f, ok := v.(*Func); ok {
		switch f.def {
		case fnSin, fnCos, fnAtan, fnTanh:
			return false
		}
	}
	return slices.ContainsFunc(v.Args(), mayBeInfinite)
}

// logDominantRewrite prepares a limit at oo (at -oo after x -> -x) the
// way gruntz's rewriting in the most rapidly varying term does for a
// logarithm: log(S), S a sum with one term d = c*exp(g) (c a positive
// constant, g a polynomial tending to oo) growing faster than all the
// others, is log(c) + g + log(1 + (S - d)/d), exactly, for large x, so
// log(1 + exp(x)) - x becomes log(1 + exp(-x)). cosh and sinh inside S
// are written with exp first. ok is false when no logarithm changes or
// e has symbols besides x (the form of a result with parameters would
// be gruntz's own).
func logDominantRewrite(e Expr, x *Symbol, neg bool) (Expr, bool) {
	if len(FreeSymbols(e)) != 1 || !hasCallOf(e, fnLog) {
		return nil, false
	}
	if neg {
		e = SubsPairs(e, [][2]Expr{{x, Neg(x)}})
	}
	changed := false
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		if f, ok := e.(*Func); ok && f.def == fnLog && len(f.args) == 1 {
			if r, ok := logOfDominant(f.args[0], x); ok {
				changed = true
				return r
			}
		}
		if len(e.Args()) == 0 || !Has(e, x) {
			return e
		}
		return mapArgs(e, walk)
	}
	r := walk(e)
	return r, changed
}

// logOfDominant is log(s) split at its dominant exponential term (see
// logDominantRewrite); ok is false when s has no such term.
func logOfDominant(s Expr, x *Symbol) (Expr, bool) {
	if hasCallOf(s, fnCosh, fnSinh) {
		s = Expand(mapCalls(mapCalls(s, fnCosh, func(f *Func) Expr {
			return Div(NewAdd(fnExp.call(f.args[0]), fnExp.call(Neg(f.args[0]))), Two)
		}), fnSinh, func(f *Func) Expr {
			return Div(Sub(fnExp.call(f.args[0]), fnExp.call(Neg(f.args[0]))), Two)
		}))
	}
	sum, ok := s.(*Add)
	if !ok {
		return nil, false
	}
	gs := make([]growth, len(sum.args))
	for i, t := range sum.args {
		g, ok := growthOf(t, x)
		if !ok {
			return nil, false
		}
		gs[i] = g
	}
	for i, d := range sum.args {
		g := gs[i]
		if sg, ok := signAtInf(g.alpha, x); !ok || sg <= 0 || g.beta.Sign() != 0 || g.lg.Sign() != 0 {
			continue
		}
		dominant := true
		for j := range sum.args {
			if j == i {
				continue
			}
			if c, ok := cmpGrowth(g, gs[j], x); !ok || c <= 0 {
				dominant = false
				break
			}
		}
		if !dominant {
			continue
		}
		c := Expand(NewMul(d, fnExp.call(Neg(g.alpha))))
		if Has(c, x) || IsPositive(c) != True {
			return nil, false
		}
		rest := Expand(Div(NewMul(Sub(s, d), fnExp.call(Neg(g.alpha))), c))
		return NewAdd(fnLog.call(c), g.alpha, fnLog.call(NewAdd(One, rest))), true
	}
	return nil, false
}

// combineLogsAtInf rewrites, in each sum in e holding two or more terms
// q*log(u) (q a number, u a polynomial in x with a positive leading
// coefficient c, of degree d), every such log(u) as gruntz's expansion
// at oo has it: log(c) + d*log(x) + log(u/(c*x**d)), the last tending to
// 0. The log(x) terms then cancel or add up as the sum's automatic
// collection does, so log(x) - log(x + 1), an oo - oo form, becomes
// log(x/(x + 1)) and log(2*x + 1) - log(x) tends to log(2). Only at +oo;
// ok is false when nothing changes.
func combineLogsAtInf(e Expr, x *Symbol, a Expr) (Expr, bool) {
	if a != Oo || len(FreeSymbols(e)) != 1 || !hasCallOf(e, fnLog) {
		return nil, false
	}
	changed := false
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		if len(e.Args()) == 0 || !Has(e, x) {
			return e
		}
		e = mapArgs(e, walk)
		sum, ok := e.(*Add)
		if !ok {
			return e
		}
		type logTerm struct {
			q, c, u Expr
			d       int
		}
		var logs []logTerm
		var rest []Expr
		for _, t := range sum.args {
			if q, u, ok := numTimesLog(t); ok {
				if cs, ok := polyCoeffs(u, x); ok && len(cs) > 1 {
					if c := cs[len(cs)-1]; IsNumberExpr(c) && IsPositive(c) == True {
						logs = append(logs, logTerm{q, c, u, len(cs) - 1})
						continue
					}
				}
			}
			rest = append(rest, t)
		}
		if len(logs) < 2 {
			return e
		}
		changed = true
		for _, l := range logs {
			// term by term: a coefficient such as sqrt(2)/8 does not
			// distribute over a sum by itself
			lead := NewMul(l.c, NewPow(x, NewInt(int64(l.d))))
			rest = append(rest, NewMul(l.q, fnLog.call(l.c)), NewMul(l.q, NewInt(int64(l.d)), fnLog.call(x)), NewMul(l.q, fnLog.call(Div(l.u, lead))))
		}
		return NewAdd(rest...)
	}
	r := walk(e)
	return r, changed
}

// numTimesLog reads t as q*log(u) with q a number (sqrt(2)/8 as well
// as 3/2).
func numTimesLog(t Expr) (Expr, Expr, bool) {
	var q []Expr
	var lg *Func
	for _, f := range mulArgs(t) {
		if fn, ok := f.(*Func); ok && fn.def == fnLog && len(fn.args) == 1 && lg == nil {
			lg = fn
			continue
		}
		if !IsNumberExpr(f) {
			return nil, nil, false
		}
		q = append(q, f)
	}
	if lg == nil {
		return nil, nil, false
	}
	return NewMul(q...), lg.args[0], true
}

// limitByParts takes a limit at oo or -oo piece by piece where the
// pieces' limits are finite numbers: the sum or product of the limits of
// the terms or factors (a product holding a sum is expanded first, so
// (x + log(1 + exp(-x)))/x is 1 + log(1 + exp(-x))/x), and log(L) for the
// logarithm of something tending to a positive L (log is continuous
// there; oo when L is oo). Only expressions in x alone are taken, so
// every answer is a number; ok is false when a piece's limit is
// infinite, undecided or not a number (the combination could be
// indeterminate).
func limitByParts(e Expr, x *Symbol, a Expr) (Expr, bool) {
	if len(FreeSymbols(e)) != 1 {
		return nil, false
	}
	finite := func(p Expr) (Expr, bool) {
		l, err := limit1(p, x, a, "+")
		if err != nil || !IsNumberExpr(l) || hasSpecial(l) || IsFinite(l) != True {
			return nil, false
		}
		return l, true
	}
	switch t := e.(type) {
	case *Add, *Mul:
		if m, ok := t.(*Mul); ok && slices.ContainsFunc(m.args, func(f Expr) bool { _, ok := f.(*Add); return ok && Has(f, x) }) {
			if ex := expandMulDeep(e); !Equal(ex, e) {
				if r, ok := limitByParts(ex, x, a); ok {
					return r, true
				}
			}
		}
		ls := make([]Expr, len(t.Args()))
		infinite := 0
		for i, p := range t.Args() {
			l, ok := finite(p)
			if !ok {
				if l, err := limit1(p, x, a, "+"); err == nil && (l == Oo || l == NegOo) {
					ls[i] = l
					infinite++
					continue
				}
				return nil, false
			}
			ls[i] = l
		}
		if infinite > 0 {
			return infiniteCombination(ls, t)
		}
		if _, ok := t.(*Add); ok {
			return NewAdd(ls...), true
		}
		return NewMul(ls...), true
	case *Func:
		if t.def != fnLog || len(t.args) != 1 {
			return nil, false
		}
		l, err := limit1(t.args[0], x, a, "+")
		if err != nil {
			return nil, false
		}
		if l == Oo {
			return Oo, true
		}
		if IsNumberExpr(l) && !hasSpecial(l) && IsPositive(l) == True && IsFinite(l) == True {
			return fnLog.call(l), true
		}
	}
	return nil, false
}

// infiniteCombination is the limit of a sum or product whose pieces
// tend to the limits ls, some of them oo or -oo and the others finite
// numbers: a sum whose infinite limits share one sign tends to it; a
// product whose finite limits are nonzero of known sign tends to oo or
// -oo by the signs. ok is false for oo - oo and 0*oo.
func infiniteCombination(ls []Expr, e Expr) (Expr, bool) {
	if _, isAdd := e.(*Add); isAdd {
		var r Expr
		for _, l := range ls {
			if l == Oo || l == NegOo {
				if r != nil && r != l {
					return nil, false
				}
				r = l
			}
		}
		return r, true
	}
	sign := 1
	for _, l := range ls {
		switch {
		case l == NegOo || l != Oo && IsNegative(l) == True:
			sign = -sign
		case l == Oo || IsPositive(l) == True:
		default:
			return nil, false
		}
	}
	if sign > 0 {
		return Oo, true
	}
	return NegOo, true
}

// hasTrigOf reports whether e has a trigonometric function of x.
func hasTrigOf(e Expr, x *Symbol) bool {
	return anyNode(e, func(t Expr) bool {
		f, ok := t.(*Func)
		return ok && slices.Contains(trigFuncs, f.def) && Has(f, x)
	})
}

// piecewiseAtPoint replaces each Piecewise in e by the first branch whose
// condition is true at x = a, as the leading-term step of SymPy's limit
// does; ok is false at an infinite point (SymPy compares zoo there and
// fails), for a condition undecided there or holding another symbol
// (SymPy's as_set refuses it), or when a branch is not
// built from x by arithmetic, integer powers and sin, cos, tan, exp,
// sinh, cosh and tanh (where SymPy's leading term may go another way).
func piecewiseAtPoint(e Expr, x *Symbol, a Expr) (Expr, bool) {
	if a == Oo || a == NegOo {
		return nil, false
	}
	ok := true
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		if !ok || !Has(e, x) {
			return e
		}
		if f, isPw := e.(*Func); isPw && f.def == fnPiecewise {
			for _, ec := range PiecewisePairs(f) {
				if slices.ContainsFunc(FreeSymbols(ec[1]), func(s *Symbol) bool { return s != x }) {
					break // SymPy's as_set fails on other symbols
				}
				c := SubsPairs(ec[1], [][2]Expr{{x, a}})
				if Equal(c, STrue) {
					return walk(ec[0])
				}
				if !Equal(c, SFalse) {
					break
				}
			}
			ok = false
			return e
		}
		r := mapArgs(e, walk)
		if !Has(r, x) {
			return r
		}
		switch t := r.(type) {
		case *Symbol, *Add, *Mul:
		case *Pow:
			ok = ok && (!Has(t.Base(), x) || IsInteger(t.Exp())) && !Has(t.Exp(), x)
		case *Func:
			switch t.def {
			case fnSin, fnCos, fnTan, fnExp, fnSinh, fnCosh, fnTanh:
			default:
				ok = false
			}
		default:
			ok = false
		}
		return r
	}
	r := walk(e)
	return r, ok
}

// unknownSignPower returns the exponent p of a power b**p in f whose base
// tends to 0 or to infinity as t -> 0 and whose exponent, free of t, has
// a sign the assumptions do not give (x**u at 0 for a plain symbol u);
// nil when there is none. SymPy's gruntz stops there ("Not sure of sign
// of u"), where substituting would print 0**u.
func unknownSignPower(f Expr, t *Symbol) Expr {
	var found Expr
	anyNode(f, func(n Expr) bool {
		p, ok := n.(*Pow)
		if !ok || !Has(p.Base(), t) || Has(p.Exp(), t) || toRat(p.Exp()) != nil {
			return false
		}
		if _, known := signOf3(p.Exp()); known || isNumeric(p.Exp()) {
			return false
		}
		b0 := SubsPairs(p.Base(), [][2]Expr{{t, Zero}})
		if isZeroInt(b0) || hasSpecial(b0) {
			found = p.Exp()
			return true
		}
		return false
	})
	return found
}

// atanAtInfinity writes each atan(g) of e whose argument tends to oo or
// -oo at the point as pi/2 - atan(1/g) or -pi/2 - atan(1/g), an
// identity for real g of that sign, so that the series at the point sees
// an argument tending to 0 (SymPy's atan._eval_nseries does the same
// for an argument tending to zoo).
func atanAtInfinity(e Expr, x *Symbol, a Expr, dir string) Expr {
	var walk func(e Expr) Expr
	walk = func(e Expr) Expr {
		if len(e.Args()) == 0 || !Has(e, x) {
			return e
		}
		e = mapArgs(e, walk)
		f, ok := e.(*Func)
		if !ok || f.def != fnAtan || len(f.args) != 1 {
			return e
		}
		g := f.args[0]
		L, err := limit1(g, x, a, dir)
		switch {
		case err != nil:
			return e
		case L == Oo:
			return NewAdd(Div(Pi, Two), Neg(fnAtan.call(Div(One, g))))
		case L == NegOo:
			return NewAdd(Neg(Div(Pi, Two)), Neg(fnAtan.call(Div(One, g))))
		}
		return e
	}
	return walk(e)
}
