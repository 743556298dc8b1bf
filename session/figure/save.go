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
	p := plot.New()
	p.Title.Text = f.Title
	p.Legend.Top = true
	p.X.Label.Text = f.XLabel
	p.Y.Label.Text = f.YLabel
	x0, x1, y0, y1 := f.bounds()
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x0, x1, y0, y1
	if f.Grid {
		p.Add(plotter.NewGrid())
	}
	for i, s := range f.Series {
		r, g, b, err := ColorRGB(s.Color, i)
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
