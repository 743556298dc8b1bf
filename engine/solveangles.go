package engine

import "math/big"

// expandSolveAngles is the step of SymPy's solve() that expands
// trigonometric angles before _solve: when f has more than one distinct
// trigonometric call, those of x + c (or -x + c) are expanded as sums
// (TR10: sin(x + 1) is sin(x)*cos(1) + sin(1)*cos(x)), and when at most
// two others have x, those of twice the two arguments' gcd are expanded
// in it (TR11: beside cos(x), sin(2*x) is 2*sin(x)*cos(x)). Without it
// a product such as sin(2*x)*(cos(x) - 1) would be solved factor by
// factor in the wrong angles (sin(2*x) = 0 at 0 and pi/2, where SymPy's
// factors sin(x) and cos(x) give 0, pi/2, pi and 3*pi/2).
//
// The gcd is computed for two rational multiples of one expression;
// for other pairs where TR11 might apply (half of one argument divides
// the other) the equation is refused rather than solved in angles
// SymPy would not use.
func expandSolveAngles(f Expr, x *Symbol) (Expr, error) {
	var targs []Expr
	for _, d := range trigFuncs {
		collectCalls(f, d, &targs)
	}
	if len(targs) <= 1 {
		return f, nil
	}
	var reps [][2]Expr
	var other []Expr
	for _, t := range targs {
		if !Has(t, x) {
			continue
		}
		fn := t.(*Func)
		a, isAdd := fn.args[0].(*Add)
		if !isAdd {
			other = append(other, t)
			continue
		}
		ind, dep := splitIndependent(a, x)
		if !Equal(dep, x) && !Equal(dep, NewMul(NegOne, x)) {
			continue
		}
		if IsNumber(ind) {
			reps = append(reps, [2]Expr{t, tr10(fn.def.call(NewAdd(dep, ind)))})
			continue
		}
		n := NewDummy("n")
		reps = append(reps, [2]Expr{t, Xreplace(tr10(fn.def.call(NewAdd(dep, n))), [][2]Expr{{n, ind}})})
	}
	if len(other) == 2 {
		a0, a1 := other[0].(*Func).args[0], other[1].(*Func).args[0]
		base, ok := multipleGcd(a0, a1)
		if !ok {
			if halfDivides(a0, a1, x) || halfDivides(a1, a0, x) {
				return nil, notImpl("could not solve " + Str(f) + ": angles " + Str(a0) + " and " + Str(a1))
			}
		} else {
			for _, t := range other {
				reps = append(reps, [2]Expr{t, tr11Base(t, base)})
			}
		}
	}
	if len(reps) == 0 {
		return f, nil
	}
	return Xreplace(f, reps), nil
}

// splitIndependent is a sum's as_independent(x): the terms without x
// and those with it.
func splitIndependent(a *Add, x *Symbol) (ind, dep Expr) {
	var i, d []Expr
	for _, t := range a.args {
		if Has(t, x) {
			d = append(d, t)
		} else {
			i = append(i, t)
		}
	}
	return NewAdd(i...), NewAdd(d...)
}

// multipleGcd is gcd(a, b) for two rational multiples c1*u and c2*u of
// one expression, as SymPy's gcd gives it: gcd(|c1|, |c2|)*u for
// integers, u when either is a fraction (gcd(x/2, x) is x); ok is false
// for other pairs.
func multipleGcd(a, b Expr) (Expr, bool) {
	c1, u1 := asCoeffMulRational(a)
	c2, u2 := asCoeffMulRational(b)
	if !Equal(u1, u2) || IsNumber(u1) {
		return nil, false
	}
	i1, ok1 := c1.(*Integer)
	i2, ok2 := c2.(*Integer)
	if !ok1 || !ok2 {
		return u1, true
	}
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(i1.Big()), new(big.Int).Abs(i2.Big()))
	return NewMul(NewBigInt(g), u1), true
}

// halfDivides reports whether a/2 might divide b as polynomials in x
// (their quotient has no x in its denominator): then gcd(a, b) may be
// a/2 and TR11 would expand the call of a.
func halfDivides(a, b Expr, x *Symbol) bool {
	q, err := Cancel(Div(NewMul(Two, b), a))
	if err != nil {
		return true
	}
	_, den := asNumerDenom(q)
	return !Has(den, x)
}
