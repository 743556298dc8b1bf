package session

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/figure"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file is SymPy's plot and the figure display shared with pyplot:
// a figure is shown as braille text in a terminal (or replay) and as an
// image/png display (with matplotlib's text/plain) where a display hook
// is set (Jupyter, dcalc nb run).

// plotPoints is the number of samples per SymPy plot series.
const plotPoints = 1000

// plotSeries is one expression of a SymPy plot over a range.
type plotSeries struct {
	expr engine.Expr
	v    *engine.Symbol
	a, b float64
	// color and label are line_color and label keywords.
	color, label string
}

// String is the series as SymPy prints it.
func (s *plotSeries) String() string {
	return fmt.Sprintf("cartesian line: %s for %s over (%s, %s)", engine.Str(s.expr), s.v.Name(), floatRepr(s.a), floatRepr(s.b))
}

// sympyPlot is the value plot() returns.
type sympyPlot struct {
	series                []*plotSeries
	title, xlabel, ylabel string
	legend                bool
	xlim, ylim            *[2]float64
	id                    int
}

// plotTable binds SymPy's plot.
var plotTable = []*binding{
	{Name: "plot", Honours: "show **", Doc: "Plot expressions of one variable: plot(f, diff(f, x), (x, -3, 3), title='f and its derivative').",
		Fn: func(in *interp, a *callArgs) Value {
			p := in.newSympyPlot(a.Rest(), a.Extra())
			if in.truth(a.Or("show", true), nil) {
				in.showFigure(in.plotFigure(p))
			}
			return p
		}},
}

// newSympyPlot reads plot's arguments: expressions, then optionally a
// range (x, a, b); the keywords SymPy's Plot takes.
func (in *interp) newSympyPlot(args []Value, kw []kwArg) *sympyPlot {
	var exprs []engine.Expr
	var rng *Tuple
	for _, v := range args {
		if t, ok := v.(*Tuple); ok && len(t.Items) == 3 {
			rng = t
			continue
		}
		if l, ok := v.(*List); ok {
			for _, it := range l.Items {
				exprs = append(exprs, in.sympify(it))
			}
			continue
		}
		exprs = append(exprs, in.sympify(v))
	}
	if len(exprs) == 0 {
		throw("NotImplementedError", "dcalc's plot() needs at least one expression")
	}
	var sym *engine.Symbol
	a, b := -10.0, 10.0
	if rng != nil {
		s, ok := rng.Items[0].(*engine.Symbol)
		if !ok {
			throw("TypeError", "the range must start with a symbol, not %s", in.repr(rng.Items[0]))
		}
		sym, a, b = s, in.toFloat(rng.Items[1]), in.toFloat(rng.Items[2])
	}
	var free []*engine.Symbol
	seen := map[string]bool{}
	for _, e := range exprs {
		for _, s := range engine.FreeSymbols(e) {
			if !seen[s.Name()] {
				seen[s.Name()] = true
				free = append(free, s)
			}
		}
	}
	if sym == nil {
		switch len(free) {
		case 0:
			sym = engine.NewSymbol("x", engine.Assumptions{})
		case 1:
			sym = free[0]
		default:
			throw("ValueError", "Too many free symbols.\nExpected 1 free symbols.\nReceived %d: %s", len(free), in.repr(setOf(free)))
		}
	} else {
		for _, s := range free {
			if s.Name() != sym.Name() {
				throw("ValueError", "Too many free symbols.\nExpected 1 free symbols.\nReceived %d: %s", len(free), in.repr(setOf(free)))
			}
		}
	}
	p := &sympyPlot{id: in.nextObjectID()}
	var colors []string
	for _, k := range kw {
		switch k.Name {
		case "title":
			p.title = in.str(k.Value)
		case "xlabel":
			p.xlabel = in.str(k.Value)
		case "ylabel":
			p.ylabel = in.str(k.Value)
		case "legend":
			p.legend = in.truth(k.Value, nil)
		case "xlim":
			p.xlim = in.limPair(k.Value)
		case "ylim":
			p.ylim = in.limPair(k.Value)
		case "line_color":
			colors = []string{in.str(k.Value)}
		case "adaptive", "nb_of_points", "n", "size", "axis_center", "backend":
			// sampling and layout hints: dcalc samples uniformly
		default:
			throw("NotImplementedError", "dcalc's plot() does not support %s= yet", k.Name)
		}
	}
	for _, e := range exprs {
		s := &plotSeries{expr: e, v: sym, a: a, b: b}
		if len(colors) > 0 {
			s.color = colors[0]
		}
		p.series = append(p.series, s)
	}
	return p
}

func setOf(syms []*engine.Symbol) *Set {
	s := newSet()
	for _, x := range syms {
		s.Add(x)
	}
	return s
}

// limPair reads an axis limit (a, b).
func (in *interp) limPair(v Value) *[2]float64 {
	items := in.toSlice(v)
	if len(items) != 2 {
		throw("ValueError", "a limit is a pair (low, high), not %s", in.repr(v))
	}
	return &[2]float64{in.toFloat(items[0]), in.toFloat(items[1])}
}

// sample evaluates a series at plotPoints points with lambdify's NumPy
// code; complex values count as missing, and NumPy's warnings are not
// shown (SymPy's sampling hides them too).
func (in *interp) sample(s *plotSeries) (xs, ys []float64) {
	xs = make([]float64, plotPoints)
	for i := range xs {
		xs[i] = s.a + (s.b-s.a)*float64(i)/float64(plotPoints-1)
	}
	f := in.lambdify(s.v, s.expr, nil)
	saved := in.sampling
	in.sampling = true
	defer func() { in.sampling = saved }()
	r := in.call(f, []Value{ndarray.Floats([]int{plotPoints}, xs)}, nil)
	arr := in.toArray(r)
	ys = make([]float64, plotPoints)
	switch {
	case arr.DType() == ndarray.Complex128:
		for i, c := range arr.BroadcastTo([]int{plotPoints}).Complex128s() {
			ys[i] = math.NaN()
			if imag(c) == 0 {
				ys[i] = real(c)
			}
		}
	default:
		copy(ys, arr.BroadcastTo([]int{plotPoints}).Float64s())
	}
	return xs, ys
}

// plotFigure samples a SymPy plot into a figure.
func (in *interp) plotFigure(p *sympyPlot) *figure.Figure {
	f := &figure.Figure{Title: p.title, XLabel: p.xlabel, YLabel: p.ylabel, Legend: p.legend, XLim: p.xlim, YLim: p.ylim}
	if f.XLabel == "" && len(p.series) > 0 {
		f.XLabel = p.series[0].v.Name()
	}
	for _, s := range p.series {
		xs, ys := in.sample(s)
		label := s.label
		if label == "" {
			label = engine.Str(s.expr)
		}
		f.Series = append(f.Series, figure.Series{X: xs, Y: ys, Label: label, Color: s.color})
	}
	return f
}

// showFigure displays a figure: braille text, or image/png through the
// display hook.
func (in *interp) showFigure(f *figure.Figure) {
	if h := in.s.displayHook; h != nil {
		png, err := f.PNG()
		if err != nil {
			throw("ValueError", "%s", err.Error())
		}
		w, hgt := f.Width, f.Height
		if w <= 0 || hgt <= 0 {
			w, hgt = 6.4, 4.8
		}
		h(map[string]string{
			"text/plain": fmt.Sprintf("<Figure size %gx%g with 1 Axes>", w*100, hgt*100),
			"image/png":  base64.StdEncoding.EncodeToString(png),
		})
		return
	}
	opts := in.s.opts
	width := opts.Width
	if width <= 0 {
		width = 80
	}
	text := f.Text(figure.TextOptions{Width: width, Color: opts.PlotColor, ASCII: opts.PlotASCII})
	io.WriteString(in.s.out, text)
}

// saveFigure writes a figure file with matplotlib's errors.
func (in *interp) saveFigure(f *figure.Figure, path string) {
	if err := in.s.opts.Files.checkWrite(path); err != nil {
		panic(err)
	}
	err := f.Save(path)
	var ufe *figure.UnsupportedFormatError
	switch {
	case err == nil:
	case errors.As(err, &ufe):
		throw("ValueError", "Format '%s' is not supported (supported formats: %s)", ufe.Ext, strings.Join(figure.Formats, ", "))
	default:
		panic(osError(err))
	}
}

// nextObjectID numbers objects whose repr shows an address.
func (in *interp) nextObjectID() int {
	in.objectIDs++
	return in.objectIDs
}

// fakeAddress is the address-like number in reprs such as
// "<matplotlib.lines.Line2D at 0x7f3a10000010>": unique per object and
// stable across runs.
func fakeAddress(id int) string { return fmt.Sprintf("0x7f3a1%07x", id*16) }

// plotAttr is an attribute of a SymPy plot.
func (in *interp) plotAttr(v Value, name string) (Value, bool) {
	p, ok := v.(*sympyPlot)
	if !ok {
		return nil, false
	}
	method := func(fn func(in *interp, args []Value) Value) Value {
		return &BoundMethod{Recv: p, Name: name, Fn: func(in *interp, _ Value, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			return fn(in, args)
		}}
	}
	switch name {
	case "show":
		return method(func(in *interp, args []Value) Value {
			nargs("show", args, 0, 0)
			in.showFigure(in.plotFigure(p))
			return none
		}), true
	case "save":
		return method(func(in *interp, args []Value) Value {
			nargs("save", args, 1, 1)
			in.saveFigure(in.plotFigure(p), in.str(args[0]))
			return none
		}), true
	case "append":
		return method(func(in *interp, args []Value) Value {
			nargs("append", args, 1, 1)
			s, ok := args[0].(*plotSeries)
			if !ok {
				throw("TypeError", "Must specify element of plot to append.")
			}
			p.series = append(p.series, s)
			return none
		}), true
	case "extend":
		return method(func(in *interp, args []Value) Value {
			nargs("extend", args, 1, 1)
			switch o := args[0].(type) {
			case *sympyPlot:
				p.series = append(p.series, o.series...)
			default:
				for _, it := range in.toSlice(o) {
					s, ok := it.(*plotSeries)
					if !ok {
						throw("TypeError", "Expecting Plot or sequence of BaseSeries")
					}
					p.series = append(p.series, s)
				}
			}
			return none
		}), true
	case "title":
		return p.title, true
	case "xlabel":
		return p.xlabel, true
	case "ylabel":
		return p.ylabel, true
	case "legend":
		return p.legend, true
	}
	return nil, false
}

// setPlotAttr sets a SymPy plot's title, labels, legend and limits.
func (in *interp) setPlotAttr(v Value, name string, val Value) bool {
	p, ok := v.(*sympyPlot)
	if !ok {
		return false
	}
	switch name {
	case "title":
		p.title = in.str(val)
	case "xlabel":
		p.xlabel = in.str(val)
	case "ylabel":
		p.ylabel = in.str(val)
	case "legend":
		p.legend = in.truth(val, nil)
	case "xlim":
		p.xlim = in.limPair(val)
	case "ylim":
		p.ylim = in.limPair(val)
	default:
		throw("AttributeError", "'MatplotlibBackend' object has no attribute '%s'", name)
	}
	return true
}

// plotRepr is repr() of plots and their series.
func plotRepr(v Value) (string, bool) {
	switch x := v.(type) {
	case *sympyPlot:
		return "<sympy.plotting.backends.matplotlibbackend.matplotlib.MatplotlibBackend at " + fakeAddress(x.id) + ">", true
	case *plotSeries:
		return x.String(), true
	}
	return "", false
}

// plotStr is str() of a plot: SymPy's "Plot object containing:" list.
func plotStr(v Value) (string, bool) {
	p, ok := v.(*sympyPlot)
	if !ok {
		return "", false
	}
	lines := []string{"Plot object containing:"}
	for i, s := range p.series {
		lines = append(lines, fmt.Sprintf("[%d]: %s", i, s.String()))
	}
	return strings.Join(lines, "\n"), true
}

func plotGetItem(v, idx Value, in *interp) (Value, bool) {
	p, ok := v.(*sympyPlot)
	if !ok {
		return nil, false
	}
	return p.series[in.seqIndex(idx, len(p.series), "list")], true
}
