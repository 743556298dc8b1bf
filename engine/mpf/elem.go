package mpf

import (
	"math"
	"math/big"
)

// apx is an approximation ±m·2^e whose relative error is at most 2^-wp
// for the wp it was requested with (m > 0 with well over wp bits).
type apx struct {
	neg bool
	m   *big.Int
	e   int
}

// apxOf converts a Float (finite, nonzero) to an apx with at least wp+16
// mantissa bits.
func apxOf(f Float, wp int) apx {
	m := new(big.Int).Set(f.man)
	e := f.exp
	if d := wp + 16 - m.BitLen(); d > 0 {
		m.Lsh(m, uint(d))
		e -= d
	}
	return apx{f.neg, m, e}
}

// toFloat rounds an apx to prec bits.
func (a apx) toFloat(prec int) Float {
	return mkFloat(a.neg, a.m, a.e, prec, rNearest, false, prec)
}

// fixedToFloat returns v·2^-w exactly.
func fixedToFloat(v *big.Int, w int) Float {
	a := new(big.Int).Abs(v)
	return mkFloat(v.Sign() < 0, a, -w, 0, rNearest, false, 0)
}

// toFixed returns x·2^w truncated toward -inf (x finite).
func toFixed(x Float, w int) *big.Int {
	if x.k != kFinite {
		return new(big.Int)
	}
	m := new(big.Int).Set(x.man)
	if x.neg {
		m.Neg(m)
	}
	if s := x.exp + w; s >= 0 {
		return m.Lsh(m, uint(s))
	} else {
		return m.Rsh(m, uint(-s))
	}
}

// ziv evaluates f with increasing working precision until the result
// rounds unambiguously to prec bits.
func ziv(prec int, f func(wp int) apx) Float {
	wp := prec + 24
	for i := 0; ; i++ {
		a := f(wp)
		err := new(big.Int).Rsh(a.m, uint(wp))
		err.Add(err, bigOne)
		lo := mkFloat(a.neg, new(big.Int).Sub(a.m, err), a.e, prec, rNearest, false, prec)
		hi := mkFloat(a.neg, new(big.Int).Add(a.m, err), a.e, prec, rNearest, false, prec)
		if lo.Equal(hi) || i >= 8 {
			return a.toFloat(prec)
		}
		wp += wp/2 + 32
	}
}

func one(prec int) Float { f := fone; f.prec = prec; return f }

// ---------------------------------------------------------------- exp/log

// maxExpMag bounds |x| < 2^maxExpMag for Exp; beyond it the result
// overflows (or underflows) the int exponent.
const maxExpMag = 56

// expApx approximates exp(x) for finite nonzero x with x.mag() ≤ maxExpMag.
func expApx(x Float, wp int) apx {
	mag := x.mag()
	w := wp + max(mag, 0) + 24
	xf := toFixed(x, w)
	l2 := ln2Fixed(w)
	// k = round(x / ln2)
	k := new(big.Int).Lsh(xf, 1)
	k.Add(k, l2)
	k.Div(k, new(big.Int).Lsh(l2, 1))
	r := new(big.Int).Mul(k, l2)
	r.Sub(xf, r)
	s := int(math.Sqrt(float64(w))/2) + 1
	W := w + s + 10
	rr := r.Lsh(r, 10) // r/2^s at W fractional bits
	if W <= maxFixed128 && !noFixed128 {
		if m, ok := expSeries128(rr, W, s); ok {
			return apx{false, m, int(k.Int64()) - W}
		}
	}
	unit := new(big.Int).Lsh(bigOne, uint(W))
	sum := new(big.Int).Add(unit, rr)
	term := new(big.Int).Set(rr)
	for n := int64(2); ; n++ {
		term.Mul(term, rr)
		term.Rsh(term, uint(W))
		term.Quo(term, big.NewInt(n))
		if term.Sign() == 0 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
		sum.Rsh(sum, uint(W))
	}
	return apx{false, sum, int(k.Int64()) - W}
}

// Exp returns e**x rounded to prec bits.
func Exp(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return one(prec)
	case kNaN:
		return x
	case kInf:
		if x.neg {
			return Zero(prec)
		}
		return x
	}
	if x.mag() > maxExpMag {
		if x.neg {
			return Zero(prec)
		}
		return Inf(1)
	}
	return ziv(prec, func(wp int) apx { return expApx(x, wp) })
}

// logApx approximates log(x) for finite x > 0, x ≠ 1.
func logApx(x Float, wp int) apx {
	n := x.mag()
	y := Float{k: kFinite, man: x.man, exp: x.exp - n} // y in [1/2, 1)
	if y.ToFloat64() < math.Sqrt2/2 {
		y.exp++
		n--
	}
	// Absolute precision needed for log(y).
	A := wp + 12
	if n == 0 {
		d := Sub(y, fone, 0)
		if d.k == kZero {
			panic("mpf: logApx(1)")
		}
		if c := -d.mag(); c > 0 {
			A += c
		}
	}
	if nb := big.NewInt(int64(n)).BitLen(); A+8+nb <= maxFixed128 && !noFixed128 {
		if a, ok := logSeries128(y, n, A+8+nb); ok {
			return a
		}
	}
	z := logNewton(y, A)
	if n != 0 {
		nb := big.NewInt(int64(n)).BitLen()
		l2 := fixedToFloat(ln2Fixed(A+nb+4), A+nb+4)
		z = Add(z, Mul(FromInt64(int64(n), 0), l2, 0), A+8)
	}
	return apxOf(z, wp)
}

// logNewton returns log(y) for y near 1 (y ≠ 1) with absolute error about
// 2^-A, by Newton/Halley iteration on exp starting from a float64 guess.
func logNewton(y Float, A int) Float {
	z := FromFloat64(math.Log(y.ToFloat64()), 53)
	if z.k == kZero {
		// float64 could not see the difference from 1: log y ≈ y-1.
		z = Sub(y, fone, 64)
	}
	// Precision schedule, growing by a factor of ~3 from ~45 bits.
	var ps []int
	for p := A; ; p = p/3 + 1 {
		ps = append(ps, p)
		if p <= 48 {
			break
		}
	}
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i] + 16
		var ez Float
		if z.k == kZero {
			ez = one(p)
		} else {
			ez = expApx(z, p).toFloat(p)
		}
		num := Sub(y, ez, 0)
		den := Add(y, ez, p)
		z = Add(z, Mul(FromInt64(2, 0), Quo(num, den, p), 0), p+max(0, -z.magOr0()))
	}
	return z
}

func (x Float) magOr0() int {
	if x.k != kFinite {
		return 0
	}
	return x.mag()
}

// Log returns the natural logarithm of x rounded to prec bits. Log(0) is
// -inf and the logarithm of a negative number is nan (real-only).
func Log(x Float, prec int) Float {
	switch {
	case x.k == kNaN || (x.neg && x.k != kZero):
		return NaN()
	case x.k == kZero:
		return Inf(-1)
	case x.k == kInf:
		return x
	case x.Equal(fone):
		return Zero(prec)
	}
	return ziv(prec, func(wp int) apx { return logApx(x, wp) })
}

// Pow returns x**y rounded to prec bits for real x and y. Integer y uses
// PowInt; x < 0 with non-integer y is nan (the result is not real).
// Exact results (such as 4**0.5) are returned exactly rounded.
func Pow(x, y Float, prec int) Float {
	if x.k == kNaN || y.k == kNaN {
		return NaN()
	}
	if y.k == kZero {
		return one(prec)
	}
	if y.k == kFinite && y.exp >= 0 && y.mag() < 62 {
		return PowInt(x, y.truncInt(), prec)
	}
	switch {
	case x.k == kZero:
		if y.neg {
			return Inf(1)
		}
		return Zero(prec)
	case x.neg:
		return NaN()
	case x.k == kInf || y.k == kInf:
		return Exp(Mul(y, Log(x, 64), 64), prec)
	case x.Equal(fone):
		return one(prec)
	}
	// y = m·2^e with e < 0: try an exact 2^-e-th root of x.
	if y.k == kFinite && y.exp < 0 && y.exp > -32 {
		r := x
		ok := true
		for i := 0; i < -y.exp && ok; i++ {
			r, ok = exactSqrt(r)
		}
		if ok && y.man.BitLen() < 62 {
			n := int(y.man.Int64())
			if y.neg {
				n = -n
			}
			return PowInt(r, n, prec)
		}
	}
	return ziv(prec, func(wp int) apx {
		w := wp + 16
		l := logApx(x, w).toFloat(w)
		z := Mul(y, l, w)
		if m := z.mag(); m > 0 {
			if m > maxExpMag {
				return apxOf(Float{k: kFinite, man: big.NewInt(1), exp: 1 << 62}, wp) // overflow marker
			}
			l = logApx(x, w+m).toFloat(w + m)
			z = Mul(y, l, w+m)
		}
		if z.k == kZero {
			return apxOf(fone, wp)
		}
		return expApx(z, wp)
	})
}

// exactSqrt returns the square root of x if it is exactly representable.
func exactSqrt(x Float) (Float, bool) {
	m := new(big.Int).Set(x.man)
	e := x.exp
	if e%2 != 0 {
		m.Lsh(m, 1)
		e--
	}
	r := new(big.Int).Sqrt(m)
	if new(big.Int).Mul(r, r).Cmp(m) != 0 {
		return Float{}, false
	}
	return mkFloat(false, r, e/2, 0, rNearest, false, 0), true
}

// ------------------------------------------------------------------ trig

// sinCosApx returns approximations of sin(x) and cos(x) for finite nonzero
// x, each with relative error ≤ 2^-wp.
func sinCosApx(x Float, wp int) (apx, apx) {
	r := x
	q := 0
	if mag := x.mag(); mag > 0 {
		extra := 0
		for {
			w := wp + mag + 30 + extra
			xf := toFixed(x, w+1)
			pf := piFixed(w) // (pi/2)·2^(w+1)
			n := new(big.Int).Lsh(xf, 1)
			n.Add(n, pf)
			n.Div(n, new(big.Int).Lsh(pf, 1))
			r2 := new(big.Int).Mul(n, pf)
			r2.Sub(xf, r2)
			need := wp + n.BitLen() + 24
			if r2.BitLen() >= need {
				r = fixedToFloat(r2, w+1)
				q = int(new(big.Int).And(n, big.NewInt(3)).Int64())
				break
			}
			extra += need - r2.BitLen() + 32
		}
	}
	s, c := sinCosSmall(r, wp)
	switch q {
	case 1:
		s, c = c, s
		c.neg = !c.neg
	case 2:
		s.neg = !s.neg
		c.neg = !c.neg
	case 3:
		s, c = c, s
		s.neg = !s.neg
	}
	return s, c
}

// sinCosSmall handles |r| < 1.6 with Taylor series after halving.
func sinCosSmall(r Float, wp int) (apx, apx) {
	mr := r.mag()
	s := max(0, int(math.Sqrt(float64(wp))/2)+mr)
	F := wp + 24 + 2*s + max(0, -mr)
	if F <= maxFixed128 && !noFixed128 {
		if sn, cs, ok := sinCosSmall128(r, F, s); ok {
			return sn, cs
		}
	}
	a := toFixed(r, F-s)
	a2 := new(big.Int).Mul(a, a)
	a2.Rsh(a2, uint(F))
	sn := new(big.Int).Set(a)
	term := new(big.Int).Set(a)
	for k := int64(1); ; k++ {
		term.Mul(term, a2)
		term.Rsh(term, uint(F))
		term.Quo(term, big.NewInt(2*k*(2*k+1)))
		if term.Sign() == 0 {
			break
		}
		if k&1 == 1 {
			sn.Sub(sn, term)
		} else {
			sn.Add(sn, term)
		}
	}
	cs := new(big.Int).Lsh(bigOne, uint(F))
	term.Lsh(bigOne, uint(F))
	for k := int64(1); ; k++ {
		term.Mul(term, a2)
		term.Rsh(term, uint(F))
		term.Quo(term, big.NewInt((2*k-1)*(2*k)))
		if term.Sign() == 0 {
			break
		}
		if k&1 == 1 {
			cs.Sub(cs, term)
		} else {
			cs.Add(cs, term)
		}
	}
	t := new(big.Int)
	for i := 0; i < s; i++ {
		// sin 2a = 2 sin a cos a; cos 2a = cos²a - sin²a
		t.Mul(sn, cs)
		t.Rsh(t, uint(F-1))
		cs.Mul(cs, cs)
		sn.Mul(sn, sn)
		cs.Sub(cs, sn)
		cs.Rsh(cs, uint(F))
		sn.Set(t)
	}
	return fixedApx(sn, F), fixedApx(cs, F)
}

func fixedApx(v *big.Int, F int) apx {
	return apx{v.Sign() < 0, new(big.Int).Abs(v), -F}
}

// Sin returns sin(x) rounded to prec bits (nan for infinite x).
func Sin(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return Zero(prec)
	case kInf, kNaN:
		return NaN()
	}
	return ziv(prec, func(wp int) apx { s, _ := sinCosApx(x, wp); return s })
}

// Cos returns cos(x) rounded to prec bits (nan for infinite x).
func Cos(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return one(prec)
	case kInf, kNaN:
		return NaN()
	}
	return ziv(prec, func(wp int) apx { _, c := sinCosApx(x, wp); return c })
}

// Tan returns tan(x) rounded to prec bits (nan for infinite x).
func Tan(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return Zero(prec)
	case kInf, kNaN:
		return NaN()
	}
	return ziv(prec, func(wp int) apx {
		s, c := sinCosApx(x, wp+4)
		return apxQuo(s, c, wp)
	})
}

// apxQuo divides two approximations.
func apxQuo(a, b apx, wp int) apx {
	sh := wp + 16 + b.m.BitLen() - a.m.BitLen()
	n := new(big.Int).Set(a.m)
	if sh > 0 {
		n.Lsh(n, uint(sh))
	} else {
		sh = 0
	}
	n.Quo(n, b.m)
	return apx{a.neg != b.neg, n, a.e - b.e - sh}
}

// atanApx approximates atan(x) for finite nonzero x.
func atanApx(x Float, wp int) apx {
	ax := x.Abs()
	var res Float
	if Cmp(ax, fone) > 0 {
		P := wp + 24
		u := Quo(fone, ax, P)
		a := atanSmall(u, wp+8).toFloat(P)
		res = Sub(halfPi(P+8), a, P)
	} else {
		res = atanSmall(ax, wp+4).toFloat(wp + 8)
	}
	if x.neg {
		res = res.Neg()
	}
	return apxOf(res, wp)
}

// halfPi returns π/2 with about w bits.
func halfPi(w int) Float { return fixedToFloat(piFixed(w), w+1) }

// atanSmall approximates atan(t) for 0 < t ≤ 1.
func atanSmall(t Float, wp int) apx {
	sRef := int(math.Sqrt(float64(wp))/2) + 1
	P := wp + 32
	k := 0
	for t.mag() > -sRef {
		// atan t = 2 atan(t / (1 + sqrt(1 + t²)))
		d := Add(fone, Sqrt(Add(fone, Mul(t, t, 0), P), P), P)
		t = Quo(t, d, P)
		k++
	}
	mt := t.mag()
	F := wp + 24 + (-mt)
	tf := toFixed(t, F)
	t2 := new(big.Int).Mul(tf, tf)
	t2.Rsh(t2, uint(F))
	sum := new(big.Int).Set(tf)
	p := new(big.Int).Set(tf)
	term := new(big.Int)
	for j := int64(1); ; j++ {
		p.Mul(p, t2)
		p.Rsh(p, uint(F))
		term.Quo(p, big.NewInt(2*j+1))
		if term.Sign() == 0 {
			break
		}
		if j&1 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
	return apx{false, sum, k - F}
}

// Atan returns atan(x) rounded to prec bits; atan(±inf) = ±π/2.
func Atan(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return Zero(prec)
	case kNaN:
		return x
	case kInf:
		h := Quo(Pi(prec+10), FromInt64(2, 0), prec)
		if x.neg {
			return h.Neg()
		}
		return h
	}
	return ziv(prec, func(wp int) apx { return atanApx(x, wp) })
}

// Asin returns asin(x) rounded to prec bits; nan if |x| > 1.
func Asin(x Float, prec int) Float {
	if x.k == kZero {
		return Zero(prec)
	}
	if x.k != kFinite {
		return NaN()
	}
	c := Cmp(x.Abs(), fone)
	if c > 0 {
		return NaN()
	}
	if c == 0 {
		h := Quo(Pi(prec+10), FromInt64(2, 0), prec)
		if x.neg {
			return h.Neg()
		}
		return h
	}
	d := Sub(fone, Mul(x, x, 0), 0) // exact 1 - x²
	return ziv(prec, func(wp int) apx {
		P := wp + 16
		u := Quo(x, Sqrt(d, P), P)
		return atanApx(u, wp+4)
	})
}

// Acos returns acos(x) rounded to prec bits; nan if |x| > 1.
func Acos(x Float, prec int) Float {
	if x.k == kZero {
		return Quo(Pi(prec+10), FromInt64(2, 0), prec)
	}
	if x.k != kFinite {
		return NaN()
	}
	c := Cmp(x.Abs(), fone)
	if c > 0 {
		return NaN()
	}
	if c == 0 {
		if x.neg {
			return Pi(prec)
		}
		return Zero(prec)
	}
	d := Sub(fone, Mul(x, x, 0), 0)
	return ziv(prec, func(wp int) apx {
		P := wp + 16
		// acos x = atan(sqrt(1-x²)/x) (+ π for x < 0)
		u := Quo(Sqrt(d, P), x.Abs(), P)
		a := atanApx(u, wp+4).toFloat(P)
		if x.neg {
			a = Sub(fixedToFloat(piFixed(P+4), P+4), a, P)
		}
		return apxOf(a, wp)
	})
}

// Atan2 returns the angle of the point (x, y) in (-π, π], rounded to prec
// bits, following mpmath: Atan2(0, 0) = 0, Atan2(0, x<0) = π.
func Atan2(y, x Float, prec int) Float {
	if x.k == kNaN || y.k == kNaN || (x.k == kInf && y.k == kInf) {
		return NaN()
	}
	switch {
	case y.k == kZero:
		if x.neg {
			return Pi(prec)
		}
		return Zero(prec)
	case x.k == kZero || y.k == kInf:
		h := Quo(Pi(prec+10), FromInt64(2, 0), prec)
		if y.neg {
			return h.Neg()
		}
		return h
	case x.k == kInf:
		if !x.neg {
			return Zero(prec)
		}
		if y.neg {
			return Pi(prec).Neg()
		}
		return Pi(prec)
	}
	if !x.neg {
		return ziv(prec, func(wp int) apx {
			return atanApx(Quo(y, x, wp+16), wp+4)
		})
	}
	return ziv(prec, func(wp int) apx {
		P := wp + 16
		a := atanApx(Quo(y.Abs(), x.Abs(), P), wp+4).toFloat(P)
		r := Sub(fixedToFloat(piFixed(P+4), P+4), a, P)
		if y.neg {
			r = r.Neg()
		}
		return apxOf(r, wp)
	})
}

// ------------------------------------------------------------ hyperbolic

// expPair returns exp(x) and exp(-x) as Floats with relative error ≤ 2^-P.
func expPair(x Float, P int) (Float, Float) {
	e1 := expApx(x, P+4).toFloat(P + 4)
	e2 := Quo(fone, e1, P+4)
	return e1, e2
}

// Sinh returns sinh(x) rounded to prec bits.
func Sinh(x Float, prec int) Float {
	switch x.k {
	case kZero, kNaN, kInf:
		return x.round(prec)
	}
	if x.mag() > maxExpMag {
		return Inf(x.Sign())
	}
	return ziv(prec, func(wp int) apx {
		P := wp + 16 + max(0, -x.mag())
		e1, e2 := expPair(x, P)
		s := Sub(e1, e2, P)
		s.exp--
		return apxOf(s, wp)
	})
}

// Cosh returns cosh(x) rounded to prec bits.
func Cosh(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return one(prec)
	case kNaN:
		return x
	case kInf:
		return Inf(1)
	}
	if x.mag() > maxExpMag {
		return Inf(1)
	}
	return ziv(prec, func(wp int) apx {
		e1, e2 := expPair(x, wp+8)
		s := Add(e1, e2, wp+8)
		s.exp--
		return apxOf(s, wp)
	})
}

// Tanh returns tanh(x) rounded to prec bits.
func Tanh(x Float, prec int) Float {
	switch x.k {
	case kZero, kNaN:
		return x.round(prec)
	case kInf:
		return FromInt64(int64(x.Sign()), prec)
	}
	if Cmp(x.Abs(), FromInt64(int64(prec+20), 0)) > 0 {
		return FromInt64(int64(x.Sign()), prec)
	}
	return ziv(prec, func(wp int) apx {
		P := wp + 16 + max(0, -x.mag())
		e1, e2 := expPair(x, P)
		return apxOf(Quo(Sub(e1, e2, P), Add(e1, e2, P), wp+8), wp)
	})
}

// Asinh returns asinh(x) rounded to prec bits.
func Asinh(x Float, prec int) Float {
	switch x.k {
	case kZero, kNaN, kInf:
		return x.round(prec)
	}
	t := Add(Mul(x, x, 0), fone, 0)
	ax := x.Abs()
	return ziv(prec, func(wp int) apx {
		P := wp + 16 + max(0, -x.mag())
		arg := Add(ax, Sqrt(t, P), P)
		a := logApx(arg, P)
		a.neg = x.neg
		return a
	})
}

// Acosh returns acosh(x) rounded to prec bits; nan for x < 1.
func Acosh(x Float, prec int) Float {
	if x.k == kNaN || Cmp(x, fone) < 0 {
		return NaN()
	}
	if x.k == kInf {
		return x
	}
	d := Sub(x, fone, 0)
	if d.k == kZero {
		return Zero(prec)
	}
	t := Sub(Mul(x, x, 0), fone, 0)
	return ziv(prec, func(wp int) apx {
		P := wp + 16 + max(0, -d.mag())
		arg := Add(x, Sqrt(t, P), P)
		return logApx(arg, P)
	})
}

// Atanh returns atanh(x) rounded to prec bits: ±inf at ±1, nan for |x| > 1.
func Atanh(x Float, prec int) Float {
	switch x.k {
	case kZero:
		return Zero(prec)
	case kNaN, kInf:
		return NaN()
	}
	c := Cmp(x.Abs(), fone)
	if c > 0 {
		return NaN()
	}
	if c == 0 {
		return Inf(x.Sign())
	}
	num := Add(fone, x, 0)
	den := Sub(fone, x, 0)
	return ziv(prec, func(wp int) apx {
		P := wp + 16 + max(0, -x.mag())
		a := logApx(Quo(num, den, P), P)
		a.e--
		return a
	})
}
