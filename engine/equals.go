package engine

import (
	"math"
	"math/cmplx"
)

// Equals is SymPy's a.equals(b): True when a - b simplifies to zero,
// False when a - b is shown non-zero by evaluating it (at sample points
// when it has free symbols), Unknown otherwise.
func Equals(a, b Expr) Tri {
	if Equal(a, b) {
		return True
	}
	d := Sub(a, b)
	if IsZero(d) == True || isZeroInt(Expand(d)) || isZeroInt(Simplify(d)) {
		return True
	}
	syms := FreeSymbols(d)
	// sample points: values a symbol's assumptions allow, away from the
	// usual special points (0, 1, integers)
	samples := [][]float64{{0.5279, 0.7311, 0.3917, 0.8803, 0.6151}, {1.3717, 0.2953, 1.8131, 0.4467, 1.1293}}
	for _, pts := range samples {
		pairs := make([][2]Expr, len(syms))
		for i, s := range syms {
			v := pts[i%len(pts)]
			if s.assume.Integer {
				v = float64(2 + i)
			}
			if s.assume.Negative || s.assume.Nonpositive {
				v = -v
			}
			pairs[i] = [2]Expr{s, NewFloat(v, 53)}
		}
		c, ok := evalComplex(SubsPairs(d, pairs))
		if !ok || cmplx.IsNaN(c) || cmplx.IsInf(c) {
			return Unknown
		}
		if cmplx.Abs(c) > 1e-9*math.Max(1, magnitude(a, pairs)) {
			return False
		}
	}
	return Unknown
}

// magnitude is |a| at the sample point, to scale the zero test.
func magnitude(a Expr, pairs [][2]Expr) float64 {
	c, ok := evalComplex(SubsPairs(a, pairs))
	if !ok {
		return 1
	}
	return cmplx.Abs(c)
}
