// Package figure is dcalc's plotting: a figure of line and scatter series
// with labels, limits and a legend (what SymPy's plot and the pyplot
// subset build), drawn in the terminal with Unicode braille (or ASCII) by
// our own renderer, and to PNG, SVG and PDF files by gonum.org/v1/plot.
// It knows nothing of Python values.
package figure

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Series is one curve or set of points. NaN or infinite values break a
// line into pieces, as matplotlib does.
type Series struct {
	X, Y  []float64
	Label string
	// Color is a matplotlib colour ("r", "red", "#1f77b4", "C2"); ""
	// takes the next colour of the cycle.
	Color string
	// Scatter draws points instead of a line; Dashed a dashed line.
	Scatter, Dashed bool
	// NoCycle marks segments (hlines, error bars) that, as matplotlib's
	// line collections, do not take a colour of the cycle: the next
	// series' default colour is as if they were not there.
	NoCycle bool
}

// CycleIndex is series i's position in the colour cycle: the series
// before it that take a colour of the cycle.
func (f *Figure) CycleIndex(i int) int {
	n := 0
	for j := 0; j < i && j < len(f.Series); j++ {
		if !f.Series[j].NoCycle {
			n++
		}
	}
	return n
}

// Line is a horizontal (axhline) or vertical (axvline) line.
type Line struct {
	Vertical bool
	At       float64
	Color    string
	Dashed   bool
}

// Field is a function sampled on a grid: Z[i][j] is its value at (X[j],
// Y[i]). It is drawn as contour lines (Levels of them), or filled
// (contourf, plot3d's heat map).
type Field struct {
	X, Y   []float64
	Z      [][]float64
	Levels int
	Filled bool
	// Zero draws only the curve Z = 0 and Region only where Z > 0
	// (plot_implicit's equations and inequalities).
	Zero, Region bool
	// Surface draws the field as a 3-D wireframe in files (seen as
	// matplotlib's default view, elevation 30°, azimuth -60°); the
	// terminal shows its heat map.
	Surface bool
}

// Arrow is one arrow of a quiver plot: from (X, Y) along (U, V).
type Arrow struct{ X, Y, U, V float64 }

// Figure is one plot.
type Figure struct {
	Title, XLabel, YLabel string
	// ZLabel labels a surface's vertical axis; Elev and Azim (degrees)
	// are its view, matplotlib's 30 and -60 when both are 0.
	ZLabel     string
	Elev, Azim float64
	Series     []Series
	Lines      []Line
	Fields     []Field
	Arrows     []Arrow
	Fills      []Fill
	Notes      []Note
	// XLim and YLim fix the axis ranges (nil: from the data).
	XLim, YLim *[2]float64
	// XLog and YLog put an axis on a logarithmic scale (values at or
	// below zero are left out, as matplotlib masks them).
	XLog, YLog bool
	// XTicks and YTicks fix an axis's ticks (nil: automatic).
	XTicks, YTicks *TickSet
	// Equal makes a unit as long on both axes (axis('equal'),
	// set_aspect('equal')): the range of one axis grows about its middle.
	Equal bool
	// AxisOff hides the axes, their ticks and labels (axis('off')).
	AxisOff bool
	Legend  bool
	Grid    bool
	// Width and Height are the size in inches for files (0: 6.4×4.8,
	// matplotlib's default).
	Width, Height float64
	// Axes, when set, make the figure a Rows×Cols grid of plots (pyplot's
	// subplots) under the figure's Title; the figure itself draws
	// nothing else.
	Axes       []*Figure
	Rows, Cols int
}

// Empty reports whether the figure has nothing to draw.
func (f *Figure) Empty() bool {
	for _, a := range f.Axes {
		if !a.Empty() {
			return false
		}
	}
	return len(f.Series) == 0 && len(f.Lines) == 0 && len(f.Fields) == 0 && len(f.Arrows) == 0 &&
		len(f.Fills) == 0 && len(f.Notes) == 0
}

// Fill is fill_between: the region between Y1 and Y2 over X, broken
// where a value is not finite (the points where= leaves out). Color is
// empty for the next colour of the cycle (Index), Alpha 0 for opaque.
type Fill struct {
	X, Y1, Y2 []float64
	Color     string
	Index     int
	Alpha     float64
	Label     string
}

// runs are the index ranges [i, j) of the fill's stretches of finite
// points, each of two points or more.
func (fl *Fill) runs() [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i <= len(fl.X); i++ {
		ok := i < len(fl.X) && finite(fl.X[i]) && finite(fl.Y1[i]) && finite(fl.Y2[i])
		switch {
		case ok && start < 0:
			start = i
		case !ok && start >= 0:
			if i-start >= 2 {
				out = append(out, [2]int{start, i})
			}
			start = -1
		}
	}
	return out
}

// Note is a text at data coordinates (text, annotate).
type Note struct {
	X, Y float64
	Text string
}

// cycle is matplotlib's default colour cycle (tab10).
var cycle = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

// named are matplotlib's single-letter and common colour names.
var named = map[string]string{
	"b": "#0000ff", "g": "#008000", "r": "#ff0000", "c": "#00bfbf", "m": "#bf00bf", "y": "#bfbf00", "k": "#000000", "w": "#ffffff",
	"blue": "#0000ff", "green": "#008000", "red": "#ff0000", "cyan": "#00ffff", "magenta": "#ff00ff", "yellow": "#ffff00",
	"black": "#000000", "white": "#ffffff", "orange": "#ffa500", "purple": "#800080", "gray": "#808080", "grey": "#808080",
	"brown": "#a52a2a", "pink": "#ffc0cb", "navy": "#000080", "darkblue": "#00008b", "darkgreen": "#006400", "darkred": "#8b0000",
	"tab:blue": cycle[0], "tab:orange": cycle[1], "tab:green": cycle[2], "tab:red": cycle[3], "tab:purple": cycle[4],
}

// ColorRGB resolves a colour for series number i: its own, or the cycle's.
func ColorRGB(c string, i int) (r, g, b uint8, err error) {
	if c == "" {
		c = cycle[i%len(cycle)]
	}
	if len(c) == 2 && c[0] == 'C' && c[1] >= '0' && c[1] <= '9' {
		c = cycle[c[1]-'0']
	}
	if h, ok := named[strings.ToLower(c)]; ok {
		c = h
	}
	if len(c) == 7 && c[0] == '#' {
		v, perr := strconv.ParseUint(c[1:], 16, 32)
		if perr == nil {
			return uint8(v >> 16), uint8(v >> 8), uint8(v), nil
		}
	}
	return 0, 0, 0, fmt.Errorf("%q is not a valid color value", c)
}

// bounds returns the data ranges (limits override them); a range of one
// value is widened as matplotlib widens it.
func (f *Figure) bounds() (x0, x1, y0, y1 float64) {
	x0, y0 = math.Inf(1), math.Inf(1)
	x1, y1 = math.Inf(-1), math.Inf(-1)
	for _, s := range f.Series {
		for i := range s.X {
			x, y := s.X[i], s.Y[i]
			if finite(x) && finite(y) {
				x0, x1 = math.Min(x0, x), math.Max(x1, x)
				y0, y1 = math.Min(y0, y), math.Max(y1, y)
			}
		}
	}
	for _, fd := range f.Fields {
		for _, x := range fd.X {
			x0, x1 = math.Min(x0, x), math.Max(x1, x)
		}
		for _, y := range fd.Y {
			y0, y1 = math.Min(y0, y), math.Max(y1, y)
		}
	}
	for _, fl := range f.Fills {
		for _, r := range fl.runs() {
			for i := r[0]; i < r[1]; i++ {
				x0, x1 = math.Min(x0, fl.X[i]), math.Max(x1, fl.X[i])
				y0, y1 = math.Min(y0, math.Min(fl.Y1[i], fl.Y2[i])), math.Max(y1, math.Max(fl.Y1[i], fl.Y2[i]))
			}
		}
	}
	for _, a := range f.Arrows {
		x0, x1 = math.Min(x0, a.X), math.Max(x1, a.X)
		y0, y1 = math.Min(y0, a.Y), math.Max(y1, a.Y)
	}
	for _, l := range f.Lines {
		if l.Vertical {
			x0, x1 = math.Min(x0, l.At), math.Max(x1, l.At)
		} else {
			y0, y1 = math.Min(y0, l.At), math.Max(y1, l.At)
		}
	}
	if math.IsInf(x0, 1) {
		x0, x1 = 0, 1
	}
	if math.IsInf(y0, 1) {
		y0, y1 = 0, 1
	}
	if f.XLim != nil {
		x0, x1 = f.XLim[0], f.XLim[1]
	}
	if f.YLim != nil {
		y0, y1 = f.YLim[0], f.YLim[1]
	}
	x0, x1 = widen(x0, x1)
	y0, y1 = widen(y0, y1)
	return
}

func widen(a, b float64) (float64, float64) {
	if a != b {
		return a, b
	}
	d := math.Abs(a) * 0.05
	if d == 0 {
		d = 0.05
	}
	return a - d, b + d
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// Ticks returns about n "nice" tick positions (1, 2 or 5 times a power of
// ten apart) within [lo, hi].
func Ticks(lo, hi float64, n int) []float64 {
	if !(hi > lo) || n < 2 {
		return []float64{lo}
	}
	raw := (hi - lo) / float64(n-1)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step := p
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= raw {
			step = m * p
			break
		}
	}
	var out []float64
	for t := math.Ceil(lo/step-1e-9) * step; t <= hi+step*1e-9; t += step {
		if math.Abs(t) < step*1e-9 {
			t = 0
		}
		out = append(out, t)
	}
	return out
}

// tickLabel formats a tick as %g does.
func tickLabel(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }

// zRange returns the finite range of a field's values.
func (fd *Field) zRange() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, row := range fd.Z {
		for _, z := range row {
			if finite(z) {
				lo, hi = math.Min(lo, z), math.Max(hi, z)
			}
		}
	}
	if math.IsInf(lo, 1) {
		return 0, 1
	}
	return widen(lo, hi)
}

// at is the field's value at (x, y) by bilinear interpolation (NaN
// outside the grid).
func (fd *Field) at(x, y float64) float64 {
	i, ty := locate(fd.Y, y)
	j, tx := locate(fd.X, x)
	if i < 0 || j < 0 {
		return math.NaN()
	}
	z00, z01 := fd.Z[i][j], fd.Z[i][j+1]
	z10, z11 := fd.Z[i+1][j], fd.Z[i+1][j+1]
	return (1-ty)*((1-tx)*z00+tx*z01) + ty*((1-tx)*z10+tx*z11)
}

// locate finds the interval of the increasing grid g containing v and
// the position t in [0, 1] within it; -1 when outside.
func locate(g []float64, v float64) (int, float64) {
	n := len(g)
	if n < 2 || v < g[0] || v > g[n-1] {
		return -1, 0
	}
	lo, hi := 0, n-1
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if g[mid] <= v {
			lo = mid
		} else {
			hi = mid
		}
	}
	t := 0.0
	if g[hi] > g[lo] {
		t = (v - g[lo]) / (g[hi] - g[lo])
	}
	return lo, t
}

// viridis samples matplotlib's default colour map at 0, 0.25, 0.5, 0.75, 1.
var viridis = [][3]float64{{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}}

// colormap is viridis at t in [0, 1], linearly interpolated.
func colormap(t float64) (r, g, b uint8) {
	t = math.Max(0, math.Min(1, t))
	k := t * float64(len(viridis)-1)
	i := min(int(k), len(viridis)-2)
	f := k - float64(i)
	c := func(n int) uint8 { return uint8(math.Round(viridis[i][n]*(1-f) + viridis[i+1][n]*f)) }
	return c(0), c(1), c(2)
}
