package engine

import (
	"math"
	"math/cmplx"

	"github.com/dcalc/dcalc/engine/mpf"
)

// LambertW(x) and LambertW(x, k), the branches of the inverse of
// w*exp(w), as SymPy's sympy.functions.elementary.exponential defines
// them: the special values of eval, fdiff, the real-valuedness of the
// principal and k = -1 branches, W(x) in the pretty printer and W_{k}
// in LaTeX, and numeric values as mpmath's lambertw (real or complex).
var fnLambertW = builtin("LambertW", 0, 1, 2)

func init() {
	fnLambertW.hooks = hooks{
		eval: evalLambertW,
		fdiff: func(a []Expr, i int) Expr {
			if i != 0 {
				return nil
			}
			w := fnLambertW.call(a...)
			return Div(w, NewMul(a[0], NewAdd(One, w)))
		},
		evalf: evalfLambertW,
		evalc: func(z []complex128) (complex128, bool) {
			k := 0.0
			if len(z) == 2 {
				k = real(z[1])
				if imag(z[1]) != 0 || k != math.Trunc(k) || math.Abs(k) > 1e6 {
					return 0, false
				}
			}
			return lambertWC(z[0], int(k))
		},
		real:  lambertWReal,
		lacks: lack(lackSeries, "series"),
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			if exp != "" {
				exp = "^{" + exp + "}"
			}
			if len(args) == 1 {
				return `W` + exp + `\left(` + args[0] + `\right)`
			}
			return `W` + exp + `_{` + args[1] + `}\left(` + args[0] + `\right)`
		},
		pretty: func(p *prettyPrinter, f *Func) *pict { return p.funcForm("W", f.args) },
	}
}

// evalLambertW is LambertW.eval: LambertW(x, 0) is LambertW(x); the
// principal branch's values at 0, E, -1/E, -log(2)/2, 2*log(2), -pi/2,
// exp(1 + E) and oo; -oo at 0 on the other branches; the k = -1 values
// at -pi/2, -1/E and -2*exp(-2).
func evalLambertW(a []Expr) Expr {
	x := a[0]
	k := Expr(Zero)
	if len(a) == 2 {
		k = a[1]
		if Equal(k, Zero) {
			return fnLambertW.call(x)
		}
	}
	negInvE := Neg(Div(One, E))
	if IsZero(k) == True {
		for _, c := range []struct{ at, val Expr }{
			{E, One},
			{negInvE, NegOne},
			{Div(Neg(fnLog.call(Two)), Two), Neg(fnLog.call(Two))},
			{NewMul(Two, fnLog.call(Two)), fnLog.call(Two)},
			{Div(Neg(Pi), Two), Div(NewMul(I, Pi), Two)},
			{fnExp.call(NewAdd(One, E)), E},
			{Oo, Oo},
		} {
			if Equal(x, c.at) {
				return c.val
			}
		}
		if IsZero(x) == True {
			return Zero
		}
	}
	if IsZero(k) == False && IsZero(x) == True {
		return NegOo
	}
	if Equal(k, NegOne) {
		for _, c := range []struct{ at, val Expr }{
			{Div(Neg(Pi), Two), Neg(Div(NewMul(I, Pi), Two))},
			{negInvE, NegOne},
			{NewMul(NegOne, Two, fnExp.call(NewInt(-2))), NewInt(-2)},
		} {
			if Equal(x, c.at) {
				return c.val
			}
		}
	}
	return nil
}

// lambertWReal is LambertW._eval_is_extended_real.
func lambertWReal(a []Expr) Tri {
	x := a[0]
	k := Expr(Zero)
	if len(a) == 2 {
		k = a[1]
	}
	shifted := NewAdd(x, Div(One, E))
	real := IsReal(x) == True
	switch {
	case IsZero(k) == True:
		if IsPositive(shifted) == True {
			return True
		}
		if IsReal(shifted) == True && IsPositive(shifted) == False {
			return False
		}
	case IsZero(NewAdd(k, One)) == True:
		if IsNegative(x) == True && IsPositive(shifted) == True {
			return True
		}
		if (real && IsPositive(x) == False) || (IsReal(shifted) == True && IsNegative(shifted) == False) {
			return False
		}
	case IsZero(k) == False && IsZero(NewAdd(k, One)) == False:
		if real {
			return False
		}
	}
	return Unknown
}

// evalfLambertW is mpmath's lambertw(z, k): Halley's iteration at the
// working precision from lambertWC's machine-precision value.
func evalfLambertW(ev *evaluator, a []cval) (cval, error) {
	k := 0
	if len(a) == 2 {
		kf := a[1].re.ToFloat64()
		if !a[1].isReal() || kf != math.Trunc(kf) || math.Abs(kf) > 1e6 {
			return cval{}, errNotNumeric
		}
		k = int(kf)
	}
	z := a[0]
	if z.re.IsZero() && z.im.IsZero() {
		if k == 0 {
			return ev.real(mpf.Zero(ev.wp)), nil
		}
		return cval{}, errInfinite
	}
	w0, ok := lambertWC(complex(z.re.ToFloat64(), z.im.ToFloat64()), k)
	if !ok {
		return cval{}, errorf("NotImplementedError", "dcalc cannot evaluate LambertW here")
	}
	target := ev.wp
	ev.wp += 20
	defer func() { ev.wp = target }()
	w := cval{mpf.FromFloat64(real(w0), ev.wp), mpf.FromFloat64(imag(w0), ev.wp)}
	one := ev.one()
	two := ev.real(mpf.FromInt64(2, ev.wp))
	tol := mpf.PowInt(mpf.FromInt64(2, ev.wp), -(target + 10), ev.wp)
	for range 200 {
		ew := ev.exp(w)
		f := ev.sub(ev.mul(w, ew), z)
		w1 := ev.add(w, one)
		corr, err := ev.quo(ev.mul(ev.add(w, two), f), ev.mul(two, w1))
		if err != nil {
			break
		}
		dw, err := ev.quo(f, ev.sub(ev.mul(ew, w1), corr))
		if err != nil {
			break
		}
		w = ev.sub(w, dw)
		if mpf.Cmp(ev.abs(dw), mpf.Mul(ev.abs(w), tol, ev.wp)) <= 0 {
			break
		}
	}
	return w, nil
}

// lambertWC is W_k(z) in complex128: the real branches through
// lambertW64, otherwise Halley's iteration from the branch-point series
// or the asymptotic log(z) + 2*pi*I*k - log(log(z) + 2*pi*I*k); the
// result must satisfy w + log(w) = log(z) + 2*pi*I*k (the branch's
// defining identity), or ok is false.
func lambertWC(z complex128, k int) (complex128, bool) {
	if imag(z) == 0 {
		if w, ok := lambertW64(real(z), float64(k)); ok {
			return complex(w, 0), true
		}
	}
	if z == 0 || cmplx.IsNaN(z) || cmplx.IsInf(z) {
		return 0, false
	}
	var w complex128
	lk := cmplx.Log(z) + complex(0, 2*math.Pi*float64(k))
	negReal := imag(z) == 0 && real(z) < 0
	switch {
	case k == 0 && cmplx.Abs(z) <= 1 && !negReal:
		w = z * (1 - z + 1.5*z*z)
	case k == 0 && cmplx.Abs(z+1/math.E) < 1:
		// the series at the branch point -1/e (complex for z < -1/e)
		p := cmplx.Sqrt(2 * (complex(math.E, 0)*z + 1))
		w = -1 + p - p*p/3 + 11*p*p*p/72
	default:
		w = lk - cmplx.Log(lk)
	}
	w = halleyW(w, z)
	n := (w + cmplx.Log(w) - cmplx.Log(z)) / complex(0, 2*math.Pi)
	if cmplx.IsNaN(w) || math.Abs(real(n)-float64(k)) > 1e-6 || math.Abs(imag(n)) > 1e-6 {
		return 0, false
	}
	return w, true
}

// lambertW64 is the real branch k (0 or -1) of W at x in float64, and
// false where that branch is not real.
func lambertW64(x, k float64) (float64, bool) {
	const invE = 0.36787944117144233
	switch {
	case math.IsNaN(x) || x < -invE:
		return 0, false
	case k == 0 && x == 0:
		return 0, true
	case k == 0 && math.IsInf(x, 1):
		return x, true
	case k == -1 && x >= 0:
		return 0, false
	case k != 0 && k != -1:
		return 0, false
	}
	var w float64
	p := math.Sqrt(2 * (math.E*x + 1))
	switch {
	case k == -1 && x > -0.25:
		l1 := math.Log(-x)
		w = l1 - math.Log(-l1)
	case k == -1:
		p = -p
		w = -1 + p - p*p/3 + 11*p*p*p/72
	case x < 0.5:
		w = -1 + p - p*p/3 + 11*p*p*p/72
	case x < 3:
		w = math.Log1p(x) * 0.7
	default:
		l1 := math.Log(x)
		w = l1 - math.Log(l1)
	}
	return real(halleyW(complex(w, 0), complex(x, 0))), true
}

// halleyW refines w toward a solution of w*exp(w) = z by Halley's
// iteration in machine precision.
func halleyW(w, z complex128) complex128 {
	for range 200 {
		ew := cmplx.Exp(w)
		f := w*ew - z
		if w == -1 {
			break
		}
		dw := f / (ew*(w+1) - (w+2)*f/(2*w+2))
		w -= dw
		if cmplx.Abs(dw) <= 1e-16*cmplx.Abs(w) {
			break
		}
	}
	return w
}
