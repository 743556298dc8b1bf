package session

import (
	"crypto/rand"
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds numpy.random.default_rng and the Generator it returns
// (PCG64 seeded by a SeedSequence): random, standard_normal, normal,
// uniform, exponential, integers, choice, shuffle and permutation draw
// what NumPy's Generator draws for the same seed.

// npGenerator is a numpy.random.Generator.
type npGenerator struct{ g *ndarray.Generator }

// npBitGenerator is numpy.random.PCG64(seed), waiting to be wrapped by
// Generator(...), or a Generator's bit_generator (g set: a Generator
// made from it draws from the same state, as NumPy's shares it).
type npBitGenerator struct {
	entropy []uint32
	g       *ndarray.Generator
}

// generatorOf is Generator(b).
func (in *interp) generatorOf(b *npBitGenerator) *npGenerator {
	if b.g != nil {
		return &npGenerator{b.g}
	}
	return in.newGenerator(b.entropy)
}

func init() {
	randomTable = append(randomTable,
		&binding{Name: "default_rng", Sig: "(seed=None)", Honours: "seed",
			Doc: "A Generator over PCG64, seeded by an integer (or a list of them), a PCG64 or a Generator.",
			Fn: func(in *interp, a *callArgs) Value {
				switch s := a.Or("seed", none).(type) {
				case *npGenerator:
					return s
				case *npBitGenerator:
					return in.generatorOf(s)
				}
				return in.newGenerator(in.seedEntropy(a.Or("seed", none)))
			}},
		&binding{Name: "PCG64", Sig: "(seed=None)", Honours: "seed", Doc: "The PCG64 bit generator (to pass to Generator).",
			Fn: func(in *interp, a *callArgs) Value {
				return &npBitGenerator{entropy: in.seedEntropy(a.Or("seed", none))}
			}},
		&binding{Name: "Generator", Sig: "(bit_generator)", Doc: "A Generator over a bit generator (PCG64).",
			Fn: func(in *interp, a *callArgs) Value {
				b, ok := a.Get("bit_generator").(*npBitGenerator)
				if !ok {
					throw("NotImplementedError", "dcalc's numpy.random.Generator takes a numpy.random.PCG64")
				}
				return in.generatorOf(b)
			}},
	)
}

func (in *interp) newGenerator(entropy []uint32) *npGenerator {
	g := ndarray.NewGenerator(entropy)
	g.Exp, g.Log1p = libmExp, libmLog1p
	return &npGenerator{g}
}

// seedEntropy is SeedSequence's entropy: an integer's 32-bit words, least
// significant first, those of each integer of a sequence in turn, or 128
// bits from the operating system for None.
func (in *interp) seedEntropy(seed Value) []uint32 {
	if seed == none {
		var b [16]byte
		_, _ = rand.Read(b[:])
		out := make([]uint32, 4)
		for i := range out {
			out[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
		return out
	}
	words := func(v Value) []uint32 {
		var n *big.Int
		switch x := v.(type) {
		case *big.Int:
			n = x
		case bool:
			n = big.NewInt(0)
			if x {
				n.SetInt64(1)
			}
		default:
			throw("TypeError", "SeedSequence expects int or sequence of ints for entropy not %s", in.repr(v))
		}
		if n.Sign() < 0 {
			throw("ValueError", "expected non-negative integer")
		}
		if n.Sign() == 0 {
			return []uint32{0}
		}
		var out []uint32
		m := new(big.Int).Set(n)
		mask := big.NewInt(math.MaxUint32)
		for m.Sign() > 0 {
			out = append(out, uint32(new(big.Int).And(m, mask).Uint64()))
			m.Rsh(m, 32)
		}
		return out
	}
	switch s := seed.(type) {
	case *List, *Tuple:
		var out []uint32
		for _, it := range in.toSlice(s) {
			out = append(out, words(it)...)
		}
		return out
	case *ndarray.Array:
		var out []uint32
		for _, v := range s.AsType(ndarray.Int64).Int64s() {
			out = append(out, words(big.NewInt(v))...)
		}
		return out
	}
	return words(seed)
}

// attr answers the Generator's methods.
func (g *npGenerator) attr(in *interp, name string) (Value, bool) {
	for _, b := range generatorTable {
		if b.Name == name {
			return b.method(g), true
		}
	}
	if name == "bit_generator" {
		return &npBitGenerator{g: g.g}, true
	}
	if strings.Contains(generatorMethods, " "+name+" ") {
		throw("NotImplementedError", "dcalc does not implement numpy.random.Generator.%s yet", name)
	}
	return nil, false
}

// generatorMethods are the public methods of NumPy 1.24's Generator.
const generatorMethods = " beta binomial bytes chisquare choice dirichlet exponential f gamma" +
	" geometric gumbel hypergeometric integers laplace logistic lognormal logseries" +
	" multinomial multivariate_hypergeometric multivariate_normal negative_binomial" +
	" noncentral_chisquare noncentral_f normal pareto permutation permuted poisson power" +
	" random rayleigh shuffle spawn standard_cauchy standard_exponential standard_gamma" +
	" standard_normal standard_t triangular uniform vonmises wald weibull zipf "

// pyRepr implements pyStringer: Generator(PCG64) at 0x....
func (g *npGenerator) pyRepr() string {
	return "Generator(PCG64) at 0x" + strings.ToUpper(fakeAddr(g)[2:])
}

// pyStr implements pyStringer.
func (g *npGenerator) pyStr() string { return "Generator(PCG64)" }

// pyRepr implements pyStringer.
func (b *npBitGenerator) pyRepr() string {
	return "<numpy.random._pcg64.PCG64 object at " + fakeAddr(b) + ">"
}

// pyStr implements pyStringer.
func (b *npBitGenerator) pyStr() string { return b.pyRepr() }

func genOf(a *callArgs) *ndarray.Generator { return a.Self.(*npGenerator).g }

// generatorTable binds the Generator's methods.
var generatorTable = []*binding{
	{Name: "random", Sig: "(size=None, dtype=float64, out=None)", Honours: "size",
		Doc: "Uniform samples in [0, 1).",
		Fn:  func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), genOf(a).Double) }},
	{Name: "standard_normal", Sig: "(size=None, dtype=float64, out=None)", Honours: "size",
		Doc: "Standard normal samples (the ziggurat).",
		Fn:  func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), genOf(a).Normal) }},
	{Name: "standard_exponential", Sig: "(size=None, dtype=float64, method='zig', out=None)", Honours: "size",
		Doc: "Standard exponential samples (the ziggurat).",
		Fn:  func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), genOf(a).Exponential) }},
	{Name: "normal", Sig: "(loc=0.0, scale=1.0, size=None)", Honours: "loc scale size",
		Doc: "Normal samples (loc and scale may be arrays).",
		Fn: func(in *interp, a *callArgs) Value {
			g := genOf(a)
			return in.drawCont(a.Get("size"), []Value{a.Or("loc", 0.0), a.Or("scale", 1.0)},
				func(p []float64, _ bool) { nonNegative("scale", p[1]) },
				func(p []float64) float64 { return p[0] + p[1]*g.Normal() })
		}},
	{Name: "exponential", Sig: "(scale=1.0, size=None)", Honours: "scale size",
		Doc: "Exponential samples of the given scale.",
		Fn: func(in *interp, a *callArgs) Value {
			g := genOf(a)
			return in.drawCont(a.Get("size"), []Value{a.Or("scale", 1.0)},
				func(p []float64, _ bool) { nonNegative("scale", p[0]) },
				func(p []float64) float64 { return p[0] * g.Exponential() })
		}},
	{Name: "uniform", Sig: "(low=0.0, high=1.0, size=None)", Honours: "low high size",
		Doc: "Uniform samples in [low, high).",
		Fn: func(in *interp, a *callArgs) Value {
			g := genOf(a)
			return in.drawCont(a.Get("size"), []Value{a.Or("low", 0.0), a.Or("high", 1.0)},
				func(p []float64, scalar bool) {
					switch r := p[1] - p[0]; {
					case math.IsInf(r, 0) || math.IsNaN(r):
						if scalar {
							throw("OverflowError", "high - low range exceeds valid bounds")
						}
						throw("OverflowError", "Range exceeds valid bounds")
					default:
						nonNegative("high - low", r)
					}
				},
				func(p []float64) float64 { return p[0] + (p[1]-p[0])*g.Double() })
		}},
	{Name: "integers", Sig: "(low, high=None, size=None, dtype=int64, endpoint=False)", Honours: "high size endpoint",
		Doc: "Random integers in [low, high) (or [low, high] with endpoint=True), by Lemire's method.",
		Fn:  (*interp).genIntegers},
	{Name: "choice", Sig: "(a, size=None, replace=True, p=None, axis=0, shuffle=True)", Honours: "size replace p shuffle",
		Doc: "Random samples from a 1-d array (or arange(a)).",
		Fn:  (*interp).genChoice},
	{Name: "shuffle", Sig: "(x, axis=0)", Doc: "Shuffle an array (along its first axis) or a list in place.",
		Fn: func(in *interp, a *callArgs) Value {
			in.shuffleWith(a.Get("x"), genOf(a).Interval)
			return none
		}},
	{Name: "permutation", Sig: "(x, axis=0)", Doc: "A shuffled copy of an array, or of arange(x) for an integer.",
		Fn: func(in *interp, a *callArgs) Value { return in.permutation(a.Get("x"), genOf(a).Interval) }},
}

// nonNegative is NumPy's CONS_NON_NEGATIVE: a parameter with its sign
// bit set (-0.0 too), NaN aside, is refused.
func nonNegative(name string, x float64) {
	if !math.IsNaN(x) && math.Signbit(x) {
		throw("ValueError", "%s < 0", name)
	}
}

// drawCont is NumPy's cont(): scalar parameters draw size samples (one
// float without a size); array parameters broadcast together (and with
// size) and each element draws with its own parameters, in C order.
// check validates one set of parameters (scalar tells which form was
// given) before anything is drawn.
func (in *interp) drawCont(size Value, vals []Value, check func(p []float64, scalar bool), draw func(p []float64) float64) Value {
	scalar := true
	for _, v := range vals {
		switch v.(type) {
		case *ndarray.Array, *List, *Tuple:
			scalar = false
		}
	}
	p := make([]float64, len(vals))
	if scalar {
		for i, v := range vals {
			p[i] = in.toFloat(v)
		}
		check(p, true)
		return in.randomFill(size, func() float64 { return draw(p) })
	}
	shapes := make([][]int, len(vals))
	arrs := make([]*ndarray.Array, len(vals))
	f64 := ndarray.Float64
	for i, v := range vals {
		arrs[i] = in.toArrayDType(v, &f64)
		shapes[i] = arrs[i].Shape()
	}
	var shape []int
	if size != nil && size != none {
		shape = in.shapeArg(size)
		if b := multiIterShape(append([][]int{shape}, shapes...)); !slices.Equal(b, shape) {
			throw("ValueError", "Output size %s is not compatible with broadcast dimensions of inputs %s.",
				ndarray.ShapeString(shape), ndarray.ShapeString(b))
		}
	} else {
		shape = multiIterShape(shapes)
	}
	flat := make([][]float64, len(vals))
	for i, x := range arrs {
		flat[i] = x.BroadcastTo(shape).AsType(ndarray.Float64).Float64s()
	}
	out := make([]float64, prodInts(shape))
	params := func(k int) []float64 {
		for i := range p {
			p[i] = flat[i][k]
		}
		return p
	}
	for k := range out {
		check(params(k), false)
	}
	for k := range out {
		out[k] = draw(params(k))
	}
	return ndarray.Floats(shape, out)
}

// multiIterShape is the shape NumPy's multi-iterator broadcasts its
// arguments to, raising its shape mismatch naming the argument that set
// the conflicting dimension and the one that disagrees.
func multiIterShape(shapes [][]int) []int {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for i := range out {
		out[i] = 1
		src := 0
		for j, s := range shapes {
			k := i - (nd - len(s))
			if k < 0 || s[k] == 1 {
				continue
			}
			switch {
			case out[i] == 1:
				out[i], src = s[k], j
			case out[i] != s[k]:
				throw("ValueError", "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.",
					src, ndarray.ShapeString(shapes[src]), j, ndarray.ShapeString(s))
			}
		}
	}
	return out
}

// genIntegers is Generator.integers for int64 bounds given as integers.
func (in *interp) genIntegers(a *callArgs) Value {
	g := genOf(a)
	if _, ok := a.Get("low").(*ndarray.Array); ok {
		throw("NotImplementedError", "dcalc's Generator.integers takes integer bounds, not arrays")
	}
	lo, hi := new(big.Int), in.toInt(a.Get("low"))
	if h := a.Get("high"); h != nil && h != none {
		lo, hi = hi, in.toInt(h)
	}
	closed := in.truth(a.Or("endpoint", false), nil)
	if !closed {
		hi = new(big.Int).Sub(hi, big.NewInt(1))
	}
	if lo.Cmp(big.NewInt(math.MinInt64)) < 0 {
		throw("ValueError", "low is out of bounds for int64")
	}
	if !hi.IsInt64() {
		throw("ValueError", "high is out of bounds for int64")
	}
	if lo.Cmp(hi) > 0 {
		switch {
		case lo.Sign() == 0 && closed:
			throw("ValueError", "high < 0")
		case lo.Sign() == 0:
			throw("ValueError", "high <= 0")
		case closed:
			throw("ValueError", "low > high")
		}
		throw("ValueError", "low >= high")
	}
	off := lo.Int64()
	rng := uint64(hi.Int64()) - uint64(off)
	size := a.Get("size")
	if size == nil || size == none {
		return big.NewInt(off + int64(g.Bounded(rng)))
	}
	shape := in.shapeArg(size)
	npCall(func() bool { ndarray.CheckAlloc(ndarray.Int64, shape); return true })
	out := make([]int64, prodInts(shape))
	for i := range out {
		out[i] = off + int64(g.Bounded(rng))
	}
	return ndarray.Ints(shape, out)
}

var generatorChoiceMsgs = choiceMsgs{
	popInt: "a must be a positive integer unless no samples are taken",
	empty:  "a cannot be empty unless no samples are taken",
	p1d:    "p must be 1-dimensional",
	pSize:  "a and p must have same size",
	larger: "Cannot take a larger sample than population when replace is False",
}

// genChoice is Generator.choice: integers(0, n) for uniform draws;
// without replacement Floyd's algorithm (then a shuffle), or for a large
// sample of a large population the tail of a partial shuffle.
func (in *interp) genChoice(a *callArgs) Value {
	g := genOf(a)
	shuffle := in.truth(a.Or("shuffle", true), nil)
	return in.choiceCall(a, generatorChoiceMsgs, choiceDraw{
		uniform:  g.Double,
		withRepl: func(n int) int { return int(g.Bounded(uint64(n - 1))) },
		noRepl: func(n, size int) []int {
			cutoff := 20
			if shuffle {
				cutoff = 50
			}
			if n > 10000 && size > n/cutoff {
				idx := make([]int, n)
				for i := range idx {
					idx[i] = i
				}
				shuffleInts(g, idx, max(n-size, 1))
				return idx[n-size:]
			}
			idx := make([]int, size)
			seen := make(map[uint64]bool, size)
			for j := n - size; j < n; j++ {
				v := g.Bounded(uint64(j))
				if seen[v] {
					v = uint64(j)
				}
				seen[v] = true
				idx[j-n+size] = int(v)
			}
			if shuffle {
				shuffleInts(g, idx, 1)
			}
			return idx
		},
	})
}

// shuffleInts is the Generator's _shuffle_int: for i from n-1 down to
// first, swap item i with item Bounded(i).
func shuffleInts(g *ndarray.Generator, xs []int, first int) {
	for i := len(xs) - 1; i >= first; i-- {
		j := int(g.Bounded(uint64(i)))
		xs[i], xs[j] = xs[j], xs[i]
	}
}
