package ndarray

import (
	"math"
	"strconv"
	"strings"
)

// PrintOptions are the settings of np.set_printoptions that dcalc
// follows.
type PrintOptions struct {
	Precision int  // digits after the point
	LineWidth int  // characters per line
	Threshold int  // more elements than this are summarised with ...
	EdgeItems int  // elements kept at each end of a summarised axis
	Suppress  bool // no scientific notation for small values
}

// DefaultPrintOptions are NumPy's defaults (np.get_printoptions()).
var DefaultPrintOptions = PrintOptions{Precision: 8, LineWidth: 75, Threshold: 1000, EdgeItems: 3}

// Repr is repr(a) as NumPy 1.24 prints it with the default print options.
func (a *Array) Repr() string { return a.ReprWith(DefaultPrintOptions) }

// String is str(a) with the default print options.
func (a *Array) String() string { return a.StrWith(DefaultPrintOptions) }

// ReprWith is repr(a) under the print options o.
func (a *Array) ReprWith(o PrintOptions) string {
	const prefix = "array("
	skipDType := a.Size() > 0
	suffix := ")"
	if !skipDType {
		suffix = ","
	}
	var lst string
	switch {
	case a.Size() > 0 || (a.NDim() == 1 && a.shape[0] == 0):
		lst = a.toString(o, ", ", prefix, suffix)
	default:
		lst = "[], shape=" + ShapeString(a.shape)
	}
	s := prefix + lst + suffix
	if skipDType {
		return s
	}
	dt := "dtype=" + a.dtype.String() + ")"
	last := len(s) - (strings.LastIndex(s, "\n") + 1)
	spacer := " "
	if last+len(dt)+1 > o.LineWidth {
		spacer = "\n" + strings.Repeat(" ", len(prefix))
	}
	return s + spacer + dt
}

// ObjectString is repr (array([...], dtype=object)) or str of an array
// of dtype object with the given shape, whose elements print as words
// (their reprs, in C order): NumPy pads no element of such an array, and
// wraps and summarises its lines as for any other.
func ObjectString(shape []int, words []string, o PrintOptions, repr bool) string {
	a := Zeros(Bool, shape)
	f := &arrayFormatter{
		a:       a,
		data:    a,
		format:  func(k int) string { return words[-1-k] },
		summary: len(words) > o.Threshold,
		sep:     " ",
		edge:    o.EdgeItems,
	}
	if !repr {
		if len(words) == 0 {
			return "[]"
		}
		return f.recurse(nil, " ", o.LineWidth)
	}
	const prefix = "array("
	f.sep = ", "
	lst := "[]"
	if len(words) > 0 {
		lst = f.recurse(nil, " "+strings.Repeat(" ", len(prefix)), o.LineWidth-1)
	}
	s := prefix + lst + ","
	last := len(s) - (strings.LastIndex(s, "\n") + 1)
	spacer := " "
	if last+len("dtype=object)")+1 > o.LineWidth {
		spacer = "\n" + strings.Repeat(" ", len(prefix))
	}
	return s + spacer + "dtype=object)"
}

// StrWith is str(a) under the print options o: the elements without
// array( ) and separated by spaces.
func (a *Array) StrWith(o PrintOptions) string {
	if a.NDim() == 0 {
		return a.formatter(o, a)(0)
	}
	return a.toString(o, " ", "", "")
}

// toString is NumPy's array2string with the given separator, prefix
// (whose width indents continuation lines) and suffix (whose width is
// taken from the line width).
func (a *Array) toString(o PrintOptions, sep, prefix, suffix string) string {
	if a.Size() == 0 {
		return "[]"
	}
	summary := a.Size() > o.Threshold
	data := a
	if summary {
		data = a.leadingTrailing(o.EdgeItems)
	}
	if a.NDim() == 0 {
		return a.formatter(o, a)(0)
	}
	f := &arrayFormatter{
		a:       a,
		format:  a.formatter(o, data),
		data:    data,
		summary: summary,
		sep:     sep,
		edge:    o.EdgeItems,
	}
	return f.recurse(nil, " "+strings.Repeat(" ", len(prefix)), o.LineWidth-len(suffix))
}

// leadingTrailing keeps the first and last edge items of each axis that
// is summarised (the elements whose widths decide the format).
func (a *Array) leadingTrailing(edge int) *Array {
	v := a
	for ax := range a.NDim() {
		if v.shape[ax] > 2*edge {
			idx := make([]Index, ax+1)
			for i := range ax {
				idx[i] = Index{Kind: IndexSlice}
			}
			lo, hi := edge, -edge
			idx[ax] = Index{Kind: IndexSlice, Slice: [3]*int{nil, &lo, nil}}
			first := v.Get(idx).Copy()
			idx[ax] = Index{Kind: IndexSlice, Slice: [3]*int{&hi, nil, nil}}
			last := v.Get(idx).Copy()
			v = Concatenate([]*Array{first, last}, ax)
		}
	}
	return v
}

type arrayFormatter struct {
	a       *Array
	data    *Array
	format  func(k int) string
	summary bool
	sep     string
	edge    int // print option edgeitems
}

// element formats the element of a at index (all axes given).
func (f *arrayFormatter) element(index []int) string {
	k := 0
	for d, i := range index {
		k = k*f.a.shape[d] + i
	}
	// The formatter was built on the full array unless summarised; in
	// both cases it formats by value, so format the value itself.
	return f.format(-1 - k)
}

// recurse is NumPy's _formatArray recurser.
func (f *arrayFormatter) recurse(index []int, hanging string, width int) string {
	axis := len(index)
	left := f.a.NDim() - axis
	if left == 0 {
		return f.element(index)
	}
	nextHanging := hanging + " "
	nextWidth := width - 1
	n := f.a.shape[axis]
	show := f.summary && 2*f.edge < n
	leading, trailing := 0, n
	if show {
		leading, trailing = f.edge, f.edge
	}
	at := func(i int) []int { return append(append([]int(nil), index...), i) }
	var s strings.Builder
	if left == 1 {
		elemWidth := width - max(len(strings.TrimRight(f.sep, " ")), 1)
		line := hanging
		str := ""
		for i := range leading {
			word := f.recurse(at(i), nextHanging, nextWidth)
			str, line = extendLine(str, line, word, elemWidth, hanging)
			line += f.sep
		}
		if show {
			str, line = extendLine(str, line, "...", elemWidth, hanging)
			line += f.sep
		}
		for i := trailing; i > 1; i-- {
			word := f.recurse(at(n-i), nextHanging, nextWidth)
			str, line = extendLine(str, line, word, elemWidth, hanging)
			line += f.sep
		}
		word := f.recurse(at(n-1), nextHanging, nextWidth)
		str, line = extendLine(str, line, word, elemWidth, hanging)
		str += line
		s.WriteString(str)
	} else {
		lineSep := strings.TrimRight(f.sep, " ") + strings.Repeat("\n", left-1)
		for i := range leading {
			s.WriteString(hanging + f.recurse(at(i), nextHanging, nextWidth) + lineSep)
		}
		if show {
			s.WriteString(hanging + "..." + lineSep)
		}
		for i := trailing; i > 1; i-- {
			s.WriteString(hanging + f.recurse(at(n-i), nextHanging, nextWidth) + lineSep)
		}
		s.WriteString(hanging + f.recurse(at(n-1), nextHanging, nextWidth))
	}
	out := s.String()
	return "[" + out[len(hanging):] + "]"
}

// extendLine is NumPy's _extendLine (not the 1.13 legacy mode).
func extendLine(s, line, word string, width int, nextPrefix string) (string, string) {
	wrap := len(line)+len(word) > width
	if len(line) <= len(nextPrefix) {
		wrap = false
	}
	if wrap {
		s += strings.TrimRight(line, " ") + "\n"
		line = nextPrefix
	}
	return s, line + word
}

// formatter returns the element formatter NumPy chooses for the values of
// data; the returned function formats a's element at flat index -1-k
// (k >= 0) or data's element at k.
func (a *Array) formatter(o PrintOptions, data *Array) func(int) string {
	value := func(k int) any {
		if k < 0 {
			return a.Item(-1 - k)
		}
		return data.Item(k)
	}
	switch data.dtype {
	case Bool:
		trueStr := " True"
		if data.NDim() == 0 {
			trueStr = "True"
		}
		return func(k int) string {
			if value(k).(bool) {
				return trueStr
			}
			return "False"
		}
	case Int64:
		xs := data.Int64s()
		w := 0
		if len(xs) > 0 {
			lo, hi := xs[0], xs[0]
			for _, x := range xs {
				lo, hi = min(lo, x), max(hi, x)
			}
			w = max(len(strconv.FormatInt(lo, 10)), len(strconv.FormatInt(hi, 10)))
		}
		return func(k int) string {
			s := strconv.FormatInt(value(k).(int64), 10)
			return strings.Repeat(" ", max(w-len(s), 0)) + s
		}
	case Float64:
		ff := newFloatFormat(o, data.Float64s(), false)
		return func(k int) string { return ff.format(value(k).(float64)) }
	}
	cs := data.Complex128s()
	re, im := make([]float64, len(cs)), make([]float64, len(cs))
	for k, c := range cs {
		re[k], im[k] = real(c), imag(c)
	}
	rf, imf := newFloatFormat(o, re, false), newFloatFormat(o, im, true)
	return func(k int) string {
		c := value(k).(complex128)
		r := rf.format(real(c))
		i := imf.format(imag(c))
		sp := len(strings.TrimRight(i, " "))
		return r + i[:sp] + "j" + i[sp:]
	}
}

// floatFormat is NumPy's FloatingFormat in 'maxprec' mode.
type floatFormat struct {
	exp       bool
	precision int
	minDigits int
	trimK     bool // trim='k' (else '.')
	padLeft   int
	padRight  int
	expSize   int
	plus      bool
}

func newFloatFormat(o PrintOptions, data []float64, plus bool) *floatFormat {
	ff := &floatFormat{precision: o.Precision, plus: plus}
	var finite []float64
	for _, x := range data {
		if !math.IsInf(x, 0) && !math.IsNaN(x) {
			finite = append(finite, x)
		}
	}
	maxV, minV, any := 0.0, 0.0, false
	for _, x := range finite {
		if x == 0 {
			continue
		}
		ax := math.Abs(x)
		if !any {
			maxV, minV, any = ax, ax, true
		}
		maxV, minV = math.Max(maxV, ax), math.Min(minV, ax)
	}
	if any && (maxV >= 1e8 || !o.Suppress && (minV < 0.0001 || maxV/minV > 1000)) {
		ff.exp = true
	}
	switch {
	case len(finite) == 0:
		ff.expSize = -1
	case ff.exp:
		frac, intw, expw := 0, 0, 0
		for _, x := range finite {
			m, e := scientific(x, o.Precision, 0, false, plus)
			ip, fp, _ := strings.Cut(m, ".")
			frac = max(frac, len(fp))
			intw = max(intw, len(ip))
			expw = max(expw, len(e)-1)
		}
		ff.expSize = expw
		ff.trimK = true
		ff.precision, ff.minDigits = frac, frac
		ff.padLeft = intw
		ff.padRight = ff.expSize + 2 + ff.precision
	default:
		for _, x := range finite {
			s := positional(x, o.Precision, 0, false, plus)
			ip, fp, _ := strings.Cut(s, ".")
			ff.padLeft = max(ff.padLeft, len(ip))
			ff.padRight = max(ff.padRight, len(fp))
		}
		ff.expSize = -1
	}
	if len(finite) != len(data) {
		negInf := plus
		for _, x := range data {
			if math.IsInf(x, -1) {
				negInf = true
			}
		}
		inf := 3
		if negInf {
			inf++
		}
		offset := ff.padRight + 1
		ff.padLeft = max(ff.padLeft, 3-offset, inf-offset)
	}
	return ff
}

func (ff *floatFormat) format(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		ret := "nan"
		if math.IsNaN(x) {
			if ff.plus {
				ret = "+nan"
			}
		} else {
			switch {
			case x < 0:
				ret = "-inf"
			case ff.plus:
				ret = "+inf"
			default:
				ret = "inf"
			}
		}
		return strings.Repeat(" ", max(ff.padLeft+ff.padRight+1-len(ret), 0)) + ret
	}
	if ff.exp {
		m, e := scientific(x, ff.precision, ff.minDigits, ff.trimK, ff.plus)
		ip, _, _ := strings.Cut(m, ".")
		m = strings.Repeat(" ", max(ff.padLeft-len(ip), 0)) + m
		digits := e[1:]
		for len(digits) < ff.expSize {
			digits = "0" + digits
		}
		return m + "e" + e[:1] + digits
	}
	s := positional(x, ff.precision, ff.minDigits, ff.trimK, ff.plus)
	ip, fp, _ := strings.Cut(s, ".")
	return strings.Repeat(" ", max(ff.padLeft-len(ip), 0)) + s + strings.Repeat(" ", max(ff.padRight-len(fp), 0))
}

// positional is NumPy's dragon4_positional in unique mode: the shortest
// digits that round-trip, at most precision of them after the point,
// at least minDigits (zero-padded). trimK keeps trailing zeros after
// rounding; otherwise they go and the point stays ("1.").
func positional(x float64, precision, minDigits int, trimK, plus bool) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	ip, fp, _ := strings.Cut(s, ".")
	if len(fp) > precision {
		s = strconv.FormatFloat(x, 'f', precision, 64)
		ip, fp, _ = strings.Cut(s, ".")
		if !trimK {
			fp = strings.TrimRight(fp, "0")
		}
	}
	for len(fp) < minDigits {
		fp += "0"
	}
	if plus && !strings.HasPrefix(ip, "-") {
		ip = "+" + ip
	}
	return ip + "." + fp
}

// scientific is NumPy's dragon4_scientific in unique mode; it returns the
// mantissa ("1.5", "-2.") and the exponent with its sign ("-05").
func scientific(x float64, precision, minDigits int, trimK, plus bool) (string, string) {
	s := strconv.FormatFloat(x, 'e', -1, 64)
	m, e, _ := strings.Cut(s, "e")
	ip, fp, _ := strings.Cut(m, ".")
	if len(fp) > precision {
		s = strconv.FormatFloat(x, 'e', precision, 64)
		m, e, _ = strings.Cut(s, "e")
		ip, fp, _ = strings.Cut(m, ".")
		if !trimK {
			fp = strings.TrimRight(fp, "0")
		}
	}
	for len(fp) < minDigits {
		fp += "0"
	}
	if plus && !strings.HasPrefix(ip, "-") {
		ip = "+" + ip
	}
	return ip + "." + fp, e
}

// Concatenate joins arrays along axis (their other dimensions must agree).
func Concatenate(arrays []*Array, axis int) *Array {
	if len(arrays) == 0 {
		fail("ValueError", "need at least one array to concatenate")
	}
	nd := arrays[0].NDim()
	if nd == 0 {
		fail("ValueError", "zero-dimensional arrays cannot be concatenated")
	}
	if axis < -nd || axis >= nd {
		fail("AxisError", "axis %d is out of bounds for array of dimension %d", axis, nd)
	}
	if axis < 0 {
		axis += nd
	}
	dt := arrays[0].dtype
	shape := append([]int(nil), arrays[0].shape...)
	shape[axis] = 0
	for i, a := range arrays {
		if a.NDim() != nd {
			fail("ValueError", "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, i, a.NDim())
		}
		for d := range nd {
			if d != axis && a.shape[d] != arrays[0].shape[d] {
				fail("ValueError", "all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", d, arrays[0].shape[d], i, a.shape[d])
			}
		}
		shape[axis] += a.shape[axis]
		dt = max(dt, a.dtype)
	}
	out := Zeros(dt, shape)
	outer := prod(shape[:axis])
	inner := prod(shape[axis+1:])
	pos := 0
	for _, a := range arrays {
		c := a.AsType(dt)
		chunk := a.shape[axis] * inner
		for o := range outer {
			copyElems(out.buf, o*shape[axis]*inner+pos, c.buf, o*chunk, chunk)
		}
		pos += chunk
	}
	return out
}
