package session

import "math"

// This file is a fast path for the correctly rounded natural logarithm
// (libmLog): log(x) in double-double arithmetic (about 100 bits), rounded
// once, with Ziv's test: when the double-double value lies too close to a
// rounding boundary for its error bound to decide, the 128-bit
// evaluation decides instead. NumPy's Gaussian draws take one log each,
// so this is what np.random.randn's speed rests on.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func ddAdd(x, y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = twoSum(s.hi, s.lo)
	s.lo += t.lo
	return twoSum(s.hi, s.lo)
}

func ddMul(x, y dd) dd {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	return twoSum(p, e)
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMul(dd{-q1, 0}, y))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMul(dd{-q2, 0}, y))
	q3 := r.hi / y.hi
	return ddAdd(twoSum(q1, q2), dd{q3, 0})
}

// ln2DD is log(2) to about 107 bits.
var ln2DD = dd{0.6931471805599453, 2.3190468138462996e-17}

// atanhCoeffs are 1/(2k+1) in double-double, k = 0..24.
var atanhCoeffs = func() []dd {
	cs := make([]dd, 25)
	for k := range cs {
		cs[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	return cs
}()

// fastLog returns log(x) correctly rounded and true, or false when the
// double-double evaluation cannot decide the rounding (or x is not a
// positive normal number).
func fastLog(x float64) (float64, bool) {
	if !(x >= 0x1p-1000) || math.IsInf(x, 0) {
		return 0, false
	}
	m, k := math.Frexp(x) // x = m * 2**k, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m, k = m*2, k-1
	}
	// log(m) = 2*atanh(s), s = (m - 1)/(m + 1), |s| <= 0.1716
	s := ddDiv(twoSum(m, -1), twoSum(m, 1))
	s2 := ddMul(s, s)
	p := atanhCoeffs[len(atanhCoeffs)-1]
	for i := len(atanhCoeffs) - 2; i >= 0; i-- {
		p = ddAdd(ddMul(p, s2), atanhCoeffs[i])
	}
	r := ddMul(dd{2 * s.hi, 2 * s.lo}, p)
	r = ddAdd(ddMul(dd{float64(k), 0}, ln2DD), r)
	// Ziv's test: the value is within err of r.hi + r.lo; the rounding is
	// decided unless a midpoint between doubles lies within err of it
	err := math.Abs(r.hi) * 0x1p-95
	half := (math.Nextafter(math.Abs(r.hi), math.Inf(1)) - math.Abs(r.hi)) / 2
	if math.Abs(math.Abs(r.lo)-half) <= err || r.hi == 0 {
		return 0, false
	}
	return r.hi, true
}
