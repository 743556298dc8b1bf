package session

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
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

// seriesKind is the kind of a SymPy plot series.
type seriesKind int

const (
	lineSeries       seriesKind = iota // y = f(x)
	parametricSeries                   // (x(t), y(t))
	surfaceSeries                      // z = f(x, y)
	implicitSeries                     // f(x, y) = 0, or an inequality
)

// plotSeries is one series of a SymPy plot: its expressions (one, or two
// for a parametric line), its variables and their ranges (two for a
// surface).
type plotSeries struct {
	kind  seriesKind
	exprs []engine.Expr
	// rel is an implicit series' equation or inequality.
	rel    *engine.Relation
	vars   []*engine.Symbol
	lo, hi []float64
	// color and label are line_color and label keywords.
	color, label string
}

// className is the SymPy class of the series.
func (s *plotSeries) className() string {
	switch s.kind {
	case parametricSeries:
		return "Parametric2DLineSeries"
	case surfaceSeries:
		return "SurfaceOver2DRangeSeries"
	case implicitSeries:
		return "ImplicitSeries"
	}
	return "LineOver1DRangeSeries"
}

// String is the series as SymPy prints it.
func (s *plotSeries) String() string {
	over := func(i int) string {
		return fmt.Sprintf("%s over (%s, %s)", s.vars[i].Name(), floatRepr(s.lo[i]), floatRepr(s.hi[i]))
	}
	switch s.kind {
	case parametricSeries:
		return fmt.Sprintf("parametric cartesian line: (%s, %s) for %s", engine.Str(s.exprs[0]), engine.Str(s.exprs[1]), over(0))
	case surfaceSeries:
		return fmt.Sprintf("cartesian surface: %s for %s and %s", engine.Str(s.exprs[0]), over(0), over(1))
	case implicitSeries:
		return fmt.Sprintf("Implicit expression: %s for %s and %s", s.rel.Str(), over(0), over(1))
	}
	return fmt.Sprintf("cartesian line: %s for %s", engine.Str(s.exprs[0]), over(0))
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
			return in.sympyPlotCall(lineSeries, a)
		}},
	{Name: "plot_implicit", Honours: "x_var y_var adaptive depth n line_color show **",
		Doc: "Plot a curve f(x, y) = 0 or the region of an inequality: plot_implicit(Eq(x**2 + y**2, 1)).",
		Fn: func(in *interp, a *callArgs) Value {
			p := in.newImplicitPlot(a)
			if in.truth(a.Or("show", true), nil) {
				in.showFigure(in.plotFigure(p))
			}
			return p
		}},
	{Name: "plot_parametric", Honours: "show **", Doc: "Plot curves (x(t), y(t)): plot_parametric(cos(t), sin(t), (t, 0, 2*pi)).",
		Fn: func(in *interp, a *callArgs) Value { return in.sympyPlotCall(parametricSeries, a) }},
}

// plottingOnlyRows binds the names sympy.plotting has and the sympy
// namespace does not (a function: the rows refer back to the module
// machinery, which a table variable could not).
func plottingOnlyRows() []*binding {
	return []*binding{
		{Name: "plot3d", API: "plotting.plot3d", Honours: "show **", Doc: "Plot z = f(x, y), drawn as a heat map: plot3d(x*y, (x, -2, 2), (y, -2, 2)).",
			Fn: func(in *interp, a *callArgs) Value { return in.sympyPlotCall(surfaceSeries, a) }},
	}
}

// sympyPlotCall is plot, plot_parametric and plot3d: make the plot and
// show it unless show=False.
func (in *interp) sympyPlotCall(kind seriesKind, a *callArgs) Value {
	p := in.newSympyPlot(kind, a.Rest(), a.Extra())
	if in.truth(a.Or("show", true), nil) {
		in.showFigure(in.plotFigure(p))
	}
	return p
}

// newSympyPlot reads the arguments of plot (expressions, then a range
// (x, a, b)), plot_parametric (pairs of expressions, or two expressions,
// then a range) and plot3d (expressions, then up to two ranges), and the
// keywords SymPy's Plot takes. A missing range is (-10, 10) over the
// free symbols in name order.
func (in *interp) newSympyPlot(kind seriesKind, args []Value, kw []kwArg) *sympyPlot {
	var groups [][]engine.Expr
	var ranges []*Tuple
	var loose []engine.Expr
	for _, v := range args {
		t, isTuple := v.(*Tuple)
		switch {
		case isTuple && len(t.Items) == 3 && isSymbolValue(t.Items[0]):
			ranges = append(ranges, t)
		case isTuple && kind == parametricSeries && len(t.Items) == 2:
			groups = append(groups, in.sympifyAll(t.Items))
		case isTuple || isList(v):
			for _, it := range in.toSlice(v) {
				groups = append(groups, []engine.Expr{in.sympify(it)})
			}
		default:
			loose = append(loose, in.sympify(v))
		}
	}
	if kind == parametricSeries {
		if len(loose)%2 != 0 {
			throw("ValueError", "plot_parametric takes pairs of expressions (x(t), y(t))")
		}
		for i := 0; i < len(loose); i += 2 {
			groups = append(groups, loose[i:i+2])
		}
	} else {
		for _, e := range loose {
			groups = append(groups, []engine.Expr{e})
		}
	}
	if len(groups) == 0 {
		throw("NotImplementedError", "dcalc's plot() needs at least one expression")
	}
	nvars := 1
	if kind == surfaceSeries {
		nvars = 2
	}
	var free []*engine.Symbol
	seen := map[string]bool{}
	for _, g := range groups {
		for _, e := range g {
			for _, s := range engine.FreeSymbols(e) {
				if !seen[s.Name()] {
					seen[s.Name()] = true
					free = append(free, s)
				}
			}
		}
	}
	if len(free) > nvars || len(ranges) > nvars {
		throw("ValueError", "Too many free symbols.\nExpected %d free symbols.\nReceived %d: %s", nvars, len(free), in.repr(setOf(free)))
	}
	vars := make([]*engine.Symbol, 0, nvars)
	var lo, hi []float64
	for _, r := range ranges {
		vars = append(vars, r.Items[0].(*engine.Symbol))
		lo, hi = append(lo, in.toFloat(r.Items[1])), append(hi, in.toFloat(r.Items[2]))
	}
	sortSymbols(free)
	for _, s := range free {
		if len(vars) == nvars {
			break
		}
		if !containsSymbol(vars, s) {
			vars = append(vars, s)
			lo, hi = append(lo, -10), append(hi, 10)
		}
	}
	for _, s := range free {
		if !containsSymbol(vars, s) {
			throw("ValueError", "Too many free symbols.\nExpected %d free symbols.\nReceived %d: %s", nvars, len(free), in.repr(setOf(free)))
		}
	}
	for len(vars) < nvars {
		name := "x"
		if len(vars) == 1 {
			name = "y"
			if vars[0].Name() == "y" {
				name = "x"
			}
		}
		vars = append(vars, engine.NewSymbol(name, engine.Assumptions{}))
		lo, hi = append(lo, -10), append(hi, 10)
	}
	p := &sympyPlot{id: in.nextObjectID()}
	var color string
	var labels []Value
	for _, k := range kw {
		if p.setLabel(in, k) {
			continue
		}
		switch k.Name {
		case "label":
			switch l := k.Value.(type) {
			case *List:
				labels = l.Items
			case *Tuple:
				labels = l.Items
			default:
				labels = []Value{l}
			}
		case "legend":
			p.legend = in.truth(k.Value, nil)
		case "xlim":
			p.xlim = in.limPair(k.Value)
		case "ylim":
			p.ylim = in.limPair(k.Value)
		case "line_color", "surface_color":
			color = in.str(k.Value)
		case "adaptive", "nb_of_points", "n", "n1", "n2", "size", "axis_center", "backend", "depth":
			// sampling and layout hints: dcalc samples uniformly
		default:
			throw("NotImplementedError", "dcalc's plot() does not support %s= yet", k.Name)
		}
	}
	for _, g := range groups {
		p.series = append(p.series, &plotSeries{kind: kind, exprs: g, vars: vars, lo: lo, hi: hi, color: color})
	}
	in.setSeriesLabels(p.series, labels)
	return p
}

// setSeriesLabels is SymPy's _set_labels: one label for every series, or
// one each.
func (in *interp) setSeriesLabels(series []*plotSeries, labels []Value) {
	if len(labels) == 0 {
		return
	}
	if len(labels) == 1 {
		for range len(series) - 1 {
			labels = append(labels, labels[0])
		}
	}
	if len(labels) != len(series) {
		throw("ValueError", "The number of labels must be equal to the number of expressions being plotted.\nReceived %d expressions and %d labels", len(series), len(labels))
	}
	for i, s := range series {
		s.label = in.str(labels[i])
	}
}

func isSymbolValue(v Value) bool {
	_, ok := v.(*engine.Symbol)
	return ok
}

func isList(v Value) bool {
	_, ok := v.(*List)
	return ok
}

func containsSymbol(xs []*engine.Symbol, s *engine.Symbol) bool {
	for _, x := range xs {
		if x.Name() == s.Name() {
			return true
		}
	}
	return false
}

func sortSymbols(xs []*engine.Symbol) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Name() < xs[j].Name() })
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

// evalGrid evaluates e (lambdified over vars) on the arrays args and
// returns real values (complex ones count as missing). NumPy's warnings
// are not shown and fast math is used (SymPy's sampling hides them too).
func (in *interp) evalGrid(e engine.Expr, vars []*engine.Symbol, args []*ndarray.Array) []float64 {
	params := make([]Value, len(vars))
	for i, v := range vars {
		params[i] = v
	}
	f := in.lambdify(&List{Items: params}, e, nil)
	saved := in.sampling
	in.sampling = true
	defer func() { in.sampling = saved }()
	vals := make([]Value, len(args))
	for i, a := range args {
		vals[i] = a
	}
	arr := in.toArray(in.call(f, vals, nil))
	shape := args[0].Shape()
	n := args[0].Size()
	out := make([]float64, n)
	if arr.DType() == ndarray.Complex128 {
		for i, c := range arr.BroadcastTo(shape).Complex128s() {
			out[i] = math.NaN()
			if imag(c) == 0 {
				out[i] = real(c)
			}
		}
		return out
	}
	copy(out, arr.BroadcastTo(shape).Float64s())
	return out
}

// linspaceFloats is n evenly spaced values from a to b.
func linspaceFloats(a, b float64, n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return xs
}

// surfacePoints is the grid size per axis of a plot3d surface.
const surfacePoints = 60

// plotFigure samples a SymPy plot into a figure.
func (in *interp) plotFigure(p *sympyPlot) *figure.Figure {
	f := &figure.Figure{Title: p.title, XLabel: p.xlabel, YLabel: p.ylabel, Legend: p.legend, XLim: p.xlim, YLim: p.ylim}
	for _, s := range p.series {
		switch s.kind {
		case implicitSeries:
			f.Fields = append(f.Fields, in.implicitField(s))
			if f.XLabel == "" {
				f.XLabel, f.YLabel = s.vars[0].Name(), s.vars[1].Name()
			}
			continue
		case surfaceSeries:
			xs, ys := linspaceFloats(s.lo[0], s.hi[0], surfacePoints), linspaceFloats(s.lo[1], s.hi[1], surfacePoints)
			gx, gy := make([]float64, 0, surfacePoints*surfacePoints), make([]float64, 0, surfacePoints*surfacePoints)
			for _, y := range ys {
				for _, x := range xs {
					gx, gy = append(gx, x), append(gy, y)
				}
			}
			shape := []int{surfacePoints, surfacePoints}
			zs := in.evalGrid(s.exprs[0], s.vars, []*ndarray.Array{ndarray.Floats(shape, gx), ndarray.Floats(shape, gy)})
			z := make([][]float64, surfacePoints)
			for i := range z {
				z[i] = zs[i*surfacePoints : (i+1)*surfacePoints]
			}
			f.Fields = append(f.Fields, figure.Field{X: xs, Y: ys, Z: z, Surface: true})
			if f.XLabel == "" {
				f.XLabel, f.YLabel = s.vars[0].Name(), s.vars[1].Name()
			}
			continue
		case parametricSeries:
			ts := ndarray.Floats([]int{plotPoints}, linspaceFloats(s.lo[0], s.hi[0], plotPoints))
			xs := in.evalGrid(s.exprs[0], s.vars, []*ndarray.Array{ts})
			ys := in.evalGrid(s.exprs[1], s.vars, []*ndarray.Array{ts})
			label := s.label
			if label == "" {
				label = "(" + engine.Str(s.exprs[0]) + ", " + engine.Str(s.exprs[1]) + ")"
			}
			f.Series = append(f.Series, figure.Series{X: xs, Y: ys, Label: label, Color: s.color})
			continue
		}
		if f.XLabel == "" {
			f.XLabel = s.vars[0].Name()
		}
		xs := linspaceFloats(s.lo[0], s.hi[0], plotPoints)
		ys := in.evalGrid(s.exprs[0], s.vars, []*ndarray.Array{ndarray.Floats([]int{plotPoints}, xs)})
		label := s.label
		if label == "" {
			label = engine.Str(s.exprs[0])
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
	if s, ok := v.(*plotSeries); ok {
		return in.setSeriesAttr(s, name, val)
	}
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

// setSeriesAttr sets a series' line_color (surface_color) or label, as
// p[0].line_color = 'r' does before the plot is shown or saved.
func (in *interp) setSeriesAttr(s *plotSeries, name string, val Value) bool {
	switch name {
	case "line_color", "surface_color":
		c, ok := val.(string)
		if !ok {
			throw("NotImplementedError", "dcalc's plots take a color name or '#rrggbb' as %s, not %s", name, in.repr(val))
		}
		s.color = c
	case "label":
		s.label = in.str(val)
	default:
		throw("AttributeError", "'%s' object has no attribute '%s'", s.className(), name)
	}
	return true
}

// seriesAttr reads a series' line_color (None until set) and label.
func seriesAttr(v Value, name string) (Value, bool) {
	s, ok := v.(*plotSeries)
	if !ok {
		return nil, false
	}
	switch name {
	case "line_color", "surface_color":
		if s.color == "" {
			return none, true
		}
		return s.color, true
	case "label":
		if s.label != "" {
			return s.label, true
		}
		// SymPy's defaults: the expression, the parameter of a
		// parametric line (its colorbar's label), nothing for an
		// implicit plot
		switch s.kind {
		case parametricSeries:
			return s.vars[0].Name(), true
		case implicitSeries:
			return "", true
		}
		return engine.Str(s.exprs[0]), true
	}
	return nil, false
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

// implicitPoints is the grid size per axis of plot_implicit.
const implicitPoints = 120

// newImplicitPlot reads plot_implicit(expr, x_var, y_var): an equation,
// an inequality, or an expression meaning expr = 0; the variables as
// symbols or ranges (default -5 to 5, free symbols in name order).
func (in *interp) newImplicitPlot(a *callArgs) *sympyPlot {
	var rel *engine.Relation
	switch e := a.Get("expr").(type) {
	case *Relational:
		if e.Op == "!=" {
			throw("NotImplementedError", "dcalc's plot_implicit does not plot Ne yet")
		}
		rel = e
	default:
		rel = &engine.Relation{Op: "==", Lhs: in.sympify(e), Rhs: engine.Zero}
	}
	var vars []*engine.Symbol
	var lo, hi []float64
	for _, name := range []string{"x_var", "y_var"} {
		switch v := a.Get(name).(type) {
		case nil, *noneType:
		case *engine.Symbol:
			vars, lo, hi = append(vars, v), append(lo, -5), append(hi, 5)
		case *Tuple:
			if len(v.Items) != 3 || !isSymbolValue(v.Items[0]) {
				throw("ValueError", "a range is (symbol, low, high), not %s", in.repr(v))
			}
			vars = append(vars, v.Items[0].(*engine.Symbol))
			lo, hi = append(lo, in.toFloat(v.Items[1])), append(hi, in.toFloat(v.Items[2]))
		default:
			throw("TypeError", "%s must be a symbol or a range, not %s", name, typeName(v))
		}
	}
	free := engine.FreeSymbols(engine.Sub(rel.Lhs, rel.Rhs))
	sortSymbols(free)
	for _, s := range free {
		if !containsSymbol(vars, s) {
			if len(vars) == 2 {
				throw("NotImplementedError", "Implicit plotting is not implemented for more than 2 variables")
			}
			vars, lo, hi = append(vars, s), append(lo, -5), append(hi, 5)
		}
	}
	for len(vars) < 2 {
		name := "x"
		if len(vars) == 1 && vars[0].Name() == "x" {
			name = "y"
		}
		vars, lo, hi = append(vars, engine.NewSymbol(name, engine.Assumptions{})), append(lo, -5), append(hi, 5)
	}
	p := &sympyPlot{id: in.nextObjectID()}
	for _, k := range a.Extra() {
		if !p.setLabel(in, k) {
			throw("NotImplementedError", "dcalc's plot_implicit() does not support %s= yet", k.Name)
		}
	}
	color := ""
	if c := a.Get("line_color"); c != nil {
		color = in.str(c)
	}
	p.series = []*plotSeries{{kind: implicitSeries, rel: rel, exprs: []engine.Expr{engine.Sub(rel.Lhs, rel.Rhs)}, vars: vars, lo: lo, hi: hi, color: color}}
	return p
}

// implicitField samples an implicit series: lhs - rhs for an equation
// (drawn where it is 0), and for an inequality a field positive where
// it holds (lhs - rhs for > and >=, rhs - lhs for < and <=).
func (in *interp) implicitField(s *plotSeries) figure.Field {
	xs, ys := linspaceFloats(s.lo[0], s.hi[0], implicitPoints), linspaceFloats(s.lo[1], s.hi[1], implicitPoints)
	gx, gy := make([]float64, 0, implicitPoints*implicitPoints), make([]float64, 0, implicitPoints*implicitPoints)
	for _, y := range ys {
		for _, x := range xs {
			gx, gy = append(gx, x), append(gy, y)
		}
	}
	diff := s.exprs[0]
	if s.rel.Op == "<" || s.rel.Op == "<=" {
		diff = engine.Neg(diff)
	}
	shape := []int{implicitPoints, implicitPoints}
	zs := in.evalGrid(diff, s.vars, []*ndarray.Array{ndarray.Floats(shape, gx), ndarray.Floats(shape, gy)})
	fd := figure.Field{X: xs, Y: ys, Zero: s.rel.Op == "==", Region: s.rel.Op != "=="}
	for i := range implicitPoints {
		fd.Z = append(fd.Z, zs[i*implicitPoints:(i+1)*implicitPoints])
	}
	return fd
}

// setLabel sets the title or an axis label from a keyword argument and
// reports whether k was one of them.
func (p *sympyPlot) setLabel(in *interp, k kwArg) bool {
	switch k.Name {
	case "title":
		p.title = in.str(k.Value)
	case "xlabel":
		p.xlabel = in.str(k.Value)
	case "ylabel":
		p.ylabel = in.str(k.Value)
	default:
		return false
	}
	return true
}
