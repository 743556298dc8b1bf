package session

import (
	"math"
	"math/big"
)

var mathMod *Module

// mathModule returns Python's math module (the common functions).
func mathModule() *Module {
	if mathMod != nil {
		return mathMod
	}
	m := &Module{Name: "math", Attrs: map[string]Value{
		"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN(),
	}}
	f1 := func(name string, fn func(float64) float64) {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			r := fn(in.toFloat(args[0]))
			if math.IsNaN(r) && !math.IsNaN(in.toFloat(args[0])) {
				throw("ValueError", "math domain error")
			}
			return r
		}}
	}
	f1("sqrt", math.Sqrt)
	m.Attrs["gamma"] = mathGammaFn("gamma", mathGamma)
	m.Attrs["lgamma"] = mathGammaFn("lgamma", mathLgamma)
	m.Attrs["exp"] = &Builtin{Name: "exp", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("exp", args, 1, 1)
		x := in.toFloat(args[0])
		r := libmExp(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			throw("OverflowError", "math range error")
		}
		return r
	}}
	m.Attrs["copysign"] = &Builtin{Name: "copysign", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("copysign", args, 2, 2)
		return math.Copysign(in.toFloat(args[0]), in.toFloat(args[1]))
	}}
	m.Attrs["fmod"] = &Builtin{Name: "fmod", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("fmod", args, 2, 2)
		x, y := in.toFloat(args[0]), in.toFloat(args[1])
		if y == 0 && !math.IsNaN(x) || math.IsInf(x, 0) {
			throw("ValueError", "math domain error")
		}
		return math.Mod(x, y)
	}}
	f1("sin", libmSin)
	f1("cos", libmCos)
	f1("tan", libmTan)
	f1("asin", libmAsin)
	f1("acos", libmAcos)
	f1("atan", libmAtan)
	f1("sinh", math.Sinh)
	f1("cosh", math.Cosh)
	f1("tanh", math.Tanh)
	f1("log10", libmLog10)
	f1("log2", libmLog2)
	f1("fabs", math.Abs)
	f1("degrees", func(x float64) float64 { return x * 180 / math.Pi })
	f1("radians", func(x float64) float64 { return x * math.Pi / 180 })
	m.Attrs["log"] = &Builtin{Name: "log", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("log", args, 1, 2)
		x := in.toFloat(args[0])
		if x <= 0 {
			throw("ValueError", "math domain error")
		}
		if len(args) == 2 {
			return libmLog(x) / libmLog(in.toFloat(args[1]))
		}
		return libmLog(x)
	}}
	m.Attrs["atan2"] = &Builtin{Name: "atan2", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("atan2", args, 2, 2)
		return libmAtan2(in.toFloat(args[0]), in.toFloat(args[1]))
	}}
	m.Attrs["pow"] = &Builtin{Name: "pow", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("pow", args, 2, 2)
		x, y := in.toFloat(args[0]), in.toFloat(args[1])
		if x < 0 && y != math.Trunc(y) || x == 0 && y < 0 {
			throw("ValueError", "math domain error")
		}
		return libmPow(x, y)
	}}
	m.Attrs["hypot"] = &Builtin{Name: "hypot", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		s := 0.0
		for _, a := range args {
			f := in.toFloat(a)
			s += f * f
		}
		return math.Sqrt(s)
	}}
	toI := func(name string, fn func(float64) float64) {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			if b, ok := args[0].(*big.Int); ok {
				return b
			}
			return in.toInt(fn(in.toFloat(args[0])))
		}}
	}
	toI("floor", math.Floor)
	toI("ceil", math.Ceil)
	toI("trunc", math.Trunc)
	m.Attrs["factorial"] = &Builtin{Name: "factorial", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("factorial", args, 1, 1)
		n := in.toIndex(args[0])
		if n < 0 {
			throw("ValueError", "factorial() not defined for negative values")
		}
		if n > 1<<20 {
			throw("MemoryError", "") // math/big cannot be interrupted
		}
		return new(big.Int).MulRange(1, n)
	}}
	m.Attrs["gcd"] = &Builtin{Name: "gcd", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		g := big.NewInt(0)
		for _, a := range args {
			g.GCD(nil, nil, new(big.Int).Abs(g), new(big.Int).Abs(in.toInt(a)))
		}
		return g
	}}
	m.Attrs["isclose"] = &Builtin{Name: "isclose", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("isclose", args, 2, 2)
		a, b := in.toFloat(args[0]), in.toFloat(args[1])
		return math.Abs(a-b) <= math.Max(1e-9*math.Max(math.Abs(a), math.Abs(b)), 0)
	}}
	m.Attrs["isnan"] = &Builtin{Name: "isnan", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		return math.IsNaN(in.toFloat(args[0]))
	}}
	m.Attrs["isinf"] = &Builtin{Name: "isinf", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		return math.IsInf(in.toFloat(args[0]), 0)
	}}
	addMathMore(m)
	mathMod = m
	return m
}
