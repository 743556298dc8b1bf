package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// installAPIGaps binds the constants GoldenRatio, EulerGamma and
// Catalan. (factorial, binomial, conjugate, arg, floor, ceiling, Max and
// Min are engine functions and are bound with the others.)
func installAPIGaps(ns map[string]Value) {
	ns["GoldenRatio"] = engine.GoldenRatio
	ns["EulerGamma"] = engine.EulerGamma
	ns["Catalan"] = engine.Catalan
}

// gcdTable binds gcd and lcm of rationals and igcd and ilcm of integers.
var gcdTable = []*binding{
	{Name: "gcd", Honours: "g", Doc: "Greatest common divisor of two polynomials or of rational numbers.",
		Fn: func(in *interp, a *callArgs) Value {
			args, _ := a.legacy()
			if v, ok := in.polyBinary("gcd", args); ok {
				return v
			}
			return in.ratGcdLcm("gcd", args, false)
		}},
	{Name: "lcm", Honours: "g", Doc: "Least common multiple of two polynomials or of rational numbers.",
		Fn: func(in *interp, a *callArgs) Value {
			args, _ := a.legacy()
			if v, ok := in.polyBinary("lcm", args); ok {
				return v
			}
			return in.ratGcdLcm("lcm", args, true)
		}},
	{Name: "div", Doc: "Quotient and remainder of polynomials in one variable.",
		Fn: func(in *interp, a *callArgs) Value {
			if v, ok := in.polyBinary("div", []Value{a.Get("f"), a.Get("g")}); ok {
				return v
			}
			q, r := in.polyDiv(a)
			return &Tuple{Items: []Value{q, r}}
		}},
	{Name: "quo", Doc: "Quotient of polynomials in one variable (the remainder dropped).",
		Fn: func(in *interp, a *callArgs) Value {
			if v, ok := in.polyBinary("quo", []Value{a.Get("f"), a.Get("g")}); ok {
				return v
			}
			q, _ := in.polyDiv(a)
			return q
		}},
	{Name: "rem", Doc: "Remainder of polynomials in one variable.",
		Fn: func(in *interp, a *callArgs) Value {
			if v, ok := in.polyBinary("rem", []Value{a.Get("f"), a.Get("g")}); ok {
				return v
			}
			_, r := in.polyDiv(a)
			return r
		}},
	{Name: "igcd", Doc: "Greatest common divisor of integers.",
		Fn: func(in *interp, a *callArgs) Value { return in.intGcdLcm("igcd", a.Rest(), false) }},
	{Name: "ilcm", Doc: "Least common multiple of integers.",
		Fn: func(in *interp, a *callArgs) Value { return in.intGcdLcm("ilcm", a.Rest(), true) }},
}

// ratGcdLcm is gcd/lcm of rational numbers (SymPy's polynomial gcd and
// lcm restricted to the ground domain): gcd(a/b, c/d) = gcd(a, c)/lcm(b, d).
// A single list or tuple argument is a sequence of numbers.
func (in *interp) ratGcdLcm(name string, args []Value, lcm bool) Value {
	if len(args) == 1 {
		switch args[0].(type) {
		case *List, *Tuple:
			args = in.toSlice(args[0])
		}
	}
	if len(args) == 0 {
		throw("TypeError", "%s() takes at least 1 argument (0 given)", name)
	}
	if len(args) == 2 {
		f, g := in.sympify(args[0]), in.sympify(args[1])
		if !engine.IsRational(f) || !engine.IsRational(g) {
			return mustExpr(engine.PolyGcdLcm(f, g, lcm))
		}
	}
	var acc *big.Rat
	for _, a := range args {
		e := in.sympify(a)
		if !engine.IsRational(e) {
			throw("NotImplementedError", "dcalc's %s takes two polynomials, or rational numbers", name)
		}
		r := in.toRational(e)
		if acc == nil {
			acc = new(big.Rat).Abs(r)
			continue
		}
		acc = ratCombine(acc, new(big.Rat).Abs(r), lcm)
	}
	return engine.NewRational(acc.Num(), acc.Denom())
}

func ratCombine(a, b *big.Rat, lcm bool) *big.Rat {
	if lcm {
		if a.Sign() == 0 || b.Sign() == 0 {
			return new(big.Rat)
		}
		num := intLcm(a.Num(), b.Num())
		den := new(big.Int).GCD(nil, nil, a.Denom(), b.Denom())
		return new(big.Rat).SetFrac(num, den)
	}
	num := new(big.Int).GCD(nil, nil, a.Num(), b.Num())
	den := intLcm(a.Denom(), b.Denom())
	return new(big.Rat).SetFrac(num, den)
}

func intLcm(a, b *big.Int) *big.Int {
	if a.Sign() == 0 || b.Sign() == 0 {
		return new(big.Int)
	}
	g := new(big.Int).GCD(nil, nil, a, b)
	return new(big.Int).Mul(new(big.Int).Quo(a, g), b)
}

// intGcdLcm is igcd/ilcm: integers only, at least two arguments.
func (in *interp) intGcdLcm(name string, args []Value, lcm bool) Value {
	if len(args) < 2 {
		throw("TypeError", "%s() takes at least 2 arguments (%d given)", name, len(args))
	}
	acc := new(big.Int)
	for i, a := range args {
		e := in.sympify(a)
		z, ok := e.(*engine.Integer)
		if !ok {
			throw("ValueError", "Argument is not an integer: %s", in.repr(a))
		}
		v := new(big.Int).Abs(z.Big())
		switch {
		case i == 0:
			acc = v
		case lcm:
			acc = intLcm(acc, v)
		default:
			acc = new(big.Int).GCD(nil, nil, acc, v)
		}
	}
	return engine.NewBigInt(acc)
}

// polyDiv is div(f, g) with no generators or options given.
func (in *interp) polyDiv(a *callArgs) (engine.Expr, engine.Expr) {
	if len(a.Rest()) > 0 {
		throw("NotImplementedError", "dcalc's div, quo and rem take no generators yet")
	}
	q, r, err := engine.PolyDiv(in.sympify(a.Get("f")), in.sympify(a.Get("g")))
	if err != nil {
		panic(err)
	}
	return q, r
}
