package ndarray

import "math"

// loggamA are random_loggam's Stirling series coefficients.
var loggamA = [10]float64{8.333333333333333e-02, -2.777777777777778e-03,
	7.936507936507937e-04, -5.952380952380952e-04,
	8.417508417508418e-04, -1.917526917526918e-03,
	6.410256410256410e-03, -2.955065359477124e-02,
	1.796443723688307e-01, -1.39243221690590e+00}

// loggam is NumPy's random_loggam: log(gamma(x)) by Stirling's series,
// shifted up to x >= 7.
func loggam(x float64, log func(float64) float64) float64 {
	if x == 1 || x == 2 {
		return 0
	}
	n := 0
	if x < 7 {
		n = int(7 - x)
	}
	x0 := x + float64(n)
	x2 := (1 / x0) * (1 / x0)
	const lg2pi = 1.8378770664093453e+00
	gl0 := loggamA[9]
	for k := 8; k >= 0; k-- {
		gl0 *= x2
		gl0 += loggamA[k]
	}
	gl := gl0/x0 + 0.5*lg2pi + (x0-0.5)*log(x0) - x0
	if x < 7 {
		for k := 1; k <= n; k++ {
			gl -= log(x0 - 1)
			x0 -= 1
		}
	}
	return gl
}

// Poisson is NumPy's random_poisson: for lam >= 10 Hörmann's transformed
// rejection (PTRS), below it the product of uniforms against exp(-lam);
// double is the generator's next double, log and exp C's.
func Poisson(double func() float64, log, exp func(float64) float64, lam float64) int64 {
	switch {
	case lam >= 10:
		slam, loglam := math.Sqrt(lam), log(lam)
		b := 0.931 + 2.53*slam
		a := -0.059 + 0.02483*b
		invalpha := 1.1239 + 1.1328/(b-3.4)
		vr := 0.9277 - 3.6224/(b-2)
		for {
			U := double() - 0.5
			V := double()
			us := 0.5 - math.Abs(U)
			k := int64(math.Floor((2*a/us+b)*U + lam + 0.43))
			if us >= 0.07 && V <= vr {
				return k
			}
			if k < 0 || us < 0.013 && V > us {
				continue
			}
			if log(V)+log(invalpha)-log(a/(us*us)+b) <= -lam+float64(k)*loglam-loggam(float64(k+1), log) {
				return k
			}
		}
	case lam == 0:
		return 0
	}
	enlam := exp(-lam)
	var x int64
	prod := 1.0
	for {
		prod *= double()
		if prod <= enlam {
			return x
		}
		x++
	}
}

// BinomialInversion is NumPy's random_binomial_inversion: the count of
// successes by walking the distribution's terms from 0, restarting past
// np + 10 standard deviations; for n*p <= 30, p <= 1/2.
func BinomialInversion(double func() float64, n int64, p float64) int64 {
	q := 1 - p
	qn := math.Exp(float64(n) * math.Log(q))
	np := float64(n) * p
	bound := int64(math.Min(float64(n), np+10*math.Sqrt(np*q+1)))
	var x int64
	px := qn
	u := double()
	for u > px {
		x++
		if x > bound {
			x, px = 0, qn
			u = double()
		} else {
			u -= px
			px = (float64(n-x+1) * p * px) / (float64(x) * q)
		}
	}
	return x
}
