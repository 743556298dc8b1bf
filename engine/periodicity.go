package engine

import "math/big"

// This file is SymPy's periodicity(f, symbol) (calculus/util.py): the
// period of f in x, 0 for a constant, nil (None) for an aperiodic f.
// f is first simplified with x real, as SymPy does (sin(x)*cos(x) is
// sin(2*x)/2 there, of period pi); then a trigonometric function of
// a*x + b has the period 2*pi/|a| (pi/|a| for tan and cot), a power or
// a product with a numeric factor the period of its part in x, a sum or
// product the least common multiple of its terms' periods (lcim), and a
// composition g(h(x)) the period of its inner part (decompogen).

// Periodicity is periodicity(f, x); nil means None.
func Periodicity(f Expr, x *Symbol) (period Expr, err error) {
	defer recoverTo(&err)
	if Has(f, I) {
		return nil, notImpl("dcalc's periodicity takes real expressions (SymPy splits exp(I*x) into its real and imaginary parts)")
	}
	r := NewSymbol("_x"+itoa(int(dummyCounter.Add(1))), Assumptions{Real: true})
	g := Simplify(Xreplace(f, [][2]Expr{{x, r}}))
	return periodOf(g, r), nil
}

func periodOf(f Expr, x *Symbol) Expr {
	if !Has(f, x) {
		return Zero
	}
	switch t := f.(type) {
	case *Func:
		if p := trigPeriod(t, x); p != nil {
			return p
		}
		if len(t.args) == 1 && t.def != fnAbs {
			// decompogen: the period of the inner function
			if _, isSym := t.args[0].(*Symbol); !isSym {
				return periodOf(t.args[0], x)
			}
		}
		if t.def == fnAbs {
			panic(notImpl("dcalc's periodicity does not take Abs yet (SymPy tests half the period)"))
		}
		return nil
	case *Pow:
		switch b, e := Has(t.Base(), x), Has(t.Exp(), x); {
		case b && !e:
			return periodOf(t.Base(), x)
		case e && !b:
			return periodOf(t.Exp(), x)
		}
		return periodOfArgs([]Expr{t.Base(), t.Exp()}, x)
	case *Mul:
		c, g := independentOf(t.args, x)
		if isTrigCall(g) || !Equal(c, One) {
			return periodOf(g, x)
		}
		return periodOfArgs(t.args, x)
	case *Add:
		k, g := independentTerms(t.args, x)
		if !isZeroInt(k) {
			return periodOf(g, x)
		}
		return periodOfArgs(t.args, x)
	}
	return nil
}

// isTrigCall reports whether e is a call of sin, cos, tan, cot, sec or
// csc.
func isTrigCall(e Expr) bool {
	return isCallOf(e, fnSin, fnCos, fnTan, fnCot, fnSec, fnCsc)
}

// trigPeriod is TrigonometricFunction.period(x) for an argument
// a*x + b; nil for other functions and arguments.
func trigPeriod(t *Func, x *Symbol) Expr {
	if !isTrigCall(t) {
		return nil
	}
	general := NewMul(Two, Pi)
	if t.def == fnTan || t.def == fnCot {
		general = Pi
	}
	a, _, ok := linearIn(Expand(t.args[0]), x)
	if !ok || !IsNumberExpr(a) {
		return nil
	}
	return Div(general, fnAbs.call(a))
}

// periodOfArgs is _periodicity: the lcim of the nonzero periods of the
// parts, None when one part has none.
func periodOfArgs(args []Expr, x *Symbol) Expr {
	var periods []Expr
	for _, a := range args {
		p := periodOf(a, x)
		if p == nil {
			return nil
		}
		if !isZeroInt(p) {
			periods = append(periods, p)
		}
	}
	switch len(periods) {
	case 0:
		return nil
	case 1:
		return periods[0]
	}
	return lcim(periods)
}

// lcim is SymPy's lcim: the least common multiple of rational numbers,
// or of irrational ones that are rational multiples of one term (pi);
// nil otherwise.
func lcim(nums []Expr) Expr {
	var term Expr
	coeffs := make([]*big.Rat, len(nums))
	for i, n := range nums {
		c, t := AsCoeffMul(n)
		r := toRat(c)
		if r == nil {
			return nil
		}
		if term == nil {
			term = t
		}
		if !Equal(t, term) {
			return nil
		}
		coeffs[i] = r
	}
	if !Equal(term, One) && rationalFact(term) != False {
		return nil // (all irrational, or all rational)
	}
	num, den := new(big.Int).Set(coeffs[0].Num()), new(big.Int).Set(coeffs[0].Denom())
	for _, c := range coeffs[1:] {
		num = lcm(num, c.Num())
		den.GCD(nil, nil, den, c.Denom())
	}
	return NewMul(ratFrom(new(big.Rat).SetFrac(num, den)), term)
}

// IsContinuousTrig reports whether e is built from x, numbers, sums,
// products, nonnegative integer powers, sin, cos and exp: continuous on
// the whole real line (continuous_domain gives the domain back), with
// every trigonometric argument linear when periodic.
func IsContinuousTrig(e Expr, x *Symbol) bool {
	if !Has(e, x) {
		return IsNumberExpr(e)
	}
	switch t := e.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
	case *Pow:
		k, ok := t.Exp().(*Integer)
		if !ok || k.Sign() < 0 {
			return false
		}
	case *Func:
		if t.def != fnSin && t.def != fnCos && t.def != fnExp {
			return false
		}
	default:
		return false
	}
	for _, a := range e.Args() {
		if !IsContinuousTrig(a, x) {
			return false
		}
	}
	return true
}
