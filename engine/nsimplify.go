package engine

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Nsimplify is SymPy's nsimplify(e, constants, tolerance, rational): a
// number is evaluated to 30 digits and its real and imaginary parts are
// recognised by identify (rationals, quadratic surds, exp/log/sqrt forms,
// products of powers of small primes, rational combinations of the
// constants); an expression with free symbols (or rational=True) has
// each Float replaced by a Rational. tol <= 0 means SymPy's default
// (10**-15, or fewer digits for Floats of lower precision). rational is
// True, False or Unknown (None).
func Nsimplify(e Expr, constants []Expr, tol float64, rational Tri) (out Expr, err error) {
	defer recoverTo(&err)
	if IsInteger(e) {
		return e, nil
	}
	if e == Oo || e == NegOo {
		return e, nil
	}
	if rational == True || len(FreeSymbols(e)) > 0 {
		return realToRational(e, tol), nil
	}
	if tol <= 0 {
		d := 15
		for _, f := range floatAtoms(e) {
			d = min(d, mpf.PrecToDps(int(f.Prec())))
		}
		tol = math.Pow(10, -float64(d))
	}
	const dps, bprec = 30, 99 // nsimplify's prec = 30 and int(prec*3.33)
	wp := mpf.DpsToPrec(dps)
	var consts []idConst
	for _, c := range constants {
		v, err := Evalf(c, dps, nil)
		if err != nil {
			return nil, err
		}
		f, ok := v.(*Float)
		if !ok {
			return nil, errorf("ValueError", "constants must be real-valued")
		}
		consts = append(consts, idConst{v: f.v.WithPrec(bprec), e: c, name: Str(c)})
	}
	// identify's dict of constants is sorted by name
	for i := 1; i < len(consts); i++ {
		for j := i; j > 0 && consts[j].name < consts[j-1].name; j-- {
			consts[j], consts[j-1] = consts[j-1], consts[j]
		}
	}
	v, err := Evalf(e, dps, nil)
	if err != nil {
		return nil, err
	}
	re, im := EvalRe(v), EvalIm(v)
	if re == nil || im == nil || !IsNumber(re) || !IsNumber(im) {
		return e, nil
	}
	re, im = chopTiny(re, wp), chopTiny(im, wp)
	tolF := mpf.FromFloat64(tol, 53)
	part := func(x Expr) (Expr, bool) {
		f, ok := x.(*Float)
		if !ok {
			return x, true
		}
		xv := f.v.WithPrec(bprec)
		r := identify(xv.WithPrec(wp), consts, tolF, wp)
		if r == nil || IsFinite(r) == False && xv.IsFinite() {
			return nil, false
		}
		if !xv.IsZero() && IsZero(r) == True {
			return nil, false
		}
		return r, true
	}
	parts := [2]Expr{re, im}
	for i, p := range parts {
		if isZeroNum(p) {
			continue
		}
		r, ok := part(p)
		if !ok {
			return giveUp(e, rational), nil
		}
		parts[i] = r
	}
	rv := NewAdd(parts[0], NewMul(parts[1], I))
	if !Equal(rv, e) && !sameNumber(rv, e) || rational == False {
		return rv, nil
	}
	return realToRational(e, 0), nil
}

// chopTiny is evalf's chop=True on one part (chop_parts' first rule): a
// Float below 2**(4 - wp) in size is 0.
func chopTiny(x Expr, wp int) Expr {
	if f, ok := x.(*Float); ok {
		if m, ok := f.v.Mag(); ok && m < 4-wp {
			return Zero
		}
	}
	return x
}

// giveUp is nsimplify when identify found nothing: the Floats made
// rational when rational is None, else e as it is.
func giveUp(e Expr, rational Tri) Expr {
	if rational == Unknown {
		return realToRational(e, 0)
	}
	return e
}

// sameNumber is SymPy's == between numbers, where 2 == 2.0.
func sameNumber(a, b Expr) bool {
	if !IsNumber(a) || !IsNumber(b) {
		return false
	}
	c, ok := numCmp(a, b)
	return ok && c == 0
}

// floatAtoms lists the Floats in e.
func floatAtoms(e Expr) []*Float {
	var out []*Float
	var walk func(Expr)
	walk = func(x Expr) {
		if f, ok := x.(*Float); ok {
			out = append(out, f)
			return
		}
		for _, a := range x.Args() {
			walk(a)
		}
	}
	walk(e)
	return out
}

// realToRational is SymPy's _real_to_rational(e, tolerance) with
// rational_conversion='base10': every Float replaced by a Rational — the
// nearest with a denominator up to 1/tol for a tolerance below 1,
// otherwise what nsimplify recognises it as when that is rational, or
// its printed decimal digits.
func realToRational(e Expr, tol float64) Expr {
	var reps [][2]Expr
	for _, f := range floatAtoms(e) {
		var r Expr
		switch {
		case tol > 0 && tol < 1:
			maxD, _ := new(big.Float).SetFloat64(math.Ceil(1 / tol)).Int(nil)
			r = ratFrom(LimitDenominator(f.v.ToRat(), maxD))
		case tol >= 1:
			panic(notImpl("dcalc's nsimplify does not support a tolerance of 1 or more yet"))
		default:
			r = floatToRational(f)
		}
		reps = append(reps, [2]Expr{f, r})
	}
	return SubsPairs(e, reps)
}

// floatToRational is the base10 conversion of one Float: nsimplify(fl,
// rational=False) when that is rational, else the Rational of its
// printed digits scaled by the power of ten of its size.
func floatToRational(f *Float) Expr {
	if !f.v.IsFinite() {
		return Zoo
	}
	if f.v.IsZero() {
		return Zero
	}
	r, err := Nsimplify(f, nil, 0, False)
	if err == nil && IsRational(r) {
		return r
	}
	neg := f.Sign() < 0
	a := f.v.Abs()
	// d = 10**int(log10|fl|), truncated toward zero
	k := int(math.Trunc(mpf.Quo(mpf.Log(a, 80), mpf.Ln10(80), 80).ToFloat64()))
	d := NewPow(NewInt(10), NewInt(int64(k)))
	q := mpf.Quo(a, toMpf(d, int(f.Prec())), int(f.Prec()))
	digits, _ := new(big.Rat).SetString(FloatString(floatFrom(q), false))
	out := NewMul(ratFrom(digits), d)
	if neg {
		return Neg(out)
	}
	return out
}

// LimitDenominator is Fraction.limit_denominator (and SymPy's
// Rational.limit_denominator): the closest fraction to r with a
// denominator at most maxD (CPython's continued-fraction method).
func LimitDenominator(r *big.Rat, maxD *big.Int) *big.Rat {
	if r.Denom().Cmp(maxD) <= 0 {
		return new(big.Rat).Set(r)
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	for {
		a := new(big.Int)
		m := new(big.Int)
		a.DivMod(n, d, m)
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(maxD) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, m
		if d.Sign() == 0 {
			break
		}
	}
	k := new(big.Int).Quo(new(big.Int).Sub(maxD, q0), q1)
	b1 := new(big.Rat).SetFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	b2 := new(big.Rat).SetFrac(p1, q1)
	d1 := new(big.Rat).Abs(new(big.Rat).Sub(b2, r))
	d2 := new(big.Rat).Abs(new(big.Rat).Sub(b1, r))
	if d1.Cmp(d2) <= 0 {
		return b2
	}
	return b1
}
