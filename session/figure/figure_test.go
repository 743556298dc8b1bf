package figure

import (
	"bytes"
	"encoding/xml"
	"flag"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the text renderings in testdata (then check them by eye)")

// sample is f on n points of [a, b].
func sample(f func(float64) float64, a, b float64, n int) (xs, ys []float64) {
	for i := range n {
		x := a + (b-a)*float64(i)/float64(n-1)
		xs, ys = append(xs, x), append(ys, f(x))
	}
	return
}

func testFigure() *Figure {
	xs, ys := sample(math.Sin, -2*math.Pi, 2*math.Pi, 400)
	_, dys := sample(math.Cos, -2*math.Pi, 2*math.Pi, 400)
	return &Figure{
		Title: "sin and its derivative", XLabel: "x", Legend: true,
		Series: []Series{{X: xs, Y: ys, Label: "sin(x)"}, {X: xs, Y: dys, Label: "cos(x)", Dashed: true}},
		Lines:  []Line{{At: 0}},
	}
}

// TestText compares the terminal renderings of a fixed figure with the
// files in testdata, which were checked by eye when written (-update):
// braille and ASCII, the axes' tick labels at 0, ±1 and multiples of 5.
func TestText(t *testing.T) {
	for _, c := range []struct {
		name string
		o    TextOptions
	}{
		{"sin_braille.txt", TextOptions{Width: 72, Height: 16}},
		{"sin_ascii.txt", TextOptions{Width: 72, Height: 16, ASCII: true}},
	} {
		got := testFigure().Text(c.o)
		compareText(t, c.name, got)
	}
}

// fieldFigure is x*y sampled on a grid, drawn as contours or filled, with
// a quiver of its gradient (y, x).
func fieldFigure(filled bool) *Figure {
	xs, _ := sample(func(x float64) float64 { return x }, -1, 1, 21)
	f := &Figure{Title: "x*y"}
	fd := Field{X: xs, Y: xs, Levels: 6, Filled: filled}
	for _, y := range xs {
		var row []float64
		for _, x := range xs {
			row = append(row, x*y)
		}
		fd.Z = append(fd.Z, row)
	}
	f.Fields = []Field{fd}
	if !filled {
		for _, y := range []float64{-0.5, 0.5} {
			for _, x := range []float64{-0.5, 0.5} {
				f.Arrows = append(f.Arrows, Arrow{X: x, Y: y, U: y, V: x})
			}
		}
	}
	return f
}

// TestTextFields compares contour, quiver and heat-map renderings with
// testdata (checked by eye: the hyperbolas x*y = c are symmetric about
// both diagonals, the heat map is dark where x*y < 0 and dense where it
// is > 0, the arrows point along (y, x)).
func TestTextFields(t *testing.T) {
	for _, c := range []struct {
		name   string
		filled bool
	}{{"xy_contour.txt", false}, {"xy_heat.txt", true}} {
		got := fieldFigure(c.filled).Text(TextOptions{Width: 50, Height: 12})
		compareText(t, c.name, got)
	}
	var b bytes.Buffer
	for _, filled := range []bool{false, true} {
		b.Reset()
		if err := fieldFigure(filled).Render(&b, "png"); err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(&b); err != nil {
			t.Fatal(err)
		}
	}
	// a surface: a heat map in the terminal, a wireframe in files
	surf := fieldFigure(true)
	surf.Fields[0].Filled, surf.Fields[0].Surface = false, true
	if got, want := surf.Text(TextOptions{Width: 50, Height: 12}), fieldFigure(true).Text(TextOptions{Width: 50, Height: 12}); got != want {
		t.Errorf("surface in the terminal is not the heat map:\n%s", got)
	}
	b.Reset()
	if err := surf.Render(&b, "png"); err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(&b); err != nil {
		t.Fatal(err)
	}
}

// TestGrid draws a 1×2 grid of Axes under a title: side by side when
// each gets 30 columns (checked by eye: sin on the left, the x*y contours
// on the right), one under the other when not, and as one PNG.
func TestGrid(t *testing.T) {
	grid := &Figure{Title: "grid", Rows: 1, Cols: 2, Axes: []*Figure{testFigure(), fieldFigure(false)}}
	for _, c := range []struct {
		name  string
		width int
	}{{"grid_wide.txt", 100}, {"grid_narrow.txt", 50}} {
		got := grid.Text(TextOptions{Width: c.width, Height: 10})
		compareText(t, c.name, got)
	}
	var b bytes.Buffer
	for _, format := range []string{"png", "svg", "pdf"} {
		b.Reset()
		if err := grid.Render(&b, format); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
	}
}

// TestTextColor checks that colour mode wraps the drawn cells in the
// series' 24-bit colours and resets after each.
func TestTextColor(t *testing.T) {
	got := testFigure().Text(TextOptions{Width: 60, Color: true})
	if !strings.Contains(got, "\x1b[38;2;31;119;180m") || !strings.Contains(got, "\x1b[38;2;255;127;14m") || !strings.Contains(got, "\x1b[0m") {
		t.Errorf("no tab10 colours in %q", got[:200])
	}
}

// TestFiles renders the figure to each format and checks that the
// result is what the format says: a PNG that decodes to 6.4×4.8 inches
// at gonum's 96 dpi, SVG that parses as XML, a PDF header.
func TestFiles(t *testing.T) {
	var b bytes.Buffer
	if err := testFigure().Render(&b, "png"); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if r := img.Bounds(); r.Dx() != 614 || r.Dy() != 461 {
		t.Errorf("png is %v", r)
	}
	b.Reset()
	if err := testFigure().Render(&b, "svg"); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(&b)
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("svg: %v", err)
		}
	}
	b.Reset()
	if err := testFigure().Render(&b, "pdf"); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Errorf("pdf starts %q", b.Bytes()[:8])
	}
	err = testFigure().Render(&b, "xyz")
	if err == nil || err.Error() != "Format 'xyz' is not supported (supported formats: pdf, png, svg)" {
		t.Errorf("unknown format: %v", err)
	}
}

// TestSave writes through a temporary file: the file appears whole with
// mode 0644, and a failed save leaves nothing behind.
func TestSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.png")
	if err := testFigure().Save(path); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("stat: %v %v", st, err)
	}
	if err := testFigure().Save(filepath.Join(dir, "no", "such", "dir.png")); err == nil {
		t.Error("save into a missing directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestTicks checks the tick choice: the step is the smallest of 1, 2,
// 2.5, 5 or 10 times a power of ten that is at least (hi-lo)/(n-1), and
// the ticks are its multiples inside the range (12.56/5 = 2.512 takes 5;
// 0.0032/3 = 0.00107 takes 0.002).
func TestTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		n      int
		want   string
	}{
		{0, 10, 6, "0 2 4 6 8 10"},
		{-1, 1, 5, "-1 -0.5 0 0.5 1"},
		{-6.28, 6.28, 6, "-5 0 5"},
		{0.001, 0.0042, 4, "0.002 0.004"},
		{-1, 1, 9, "-1 -0.75 -0.5 -0.25 0 0.25 0.5 0.75 1"},
	} {
		var parts []string
		for _, v := range Ticks(c.lo, c.hi, c.n) {
			parts = append(parts, tickLabel(v))
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("Ticks(%v, %v, %d) = %s, want %s", c.lo, c.hi, c.n, got, c.want)
		}
	}
}

// compareText compares a rendering with testdata/name (rewritten with
// -update, to be checked by eye).
func compareText(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n%s", name, got)
	}
}

// TestFillBetweenAndNotes: fill_between shades the cells between its
// curves only where its mask holds (x in [1, 2] of [0, 3]: the middle
// third of the columns); a note's text
// starts at its point; the PNG renders.
func TestFillBetweenAndNotes(t *testing.T) {
	xs, ys := sample(func(x float64) float64 { return x * x }, 0, 3, 61)
	y1 := append([]float64(nil), ys...)
	for i, x := range xs {
		if x < 1 || x > 2 {
			y1[i] = math.NaN()
		}
	}
	f := &Figure{
		Series: []Series{{X: xs, Y: ys}},
		Fills:  []Fill{{X: xs, Y1: y1, Y2: make([]float64, len(xs)), Alpha: 0.3}},
		Notes:  []Note{{X: 0.1, Y: 8, Text: "NOTE"}},
		XLim:   &[2]float64{0, 3}, YLim: &[2]float64{0, 9},
	}
	lines := strings.Split(f.Text(TextOptions{Width: 64, Height: 18}), "\n")
	first, last := -1, -1
	noted := false
	for _, l := range lines[:18] {
		body := []rune(l)
		bar := strings.IndexAny(l, "│┤")
		if bar < 0 {
			t.Fatalf("no axis bar in %q", l)
		}
		cells := body[len([]rune(l[:bar]))+1:]
		for i, r := range cells {
			if r == '░' {
				if first < 0 || i < first {
					first = i
				}
				last = max(last, i)
			}
		}
		noted = noted || strings.Contains(l, "NOTE")
	}
	cols := len([]rune(lines[0])) - strings.Index(lines[0], "│") - 1
	if first < 0 || float64(first) < 0.3*float64(cols) || float64(last) > 0.7*float64(cols) {
		t.Errorf("shading in columns %d..%d of about %d, want the middle third:\n%s", first, last, cols, strings.Join(lines, "\n"))
	}
	if !noted {
		t.Errorf("note missing:\n%s", strings.Join(lines, "\n"))
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
}

// TestLogScale draws a geometric sequence on a logarithmic y axis: the
// ticks are the powers of ten labelled with their values, the sequence
// is a straight line (equal steps between its points' rows), values at
// or below zero are left out, and the SVG file carries the same labels.
func TestLogScale(t *testing.T) {
	f := &Figure{YLog: true, Series: []Series{{X: []float64{1, 2, 3, 4, 0}, Y: []float64{1, 0.1, 0.01, 0.001, -1}, Scatter: true}}}
	txt := f.Text(TextOptions{Width: 60, Height: 16, ASCII: true})
	for _, lab := range []string{"0.001 +", "0.01 +", "0.1 +", " 1 +"} {
		if !strings.Contains(txt, lab) {
			t.Errorf("no tick %q in\n%s", lab, txt)
		}
	}
	ts, lab := axisTicks(-3, 0, 6, true)
	if len(ts) != 4 || lab(ts[0]) != "0.001" || lab(ts[3]) != "1" {
		t.Errorf("log ticks %v", ts)
	}
	g := f.logView()
	for i, want := range []float64{0, -1, -2, -3} {
		if math.Abs(g.Series[0].Y[i]-want) > 1e-12 {
			t.Errorf("log10 of %v is %v", f.Series[0].Y[i], g.Series[0].Y[i])
		}
	}
	if !math.IsNaN(g.Series[0].Y[4]) || f.Series[0].Y[4] != -1 {
		t.Error("a negative value is not left out, or the figure itself changed")
	}
	var b bytes.Buffer
	if err := f.Render(&b, "svg"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "0.001") {
		t.Error("the SVG lacks the log axis labels")
	}
}

// TestCycleSkipsSegments: segments outside the colour cycle (hlines,
// error bars) do not move the next series' default colour, as
// matplotlib's line collections do not.
func TestCycleSkipsSegments(t *testing.T) {
	f := &Figure{Series: []Series{{X: []float64{0, 1}, Y: []float64{0, 1}}, {X: []float64{0, 1}, Y: []float64{1, 1}, Color: "C0", NoCycle: true}, {X: []float64{0, 1}, Y: []float64{1, 0}}}}
	if got := f.seriesColor(2); got != cycle[1] {
		t.Errorf("the third series is %s, want the cycle's second colour %s", got, cycle[1])
	}
	if f.CycleIndex(2) != 1 || f.CycleIndex(1) != 1 || f.CycleIndex(0) != 0 {
		t.Errorf("cycle indices %d %d %d", f.CycleIndex(0), f.CycleIndex(1), f.CycleIndex(2))
	}
}
