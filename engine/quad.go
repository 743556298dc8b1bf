package engine

import (
	"errors"
	"math"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Numerical integration for evalf of a definite Integral, as SymPy's
// evalf_integral does with mpmath's quad: tanh-sinh quadrature (the
// nodes crowd towards the ends, so endpoint singularities such as
// 1/sqrt(x) converge), level by level until two levels agree to the
// working precision. The evaluator computes every Integral twice, at
// two precisions, and keeps the digits both agree on, so the value
// printed is the integral correctly rounded. An infinite limit is
// mapped to a finite one (x = a + s/(1 - s)). A quadrature that does
// not settle (an oscillating integrand to infinity, a singularity not
// at an end) raises NotImplementedError rather than print digits that
// may differ from SymPy's.

// maxQuadLevel bounds the halvings of the tanh-sinh step.
const maxQuadLevel = 12

// errQuad is the NotImplementedError of an integral the quadrature
// cannot do.
func errQuad(f *Func, why string) error {
	return notImpl("dcalc cannot evaluate " + Str(f) + " numerically: " + why)
}

// integral evaluates Integral(f, (x, a, b)) at the working precision.
func (ev *evaluator) integral(in *Func) (cval, error) {
	if len(in.args) != 2 {
		return cval{}, errQuad(in, "only single integrals are integrated numerically")
	}
	lim, ok := in.args[1].(*Tuple)
	if !ok || len(lim.args) != 3 {
		return cval{}, errNotNumeric // an indefinite integral stays as it is
	}
	x, ok := lim.args[0].(*Symbol)
	if !ok {
		return cval{}, errNotNumeric
	}
	f := in.args[0]
	wp := ev.wp
	lo, hi := lim.args[1], lim.args[2]
	inf := func(e Expr) int {
		switch e {
		case Oo:
			return 1
		case NegOo:
			return -1
		}
		return 0
	}
	ainf, binf := inf(lo), inf(hi)
	if Equal(lo, hi) {
		return cval{mpf.Zero(wp), mpf.Zero(wp)}, nil
	}
	for _, e := range []Expr{lo, hi} {
		if inf(e) == 0 {
			v, err := ev.eval(e)
			if err != nil {
				return cval{}, err
			}
			if !v.isReal() {
				return cval{}, errQuad(in, "a limit is not real")
			}
		}
	}
	// The integrand is taken from each end, x = end ± u, substituted
	// symbolically, so that near an end the offset u is exact (1 - x
	// at x = 1 - u is u, not a rounded difference) and an integrable
	// singularity there is summed far enough.
	u := NewDummy("u")
	from := func(end Expr, dir int) Expr {
		return SubsPairs(f, [][2]Expr{{x, NewAdd(end, NewMul(NewInt(int64(dir)), u))}})
	}
	eval := func(g Expr, t mpf.Float) (v cval, err error) {
		sub := &evaluator{wp: wp, subs: append(append([][2]Expr(nil), ev.subs...), [2]Expr{u, floatFrom(t)})}
		defer recoverTo(&err) // an exponent beyond dcalc's floats' range
		v, err = sub.eval(g)
		if errors.Is(err, errInfinite) {
			err = errQuad(in, "the integrand is infinite inside the interval")
		}
		return v, err
	}
	infinite := ainf != 0 || binf != 0
	at := func(g Expr) func(mpf.Float) (cval, error) {
		return func(t mpf.Float) (cval, error) {
			v, err := eval(g, t)
			if err == nil || !infinite {
				return v, err
			}
			// Far out on an infinite range the nodes reach astronomic
			// u, where a decaying integrand (exp(-x**2)) underflows
			// dcalc's floats: nearer in, at u = 2**(e/2), 2**(e/4), ...,
			// it must already be negligible (|f|*u**2 < 2**(-2*wp)) to
			// count as 0
			m, ok := t.Mag()
			for ok && m > 8 {
				m /= 2
				y := mpf.FromMantExp(bigOne, m, wp, false)
				fy, yerr := eval(g, y)
				if yerr != nil {
					continue
				}
				size := mpf.Mul(mpf.Add(fy.re.Abs(), fy.im.Abs(), wp), mpf.Mul(y, y, wp), wp)
				if sm, ok := size.Mag(); size.IsZero() || ok && sm < -2*wp {
					return cval{mpf.Zero(wp), mpf.Zero(wp)}, nil
				}
				break
			}
			if e, ok := err.(*Error); ok && strings.Contains(e.Msg, "binary exponents") {
				err = errQuad(in, "the integrand does not become negligible towards infinity")
			}
			return v, err
		}
	}
	sum := func(a, b cval) cval { return cval{mpf.Add(a.re, b.re, wp), mpf.Add(a.im, b.im, wp)} }
	zero, one := mpf.Zero(wp), mpf.FromInt64(1, wp)
	var parts []func() (cval, error)
	switch {
	case !infinite:
		width, err := ev.eval(Sub(hi, lo))
		if err != nil {
			return cval{}, err
		}
		// From lo forward and from hi back, split at an irrational
		// fraction of the interval: a kink or singularity inside (sqrt(x)
		// over [-1, 1]) then lies inside one part, where the quadrature
		// does not settle and dcalc refuses, as mpmath's estimate makes
		// SymPy print fewer digits there. A reversed interval has a
		// negative width, which tanhSinh turns round.
		r := mpf.Sub(mpf.Sqrt(mpf.FromInt64(2, wp), wp), one, wp)
		w1 := mpf.Mul(width.re, r, wp)
		w2 := mpf.Sub(width.re, w1, wp)
		parts = append(parts,
			func() (cval, error) { return tanhSinh(at(from(lo, 1)), zero, w1, wp) },
			func() (cval, error) { return tanhSinh(at(from(hi, -1)), zero, w2, wp) })
	case ainf == 0 && binf == 1:
		parts = append(parts, func() (cval, error) { return tanhSinh(halfLine(at(from(lo, 1)), wp), zero, one, wp) })
	case ainf == -1 && binf == 0:
		parts = append(parts, func() (cval, error) { return tanhSinh(halfLine(at(from(hi, -1)), wp), zero, one, wp) })
	case ainf == -1 && binf == 1:
		parts = append(parts,
			func() (cval, error) { return tanhSinh(halfLine(at(from(Zero, -1)), wp), zero, one, wp) },
			func() (cval, error) { return tanhSinh(halfLine(at(from(Zero, 1)), wp), zero, one, wp) })
	default: // from oo, or to -oo
		return cval{}, errQuad(in, "the limits run backwards to infinity")
	}
	total := cval{zero, zero}
	for _, p := range parts {
		v, err := p()
		if err == errQuadNoConvergence {
			return cval{}, errQuad(in, "the quadrature does not converge")
		}
		if err != nil {
			return cval{}, err
		}
		total = sum(total, v)
	}
	// an integral that is zero to the working precision (cos(4*x) over
	// [0, pi]): SymPy prints an artefact of its accuracy bookkeeping
	// there (-0.e-104), which dcalc does not reproduce
	size := mpf.Add(total.re.Abs(), total.im.Abs(), wp)
	if m, ok := size.Mag(); size.IsZero() || ok && m < 20-wp {
		return cval{}, errQuad(in, "its value is zero to the working precision")
	}
	return total, nil
}

// halfLine maps [0, 1) to [0, oo): u = s/(1 - s), du = ds/(1 - s)**2.
func halfLine(f func(mpf.Float) (cval, error), wp int) func(mpf.Float) (cval, error) {
	one := mpf.FromInt64(1, wp)
	return func(s mpf.Float) (cval, error) {
		d := mpf.Sub(one, s, s.Prec())
		if d.IsZero() {
			return cval{mpf.Zero(wp), mpf.Zero(wp)}, nil
		}
		v, err := f(mpf.Quo(s, d, wp))
		if err != nil {
			return v, err
		}
		d2 := mpf.Mul(d, d, wp)
		return cval{mpf.Quo(v.re, d2, wp), mpf.Quo(v.im, d2, wp)}, nil
	}
}

// errQuadNoConvergence: the levels did not agree.
var errQuadNoConvergence = notImpl("quadrature did not converge")

// tanhSinh integrates f over [a, b] at precision wp: x = mid + half*tanh(u),
// u = pi/2*sinh(t), weight half*pi/2*cosh(t)/cosh(u)**2, step 2**-k. The
// nodes reach within 2**-(3*wp) of the ends, and are computed with the
// precision that holds them exactly, so that an integrable singularity
// at an end is summed far enough.
func tanhSinh(f func(mpf.Float) (cval, error), a, b mpf.Float, wp int) (cval, error) {
	zero := cval{mpf.Zero(wp), mpf.Zero(wp)}
	if mpf.Cmp(a, b) == 0 {
		return zero, nil
	}
	sign := 1
	if mpf.Cmp(a, b) > 0 {
		a, b, sign = b, a, -1
	}
	xp := 5 * wp // the precision of the nodes
	two := mpf.FromInt64(2, wp)
	half := mpf.Quo(mpf.Sub(b, a, xp), two, xp)
	mid := mpf.Quo(mpf.Add(a, b, xp), two, xp)
	halfPi := mpf.Quo(mpf.Pi(wp), two, wp)
	umax := float64(3*wp+8) * math.Ln2 / 2
	tmax := math.Asinh(umax / (math.Pi / 2))
	add := func(s, v cval) cval { return cval{mpf.Add(s.re, v.re, wp), mpf.Add(s.im, v.im, wp)} }
	scale := func(v cval, w mpf.Float) cval { return cval{mpf.Mul(v.re, w, wp), mpf.Mul(v.im, w, wp)} }
	// the contribution of the nodes at t and -t
	pair := func(t mpf.Float) (cval, error) {
		u := mpf.Mul(halfPi, mpf.Sinh(t, wp), wp)
		eu := mpf.Exp(u, wp)
		e2 := mpf.Mul(eu, eu, wp)
		gap := mpf.Quo(two, mpf.Add(e2, mpf.FromInt64(1, wp), wp), wp) // 1 - tanh(u)
		off := mpf.Mul(half, gap, wp)
		c := mpf.Add(eu, mpf.Quo(mpf.FromInt64(1, wp), eu, wp), wp) // 2*cosh(u)
		w := mpf.Quo(mpf.Mul(mpf.Mul(halfPi, mpf.Cosh(t, wp), wp), mpf.FromInt64(4, wp), wp), mpf.Mul(c, c, wp), wp)
		hi, lo := mpf.Sub(b, off, xp), mpf.Add(a, off, xp)
		s := zero
		for _, p := range []mpf.Float{hi, lo} {
			if mpf.Cmp(p, a) <= 0 || mpf.Cmp(p, b) >= 0 {
				continue // at an end within the precision: weight negligible
			}
			v, err := f(p)
			if err != nil {
				return v, err
			}
			s = add(s, v)
		}
		return scale(s, w), nil
	}
	f0, err := f(mid)
	if err != nil {
		return f0, err
	}
	sum := scale(f0, halfPi) // the node t = 0
	halfW := half.WithPrec(wp)
	h := 1.0
	for j := 1; float64(j)*h <= tmax; j++ {
		v, err := pair(mpf.FromInt64(int64(j), wp))
		if err != nil {
			return v, err
		}
		sum = add(sum, v)
	}
	prev := scale(sum, halfW)
	tol := mpf.FromMantExp(bigOne, 10-wp, wp, false)
	for k := 1; k <= maxQuadLevel; k++ {
		h /= 2
		hk := mpf.FromMantExp(bigOne, -k, wp, false) // 2**-k
		for j := 1; float64(j)*h <= tmax; j += 2 {
			v, err := pair(mpf.Mul(mpf.FromInt64(int64(j), wp), hk, wp))
			if err != nil {
				return v, err
			}
			sum = add(sum, v)
		}
		cur := scale(scale(sum, hk), halfW)
		diff := mpf.Add(mpf.Sub(cur.re, prev.re, wp).Abs(), mpf.Sub(cur.im, prev.im, wp).Abs(), wp)
		size := mpf.Add(cur.re.Abs(), cur.im.Abs(), wp)
		if one := mpf.FromInt64(1, wp); mpf.Cmp(size, one) < 0 {
			size = one
		}
		if k >= 3 && mpf.Cmp(diff, mpf.Mul(size, tol, wp)) <= 0 {
			if sign < 0 {
				cur = cval{cur.re.Neg(), cur.im.Neg()}
			}
			return cur, nil
		}
		prev = cur
	}
	return zero, errQuadNoConvergence
}
