package engine

import (
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// evalfHook evaluates a function numerically on complex arguments at the
// evaluator's working precision (SymPy's _eval_evalf, mpmath's function).
type evalfHook func(ev *evaluator, args []cval) (cval, error)

// unary makes the hook of a one-argument function.
func unary(f func(ev *evaluator, a cval) (cval, error)) evalfHook {
	return func(ev *evaluator, args []cval) (cval, error) {
		if len(args) != 1 {
			return cval{}, errNotNumeric
		}
		return f(ev, args[0])
	}
}

// total wraps a function that cannot fail.
func total(f func(ev *evaluator, a cval) cval) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) { return f(ev, a), nil })
}

// recipArg is f(1/a): acot from atan, asec from acos, ...
func recipArg(f func(ev *evaluator, a cval) (cval, error)) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) {
		ia, err := ev.inv(a)
		if err != nil {
			return ia, err
		}
		return f(ev, ia)
	})
}

// inverseOf is 1/f(a): sec from cos, csch from sinh, ...
func inverseOf(f func(ev *evaluator, a cval) cval) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) { return ev.inv(f(ev, a)) })
}

// quotient is num(a)/den(a): tan as sin/cos, coth as cosh/sinh, ...
func quotient(num, den func(ev *evaluator, a cval) cval) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) { return ev.quo(num(ev, a), den(ev, a)) })
}

func sinOf(ev *evaluator, a cval) cval  { s, _ := ev.sinCos(a); return s }
func cosOf(ev *evaluator, a cval) cval  { _, c := ev.sinCos(a); return c }
func sinhOf(ev *evaluator, a cval) cval { s, _ := ev.sinhCosh(a); return s }
func coshOf(ev *evaluator, a cval) cval { _, c := ev.sinhCosh(a); return c }

// roundTo is floor (up false) or ceiling (up true) of a real value.
func roundTo(ev *evaluator, a cval, up bool) (cval, error) {
	if !a.isReal() {
		return cval{}, errNotNumeric
	}
	r := a.re.ToRat()
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if !up && r.Sign() < 0 && !r.IsInt() {
		q.Sub(q, big.NewInt(1))
	}
	if up && r.Sign() > 0 && !r.IsInt() {
		q.Add(q, big.NewInt(1))
	}
	return ev.real(mpf.FromInt(q, 0)), nil
}

// Reasons a built-in lacks a hook (hooks.lacks).
const (
	lackReal   = "is_real depends on where the argument lies; dcalc does not decide it"
	lackSeries = "dcalc's series does not expand it (NotImplementedError)"
	lackGamma  = "SymPy's rule depends on integrality facts dcalc does not track, or machine-precision evaluation is not ported"
	lackMinMax = "evaluated at construction for comparable arguments"
	lackErfC   = "Go's math has the real error functions only: complex arguments are not evaluated at machine precision"
	lackReDiff = "the derivative of re/im of a complex argument stays unevaluated, as SymPy's (funcDerivative)"
	lackStep   = "a step function: its derivative is 0 almost everywhere and DiracDelta is not implemented"
)

// lack lists hooks a function lacks, all for one reason.
func lack(reason string, names ...string) map[string]string {
	m := map[string]string{}
	for _, n := range names {
		m[n] = reason
	}
	return m
}

// also adds the hooks names, lacking for reason, to m.
func also(m map[string]string, reason string, names ...string) map[string]string {
	for _, n := range names {
		m[n] = reason
	}
	return m
}
