package figure

import "math"

// logView is the figure with its logarithmic axes' coordinates replaced
// by their base-10 logarithms (values at or below zero become NaN, which
// breaks lines as matplotlib's masking does), so that both renderers
// draw it on linear axes; their ticks are then the integer powers of
// ten, labelled with the values.
func (f *Figure) logView() *Figure {
	if !f.XLog && !f.YLog {
		return f
	}
	g := *f
	lx, ly := ident, ident
	if f.XLog {
		lx = log10Pos
	}
	if f.YLog {
		ly = log10Pos
	}
	mapAll := func(vs []float64, t func(float64) float64) []float64 {
		out := make([]float64, len(vs))
		for i, v := range vs {
			out[i] = t(v)
		}
		return out
	}
	g.Series = make([]Series, len(f.Series))
	for i, s := range f.Series {
		s.X, s.Y = mapAll(s.X, lx), mapAll(s.Y, ly)
		g.Series[i] = s
	}
	g.Lines = make([]Line, len(f.Lines))
	for i, l := range f.Lines {
		if l.Vertical {
			l.At = lx(l.At)
		} else {
			l.At = ly(l.At)
		}
		g.Lines[i] = l
	}
	g.Fills = make([]Fill, len(f.Fills))
	for i, fl := range f.Fills {
		fl.X, fl.Y1, fl.Y2 = mapAll(fl.X, lx), mapAll(fl.Y1, ly), mapAll(fl.Y2, ly)
		g.Fills[i] = fl
	}
	g.Notes = make([]Note, len(f.Notes))
	for i, n := range f.Notes {
		n.X, n.Y = lx(n.X), ly(n.Y)
		g.Notes[i] = n
	}
	g.Fields = make([]Field, len(f.Fields))
	for i, fd := range f.Fields {
		fd.X, fd.Y = mapAll(fd.X, lx), mapAll(fd.Y, ly)
		g.Fields[i] = fd
	}
	lim := func(p *[2]float64, t func(float64) float64) *[2]float64 {
		if p == nil {
			return nil
		}
		return &[2]float64{t(p[0]), t(p[1])}
	}
	g.XLim, g.YLim = lim(f.XLim, lx), lim(f.YLim, ly)
	return &g
}

func ident(v float64) float64 { return v }

func log10Pos(v float64) float64 {
	if v <= 0 {
		return math.NaN()
	}
	return math.Log10(v)
}

// axisTicks are the tick positions of an axis over [lo, hi] (in log10
// units on a logarithmic axis: the integer powers, thinned to about n)
// and the label of each.
func axisTicks(lo, hi float64, n int, log bool) ([]float64, func(float64) string) {
	if !log {
		return Ticks(lo, hi, n), tickLabel
	}
	a, b := math.Ceil(lo), math.Floor(hi)
	if b < a {
		return Ticks(lo, hi, n), func(t float64) string { return tickLabel(math.Pow(10, t)) }
	}
	step := math.Max(1, math.Ceil((b-a+1)/float64(n)))
	var ts []float64
	for t := a; t <= b; t += step {
		ts = append(ts, t)
	}
	return ts, func(t float64) string { return tickLabel(math.Pow(10, t)) }
}
