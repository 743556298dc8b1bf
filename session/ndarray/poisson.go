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

// BinomialBTPE is NumPy's random_binomial_btpe (Kachitvichyanukul and
// Schmeiser's triangle, parallelogram and exponential-tails rejection)
// for n*p > 30, p <= 1/2: a candidate y from the region u falls in,
// accepted by the explicit ratio of probabilities near the mode or by
// Stirling's bounds on its logarithm farther out.
func BinomialBTPE(double func() float64, n int64, p float64) int64 {
	r := math.Min(p, 1-p)
	q := 1 - r
	fn := float64(n)
	fm := fn*r + r
	m := int64(math.Floor(fm))
	fmm := float64(m)
	p1 := math.Floor(2.195*math.Sqrt(fn*r*q)-4.6*q) + 0.5
	xm := fmm + 0.5
	xl, xr := xm-p1, xm+p1
	c := 0.134 + 20.5/(15.3+fmm)
	a := (fm - xl) / (fm - xl*r)
	laml := a * (1 + a/2)
	a = (xr - fm) / (xr * q)
	lamr := a * (1 + a/2)
	p2 := p1 * (1 + 2*c)
	p3 := p2 + c/laml
	p4 := p3 + c/lamr
	nrq := fn * r * q
	stirling := func(x float64) float64 {
		x2 := x * x
		return (13680. - (462.-(132.-(99.-140./x2)/x2)/x2)/x2) / x / 166320.
	}
	for {
		u := double() * p4
		v := double()
		var y int64
		switch {
		case u <= p1: // the triangle: accepted at once
			return int64(math.Floor(xm - p1*v + u))
		case u <= p2: // the parallelograms
			x := xl + (u-p1)/c
			v = v*c + 1 - math.Abs(fmm-x+0.5)/p1
			if v > 1 {
				continue
			}
			y = int64(math.Floor(x))
		case u <= p3: // the left exponential tail
			y = int64(math.Floor(xl + math.Log(v)/laml))
			if y < 0 || v == 0 {
				continue
			}
			v = v * (u - p2) * laml
		default: // the right exponential tail
			y = int64(math.Floor(xr - math.Log(v)/lamr))
			if y > n || v == 0 {
				continue
			}
			v = v * (u - p3) * lamr
		}
		k := y - m
		if k < 0 {
			k = -k
		}
		fk := float64(k)
		if k <= 20 || fk >= nrq/2-1 {
			// the ratio f(y)/f(m) by its recurrence
			s := r / q
			a := s * (fn + 1)
			F := 1.0
			if m < y {
				for i := m + 1; i <= y; i++ {
					F *= a/float64(i) - s
				}
			} else if m > y {
				for i := y + 1; i <= m; i++ {
					F /= a/float64(i) - s
				}
			}
			if v > F {
				continue
			}
			return y
		}
		rho := (fk / nrq) * ((fk*(fk/3+0.625)+0.16666666666666666)/nrq + 0.5)
		t := float64(-k*k) / (2 * nrq)
		A := math.Log(v)
		if A < t-rho {
			return y
		}
		if A > t+rho {
			continue
		}
		x1, f1 := float64(y+1), float64(m+1)
		z, w := float64(n+1-m), float64(n-y+1)
		bound := xm*math.Log(f1/x1) + (float64(n-m)+0.5)*math.Log(z/w) +
			float64(y-m)*math.Log(w*r/(x1*q)) + stirling(f1) + stirling(z) + stirling(x1) + stirling(w)
		if A > bound {
			continue
		}
		return y
	}
}
