package session

import (
	"math/big"
	"strconv"

	"github.com/dcalc/dcalc/session/figure"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file is pyplot's bar and hist: each bar a filled rectangle (a
// Fill between two points), one colour per call from the patch colour
// cycle, one legend entry per call; hist counts as numpy.histogram does
// and draws the bins edge to edge.

// barContainer is the BarContainer bar and hist return.
func barContainer(n int) *pyObject {
	return &pyObject{Type: "BarContainer", Repr: "<BarContainer object of " + strconv.Itoa(n) + " artists>"}
}

// barStyle is the appearance keywords bar, hist and fill_between share.
type barStyle struct {
	color, label string
	alpha        float64
}

// read takes a shared keyword; false when k is not one.
func (st *barStyle) read(in *interp, k kwArg) bool {
	switch k.Name {
	case "color", "facecolor", "fc":
		st.color = in.str(k.Value)
		if _, _, _, err := figure.ColorRGB(st.color, 0); err != nil {
			throw("ValueError", "%s", err.Error())
		}
	case "alpha":
		st.alpha = in.toFloat(k.Value)
	case "label":
		st.label = in.str(k.Value)
	case "edgecolor", "ec", "linewidth", "lw", "hatch", "zorder", "linestyle", "ls":
		// appearance only
	default:
		return false
	}
	return true
}

// addBars appends the rectangles [l_i, r_i] x [b_i, t_i] to f.
func addBars(f *figure.Figure, ls, rs, bs, ts []float64, st barStyle) {
	index := 0 // the colour cycle advances only for calls without a colour
	for _, fl := range f.Fills {
		if fl.Color == "" {
			index = max(index, fl.Index+1)
		}
	}
	for i := range ls {
		fl := figure.Fill{X: []float64{ls[i], rs[i]}, Y1: []float64{ts[i], ts[i]}, Y2: []float64{bs[i], bs[i]},
			Color: st.color, Index: index, Alpha: st.alpha}
		if i == 0 {
			fl.Label = st.label
		}
		f.Fills = append(f.Fills, fl)
	}
}

// pltBar is bar(x, height, width=0.8, bottom=0, align='center', ...):
// numeric x only (categorical x is refused).
func (in *interp) pltBar(f *figure.Figure, args []Value, kw []kwArg) Value {
	if len(args) < 2 || len(args) > 4 {
		throw("TypeError", "bar() missing required positional arguments: 'x' and 'height'")
	}
	if l, ok := args[0].(*List); ok {
		for _, v := range l.Items {
			if _, isStr := v.(string); isStr {
				throw("NotImplementedError", "dcalc's bar takes numeric x only (matplotlib's categorical axis is not drawn yet)")
			}
		}
	}
	xs := in.floats(args[0])
	n := len(xs)
	spread := func(v Value) []float64 {
		return in.spreadFloats(v, n, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (%d,) and arg 1 with shape (%d,).")
	}
	hs := spread(args[1])
	ws := spread(Value(0.8))
	bs := spread(Value(0.0))
	if len(args) > 2 {
		ws = spread(args[2])
	}
	if len(args) > 3 {
		bs = spread(args[3])
	}
	center := true
	var st barStyle
	for _, k := range kw {
		switch {
		case k.Name == "width":
			ws = spread(k.Value)
		case k.Name == "bottom":
			bs = spread(k.Value)
		case k.Name == "align":
			switch in.str(k.Value) {
			case "center":
			case "edge":
				center = false
			default:
				throw("ValueError", "'%s' is not a valid value for align; supported values are 'center', 'edge'", in.str(k.Value))
			}
		case st.read(in, k):
		default:
			throw("NotImplementedError", "dcalc's bar does not support %s= yet", k.Name)
		}
	}
	ls, rs, ts := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range xs {
		ls[i] = xs[i]
		if center {
			ls[i] -= ws[i] / 2
		}
		rs[i] = ls[i] + ws[i]
		ts[i] = bs[i] + hs[i]
	}
	addBars(f, ls, rs, bs, ts, st)
	return barContainer(n)
}

// pltHist is hist(x, bins=10, range=None, density=False, ...) with
// histtype='bar': numpy.histogram's counts (as floats) and edges, the
// bins drawn edge to edge (rwidth narrows them), and the container.
func (in *interp) pltHist(f *figure.Figure, args []Value, kw []kwArg) Value {
	if len(args) < 1 || len(args) > 2 {
		throw("TypeError", "hist() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	var bins Value = big.NewInt(10)
	if len(args) == 2 {
		bins = args[1]
	}
	var rng Value
	density := false
	rwidth := 1.0
	var st barStyle
	for _, k := range kw {
		switch {
		case k.Name == "bins":
			bins = k.Value
		case k.Name == "range":
			rng = k.Value
		case k.Name == "density":
			density = in.truth(k.Value, nil)
		case k.Name == "rwidth":
			if k.Value != none {
				rwidth = in.toFloat(k.Value)
			}
		case k.Name == "histtype":
			if in.str(k.Value) != "bar" {
				throw("NotImplementedError", "dcalc's hist draws histtype='bar' only")
			}
		case st.read(in, k):
		default:
			throw("NotImplementedError", "dcalc's hist does not support %s= yet", k.Name)
		}
	}
	data := in.toArray(args[0])
	if data.NDim() > 1 {
		throw("NotImplementedError", "dcalc's hist takes one dataset (a 1-d array)")
	}
	hist, edges := in.histogramOf(data, bins, rng, density)
	hs := hist.AsType(ndarray.Float64).Float64s()
	es := edges.AsType(ndarray.Float64).Float64s()
	n := len(hs)
	ls, rs, bs := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range hs {
		w := (es[i+1] - es[i]) * rwidth
		mid := (es[i] + es[i+1]) / 2
		ls[i], rs[i] = mid-w/2, mid+w/2
	}
	addBars(f, ls, rs, bs, hs, st)
	return &Tuple{Items: []Value{hist.AsType(ndarray.Float64), edges.AsType(ndarray.Float64), barContainer(n)}}
}
