package figure

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Formats are the file formats Save writes, by extension.
var Formats = []string{"pdf", "png", "svg"}

// UnsupportedFormatError is matplotlib's message for an extension it
// does not know; dcalc's list is its own.
type UnsupportedFormatError struct{ Ext string }

func (e *UnsupportedFormatError) Error() string {
	return fmt.Sprintf("Format '%s' is not supported (supported formats: %s)", e.Ext, strings.Join(Formats, ", "))
}

// Render writes the figure in format ("png", "svg" or "pdf") to w.
func (f *Figure) Render(w io.Writer, format string) error {
	if len(f.Axes) > 0 {
		return f.renderGrid(w, format)
	}
	p, err := f.gonum()
	if err != nil {
		return err
	}
	wi, hi := f.Width, f.Height
	if wi <= 0 || hi <= 0 {
		wi, hi = 6.4, 4.8
	}
	ok := false
	for _, x := range Formats {
		ok = ok || x == format
	}
	if !ok {
		return &UnsupportedFormatError{Ext: format}
	}
	wt, err := p.WriterTo(vg.Length(wi)*vg.Inch, vg.Length(hi)*vg.Inch, format)
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

// PNG renders the figure as a PNG image (what Jupyter displays).
func (f *Figure) PNG() ([]byte, error) {
	var b bytes.Buffer
	err := f.Render(&b, "png")
	return b.Bytes(), err
}

// Save writes the figure to path in the format of its extension, through
// a temporary file in the same directory renamed into place.
func (f *Figure) Save(path string) error {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if ext == "" {
		ext = "png"
		path += ".png"
	}
	var b bytes.Buffer
	if err := f.Render(&b, ext); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".dcalc-plot-*")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			// name the file the caller asked for, not the temporary one
			return &os.PathError{Op: "open", Path: path, Err: pe.Err}
		}
		return err
	}
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// gonum builds the gonum/plot plot of the figure.
func (f *Figure) gonum() (*plot.Plot, error) {
	for k := range f.Fields {
		if f.Fields[k].Surface {
			return f.surface(&f.Fields[k])
		}
	}
	p := plot.New()
	p.Title.Text = f.Title
	p.Legend.Top = true
	p.X.Label.Text = f.XLabel
	p.Y.Label.Text = f.YLabel
	logX, logY := f.XLog, f.YLog
	f = f.logView()
	x0, x1, y0, y1 := f.bounds()
	if f.Equal {
		// the data area of the default layout: the figure less about
		// 0.9 in for the y tick labels and 0.6 in below
		wi, hi := f.Width, f.Height
		if wi <= 0 || hi <= 0 {
			wi, hi = 6.4, 4.8
		}
		x0, x1, y0, y1 = equalRanges(x0, x1, y0, y1, wi-0.9, hi-0.6)
	}
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x0, x1, y0, y1
	if f.AxisOff {
		p.HideAxes()
	}
	for _, ax := range []struct {
		log   bool
		a     *plot.Axis
		fixed *TickSet
	}{{logX, &p.X, f.XTicks}, {logY, &p.Y, f.YTicks}} {
		if ax.log || ax.fixed != nil {
			ax.a.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick {
				ts, lab := ticksFor(ax.fixed, lo, hi, 6, ax.log)
				out := make([]plot.Tick, len(ts))
				for i, t := range ts {
					out[i] = plot.Tick{Value: t, Label: lab(t)}
				}
				return out
			})
		}
	}
	if f.Grid {
		p.Add(plotter.NewGrid())
	}
	for _, fl := range f.Fills {
		r, g, b, err := ColorRGB(fl.Color, fl.Index)
		if err != nil {
			return nil, err
		}
		a := uint8(255)
		if fl.Alpha > 0 && fl.Alpha < 1 {
			a = uint8(math.Round(255 * fl.Alpha))
		}
		for k, run := range fl.runs() {
			var pts plotter.XYs
			for i := run[0]; i < run[1]; i++ {
				pts = append(pts, plotter.XY{X: fl.X[i], Y: fl.Y1[i]})
			}
			for i := run[1] - 1; i >= run[0]; i-- {
				pts = append(pts, plotter.XY{X: fl.X[i], Y: fl.Y2[i]})
			}
			poly, err := plotter.NewPolygon(pts)
			if err != nil {
				return nil, err
			}
			// premultiplied, as image/color wants
			poly.Color = color.RGBA{R: uint8(int(r) * int(a) / 255), G: uint8(int(g) * int(a) / 255), B: uint8(int(b) * int(a) / 255), A: a}
			poly.LineStyle.Width = 0
			p.Add(poly)
			if k == 0 && f.Legend && fl.Label != "" && !strings.HasPrefix(fl.Label, "_") {
				p.Legend.Add(fl.Label, poly)
			}
		}
	}
	for i, s := range f.Series {
		r, g, b, err := ColorRGB(s.Color, f.CycleIndex(i))
		if err != nil {
			return nil, err
		}
		col := color.RGBA{R: r, G: g, B: b, A: 255}
		var first plot.Thumbnailer
		if s.Scatter {
			sc, err := plotter.NewScatter(xys(s.X, s.Y))
			if err != nil {
				return nil, err
			}
			sc.GlyphStyle.Color = col
			sc.GlyphStyle.Shape = draw.CircleGlyph{}
			p.Add(sc)
			first = sc
		} else {
			for _, piece := range pieces(s.X, s.Y) {
				l, err := plotter.NewLine(piece)
				if err != nil {
					return nil, err
				}
				l.LineStyle.Color = col
				l.LineStyle.Width = vg.Points(1.5)
				if s.Dashed {
					l.LineStyle.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
				}
				p.Add(l)
				if first == nil {
					first = l
				}
			}
		}
		if f.Legend && first != nil && s.Label != "" && !strings.HasPrefix(s.Label, "_") {
			p.Legend.Add(s.Label, first)
		}
	}
	for k := range f.Fields {
		fd := &f.Fields[k]
		g := gridXYZ{fd}
		lo, hi := fd.zRange()
		n := fd.Levels
		if n <= 0 {
			n = 8
		}
		switch {
		case fd.Region:
			h := plotter.NewHeatMap(regionGrid{g}, twoColors{})
			h.Min, h.Max = 0, 1
			p.Add(h)
			continue
		case fd.Zero:
			p.Add(plotter.NewContour(g, []float64{0}, viridisPalette(1)))
			continue
		case fd.Filled:
			p.Add(plotter.NewHeatMap(g, viridisPalette(64)))
			continue
		}
		levels := make([]float64, n)
		for i := range levels {
			levels[i] = lo + (hi-lo)*(float64(i)+0.5)/float64(n)
		}
		p.Add(plotter.NewContour(g, levels, viridisPalette(n)))
	}
	if err := f.addArrows(p, x1-x0, y1-y0); err != nil {
		return nil, err
	}
	if len(f.Notes) > 0 {
		var lab plotter.XYLabels
		for _, n := range f.Notes {
			lab.XYs = append(lab.XYs, plotter.XY{X: n.X, Y: n.Y})
			lab.Labels = append(lab.Labels, n.Text)
		}
		ls, err := plotter.NewLabels(lab)
		if err != nil {
			return nil, err
		}
		p.Add(ls)
	}
	for _, l := range f.Lines {
		var pts plotter.XYs
		if l.Vertical {
			pts = plotter.XYs{{X: l.At, Y: y0}, {X: l.At, Y: y1}}
		} else {
			pts = plotter.XYs{{X: x0, Y: l.At}, {X: x1, Y: l.At}}
		}
		ln, err := plotter.NewLine(pts)
		if err != nil {
			return nil, err
		}
		r, g, b, err := ColorRGB(l.Color, 7)
		if err != nil {
			return nil, err
		}
		ln.LineStyle.Color = color.RGBA{R: r, G: g, B: b, A: 255}
		if l.Dashed {
			ln.LineStyle.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
		}
		p.Add(ln)
	}
	return p, nil
}

// pieces splits a series at non-finite points into drawable lines, and
// clips values far outside the finite range (a pole) by splitting there.
func pieces(xs, ys []float64) []plotter.XYs {
	var out []plotter.XYs
	var cur plotter.XYs
	for i := range xs {
		if !finite(xs[i]) || !finite(ys[i]) || math.Abs(ys[i]) > 1e300 {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, plotter.XY{X: xs[i], Y: ys[i]})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func xys(xs, ys []float64) plotter.XYs {
	var out plotter.XYs
	for i := range xs {
		if finite(xs[i]) && finite(ys[i]) {
			out = append(out, plotter.XY{X: xs[i], Y: ys[i]})
		}
	}
	return out
}

// gridXYZ adapts a Field to gonum's GridXYZ (columns are x).
type gridXYZ struct{ f *Field }

func (g gridXYZ) Dims() (c, r int)   { return len(g.f.X), len(g.f.Y) }
func (g gridXYZ) Z(c, r int) float64 { return g.f.Z[r][c] }
func (g gridXYZ) X(c int) float64    { return g.f.X[c] }
func (g gridXYZ) Y(r int) float64    { return g.f.Y[r] }

// viridisPalette is n colours of the viridis map.
type viridisPalette int

func (n viridisPalette) Colors() []color.Color {
	out := make([]color.Color, n)
	for i := range out {
		r, g, b := colormap(float64(i) / float64(max(int(n)-1, 1)))
		out[i] = color.RGBA{R: r, G: g, B: b, A: 255}
	}
	return out
}

// addArrows draws a quiver plot's arrows as lines with two-stroke heads,
// scaled as in the terminal.
func (f *Figure) addArrows(p *plot.Plot, xspan, yspan float64) error {
	if len(f.Arrows) == 0 {
		return nil
	}
	longest := 0.0
	for _, a := range f.Arrows {
		longest = math.Max(longest, math.Hypot(a.U/xspan, a.V/yspan))
	}
	if longest == 0 {
		return nil
	}
	scale := 0.9 / math.Sqrt(float64(len(f.Arrows))) / longest
	for _, a := range f.Arrows {
		dx, dy := a.U*scale, a.V*scale
		tip := plotter.XY{X: a.X + dx, Y: a.Y + dy}
		// the head: two strokes back from the tip at ±25°, a third long
		pts := []plotter.XYs{{{X: a.X, Y: a.Y}, tip}}
		for _, ang := range []float64{0.44, -0.44} {
			ux, uy := -dx/xspan, -dy/yspan
			rx := (ux*math.Cos(ang) - uy*math.Sin(ang)) * xspan / 3
			ry := (ux*math.Sin(ang) + uy*math.Cos(ang)) * yspan / 3
			pts = append(pts, plotter.XYs{tip, {X: tip.X + rx, Y: tip.Y + ry}})
		}
		for _, seg := range pts {
			l, err := plotter.NewLine(seg)
			if err != nil {
				return err
			}
			l.LineStyle.Color = color.Black
			p.Add(l)
		}
	}
	return nil
}

// regionGrid is 1 where the field is positive, else 0.
type regionGrid struct{ gridXYZ }

func (g regionGrid) Z(c, r int) float64 {
	if g.gridXYZ.Z(c, r) > 0 {
		return 1
	}
	return 0
}

// twoColors paints a region: white outside, the first cycle colour in.
type twoColors struct{}

func (twoColors) Colors() []color.Color {
	r, g, b, _ := ColorRGB("", 0)
	return []color.Color{color.White, color.RGBA{R: r, G: g, B: b, A: 255}}
}

// renderGrid draws a grid of Axes, aligned by gonum, on one canvas.
func (f *Figure) renderGrid(w io.Writer, format string) error {
	wi, hi := f.Width, f.Height
	if wi <= 0 || hi <= 0 {
		wi, hi = 6.4, 4.8
	}
	width, height := vg.Length(wi)*vg.Inch, vg.Length(hi)*vg.Inch
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.New(width, height)}
	case "svg":
		c = vgsvg.New(width, height)
	case "pdf":
		c = vgpdf.New(width, height)
	default:
		return &UnsupportedFormatError{Ext: format}
	}
	rows, cols := max(f.Rows, 1), max(f.Cols, 1)
	plots := make([][]*plot.Plot, rows)
	for r := range rows {
		plots[r] = make([]*plot.Plot, cols)
		for k := range cols {
			i := r*cols + k
			if i >= len(f.Axes) {
				continue
			}
			p, err := f.Axes[i].gonum()
			if err != nil {
				return err
			}
			plots[r][k] = p
		}
	}
	dc := draw.New(c)
	if f.Title != "" {
		title := plot.New()
		title.Title.Text = f.Title
		sty := title.Title.TextStyle
		h := sty.Height(f.Title) * 1.5
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
		dc.FillText(sty, vg.Point{X: width / 2, Y: height - h/2}, f.Title)
		dc.Max.Y -= h
	}
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Millimeter * 4, PadY: vg.Millimeter * 4, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	canvases := plot.Align(plots, tiles, dc)
	for r := range rows {
		for k := range cols {
			if plots[r][k] != nil {
				plots[r][k].Draw(canvases[r][k])
			}
		}
	}
	_, err := c.WriteTo(w)
	return err
}

// surface draws a field as a wireframe seen from the figure's elevation
// and azimuth (matplotlib's default 3-D view, 30° and -60°, unless set),
// orthographically, the lines coloured by height, with the box's base
// and the axis labels.
func (f *Figure) surface(fd *Field) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = f.Title
	p.HideAxes()
	lo, hi := fd.zRange()
	x0, x1 := fd.X[0], fd.X[len(fd.X)-1]
	y0, y1 := fd.Y[0], fd.Y[len(fd.Y)-1]
	elev, azim := f.Elev, f.Azim
	if elev == 0 && azim == 0 {
		elev, azim = 30, -60
	}
	az, el := azim*math.Pi/180, elev*math.Pi/180
	proj := func(x, y, z float64) plotter.XY {
		X := (x-x0)/(x1-x0) - 0.5
		Y := (y-y0)/(y1-y0) - 0.5
		Z := (z-lo)/(hi-lo) - 0.5
		return plotter.XY{
			X: -math.Sin(az)*X + math.Cos(az)*Y,
			Y: -math.Cos(az)*math.Sin(el)*X - math.Sin(az)*math.Sin(el)*Y + math.Cos(el)*Z,
		}
	}
	line := func(pts plotter.XYs, c color.Color) error {
		if len(pts) < 2 {
			return nil
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return err
		}
		l.LineStyle.Color = c
		l.LineStyle.Width = vg.Points(0.7)
		p.Add(l)
		return nil
	}
	grey := color.Gray{Y: 160}
	base := plotter.XYs{proj(x0, y0, lo), proj(x1, y0, lo), proj(x1, y1, lo), proj(x0, y1, lo), proj(x0, y0, lo)}
	if err := line(base, grey); err != nil {
		return nil, err
	}
	step := func(n int) int { return max(1, n/30) }
	// lines of constant y, then of constant x, split where z is missing
	for i := 0; i < len(fd.Y); i += step(len(fd.Y)) {
		for j := 0; j+1 < len(fd.X); j++ {
			z0, z1 := fd.Z[i][j], fd.Z[i][j+1]
			if finite(z0) && finite(z1) {
				r, g, b := colormap(((z0+z1)/2 - lo) / (hi - lo))
				if err := line(plotter.XYs{proj(fd.X[j], fd.Y[i], z0), proj(fd.X[j+1], fd.Y[i], z1)}, color.RGBA{R: r, G: g, B: b, A: 255}); err != nil {
					return nil, err
				}
			}
		}
	}
	for j := 0; j < len(fd.X); j += step(len(fd.X)) {
		for i := 0; i+1 < len(fd.Y); i++ {
			z0, z1 := fd.Z[i][j], fd.Z[i+1][j]
			if finite(z0) && finite(z1) {
				r, g, b := colormap(((z0+z1)/2 - lo) / (hi - lo))
				if err := line(plotter.XYs{proj(fd.X[j], fd.Y[i], z0), proj(fd.X[j], fd.Y[i+1], z1)}, color.RGBA{R: r, G: g, B: b, A: 255}); err != nil {
					return nil, err
				}
			}
		}
	}
	labels := []struct {
		text string
		at   plotter.XY
	}{{f.XLabel, proj((x0+x1)/2, y0-(y1-y0)*0.15, lo)}, {f.YLabel, proj(x1+(x1-x0)*0.15, (y0+y1)/2, lo)},
		{f.ZLabel, proj(x0-(x1-x0)*0.15, y1, (lo+hi)/2)}}
	for _, l := range labels {
		if l.text == "" {
			continue
		}
		lab, err := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{l.at}, Labels: []string{l.text}})
		if err != nil {
			return nil, err
		}
		p.Add(lab)
	}
	return p, nil
}
