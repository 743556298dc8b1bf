package engine

import "math/big"

// ExpandFunc is SymPy's expand_func(e): each function's
// _eval_expand_func, applied once from the leaves up — gamma of a shifted
// argument as a rising factorial times gamma, polygamma of a shifted or
// multiplied argument and digamma at rationals in closed form, the
// Hurwitz zeta at integers, binomial with an integer k as a polynomial,
// harmonic of a shifted argument, erfc and erfi through erf. loggamma
// and harmonic at rational points, which SymPy writes with a Sum, are
// refused.
func ExpandFunc(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	return bottomUp(e, func(n Expr) Expr {
		f, ok := n.(*Func)
		if !ok {
			return n
		}
		switch f.def {
		case fnLoggamma:
			if IsRational(f.args[0]) {
				panic(notImpl("dcalc's expand_func does not expand loggamma at rational points yet (SymPy writes a Sum)"))
			}
		case fnHarmonic:
			if len(f.args) == 1 || isInt(f.args[1], 1) {
				return expandHarmonic(f.args[0])
			}
		case fnGamma:
			return expandGamma(f.args[0])
		case fnPolygamma:
			return expandPolygamma(f.args[0], f.args[1])
		case fnZeta:
			if len(f.args) == 2 {
				if a, ok := f.args[1].(*Integer); ok && a.Sign() > 0 {
					return Sub(fnZeta.call(f.args[0]), fnHarmonic.call(Sub(a, One), f.args[0]))
				}
			}
		case fnBinomial:
			return expandBinomial(f.args[0], f.args[1])
		case fnErfc:
			return Sub(One, fnErf.call(f.args[0]))
		case fnErfi:
			return Neg(NewMul(I, fnErf.call(NewMul(I, f.args[0]))))
		}
		return n
	}), nil
}

// risingFactorial is RisingFactorial(x, k) for an integer k:
// x(x+1)...(x+k-1), or 1/((x-1)(x-2)...(x-|k|)) for k < 0.
func risingFactorial(x Expr, k int64) Expr {
	if k > 10000 || k < -10000 {
		panic(notImpl("expand_func with a shift beyond 10,000"))
	}
	r := Expr(One)
	if k >= 0 {
		for i := int64(0); i < k; i++ {
			r = NewMul(r, NewAdd(x, NewInt(i)))
		}
		return r
	}
	for i := int64(1); i <= -k; i++ {
		r = NewMul(r, Sub(x, NewInt(i)))
	}
	return Div(One, r)
}

// expandGamma is gamma._eval_expand_func.
func expandGamma(arg Expr) Expr {
	if r, ok := arg.(*Rational); ok && new(big.Int).Abs(r.r.Num()).Cmp(r.r.Denom()) > 0 {
		n := new(big.Int).Div(r.r.Num(), r.r.Denom()) // floor
		if !n.IsInt64() {
			return fnGamma.call(arg)
		}
		frac := ratFrom(new(big.Rat).Sub(r.r, new(big.Rat).SetInt(n)))
		return NewMul(fnGamma.call(frac), risingFactorial(frac, n.Int64()))
	}
	if a, ok := arg.(*Add); ok {
		c, tail := AsCoeffAdd(a)
		switch x := c.(type) {
		case *Integer:
			if x.IsInt64() {
				return NewMul(fnGamma.call(tail), risingFactorial(tail, x.Int64()))
			}
		case *Rational:
			ip := new(big.Int).Div(x.r.Num(), x.r.Denom())
			if ip.IsInt64() {
				t := NewAdd(ratFrom(new(big.Rat).Sub(x.r, new(big.Rat).SetInt(ip))), tail)
				return NewMul(fnGamma.call(t), risingFactorial(t, ip.Int64()))
			}
		}
	}
	return fnGamma.call(arg)
}

// expandPolygamma is polygamma._eval_expand_func for an integer order n
// >= 0 (other orders are refused: SymPy writes them with derivatives of
// zeta).
func expandPolygamma(n, z Expr) Expr {
	ni, ok := n.(*Integer)
	if isInt(n, -1) {
		return Sub(fnLoggamma.call(z), Div(fnLog.call(NewMul(Two, Pi)), Two))
	}
	if !ok || ni.Sign() < 0 || !ni.IsInt64() {
		if IsIntegerValued(n) == False || IsNegative(n) == True {
			panic(notImpl("dcalc's expand_func does not expand polygamma of a non-integer or negative order yet"))
		}
		return fnPolygamma.call(n, z)
	}
	nn := ni.Int64()
	sign := One
	if nn%2 == 1 {
		sign = NegOne
	}
	fact := fnFactorial.call(ni)
	switch x := z.(type) {
	case *Add:
		if c, ok := x.args[0].(*Integer); ok && c.IsInt64() {
			k := c.Int64()
			if k > 10000 || k < -10000 {
				panic(notImpl("expand_func with a shift beyond 10,000"))
			}
			e := NewInt(-(nn + 1))
			var tail []Expr
			if k > 0 {
				for i := int64(1); i <= k; i++ {
					tail = append(tail, NewPow(Sub(z, NewInt(i)), e))
				}
				return NewAdd(fnPolygamma.call(ni, Sub(z, c)), NewMul(sign, fact, NewAdd(tail...)))
			}
			for i := int64(0); i < -k; i++ {
				tail = append(tail, NewPow(NewAdd(z, NewInt(i)), e))
			}
			return NewAdd(fnPolygamma.call(ni, Sub(z, c)), NewMul(sign, fact, Neg(NewAdd(tail...))))
		}
	case *Mul:
		c, rest := x.args[0], NewMul(x.args[1:]...)
		if ci, ok := c.(*Integer); ok && ci.Sign() > 0 && ci.IsInt64() {
			var tail []Expr
			for i := int64(0); i < ci.Int64(); i++ {
				tail = append(tail, fnPolygamma.call(ni, NewAdd(rest, NewRational(big.NewInt(i), ci.Big()))))
			}
			if nn == 0 {
				return NewAdd(Div(NewAdd(tail...), ci), fnLog.call(ci))
			}
			return Div(NewAdd(tail...), NewPow(ci, NewInt(nn+1)))
		}
	case *Rational:
		if nn == 0 {
			return digammaRational(x.r)
		}
	}
	return fnPolygamma.call(ni, z)
}

// expandBinomial is binomial._eval_expand_func.
func expandBinomial(n, k Expr) Expr {
	if IsNumber(n) {
		return fnBinomial.call(n, k)
	}
	if d, ok := Sub(n, k).(*Integer); ok {
		k = d
	}
	ki, ok := k.(*Integer)
	if !ok || !ki.IsInt64() {
		return fnBinomial.call(n, k)
	}
	kk := ki.Int64()
	switch {
	case kk == 0:
		return One
	case kk < 0:
		return Zero
	}
	r := Expr(One)
	for i := int64(1); i <= kk; i++ {
		r = NewMul(r, NewAdd(Sub(n, ki), NewInt(i)))
	}
	return Div(r, NewBigInt(mulRange(1, kk)))
}

// expandHarmonic is harmonic._eval_expand_func for harmonic(n): an
// integer offset taken out of n; rational points, which SymPy writes
// with a Sum, are refused.
func expandHarmonic(n Expr) Expr {
	if a, ok := n.(*Add); ok {
		if off, ok := a.args[0].(*Integer); ok && off.IsInt64() {
			nn := Sub(n, off)
			terms := []Expr{fnHarmonic.call(nn)}
			if k := off.Int64(); k > 0 {
				for i := k; i > 0; i-- {
					terms = append(terms, Div(One, NewAdd(nn, NewInt(i))))
				}
			} else {
				for i := int64(0); i > k; i-- {
					terms = append(terms, Neg(Div(One, NewAdd(nn, NewInt(i)))))
				}
			}
			return NewAdd(terms...)
		}
	}
	if IsRational(n) {
		panic(notImpl("dcalc's expand_func does not expand harmonic at rational points yet (SymPy writes a Sum)"))
	}
	return fnHarmonic.call(n)
}
