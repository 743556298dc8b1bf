package engine

import (
	"math"
	"math/cmplx"
)

var bigOne = One.Big()

// evalComplex evaluates a numeric expression in complex128 arithmetic (as
// Python's complex(expr) does for sorting); ok is false when e has free
// symbols or an unknown function.
func evalComplex(e Expr) (complex128, bool) {
	switch x := e.(type) {
	case *Integer, *Rational:
		f, _ := toRat(e).Float64()
		return complex(f, 0), true
	case *Float:
		return complex(x.Float64(), 0), true
	case *Special:
		switch x {
		case Oo:
			return complex(math.Inf(1), 0), true
		case NegOo:
			return complex(math.Inf(-1), 0), true
		}
		return complex(math.NaN(), 0), false
	case *Constant:
		switch x {
		case Pi:
			return math.Pi, true
		case E:
			return math.E, true
		case I:
			return 1i, true
		}
		if v, ok := ConstantFloat64(x); ok {
			return complex(v, 0), true
		}
		return 0, false
	case *Add:
		var s complex128
		for _, a := range x.args {
			v, ok := evalComplex(a)
			if !ok {
				return 0, false
			}
			s += v
		}
		return s, true
	case *Mul:
		p := complex(1, 0)
		for _, a := range x.args {
			v, ok := evalComplex(a)
			if !ok {
				return 0, false
			}
			p *= v
		}
		return p, true
	case *Pow:
		b, ok1 := evalComplex(x.args[0])
		ex, ok2 := evalComplex(x.args[1])
		if !ok1 || !ok2 {
			return 0, false
		}
		if imag(b) == 0 && imag(ex) == 0 && (real(b) >= 0 || real(ex) == math.Trunc(real(ex))) {
			return complex(math.Pow(real(b), real(ex)), 0), true
		}
		return cmplx.Pow(b, ex), true
	case *Func:
		if x.def.Undefined || x.def.boolean {
			return 0, false
		}
		if x.def == fnPiecewise {
			return piecewiseComplex(x)
		}
		vs := make([]complex128, len(x.args))
		for i, a := range x.args {
			v, ok := evalComplex(a)
			if !ok {
				return 0, false
			}
			vs[i] = v
		}
		if x.def.evalc == nil {
			return evalfComplex(x)
		}
		return x.def.evalc(vs)
	}
	return 0, false
}

// evalfComplex is the value of a call with no machine-precision hook
// (erf, erfi, Ei, Si, ...) through its evalf at 15 digits, as Python's
// complex() of a SymPy number does.
func evalfComplex(e *Func) (complex128, bool) {
	if e.def.evalf == nil {
		return 0, false
	}
	v, err := Evalf(e, 15, nil)
	if err != nil || anyNode(v, func(s Expr) bool { _, call := s.(*Func); return call }) {
		return 0, false
	}
	return evalComplex(v)
}
