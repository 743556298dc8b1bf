package engine

import (
	"math"
	"math/big"
)

// bigPowInt returns x**n rounded to prec bits.
func bigPowInt(x *big.Float, n *big.Int, prec uint) *big.Float {
	wp := prec + 32 + uint(n.BitLen())
	neg := n.Sign() < 0
	e := new(big.Int).Abs(n)
	r := new(big.Float).SetPrec(wp).SetInt64(1)
	b := new(big.Float).SetPrec(wp).Set(x)
	for i := e.BitLen() - 1; i >= 0; i-- {
		r.Mul(r, r)
		if e.Bit(i) == 1 {
			r.Mul(r, b)
		}
	}
	if neg {
		one := new(big.Float).SetPrec(wp).SetInt64(1)
		r = one.Quo(one, r)
	}
	return new(big.Float).SetPrec(prec).SetMode(big.ToNearestEven).Set(r)
}

// bigPowReal returns x**y for x > 0 rounded to prec bits.
// TODO: arbitrary precision via engine/mpf.
func bigPowReal(x, y *big.Float, prec uint) *big.Float {
	xf, _ := x.Float64()
	yf, _ := y.Float64()
	return new(big.Float).SetPrec(prec).SetFloat64(math.Pow(xf, yf))
}
