package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/session/figure"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds the tick calls: pyplot's xticks and yticks, an Axes'
// set_xticks, set_yticks, set_xticklabels, set_yticklabels, get_xticks
// and get_yticks, and tick_params (styling, accepted and not drawn).
// Fixed ticks are drawn at their positions with their labels (mathtext
// such as $\pi$ shown as π); without labels they read as matplotlib's
// ScalarFormatter writes them.

// tickAxis is one axis's name and where its fixed ticks live.
type tickAxis struct {
	name string // "x" or "y"
	set  func(f *figure.Figure) **figure.TickSet
	auto func(f *figure.Figure) []float64
}

var tickAxes = []tickAxis{
	{"x", func(f *figure.Figure) **figure.TickSet { return &f.XTicks }, func(f *figure.Figure) []float64 {
		x0, x1, _, _ := f.Bounds()
		return figure.Ticks(x0, x1, 6)
	}},
	{"y", func(f *figure.Figure) **figure.TickSet { return &f.YTicks }, func(f *figure.Figure) []float64 {
		_, _, y0, y1 := f.Bounds()
		return figure.Ticks(y0, y1, 5)
	}},
}

// tickMethods adds the tick calls to an Axes' (prefix "set_") or
// pyplot's (prefix "") methods.
func (in *interp) tickMethods(fig func() *figure.Figure, prefix string, def func(string, func(*interp, []Value, []kwArg) Value)) {
	def("tick_params", func(in *interp, args []Value, kw []kwArg) Value { return none })
	for _, ax := range tickAxes {
		if prefix == "" {
			def(ax.name+"ticks", func(in *interp, args []Value, kw []kwArg) Value {
				nargs(ax.name+"ticks", args, 0, 2)
				f := fig()
				ticks, labels := argOrKw(args, kw, 0, "ticks"), argOrKw(args, kw, 1, "labels")
				if ticks == nil {
					if labels != nil {
						throw("TypeError", "%sticks(): Parameter 'labels' can't be set without setting 'ticks'", ax.name)
					}
					locs, isInt := in.currentTicks(f, ax)
					return &Tuple{Items: []Value{ndarray.Floats([]int{len(locs)}, locs), in.tickTexts(ax, locs, isInt, tickLabels(f, ax, locs))}}
				}
				locs, isInt := in.setTicks(f, ax, ticks, labels)
				return &Tuple{Items: []Value{in.tickObjects(ax, len(locs)), in.tickTexts(ax, locs, isInt, tickLabels(f, ax, locs))}}
			})
			continue
		}
		def("set_"+ax.name+"ticks", func(in *interp, args []Value, kw []kwArg) Value {
			nargs("set_"+ax.name+"ticks", args, 1, 2)
			locs, _ := in.setTicks(fig(), ax, args[0], argOrKw(args, kw, 1, "labels"))
			return in.tickObjects(ax, len(locs))
		})
		def("set_"+ax.name+"ticklabels", func(in *interp, args []Value, kw []kwArg) Value {
			nargs("set_"+ax.name+"ticklabels", args, 1, 1)
			f := fig()
			set := *ax.set(f)
			if set == nil {
				throw("NotImplementedError", "dcalc's set_%sticklabels needs the ticks set first (set_%sticks)", ax.name, ax.name)
			}
			labels := in.labelStrings(args[0])
			if len(labels) != len(set.At) {
				throw("ValueError", "The number of FixedLocator locations (%d), usually from a call to set_ticks, does not match the number of ticklabels (%d).", len(set.At), len(labels))
			}
			set.Labels = labels
			return in.tickTexts(ax, set.At, set.Ints, labels)
		})
		def("get_"+ax.name+"ticks", func(in *interp, args []Value, kw []kwArg) Value {
			nargs("get_"+ax.name+"ticks", args, 0, 0)
			locs, isInt := in.currentTicks(fig(), ax)
			if isInt {
				ints := make([]int64, len(locs))
				for i, v := range locs {
					ints[i] = int64(v)
				}
				return ndarray.Ints([]int{len(ints)}, ints)
			}
			return ndarray.Floats([]int{len(locs)}, locs)
		})
	}
}

// argOrKw is the i-th positional argument or the keyword name (nil when
// neither is given).
func argOrKw(args []Value, kw []kwArg, i int, name string) Value {
	if i < len(args) {
		return args[i]
	}
	for _, k := range kw {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// setTicks fixes an axis's ticks (and their labels when given); it
// returns the positions and whether they were all integers (NumPy then
// keeps them as int64, and matplotlib's Text shows them so).
func (in *interp) setTicks(f *figure.Figure, ax tickAxis, ticks, labels Value) ([]float64, bool) {
	arr := in.toArray(ticks)
	isInt := arr.DType() == ndarray.Int64 || arr.DType() == ndarray.Bool
	locs := in.floats(ticks)
	set := &figure.TickSet{At: locs, Ints: isInt}
	if labels != nil && labels != none {
		set.Labels = in.labelStrings(labels)
		if len(set.Labels) != len(locs) {
			throw("ValueError", "The number of FixedLocator locations (%d), usually from a call to set_ticks, does not match the number of ticklabels (%d).", len(locs), len(set.Labels))
		}
	}
	*ax.set(f) = set
	return locs, isInt
}

// labelStrings are the labels as str() gives them.
func (in *interp) labelStrings(v Value) []string {
	items, ok := seqItems(v)
	if !ok {
		items = in.toSlice(v)
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = in.str(it)
	}
	return out
}

// currentTicks are the fixed ticks, or the automatic ones.
func (in *interp) currentTicks(f *figure.Figure, ax tickAxis) ([]float64, bool) {
	if set := *ax.set(f); set != nil {
		return set.At, set.Ints
	}
	return ax.auto(f), false
}

// tickLabels are the labels of the ticks at locs: the fixed labels, or
// ScalarFormatter's.
func tickLabels(f *figure.Figure, ax tickAxis, locs []float64) []string {
	if set := *ax.set(f); set != nil && set.Labels != nil {
		return set.Labels
	}
	return figure.ScalarLabels(locs)
}

// tickObjects is the list of XTick (YTick) objects set_xticks returns.
func (in *interp) tickObjects(ax tickAxis, n int) *List {
	out := make([]Value, n)
	for i := range out {
		out[i] = in.mplObject("matplotlib.axis." + strings.ToUpper(ax.name) + "Tick")
	}
	return &List{Items: out}
}

// tickTexts is the list of tick labels as Text(x, 0, label) (Text(0, y,
// label) on the y axis), the positions printed as NumPy's scalars.
func (in *interp) tickTexts(ax tickAxis, locs []float64, isInt bool, labels []string) *List {
	out := make([]Value, len(locs))
	for i, v := range locs {
		var p Value = v
		if isInt {
			p = big.NewInt(int64(v))
		}
		x, y := in.repr(p), "0"
		if ax.name == "y" {
			x, y = y, x
		}
		lab := ""
		if i < len(labels) {
			lab = labels[i]
		}
		out[i] = mplText(x, y, lab)
	}
	return &List{Items: out}
}
