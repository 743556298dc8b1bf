package session

import (
	"math"
	"math/big"
	"time"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// Python's random module: CPython's Mersenne Twister with its seeding
// (init_by_array over the seed's 32-bit words) and its algorithms for
// each draw (_randbelow by rejection of getrandbits, gauss by Box–Muller
// with a cached second value, normalvariate by Kinderman–Monahan,
// sample's pool or set selection), so that a seeded program draws the
// numbers CPython draws.

// pyRandom is the state of the random module.
type pyRandom struct {
	mt        ndarray.RandomState
	gaussNext *float64
}

// rng returns the session's random state, seeded from the clock on
// first use as CPython seeds from the operating system.
func (in *interp) rng() *pyRandom {
	if in.pyRand == nil {
		in.pyRand = &pyRandom{}
		in.pyRand.seed(big.NewInt(time.Now().UnixNano()))
	}
	return in.pyRand
}

// seed is random.seed(n) for an integer n.
func (r *pyRandom) seed(n *big.Int) {
	a := new(big.Int).Abs(n)
	var key []uint32
	mask := big.NewInt(0xffffffff)
	for a.Sign() > 0 {
		key = append(key, uint32(new(big.Int).And(a, mask).Uint64()))
		a.Rsh(a, 32)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.mt.SeedByArray(key)
	r.gaussNext = nil
}

// random is random.random(): 53 bits in [0, 1).
func (r *pyRandom) random() float64 { return r.mt.Double() }

// getrandbits is random.getrandbits(k).
func (r *pyRandom) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(r.mt.Uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	out := new(big.Int)
	for i := 0; i < words; i++ {
		w := r.mt.Uint32()
		if k < 32 {
			w >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(w)), uint(32*i)))
		k -= 32
	}
	return out
}

// below is _randbelow(n) for n > 0.
func (r *pyRandom) below(n *big.Int) *big.Int {
	k := n.BitLen()
	v := r.getrandbits(k)
	for v.Cmp(n) >= 0 {
		v = r.getrandbits(k)
	}
	return v
}

// belowInt is below for a machine-sized n.
func (r *pyRandom) belowInt(n int) int { return int(r.below(big.NewInt(int64(n))).Int64()) }

// randrange is random.randrange(start, stop, step).
func (in *interp) randrange(start, stop, step Value) Value {
	r := in.rng()
	istart := in.randrangeArg(start, "arg 1")
	if stop == none {
		if step != none {
			throw("TypeError", "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return r.below(istart)
		}
		throw("ValueError", "empty range for randrange()")
	}
	istop := in.randrangeArg(stop, "stop")
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != none {
		istep = in.randrangeArg(step, "step")
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return new(big.Int).Add(istart, r.below(width))
		}
		throw("ValueError", "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = floorDiv(new(big.Int).Add(width, new(big.Int).Sub(istep, big.NewInt(1))), istep)
	case -1:
		n = floorDiv(new(big.Int).Add(width, new(big.Int).Add(istep, big.NewInt(1))), istep)
	default:
		throw("ValueError", "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		throw("ValueError", "empty range for randrange()")
	}
	return new(big.Int).Add(istart, new(big.Int).Mul(istep, r.below(n)))
}

// floorDiv is Python's a // b for ints.
func floorDiv(a, b *big.Int) *big.Int {
	q, _ := floorDivMod(a, b)
	return q
}

// exactInt is v as an int when it is one (an int, a bool or a SymPy
// Integer: what CPython's __index__ takes).
func exactInt(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case *big.Int:
		return x, true
	case bool:
		return boolInt(x), true
	case *engine.Integer:
		return x.Big(), true
	}
	return nil, false
}

// randrangeArg reads an argument of randrange as CPython 3.11 does: an
// int, or a value whose int() equals it (10.0, deprecated there).
func (in *interp) randrangeArg(v Value, what string) *big.Int {
	if n, ok := exactInt(v); ok {
		return n
	}
	n := in.toInt(v) // int("x") raises its own ValueError, as there
	if !valuesEqual(n, v) {
		throw("ValueError", "non-integer %s for randrange()", what)
	}
	return n
}

// gauss is random.gauss(mu, sigma).
func (r *pyRandom) gauss(mu, sigma float64) float64 {
	if z := r.gaussNext; z != nil {
		r.gaussNext = nil
		return mu + *z*sigma
	}
	x2pi := r.random() * 2 * math.Pi
	g2rad := math.Sqrt(-2 * libmLog(1-r.random()))
	z := libmCos(x2pi) * g2rad
	next := libmSin(x2pi) * g2rad
	r.gaussNext = &next
	return mu + z*sigma
}

// normalvariate is random.normalvariate(mu, sigma).
func (r *pyRandom) normalvariate(mu, sigma float64) float64 {
	magic := 4 * math.Exp(-0.5) / math.Sqrt(2.0)
	for {
		u1 := r.random()
		u2 := 1 - r.random()
		z := magic * (u1 - 0.5) / u2
		if z*z/4 <= -libmLog(u2) {
			return mu + z*sigma
		}
	}
}

// sample is random.sample(population, k).
func (in *interp) sample(pop []Value, k int) []Value {
	r := in.rng()
	n := len(pop)
	if k < 0 || k > n {
		throw("ValueError", "Sample larger than population or is negative")
	}
	result := make([]Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(libmLog(float64(k*3))/libmLog(4))))
	}
	if n <= setsize {
		pool := append([]Value(nil), pop...)
		for i := 0; i < k; i++ {
			j := r.belowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result
	}
	selected := map[int]bool{}
	for i := 0; i < k; i++ {
		j := r.belowInt(n)
		for selected[j] {
			j = r.belowInt(n)
		}
		selected[j] = true
		result[i] = pop[j]
	}
	return result
}

// randomTablePy binds the random module's functions.
var randomTablePy = []*binding{
	{Name: "seed", Sig: "(a=None, version=2)", Honours: "a", Doc: "Seeds the generator (an int; None for the clock).",
		Fn: func(in *interp, a *callArgs) Value {
			v := a.Or("a", none)
			switch x := v.(type) {
			case *noneType:
				in.rng().seed(big.NewInt(time.Now().UnixNano()))
			case *big.Int:
				in.rng().seed(x)
			case bool:
				in.rng().seed(boolInt(x))
			default:
				panic(newExc("NotImplementedError", "dcalc's random.seed takes an int (or None), not %s", typeName(v)))
			}
			return none
		}},
	{Name: "random", Sig: "()", Doc: "A float in [0, 1).",
		Fn: func(in *interp, a *callArgs) Value { return in.rng().random() }},
	{Name: "getrandbits", Sig: "(k, /)", Doc: "An int of k random bits.",
		Fn: func(in *interp, a *callArgs) Value {
			k := in.toIndex(a.Get("k"))
			if k < 0 {
				throw("ValueError", "number of bits must be non-negative")
			}
			if k == 0 {
				return big.NewInt(0)
			}
			return in.rng().getrandbits(int(k))
		}},
	{Name: "randrange", Sig: "(start, stop=None, step=1)", Honours: "stop step", Doc: "A random int from range(start, stop, step).",
		Fn: func(in *interp, a *callArgs) Value {
			step := a.Or("step", none)
			if n, ok := step.(*big.Int); ok && n.Cmp(big.NewInt(1)) == 0 {
				step = none
			}
			return in.randrange(a.Get("start"), a.Or("stop", none), step)
		}},
	{Name: "randint", Sig: "(a, b)", Doc: "A random int N with a <= N <= b.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.randrange(a.Get("a"), in.binop("+", a.Get("b"), big.NewInt(1), nil), none)
		}},
	{Name: "choice", Sig: "(seq)", Doc: "A random element of a non-empty sequence.",
		Fn: func(in *interp, a *callArgs) Value {
			seq := a.Get("seq")
			n := in.length(seq)
			if n == 0 {
				throw("IndexError", "Cannot choose from an empty sequence")
			}
			return in.getItem(seq, big.NewInt(int64(in.rng().belowInt(n))))
		}},
	{Name: "shuffle", Sig: "(x)", Doc: "Shuffles a list in place.",
		Fn: func(in *interp, a *callArgs) Value {
			x := a.Get("x")
			r := in.rng()
			for i := in.length(x) - 1; i >= 1; i-- {
				j := r.belowInt(i + 1)
				bi, bj := big.NewInt(int64(i)), big.NewInt(int64(j))
				vi, vj := in.getItem(x, bi), in.getItem(x, bj)
				in.setItem(x, bi, vj, nil)
				in.setItem(x, bj, vi, nil)
			}
			return none
		}},
	{Name: "sample", Sig: "(population, k, *, counts=None)", Doc: "k distinct elements chosen from population.",
		Fn: func(in *interp, a *callArgs) Value {
			pop := a.Get("population")
			switch pop.(type) {
			case *Set, *Dict:
				throw("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
			}
			return &List{Items: in.sample(in.toSlice(pop), int(in.toIndex(a.Get("k"))))}
		}},
	{Name: "choices", Sig: "(population, weights=None, *, cum_weights=None, k=1)", Honours: "weights cum_weights k",
		Doc: "k elements chosen with replacement, optionally weighted.",
		Fn:  func(in *interp, a *callArgs) Value { return in.choices(a) }},
	{Name: "uniform", Sig: "(a, b)", Doc: "A float between a and b.",
		Fn: func(in *interp, a *callArgs) Value {
			lo, hi := in.toFloat(a.Get("a")), in.toFloat(a.Get("b"))
			return lo + (hi-lo)*in.rng().random()
		}},
	{Name: "gauss", Sig: "(mu=0.0, sigma=1.0)", Honours: "mu sigma", Doc: "A normal draw (Box–Muller).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.rng().gauss(in.toFloat(a.Or("mu", 0.0)), in.toFloat(a.Or("sigma", 1.0)))
		}},
	{Name: "normalvariate", Sig: "(mu=0.0, sigma=1.0)", Honours: "mu sigma", Doc: "A normal draw (Kinderman–Monahan).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.rng().normalvariate(in.toFloat(a.Or("mu", 0.0)), in.toFloat(a.Or("sigma", 1.0)))
		}},
}

// choices is random.choices.
func (in *interp) choices(a *callArgs) Value {
	r := in.rng()
	pop := in.toSlice(a.Get("population"))
	k := int(in.toIndex(a.Or("k", big.NewInt(1))))
	n := len(pop)
	weights, cum := a.Or("weights", none), a.Or("cum_weights", none)
	out := make([]Value, 0, max(k, 0))
	if weights == none && cum == none {
		if n == 0 {
			throw("IndexError", "list index out of range")
		}
		for i := 0; i < k; i++ {
			out = append(out, pop[int(math.Floor(r.random()*float64(n)))])
		}
		return &List{Items: out}
	}
	var cw []float64
	if cum != none {
		if weights != none {
			throw("TypeError", "Cannot specify both weights and cumulative weights")
		}
		for _, w := range in.toSlice(cum) {
			cw = append(cw, in.toFloat(w))
		}
	} else {
		acc := 0.0
		for _, w := range in.toSlice(weights) {
			acc += in.toFloat(w)
			cw = append(cw, acc)
		}
	}
	if len(cw) != n {
		throw("ValueError", "The number of weights does not match the population")
	}
	if n == 0 {
		throw("IndexError", "list index out of range")
	}
	total := cw[n-1]
	if total <= 0 {
		throw("ValueError", "Total of weights must be greater than zero")
	}
	for i := 0; i < k; i++ {
		x := r.random() * total
		lo, hi := 0, n-1 // bisect_right(cw, x, 0, n-1)
		for lo < hi {
			mid := (lo + hi) / 2
			if x < cw[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		out = append(out, pop[lo])
	}
	return &List{Items: out}
}
