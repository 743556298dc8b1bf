package mpf

import (
	"math"
	"math/big"
	"sync"
)

// The gamma function and its logarithmic derivatives on the reals, by
// Stirling's asymptotic series after shifting the argument up with the
// recurrences Γ(x+1) = xΓ(x) and ψ⁽ᵐ⁾(x+1) = ψ⁽ᵐ⁾(x) + (-1)ᵐ m!/x^(m+1).
// The shift makes the argument large enough (about a ninth of the
// working precision in bits) that the series' smallest term is below
// the precision; negative non-integer arguments need no reflection,
// since the recurrence holds there too.

// maxGammaArg bounds the arguments evaluated: Γ(1e15) has about 1.4e16
// digits, far beyond any use; larger arguments give NaN.
const maxGammaArg = 1e15

// bernoulli caches the Bernoulli numbers B_0, B_2, B_4, ... (exact).
var bernoulli struct {
	sync.Mutex
	b []*big.Rat // b[k] = B_2k
}

// Bernoulli2k returns the Bernoulli numbers B_2k for k = 0..n-1. They come from the tangent
// numbers T_k (integers, by Brent and Harvey's O(n²) recurrence with no
// fractions): B_2k = (-1)^(k-1) 2k T_k / (4^k (4^k - 1)).
func Bernoulli2k(n int) []*big.Rat {
	bernoulli.Lock()
	defer bernoulli.Unlock()
	if len(bernoulli.b) >= n {
		return bernoulli.b[:n]
	}
	m := max(n, 2*len(bernoulli.b), 16) // numbers 1..m-1 after B_0
	t := make([]*big.Int, m)
	t[1] = big.NewInt(1)
	for k := 2; k < m; k++ {
		t[k] = new(big.Int).Mul(t[k-1], big.NewInt(int64(k-1)))
	}
	tmp := new(big.Int)
	for k := 2; k < m; k++ {
		for j := k; j < m; j++ {
			tmp.Mul(t[j-1], big.NewInt(int64(j-k)))
			t[j].Mul(t[j], big.NewInt(int64(j-k+2)))
			t[j].Add(t[j], tmp)
		}
	}
	b := []*big.Rat{big.NewRat(1, 1)}
	for k := 1; k < m; k++ {
		num := new(big.Int).Mul(t[k], big.NewInt(int64(2*k)))
		if k%2 == 0 {
			num.Neg(num)
		}
		four := new(big.Int).Lsh(big.NewInt(1), uint(2*k))
		den := new(big.Int).Mul(four, new(big.Int).Sub(four, big.NewInt(1)))
		b = append(b, new(big.Rat).SetFrac(num, den))
	}
	bernoulli.b = b
	return b[:n]
}

// shiftFor is the integer N that makes x + N at least the bound where
// Stirling's series reaches wp bits, for derivative order m.
func shiftFor(x float64, wp, m int) int {
	bound := float64(wp)/8 + float64(m) + 8
	if x >= bound {
		return 0
	}
	return int(math.Ceil(bound - x))
}

// poleOrHuge reports arguments the functions here do not evaluate: NaN,
// the non-positive integers (poles) and sizes beyond maxGammaArg.
func poleOrHuge(x Float) bool {
	if !x.IsFinite() || x.IsZero() {
		return true
	}
	if math.Abs(x.ToFloat64()) > maxGammaArg {
		return true
	}
	return x.Sign() < 0 && x.IsInt()
}

// lgammaLarge is log Γ(y) for y at least the bound of shiftFor:
// (y - 1/2) log y - y + log(2π)/2 + Σ B_2k/(2k(2k-1) y^(2k-1)).
func lgammaLarge(y Float, wp int) Float {
	half := FromRat(big.NewRat(1, 2), wp)
	s := Sub(Mul(Sub(y, half, wp), Log(y, wp), wp), y, wp)
	s = Add(s, Mul(half, Log(Mul(FromInt64(2, wp), Pi(wp), wp), wp), wp), wp)
	y2 := Mul(y, y, wp)
	p := y // y^(2k-1)
	for k := 1; ; k++ {
		b := Bernoulli2k(k + 1)[k]
		c := FromRat(new(big.Rat).Quo(b, big.NewRat(int64(2*k*(2*k-1)), 1)), wp)
		t := Quo(c, p, wp)
		s = Add(s, t, wp)
		if t.IsZero() || t.mag() < s.magOr0()-wp-4 {
			return s
		}
		p = Mul(p, y2, wp)
	}
}

// risingProduct is x(x+1)...(x+n-1).
func risingProduct(x Float, n, wp int) Float {
	p := FromInt64(1, wp)
	for k := 0; k < n; k++ {
		p = Mul(p, Add(x, FromInt64(int64(k), wp), wp), wp)
	}
	return p
}

// Gamma is Γ(x) for real x, rounded to prec bits; NaN at the poles
// (0, -1, -2, ...) and beyond 1e15 in size.
func Gamma(x Float, prec int) Float {
	if x.IsInf() && x.Sign() > 0 {
		return x
	}
	if poleOrHuge(x) {
		return NaN()
	}
	xf := x.ToFloat64()
	// log Γ(y) is about y log y: its absolute error grows by that size
	// when exponentiated
	wp := prec + 20 + BitsOf(math.Abs(xf)*math.Log(math.Abs(xf)+2)+2)
	n := shiftFor(xf, wp, 0)
	xw := x.WithPrec(wp + 10)
	y := Add(xw, FromInt64(int64(n), wp), wp)
	g := Exp(lgammaLarge(y, wp), wp)
	if n > 0 {
		g = Quo(g, risingProduct(xw, n, wp+BitsOf(float64(n))), wp)
	}
	return g.WithPrec(prec)
}

// LogGamma is log Γ(x) for positive x, rounded to prec bits; NaN
// otherwise (the logarithm of a negative Γ is complex).
func LogGamma(x Float, prec int) Float {
	if x.IsInf() && x.Sign() > 0 {
		return x
	}
	if poleOrHuge(x) || x.Sign() < 0 {
		return NaN()
	}
	xf := x.ToFloat64()
	if xf == 1 || xf == 2 {
		if c := Cmp(x, FromInt64(int64(xf), 0)); c == 0 {
			return Zero(prec) // Γ(1) = Γ(2) = 1
		}
	}
	wp := prec + 30
	for {
		n := shiftFor(xf, wp, 0)
		xw := x.WithPrec(wp + 10)
		y := Add(xw, FromInt64(int64(n), wp), wp)
		l := lgammaLarge(y, wp)
		if n > 0 {
			l = Sub(l, Log(risingProduct(xw, n, wp+BitsOf(float64(n))), wp), wp)
		}
		// log Γ vanishes at 1 and 2: retry with the bits cancelled
		if lost := l.magOr0(); l.IsZero() || lost < -(wp-prec-20) {
			wp += wp
			continue
		}
		return l.WithPrec(prec)
	}
}

// Polygamma is ψ⁽ᵐ⁾(x), the m-th derivative of ψ = Γ'/Γ, for an integer
// m >= 0 and real x, rounded to prec bits; NaN at the poles.
func Polygamma(m int, x Float, prec int) Float {
	if x.IsInf() && x.Sign() > 0 {
		if m == 0 {
			return x
		}
		return Zero(prec)
	}
	if poleOrHuge(x) || m < 0 {
		return NaN()
	}
	xf := x.ToFloat64()
	wp := prec + 30
	for {
		v, lost := polygammaAt(m, x, xf, wp)
		if lost <= wp-prec-20 {
			return v.WithPrec(prec)
		}
		wp += lost
	}
}

// polygammaAt evaluates ψ⁽ᵐ⁾(x) at wp bits and says how many bits the
// sum of the recurrence's terms cancelled.
func polygammaAt(m int, x Float, xf float64, wp int) (Float, int) {
	n := shiftFor(xf, wp, m)
	xw := x.WithPrec(wp + 10)
	y := Add(xw, FromInt64(int64(n), wp), wp)
	v := psiLarge(m, y, wp)
	top := v.magOr0()
	// ψ⁽ᵐ⁾(x) = ψ⁽ᵐ⁾(x+n) - (-1)^m m! Σ 1/(x+k)^(m+1)
	var s Float = Zero(wp)
	for k := 0; k < n; k++ {
		t := PowInt(Add(xw, FromInt64(int64(k), wp), wp), -(m + 1), wp)
		top = max(top, t.magOr0())
		s = Add(s, t, wp)
	}
	fm := FromInt(new(big.Int).MulRange(1, int64(max(m, 1))), wp)
	s = Mul(s, fm, wp)
	if m%2 == 0 {
		v = Sub(v, s, wp)
	} else {
		v = Add(v, s, wp)
	}
	top = max(top, s.magOr0())
	if v.IsZero() {
		return v, wp
	}
	return v, max(0, top-v.magOr0())
}

// psiLarge is the asymptotic series of ψ⁽ᵐ⁾(y) for large y: log y -
// 1/(2y) - Σ B_2k/(2k y^2k) for m = 0, and (-1)^(m+1) ((m-1)!/y^m +
// m!/(2y^(m+1)) + Σ B_2k (2k+m-1)!/((2k)! y^(2k+m))) for m > 0.
func psiLarge(m int, y Float, wp int) Float {
	y2 := Mul(y, y, wp)
	var s Float
	var p Float // y^(2k+m)
	if m == 0 {
		s = Sub(Log(y, wp), Quo(FromInt64(1, wp), Mul(FromInt64(2, wp), y, wp), wp), wp)
		p = y2
	} else {
		fm1 := new(big.Int).MulRange(1, int64(m-1))
		fm := new(big.Int).Mul(fm1, big.NewInt(int64(m)))
		ym := PowInt(y, m, wp)
		s = Quo(FromInt(fm1, wp), ym, wp)
		s = Add(s, Quo(FromInt(fm, wp), Mul(Mul(FromInt64(2, wp), ym, wp), y, wp), wp), wp)
		p = Mul(ym, y2, wp)
	}
	for k := 1; ; k++ {
		b := Bernoulli2k(k + 1)[k]
		var c *big.Rat
		if m == 0 {
			c = new(big.Rat).Quo(b, big.NewRat(int64(2*k), 1))
			c.Neg(c)
		} else {
			// (2k+m-1)!/(2k)! = (2k+1)(2k+2)...(2k+m-1)
			f := new(big.Int).MulRange(int64(2*k+1), int64(2*k+m-1))
			if m == 1 {
				f = big.NewInt(1)
			}
			c = new(big.Rat).Mul(b, new(big.Rat).SetInt(f))
		}
		t := Quo(FromRat(c, wp), p, wp)
		s = Add(s, t, wp)
		if t.IsZero() || t.mag() < s.magOr0()-wp-4 {
			break
		}
		p = Mul(p, y2, wp)
	}
	if m > 0 && m%2 == 0 {
		s = s.Neg()
	}
	return s
}

// BitsOf is the number of bits of the integer part of v (at least 1).
func BitsOf(v float64) int {
	if v < 2 {
		return 1
	}
	return int(math.Log2(v)) + 1
}
