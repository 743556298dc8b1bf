package session

import (
	"math"
	"math/big"
	"sort"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds numpy.random's shuffle, permutation and choice as the
// legacy RandomState draws them (Fisher–Yates from the end with
// random_interval's masked rejection; choice through randint, a
// permutation, or the cumulative probabilities searched), so that a
// seeded notebook picks the same mini-batches as NumPy does.

func init() {
	randomTable = append(randomTable, shuffleTable...)
}

var shuffleTable = []*binding{
	{Name: "shuffle", Sig: "(x)", Doc: "Shuffle an array (along its first axis) or a list in place.",
		Fn: func(in *interp, a *callArgs) Value {
			in.shuffleWith(a.Get("x"), in.legacyInterval())
			return none
		}},
	{Name: "permutation", Sig: "(x)", Doc: "A shuffled copy of an array, or of arange(x) for an integer.",
		Fn: func(in *interp, a *callArgs) Value { return in.permutation(a.Get("x"), in.legacyInterval()) }},
	{Name: "choice", Sig: "(a, size=None, replace=True, p=None)", Honours: "size replace p",
		Doc: "Random samples from a 1-d array (or arange(a)), with or without replacement, uniform or with probabilities p.",
		Fn:  (*interp).npChoice},
}

// npArange is np.arange(n) of int64.
func npArange(n int64) *ndarray.Array {
	xs := make([]int64, max(n, 0))
	for i := range xs {
		xs[i] = int64(i)
	}
	return ndarray.Ints([]int{len(xs)}, xs)
}

// legacyInterval is RandomState's random_interval(max): an integer in
// [0, max] by masked rejection.
func (in *interp) legacyInterval() func(uint64) uint64 {
	r := in.random()
	return func(m uint64) uint64 { return uint64(r.Int(0, int64(m)+1)) }
}

// permutation is permutation(x): arange(x) shuffled for an integer, else
// a shuffled copy of the array.
func (in *interp) permutation(x Value, interval func(uint64) uint64) Value {
	if n, ok := x.(*big.Int); ok {
		arr := npArange(n.Int64())
		in.shuffleWith(arr, interval)
		return arr
	}
	arr := in.toArray(x)
	if arr.NDim() == 0 {
		throw("IndexError", "x must be an integer or at least 1-dimensional")
	}
	arr = arr.Copy()
	in.shuffleWith(arr, interval)
	return arr
}

// shuffleWith is shuffle(x) with the generator's random_interval: for i
// from n-1 down to 1, swap item i with item interval(i).
func (in *interp) shuffleWith(x Value, interval func(uint64) uint64) {
	switch v := x.(type) {
	case *List:
		for i := len(v.Items) - 1; i >= 1; i-- {
			j := int(interval(uint64(i)))
			v.Items[i], v.Items[j] = v.Items[j], v.Items[i]
		}
	case *ndarray.Array:
		if v.NDim() == 0 {
			throw("TypeError", "object of type 'numpy.ndarray' has no len()")
		}
		row := func(i int) []ndarray.Index { return []ndarray.Index{{Kind: ndarray.IndexInt, Int: i}} }
		for i := v.Shape()[0] - 1; i >= 1; i-- {
			j := int(interval(uint64(i)))
			if i == j {
				continue
			}
			ri, rj := v.Get(row(i)).Copy(), v.Get(row(j)).Copy()
			v.Set(row(i), rj)
			v.Set(row(j), ri)
		}
	case *Tuple, string:
		throw("TypeError", "'%s' object does not support item assignment", typeName(x))
	default:
		throw("NotImplementedError", "dcalc's numpy.random.shuffle takes a list or an array")
	}
}

// nonNumericItems returns the items of a list or tuple holding a string.
func nonNumericItems(v Value) ([]Value, bool) {
	items, _ := seqItems(v)
	for _, it := range items {
		if _, ok := it.(string); ok {
			return items, true
		}
	}
	return nil, false
}

// kahanSum is mtrand's compensated sum of the probabilities.
func kahanSum(xs []float64) float64 {
	sum, c := xs[0], 0.0
	for _, x := range xs[1:] {
		y := x - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

// choiceMsgs are the error messages of a choice method (RandomState's
// quote the parameters, Generator's do not).
type choiceMsgs struct {
	popInt, empty, p1d, pSize, larger string
}

var legacyChoiceMsgs = choiceMsgs{
	popInt: "a must be greater than 0 unless no samples are taken",
	empty:  "'a' cannot be empty unless no samples are taken",
	p1d:    "'p' must be 1-dimensional",
	pSize:  "'a' and 'p' must have same size",
	larger: "Cannot take a larger sample than population when 'replace=False'",
}

// choiceDraw is what choice draws with: size indices in [0, popSize)
// with replacement and uniform (p nil) or by the probabilities p, or
// without replacement.
type choiceDraw struct {
	uniform  func() float64 // random()
	withRepl func(popSize int) int
	noRepl   func(popSize, size int) []int
}

// choiceCall is a choice method: the population and probabilities read
// and checked, the indices drawn by d, and the picks returned as NumPy
// does (a scalar without size).
func (in *interp) choiceCall(a *callArgs, msgs choiceMsgs, d choiceDraw) Value {
	av := a.Get("a")
	var pop *ndarray.Array // nil: arange(popSize)
	var popSize int
	if n, ok := av.(*big.Int); ok {
		popSize = int(n.Int64())
		if sz := a.Get("size"); popSize <= 0 && (sz == nil || sz == none || prodInts(in.shapeArg(sz)) != 0) {
			throw("ValueError", "%s", msgs.popInt)
		}
	} else if items, ok := nonNumericItems(av); ok {
		// a list of strings: NumPy picks from an array of str, whose
		// elements print as Python's strings
		if sz := a.Get("size"); sz != nil && sz != none {
			throw("NotImplementedError", "dcalc does not implement numpy arrays of str yet: numpy.random.choice of strings takes no size")
		}
		choose := *a
		choose.vals = append([]Value(nil), a.vals...)
		choose.vals[0] = itoBig(len(items))
		return items[in.toIndex(in.choiceCall(&choose, msgs, d))]
	} else {
		pop = in.toArray(av)
		if pop.NDim() != 1 {
			throw("ValueError", "a must be 1-dimensional")
		}
		popSize = pop.Shape()[0]
		if sz := a.Get("size"); popSize == 0 && (sz == nil || sz == none || prodInts(in.shapeArg(sz)) != 0) {
			throw("ValueError", "%s", msgs.empty)
		}
	}
	var p []float64
	if pv := a.Get("p"); pv != nil && pv != none {
		pa := in.toArray(pv)
		if pa.NDim() != 1 {
			throw("ValueError", "%s", msgs.p1d)
		}
		if pa.Size() != popSize {
			throw("ValueError", "%s", msgs.pSize)
		}
		p = append([]float64(nil), pa.AsType(ndarray.Float64).Float64s()...)
		sum := kahanSum(p)
		if math.IsNaN(sum) {
			throw("ValueError", "probabilities contain NaN")
		}
		for _, x := range p {
			if x < 0 {
				throw("ValueError", "probabilities are not non-negative")
			}
		}
		if math.Abs(sum-1) > math.Sqrt(0x1p-52) {
			throw("ValueError", "probabilities do not sum to 1")
		}
	}
	sizeV := a.Get("size")
	scalar := sizeV == nil || sizeV == none
	var shape []int
	if !scalar {
		shape = in.shapeArg(sizeV)
	}
	size := prodInts(shape)
	var idx []int
	switch replace := in.truth(a.Or("replace", true), nil); {
	case replace && p == nil:
		idx = make([]int, size)
		for k := range idx {
			idx[k] = d.withRepl(popSize)
		}
	case replace:
		cdf := cumulative(p)
		idx = make([]int, size)
		for k := range idx {
			idx[k] = searchRight(cdf, d.uniform())
		}
	case size > popSize:
		throw("ValueError", "%s", msgs.larger)
	case p == nil:
		idx = d.noRepl(popSize, size)
	default:
		idx = choiceByP(p, size, d.uniform)
	}
	pick := func(k int) Value {
		if pop == nil {
			return big.NewInt(int64(k))
		}
		return arrayValue(npElem(pop, k))
	}
	if scalar {
		return pick(idx[0])
	}
	if pop == nil {
		out := make([]int64, size)
		for k, i := range idx {
			out[k] = int64(i)
		}
		return ndarray.Ints(shape, out)
	}
	return ndarray.TakeFlat(pop, idx).Reshape(shape)
}

// choiceByP draws size distinct indices by the probabilities p: rounds
// of uniform draws searched in the cumulative probabilities of what is
// left, keeping each round's new indices in the order first drawn.
func choiceByP(p []float64, size int, uniform func() float64) []int {
	nonzero := 0
	for _, x := range p {
		if x > 0 {
			nonzero++
		}
	}
	if nonzero < size {
		throw("ValueError", "Fewer non-zero entries in p than size")
	}
	idx := make([]int, size)
	for n := 0; n < size; {
		xs := make([]float64, size-n)
		for k := range xs {
			xs[k] = uniform()
		}
		for _, f := range idx[:n] {
			p[f] = 0
		}
		cdf := cumulative(p)
		seen := map[int]bool{}
		for _, x := range xs {
			j := searchRight(cdf, x)
			if !seen[j] {
				seen[j] = true
				idx[n] = j
				n++
			}
		}
	}
	return idx
}

// npChoice is RandomState.choice: randint for uniform draws, a
// permutation's head without replacement.
func (in *interp) npChoice(a *callArgs) Value {
	r := in.random()
	return in.choiceCall(a, legacyChoiceMsgs, choiceDraw{
		uniform:  r.Double,
		withRepl: func(n int) int { return int(r.Int(0, int64(n))) },
		noRepl: func(n, size int) []int {
			perm := npArange(int64(n))
			in.shuffleWith(perm, in.legacyInterval())
			idx := make([]int, size)
			for k := range idx {
				idx[k] = int(perm.Int64s()[k])
			}
			return idx
		},
	})
}

// cumulative is p.cumsum() / its last element.
func cumulative(p []float64) []float64 {
	cdf := make([]float64, len(p))
	acc := 0.0
	for i, x := range p {
		acc += x
		cdf[i] = acc
	}
	last := cdf[len(cdf)-1]
	for i := range cdf {
		cdf[i] /= last
	}
	return cdf
}

// searchRight is searchsorted(cdf, x, side='right'): the number of
// elements at or below x.
func searchRight(cdf []float64, x float64) int {
	return sort.Search(len(cdf), func(i int) bool { return cdf[i] > x })
}
