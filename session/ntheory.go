package session

import (
	"math"
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine"
)

// ntheoryTable binds the number theory functions of sympy.ntheory that
// notebooks use, on integers: the types of their results are SymPy's
// (Python ints from isprime's family and factorint, SymPy Integers from
// the functions that are SymPy Function classes: primepi, totient,
// divisor_count, fibonacci, lucas). Symbolic arguments, which SymPy
// leaves unevaluated for the Function classes, raise NotImplementedError.
var ntheoryTable = []*binding{
	{Name: "isprime", Doc: "Whether the integer n is prime (exact below 2**64, Baillie-PSW above, as SymPy).",
		Fn: func(in *interp, a *callArgs) Value { return engine.IsPrime(in.asInt(a.Get("n"))) }},
	{Name: "nextprime", Honours: "ith", Doc: "The ith prime greater than n.",
		Fn: func(in *interp, a *callArgs) Value {
			ith := 1
			if v := a.Get("ith"); v != nil && v != none {
				ith = int(in.asInt(v).Int64())
			}
			if ith <= 0 {
				throw("ValueError", "ith should be positive")
			}
			return engine.NextPrime(in.toInt(a.Get("n")), ith)
		}},
	{Name: "prevprime", Doc: "The largest prime smaller than n.",
		Fn: func(in *interp, a *callArgs) Value {
			n := in.ceilInt(a.Get("n"))
			if n.Cmp(big.NewInt(3)) < 0 {
				throw("ValueError", "no preceding primes")
			}
			return engine.PrevPrime(n)
		}},
	{Name: "prime", Doc: "The nth prime (prime(1) is 2).",
		Fn: func(in *interp, a *callArgs) Value {
			n := in.asInt(a.Get("nth"))
			if n.Sign() <= 0 {
				throw("ValueError", "nth must be a positive integer; prime(1) == 2")
			}
			if !n.IsInt64() || n.Int64() > 1e6 {
				throw("NotImplementedError", "dcalc's prime() sieves up to the millionth prime")
			}
			return engine.NextPrime(big.NewInt(1), int(n.Int64()))
		}},
	{Name: "primepi", Sig: "(n)", Doc: "The number of primes up to n.",
		Fn: func(in *interp, a *callArgs) Value {
			n := in.toInt(a.Get("n"))
			if n.Sign() <= 0 {
				return engine.Zero
			}
			if !n.IsInt64() || n.Int64() > 1e8 {
				throw("NotImplementedError", "dcalc's primepi sieves up to 10**8")
			}
			return engine.NewInt(int64(len(engine.PrimesBelow(2, n.Int64()+1))))
		}},
	{Name: "primerange", Honours: "b", Doc: "A generator of the primes in [a, b) (or below a).",
		Fn: func(in *interp, a *callArgs) Value {
			lo, hi := big.NewInt(2), in.ceilInt(a.Get("a"))
			if b := a.Get("b"); b != nil && b != none {
				lo, hi = in.ceilInt(a.Get("a")), in.ceilInt(b)
			}
			if !hi.IsInt64() || hi.Int64() > 1e8 {
				throw("NotImplementedError", "dcalc's primerange sieves below 10**8")
			}
			var items []Value
			if lo.IsInt64() {
				for _, p := range engine.PrimesBelow(lo.Int64(), hi.Int64()) {
					items = append(items, big.NewInt(p))
				}
			}
			return &Iterator{Kind: "generator", Name: "primerange", Items: items}
		}},
	{Name: "factorint", Honours: "multiple", Doc: "The prime factorisation of an integer as a dict {prime: multiplicity} (multiple=True: a list of primes).",
		Fn: func(in *interp, a *callArgs) Value {
			fs, err := engine.FactorInt(in.asInt(a.Get("n")))
			if err != nil {
				panic(err)
			}
			if m := a.Get("multiple"); m != nil && m != none && in.truth(m, nil) {
				var out []Value
				for _, f := range sortedFactors(fs) {
					for range f.E {
						out = append(out, new(big.Int).Set(f.P))
					}
				}
				return &List{Items: out}
			}
			d := newDict()
			for _, f := range fs {
				d.Set(f.P, big.NewInt(int64(f.E)))
			}
			return d
		}},
	{Name: "primefactors", Doc: "The distinct prime factors of an integer, in increasing order.",
		Fn: func(in *interp, a *callArgs) Value {
			fs, err := engine.FactorInt(in.asInt(a.Get("n")))
			if err != nil {
				panic(err)
			}
			var out []Value
			for _, f := range sortedFactors(fs) {
				if f.P.Cmp(big.NewInt(1)) > 0 {
					out = append(out, f.P)
				}
			}
			return &List{Items: out}
		}},
	{Name: "divisors", Doc: "The positive divisors of an integer in increasing order.",
		Fn: func(in *interp, a *callArgs) Value {
			var out []Value
			for _, d := range engine.Divisors(in.asIntNamed(a.Get("n"), true)) {
				out = append(out, d)
			}
			return &List{Items: out}
		}},
	{Name: "divisor_count", Doc: "The number of positive divisors of an integer.",
		Fn: func(in *interp, a *callArgs) Value {
			return engine.NewInt(int64(len(engine.Divisors(in.asInt(a.Get("n"))))))
		}},
	{Name: "totient", Sig: "(n)", Doc: "Euler's totient of a positive integer.",
		Fn: func(in *interp, a *callArgs) Value {
			n := in.sympifyInt(a.Get("n"), "totient")
			if n.Sign() <= 0 {
				throw("ValueError", "n should be a positive integer")
			}
			return engine.NewBigInt(engine.Totient(n))
		}},
	{Name: "fibonacci", Sig: "(n)", Doc: "The nth Fibonacci number of an integer n.",
		Fn: func(in *interp, a *callArgs) Value { return in.fibonacci(a.Get("n"), false) }},
	{Name: "lucas", Sig: "(n)", Doc: "The nth Lucas number of an integer n.",
		Fn: func(in *interp, a *callArgs) Value { return in.fibonacci(a.Get("n"), true) }},
	{Name: "Mod", Sig: "(p, q)", Doc: "p modulo q for numbers (the remainder with the sign of q, as SymPy's Mod and Python's %).",
		Fn: func(in *interp, a *callArgs) Value {
			p, q := in.sympify(a.Get("p")), in.sympify(a.Get("q"))
			if r, ok := in.numberMod(p, q); ok {
				return r
			}
			throw("NotImplementedError", "dcalc's Mod takes numbers (SymPy keeps Mod(%s, %s) with its own rewriting rules)", in.str(p), in.str(q))
			return nil
		}},
	{Name: "mod_inverse", Doc: "The inverse of a modulo m.",
		Fn: func(in *interp, a *callArgs) Value {
			x, m := in.asInt(a.Get("a")), in.asInt(a.Get("m"))
			if m.Sign() != 0 {
				am := new(big.Int).Abs(m)
				if r := new(big.Int).ModInverse(new(big.Int).Mod(x, am), am); r != nil && am.Cmp(big.NewInt(1)) != 0 {
					if m.Sign() < 0 && r.Sign() != 0 {
						r.Sub(r, am) // Python's pow(a, -1, m) for m < 0
					}
					return r
				}
			}
			throw("ValueError", "inverse of %s (mod %s) does not exist", x, m)
			return nil
		}},
}

// sortedFactors is fs with the primes in increasing order (-1 first).
func sortedFactors(fs []engine.IntFactor) []engine.IntFactor {
	out := slices.Clone(fs)
	slices.SortFunc(out, func(a, b engine.IntFactor) int { return a.P.Cmp(b.P) })
	return out
}

// intOf is a Python int or SymPy Integer as a big.Int (a bool is not
// one).
func intOf(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case *big.Int:
		return x, true
	case *engine.Integer:
		return x.Big(), true
	}
	return nil, false
}

// asInt is SymPy's as_int: a Python or SymPy integer (not a bool), else
// ValueError "... is not an integer".
func (in *interp) asInt(v Value) *big.Int { return in.asIntNamed(v, false) }

// asIntNamed is asInt; abs names the value Abs(v) in the error, as
// divisors does.
func (in *interp) asIntNamed(v Value, abs bool) *big.Int {
	if z, ok := intOf(v); ok {
		return z
	}
	s := in.str(v)
	if abs {
		if e, ok := v.(engine.Expr); ok {
			s = in.str(in.applyDef(engine.LookupFunc("Abs"), e))
		}
	}
	throw("ValueError", "%s is not an integer", s)
	return nil
}

// ceilInt is the ceiling of a real number (primerange's and prevprime's
// bounds), an integer as it is.
func (in *interp) ceilInt(v Value) *big.Int {
	z := in.toInt(v) // int(): toward zero
	up := false
	if x, ok := v.(float64); ok {
		up = x > 0 && x != math.Trunc(x)
	} else if e, ok := v.(engine.Expr); ok {
		if r, ok := exprRat(e); ok {
			up = r.Sign() > 0 && !r.IsInt()
		}
	}
	if up {
		return new(big.Int).Add(z, big.NewInt(1))
	}
	return z
}

// sympifyInt is the integer totient and the other Function classes
// take: a non-integer number is a TypeError, a symbol unevaluated in
// SymPy and refused here.
func (in *interp) sympifyInt(v Value, name string) *big.Int {
	e := in.sympify(v)
	if z, ok := e.(*engine.Integer); ok {
		return z.Big()
	}
	if engine.IsNumberExpr(e) {
		throw("TypeError", "n should be an integer")
	}
	throw("NotImplementedError", "dcalc's %s takes an integer (SymPy leaves %s(%s) unevaluated)", name, name, in.str(e))
	return nil
}

// fibonacci is fibonacci(n) or lucas(n) of an integer n.
func (in *interp) fibonacci(v Value, lucas bool) Value {
	name := "fibonacci"
	if lucas {
		name = "lucas"
	}
	n := in.sympifyInt(v, name)
	if !n.IsInt64() || n.Int64() > 1e6 || n.Int64() < -1e6 {
		throw("NotImplementedError", "dcalc's %s takes |n| up to 10**6", name)
	}
	return engine.NewBigInt(engine.Fibonacci(n.Int64(), lucas))
}
