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
		if x.def.Undefined {
			return 0, false
		}
		vs := make([]complex128, len(x.args))
		for i, a := range x.args {
			v, ok := evalComplex(a)
			if !ok {
				return 0, false
			}
			vs[i] = v
		}
		return complexFunc(x.def.Name, vs)
	}
	return 0, false
}

func complexFunc(name string, v []complex128) (complex128, bool) {
	z := v[0]
	real1 := imag(z) == 0
	r := real(z)
	switch name {
	case "exp":
		return cmplx.Exp(z), true
	case "log":
		if len(v) == 2 {
			return cmplx.Log(z) / cmplx.Log(v[1]), true
		}
		if real1 && r > 0 {
			return complex(math.Log(r), 0), true
		}
		return cmplx.Log(z), true
	case "sin":
		return cmplx.Sin(z), true
	case "cos":
		return cmplx.Cos(z), true
	case "tan":
		return cmplx.Tan(z), true
	case "cot":
		return 1 / cmplx.Tan(z), true
	case "sec":
		return 1 / cmplx.Cos(z), true
	case "csc":
		return 1 / cmplx.Sin(z), true
	case "asin":
		return cmplx.Asin(z), true
	case "acos":
		return cmplx.Acos(z), true
	case "atan":
		return cmplx.Atan(z), true
	case "acot":
		return cmplx.Atan(1 / z), true
	case "asec":
		return cmplx.Acos(1 / z), true
	case "acsc":
		return cmplx.Asin(1 / z), true
	case "sinh":
		return cmplx.Sinh(z), true
	case "cosh":
		return cmplx.Cosh(z), true
	case "tanh":
		return cmplx.Tanh(z), true
	case "coth":
		return 1 / cmplx.Tanh(z), true
	case "sech":
		return 1 / cmplx.Cosh(z), true
	case "csch":
		return 1 / cmplx.Sinh(z), true
	case "asinh":
		return cmplx.Asinh(z), true
	case "acosh":
		return cmplx.Acosh(z), true
	case "atanh":
		return cmplx.Atanh(z), true
	case "acoth":
		return cmplx.Atanh(1 / z), true
	case "Abs":
		return complex(cmplx.Abs(z), 0), true
	case "sign":
		if z == 0 {
			return 0, true
		}
		return z / complex(cmplx.Abs(z), 0), true
	}
	return 0, false
}
