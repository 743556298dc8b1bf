package engine

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// SymPy's other named real constants (NumberSymbols): GoldenRatio,
// EulerGamma and Catalan. They print by name; ConstantMpf gives their
// numerical values for evalf.
var (
	GoldenRatio = newConstant("GoldenRatio")
	EulerGamma  = newConstant("EulerGamma")
	Catalan     = newConstant("Catalan")
)

// ConstantMpf returns the value of one of the constants of this file
// rounded to prec bits; ok is false for other constants (pi, E, I).
func ConstantMpf(c *Constant, prec int) (v mpf.Float, ok bool) {
	wp := prec + 20
	switch c {
	case GoldenRatio:
		s := mpf.Sqrt(mpf.FromInt64(5, wp), wp)
		v = mpf.Quo(mpf.Add(s, mpf.FromInt64(1, wp), wp), mpf.FromInt64(2, wp), wp)
	case EulerGamma:
		v = eulerGamma(wp)
	case Catalan:
		v = catalan(wp)
	default:
		return mpf.Float{}, false
	}
	return v.WithPrec(prec), true
}

// ConstantFloat64 returns the float64 value of one of the constants of
// this file; ok is false for other constants.
func ConstantFloat64(c *Constant) (float64, bool) {
	switch c {
	case GoldenRatio:
		return math.Phi, true
	case EulerGamma:
		return 0.57721566490153286060651209008240243, true
	case Catalan:
		return 0.91596559417721901505460351493238411, true
	}
	return 0, false
}

// ConstantPretty returns the unicode pretty form and the latex form of
// one of the constants of this file (SymPy prints GoldenRatio as φ and
// \phi, EulerGamma as γ and \gamma, Catalan as G); ok is false for other
// constants.
func ConstantPretty(c *Constant) (uni, latex string, ok bool) {
	switch c {
	case GoldenRatio:
		return "φ", `\phi`, true
	case EulerGamma:
		return "γ", `\gamma`, true
	case Catalan:
		return "G", "G", true
	}
	return "", "", false
}

// eulerGamma computes Euler's constant to wp bits with the
// Brent–McMillan algorithm in fixed point.
func eulerGamma(wp int) mpf.Float {
	w := uint(wp + 32)
	n := int64(float64(wp+32)*math.Ln2/4) + 2
	one := new(big.Int).Lsh(big.NewInt(1), w)
	lnN := mpf.Log(mpf.FromInt64(n, int(w)+16), int(w)+16)
	a := fixedFromRat(lnN.ToRat(), w)
	a.Neg(a)
	b := new(big.Int).Set(one)
	u := new(big.Int).Set(a)
	v := new(big.Int).Set(b)
	n2 := big.NewInt(n * n)
	for k := int64(1); ; k++ {
		kk := big.NewInt(k)
		b.Mul(b, n2)
		b.Quo(b, kk)
		b.Quo(b, kk)
		a.Mul(a, n2)
		a.Quo(a, kk)
		a.Add(a, b)
		a.Quo(a, kk)
		u.Add(u, a)
		v.Add(v, b)
		if a.Sign() == 0 && b.Sign() == 0 {
			break
		}
	}
	return mpf.FromRat(new(big.Rat).SetFrac(u, v), wp)
}

// catalan computes Catalan's constant to wp bits from
// G = π/8·log(2 + √3) + 3/8·Σ (n!)²/((2n)!(2n + 1)²).
func catalan(wp int) mpf.Float {
	w := uint(wp + 32)
	one := new(big.Int).Lsh(big.NewInt(1), w)
	term := new(big.Int).Set(one) // (n!)²/(2n)!
	sum := new(big.Int)
	for n := int64(0); term.Sign() != 0; n++ {
		d := big.NewInt((2*n + 1) * (2*n + 1))
		sum.Add(sum, new(big.Int).Quo(term, d))
		// term *= (n+1)² / ((2n+1)(2n+2))
		term.Mul(term, big.NewInt((n+1)*(n+1)))
		term.Quo(term, big.NewInt((2*n+1)*(2*n+2)))
	}
	p := int(w) + 16
	s3 := mpf.Sqrt(mpf.FromInt64(3, p), p)
	l := mpf.Log(mpf.Add(mpf.FromInt64(2, p), s3, p), p)
	head := mpf.Quo(mpf.Mul(mpf.Pi(p), l, p), mpf.FromInt64(8, p), p)
	tail := mpf.FromRat(new(big.Rat).SetFrac(new(big.Int).Mul(sum, big.NewInt(3)), new(big.Int).Lsh(one, 3)), p)
	return mpf.Add(head, tail, wp)
}

func fixedFromRat(r *big.Rat, w uint) *big.Int {
	num := new(big.Int).Lsh(r.Num(), w)
	return num.Quo(num, r.Denom())
}
