package session

import (
	"math"
	"math/big"
)

// This file adds to Python's math module the functions beyond the
// common ones: the inverse hyperbolic functions, erf and erfc, expm1,
// log1p, cbrt and exp2 (fdlibm's algorithms, as the C library's), the
// exact helpers (frexp, ldexp, modf, nextafter, remainder, ulp,
// isfinite), fsum (correctly rounded, as CPython's), prod, and the
// integer functions isqrt, lcm, comb and perm.

// mathRealRows are the one-argument real functions: the domain error
// CPython raises where the C function returns NaN (or an infinity at a
// pole), the range error where it overflows.
var mathRealRows = []struct {
	name string
	fn   func(float64) float64
	pole func(float64) bool
}{
	{"asinh", libmAsinh, nil},
	{"acosh", libmAcosh, nil},
	{"atanh", libmAtanh, func(x float64) bool { return math.Abs(x) >= 1 }},
	{"erf", math.Erf, nil},
	{"erfc", math.Erfc, nil},
	{"expm1", math.Expm1, nil},
	{"log1p", math.Log1p, func(x float64) bool { return x <= -1 }},
	{"exp2", func(x float64) float64 { return libmPow(2, x) }, nil},
}

// libmAsinh is asinh as the C library computes it (fdlibm's branches:
// x itself below 2**-28, log(|x|) + log(2) above 2**28,
// log(2|x| + 1/(sqrt(x**2 + 1) + |x|)) above 2, else
// log1p(|x| + x**2/(1 + sqrt(1 + x**2)))), with the library's log.
func libmAsinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = libmLog(ax) + math.Ln2
	case ax > 2:
		w = libmLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// libmAcosh is acosh by fdlibm's branches: log(x) + log(2) from 2**28,
// log(2x - 1/(x + sqrt(x**2 - 1))) above 2, log1p(t + sqrt(2t + t**2))
// with t = x - 1 below; NaN under 1.
func libmAcosh(x float64) float64 {
	switch {
	case x < 1 || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x >= 0x1p28:
		return libmLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		return libmLog(2*x - 1/(x+math.Sqrt(x*x-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// libmAtanh is atanh by fdlibm's branches: x itself below 2**-28,
// log1p(2a + 2a*a/(1 - a))/2 below 1/2, log1p(2a/(1 - a))/2 above, for
// a = |x|, with x's sign; NaN beyond 1 and infinite at 1.
func libmAtanh(x float64) float64 {
	ax := math.Abs(x)
	var t float64
	switch {
	case ax > 1 || math.IsNaN(x):
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < 0x1p-28:
		return x
	case ax < 0.5:
		t = ax + ax
		t = 0.5 * math.Log1p(t+t*ax/(1-ax))
	default:
		t = 0.5 * math.Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

// addMathMore installs this file's functions into the math module.
func addMathMore(m *Module) {
	for _, r := range mathRealRows {
		m.Attrs[r.name] = &Builtin{Name: r.name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs(r.name, args, 1, 1)
			x := in.toFloat(args[0])
			if r.pole != nil && r.pole(x) {
				throw("ValueError", "math domain error")
			}
			y := r.fn(x)
			switch {
			case math.IsNaN(y) && !math.IsNaN(x):
				throw("ValueError", "math domain error")
			case math.IsInf(y, 0) && !math.IsInf(x, 0):
				throw("OverflowError", "math range error")
			}
			return y
		}}
	}
	def := func(name string, fn func(in *interp, args []Value) Value) {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			return fn(in, args)
		}}
	}
	def("isfinite", func(in *interp, args []Value) Value {
		nargs("isfinite", args, 1, 1)
		x := in.toFloat(args[0])
		return !math.IsInf(x, 0) && !math.IsNaN(x)
	})
	def("frexp", func(in *interp, args []Value) Value {
		nargs("frexp", args, 1, 1)
		f, e := math.Frexp(in.toFloat(args[0]))
		return &Tuple{Items: []Value{f, big.NewInt(int64(e))}}
	})
	def("ldexp", func(in *interp, args []Value) Value {
		nargs("ldexp", args, 2, 2)
		x, e := in.toFloat(args[0]), in.toInt(args[1])
		if !e.IsInt64() || math.Abs(float64(e.Int64())) > 1<<20 {
			e = big.NewInt(int64(e.Sign()) << 20)
		}
		y := math.Ldexp(x, int(e.Int64()))
		if math.IsInf(y, 0) && !math.IsInf(x, 0) {
			throw("OverflowError", "math range error")
		}
		return y
	})
	def("modf", func(in *interp, args []Value) Value {
		nargs("modf", args, 1, 1)
		x := in.toFloat(args[0])
		if math.IsInf(x, 0) {
			return &Tuple{Items: []Value{math.Copysign(0, x), x}}
		}
		i, f := math.Modf(x)
		return &Tuple{Items: []Value{f, i}}
	})
	def("nextafter", func(in *interp, args []Value) Value {
		nargs("nextafter", args, 2, 2)
		return math.Nextafter(in.toFloat(args[0]), in.toFloat(args[1]))
	})
	def("remainder", func(in *interp, args []Value) Value {
		nargs("remainder", args, 2, 2)
		x, y := in.toFloat(args[0]), in.toFloat(args[1])
		if !math.IsNaN(x) && !math.IsNaN(y) && (math.IsInf(x, 0) || y == 0) {
			throw("ValueError", "math domain error")
		}
		return math.Remainder(x, y)
	})
	def("ulp", func(in *interp, args []Value) Value {
		nargs("ulp", args, 1, 1)
		x := math.Abs(in.toFloat(args[0]))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return x
		}
		if x == math.MaxFloat64 {
			return x - math.Nextafter(x, 0)
		}
		return math.Nextafter(x, math.Inf(1)) - x
	})
	def("fsum", func(in *interp, args []Value) Value {
		nargs("fsum", args, 1, 1)
		return mathFsum(in, args[0])
	})
	m.Attrs["prod"] = &Builtin{Name: "prod", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		opts := cKwOnly("prod", kw, "start")
		nargs("prod", args, 1, 1)
		var acc Value = big.NewInt(1)
		if s, ok := opts["start"]; ok {
			acc = s
		}
		in.iterate(args[0], func(v Value) bool {
			in.checkInterrupt()
			acc = in.binop("*", acc, v, nil)
			return true
		})
		return acc
	}}
	def("isqrt", func(in *interp, args []Value) Value {
		nargs("isqrt", args, 1, 1)
		n := mathIndex(in, args[0])
		if n.Sign() < 0 {
			throw("ValueError", "isqrt() argument must be nonnegative")
		}
		return new(big.Int).Sqrt(n)
	})
	def("lcm", func(in *interp, args []Value) Value {
		l := big.NewInt(1)
		for _, a := range args {
			n := new(big.Int).Abs(mathIndex(in, a))
			if n.Sign() == 0 {
				return big.NewInt(0)
			}
			g := new(big.Int).GCD(nil, nil, l, n)
			l.Mul(l, new(big.Int).Quo(n, g))
		}
		return l
	})
	def("comb", func(in *interp, args []Value) Value {
		nargs("comb", args, 2, 2)
		n, k := mathNonNegative(in, args[0], "n"), mathNonNegative(in, args[1], "k")
		if k > n {
			return big.NewInt(0)
		}
		return new(big.Int).Binomial(n, k)
	})
	def("perm", func(in *interp, args []Value) Value {
		nargs("perm", args, 1, 2)
		n := mathNonNegative(in, args[0], "n")
		k := n
		if len(args) == 2 && args[1] != none {
			k = mathNonNegative(in, args[1], "k")
		}
		if k > n {
			return big.NewInt(0)
		}
		return new(big.Int).MulRange(n-k+1, n)
	})
	// CPython computes dist by its own scaled summation and cbrt by
	// glibc's algorithm, whose last bits dcalc does not reproduce
	m.Lacks = []string{"dist", "cbrt"}
}

// mathIndex reads an integer argument as CPython's __index__ does: ints
// (SymPy Integers too) and bools, a TypeError for anything else.
func mathIndex(in *interp, v Value) *big.Int {
	if n, ok := exactInt(v); ok {
		return n
	}
	throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(v))
	return nil
}

// mathNonNegative reads an argument of comb or perm: an integer, not
// negative, small enough for the product to be computed.
func mathNonNegative(in *interp, v Value, name string) int64 {
	n := mathIndex(in, v)
	if n.Sign() < 0 {
		throw("ValueError", "%s must be a non-negative integer", name)
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		throw("MemoryError", "") // math/big cannot be interrupted
	}
	return n.Int64()
}

// mathFsum is math.fsum: the exact sum of the floats, rounded once (as
// CPython's Shewchuk summation gives it); infinities and NaNs as IEEE
// addition has them, with CPython's error for inf + -inf.
func mathFsum(in *interp, it Value) Value {
	exact := new(big.Rat)
	special := 0.0
	in.iterate(it, func(v Value) bool {
		in.checkInterrupt()
		x := in.toFloat(v)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if math.IsInf(special, 0) && math.IsInf(x, 0) && special != x {
				throw("ValueError", "-inf + inf in fsum")
			}
			special += x
			return true
		}
		exact.Add(exact, new(big.Rat).SetFloat64(x))
		return true
	})
	if special != 0 || math.IsNaN(special) {
		return special
	}
	f, _ := exact.Float64()
	if math.IsInf(f, 0) {
		throw("OverflowError", "intermediate overflow in fsum")
	}
	return f
}
