package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file is SymPy's fourier_series and the objects it returns
// (sympy/series/fourier.py): FourierSeries, whose cosine and sine
// coefficients are SeqFormula sequences of integrals taken once with a
// symbolic n, and FiniteFourierSeries for a function that is already a
// finite trigonometric sum. Terms, truncate, sigma_approximation,
// shift, shiftx, scale and scalex follow SymPy's definitions; the
// mathematics (the finite check, the reading of a finite sum) is in
// engine/fourier.go.

// seqFormula is SymPy's SeqFormula: formula in v for v from start to
// stop (integers, or oo for stop).
type seqFormula struct {
	formula     engine.Expr
	v           *engine.Symbol
	start, stop engine.Expr
}

// fourierSeries is a FourierSeries or a FiniteFourierSeries.
type fourierSeries struct {
	f      engine.Expr
	x      *engine.Symbol
	lo, hi engine.Expr
	a0     engine.Expr
	// an and bn are the general series' coefficient sequences.
	an, bn *seqFormula
	// finite marks a FiniteFourierSeries, whose coefficients are fan and
	// fbn by multiple of pi*x/L.
	finite   bool
	fan, fbn []engine.FourierTerm
}

var fourierRows = []*binding{
	{Name: "fourier_series", Honours: "limits finite",
		Doc: "The Fourier series of f over (x, start, stop) (default (x, -pi, pi)): a FourierSeries with truncate(n), or a FiniteFourierSeries for a finite trigonometric sum.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.fourierSeriesOf(in.sympify(a.Get("f")), a.Get("limits"), in.truth(a.Get("finite"), nil))
		}},
	{Name: "SeqFormula", Sig: "(formula, limits=None)", Honours: "limits",
		Doc: "The sequence of formula's values for its variable over (n, start, stop).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.newSeqFormula(in.sympify(a.Get("formula")), a.Get("limits"))
		}},
}

// fourierSeriesMethod is Expr.fourier_series(limits=None), which is
// fourier_series(self, limits).
var fourierSeriesMethod = exprMethod("fourier_series", "limits", "The Fourier series of the expression over (x, start, stop), as fourier_series.",
	func(in *interp, e engine.Expr, a *callArgs) Value {
		return in.fourierSeriesOf(e, a.Get("limits"), true)
	})

// fourierSeriesOf is fourier_series(f, limits, finite).
func (in *interp) fourierSeriesOf(f engine.Expr, limits Value, finite bool) Value {
	x, lo, hi := in.seriesLimits(f, limits, "FourierSeries(m*n**2, (n, -pi, pi))")
	if lo == engine.Oo || lo == engine.NegOo || hi == engine.Oo || hi == engine.NegOo {
		throw("ValueError", "Both the start and end value should be bounded")
	}
	if !engine.Has(f, x) {
		return f
	}
	s := &fourierSeries{f: f, x: x, lo: lo, hi: hi}
	if finite {
		if e, ok := engine.FourierFiniteCheck(f, x, s.halfPeriod()); ok {
			s.finite = true
			s.a0, s.fan, s.fbn = engine.FourierFiniteTerms(e, x, s.halfPeriod())
			return s
		}
	}
	n := engine.NewDummy("n")
	zero := func() *seqFormula {
		return &seqFormula{formula: engine.Zero, v: engine.NewDummy("k"), start: engine.One, stop: engine.Oo}
	}
	center := engine.Div(engine.NewAdd(lo, hi), engine.Two)
	if engine.IsZero(center) == engine.True {
		neg := engine.SubsPairs(f, [][2]engine.Expr{{x, engine.Neg(x)}})
		switch {
		case engine.Equal(f, neg):
			s.a0, s.an = in.fourierCos(s, n)
			s.bn = zero()
			return s
		case engine.Equal(f, engine.Neg(neg)):
			s.a0, s.an = engine.Zero, zero()
			s.bn = in.fourierSin(s, n)
			return s
		}
	}
	s.a0, s.an = in.fourierCos(s, n)
	s.bn = in.fourierSin(s, n)
	return s
}

// seriesLimits is _process_limits: (x, start, stop), (start, stop) with
// x the one free symbol of f, or None for (x, -pi, pi).
func (in *interp) seriesLimits(f engine.Expr, limits Value, example string) (*engine.Symbol, engine.Expr, engine.Expr) {
	findX := func() *engine.Symbol {
		fs := engine.FreeSymbols(f)
		switch len(fs) {
		case 0:
			return engine.NewDummy("k")
		case 1:
			return fs[0]
		}
		throw("ValueError", " specify dummy variables for %s. If the function contains more than one free symbol, a dummy variable should be supplied explicitly e.g. %s", engine.Str(f), example)
		return nil
	}
	if limits == nil || limits == none {
		return findX(), engine.Neg(engine.Pi), engine.Pi
	}
	var items []Value
	switch l := limits.(type) {
	case *Tuple, *List:
		items = in.toSlice(l)
	case *engine.Tuple:
		for _, a := range l.Args() {
			items = append(items, a)
		}
	}
	var x engine.Expr
	var lo, hi Value
	switch len(items) {
	case 3:
		x, lo, hi = in.sympify(items[0]), items[1], items[2]
	case 2:
		x, lo, hi = findX(), items[0], items[1]
	}
	sym, ok := x.(*engine.Symbol)
	if !ok || lo == nil {
		throw("ValueError", "Invalid limits given: %s", in.str(limits))
	}
	return sym, in.sympify(lo), in.sympify(hi)
}

// halfPeriod is L, half the length of the period.
func (s *fourierSeries) halfPeriod() engine.Expr {
	return engine.Div(engine.MustApply(engine.LookupFunc("Abs"), engine.Sub(s.hi, s.lo)), engine.Two)
}

// fourierCos is fourier_cos_seq: a0 and the cosine coefficients
// 2*cos(2*n*pi*x/L)*integrate(f*cos(2*n*pi*x/L), limits)/L with L the
// period's length.
func (in *interp) fourierCos(s *fourierSeries, n *engine.Symbol) (engine.Expr, *seqFormula) {
	L := engine.Sub(s.hi, s.lo)
	term := engine.MustApply(engine.LookupFunc("cos"), engine.Div(engine.NewMul(engine.Two, n, engine.Pi, s.x), L))
	formula := s.coefficient(term, L)
	a0 := engine.Div(engine.SubsPairs(formula, [][2]engine.Expr{{n, engine.Zero}}), engine.Two)
	return a0, &seqFormula{formula: formula, v: n, start: engine.One, stop: engine.Oo}
}

// fourierSin is fourier_sin_seq, the sine coefficients.
func (in *interp) fourierSin(s *fourierSeries, n *engine.Symbol) *seqFormula {
	L := engine.Sub(s.hi, s.lo)
	term := engine.MustApply(engine.LookupFunc("sin"), engine.Div(engine.NewMul(engine.Two, n, engine.Pi, s.x), L))
	return &seqFormula{formula: s.coefficient(term, L), v: n, start: engine.One, stop: engine.Oo}
}

// coefficient is 2*term*integrate(f*term, (x, lo, hi))/L; an integral
// dcalc cannot do is refused.
func (s *fourierSeries) coefficient(term, L engine.Expr) engine.Expr {
	i := refuseUnevaluatedIntegral(engine.IntegrateDefinite(engine.NewMul(s.f, term), s.x, s.lo, s.hi))
	return engine.Div(engine.NewMul(engine.Two, term, i), L)
}

// className implements sympyObject.
func (s *fourierSeries) className() string {
	if s.finite {
		return "FiniteFourierSeries"
	}
	return "FourierSeries"
}

// length is the number of terms (0 for the infinite series, whose
// terms never end).
func (s *fourierSeries) length() (int64, bool) {
	if !s.finite {
		return 0, false
	}
	var n int64
	if !engine.Equal(s.a0, engine.Zero) {
		n = 1
	}
	var top int64
	if len(s.fan)+len(s.fbn) == 0 {
		throw("ValueError", "max() arg is an empty sequence")
	}
	for _, t := range append(append([]engine.FourierTerm{}, s.fan...), s.fbn...) {
		top = max(top, seqInt(t.K).Int64())
	}
	return n + top + 1, true
}

// stopExpr is the series' interval's end.
func (s *fourierSeries) stopExpr() engine.Expr {
	if n, ok := s.length(); ok {
		return engine.NewInt(n)
	}
	return engine.Oo
}

// term is SeriesBase.term: the term at point pt (a0 at 0, then the
// cosine and sine terms of multiple pt).
func (s *fourierSeries) term(pt int64) engine.Expr {
	stop := s.stopExpr()
	if pt < 0 || (stop != engine.Oo && pt > seqInt(stop).Int64()) {
		throw("IndexError", "Index %d out of bounds Interval(0, %s)", pt, engine.Str(stop))
	}
	if pt == 0 {
		return s.a0
	}
	if !s.finite {
		return engine.NewAdd(s.an.coeff(engine.NewInt(pt)), s.bn.coeff(engine.NewInt(pt)))
	}
	get := func(ts []engine.FourierTerm) engine.Expr {
		for _, t := range ts {
			if seqInt(t.K).Int64() == pt {
				return t.Coef
			}
		}
		return engine.Zero
	}
	arg := engine.NewMul(engine.NewInt(pt), engine.Div(engine.Pi, s.halfPeriod()), s.x)
	return engine.NewAdd(
		engine.NewMul(get(s.fan), engine.MustApply(engine.LookupFunc("cos"), arg)),
		engine.NewMul(get(s.fbn), engine.MustApply(engine.LookupFunc("sin"), arg)))
}

// count is the number of points iteration visits: the finite series'
// length, or -1 for no end.
func (s *fourierSeries) count() int64 {
	if n, ok := s.length(); ok {
		return n
	}
	return -1
}

// fourierTruncate is FourierSeries.truncate(n): the sum of the first n
// nonzero terms (Ctrl-C stops a series whose terms are all zero).
func (in *interp) fourierTruncate(s *fourierSeries, n int64) engine.Expr {
	return s.truncated(n, in.checkInterrupt)
}

// truncated is the sum of the first n nonzero terms; poll (when not nil)
// runs before each term.
func (s *fourierSeries) truncated(n int64, poll func()) engine.Expr {
	var terms []engine.Expr
	end := s.count()
	for pt := int64(0); int64(len(terms)) < n && (end < 0 || pt < end); pt++ {
		if poll != nil {
			poll()
		}
		if t := s.term(pt); !engine.Equal(t, engine.Zero) {
			terms = append(terms, t)
		}
	}
	return engine.NewAdd(terms...)
}

// iter implements pyIterMaker: the terms, lazily (FourierSeries has no
// end).
func (s *fourierSeries) iter(in *interp) *Iterator {
	pt, end := int64(0), s.count()
	return &Iterator{Kind: "generator", Name: "SeriesBase.__iter__", pull: func() (Value, bool) {
		if end >= 0 && pt >= end {
			return nil, false
		}
		in.checkInterrupt()
		t := s.term(pt)
		pt++
		return t, true
	}}
}

// iterate implements pyIterable.
func (s *fourierSeries) iterate(in *interp, f func(Value) bool) {
	it := s.iter(in)
	for {
		v, ok := it.next()
		if !ok || !f(v) {
			return
		}
	}
}

// getItem implements pyIndexable: s[i] is the term at point i, s[a:b]
// the list of terms (SeriesBase.__getitem__).
func (s *fourierSeries) getItem(in *interp, idx Value) Value {
	return seqGetItem(in, idx, s.stopExpr(), func(pt int64) Value { return s.term(pt) })
}

// seqGetItem is SeriesBase.__getitem__ and SeqBase.__getitem__ for
// sequences starting at 0 or 1 after the first point: an int index is a
// point, a slice a list of points from its start (0) to its stop (the
// length).
func seqGetItem(in *interp, idx Value, length engine.Expr, at func(int64) Value) Value {
	switch i := idx.(type) {
	case *big.Int:
		return at(i.Int64())
	case *sliceValue:
		lo, step := int64(0), int64(1)
		if i.Lo != none {
			lo = in.toIndex(i.Lo)
		}
		if i.Step != none {
			step = in.toIndex(i.Step)
		}
		if step == 0 {
			throw("ValueError", "range() arg 3 must not be zero")
		}
		if i.Hi == none && length == engine.Oo {
			throw("TypeError", "'Infinity' object cannot be interpreted as an integer")
		}
		var hi int64
		if i.Hi == none {
			hi = seqInt(length).Int64()
		} else {
			hi = in.toIndex(i.Hi)
		}
		out := &List{}
		for k := lo; (step > 0 && k < hi) || (step < 0 && k > hi); k += step {
			in.checkInterrupt()
			out.Items = append(out.Items, at(k))
		}
		return out
	}
	return none
}

// seqInt is an engine Integer's value.
func seqInt(e engine.Expr) *big.Int {
	v, _ := intValue(e)
	return v
}

// scaled is the series with coefficients multiplied by c (scale).
func (s *fourierSeries) scaled(c engine.Expr) *fourierSeries {
	r := *s
	r.f = engine.NewMul(s.f, c)
	if s.finite {
		return s.refinite(r.f, engine.NewMul(s.headAll(), c))
	}
	r.a0 = engine.NewMul(s.a0, c)
	r.an = s.an.mapFormula(func(e engine.Expr) engine.Expr { return engine.NewMul(e, c) })
	r.bn = s.bn.mapFormula(func(e engine.Expr) engine.Expr { return engine.NewMul(e, c) })
	return &r
}

// substituted is the series with x replaced by y (shiftx, scalex).
func (s *fourierSeries) substituted(y engine.Expr) *fourierSeries {
	sub := func(e engine.Expr) engine.Expr { return engine.SubsPairs(e, [][2]engine.Expr{{s.x, y}}) }
	if s.finite {
		return s.refinite(sub(s.f), sub(s.headAll()))
	}
	r := *s
	r.f = sub(s.f)
	r.an = s.an.mapFormula(sub)
	r.bn = s.bn.mapFormula(sub)
	return &r
}

// headAll is a finite series' truncate(): its first three nonzero terms,
// as FiniteFourierSeries' shiftx, scale and scalex take them.
func (s *fourierSeries) headAll() engine.Expr { return s.truncated(3, nil) }

// refinite is FiniteFourierSeries(f, limits, e): e read as a finite sum.
func (s *fourierSeries) refinite(f, e engine.Expr) *fourierSeries {
	r := &fourierSeries{f: f, x: s.x, lo: s.lo, hi: s.hi, finite: true}
	r.a0, r.fan, r.fbn = engine.FourierFiniteTerms(e, s.x, s.halfPeriod())
	return r
}

// independent is the argument of shift, shiftx, scale and scalex, which
// must not hold x.
func (in *interp) independent(s *fourierSeries, v Value) engine.Expr {
	e := in.sympify(v)
	if engine.Has(e, s.x) {
		throw("ValueError", "'%s' should be independent of %s", engine.Str(e), engine.Str(s.x))
	}
	return e
}

// fourierMethods are FourierSeries' methods.
var fourierMethods = map[string]func(in *interp, s *fourierSeries, args []Value) Value{
	"truncate": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("truncate", args, 0, 1)
		if len(args) == 1 && args[0] == none {
			return s.iter(in)
		}
		n := int64(3)
		if len(args) == 1 {
			n = in.toIndex(args[0])
		}
		return in.fourierTruncate(s, n)
	},
	"sigma_approximation": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("sigma_approximation", args, 0, 1)
		n := int64(3)
		if len(args) == 1 {
			n = in.toIndex(args[0])
		}
		var terms []engine.Expr
		for i := int64(0); i < n; i++ {
			t := s.term(i)
			if !engine.Equal(t, engine.Zero) {
				sinc := engine.MustApply(engine.LookupFunc("sinc"), engine.Div(engine.NewMul(engine.Pi, engine.NewInt(i)), engine.NewInt(n)))
				terms = append(terms, engine.NewMul(sinc, t))
			}
		}
		return engine.NewAdd(terms...)
	},
	"shift": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("shift", args, 1, 1)
		c := in.independent(s, args[0])
		if s.finite {
			return s.refinite(engine.NewAdd(s.f, c), engine.NewAdd(s.headAll(), c))
		}
		r := *s
		r.a0, r.f = engine.NewAdd(s.a0, c), engine.NewAdd(s.f, c)
		return &r
	},
	"shiftx": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("shiftx", args, 1, 1)
		return s.substituted(engine.NewAdd(s.x, in.independent(s, args[0])))
	},
	"scale": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("scale", args, 1, 1)
		return s.scaled(in.independent(s, args[0]))
	},
	"scalex": func(in *interp, s *fourierSeries, args []Value) Value {
		nargs("scalex", args, 1, 1)
		return s.substituted(engine.NewMul(s.x, in.independent(s, args[0])))
	},
}

// unary implements pyUnary: -s is s.scale(-1).
func (s *fourierSeries) unary(op string) (Value, bool) {
	switch op {
	case "-":
		return s.scaled(engine.NegOne), true
	case "+":
		return s, true
	}
	return nil, false
}

// binary implements pyBinary: the sum and difference of two series
// over the same period (FourierSeries.__add__: the coefficient
// sequences added; the function alone when x cancels).
func (s *fourierSeries) binary(op string, y Value) (Value, bool) {
	o, ok := y.(*fourierSeries)
	if !ok || (op != "+" && op != "-") {
		return nil, false // unsupported() refuses SymPy's unevaluated Add or Mul
	}
	if s.finite || o.finite {
		throw("NotImplementedError", "dcalc adds a FourierSeries only to another FourierSeries that is not finite")
	}
	if op == "-" {
		o = o.scaled(engine.NegOne)
	}
	if !engine.Equal(s.lo, o.lo) || !engine.Equal(s.hi, o.hi) {
		throw("ValueError", "Both the series should have same periods")
	}
	f := engine.NewAdd(s.f, engine.SubsPairs(o.f, [][2]engine.Expr{{o.x, s.x}}))
	if !engine.Has(f, s.x) {
		return f, true
	}
	r := *s
	r.f, r.a0 = f, engine.NewAdd(s.a0, o.a0)
	r.an, r.bn = s.an.plus(o.an), s.bn.plus(o.bn)
	return &r, true
}

// attr implements sympyObject.
func (s *fourierSeries) attr(in *interp, name string) (Value, bool) {
	if m, ok := fourierMethods[name]; ok {
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			if len(kw) > 0 {
				throw("TypeError", "%s.%s() got an unexpected keyword argument '%s'", s.className(), name, kw[0].Name)
			}
			return m(in, r.(*fourierSeries), args)
		}}, true
	}
	switch name {
	case "function":
		return s.f, true
	case "x":
		return s.x, true
	case "period":
		return &Tuple{Items: []Value{s.lo, s.hi}}, true
	case "L":
		return s.halfPeriod(), true
	case "a0":
		return s.a0, true
	case "an", "bn":
		if s.finite {
			return termsDict(map[string][]engine.FourierTerm{"an": s.fan, "bn": s.fbn}[name]), true
		}
		return map[string]*seqFormula{"an": s.an, "bn": s.bn}[name], true
	case "start":
		return engine.Zero, true
	case "stop":
		return s.stopExpr(), true
	case "length":
		if n, ok := s.length(); ok {
			return engine.NewInt(n), true
		}
		return engine.Oo, true
	}
	return nil, false
}

// termsDict is a finite series' coefficients as the Dict SymPy keeps.
func termsDict(ts []engine.FourierTerm) *Dict {
	d := newDict()
	for _, t := range sortedTerms(ts) {
		d.Set(engine.Expr(t.K), t.Coef)
	}
	return d
}

// sortedTerms are ts by multiple (a Dict prints its keys sorted).
func sortedTerms(ts []engine.FourierTerm) []engine.FourierTerm {
	out := append([]engine.FourierTerm{}, ts...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && seqInt(out[j].K).Cmp(seqInt(out[j-1].K)) < 0; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// pyStr implements pyStringer: SymPy's str of the object's arguments.
func (s *fourierSeries) pyStr() string {
	lim := "(" + engine.Str(s.x) + ", " + engine.Str(s.lo) + ", " + engine.Str(s.hi) + ")"
	if s.finite {
		return "FiniteFourierSeries(" + engine.Str(s.f) + ", " + lim + ", (" + engine.Str(s.a0) + ", " +
			termsStr(s.fan) + ", " + termsStr(s.fbn) + "))"
	}
	return "FourierSeries(" + engine.Str(s.f) + ", " + lim + ", (" + engine.Str(s.a0) + ", " + s.an.pyStr() + ", " + s.bn.pyStr() + "))"
}

func (s *fourierSeries) pyRepr() string { return s.pyStr() }

// termsStr is the str of a coefficient Dict.
func termsStr(ts []engine.FourierTerm) string {
	parts := make([]string, 0, len(ts))
	for _, t := range sortedTerms(ts) {
		parts = append(parts, engine.Str(t.K)+": "+engine.Str(t.Coef))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// zeroFormulas is the printers' test for a series shown by its a0
// alone; SymPy's printers fail on a FiniteFourierSeries there (its an is
// a Dict).
func (s *fourierSeries) zeroFormulas() bool {
	if s.finite {
		throw("AttributeError", "'Dict' object has no attribute 'formula'")
	}
	return engine.Equal(s.an.formula, engine.Zero) && engine.Equal(s.bn.formula, engine.Zero)
}

// pretty implements sympyObject: the first three nonzero terms, then
// dots.
func (s *fourierSeries) pretty(in *interp, opts engine.PrettyOptions) string {
	if s.zeroFormulas() {
		return engine.Pretty(s.a0, opts)
	}
	return engine.PrettySeriesHead(in.fourierTruncate(s, 3), opts)
}

// latex implements sympyObject.
func (s *fourierSeries) latex(in *interp, st *engine.TexSettings) string {
	if s.zeroFormulas() {
		return engine.LatexWith(s.a0, st)
	}
	return engine.LatexSeriesHead(in.fourierTruncate(s, 3), st)
}

// newSeqFormula is SeqFormula(formula, limits).
func (in *interp) newSeqFormula(f engine.Expr, limits Value) *seqFormula {
	if limits == nil || limits == none {
		throw("NotImplementedError", "dcalc's SeqFormula needs its limits (n, start, stop)")
	}
	x, lo, hi := in.seriesLimits(f, limits, "SeqFormula(m*n**2, (n, 0, 5))")
	if lo == engine.NegOo && hi == engine.Oo {
		throw("ValueError", "Both the start and end value cannot be unbounded")
	}
	if _, ok := intValue(lo); !ok || lo == engine.NegOo {
		throw("NotImplementedError", "dcalc's SeqFormula takes an integer start, not %s", engine.Str(lo))
	}
	if _, ok := intValue(hi); !ok && hi != engine.Oo {
		throw("NotImplementedError", "dcalc's SeqFormula takes an integer or infinite stop, not %s", engine.Str(hi))
	}
	return &seqFormula{formula: f, v: x, start: lo, stop: hi}
}

// mapFormula is the sequence with its formula mapped.
func (q *seqFormula) mapFormula(f func(engine.Expr) engine.Expr) *seqFormula {
	r := *q
	r.formula = f(q.formula)
	return &r
}

// plus is SeqFormula._add: the formulas added in this sequence's
// variable, over the common interval.
func (q *seqFormula) plus(o *seqFormula) *seqFormula {
	r := *q
	r.formula = engine.NewAdd(q.formula, engine.SubsPairs(o.formula, [][2]engine.Expr{{o.v, q.v}}))
	return &r
}

// interval is the str of the sequence's Interval.
func (q *seqFormula) interval() string {
	return "Interval(" + engine.Str(q.start) + ", " + engine.Str(q.stop) + ")"
}

// coeff is SeqBase.coeff: the formula at pt.
func (q *seqFormula) coeff(pt engine.Expr) engine.Expr {
	lo := seqInt(q.start)
	p := seqInt(pt)
	if p.Cmp(lo) < 0 || (q.stop != engine.Oo && p.Cmp(seqInt(q.stop)) > 0) {
		throw("IndexError", "Index %s out of bounds %s", engine.Str(pt), q.interval())
	}
	return engine.SubsPairs(q.formula, [][2]engine.Expr{{q.v, pt}})
}

// at is the i-th term (from start).
func (q *seqFormula) at(i int64) engine.Expr {
	return q.coeff(engine.NewBigInt(new(big.Int).Add(seqInt(q.start), big.NewInt(i))))
}

// lengthExpr is the number of terms (oo when there is no end).
func (q *seqFormula) lengthExpr() engine.Expr {
	if q.stop == engine.Oo {
		return engine.Oo
	}
	n := new(big.Int).Sub(seqInt(q.stop), seqInt(q.start))
	return engine.NewBigInt(n.Add(n, big.NewInt(1)))
}

// className implements sympyObject.
func (q *seqFormula) className() string { return "SeqFormula" }

func (q *seqFormula) pyStr() string {
	return "SeqFormula(" + engine.Str(q.formula) + ", (" + engine.Str(q.v) + ", " + engine.Str(q.start) + ", " + engine.Str(q.stop) + "))"
}

func (q *seqFormula) pyRepr() string { return q.pyStr() }

// getItem implements pyIndexable.
func (q *seqFormula) getItem(in *interp, idx Value) Value {
	return seqGetItem(in, idx, q.lengthExpr(), func(i int64) Value { return q.at(i) })
}

// iterate implements pyIterable.
func (q *seqFormula) iterate(in *interp, f func(Value) bool) {
	it := q.iter(in)
	for {
		v, ok := it.next()
		if !ok || !f(v) {
			return
		}
	}
}

// iter implements pyIterMaker: the terms, lazily.
func (q *seqFormula) iter(in *interp) *Iterator {
	i := int64(0)
	return &Iterator{Kind: "generator", Name: "SeqBase.__iter__", pull: func() (Value, bool) {
		if q.stop != engine.Oo && i >= seqInt(q.lengthExpr()).Int64() {
			return nil, false
		}
		in.checkInterrupt()
		v := q.at(i)
		i++
		return v, true
	}}
}

// shown is what the printers show: the first four terms and dots when
// there are more.
func (q *seqFormula) shown() (items []engine.Expr, dots bool) {
	n := int64(4)
	if q.stop != engine.Oo {
		if l := seqInt(q.lengthExpr()).Int64(); l <= 4 {
			n = l
		} else {
			dots = true
		}
	} else {
		dots = true
	}
	for i := int64(0); i < n; i++ {
		items = append(items, q.at(i))
	}
	return items, dots
}

// pretty implements sympyObject: a list of the first terms.
func (q *seqFormula) pretty(in *interp, opts engine.PrettyOptions) string {
	items, dots := q.shown()
	if dots {
		d := "…"
		if opts.ASCII {
			d = "..."
		}
		items = append(items, engine.NewSymbol(d, engine.Assumptions{}))
	}
	return engine.PrettyList(items, '[', opts)
}

// latex implements sympyObject.
func (q *seqFormula) latex(in *interp, st *engine.TexSettings) string {
	items, dots := q.shown()
	parts := make([]string, 0, len(items)+1)
	for _, e := range items {
		parts = append(parts, engine.LatexWith(e, st))
	}
	if dots {
		parts = append(parts, `\ldots`)
	}
	return `\left[` + strings.Join(parts, ", ") + `\right]`
}

// attr implements sympyObject.
func (q *seqFormula) attr(in *interp, name string) (Value, bool) {
	switch name {
	case "formula":
		return q.formula, true
	case "start", "inf":
		return q.start, true
	case "stop", "sup":
		return q.stop, true
	case "length":
		return q.lengthExpr(), true
	case "variables":
		return &Tuple{Items: []Value{q.v}}, true
	case "gen":
		return q.formula, true
	case "coeff":
		return &BoundMethod{Recv: q, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("coeff", args, 1, 1)
			pt, ok := intValue(in.sympify(args[0]))
			if !ok {
				throw("NotImplementedError", "dcalc's SeqFormula.coeff takes an integer point")
			}
			return r.(*seqFormula).coeff(engine.NewBigInt(pt))
		}}, true
	}
	return nil, false
}

// intValue is an engine Integer's value.
func intValue(e engine.Expr) (*big.Int, bool) {
	if z, ok := e.(*engine.Integer); ok {
		return z.Big(), true
	}
	return nil, false
}
