package figure

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestScalarLabels checks tick labels against what matplotlib 3.6's
// ScalarFormatter printed for the same fixed ticks (plt.xticks(locs)).
func TestScalarLabels(t *testing.T) {
	for _, c := range []struct {
		locs []float64
		want []string
	}{
		{[]float64{0, 1.5, 4}, []string{"0.0", "1.5", "4.0"}},
		{[]float64{-1, 0, 1}, []string{"−1", "0", "1"}},
		{[]float64{0, math.Pi, 2 * math.Pi}, []string{"0.000", "3.142", "6.283"}},
		{[]float64{0.1, 0.2, 0.3}, []string{"0.1", "0.2", "0.3"}},
		{[]float64{-2.5, 0, 2.5}, []string{"−2.5", "0.0", "2.5"}},
		{[]float64{0, 0.25, 0.5, 0.75, 1}, []string{"0.00", "0.25", "0.50", "0.75", "1.00"}},
		{[]float64{100, 200, 300}, []string{"100", "200", "300"}},
		{[]float64{0.001, 0.002}, []string{"0.001", "0.002"}},
		{[]float64{1, 10, 100}, []string{"1", "10", "100"}},
		{[]float64{-0.5, 0.5}, []string{"−0.5", "0.5"}},
		{[]float64{2}, []string{"2"}},
		{[]float64{0, 1e-3, 2e-3, 3e-3}, []string{"0.000", "0.001", "0.002", "0.003"}},
		{[]float64{12, 13.5, 15}, []string{"12.0", "13.5", "15.0"}},
	} {
		if got := ScalarLabels(c.locs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ScalarLabels(%v) = %q, want %q", c.locs, got, c.want)
		}
	}
}

// TestFixedTicks draws a figure with fixed x ticks: the labels (mathtext
// shown as plain characters) sit under the axis, and ticks outside the
// range are left out.
func TestFixedTicks(t *testing.T) {
	f := &Figure{Series: []Series{{X: []float64{0, 1, 2}, Y: []float64{0, 1, 0}}}}
	f.XTicks = &TickSet{At: []float64{0, 1, 2, 5}, Labels: []string{"0", `$\pi$`, "two", "far"}}
	got := f.Text(TextOptions{Width: 40, Height: 6, ASCII: true})
	lines := strings.Split(strings.TrimRight(got, "\n"), "\n")
	last := strings.Fields(lines[len(lines)-1])
	if !reflect.DeepEqual(last, []string{"0", "π", "two"}) {
		t.Errorf("tick labels %q, want 0 π two\n%s", last, got)
	}
	if strings.Contains(got, "far") {
		t.Errorf("a tick outside the range was drawn:\n%s", got)
	}
}

// TestEqualAspect draws a circle with Equal set: in the terminal a unit
// spans twice as many columns as rows (a cell is about twice as high as
// wide), so the circle's drawn width in columns is about twice its
// height in rows.
func TestEqualAspect(t *testing.T) {
	var xs, ys []float64
	for k := 0; k <= 200; k++ {
		a := 2 * math.Pi * float64(k) / 200
		xs, ys = append(xs, 2+math.Cos(a)), append(ys, math.Sin(a))
	}
	f := &Figure{Series: []Series{{X: xs, Y: ys}, {X: []float64{-3, 4}, Y: []float64{0, 0}}}, Equal: true}
	lines := strings.Split(f.Text(TextOptions{Width: 80, Height: 20, ASCII: true}), "\n")
	top, bottom, left, right := -1, -1, 1000, -1
	for r, line := range lines {
		cells := []rune(line)
		for c, ch := range cells {
			if ch == '*' && !strings.HasPrefix(strings.TrimSpace(line), "0") {
				if top < 0 {
					top = r
				}
				bottom = r
				left, right = min(left, c), max(right, c)
			}
		}
	}
	w, h := float64(right-left), float64(bottom-top)
	if h == 0 || w/h < 1.6 || w/h > 2.6 {
		t.Errorf("circle drawn %v columns by %v rows, want about 2:1\n%s", w, h, strings.Join(lines, "\n"))
	}
}
