package engine

import (
	"math"
	"math/big"
)

// This file is solveset(f, x, Interval(a, b)) for a bounded interval:
// rational equations give their real roots inside it; equations in sin,
// cos and tan of one argument c*x + d give every solution inside it,
// from the general solutions (the values of SymPy's ImageSets at each
// integer that lands in the interval):
//
//   - a polynomial in sin: asin(r) + 2*pi*n and pi - asin(r) + 2*pi*n;
//     in cos: acos(r) + 2*pi*n and 2*pi - acos(r) + 2*pi*n; in tan:
//     atan(r) + pi*n, for each real root r (|r| <= 1 for sin and cos);
//   - k1*sin**p + k2*cos**p: atan(r) + pi*n for the real roots of
//     (k1/k2)*t**p + 1;
//   - other sums of sin and cos: 2*atan(r) + 2*pi*n for the real roots
//     of the numerator in T = tan(theta/2), and pi + 2*pi*n when theta =
//     pi is a solution (where T is infinite); a value 2*atan(r) that is
//     not a rational multiple of pi is refused (SymPy's forms for it
//     come from another route), as is asin, acos or atan of an
//     irrational number (SymPy writes logarithms of complex numbers).
//
// x is (theta - d)/c.

// SolveSetInterval returns the solutions of f = 0 for x in the interval
// iv (Lo and Hi finite); all is true when every point of it solves f.
func SolveSetInterval(f Expr, x *Symbol, iv SetPart) (sols []Expr, all bool, err error) {
	defer recoverTo(&err)
	if isRationalIn(f, x) {
		rs, all, err := SolveSetRational(f, x, true)
		if err != nil || all {
			return nil, all, err
		}
		for _, r := range rs {
			switch inInterval(r, iv) {
			case True:
				sols = append(sols, r)
			case Unknown:
				return nil, false, notImpl("dcalc's solveset could not place a root in the interval")
			}
		}
		return sols, false, nil
	}
	if IsFinite(iv.Lo) != True || IsFinite(iv.Hi) != True {
		return nil, false, notImpl("dcalc's solveset takes a bounded Interval as the domain of a trigonometric equation (SymPy intersects ImageSets)")
	}
	num, _ := numerDenoms(f, x)
	var gens []Expr
	collectGens(num, x, &gens)
	fams, all, ok := trigFamilies(num, x, gens)
	if all {
		return nil, true, nil
	}
	if !ok {
		if sols, all, ok := solveMultipleAngles(num, x, iv); ok {
			return sols, all, nil
		}
		return nil, false, notImpl("dcalc's solveset on an Interval solves rational equations and equations in sin, cos and tan of one argument c*x + d")
	}
	for _, fam := range fams {
		if !niceTheta(fam.theta) {
			// SymPy writes these through logarithms of complex numbers
			return nil, false, notImpl("dcalc's solveset on an Interval gives inverse trigonometric values of rational numbers only")
		}
		xs, ok := familyInInterval(fam, iv)
		if !ok {
			return nil, false, notImpl("dcalc's solveset could not place the solutions in the interval")
		}
		for _, s := range xs {
			if !containsExpr(sols, s) {
				sols = append(sols, s)
			}
		}
	}
	return sols, false, nil
}

// solveMultipleAngles solves num = 0 on iv when its sin and cos have
// arguments k*x with rational k (cos(x) + cos(2*x), sin(x/2) - cos(x)):
// with y = g*x for g the greatest common divisor of the k, every
// argument is an integer multiple of y, expand_trig writes num in sin(y)
// and cos(y), and the solutions in y on the scaled interval map back.
// The solution set is the same; ok is false for other shapes.
func solveMultipleAngles(num Expr, x *Symbol, iv SetPart) ([]Expr, bool, bool) {
	var ks []*big.Rat
	okArgs := !anyNode(num, func(e Expr) bool {
		f, ok := e.(*Func)
		if !ok || !Has(f, x) {
			return false
		}
		if f.def != fnSin && f.def != fnCos {
			return true
		}
		a, b, ok := linearIn(f.args[0], x)
		r := toRat(a)
		if !ok || r == nil || r.Sign() <= 0 || !isZeroInt(b) {
			return true
		}
		ks = append(ks, r)
		return false
	})
	if !okArgs || len(ks) < 2 {
		return nil, false, false
	}
	num0, den0 := new(big.Int).Set(ks[0].Num()), new(big.Int).Set(ks[0].Denom())
	for _, k := range ks[1:] {
		num0.GCD(nil, nil, num0, k.Num())
		den0 = lcm(den0, k.Denom())
	}
	g := ratFrom(new(big.Rat).SetFrac(num0, den0))
	allInt, multiple := true, false
	for _, k := range ks {
		m := new(big.Rat).Quo(k, new(big.Rat).SetFrac(num0, den0))
		allInt = allInt && m.IsInt()
		multiple = multiple || m.Cmp(big.NewRat(1, 1)) != 0
	}
	if !allInt || !multiple {
		return nil, false, false // (one argument already: nothing to expand)
	}
	y := NewDummy("y")
	f2, err := ExpandTrig(SubsPairs(num, [][2]Expr{{x, Div(y, g)}}))
	if err != nil || anyNode(f2, func(e Expr) bool {
		f, ok := e.(*Func)
		return ok && (f.def == fnSin || f.def == fnCos) && !Equal(f.args[0], y)
	}) {
		return nil, false, false
	}
	iv2 := SetPart{Lo: Expand(NewMul(g, iv.Lo)), Hi: Expand(NewMul(g, iv.Hi)), LOpen: iv.LOpen, HOpen: iv.HOpen}
	sols, all, err := SolveSetInterval(f2, y, iv2)
	if err != nil || all {
		return nil, all, err == nil
	}
	for i, s := range sols {
		sols[i] = Div(s, g)
	}
	return sols, false, true
}

// trigFamily is the solutions x = (theta + period*n - d)/c.
type trigFamily struct {
	theta, period, d Expr
	c                *big.Rat
}

// trigFamilies lists the general solutions of num = 0 for the shapes
// above; all is true for an identity (every point solves it), ok is
// false for other equations and refused cases.
func trigFamilies(num Expr, x *Symbol, gens []Expr) (fams []trigFamily, all, ok bool) {
	fams, ok = trigFamiliesOf(num, x, gens)
	if fams == nil && ok && identityInTrig(num, x, gens) {
		return nil, true, true
	}
	return fams, false, ok
}

// identityInTrig reports whether num vanishes identically once sin and
// cos are written in tan of the half angle.
func identityInTrig(num Expr, x *Symbol, gens []Expr) bool {
	tg, ok := trigGenerators(gens, x)
	return ok && tg.tan == nil && IsZero(halfAngleNumerator(num, tg.sin, tg.cos, NewDummy("t"))) == True
}

func trigFamiliesOf(num Expr, x *Symbol, gens []Expr) (fams []trigFamily, ok bool) {
	tg, ok := trigGenerators(gens, x)
	if !ok {
		return nil, false
	}
	twoPi := NewMul(Two, Pi)
	add := func(theta, period Expr) {
		fams = append(fams, trigFamily{theta, period, tg.d, tg.c})
	}
	t := NewDummy("t")
	switch {
	case len(gens) == 1:
		g := gens[0].(*Func)
		rs, ok := rootsInDummy(Xreplace(num, [][2]Expr{{g, t}}), t, x)
		if !ok {
			return nil, false
		}
		if rs, ok = realOnly(rs); !ok {
			return nil, false
		}
		for _, r := range rs {
			switch g.def {
			case fnSin, fnCos:
				if a, ok := absAtMostOne(r); !ok {
					return nil, false
				} else if !a {
					continue
				}
				if g.def == fnSin {
					a := fnAsin.call(r)
					add(a, twoPi)
					add(Sub(Pi, a), twoPi)
				} else {
					a := fnAcos.call(r)
					add(a, twoPi)
					add(Sub(twoPi, a), twoPi)
				}
			default:
				add(fnAtan.call(r), Pi)
			}
		}
		return fams, true
	case tg.tan != nil || tg.sin == nil || tg.cos == nil:
		return nil, false
	}
	if add2, ok := num.(*Add); ok && len(add2.args) == 2 {
		st, ct := add2.args[0], add2.args[1]
		if !Has(st, tg.sin) {
			st, ct = ct, st
		}
		k1, p1, ok1 := trigMonomial(st, tg.sin)
		k2, p2, ok2 := trigMonomial(ct, tg.cos)
		if ok1 && ok2 && p1 == p2 {
			rs, ok := rootsInDummy(NewAdd(NewMul(Div(k1, k2), NewPow(t, NewInt(p1))), One), t, x)
			if !ok {
				return nil, false
			}
			if rs, ok = realOnly(rs); !ok {
				return nil, false
			}
			for _, r := range rs {
				add(fnAtan.call(r), Pi)
			}
			return fams, true
		}
	}
	n := halfAngleNumerator(num, tg.sin, tg.cos, t)
	if IsZero(n) == True {
		return nil, true // an identity: trigFamilies says so
	}
	rs, ok := rootsInDummy(n, t, x)
	if !ok {
		return nil, false
	}
	if rs, ok = realOnly(rs); !ok {
		return nil, false
	}
	for _, r := range rs {
		theta := NewMul(Two, fnAtan.call(r))
		if _, isMul := theta.(*Mul); isMul && hasCallOf(theta, fnAtan) {
			return nil, false // not a rational multiple of pi
		}
		add(theta, twoPi)
	}
	atPi := Expand(Xreplace(num, [][2]Expr{{tg.sin, Zero}, {tg.cos, NegOne}}))
	switch IsZero(atPi) {
	case True:
		add(Pi, twoPi)
	case Unknown:
		return nil, false
	}
	return fams, true
}

// absAtMostOne reports whether -1 <= r <= 1 (ok is false when unknown).
func absAtMostOne(r Expr) (bool, bool) {
	hi, lo := IsPositive(Sub(r, One)), IsNegative(NewAdd(r, One))
	if hi == Unknown || lo == Unknown {
		return false, false
	}
	return hi == False && lo == False, true
}

// familyInInterval lists the members of a family inside iv, by the
// range of n that floating point gives, each then checked exactly.
func familyInInterval(f trigFamily, iv SetPart) ([]Expr, bool) {
	num := func(e Expr) (float64, bool) {
		v, err := Evalf(e, 20, nil)
		if err != nil {
			return 0, false
		}
		z, ok := ToComplex(v)
		return real(z), ok && imag(z) == 0
	}
	cf, _ := f.c.Float64()
	lo, ok1 := num(iv.Lo)
	hi, ok2 := num(iv.Hi)
	th, ok3 := num(f.theta)
	dv, ok4 := num(f.d)
	pv, ok5 := num(f.period)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil, false
	}
	// c*x + d = theta + p*n for x in [lo, hi]
	a, b := cf*lo+dv, cf*hi+dv
	if a > b {
		a, b = b, a
	}
	n0, n1 := math.Floor((a-th)/pv)-1, math.Ceil((b-th)/pv)+1
	if n1-n0 > 10000 {
		return nil, false
	}
	cInv := NewRational(f.c.Denom(), f.c.Num())
	var out []Expr
	for n := n0; n <= n1; n++ {
		x := NewMul(cInv, Sub(NewAdd(f.theta, NewMul(NewInt(int64(n)), f.period)), f.d))
		switch inInterval(x, iv) {
		case True:
			out = append(out, x)
		case Unknown:
			return nil, false
		}
	}
	return out, true
}

// inInterval is whether v lies in the interval part iv.
func inInterval(v Expr, iv SetPart) Tri {
	above := cmpTri(v, iv.Lo, iv.LOpen)
	below := cmpTri(iv.Hi, v, iv.HOpen)
	switch {
	case above == False || below == False:
		return False
	case above == True && below == True:
		return True
	}
	return Unknown
}

// cmpTri is a > b (strict) or a >= b.
func cmpTri(a, b Expr, strict bool) Tri {
	diff := Sub(a, b)
	if z := IsZero(diff); z == True {
		if strict {
			return False
		}
		return True
	}
	if IsPositive(diff) == True {
		return True
	}
	if IsNegative(diff) == True {
		return False
	}
	return Unknown
}

// niceTheta reports whether theta's inverse trigonometric calls all
// take rational numbers (asin(1/3), atan(4/3)), the values SymPy's
// solveset writes as they are.
func niceTheta(theta Expr) bool {
	if f, ok := theta.(*Func); ok && (f.def == fnAsin || f.def == fnAcos || f.def == fnAtan) {
		return toRat(f.args[0]) != nil
	}
	for _, a := range theta.Args() {
		if !niceTheta(a) {
			return false
		}
	}
	return true
}

// isRationalIn reports whether f is a rational function of x (other
// parts free of x).
func isRationalIn(f Expr, x *Symbol) bool {
	if !Has(f, x) {
		return true
	}
	switch t := f.(type) {
	case *Symbol:
		return true
	case *Add, *Mul:
		for _, a := range t.Args() {
			if !isRationalIn(a, x) {
				return false
			}
		}
		return true
	case *Pow:
		_, isInt := t.Exp().(*Integer)
		return isInt && isRationalIn(t.Base(), x)
	}
	return false
}
