package engine

import (
	"cmp"
	"math"
	"math/big"
	"math/cmplx"
	"slices"
)

// This file is nroots(f, n) for a squarefree polynomial with rational
// coefficients: every root to n digits, as mpmath's polyroots gives them
// and SymPy sorts them (the real roots first in ascending order, then
// the complex ones by real part, |imaginary part| and its sign). The
// roots are found by Aberth's method in machine precision, polished by
// Newton's method in 4n + 60 bits, and rounded to n digits; the real
// ones are known by their number (Sturm's theorem), a zero root is the
// integer 0 (SymPy's Float of an mpf zero). Repeated roots, whose last
// digits polyroots does not settle, are refused.

// NRoots returns the roots of the polynomial with coefficients rc
// (lowest degree first) to n significant digits.
func NRoots(rc []*big.Rat, n int) (_ []Expr, err error) {
	defer recoverTo(&err)
	p := rpTrim(rpoly(rc))
	deg := len(p) - 1
	if deg < 1 {
		return nil, nil
	}
	if g := rpGCDMonic(p, rpDeriv(p)); len(g) > 1 {
		return nil, notImpl("dcalc's nroots takes a polynomial without repeated roots")
	}
	zeros := 0
	for zeros < len(p) && p[zeros].Sign() == 0 {
		zeros++
	}
	q := p[zeros:] // the roots other than 0
	approx := aberth(q)
	prec := uint(4*n + 60)
	polished := make([][2]*big.Float, len(approx))
	for i, z := range approx {
		polished[i] = newtonPolish(q, z, prec)
	}
	nreal := realRootCount(q)
	type root struct {
		re, im *big.Float
		real   bool
	}
	rs := make([]root, len(polished))
	for i, z := range polished {
		rs[i] = root{re: z[0], im: z[1]}
	}
	// the nreal roots nearest the axis are the real ones
	byImag := slices.Clone(rs)
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return new(big.Float).Abs(byImag[a].im).Cmp(new(big.Float).Abs(byImag[b].im))
	})
	for _, i := range idx[:nreal] {
		rs[i].real = true
		rs[i].im = new(big.Float)
	}
	// the complex roots come in conjugate pairs: make each pair exactly
	// conjugate (the polished values differ in the last bits)
	var cx []int
	for i := range rs {
		if !rs[i].real {
			cx = append(cx, i)
		}
	}
	slices.SortFunc(cx, func(a, b int) int {
		if c := rs[a].re.Cmp(rs[b].re); c != 0 {
			return c
		}
		return new(big.Float).Abs(rs[a].im).Cmp(new(big.Float).Abs(rs[b].im))
	})
	for k := 0; k+1 < len(cx); k += 2 {
		a, b := &rs[cx[k]], &rs[cx[k+1]]
		re := new(big.Float).SetPrec(prec).Add(a.re, b.re)
		re.Quo(re, big.NewFloat(2))
		im := new(big.Float).SetPrec(prec).Sub(new(big.Float).Abs(a.im), new(big.Float).Abs(b.im))
		im.Quo(im, big.NewFloat(2))
		im.Add(im, new(big.Float).Abs(b.im))
		a.re, b.re = re, re
		a.im, b.im = new(big.Float).Neg(im), im
	}
	slices.SortFunc(rs, func(a, b root) int {
		if a.real != b.real {
			if a.real {
				return -1
			}
			return 1
		}
		if c := a.re.Cmp(b.re); c != 0 {
			return c
		}
		if c := new(big.Float).Abs(a.im).Cmp(new(big.Float).Abs(b.im)); c != 0 {
			return c
		}
		return cmp.Compare(a.im.Sign(), b.im.Sign())
	})
	toFloat := func(v *big.Float) Expr {
		f, err := NewFloatString(v.Text('e', n+20), n)
		if err != nil {
			panic(err)
		}
		return f
	}
	var out []Expr
	var reals, complexes []Expr
	for _, r := range rs {
		if r.real {
			reals = append(reals, toFloat(r.re))
			continue
		}
		complexes = append(complexes, NewAdd(toFloat(r.re), NewMul(toFloat(r.im), I)))
	}
	if zeros > 0 {
		// 0 takes its place among the real roots
		at, _ := slices.BinarySearchFunc(reals, 0.0, func(e Expr, _ float64) int {
			z, _ := ToComplex(e)
			return cmp.Compare(real(z), 0)
		})
		reals = slices.Insert(reals, at, Expr(Zero))
	}
	out = append(append(out, reals...), complexes...)
	return out, nil
}

// rpGCDMonic is the monic gcd of two polynomials over Q.
func rpGCDMonic(a, b rpoly) rpoly {
	a, b = rpTrim(a), rpTrim(b)
	for len(b) > 0 {
		_, r := rpDivMod(a, b)
		a, b = b, rpTrim(r)
	}
	if len(a) == 0 {
		return a
	}
	return rpScale(a, new(big.Rat).Inv(a[len(a)-1]))
}

// realRootCount is the number of distinct real roots (Sturm).
func realRootCount(p rpoly) int {
	seq := sturmSeq(p)
	changes := func(atPlus bool) int {
		n, last := 0, 0
		for _, q := range seq {
			if len(q) == 0 {
				continue
			}
			s := q[len(q)-1].Sign()
			if !atPlus && (len(q)-1)%2 == 1 {
				s = -s
			}
			if last != 0 && s != last {
				n++
			}
			last = s
		}
		return n
	}
	return changes(false) - changes(true)
}

// aberth approximates all roots of p (nonzero constant term) by the
// Aberth–Ehrlich iteration in complex128.
func aberth(p rpoly) []complex128 {
	deg := len(p) - 1
	c := make([]complex128, len(p))
	for i, r := range p {
		f, _ := r.Float64()
		c[i] = complex(f, 0)
	}
	eval := func(z complex128) (complex128, complex128) {
		v, d := c[deg], complex(0, 0)
		for i := deg - 1; i >= 0; i-- {
			d = d*z + v
			v = v*z + c[i]
		}
		return v, d
	}
	// initial points on a circle of the Cauchy bound's radius
	r := 0.0
	for i := 0; i < deg; i++ {
		r = math.Max(r, cmplx.Abs(c[i]/c[deg]))
	}
	r = (1 + r) / 2
	z := make([]complex128, deg)
	for k := range z {
		z[k] = cmplx.Rect(r, 2*math.Pi*float64(k)/float64(deg)+0.4)
	}
	for range 500 {
		moved := 0.0
		for k := range z {
			v, d := eval(z[k])
			if v == 0 {
				continue
			}
			ratio := v / d
			s := complex(0, 0)
			for j := range z {
				if j != k {
					s += 1 / (z[k] - z[j])
				}
			}
			w := ratio / (1 - ratio*s)
			z[k] -= w
			moved = math.Max(moved, cmplx.Abs(w)/math.Max(1, cmplx.Abs(z[k])))
		}
		if moved < 1e-15 {
			break
		}
	}
	return z
}

// newtonPolish refines a simple root of p from z by Newton's method in
// prec bits of complex big.Float arithmetic.
func newtonPolish(p rpoly, z complex128, prec uint) [2]*big.Float {
	nf := func(f float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(f) }
	re, im := nf(real(z)), nf(imag(z))
	cs := make([]*big.Float, len(p))
	for i, r := range p {
		cs[i] = new(big.Float).SetPrec(prec).SetRat(r)
	}
	mul := func(a, b, c, d *big.Float) (*big.Float, *big.Float) {
		x := new(big.Float).SetPrec(prec).Sub(new(big.Float).SetPrec(prec).Mul(a, c), new(big.Float).SetPrec(prec).Mul(b, d))
		y := new(big.Float).SetPrec(prec).Add(new(big.Float).SetPrec(prec).Mul(a, d), new(big.Float).SetPrec(prec).Mul(b, c))
		return x, y
	}
	for range 200 {
		checkInterrupt()
		deg := len(cs) - 1
		vr, vi := new(big.Float).SetPrec(prec).Set(cs[deg]), new(big.Float).SetPrec(prec)
		dr, di := new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec)
		for i := deg - 1; i >= 0; i-- {
			dr, di = mul(dr, di, re, im)
			dr.Add(dr, vr)
			di.Add(di, vi)
			vr, vi = mul(vr, vi, re, im)
			vr.Add(vr, cs[i])
		}
		// step = v/d
		den := new(big.Float).SetPrec(prec).Add(new(big.Float).SetPrec(prec).Mul(dr, dr), new(big.Float).SetPrec(prec).Mul(di, di))
		if den.Sign() == 0 {
			break
		}
		sr, si := mul(vr, vi, dr, new(big.Float).SetPrec(prec).Neg(di))
		sr.Quo(sr, den)
		si.Quo(si, den)
		re.Sub(re, sr)
		im.Sub(im, si)
		// stop when the step is below the precision
		mag := new(big.Float).SetPrec(prec).Add(new(big.Float).Abs(re), new(big.Float).Abs(im))
		step := new(big.Float).SetPrec(prec).Add(new(big.Float).Abs(sr), new(big.Float).Abs(si))
		if step.Sign() == 0 || mag.Sign() != 0 && step.MantExp(nil)-mag.MantExp(nil) < -int(prec)+8 {
			break
		}
	}
	return [2]*big.Float{re, im}
}
