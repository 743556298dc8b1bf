package session

import (
	"math"
	"math/big"
)

// Python's statistics module for ints and floats, computed as CPython
// 3.11 computes it: sums exact (as Fractions), the result converted to
// the data's type (an int when the mean of ints is whole), variances
// from exact sums of squares, standard deviations the correctly rounded
// square root of the exact variance, medians by sorting.

// statData is the data of a statistics call: each value exact, and
// whether any was a float (CPython's _coerce: int and float give float).
type statData struct {
	vals  []Value
	exact []*big.Rat
	float bool
	// special is a NaN or infinity among the data (the result then
	// follows float arithmetic)
	special bool
}

func (in *interp) statData(name string, v Value) statData {
	var d statData
	in.iterate(v, func(x Value) bool {
		d.vals = append(d.vals, x)
		switch y := x.(type) {
		case bool:
			d.exact = append(d.exact, big.NewRat(map[bool]int64{true: 1}[y], 1))
		case *big.Int:
			d.exact = append(d.exact, new(big.Rat).SetInt(y))
		case float64:
			d.float = true
			if math.IsNaN(y) || math.IsInf(y, 0) {
				d.special = true
				d.exact = append(d.exact, new(big.Rat))
			} else {
				d.exact = append(d.exact, new(big.Rat).SetFloat64(y))
			}
		default:
			throw("NotImplementedError", "dcalc's statistics.%s takes ints and floats, not %s", name, typeName(x))
		}
		return true
	})
	return d
}

// convert is _convert(value, T): an int when the data were ints and the
// value is whole, a float otherwise.
func (d statData) convert(r *big.Rat) Value {
	if !d.float && r.IsInt() {
		return new(big.Int).Set(r.Num())
	}
	f, _ := r.Float64()
	return f
}

func statError(format string, args ...any) {
	throw("StatisticsError", format, args...)
}

// statsMean is statistics.mean.
func (in *interp) statsMean(v Value) Value {
	d := in.statData("mean", v)
	if len(d.vals) == 0 {
		statError("mean requires at least one data point")
	}
	if d.special {
		return in.floatSum(d.vals) / float64(len(d.vals))
	}
	sum := new(big.Rat)
	for _, r := range d.exact {
		sum.Add(sum, r)
	}
	return d.convert(sum.Quo(sum, big.NewRat(int64(len(d.vals)), 1)))
}

// floatSum is the float sum of the data in order (for NaN and inf).
func (in *interp) floatSum(vals []Value) float64 {
	s := 0.0
	for _, v := range vals {
		s += in.toFloat(v)
	}
	return s
}

// statsVariance is statistics.variance (sample) or pvariance: the exact
// sum of squared deviations over n - 1 or n.
func (in *interp) statsVariance(name string, v Value, sample bool) (statData, *big.Rat) {
	d := in.statData(name, v)
	n := len(d.vals)
	if sample && n < 2 {
		statError("%s requires at least two data points", name)
	}
	if !sample && n < 1 {
		statError("%s requires at least one data point", name)
	}
	if d.special {
		throw("NotImplementedError", "dcalc's statistics.%s does not take NaN or infinite data yet", name)
	}
	sx, sxx := new(big.Rat), new(big.Rat)
	for _, r := range d.exact {
		sx.Add(sx, r)
		sxx.Add(sxx, new(big.Rat).Mul(r, r))
	}
	cnt := big.NewRat(int64(n), 1)
	ss := new(big.Rat).Mul(cnt, sxx)
	ss.Sub(ss, new(big.Rat).Mul(sx, sx))
	ss.Quo(ss, cnt)
	div := int64(n)
	if sample {
		div = int64(n - 1)
	}
	return d, ss.Quo(ss, big.NewRat(div, 1))
}

// sqrtRat is the correctly rounded square root of a non-negative
// rational (CPython's _float_sqrt_of_frac).
func sqrtRat(r *big.Rat) float64 {
	x := new(big.Float).SetPrec(1024).SetRat(r)
	y := new(big.Float).SetPrec(512).Sqrt(x)
	f, _ := y.Float64()
	return f
}

// statsMedian is statistics.median.
func (in *interp) statsMedian(v Value) Value {
	d := in.statData("median", v)
	n := len(d.vals)
	if n == 0 {
		statError("no median for empty data")
	}
	s := in.sorted(d.vals, nil, false)
	if n%2 == 1 {
		return s[n/2]
	}
	return in.binop("/", in.binop("+", s[n/2-1], s[n/2], nil), big.NewInt(2), nil)
}

// statisticsModule is `import statistics`.
func statisticsModule(*interp) *Module {
	m := tableModule("statistics", statisticsTable)
	m.Attrs["StatisticsError"] = excClasses["StatisticsError"]
	return m
}

// statisticsTable is the statistics module's functions.
var statisticsTable []*binding

// (filled by init: the rows reach the interpreter, whose initialisation
// reaches the module table back)
func init() {
	statisticsTable = []*binding{
		{Name: "mean", Sig: "(data)", Doc: "The arithmetic mean, exact for ints (an int when whole).",
			Fn: func(in *interp, a *callArgs) Value { return in.statsMean(a.Get("data")) }},
		{Name: "fmean", Sig: "(data, weights=None)", Doc: "The mean as a float (math.fsum over n).",
			Fn: func(in *interp, a *callArgs) Value {
				d := in.statData("fmean", a.Get("data"))
				if len(d.vals) == 0 {
					statError("fmean requires at least one data point")
				}
				return in.toFloat(mathFsum(in, &List{Items: d.vals})) / float64(len(d.vals))
			}},
		{Name: "median", Sig: "(data)", Doc: "The middle value, or the mean of the two middle values.",
			Fn: func(in *interp, a *callArgs) Value { return in.statsMedian(a.Get("data")) }},
		{Name: "mode", Sig: "(data)", Doc: "The most common value (the first met among ties).",
			Fn: func(in *interp, a *callArgs) Value {
				c := newDict()
				c.kind = counterDict
				in.counterAdd(c, a.Get("data"), 1)
				items := in.mostCommon(c)
				if len(items) == 0 {
					statError("no mode for empty data")
				}
				return items[0].(*Tuple).Items[0]
			}},
		{Name: "variance", Sig: "(data, xbar=None)", Doc: "The sample variance (n - 1), exact for ints.",
			Fn: func(in *interp, a *callArgs) Value {
				d, r := in.statsVariance("variance", a.Get("data"), true)
				return d.convert(r)
			}},
		{Name: "pvariance", Sig: "(data, mu=None)", Doc: "The population variance (n), exact for ints.",
			Fn: func(in *interp, a *callArgs) Value {
				d, r := in.statsVariance("pvariance", a.Get("data"), false)
				return d.convert(r)
			}},
		{Name: "stdev", Sig: "(data, xbar=None)", Doc: "The sample standard deviation, correctly rounded.",
			Fn: func(in *interp, a *callArgs) Value {
				_, r := in.statsVariance("stdev", a.Get("data"), true)
				return sqrtRat(r)
			}},
		{Name: "pstdev", Sig: "(data, mu=None)", Doc: "The population standard deviation, correctly rounded.",
			Fn: func(in *interp, a *callArgs) Value {
				_, r := in.statsVariance("pstdev", a.Get("data"), false)
				return sqrtRat(r)
			}},
	}
	statisticsTable = append(statisticsTable, statisticsOrderRows...)
	stdlibKnown["statistics"] = []string{"median_grouped", "covariance", "correlation", "linear_regression", "NormalDist"}
}

// statisticsOrderRows are the statistics functions of the sorted data
// (median_low, median_high, quantiles), multimode and geometric_mean,
// as CPython 3.11 writes them.
var statisticsOrderRows = []*binding{
	{Name: "median_low", Sig: "(data)", Doc: "The lower of the two middle values (the middle one for odd counts).",
		Fn: func(in *interp, a *callArgs) Value {
			s := in.statSorted("median_low", a.Get("data"))
			if len(s)%2 == 1 {
				return s[len(s)/2]
			}
			return s[len(s)/2-1]
		}},
	{Name: "median_high", Sig: "(data)", Doc: "The higher of the two middle values (the middle one for odd counts).",
		Fn: func(in *interp, a *callArgs) Value {
			s := in.statSorted("median_high", a.Get("data"))
			return s[len(s)/2]
		}},
	{Name: "multimode", Sig: "(data)", Doc: "The most common values, in the order first met.",
		Fn: func(in *interp, a *callArgs) Value {
			c := newDict()
			c.kind = counterDict
			in.counterAdd(c, a.Get("data"), 1)
			var out []Value
			var most *big.Int
			for _, it := range in.mostCommon(c) {
				pair := it.(*Tuple).Items
				n := pair[1].(*big.Int)
				if most != nil && n.Cmp(most) < 0 {
					break
				}
				most = n
				out = append(out, pair[0])
			}
			return &List{Items: out}
		}},
	{Name: "quantiles", Sig: "(data, *, n=4, method='exclusive')", Honours: "n method",
		Doc: "The n - 1 cut points dividing the data into n intervals of equal probability (exclusive or inclusive method).",
		Fn:  func(in *interp, a *callArgs) Value { return in.statsQuantiles(a) }},
	{Name: "harmonic_mean", Sig: "(data, weights=None)", Doc: "n over the exact sum of the floats 1/x (0 when a value is 0).",
		Fn: func(in *interp, a *callArgs) Value { return in.statsHarmonicMean(a.Get("data")) }},
	{Name: "geometric_mean", Sig: "(data)", Doc: "exp(fmean(map(log, data))), as a float.",
		Fn: func(in *interp, a *callArgs) Value {
			d := in.statData("geometric_mean", a.Get("data"))
			logs := make([]Value, len(d.vals))
			for i, v := range d.vals {
				x := in.toFloat(v)
				if !(x > 0) {
					statError("geometric mean requires a non-empty dataset containing positive numbers")
				}
				logs[i] = libmLog(x)
			}
			if len(logs) == 0 {
				statError("geometric mean requires a non-empty dataset containing positive numbers")
			}
			return libmExp(in.toFloat(mathFsum(in, &List{Items: logs})) / float64(len(logs)))
		}},
}

// statSorted is sorted(data) for ints and floats, StatisticsError when
// it is empty (the medians' message).
func (in *interp) statSorted(name string, v Value) []Value {
	d := in.statData(name, v)
	if len(d.vals) == 0 {
		statError("no median for empty data")
	}
	return in.sorted(d.vals, nil, false)
}

// statsQuantiles is quantiles(data, n=n, method=method).
func (in *interp) statsQuantiles(a *callArgs) Value {
	n := int64(4)
	if v := a.Get("n"); v != nil {
		b, ok := v.(*big.Int)
		if !ok || !b.IsInt64() {
			throw("NotImplementedError", "dcalc's quantiles takes an int n")
		}
		n = b.Int64()
	}
	if n < 1 {
		statError("n must be at least 1")
	}
	method := "exclusive"
	if v := a.Get("method"); v != nil {
		s, ok := v.(string)
		if !ok {
			throw("ValueError", "Unknown method: %s", in.repr(v))
		}
		method = s
	}
	data := in.sorted(in.statData("quantiles", a.Get("data")).vals, nil, false)
	ld := int64(len(data))
	if ld < 2 {
		statError("must have at least two data points")
	}
	// (data[lo]*(n - delta) + data[lo + 1]*delta)/n, in Python's arithmetic
	interp := func(lo, delta int64) Value {
		l := in.binop("*", data[lo], big.NewInt(n-delta), nil)
		r := in.binop("*", data[lo+1], big.NewInt(delta), nil)
		return in.binop("/", in.binop("+", l, r, nil), big.NewInt(n), nil)
	}
	var out []Value
	switch method {
	case "inclusive":
		m := ld - 1
		for i := int64(1); i < n; i++ {
			out = append(out, interp(i*m/n, i*m%n))
		}
	case "exclusive":
		m := ld + 1
		for i := int64(1); i < n; i++ {
			j := min(max(i*m/n, 1), ld-1)
			out = append(out, interp(j-1, i*m-j*n))
		}
	default:
		throw("ValueError", "Unknown method: %s", in.repr(method))
	}
	return &List{Items: out}
}

// statsHarmonicMean is harmonic_mean(data) without weights: the floats
// 1/x (Python's true division) summed exactly, n divided by the sum and
// rounded once; a lone value is returned as it is, a 0 met before any
// negative value gives 0.
func (in *interp) statsHarmonicMean(v Value) Value {
	const negative = "harmonic mean does not support negative values"
	d := in.statData("harmonic_mean", v)
	n := len(d.vals)
	if n < 1 {
		statError("harmonic_mean requires at least one data point")
	}
	if n == 1 {
		if d.exact[0].Sign() < 0 {
			statError(negative)
		}
		return d.vals[0]
	}
	if d.special {
		throw("NotImplementedError", "dcalc's harmonic_mean takes finite values")
	}
	total := new(big.Rat)
	for _, x := range d.exact {
		switch {
		case x.Sign() < 0:
			statError(negative)
		case x.Sign() == 0:
			return big.NewInt(0) // 1/0: ZeroDivisionError, caught
		}
		inv, _ := new(big.Rat).Inv(x).Float64() // 1/x, correctly rounded
		total.Add(total, new(big.Rat).SetFloat64(inv))
	}
	if total.Sign() <= 0 {
		statError("Weighted sum must be positive")
	}
	f, _ := new(big.Rat).Quo(big.NewRat(int64(n), 1), total).Float64()
	return f
}
