package figure

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// TextOptions choose how a figure is drawn in the terminal.
type TextOptions struct {
	// Width is the total width in columns (0: 80).
	Width int
	// Height is the plot area's height in rows (0: 20).
	Height int
	// Color draws each series in its colour with ANSI escapes.
	Color bool
	// ASCII draws with '*' instead of braille dots.
	ASCII bool
}

// canvas is a grid of cells, each 2×4 dots (braille) or 1×1 (ASCII),
// remembering the colour index of the last series drawn in each cell.
type canvas struct {
	cols, rows int
	dx, dy     int // dots per cell
	dots       []uint8
	color      []int
	// rgb, when set for a cell, is its colour (contour levels);
	// fill is a filled field's cell (a ramp character or a coloured
	// block) shown where nothing else is drawn.
	rgb  []string
	fill []string
	// over is text (a note) shown above everything else.
	over []string
}

func newCanvas(cols, rows int, ascii bool) *canvas {
	c := &canvas{cols: cols, rows: rows, dx: 2, dy: 4}
	if ascii {
		c.dx, c.dy = 1, 1
	}
	c.dots = make([]uint8, cols*rows)
	c.color = make([]int, cols*rows)
	c.rgb = make([]string, cols*rows)
	c.fill = make([]string, cols*rows)
	c.over = make([]string, cols*rows)
	for i := range c.color {
		c.color[i] = -1
	}
	return c
}

// brailleBit is the bit of dot (x, y) within a cell (Unicode braille
// patterns: dots 1-3 and 7 in the left column, 4-6 and 8 in the right).
var brailleBit = [4][2]uint8{{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}}

func (c *canvas) set(x, y, color int) {
	if x < 0 || y < 0 || x >= c.cols*c.dx || y >= c.rows*c.dy {
		return
	}
	i := (y/c.dy)*c.cols + x/c.dx
	if c.dx == 1 {
		c.dots[i] = 1
	} else {
		c.dots[i] |= brailleBit[y%4][x%2]
	}
	c.color[i] = color
}

// line draws from (x0, y0) to (x1, y1) in dot coordinates (Bresenham).
func (c *canvas) line(x0, y0, x1, y1, color int, dashed bool) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	err := dx + dy
	n := 0
	for {
		if !dashed || (n/3)%2 == 0 {
			c.set(x0, y0, color)
		}
		n++
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func (c *canvas) cell(i int, ascii bool) string {
	if c.dots[i] == 0 {
		return " "
	}
	if ascii {
		return "*"
	}
	return string(rune(0x2800 + int(c.dots[i])))
}

// Text draws the figure for a terminal: title, y tick labels on the left,
// the plot area framed below and left, x tick labels, axis labels and
// the legend.
func (f *Figure) Text(o TextOptions) string {
	if len(f.Axes) > 0 {
		return f.gridText(o)
	}
	width := o.Width
	if width <= 0 {
		width = 80
	}
	rows := o.Height
	if rows <= 0 {
		rows = 20
	}
	log := f
	f = f.logView()
	x0, x1, y0, y1 := f.bounds()
	if f.Equal {
		// a terminal cell is about twice as high as wide: a unit spans
		// twice as many columns as rows
		x0, x1, y0, y1 = equalRanges(x0, x1, y0, y1, float64(max(width-8, 10)), float64(rows*2))
	}
	yt, ylab := ticksFor(log.YTicks, y0, y1, 5, log.YLog)
	xt, xlab := ticksFor(log.XTicks, x0, x1, 6, log.XLog)
	if f.AxisOff {
		xt, yt = nil, nil
	}
	margin := 0
	for _, t := range yt {
		margin = max(margin, utf8.RuneCountInString(ylab(t)))
	}
	cols := max(width-margin-2, 10)
	c := newCanvas(cols, rows, o.ASCII)
	W, H := cols*c.dx, rows*c.dy
	px := func(x float64) int { return int(math.Round((x - x0) / (x1 - x0) * float64(W-1))) }
	py := func(y float64) int { return int(math.Round((y1 - y) / (y1 - y0) * float64(H-1))) }
	toX := func(dx int) float64 { return x0 + float64(dx)/float64(W-1)*(x1-x0) }
	toY := func(dy int) float64 { return y1 - float64(dy)/float64(H-1)*(y1-y0) }
	for k := range f.Fields {
		fd := &f.Fields[k]
		if fd.Filled || fd.Region || fd.Surface {
			c.fillField(fd, toX, toY, o)
		} else {
			c.contour(fd, toX, toY, W, H)
		}
	}
	for k := range f.Fills {
		c.fillBetween(&f.Fills[k], toX, toY, o)
	}
	c.arrows(f.Arrows, px, py, len(f.Series), x1-x0, y1-y0)
	for i, s := range f.Series {
		havePrev := false
		var pxPrev, pyPrev int
		for k := range s.X {
			x, y := s.X[k], s.Y[k]
			if !finite(x) || !finite(y) {
				havePrev = false
				continue
			}
			cx, cy := px(x), py(y)
			switch {
			case s.Scatter || !havePrev:
				c.set(cx, cy, i)
			case abs(cy-pyPrev) > 4*H:
				// a pole: the curve leaves the plot; do not join
				c.set(cx, cy, i)
			default:
				c.line(pxPrev, pyPrev, cx, cy, i, s.Dashed)
			}
			pxPrev, pyPrev, havePrev = cx, cy, true
		}
	}
	for _, l := range f.Lines {
		if l.Vertical {
			x := px(l.At)
			c.line(x, 0, x, H-1, len(f.Series), l.Dashed)
		} else {
			y := py(l.At)
			c.line(0, y, W-1, y, len(f.Series), l.Dashed)
		}
	}
	for _, n := range f.Notes {
		if !finite(n.X) || !finite(n.Y) {
			continue
		}
		r, col := py(n.Y)/c.dy, px(n.X)/c.dx
		if r < 0 || r >= rows {
			continue
		}
		for _, ch := range n.Text {
			if col >= 0 && col < cols {
				c.over[r*cols+col] = string(ch)
			}
			col++
		}
	}
	tickY, barY, barX, tickX, corner := " ┤", " │", "─", '┬', " └"
	if o.ASCII {
		tickY, barY, barX, tickX, corner = " +", " |", "-", '+', " +"
	}
	if f.AxisOff {
		tickY, barY, barX, tickX, corner = "  ", "  ", " ", ' ', "  "
	}
	var b strings.Builder
	if f.Title != "" {
		b.WriteString(center(f.Title, margin+2+cols) + "\n")
	}
	if f.YLabel != "" {
		b.WriteString(f.YLabel + "\n")
	}
	// y tick labels sit on the rows their values fall in
	labelAt := map[int]string{}
	for _, t := range yt {
		labelAt[py(t)/c.dy] = ylab(t)
	}
	for r := range rows {
		lab := labelAt[r]
		b.WriteString(strings.Repeat(" ", margin-utf8.RuneCountInString(lab)) + lab)
		if lab != "" {
			b.WriteString(tickY)
		} else {
			b.WriteString(barY)
		}
		for col := range cols {
			i := r*cols + col
			cell := c.cell(i, o.ASCII)
			switch {
			case c.over[i] != "":
				cell = c.over[i]
			case c.dots[i] == 0 && c.fill[i] != "":
				cell = c.fill[i]
			case o.Color && c.dots[i] != 0 && c.rgb[i] != "":
				cell = c.rgb[i] + cell + "\x1b[0m"
			case o.Color && c.dots[i] != 0:
				cell = ansi(f.seriesColor(c.color[i])) + cell + "\x1b[0m"
			}
			b.WriteString(cell)
		}
		b.WriteString("\n")
	}
	// the x axis with tick marks, then the labels centred under them
	axis := []rune(strings.Repeat(barX, cols))
	labels := []rune(strings.Repeat(" ", cols+margin+2))
	for _, t := range xt {
		col := px(t) / c.dx
		if col >= 0 && col < cols {
			axis[col] = tickX
		}
		lab := []rune(xlab(t))
		start := margin + 2 + col - len(lab)/2
		start = min(max(start, 0), len(labels)-len(lab))
		free := true
		for k := range lab {
			if start+k-1 >= 0 && labels[start+k-1] != ' ' || labels[start+k] != ' ' {
				free = false
			}
		}
		if free {
			copy(labels[start:], lab)
		}
	}
	b.WriteString(strings.Repeat(" ", margin) + corner + string(axis) + "\n")
	b.WriteString(strings.TrimRight(string(labels), " ") + "\n")
	if f.XLabel != "" {
		b.WriteString(center(f.XLabel, margin+2+cols) + "\n")
	}
	if f.Legend {
		var parts []string
		for i, s := range f.Series {
			if s.Label == "" || strings.HasPrefix(s.Label, "_") {
				continue
			}
			mark := "──"
			if s.Scatter {
				mark = "• "
			}
			if o.ASCII {
				mark = "**"
			}
			if o.Color {
				mark = ansi(f.seriesColor(i)) + mark + "\x1b[0m"
			}
			parts = append(parts, mark+" "+s.Label)
		}
		for _, fl := range f.Fills {
			if fl.Label == "" || strings.HasPrefix(fl.Label, "_") {
				continue
			}
			mark := "░░"
			switch {
			case o.ASCII:
				mark = "::"
			case o.Color:
				mark = ansi(fl.color()) + mark + "\x1b[0m"
			}
			parts = append(parts, mark+" "+fl.Label)
		}
		if len(parts) > 0 {
			b.WriteString(strings.Repeat(" ", margin+2) + strings.Join(parts, "   ") + "\n")
		}
	}
	return b.String()
}

// seriesColor is the colour of series i (i == len(Series): the lines).
func (f *Figure) seriesColor(i int) string {
	if i < len(f.Series) {
		if f.Series[i].Color != "" {
			return f.Series[i].Color
		}
		return cycle[f.CycleIndex(i)%len(cycle)]
	}
	if len(f.Lines) > 0 && f.Lines[0].Color != "" {
		return f.Lines[0].Color
	}
	return "#7f7f7f"
}

// ansi is the 24-bit colour escape for a colour (the cycle's on error).
func ansi(c string) string {
	r, g, b, err := ColorRGB(c, 0)
	if err != nil {
		r, g, b, _ = ColorRGB("", 0)
	}
	return fmt.Sprintf("\x1b[38;2;%d;%d;%dm", r, g, b)
}

func center(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s
	}
	return strings.Repeat(" ", (w-n)/2) + s
}

// ramp shades a filled field without colour, from low to high.
const ramp = " .:-=+*#%@"

// fillField shades each cell by the field's value at its centre: a
// coloured block (viridis) or a ramp character.
func (c *canvas) fillField(fd *Field, toX, toY func(int) float64, o TextOptions) {
	lo, hi := fd.zRange()
	for r := range c.rows {
		for col := range c.cols {
			z := fd.at(toX(col*c.dx+c.dx/2), toY(r*c.dy+c.dy/2))
			if !finite(z) {
				continue
			}
			if fd.Region {
				if z > 0 {
					c.fill[r*c.cols+col] = "#"
					if o.Color && !o.ASCII {
						c.fill[r*c.cols+col] = ansi(cycle[0]) + "█\x1b[0m"
					}
				}
				continue
			}
			t := (z - lo) / (hi - lo)
			i := r*c.cols + col
			if o.Color && !o.ASCII {
				rr, g, b := colormap(t)
				c.fill[i] = fmt.Sprintf("\x1b[38;2;%d;%d;%dm█\x1b[0m", rr, g, b)
				continue
			}
			c.fill[i] = string(ramp[min(int(t*float64(len(ramp))), len(ramp)-1)])
		}
	}
}

// contour sets the dots where the field's level (of fd.Levels between
// its extremes) changes from a dot to its right or lower neighbour.
func (c *canvas) contour(fd *Field, toX, toY func(int) float64, W, H int) {
	lo, hi := fd.zRange()
	n := fd.Levels
	if n <= 0 {
		n = 8
	}
	level := make([]int, W*H)
	for y := range H {
		for x := range W {
			z := fd.at(toX(x), toY(y))
			level[y*W+x] = -1
			switch {
			case !finite(z):
			case fd.Zero && z >= 0:
				level[y*W+x] = 1
			case fd.Zero:
				level[y*W+x] = 0
			default:
				level[y*W+x] = min(int((z-lo)/(hi-lo)*float64(n)), n-1)
			}
		}
	}
	for y := range H {
		for x := range W {
			l := level[y*W+x]
			if l < 0 {
				continue
			}
			edge := x+1 < W && level[y*W+x+1] >= 0 && level[y*W+x+1] != l ||
				y+1 < H && level[(y+1)*W+x] >= 0 && level[(y+1)*W+x] != l
			if edge {
				c.set(x, y, -1)
				r, g, b := colormap(float64(l) / float64(max(n-1, 1)))
				c.rgb[(y/c.dy)*c.cols+x/c.dx] = fmt.Sprintf("\x1b[38;2;%d;%d;%dm", r, g, b)
			}
		}
	}
}

// arrows draws a quiver plot's arrows, scaled so that the longest is
// about the spacing of the arrows.
func (c *canvas) arrows(as []Arrow, px, py func(float64) int, color int, xspan, yspan float64) {
	if len(as) == 0 {
		return
	}
	longest := 0.0
	for _, a := range as {
		longest = math.Max(longest, math.Hypot(a.U/xspan, a.V/yspan))
	}
	if longest == 0 {
		return
	}
	spacing := 1 / math.Sqrt(float64(len(as)))
	scale := 0.9 * spacing / longest
	for _, a := range as {
		x2, y2 := a.X+a.U*scale, a.Y+a.V*scale
		c.line(px(a.X), py(a.Y), px(x2), py(y2), color, false)
	}
}

// gridText draws a grid of Axes: the title, then each row of plots side
// by side when each gets 30 columns or more, else one under another.
func (f *Figure) gridText(o TextOptions) string {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	var b strings.Builder
	if f.Title != "" {
		b.WriteString(center(f.Title, width) + "\n")
	}
	cols := max(f.Cols, 1)
	side := width/cols - 2
	if side < 30 {
		cols, side = 1, width
	}
	sub := o
	sub.Width = side
	if sub.Height <= 0 {
		sub.Height = 20
		if len(f.Axes) > 1 {
			sub.Height = 12
		}
	}
	for start := 0; start < len(f.Axes); start += cols {
		var blocks [][]string
		tall := 0
		for _, a := range f.Axes[start:min(start+cols, len(f.Axes))] {
			lines := strings.Split(strings.TrimRight(a.Text(sub), "\n"), "\n")
			blocks = append(blocks, lines)
			tall = max(tall, len(lines))
		}
		for i := range tall {
			var row strings.Builder
			for k, lines := range blocks {
				line := ""
				if i < len(lines) {
					line = lines[i]
				}
				if k < len(blocks)-1 {
					line += strings.Repeat(" ", max(side+2-visibleLen(line), 0))
				}
				row.WriteString(line)
			}
			b.WriteString(strings.TrimRight(row.String(), " ") + "\n")
		}
		if start+cols < len(f.Axes) {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// visibleLen is the number of columns s takes, without ANSI escapes.
func visibleLen(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case esc:
			if r == 'm' {
				esc = false
			}
		case r == 0x1b:
			esc = true
		default:
			n++
		}
	}
	return n
}

// fillBetween shades the cells whose centre lies between a fill's two
// curves (linear between its points), where nothing else is drawn.
func (c *canvas) fillBetween(fl *Fill, toX, toY func(int) float64, o TextOptions) {
	shade := "░"
	switch {
	case o.ASCII:
		shade = ":"
	case o.Color:
		shade = ansi(fl.color()) + "░\x1b[0m"
	}
	for _, run := range fl.runs() {
		for col := range c.cols {
			x := toX(col*c.dx + c.dx/2)
			for i := run[0]; i+1 < run[1]; i++ {
				xa, xb := fl.X[i], fl.X[i+1]
				if x < math.Min(xa, xb) || x > math.Max(xa, xb) || xa == xb {
					continue
				}
				t := (x - xa) / (xb - xa)
				ya := fl.Y1[i] + t*(fl.Y1[i+1]-fl.Y1[i])
				yb := fl.Y2[i] + t*(fl.Y2[i+1]-fl.Y2[i])
				lo, hi := math.Min(ya, yb), math.Max(ya, yb)
				for r := range c.rows {
					if y := toY(r*c.dy + c.dy/2); y >= lo && y <= hi {
						c.fill[r*c.cols+col] = shade
					}
				}
				break
			}
		}
	}
}

// color is the fill's colour as a hex string.
func (fl *Fill) color() string {
	r, g, b, err := ColorRGB(fl.Color, fl.Index)
	if err != nil {
		return cycle[0]
	}
	return fmt.Sprintf("#%02x%02x%02x", r, g, b)
}
