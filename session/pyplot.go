package session

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dcalc/dcalc/session/figure"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file is the matplotlib.pyplot subset derivative notebooks use: a
// current figure built by plot, scatter, axhline, labels, limits and
// legend, shown by show() (and, as matplotlib's inline backend does, at
// the end of a notebook cell), written by savefig. Axes and Figure
// objects from subplots() have the same methods.

// pyplotState is the session's current figure and, when it is a grid of
// Axes, the current one.
type pyplotState struct {
	fig *figure.Figure
	cur int
}

// topFigure returns the current figure, making one if needed.
func (in *interp) topFigure() *figure.Figure {
	if in.plt.fig == nil {
		in.plt.fig = &figure.Figure{}
		in.plt.cur = 0
	}
	return in.plt.fig
}

// currentFigure returns what pyplot's calls draw on: the current Axes of
// a grid, or the figure.
func (in *interp) currentFigure() *figure.Figure {
	top := in.topFigure()
	if len(top.Axes) > 0 {
		return top.Axes[in.plt.cur]
	}
	return top
}

// makeGrid turns f into a rows×cols grid of empty Axes.
func makeGrid(f *figure.Figure, rows, cols int) {
	f.Rows, f.Cols = rows, cols
	f.Axes = make([]*figure.Figure, rows*cols)
	for i := range f.Axes {
		f.Axes[i] = &figure.Figure{}
	}
}

// axesObject is an Axes: pyplot's drawing calls on its own plot, with
// set_ names for the labels and limits.
func (in *interp) axesObject(f *figure.Figure) *pyObject {
	get := func() *figure.Figure { return f }
	ax := &pyObject{Type: "Axes", Repr: "<Axes: >", Attrs: in.axesMethods(get, "set_"), Qual: "matplotlib.axes.Axes"}
	for k, v := range in.axesMethods(get, "") {
		if _, ok := ax.Attrs[k]; !ok {
			switch k {
			case "xlabel", "ylabel", "title", "xlim", "ylim", "xticks", "yticks":
			default:
				ax.Attrs[k] = v
			}
		}
	}
	ax.Attrs["set"] = &Builtin{Name: "set", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("set", args, 0, 0)
		for _, k := range kw {
			m, ok := ax.Attrs["set_"+k.Name]
			if !ok {
				throw("AttributeError", "Axes.set() got an unexpected keyword argument '%s'", k.Name)
			}
			if lim, isLim := k.Value.(*Tuple); isLim && strings.HasSuffix(k.Name, "lim") {
				in.call(m, lim.Items, nil)
				continue
			}
			in.call(m, []Value{k.Value}, nil)
		}
		return none
	}}
	return ax
}

// axesGrid is the array of Axes subplots returns (NumPy squeezes a
// 1×n or n×1 grid to one dimension).
type axesGrid struct {
	rows, cols int
	items      []Value
}

func (g *axesGrid) iterate(_ *interp, f func(Value) bool) {
	for _, it := range g.rowsOrItems() {
		if !f(it) {
			return
		}
	}
}

func (g *axesGrid) oneD() bool { return g.rows == 1 || g.cols == 1 }

// axesGridItems are what iterating the grid gives: Axes, or rows.
func (g *axesGrid) rowsOrItems() []Value {
	if g.oneD() {
		return g.items
	}
	out := make([]Value, g.rows)
	for r := range g.rows {
		out[r] = &axesGrid{rows: 1, cols: g.cols, items: g.items[r*g.cols : (r+1)*g.cols]}
	}
	return out
}

func (in *interp) axesGridGetItem(v, idx Value) (Value, bool) {
	g, ok := v.(*axesGrid)
	if !ok {
		return nil, false
	}
	if t, isTuple := idx.(*Tuple); isTuple && len(t.Items) == 2 && !g.oneD() {
		r := in.seqIndex(t.Items[0], g.rows, "index")
		c := in.seqIndex(t.Items[1], g.cols, "index")
		return g.items[r*g.cols+c], true
	}
	items := g.rowsOrItems()
	return items[in.seqIndex(idx, len(items), "index")], true
}

func (in *interp) axesGridAttr(v Value, name string) (Value, bool) {
	g, ok := v.(*axesGrid)
	if !ok {
		return nil, false
	}
	flat := func(in *interp, _ Value, args []Value, kw []kwArg) Value {
		return &List{Items: append([]Value(nil), g.items...)}
	}
	switch name {
	case "flat":
		return &List{Items: append([]Value(nil), g.items...)}, true
	case "ravel", "flatten":
		return &BoundMethod{Recv: g, Name: name, Fn: flat}, true
	case "shape":
		if g.oneD() {
			return shapeTuple([]int{len(g.items)}), true
		}
		return shapeTuple([]int{g.rows, g.cols}), true
	}
	return nil, false
}

func axesGridRepr(v Value) (string, bool) {
	g, ok := v.(*axesGrid)
	if !ok {
		return "", false
	}
	row := func(items []Value) string {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = it.(*pyObject).Repr
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if g.oneD() {
		return "array(" + row(g.items) + ", dtype=object)", true
	}
	var rows []string
	for r := range g.rows {
		rows = append(rows, row(g.items[r*g.cols:(r+1)*g.cols]))
	}
	return "array([" + strings.Join(rows, ",\n       ") + "], dtype=object)", true
}

// flushFigure shows the current figure if it has something to draw and
// starts a new one (plt.show(), and the end of a notebook cell).
func (in *interp) flushFigure() {
	f := in.plt.fig
	in.plt.fig = nil
	if f != nil && !f.Empty() {
		in.showFigure(f)
	}
}

// FlushFigures shows the figure pyplot calls built during the last cell,
// as matplotlib's inline backend does after each cell: front ends call
// it after showing the cell's Out value (or error), so the figure comes
// after it, as in Jupyter.
func (s *Session) FlushFigures() {
	if !s.inlineFigures {
		return // figures wait for plt.show()
	}
	defer func() {
		if r := recover(); r != nil {
			io := s.errOut
			if io == nil {
				io = s.out
			}
			fmt.Fprintln(io, toException(r).Error())
		}
	}()
	s.in.flushFigure()
}

// SetInlineFigures chooses matplotlib's inline behaviour, as Jupyter's
// kernels have it: a figure built in a cell is shown after the cell
// (FlushFigures). Off, figures wait for plt.show().
func (s *Session) SetInlineFigures(on bool) { s.inlineFigures = on }

func (s *Session) setInlineFigures(on bool) { s.inlineFigures = on }

// mplObject is a matplotlib artist shown by its repr.
func (in *interp) mplObject(kind string) *pyObject {
	return &pyObject{Type: kind[strings.LastIndex(kind, ".")+1:], Repr: "<" + kind + " at " + fakeAddress(in.nextObjectID()) + ">", Qual: kind}
}

func mplText(x, y string, s string) *pyObject {
	return &pyObject{Type: "Text", Repr: "Text(" + x + ", " + y + ", " + strRepr(s) + ")", Qual: "matplotlib.text.Text"}
}

// lineFormat is a matplotlib format string such as "r--" or "bo".
type lineFormat struct {
	color          string
	dashed, marker bool
	line           bool
}

func parseFmt(s string) lineFormat {
	var f lineFormat
	for _, ls := range []string{"--", "-.", ":", "-"} {
		if strings.Contains(s, ls) {
			f.line = true
			f.dashed = ls != "-"
			s = strings.Replace(s, ls, "", 1)
			break
		}
	}
	for _, r := range s {
		switch {
		case strings.ContainsRune("bgrcmykw", r):
			f.color = string(r)
		case strings.ContainsRune("o.,xX+*sd^v<>ph", r):
			f.marker = true
		}
	}
	if !f.marker {
		f.line = true
	}
	return f
}

// floats converts an array-like to float64 values.
func (in *interp) floats(v Value) []float64 {
	a := in.toArray(v)
	if a.DType() == ndarray.Complex128 {
		throw("TypeError", "dcalc's plots take real values")
	}
	return append([]float64(nil), a.Ravel().Float64s()...)
}

// pltPlot is plot(*args, **kwargs) on figure f.
func (in *interp) pltPlot(f *figure.Figure, args []Value, kw []kwArg) Value {
	var lines []Value
	for len(args) > 0 {
		var x, y []float64
		n := 1
		if len(args) >= 2 {
			if _, isFmt := args[1].(string); !isFmt {
				n = 2
			}
		}
		if n == 2 {
			x, y = in.floats(args[0]), in.floats(args[1])
		} else {
			y = in.floats(args[0])
			x = make([]float64, len(y))
			for i := range x {
				x[i] = float64(i)
			}
		}
		args = args[n:]
		spec := lineFormat{line: true}
		if len(args) > 0 {
			if s, ok := args[0].(string); ok {
				spec = parseFmt(s)
				args = args[1:]
			}
		}
		if len(x) != len(y) {
			throw("ValueError", "x and y must have same first dimension, but have shapes (%d,) and (%d,)", len(x), len(y))
		}
		s := figure.Series{X: x, Y: y, Color: spec.color, Dashed: spec.dashed, Scatter: !spec.line}
		in.seriesKeywords(&s, kw)
		f.Series = append(f.Series, s)
		lines = append(lines, in.mplObject("matplotlib.lines.Line2D"))
	}
	return &List{Items: lines}
}

// seriesKeywords applies plot's and scatter's keywords to a series.
func (in *interp) seriesKeywords(s *figure.Series, kw []kwArg) {
	for _, k := range kw {
		switch k.Name {
		case "label":
			s.Label = in.str(k.Value)
		case "color", "c":
			s.Color = in.str(k.Value)
			if _, _, _, err := figure.ColorRGB(s.Color, 0); err != nil {
				throw("ValueError", "%s", err.Error())
			}
		case "linestyle", "ls":
			st := in.str(k.Value)
			s.Dashed = st == "--" || st == "dashed" || st == ":" || st == "dotted" || st == "-." || st == "dashdot"
		case "marker", "linewidth", "lw", "alpha", "markersize", "ms", "s", "zorder", "edgecolor", "edgecolors", "facecolor", "facecolors", "cmap":
			// appearance only
		default:
			throw("NotImplementedError", "dcalc's pyplot does not support %s= yet", k.Name)
		}
	}
}

// spreadFloats reads v as n floats, a single value repeated; mismatch
// is the ValueError's format for other lengths (given n and the length).
func (in *interp) spreadFloats(v Value, n int, mismatch string) []float64 {
	vs := in.floats(v)
	switch len(vs) {
	case n:
		return vs
	case 1:
		out := make([]float64, n)
		for i := range out {
			out[i] = vs[0]
		}
		return out
	}
	throw("ValueError", mismatch, n, len(vs))
	return nil
}

// fillBetween reads fill_between(x, y1, y2=0, where=None, ...): y2 and
// the mask broadcast against x; the points where= leaves out break the
// region. index is the fill's place in the patch colour cycle.
func (in *interp) fillBetween(index int, args []Value, kw []kwArg) figure.Fill {
	if len(args) < 2 || len(args) > 3 {
		throw("TypeError", "fill_between() takes from 2 to 3 positional arguments but %d were given", len(args))
	}
	fl := figure.Fill{X: in.floats(args[0]), Index: index}
	n := len(fl.X)
	spread := func(v Value) []float64 {
		return in.spreadFloats(v, n, "operands could not be broadcast together with shapes (%d,) (%d,)")
	}
	fl.Y1 = spread(args[1])
	fl.Y2 = make([]float64, n)
	if len(args) == 3 {
		fl.Y2 = spread(args[2])
	}
	var st barStyle
	for _, k := range kw {
		switch {
		case k.Name == "y2":
			fl.Y2 = spread(k.Value)
		case k.Name == "where":
			mask := in.toSlice(k.Value)
			if len(mask) != n {
				throw("ValueError", "where size (%d) does not match x size (%d)", len(mask), n)
			}
			for i, m := range mask {
				if !in.truth(m, nil) {
					fl.Y1[i] = math.NaN()
				}
			}
		case k.Name == "interpolate", st.read(in, k):
		default:
			throw("NotImplementedError", "dcalc's fill_between does not support %s= yet", k.Name)
		}
	}
	fl.Color, fl.Alpha, fl.Label = st.color, st.alpha, st.label
	return fl
}

// annotate is annotate(text, xy, xytext=None, ...): the text at xytext
// (or xy); dcalc draws no arrow for arrowprops.
func (in *interp) annotate(f *figure.Figure, args []Value, kw []kwArg) Value {
	var text, xyv, xytext Value
	for i, a := range args {
		switch i {
		case 0:
			text = a
		case 1:
			xyv = a
		case 2:
			xytext = a
		default:
			throw("TypeError", "annotate() takes from 3 to 4 positional arguments but %d were given", len(args)+1)
		}
	}
	for _, k := range kw {
		switch k.Name {
		case "text":
			text = k.Value
		case "xy":
			xyv = k.Value
		case "xytext":
			xytext = k.Value
		}
	}
	if text == nil || xyv == nil {
		throw("TypeError", "annotate() missing required positional arguments: 'text' and 'xy'")
	}
	s := in.str(text)
	xy := in.floats(xyv)
	if len(xy) != 2 {
		throw("ValueError", "xy must be a pair of numbers")
	}
	at := xy
	if xytext != nil {
		at = in.floats(xytext)
	}
	for _, k := range kw {
		switch k.Name {
		case "text", "xy", "xytext":
		case "arrowprops", "fontsize", "color", "ha", "va", "horizontalalignment", "verticalalignment", "textcoords", "xycoords", "fontweight", "bbox", "zorder":
			if (k.Name == "textcoords" || k.Name == "xycoords") && in.str(k.Value) != "data" {
				throw("NotImplementedError", "dcalc's annotate places text at data coordinates only, not %s=%s", k.Name, in.repr(k.Value))
			}
		default:
			throw("NotImplementedError", "dcalc's annotate does not support %s= yet", k.Name)
		}
	}
	if len(at) != 2 {
		throw("ValueError", "xytext must be a pair of numbers")
	}
	f.Notes = append(f.Notes, figure.Note{X: at[0], Y: at[1], Text: s})
	return &pyObject{Type: "Annotation", Repr: fmt.Sprintf("Annotation(%s, %s, %s)", pyG(xy[0]), pyG(xy[1]), strRepr(s))}
}

// pyG is Python's format(v, 'g').
func pyG(v float64) string {
	return strconv.FormatFloat(v, 'g', 6, 64)
}

// refLine is axhline/axvline.
func (in *interp) refLine(f *figure.Figure, vertical bool, args []Value, kw []kwArg) Value {
	at := 0.0
	if len(args) > 0 {
		at = in.toFloat(args[0])
	}
	l := figure.Line{Vertical: vertical, At: at}
	for _, k := range kw {
		switch k.Name {
		case "x", "y":
			l.At = in.toFloat(k.Value)
		case "color", "c":
			l.Color = in.str(k.Value)
		case "linestyle", "ls":
			st := in.str(k.Value)
			l.Dashed = st != "-" && st != "solid"
		case "linewidth", "lw", "alpha", "zorder", "label":
		default:
			throw("NotImplementedError", "dcalc's pyplot does not support %s= yet", k.Name)
		}
	}
	f.Lines = append(f.Lines, l)
	return in.mplObject("matplotlib.lines.Line2D")
}

// axesMethods are the methods shared by pyplot (on the current figure)
// and Axes objects; set_ names are the Axes spellings.
func (in *interp) axesMethods(fig func() *figure.Figure, prefix string) map[string]Value {
	m := map[string]Value{}
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		m[name] = &Builtin{Name: name, Fn: fn}
	}
	def("plot", func(in *interp, args []Value, kw []kwArg) Value { return in.pltPlot(fig(), args, kw) })
	in.tickMethods(fig, prefix, def)
	def("scatter", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("scatter", args, 2, 2)
		s := figure.Series{X: in.floats(args[0]), Y: in.floats(args[1]), Scatter: true}
		in.seriesKeywords(&s, kw)
		fig().Series = append(fig().Series, s)
		return in.mplObject("matplotlib.collections.PathCollection")
	})
	def("axhline", func(in *interp, args []Value, kw []kwArg) Value { return in.refLine(fig(), false, args, kw) })
	def("bar", func(in *interp, args []Value, kw []kwArg) Value { return in.pltBar(fig(), args, kw) })
	def("hist", func(in *interp, args []Value, kw []kwArg) Value { return in.pltHist(fig(), args, kw) })
	def("fill_between", func(in *interp, args []Value, kw []kwArg) Value {
		f := fig()
		f.Fills = append(f.Fills, in.fillBetween(len(f.Fills), args, kw))
		return in.mplObject("matplotlib.collections.PolyCollection")
	})
	def("text", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("text", args, 3, 3)
		x, y, s := in.toFloat(args[0]), in.toFloat(args[1]), in.str(args[2])
		fig().Notes = append(fig().Notes, figure.Note{X: x, Y: y, Text: s})
		return mplText(in.repr(args[0]), in.repr(args[1]), s)
	})
	def("annotate", func(in *interp, args []Value, kw []kwArg) Value {
		return in.annotate(fig(), args, kw)
	})
	for _, filled := range []bool{false, true} {
		name := "contour"
		if filled {
			name = "contourf"
		}
		def(name, func(in *interp, args []Value, kw []kwArg) Value {
			fig().Fields = append(fig().Fields, in.contourField(name, args, kw, filled))
			return in.mplObject("matplotlib.contour.QuadContourSet")
		})
	}
	def("quiver", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("quiver", args, 4, 4)
		xs, ys, us, vs := in.floats(args[0]), in.floats(args[1]), in.floats(args[2]), in.floats(args[3])
		if len(xs) != len(ys) || len(us) != len(xs) || len(vs) != len(xs) {
			throw("ValueError", "X, Y, U and V must have the same number of elements")
		}
		for i := range xs {
			fig().Arrows = append(fig().Arrows, figure.Arrow{X: xs[i], Y: ys[i], U: us[i], V: vs[i]})
		}
		return in.mplObject("matplotlib.quiver.Quiver")
	})
	def("colorbar", func(in *interp, args []Value, kw []kwArg) Value {
		return in.mplObject("matplotlib.colorbar.Colorbar")
	})
	def("clabel", func(in *interp, args []Value, kw []kwArg) Value {
		return &pyObject{Type: "list", Repr: "<a list of 0 text.Text objects>"}
	})
	def("axvline", func(in *interp, args []Value, kw []kwArg) Value { return in.refLine(fig(), true, args, kw) })
	in.segmentMethods(fig, def)
	for _, lg := range []struct {
		name       string
		logX, logY bool
	}{{"semilogy", false, true}, {"semilogx", true, false}, {"loglog", true, true}} {
		def(lg.name, func(in *interp, args []Value, kw []kwArg) Value {
			f := fig()
			f.XLog, f.YLog = f.XLog || lg.logX, f.YLog || lg.logY
			return in.pltPlot(f, args, kw)
		})
	}
	for _, axis := range []string{"x", "y"} {
		def(prefix+axis+"scale", func(in *interp, args []Value, kw []kwArg) Value {
			nargs(prefix+axis+"scale", args, 1, 1)
			if len(kw) > 0 {
				throw("NotImplementedError", "dcalc's %sscale does not support %s= yet", prefix+axis, kw[0].Name)
			}
			var log bool
			switch sc := in.str(args[0]); sc {
			case "log":
				log = true
			case "linear":
			default:
				throw("NotImplementedError", "dcalc's %sscale does not support the %s scale yet", prefix+axis, strRepr(sc))
			}
			if axis == "x" {
				fig().XLog = log
			} else {
				fig().YLog = log
			}
			return none
		})
	}
	text := func(name string, set func(f *figure.Figure, s string), x, y string) {
		def(prefix+name, func(in *interp, args []Value, kw []kwArg) Value {
			nargs(prefix+name, args, 1, 1)
			s := in.str(args[0])
			set(fig(), s)
			return mplText(x, y, s)
		})
	}
	text("xlabel", func(f *figure.Figure, s string) { f.XLabel = s }, "0.5", "0")
	text("ylabel", func(f *figure.Figure, s string) { f.YLabel = s }, "0", "0.5")
	text("title", func(f *figure.Figure, s string) { f.Title = s }, "0.5", "1.0")
	def("legend", func(in *interp, args []Value, kw []kwArg) Value {
		fig().Legend = true
		return in.mplObject("matplotlib.legend.Legend")
	})
	def("grid", func(in *interp, args []Value, kw []kwArg) Value {
		on := true
		if len(args) > 0 {
			on = in.truth(args[0], nil)
		}
		fig().Grid = on
		return none
	})
	lim := func(name string, get func(f *figure.Figure) **[2]float64) {
		def(prefix+name, func(in *interp, args []Value, kw []kwArg) Value {
			p := get(fig())
			switch len(args) {
			case 1:
				*p = in.limPair(args[0])
			case 2:
				*p = &[2]float64{in.toFloat(args[0]), in.toFloat(args[1])}
			}
			for _, k := range kw {
				if *p == nil {
					*p = &[2]float64{0, 1}
				}
				switch k.Name {
				case "left", "bottom", "xmin", "ymin":
					(*p)[0] = in.toFloat(k.Value)
				case "right", "top", "xmax", "ymax":
					(*p)[1] = in.toFloat(k.Value)
				}
			}
			if *p == nil {
				return &Tuple{Items: []Value{0.0, 1.0}}
			}
			return &Tuple{Items: []Value{(*p)[0], (*p)[1]}}
		})
	}
	def("axis", func(in *interp, args []Value, kw []kwArg) Value { return in.pltAxis(fig(), args, kw) })
	if prefix == "set_" {
		def("set_aspect", func(in *interp, args []Value, kw []kwArg) Value {
			nargs("set_aspect", args, 1, 1)
			switch a := args[0].(type) {
			case string:
				switch a {
				case "equal":
					fig().Equal = true
				case "auto":
					fig().Equal = false
				default:
					throw("ValueError", "could not convert string to float: %s", strRepr(a))
				}
			default:
				if in.toFloat(a) != 1 {
					throw("NotImplementedError", "dcalc's set_aspect takes 'equal', 'auto' or 1")
				}
				fig().Equal = true
			}
			return none
		})
	}
	lim("xlim", func(f *figure.Figure) **[2]float64 { return &f.XLim })
	lim("ylim", func(f *figure.Figure) **[2]float64 { return &f.YLim })
	return m
}

// pyplotModule makes matplotlib.pyplot for the session.
func (in *interp) pyplotModule() *Module {
	if in.pltMod != nil {
		return in.pltMod
	}
	m := &Module{Name: "matplotlib.pyplot", Attrs: in.axesMethods(in.currentFigure, "")}
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		m.Attrs[name] = &Builtin{Name: name, Fn: fn}
	}
	figureObject := func(f *figure.Figure) *pyObject {
		o := &pyObject{Type: "Figure", Repr: fmt.Sprintf("<Figure size %gx%g with 0 Axes>", figSize(f.Width, 6.4), figSize(f.Height, 4.8)), Attrs: map[string]Value{}, Qual: "matplotlib.figure.Figure"}
		o.Attrs["savefig"] = &Builtin{Name: "savefig", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("savefig", args, 1, 1)
			in.saveFigure(f, in.str(args[0]))
			return none
		}}
		o.Attrs["show"] = &Builtin{Name: "show", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			in.showFigure(f)
			return none
		}}
		o.Attrs["suptitle"] = &Builtin{Name: "suptitle", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("suptitle", args, 1, 1)
			f.Title = in.str(args[0])
			return mplText("0.5", "0.98", f.Title)
		}}
		o.Attrs["tight_layout"] = &Builtin{Name: "tight_layout", Fn: func(in *interp, args []Value, kw []kwArg) Value { return none }}
		o.Attrs["subplots_adjust"] = &Builtin{Name: "subplots_adjust", Fn: func(in *interp, args []Value, kw []kwArg) Value { return none }}
		o.Attrs["add_subplot"] = &Builtin{Name: "add_subplot", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			if len(args) == 0 {
				args = []Value{big.NewInt(111)}
			}
			rows, cols, index, threeD := in.subplotSpec("add_subplot", args, kw)
			axes := in.axesObject
			if threeD {
				axes = in.axes3DObject
			}
			if rows*cols == 1 {
				return axes(f)
			}
			if len(f.Axes) == 0 || f.Rows != rows || f.Cols != cols {
				makeGrid(f, rows, cols)
			}
			if in.plt.fig == f {
				in.plt.cur = index - 1
			}
			return axes(f.Axes[index-1])
		}}
		return o
	}
	newFigure := func(kw []kwArg) *figure.Figure {
		f := &figure.Figure{}
		for _, k := range kw {
			switch k.Name {
			case "figsize":
				wh := in.limPair(k.Value)
				f.Width, f.Height = wh[0], wh[1]
			case "dpi", "facecolor", "num", "constrained_layout", "tight_layout":
			default:
				throw("NotImplementedError", "dcalc's pyplot does not support %s= yet", k.Name)
			}
		}
		in.plt.fig = f
		return f
	}
	def("figure", func(in *interp, args []Value, kw []kwArg) Value {
		return figureObject(newFigure(kw))
	})
	def("subplots", func(in *interp, args []Value, kw []kwArg) Value {
		var rest []kwArg
		axes := in.axesObject
		rows, cols := 1, 1
		switch len(args) {
		case 2:
			cols = int(in.toIndex(args[1]))
			fallthrough
		case 1:
			rows = int(in.toIndex(args[0]))
		case 0:
		default:
			throw("TypeError", "subplots() takes from 0 to 2 positional arguments but %d were given", len(args))
		}
		for _, k := range kw {
			switch k.Name {
			case "nrows":
				rows = int(in.toIndex(k.Value))
			case "ncols":
				cols = int(in.toIndex(k.Value))
			case "sharex", "sharey", "squeeze", "layout", "gridspec_kw":
			case "subplot_kw":
				d, ok := k.Value.(*Dict)
				if !ok {
					throw("TypeError", "subplot_kw must be a dict")
				}
				ks, vs := d.Items()
				for i, key := range ks {
					if in.str(key) != "projection" {
						throw("NotImplementedError", "dcalc's pyplot does not support subplot_kw=%s yet", in.repr(d))
					}
					if in.projection3D("subplots", vs[i]) {
						axes = in.axes3DObject
					}
				}
			default:
				rest = append(rest, k)
			}
		}
		if rows < 1 || cols < 1 {
			throw("ValueError", "Number of rows must be a positive integer, not %d", min(rows, cols))
		}
		f := newFigure(rest)
		if rows*cols == 1 {
			return &Tuple{Items: []Value{figureObject(f), axes(f)}}
		}
		makeGrid(f, rows, cols)
		g := &axesGrid{rows: rows, cols: cols}
		for _, a := range f.Axes {
			g.items = append(g.items, axes(a))
		}
		return &Tuple{Items: []Value{figureObject(f), g}}
	})
	def("subplot", func(in *interp, args []Value, kw []kwArg) Value {
		rows, cols, index, threeD := in.subplotSpec("subplot", args, kw)
		top := in.topFigure()
		axes := in.axesObject
		if threeD {
			axes = in.axes3DObject
		}
		if rows*cols == 1 {
			return axes(top)
		}
		if len(top.Axes) == 0 || top.Rows != rows || top.Cols != cols {
			makeGrid(top, rows, cols)
		}
		in.plt.cur = index - 1
		return axes(top.Axes[index-1])
	})
	def("axes", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("axes", args, 0, 0)
		threeD := false
		for _, k := range kw {
			if k.Name != "projection" {
				throw("NotImplementedError", "dcalc's pyplot.axes does not support %s= yet", k.Name)
			}
			threeD = in.projection3D("axes", k.Value)
		}
		if threeD {
			return in.axes3DObject(in.currentFigure())
		}
		return in.axesObject(in.currentFigure())
	})
	def("suptitle", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("suptitle", args, 1, 1)
		in.topFigure().Title = in.str(args[0])
		return mplText("0.5", "0.98", in.topFigure().Title)
	})
	def("gcf", func(in *interp, args []Value, kw []kwArg) Value { return figureObject(in.topFigure()) })
	def("gca", func(in *interp, args []Value, kw []kwArg) Value { return in.axesObject(in.currentFigure()) })
	def("savefig", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("savefig", args, 1, 1)
		in.saveFigure(in.topFigure(), in.str(args[0]))
		return none
	})
	def("show", func(in *interp, args []Value, kw []kwArg) Value {
		in.flushFigure()
		return none
	})
	for _, name := range []string{"close", "clf", "cla"} {
		def(name, func(in *interp, args []Value, kw []kwArg) Value {
			in.plt.fig = nil
			return none
		})
	}
	def("tight_layout", func(in *interp, args []Value, kw []kwArg) Value { return none })
	// the space between subplots: dcalc lays them out itself
	def("subplots_adjust", func(in *interp, args []Value, kw []kwArg) Value { return none })
	m.Attrs["cm"] = in.cmModule()
	m.Attrs["style"] = &Module{Name: "matplotlib.style", Attrs: map[string]Value{
		"use": &Builtin{Name: "use", Fn: func(in *interp, args []Value, kw []kwArg) Value { return none }},
	}}
	m.Attrs["rcParams"] = newDict()
	in.pltMod = m
	return m
}

// subplotSpec reads subplot's (rows, cols, index) from 234 or 2, 3, 4,
// and whether the projection is '3d'.
func (in *interp) subplotSpec(name string, args []Value, kw []kwArg) (rows, cols, index int, threeD bool) {
	for _, k := range kw {
		switch k.Name {
		case "projection":
			threeD = in.projection3D(name, k.Value)
		case "sharex", "sharey", "facecolor", "label":
		default:
			throw("NotImplementedError", "dcalc's %s does not support %s= yet", name, k.Name)
		}
	}
	switch len(args) {
	case 1:
		n := int(in.toIndex(args[0]))
		rows, cols, index = n/100, n/10%10, n%10
	case 3:
		rows, cols, index = int(in.toIndex(args[0])), int(in.toIndex(args[1])), int(in.toIndex(args[2]))
	default:
		throw("TypeError", "%s() takes 1 or 3 positional arguments but %d were given", name, len(args))
	}
	if rows < 1 || cols < 1 || index < 1 || index > rows*cols {
		throw("ValueError", "num must be an integer with 1 <= num <= %d, not %d", rows*cols, index)
	}
	return rows, cols, index, threeD
}

func figSize(v, def float64) float64 {
	if v <= 0 {
		v = def
	}
	return v * 100
}

// matplotlibModule is matplotlib itself: use() and pyplot.
func (in *interp) matplotlibModule() *Module {
	return &Module{Name: "matplotlib", Attrs: map[string]Value{
		"pyplot":   in.pyplotModule(),
		"cm":       in.cmModule(),
		"use":      &Builtin{Name: "use", Fn: func(in *interp, args []Value, kw []kwArg) Value { return none }},
		"rcParams": in.pyplotModule().Attrs["rcParams"],
		// the matplotlib whose output dcalc's plots follow
		"__version__": "3.6.3",
	}}
}

// contourField reads contour(X, Y, Z, levels) with X and Y from
// np.meshgrid (or 1-d coordinates) and Z of shape (len(y), len(x)).
func (in *interp) contourField(name string, args []Value, kw []kwArg, filled bool) figure.Field {
	if len(args) != 3 && len(args) != 4 {
		throw("NotImplementedError", "dcalc's %s takes X, Y, Z and optionally the number of levels", name)
	}
	X, Y, Z := in.toArray(args[0]), in.toArray(args[1]), in.toArray(args[2])
	if Z.NDim() != 2 {
		throw("TypeError", "Input z must be 2D, not %dD", Z.NDim())
	}
	rows, cols := Z.Shape()[0], Z.Shape()[1]
	axis := func(a *ndarray.Array, n int, row bool) []float64 {
		if a.NDim() == 2 {
			if ndarray.ShapeString(a.Shape()) != ndarray.ShapeString(Z.Shape()) {
				throw("TypeError", "Shapes of x %s and z %s do not match", ndarray.ShapeString(a.Shape()), ndarray.ShapeString(Z.Shape()))
			}
			v := a.Float64s()
			out := make([]float64, n)
			for i := range out {
				if row {
					out[i] = v[i] // first row: the x coordinates
				} else {
					out[i] = v[i*cols] // first column: the y coordinates
				}
			}
			return out
		}
		if a.Size() != n {
			throw("TypeError", "Length of x (%d) must match number of columns in z (%d)", a.Size(), n)
		}
		return append([]float64(nil), a.Ravel().Float64s()...)
	}
	fd := figure.Field{X: axis(X, cols, true), Y: axis(Y, rows, false), Filled: filled, Levels: 8}
	zs := Z.Float64s()
	for i := range rows {
		fd.Z = append(fd.Z, append([]float64(nil), zs[i*cols:(i+1)*cols]...))
	}
	if len(args) == 4 {
		fd.Levels = int(in.toIndex(args[3]))
	}
	for _, k := range kw {
		switch k.Name {
		case "levels":
			if n, ok := k.Value.(*big.Int); ok {
				fd.Levels = int(n.Int64())
			} else {
				fd.Levels = len(in.toSlice(k.Value))
			}
		case "cmap", "colors", "alpha", "linewidths", "extend":
		default:
			throw("NotImplementedError", "dcalc's %s does not support %s= yet", name, k.Name)
		}
	}
	for i := 1; i < len(fd.X); i++ {
		if fd.X[i] <= fd.X[i-1] {
			throw("NotImplementedError", "dcalc's %s needs increasing x coordinates", name)
		}
	}
	for i := 1; i < len(fd.Y); i++ {
		if fd.Y[i] <= fd.Y[i-1] {
			throw("NotImplementedError", "dcalc's %s needs increasing y coordinates", name)
		}
	}
	return fd
}

// pltAxis is pyplot's axis() and Axes.axis: [xmin, xmax, ymin, ymax]
// sets both ranges; 'equal', 'scaled', 'image' and 'square' make a unit
// as long on both axes ('square' with ranges as long), 'off' and 'on'
// hide and show the axes, 'tight' and 'auto' keep the drawing as it is
// (dcalc draws without margins), all six dropping set limits, as
// matplotlib turns autoscaling back on; each returns the limits as
// matplotlib's autoscaling has them, with its 5% margins.
func (in *interp) pltAxis(f *figure.Figure, args []Value, kw []kwArg) Value {
	limits := func() Value {
		x0, x1, y0, y1 := f.Autoscaled()
		return &Tuple{Items: []Value{x0, x1, y0, y1}}
	}
	if len(kw) > 0 || len(args) > 1 {
		throw("NotImplementedError", "dcalc's axis() takes a list of limits or one of matplotlib's strings")
	}
	if len(args) == 0 {
		return limits()
	}
	if opt, ok := args[0].(string); ok {
		switch opt {
		case "equal", "scaled", "image", "square", "tight", "auto":
			// these turn autoscaling back on: set limits are dropped
			f.XLim, f.YLim, f.Equal = nil, nil, false
		}
		switch opt {
		case "equal", "scaled", "image":
			f.Equal = true
		case "square":
			x0, x1, y0, y1 := f.Autoscaled()
			edge := math.Max(x1-x0, y1-y0)
			f.XLim, f.YLim = &[2]float64{x0, x0 + edge}, &[2]float64{y0, y0 + edge}
			f.Equal = true
			return &Tuple{Items: []Value{x0, x0 + edge, y0, y0 + edge}}
		case "off":
			f.AxisOff = true
		case "on":
			f.AxisOff = false
		case "tight", "auto":
		default:
			throw("ValueError", "Unrecognized string %s to axis; try 'on' or 'off'", strRepr(opt))
		}
		return limits()
	}
	if b, ok := args[0].(bool); ok {
		f.AxisOff = !b
		return limits()
	}
	lims, _ := seqItems(args[0])
	if len(lims) != 4 {
		throw("TypeError", "the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
	}
	v := make([]float64, 4)
	for i, l := range lims {
		v[i] = in.toFloat(l)
	}
	f.XLim, f.YLim = &[2]float64{v[0], v[1]}, &[2]float64{v[2], v[3]}
	return &Tuple{Items: []Value{v[0], v[1], v[2], v[3]}}
}
