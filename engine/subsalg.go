package engine

import "math/big"

// SymPy's _eval_subs rules for sums, products and powers: a node is first
// offered the substitution as a whole ((a + b + c).subs(a + b, d) is
// c + d, (x**4).subs(x**2, y) is y**2, (x*y*z).subs(x*z, y) is y**2),
// and only then are its arguments substituted one by one. The rules
// follow Add._eval_subs, Pow._eval_subs, exp._eval_subs and the
// commutative part of Mul._eval_subs (sympy/core/{add,power,mul}.py and
// sympy/functions/elementary/exponential.py). A product substitution
// whose coefficients SymPy would rework ((-x**3/9).subs(-x/3, z)) raises
// NotImplementedError instead of leaving the expression unchanged.

// algebraicSubs applies the rule of e's kind; ok is false when the rule
// does not apply (SymPy's _eval_subs returning None).
func algebraicSubs(e, old, nw Expr, memo *exprMap[Expr]) (Expr, bool) {
	switch x := e.(type) {
	case *Add:
		if o, isAdd := old.(*Add); isAdd {
			return addSubs(x, o, nw, memo)
		}
	case *Pow:
		return powSubs(x.args[0], x.args[1], old, nw, memo)
	case *Func:
		if x.def == fnExp && !x.def.Undefined && len(x.args) == 1 {
			if old == E {
				return NewPow(nw, subsMemo(x.args[0], old, nw, memo)), true
			}
			if f, isExp := old.(*Func); isExp && f.def == x.def {
				// exp(a).subs(exp(b), y) as (E**a).subs(E**b, y)
				return powSubs(E, x.args[0], newPow(E, f.args[0]), nw, memo)
			}
		}
	case *Mul:
		if o, isMul := old.(*Mul); isMul {
			return mulSubs(x, o, nw, memo)
		}
	}
	return nil, false
}

// addSubs is Add._eval_subs for an Add old.
func addSubs(e, old *Add, nw Expr, memo *exprMap[Expr]) (Expr, bool) {
	cSelf, tSelf := AsCoeffAdd(e)
	cOld, tOld := AsCoeffAdd(old)
	rational := isRationalNumber(cSelf) && isRationalNumber(cOld)
	if rational {
		if Equal(tSelf, tOld) { // (2 + a).subs(3 + a, y) → y - 1
			return NewAdd(nw, cSelf, Neg(cOld)), true
		}
		if Equal(tSelf, Neg(tOld)) { // (2 + a).subs(-3 - a, y) → -y - 1
			return NewAdd(Neg(nw), cSelf, cOld), true
		}
	}
	if !rational && !Equal(cSelf, cOld) {
		return nil, false
	}
	argsSelf := addArgs(tSelf)
	for _, sign := range []int{1, -1} {
		t := tOld
		if sign < 0 {
			t = Neg(tOld)
		}
		argsOld := addArgs(t)
		if len(argsOld) >= len(argsSelf) {
			return nil, false
		}
		rest, ok := setMinus(argsSelf, argsOld)
		if !ok {
			continue
		}
		terms := []Expr{nw, cSelf, Neg(cOld)}
		if sign < 0 {
			terms = []Expr{Neg(nw), cSelf, cOld}
		}
		for _, r := range rest {
			terms = append(terms, subsMemo(r, old, nw, memo))
		}
		return NewAdd(terms...), true
	}
	return nil, false
}

// setMinus returns the elements of xs not in ys when ys is a proper
// subset of xs (as sets of distinct expressions).
func setMinus(xs, ys []Expr) ([]Expr, bool) {
	used := make([]bool, len(xs))
	for _, y := range ys {
		found := false
		for i, x := range xs {
			if !used[i] && Equal(x, y) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	var rest []Expr
	for i, x := range xs {
		if !used[i] {
			rest = append(rest, x)
		}
	}
	return rest, len(rest) > 0
}

func isRationalNumber(e Expr) bool {
	switch e.(type) {
	case *Integer, *Rational:
		return true
	}
	return false
}

// asIndependent splits a product into the factors without symbols and
// the rest (SymPy's as_independent(Symbol, as_Add=False)).
func asIndependent(e Expr) (Expr, Expr) {
	var c, t []Expr
	for _, a := range mulArgs(e) {
		if len(FreeSymbols(a)) == 0 {
			c = append(c, a)
		} else {
			t = append(t, a)
		}
	}
	return NewMul(c...), NewMul(t...)
}

// powCheck is Pow._eval_subs's _check for commutative old: whether
// (old)**pow equals the power, and pow.
func powCheck(c1, t1, c2, t2, old Expr) (bool, Expr) {
	if !Equal(t1, t2) {
		return false, nil
	}
	pow := NewMul(c1, NewPow(c2, NegOne))
	if isIntValued(pow) {
		return true, pow
	}
	b, e := old, Expr(One)
	if p, ok := old.(*Pow); ok {
		b, e = p.args[0], p.args[1]
	}
	// (b**e)**f == b**(e*f) for any f
	combines := IsPositive(b) == True && IsReal(e) == True ||
		IsNegative(b) == False && IsReal(b) == True && IsNegative(e) == False && IsReal(e) == True
	return combines, pow
}

// isIntValued is as_int(strict=False): an integer, or a Float with an
// integer value.
func isIntValued(e Expr) bool {
	switch x := e.(type) {
	case *Integer:
		return true
	case *Float:
		return x.v.IsInt()
	}
	return false
}

// powSubs is Pow._eval_subs for b**ex.
func powSubs(b, ex, old, nw Expr, memo *exprMap[Expr]) (Expr, bool) {
	if Equal(old, b) {
		return NewPow(nw, subsMemo(ex, old, nw, memo)), true
	}
	op, isPow := old.(*Pow)
	if !isPow {
		return nil, false
	}
	if Equal(ex, op.args[1]) {
		// (4**x).subs(2**x, y) → y**2
		if l, ok := logRatio(b, op.args[0]); ok {
			return NewPow(nw, l), true
		}
	}
	if !Equal(b, op.args[0]) {
		return nil, false
	}
	if _, isAdd := ex.(*Add); !isAdd {
		c1, t1 := asIndependent(ex)
		c2, t2 := asIndependent(op.args[1])
		if ok, pow := powCheck(c1, t1, c2, t2, old); ok {
			return NewPow(nw, pow), true // (x**(6*y)).subs(x**(3*y), z) → z**2
		}
		return nil, false
	}
	// b**(6*x + a).subs(b**(3*x), y) → y**2*b**a
	c2, t2 := AsCoeffMul(op.args[1])
	var news, rest []Expr
	for _, a := range addArgs(ex) {
		na := subsMemo(a, old, nw, memo)
		c1, t1 := AsCoeffMul(na)
		if ok, pow := powCheck(c1, t1, c2, t2, old); ok {
			news = append(news, NewPow(nw, pow))
			continue
		}
		rest = append(rest, na)
	}
	if len(news) == 0 {
		return nil, false
	}
	expo := NewAdd(rest...)
	if isInt(expo, 1) {
		news = append(news, b)
	} else {
		news = append(news, NewPow(b, expo))
	}
	return NewMul(news...), true
}

// logRatio is log(b)/log(c) when it is a rational number (4 and 2 give
// 2), as SymPy's log(self.base, old.base).is_Number for integers.
func logRatio(b, c Expr) (Expr, bool) {
	bi, ok1 := b.(*Integer)
	ci, ok2 := c.(*Integer)
	if !ok1 || !ok2 || bi.Sign() <= 0 || ci.Sign() <= 0 || isInt(ci, 1) {
		return nil, false
	}
	// b = c**k for a positive integer k
	p := Expr(ci)
	for k := int64(1); k < 64; k++ {
		if Equal(p, bi) {
			return NewInt(k), true
		}
		p = NewMul(p, ci)
		if n, ok := p.(*Integer); ok && n.Big().Cmp(bi.Big()) > 0 {
			break
		}
	}
	return nil, false
}

// baseCoeff splits a factor as Mul._eval_subs's breakup does: a power
// b**(co*t) is the base b**t with the rational coefficient co.
func baseCoeff(a Expr) (Expr, Expr) {
	var b, e Expr
	switch x := a.(type) {
	case *Pow:
		b, e = x.args[0], x.args[1]
	case *Func:
		if x.def == fnExp && !x.def.Undefined && len(x.args) == 1 {
			b, e = E, x.args[0]
		}
	}
	if b == nil {
		return a, One
	}
	co, _ := AsCoeffMul(e)
	if !isRationalNumber(co) {
		co = One
	}
	return NewPow(b, NewMul(e, NewPow(co, NegOne))), co
}

// subsTerm is a factor of a product as Mul._eval_subs's breakup sees
// it: a base and the rational coefficient of its exponent.
type subsTerm struct{ b, co Expr }

// breakupMul splits a product into its numeric coefficient and its
// factors, merging equal bases.
func breakupMul(m Expr) (Expr, []subsTerm) {
	coeff, rest := AsCoeffMul(m)
	var ts []subsTerm
	for _, a := range mulArgs(rest) {
		b, co := baseCoeff(a)
		merged := false
		for i := range ts {
			if Equal(ts[i].b, b) {
				ts[i].co = NewAdd(ts[i].co, co)
				merged = true
			}
		}
		if !merged {
			ts = append(ts, subsTerm{b, co})
		}
	}
	return coeff, ts
}

// numerDenom splits a product into the factors with positive and with
// negative exponents (SymPy's fraction).
func numerDenom(e Expr) (Expr, Expr) {
	var n, d []Expr
	for _, a := range mulArgs(e) {
		if p, ok := a.(*Pow); ok {
			if c, _ := AsCoeffMul(p.args[1]); isRationalNumber(c) && toRat(c).Sign() < 0 {
				d = append(d, NewPow(p.args[0], Neg(p.args[1])))
				continue
			}
		}
		if r, ok := a.(*Rational); ok {
			n = append(n, NewBigInt(r.r.Num()))
			d = append(d, NewBigInt(r.r.Denom()))
			continue
		}
		n = append(n, a)
	}
	return NewMul(n...), NewMul(d...)
}

// mulSubs is the commutative part of Mul._eval_subs for a Mul old: the
// numerator and denominator are first substituted separately, then old's
// factors are taken out of the product as many whole times as every
// exponent allows. When SymPy would rework numeric coefficients
// ((-x**3/9).subs(-x/3, z)) it raises NotImplementedError.
func mulSubs(e, old *Mul, nw Expr, memo *exprMap[Expr]) (Expr, bool) {
	var rv Expr
	self2 := Expr(e)
	if n, d := numerDenom(e); !isInt(d, 1) {
		self2 = NewMul(subsMemo(n, old, nw, memo), NewPow(subsMemo(d, old, nw, memo), NegOne))
		if _, isMul := self2.(*Mul); !isMul {
			return subsMemo(self2, old, nw, memo), true
		}
		if !Equal(self2, e) {
			rv = self2
		}
	}
	fail := func() (Expr, bool) { return rv, rv != nil }
	cSelf, self := breakupMul(self2)
	cOld, olds := breakupMul(old)
	if len(olds) > len(self) {
		return fail()
	}
	do := int64(-1)
	for _, o := range olds {
		found := false
		for _, s := range self {
			if !Equal(s.b, o.b) {
				continue
			}
			found = true
			rs, _ := numSign(s.co)
			ro, _ := numSign(o.co)
			if rs != ro {
				return fail()
			}
			k, ok := ndiv(s.co, o.co)
			if !ok || k == 0 {
				return fail()
			}
			if do < 0 || k < do {
				do = k
			}
		}
		if !found {
			return fail()
		}
	}
	if !isInt(cOld, 1) {
		panic(&Error{Type: "NotImplementedError", Msg: "dcalc's subs cannot yet substitute " + Str(old) + " in " + Str(e) + " (SymPy reworks the numeric coefficients)"})
	}
	args := []Expr{cSelf, NewPow(nw, NewInt(do))}
	for _, s := range self {
		co, matched := s.co, false
		for _, o := range olds {
			if Equal(s.b, o.b) {
				co, matched = NewAdd(co, NewMul(NegOne, o.co, NewInt(do))), true
			}
		}
		b := s.b
		if !matched {
			b = subsMemo(b, old, nw, memo)
		}
		args = append(args, rejoin(b, co))
	}
	return NewMul(args...), true
}

// rejoin puts a rational coefficient back into a base's exponent.
func rejoin(b, co Expr) Expr {
	if p, ok := b.(*Pow); ok {
		return NewPow(p.args[0], NewMul(p.args[1], co))
	}
	return NewPow(b, co)
}

// ndiv is Mul._eval_subs's ndiv: a/b truncated to an integer when one
// denominator divides the other, else 0.
func ndiv(a, b Expr) (int64, bool) {
	ra, rb := toRat(a), toRat(b)
	if ra == nil || rb == nil || rb.Sign() == 0 {
		return 0, false
	}
	qa, qb := ra.Denom(), rb.Denom()
	if new(big.Int).Mod(qb, qa).Sign() != 0 && new(big.Int).Mod(qa, qb).Sign() != 0 {
		return 0, true
	}
	q := new(big.Rat).Quo(ra, rb)
	n := new(big.Int).Quo(q.Num(), q.Denom())
	if !n.IsInt64() {
		return 0, false
	}
	return n.Int64(), true
}
