package ndarray

import (
	"math"
)

// Reduction names the reductions Reduce knows.
type Reduction int

// The reductions.
const (
	Sum Reduction = iota
	Prod
	Mean
	Max
	Min
	ArgMax
	ArgMin
	Any
	All
	Var
	Std
)

var reductionNames = [...]string{"sum", "prod", "mean", "max", "min", "argmax", "argmin", "any", "all", "var", "std"}

// Reduce applies r over axis (nil: over all elements, giving a 0-d
// array). ddof is Var and Std's delta degrees of freedom.
func Reduce(r Reduction, a *Array, axis *int, ddof int) (*Array, Flags) {
	rows, shape := a.rows(axis)
	if len(rows) == 0 && a.Size() == 0 && axis == nil {
		rows = [][]int{nil}
	}
	var fl Flags
	n := 0
	if len(rows) > 0 {
		n = len(rows[0])
	}
	if n == 0 {
		switch r {
		case Max, Min:
			fail("ValueError", "zero-size array to reduction operation %s which has no identity", map[Reduction]string{Max: "maximum", Min: "minimum"}[r])
		case ArgMax, ArgMin:
			fail("ValueError", "attempt to get %s of an empty sequence", reductionNames[r])
		case Mean, Var, Std:
			fl |= FlagInvalid
		}
	}
	src := a.Copy()
	switch r {
	case ArgMax, ArgMin:
		out := make([]int64, len(rows))
		for k, row := range rows {
			out[k] = int64(argExtreme(src, row, r == ArgMax))
		}
		return Ints(shape, out), 0
	case Any, All:
		xs := src.Bool8s()
		out := make([]bool, len(rows))
		for k, row := range rows {
			v := r == All
			for _, o := range row {
				if xs[o] != v {
					v = !v
					break
				}
			}
			out[k] = v
		}
		return Bools(shape, out), 0
	}
	switch src.dtype {
	case Complex128:
		if r != Sum && r != Prod && r != Mean {
			fail("NotImplementedError", "dcalc does not implement numpy.%s of complex arrays yet", reductionNames[r])
		}
		xs := src.Complex128s()
		out := make([]complex128, len(rows))
		for k, row := range rows {
			acc := complex(0, 0)
			if r == Prod {
				acc = 1
			}
			for _, o := range row {
				if r == Prod {
					acc *= xs[o]
				} else {
					acc += xs[o]
				}
			}
			if r == Mean {
				acc /= complex(float64(len(row)), 0)
			}
			out[k] = acc
		}
		return Complexes(shape, out), 0
	case Bool, Int64:
		switch r {
		case Sum, Prod, Max, Min:
			xs := src.Int64s()
			out := make([]int64, len(rows))
			for k, row := range rows {
				out[k] = reduceInts(r, xs, row)
			}
			return Ints(shape, out), 0
		}
	}
	sum := PairwiseSum
	if axis != nil && !a.innermost(*axis) {
		sum = sequentialSum
	}
	xs := src.Float64s()
	out := make([]float64, len(rows))
	for k, row := range rows {
		v, f := reduceFloats(r, xs, row, ddof, sum)
		out[k] = v
		fl |= f
	}
	return Floats(shape, out), fl
}

// rows lists, for each position of the result, the flat offsets (into a
// C-contiguous copy of a) of the elements reduced into it, and returns
// the result's shape.
func (a *Array) rows(axis *int) ([][]int, []int) {
	n := a.Size()
	if axis == nil {
		row := make([]int, n)
		for k := range row {
			row[k] = k
		}
		return [][]int{row}, nil
	}
	ax := *axis
	if ax < -a.NDim() || ax >= a.NDim() {
		fail("AxisError", "axis %d is out of bounds for array of dimension %d", ax, a.NDim())
	}
	if ax < 0 {
		ax += a.NDim()
	}
	outer := prod(a.shape[:ax])
	inner := prod(a.shape[ax+1:])
	m := a.shape[ax]
	shape := append(append([]int(nil), a.shape[:ax]...), a.shape[ax+1:]...)
	rows := make([][]int, outer*inner)
	for o := range outer {
		for i := range inner {
			row := make([]int, m)
			for j := range m {
				row[j] = (o*m+j)*inner + i
			}
			rows[o*inner+i] = row
		}
	}
	return rows, shape
}

func reduceInts(r Reduction, xs []int64, row []int) int64 {
	var acc int64
	switch r {
	case Prod:
		acc = 1
		for _, o := range row {
			acc *= xs[o]
		}
	case Max, Min:
		acc = xs[row[0]]
		for _, o := range row[1:] {
			if (r == Max) == (xs[o] > acc) && xs[o] != acc {
				acc = xs[o]
			}
		}
	default:
		for _, o := range row {
			acc += xs[o]
		}
	}
	return acc
}

// innermost reports whether axis is the one NumPy's iterator puts in
// the inner loop: the axis (of more than one element) with the smallest
// stride in memory. A sum along it is a reduction loop, summed pairwise;
// along any other axis each result element is accumulated in order.
func (a *Array) innermost(axis int) bool {
	if axis < 0 {
		axis += len(a.shape)
	}
	best, bestStride := -1, 0
	for d := len(a.shape) - 1; d >= 0; d-- {
		s := a.strides[d]
		if s < 0 {
			s = -s
		}
		if a.shape[d] > 1 && (best < 0 || s < bestStride) {
			best, bestStride = d, s
		}
	}
	return best < 0 || best == axis
}

// sequentialSum adds the values in order from 0, as NumPy's add loop
// accumulates along an outer axis.
func sequentialSum(a []float64) float64 {
	acc := 0.0
	for _, v := range a {
		acc += v
	}
	return acc
}

func reduceFloats(r Reduction, xs []float64, row []int, ddof int, sum func([]float64) float64) (float64, Flags) {
	vals := make([]float64, len(row))
	for k, o := range row {
		vals[k] = xs[o]
	}
	switch r {
	case Sum:
		return 0 + sum(vals), 0
	case Prod:
		acc := 1.0
		for _, v := range vals {
			acc *= v
		}
		return acc, 0
	case Mean:
		if len(vals) == 0 {
			return math.NaN(), FlagInvalid
		}
		return (0 + sum(vals)) / float64(len(vals)), 0
	case Var, Std:
		n := float64(len(vals))
		mean := (0 + sum(vals)) / n
		sq := make([]float64, len(vals))
		for k, v := range vals {
			d := v - mean
			sq[k] = d * d
		}
		dof := n - float64(ddof)
		v := (0 + sum(sq)) / math.Max(dof, 0)
		var fl Flags
		if dof <= 0 {
			fl = FlagDivide
			if len(vals) == 0 || v != v {
				fl = FlagInvalid
			}
		}
		if r == Std {
			v = math.Sqrt(v)
		}
		return v, fl
	}
	acc := vals[0]
	for _, v := range vals[1:] {
		if acc != acc {
			break
		}
		if v != v || (r == Max && v > acc) || (r == Min && v < acc) {
			acc = v
		}
	}
	return acc, 0
}

// PairwiseSum is NumPy's float64 add.reduce: the values in chunks of
// the ufunc buffer's 8192 elements, each summed pairwise (blocks of 128
// with eight accumulators) and added to the total in turn, so sums agree
// to the last bit.
func PairwiseSum(a []float64) float64 {
	const bufSize = 8192
	acc := pairwise(a[:min(len(a), bufSize)])
	for s := bufSize; s < len(a); s += bufSize {
		acc += pairwise(a[s:min(len(a), s+bufSize)])
	}
	return acc
}

func pairwise(a []float64) float64 {
	n := len(a)
	switch {
	case n < 8:
		res := math.Copysign(0, -1) // -0 + -0 keeps a sum of negative zeros -0
		for _, v := range a {
			res += v
		}
		return res
	case n <= 128:
		var r [8]float64
		copy(r[:], a[:8])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := range 8 {
				r[j] += a[i+j]
			}
		}
		res := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			res += a[i]
		}
		return res
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwise(a[:n2]) + pairwise(a[n2:])
}

func argExtreme(src *Array, row []int, isMax bool) int {
	if src.dtype == Complex128 {
		fail("NotImplementedError", "dcalc does not implement numpy argmax/argmin of complex arrays yet")
	}
	if src.dtype != Float64 {
		xs := src.Int64s()
		best := 0
		for k, o := range row {
			if (isMax && xs[o] > xs[row[best]]) || (!isMax && xs[o] < xs[row[best]]) {
				best = k
			}
		}
		return best
	}
	xs := src.Float64s()
	best := 0
	for k, o := range row {
		v, b := xs[o], xs[row[best]]
		if b != b {
			return best
		}
		if v != v || (isMax && v > b) || (!isMax && v < b) {
			best = k
		}
	}
	return best
}

// CumSum is the running sum over axis (nil: of the flattened array).
func CumSum(a *Array, axis *int, product bool) *Array {
	src := a
	if axis == nil {
		src = a.Ravel()
		z := 0
		axis = &z
	}
	rows, _ := src.rows(axis)
	c := src.Copy()
	if c.dtype == Bool {
		c = c.AsType(Int64)
	}
	for _, row := range rows {
		switch c.dtype {
		case Int64:
			acc := int64(0)
			if product {
				acc = 1
			}
			for _, o := range row {
				if product {
					acc *= c.buf.i[o]
				} else {
					acc += c.buf.i[o]
				}
				c.buf.i[o] = acc
			}
		case Float64:
			acc := 0.0
			if product {
				acc = 1
			}
			for _, o := range row {
				if product {
					acc *= c.buf.f[o]
				} else {
					acc += c.buf.f[o]
				}
				c.buf.f[o] = acc
			}
		default:
			acc := complex(0, 0)
			if product {
				acc = 1
			}
			for _, o := range row {
				if product {
					acc *= c.buf.c[o]
				} else {
					acc += c.buf.c[o]
				}
				c.buf.c[o] = acc
			}
		}
	}
	return c
}

// ReduceRowsFloat applies f to the float64 values of each row along axis
// (all elements for nil) and gathers the results in the reduced shape.
func ReduceRowsFloat(a *Array, axis *int, f func(vals []float64) float64) *Array {
	rows, shape := a.rows(axis)
	xs := a.AsType(Float64).Float64s()
	out := make([]float64, len(rows))
	for k, row := range rows {
		vals := make([]float64, len(row))
		for i, o := range row {
			vals[i] = xs[o]
		}
		out[k] = f(vals)
	}
	return Floats(shape, out)
}
