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

// evalfHooks are the numeric evaluations of the built-in functions, by
// family; register attaches each to its definition. A function without
// one is listed in noEvalf with the reason.
var evalfHooks = map[string]evalfHook{
	// the error function, of real arguments
	"erf": unary(func(ev *evaluator, a cval) (cval, error) {
		if !a.isReal() {
			return cval{}, notImpl("dcalc evaluates erf of real numbers only")
		}
		return ev.real(mpf.Erf(a.re, ev.wp)), nil
	}),
	"erfc": unary(func(ev *evaluator, a cval) (cval, error) {
		if !a.isReal() {
			return cval{}, notImpl("dcalc evaluates erfc of real numbers only")
		}
		return ev.real(mpf.Erfc(a.re, ev.wp)), nil
	}),
	"erfi": unary(func(ev *evaluator, a cval) (cval, error) {
		if !a.isReal() {
			return cval{}, notImpl("dcalc evaluates erfi of real numbers only")
		}
		return ev.real(mpf.Erfi(a.re, ev.wp)), nil
	}),
	// exponential and logarithm
	"exp": total(func(ev *evaluator, a cval) cval { return ev.exp(a) }),
	"log": func(ev *evaluator, args []cval) (cval, error) {
		switch len(args) {
		case 1:
			return ev.log(args[0])
		case 2: // log(x, b) = log(x)/log(b)
			l1, err := ev.log(args[0])
			if err != nil {
				return l1, err
			}
			l2, err := ev.log(args[1])
			if err != nil {
				return l2, err
			}
			return ev.quo(l1, l2)
		}
		return cval{}, errNotNumeric
	},

	// trigonometric
	"sin": total(sinOf),
	"cos": total(cosOf),
	"tan": unary(func(ev *evaluator, a cval) (cval, error) {
		if a.isReal() {
			return ev.real(mpf.Tan(a.re, ev.wp)), nil
		}
		return ev.quo(sinOf(ev, a), cosOf(ev, a))
	}),
	"cot": quotient(cosOf, sinOf),
	"sec": inverseOf(cosOf),
	"csc": inverseOf(sinOf),

	// hyperbolic
	"sinh": total(sinhOf),
	"cosh": total(coshOf),
	"tanh": unary(func(ev *evaluator, a cval) (cval, error) {
		if a.isReal() {
			return ev.real(mpf.Tanh(a.re, ev.wp)), nil
		}
		return ev.quo(sinhOf(ev, a), coshOf(ev, a))
	}),
	"coth": quotient(coshOf, sinhOf),
	"sech": inverseOf(coshOf),
	"csch": inverseOf(sinhOf),

	// inverse trigonometric and hyperbolic
	"asin":  unary((*evaluator).asin),
	"acos":  unary((*evaluator).acos),
	"atan":  unary((*evaluator).atan),
	"acot":  recipArg((*evaluator).atan),
	"asec":  recipArg((*evaluator).acos),
	"acsc":  recipArg((*evaluator).asin),
	"asinh": unary((*evaluator).asinh),
	"acosh": unary((*evaluator).acosh),
	"atanh": unary((*evaluator).atanh),
	"acoth": recipArg((*evaluator).atanh),

	// complex parts
	"Abs":       total(func(ev *evaluator, a cval) cval { return ev.real(ev.abs(a)) }),
	"re":        total(func(ev *evaluator, a cval) cval { return ev.real(a.re) }),
	"im":        total(func(ev *evaluator, a cval) cval { return ev.real(a.im) }),
	"conjugate": total(func(ev *evaluator, a cval) cval { return cval{a.re, a.im.Neg()} }),
	"arg": unary(func(ev *evaluator, a cval) (cval, error) {
		if a.re.IsZero() && a.im.IsZero() {
			return cval{}, errNotNumeric
		}
		return ev.real(mpf.Atan2(a.im, a.re, ev.wp)), nil
	}),
	"sign": unary(func(ev *evaluator, a cval) (cval, error) {
		if a.re.IsZero() && a.im.IsZero() {
			return a, nil
		}
		return ev.quo(a, ev.real(ev.abs(a)))
	}),

	// integer parts
	"floor":   unary(func(ev *evaluator, a cval) (cval, error) { return roundTo(ev, a, false) }),
	"ceiling": unary(func(ev *evaluator, a cval) (cval, error) { return roundTo(ev, a, true) }),
}

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

// noEvalf are the built-in functions without a numeric evaluation, and
// why: evalf leaves them as they are (SymPy evaluates their arguments).
var noEvalf = map[string]string{
	"factorial": "evaluated exactly at construction for integer arguments; gamma is not implemented",
	"binomial":  "evaluated exactly at construction for integer arguments; gamma is not implemented",
	"Max":       "evaluated at construction for comparable arguments",
	"Min":       "evaluated at construction for comparable arguments",
	"O":         "an order term is not a number",
	"Integral":  "not a function of numbers: the evaluator integrates it numerically (quad.go)",
}
