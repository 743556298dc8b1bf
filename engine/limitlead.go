package engine

import "math/big"

// This file follows Limit.doit's leading-term path for a difference
// quotient, (f(a + t) - f(a))/t and its kin at t -> 0: SymPy takes
// newe.leadterm(t), where Mul's leading term is the product of its
// factors' and a sum whose terms' leading terms cancel is expanded in
// series (Add._eval_as_leading_term), the series put through
// .cancel().powsimp().trigsimp() before its leading term is read off
// (and that trigsimp'd and cancelled again). That is why
// limit((sin(1 + h)**2 - sin(1)**2)/h, h, 0) is sin(2), not
// 2*sin(1)*cos(1), and limit(((r + h)**2*exp(-r - h) -
// r**2*exp(-r))/h, h, 0) is (-r**2 + 2*r)*exp(-r).

// limitCancelTrig is the limit at t -> 0 of f, a product of factors
// free of t, powers of t and one sum of terms finite at t = 0 whose
// values cancel. ok is false when f is not of that shape or another
// path gives SymPy's form (the old series path); an error is
// NotImplementedError where SymPy's form is not followed.
func limitCancelTrig(f Expr, t *Symbol) (r Expr, ok bool, err error) {
	sum, consts, k, ok := splitQuotient(f, t)
	if !ok {
		return nil, false, nil
	}
	gruntz, ok, err := quotientPath(sum, t)
	if !ok || err != nil {
		return nil, false, err
	}
	// the series to order n = 1, 2, 4, 8 ... until it is not O(t**n)
	for n := 1; n <= 16; n *= 2 {
		s, sok := serExpand(sum, t, n)
		if !sok {
			return nil, false, nil
		}
		if len(s.c) == 0 {
			continue
		}
		if s.val >= 2 && s.val+k <= 0 {
			if IsRational(Expand(s.c[0])) {
				// a rational limit ((1 - cos(t))/t**2 is 1/2) has one
				// form, which the series path gives
				return nil, false, nil
			}
			return nil, false, secondDifference(sum, t)
		}
		// the terms below t**n, as SymPy's series holds them
		var terms []Expr
		for i, c := range s.c {
			if s.val+i < n && IsZero(Expand(c)) != True {
				terms = append(terms, NewMul(c, NewPow(t, NewInt(int64(s.val+i)))))
			}
		}
		if len(terms) != 1 {
			// several orders under one trigsimp: not followed
			return nil, false, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
		}
		if s.val+k != 0 {
			return nil, false, nil // zero or an infinity: the form does not matter
		}
		lt, err := cancelPowsimpTrigsimp(terms[0])
		if err != nil {
			return nil, false, err
		}
		coef, cok := coeffOfPower(lt, t, s.val)
		if !cok {
			return nil, false, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
		}
		r = NewMul(append(consts, coef)...)
		if gruntz {
			// gruntz's value of a one-sided quotient comes out
			// cancelled ((x*cos(x) - sin(x))/x**2 for sin(x)/x)
			r, err = Cancel(r)
		}
		return r, true, err
	}
	return nil, false, nil
}

// splitQuotient splits f into one sum holding t whose terms are finite
// at t = 0 and add up to zero there, the factors free of t, and the
// power k of t.
func splitQuotient(f Expr, t *Symbol) (sum *Add, consts []Expr, k int, ok bool) {
	for _, m := range mulArgs(f) {
		switch {
		case !Has(m, t):
			consts = append(consts, m)
		case Equal(m, t):
			k++
		default:
			if p, isPow := m.(*Pow); isPow && Equal(p.Base(), t) {
				n, isInt := p.Exp().(*Integer)
				if !isInt || !n.IsInt64() {
					return nil, nil, 0, false
				}
				k += int(n.Int64())
				continue
			}
			s, isAdd := m.(*Add)
			if !isAdd || sum != nil {
				return nil, nil, 0, false
			}
			sum = s
		}
	}
	if sum == nil {
		return nil, nil, 0, false
	}
	for _, term := range sum.args {
		if hasSpecial(SubsPairs(term, [][2]Expr{{t, Zero}})) {
			return nil, nil, 0, false
		}
	}
	if IsZero(SubsPairs(sum, [][2]Expr{{t, Zero}})) != True {
		return nil, nil, 0, false
	}
	return sum, consts, k, true
}

// quotientPath decides how SymPy takes the limit of a quotient whose
// numerator is sum: ok is false for the old series path (a central
// difference gruntz answers with the series coefficient as it is),
// gruntz is set where gruntz answers a one-sided one, and an error
// refuses what dcalc does not follow.
func quotientPath(sum *Add, t *Symbol) (gruntz, ok bool, err error) {
	gruntzRefused := notImpl("dcalc's limit does not follow SymPy's gruntz on this difference quotient yet")
	if hasExpPole(sum, t) {
		// exp(-(x + t)/3) with x not known finite: exp's leading term
		// raises PoleError and SymPy's limit goes on to gruntz, which
		// gives the series coefficient as it is without trigonometric
		// functions (2*exp(2*x)) and forms of its own with them
		if hasTrig(sum) {
			return false, false, gruntzRefused
		}
		if isOddIn(sum, t) {
			return false, false, nil
		}
		return true, true, nil
	}
	if hasTrig(sum) && notFiniteAt(sum, t) {
		// trigonometric functions of x + t with x not known finite
		// keep t in their leading terms, leadterm raises ValueError
		// and SymPy's limit is gruntz's
		if isOddIn(sum, t) {
			return false, false, nil
		}
		gruntz = true
	}
	if mixedTrigProduct(sum, t) {
		// products of trigonometric functions of different kinds or
		// arguments: SymPy's series and trigsimp (or gruntz) write
		// some of these in forms of their own ((-tan(1/2) + ...)/(2*tan(1/2)))
		return false, false, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
	}
	if hasTrig(sum) && len(FreeSymbols(SubsPairs(sum, [][2]Expr{{t, One}}))) > 0 && anyNode(sum, func(n Expr) bool {
		p, isPow := n.(*Pow)
		return Has(n, t) && (isCallOf(n, fnLog) || isPow && !isExactIntExp(p.Exp()))
	}) {
		// at a symbol, with logs or roots beside trigonometric
		// functions: leadterm gives up (ValueError) and gruntz answers
		return false, false, gruntzRefused
	}
	if anyNode(sum, func(n Expr) bool {
		p, isPow := n.(*Pow)
		return isPow && isCallOf(p.Base(), fnTan, fnCot) && !isInt(p.Exp(), 1) && !isInt(p.Exp(), -1)
	}) {
		// tan(1 + h)**2: SymPy's series writes its coefficients
		// ((2*tan(1)**4 + 2*tan(1)**2)/tan(1)) in a form dcalc's does not
		return false, false, notImpl("dcalc's limit does not follow SymPy's series of a power of tan yet")
	}
	return gruntz, true, nil
}

// secondDifference is the verdict on a quotient whose numerator starts
// at t**2 or later (f(a + t) - 2*f(a) + f(a - t)): with trigonometric
// or inverse trigonometric functions or negative powers of sums in t,
// SymPy's series (several orders under one trigsimp and cancel) writes
// these its own way and dcalc refuses; the others come out of the old
// series path as SymPy gives them (nil).
func secondDifference(sum *Add, t *Symbol) error {
	if hasTrig(sum) || hasCallOf(sum, fnAtan, fnAsin, fnAcos, fnAcot) || anyNode(sum, func(n Expr) bool {
		p, ok := n.(*Pow)
		if !ok || !Has(p, t) {
			return false
		}
		_, isAdd := p.Base().(*Add)
		return isAdd && IsNegative(p.Exp()) == True
	}) {
		return notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
	}
	return nil
}

// cancelPowsimpTrigsimp is (e + O(t**n)).cancel().powsimp().trigsimp()
// for e the part of a series below its O term, followed by
// as_leading_term (the sum holding the O term multiplied out by
// expand_mul, the factors cancel took out of it left as they are). A
// fresh symbol stands in for the O term, which absorbs the factors free
// of t that each step gives it. With it in the numerator, cancel's gcd
// is 1, so cancel is as_numer_denom with the denominator's sign made
// positive: 3*h/(2*pi) - 9*sqrt(3)*h/(2*pi**2) + O(h**2) becomes
// (3*pi**2*h - 9*sqrt(3)*pi*h + O(h**2))/(2*pi**3). trigsimp gives the
// same forms for e + O(h**2) and e + D (it does not factor E*h out of
// E*h*sin(1)**2 + E*h*sin(2) + O(h**2)).
func cancelPowsimpTrigsimp(e Expr) (Expr, error) {
	o := NewDummy("O")
	n, d := asNumerDenom(e)
	n, d = polyExpand(n), polyExpand(d)
	// an integer content common to both goes (sring's polynomials
	// over ZZ, as SymPy's series coefficients reach them, have none)
	cn, pn := contentPrimitive(n)
	cd, pd := contentPrimitive(d)
	if in, ok := cn.(*Integer); ok {
		if id, ok := cd.(*Integer); ok {
			if g := new(big.Int).GCD(nil, nil, in.Big(), id.Big()); g.Cmp(big.NewInt(1)) > 0 {
				n = NewMul(Div(cn, NewBigInt(g)), pn)
				d = NewMul(Div(cd, NewBigInt(g)), pd)
			}
		}
	}
	if c, _ := AsCoeffMul(d); c != nil {
		if s, _ := numSign(c); s < 0 {
			n, d = Neg(n), Neg(d)
		}
	}
	c := NewMul(NewAdd(n, o), NewPow(d, NegOne))
	c = absorbOrderTerm(c, o)
	p, err := Powsimp(c, false, psAll, false)
	if err != nil {
		return nil, err
	}
	p = absorbOrderTerm(p, o)
	r, err := limitTrigsimp(p)
	if err != nil {
		return nil, err
	}
	r = absorbOrderTerm(r, o)
	var out []Expr
	found := false
	for _, f := range mulArgs(r) {
		if !Has(f, o) {
			out = append(out, f)
			continue
		}
		if found {
			return nil, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
		}
		found = true
		var keep []Expr
		for _, t := range addArgs(f) {
			if !Has(t, o) {
				keep = append(keep, t)
			} else if !Equal(t, o) {
				return nil, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
			}
		}
		lt := ExpandMul(NewAdd(keep...))
		if IsZero(lt) == Unknown {
			// Add._eval_as_leading_term of the sum without its O
			// term: new_expr.trigsimp().cancel() when is_zero is None
			if lt, err = limitTrigsimp(lt); err != nil {
				return nil, err
			}
			if lt, err = Cancel(lt); err != nil {
				return nil, err
			}
		}
		out = append(out, lt)
	}
	if !found {
		return nil, notImpl("dcalc's limit does not follow SymPy's leading term of this series yet")
	}
	return NewMul(out...), nil
}

// absorbOrderTerm replaces the terms c*o of the sum holding o by one o:
// an Order term absorbs the factors cancel gave it (O(h**2)*pi**2 +
// 16*O(h**2) is O(h**2)).
func absorbOrderTerm(e Expr, o *Symbol) Expr {
	if !Has(e, o) {
		return e
	}
	if s, ok := e.(*Add); ok {
		ts := []Expr{o}
		for _, t := range s.args {
			if !Has(t, o) {
				ts = append(ts, t)
			}
		}
		return NewAdd(ts...)
	}
	return mapArgs(e, func(a Expr) Expr { return absorbOrderTerm(a, o) })
}

// coeffOfPower is the coefficient c of e = c*t**k, as leadterm's
// as_coeff_exponent (collect) reads it: each term of the one sum that
// holds t divided by t**k, the other factors (free of t) kept.
func coeffOfPower(e Expr, t *Symbol, k int) (Expr, bool) {
	tk := NewPow(t, NewInt(int64(-k)))
	divide := func(s Expr) (Expr, bool) {
		var out []Expr
		for _, term := range addArgs(s) {
			c := NewMul(term, tk)
			if Has(c, t) {
				return nil, false
			}
			out = append(out, c)
		}
		return NewAdd(out...), true
	}
	if _, ok := e.(*Mul); !ok {
		return divide(e)
	}
	var out []Expr
	done := false
	for _, f := range mulArgs(e) {
		if !Has(f, t) {
			out = append(out, f)
			continue
		}
		if done {
			return nil, false
		}
		d, ok := divide(f)
		if !ok {
			d, ok = divide(e)
			return d, ok
		}
		out, done = append(out, d), true
	}
	return NewMul(out...), true
}

// hasExpPole reports whether e holds exp(g) whose value at t = 0 is not
// known to be finite (exp._eval_as_leading_term's PoleError).
func hasExpPole(e Expr, t *Symbol) bool {
	return anyNode(e, func(n Expr) bool {
		f, ok := n.(*Func)
		if !ok || f.def != fnExp || !Has(f, t) {
			return false
		}
		return IsFinite(SubsPairs(f.args[0], [][2]Expr{{t, Zero}})) != True
	})
}

// polyExpand multiplies out products and integer powers of sums, as a
// polynomial's as_expr writes it.
func polyExpand(e Expr) Expr { return ExpandMul(expandMultinomialDeep(e)) }

// notFiniteAt reports whether a trigonometric function in e has an
// argument whose value at t = 0 is not known to be finite.
func notFiniteAt(e Expr, t *Symbol) bool {
	return anyNode(e, func(n Expr) bool {
		f, ok := n.(*Func)
		if !ok || !isCallOf(f, trigFuncs...) || !Has(f, t) {
			return false
		}
		return IsFinite(SubsPairs(f.args[0], [][2]Expr{{t, Zero}})) != True
	})
}

// mixedTrigProduct reports whether a term of the sum multiplies a tan or
// cot of t with another trigonometric function, or trigonometric
// functions of t with different arguments.
func mixedTrigProduct(sum *Add, t *Symbol) bool {
	for _, term := range sum.args {
		var calls []*Func
		anyNode(term, func(n Expr) bool {
			if f, ok := n.(*Func); ok && isCallOf(f, trigFuncs...) && Has(f, t) {
				calls = append(calls, f)
			}
			return false
		})
		for i, a := range calls {
			for _, b := range calls[i+1:] {
				tanLike := isCallOf(a, fnTan, fnCot) || isCallOf(b, fnTan, fnCot)
				if tanLike && a.def != b.def || !Equal(a.args[0], b.args[0]) {
					return true
				}
			}
		}
	}
	return false
}

// isOddIn reports whether sum(-t) is -sum(t) term by term: the numerator
// of a central difference.
func isOddIn(sum *Add, t *Symbol) bool {
	return Equal(NewAdd(sum, SubsPairs(sum, [][2]Expr{{t, Neg(t)}})), Zero)
}
