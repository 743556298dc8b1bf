package figure

import (
	"fmt"
	"math"
	"strings"
)

// TickSet is an axis's fixed ticks (pyplot's xticks, set_xticks): their
// positions and labels (nil: formatted as matplotlib's ScalarFormatter
// formats them). No positions hide the axis's ticks.
type TickSet struct {
	At     []float64
	Labels []string
	// Ints records that the positions were given as integers (how
	// matplotlib's Text objects print them).
	Ints bool
}

// ticksFor are the ticks an axis shows over [lo, hi] (log10 units on a
// logarithmic axis): the fixed ones inside the range, else the automatic
// ones.
func ticksFor(set *TickSet, lo, hi float64, n int, log bool) ([]float64, func(float64) string) {
	if set == nil {
		return axisTicks(lo, hi, n, log)
	}
	labels := set.Labels
	if labels == nil {
		labels = ScalarLabels(set.At)
	}
	var at []float64
	lab := map[float64]string{}
	eps := (hi - lo) * 1e-9
	for i, t := range set.At {
		if log {
			t = log10Pos(t)
		}
		if finite(t) && t >= lo-eps && t <= hi+eps {
			at = append(at, t)
			if i < len(labels) {
				lab[t] = MathPlain(labels[i])
			}
		}
	}
	return at, func(t float64) string { return lab[t] }
}

// ScalarLabels formats tick positions as matplotlib's ScalarFormatter
// does without an offset or a power of ten: with the fewest decimals
// (up to 3 more than the range's order of magnitude) that tell the
// positions apart to a thousandth of that order, and a Unicode minus.
func ScalarLabels(locs []float64) []string {
	if len(locs) == 0 {
		return nil
	}
	lo, hi, amax := math.Inf(1), math.Inf(-1), 0.0
	for _, v := range locs {
		lo, hi, amax = math.Min(lo, v), math.Max(hi, v), math.Max(amax, math.Abs(v))
	}
	rng := hi - lo
	if rng == 0 {
		rng = amax
	}
	if rng == 0 {
		rng = 1
	}
	oom := int(math.Floor(math.Log10(rng)))
	sig := max(0, 3-oom)
	thresh := 1e-3 * math.Pow(10, float64(oom))
	for sig >= 0 {
		worst := 0.0
		p := math.Pow(10, float64(sig))
		for _, v := range locs {
			worst = math.Max(worst, math.Abs(v-math.RoundToEven(v*p)/p))
		}
		if worst < thresh {
			sig--
		} else {
			break
		}
	}
	sig++
	out := make([]string, len(locs))
	for i, v := range locs {
		out[i] = strings.ReplaceAll(fmt.Sprintf("%1.*f", sig, v), "-", "\u2212")
	}
	return out
}

// mathSymbols are the TeX commands MathPlain turns into their characters.
var mathSymbols = strings.NewReplacer(
	`\pi`, "π", `\alpha`, "α", `\beta`, "β", `\gamma`, "γ", `\delta`, "δ", `\epsilon`, "ε",
	`\theta`, "θ", `\lambda`, "λ", `\mu`, "μ", `\sigma`, "σ", `\phi`, "φ", `\omega`, "ω",
	`\Delta`, "Δ", `\Omega`, "Ω", `\infty`, "∞", `\cdot`, "·", `\times`, "×", `\pm`, "±",
	`\sqrt`, "√", `\frac`, "", `\,`, " ", `\ `, " ", "{", "", "}", "", "$", "")

// MathPlain is a label's text with matplotlib's mathtext ($\pi/2$) shown
// as plain characters (π/2), for the terminal and the files' plain fonts.
func MathPlain(s string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	return mathSymbols.Replace(s)
}

// Bounds are the ranges the axes show: the limits set, else the data's
// range widened as the renderers widen it.
func (f *Figure) Bounds() (x0, x1, y0, y1 float64) { return f.bounds() }

// equalRanges widens one of the ranges about its middle so that a unit
// spans as much of a w-wide area along x as of an h-high one along y.
func equalRanges(x0, x1, y0, y1, w, h float64) (float64, float64, float64, float64) {
	sx, sy := (x1-x0)/w, (y1-y0)/h
	if sx > sy {
		m, half := (y0+y1)/2, sx*h/2
		return x0, x1, m - half, m + half
	}
	m, half := (x0+x1)/2, sy*w/2
	return m - half, m + half, y0, y1
}

// Autoscaled are the limits matplotlib's autoscaling gives the axes: the
// limits set, else the data's range with a 5% margin at each end.
func (f *Figure) Autoscaled() (x0, x1, y0, y1 float64) {
	x0, x1, y0, y1 = f.bounds()
	if f.XLim == nil {
		d := (x1 - x0) * 0.05
		x0, x1 = x0-d, x1+d
	}
	if f.YLim == nil {
		d := (y1 - y0) * 0.05
		y0, y1 = y0-d, y1+d
	}
	return
}
