package session

import (
	"math"
	"strconv"

	"github.com/dcalc/dcalc/session/figure"
)

// This file is pyplot's segments: hlines and vlines (line collections,
// 'C0' unless coloured, outside the colour cycle) and errorbar (the data
// line in the cycle's next colour, its bars in the same colour).

func (in *interp) segmentMethods(fig func() *figure.Figure, def func(string, func(*interp, []Value, []kwArg) Value)) {
	for _, vertical := range []bool{false, true} {
		name := "hlines"
		if vertical {
			name = "vlines"
		}
		params := []string{"y", "xmin", "xmax"}
		if vertical {
			params = []string{"x", "ymin", "ymax"}
		}
		def(name, func(in *interp, args []Value, kw []kwArg) Value {
			if len(args) < 3 {
				var missing []string
				for _, p := range params[len(args):] {
					missing = append(missing, "'"+p+"'")
				}
				throw("TypeError", "%s() missing %d required positional argument%s: %s", name, len(missing), pluralS(len(missing)), pyList(missing))
			}
			nargs(name, args, 3, 3)
			at := in.floats(args[0])
			lo := in.spreadFloats(args[1], len(at), name+": the limits must match the positions")
			hi := in.spreadFloats(args[2], len(at), name+": the limits must match the positions")
			s := figure.Series{Color: "C0", NoCycle: true}
			// a line collection's keywords are the plural of a line's
			var lineKw []kwArg
			for _, k := range kw {
				if sing, ok := map[string]string{"colors": "color", "linestyles": "linestyle", "linewidths": "linewidth"}[k.Name]; ok {
					k.Name = sing
				}
				lineKw = append(lineKw, k)
			}
			in.seriesKeywords(&s, lineKw)
			for i := range at {
				if vertical {
					s.X = append(s.X, at[i], at[i], math.NaN())
					s.Y = append(s.Y, lo[i], hi[i], math.NaN())
				} else {
					s.X = append(s.X, lo[i], hi[i], math.NaN())
					s.Y = append(s.Y, at[i], at[i], math.NaN())
				}
			}
			fig().Series = append(fig().Series, s)
			return in.mplObject("matplotlib.collections.LineCollection")
		})
	}
	def("errorbar", func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) < 2 || len(args) > 4 {
			throw("TypeError", "errorbar() takes x, y, and optionally yerr and xerr")
		}
		var yerr, xerr Value
		fmtStr := ""
		var rest []kwArg
		ecolor := ""
		if len(args) > 2 {
			yerr = args[2]
		}
		if len(args) > 3 {
			xerr = args[3]
		}
		for _, k := range kw {
			switch k.Name {
			case "yerr":
				yerr = k.Value
			case "xerr":
				xerr = k.Value
			case "fmt":
				fmtStr = in.str(k.Value)
			case "ecolor":
				ecolor = in.str(k.Value)
			case "capsize", "elinewidth", "capthick", "barsabove", "errorevery":
				// how the bars are drawn: dcalc draws them without caps
			default:
				rest = append(rest, k)
			}
		}
		f := fig()
		plotArgs := []Value{args[0], args[1]}
		if fmtStr != "" {
			plotArgs = append(plotArgs, fmtStr)
		}
		main := len(f.Series)
		in.pltPlot(f, plotArgs, rest)
		x, y := f.Series[main].X, f.Series[main].Y
		color := f.Series[main].Color
		if color == "" {
			color = "C" + strconv.Itoa(f.CycleIndex(main)%10)
		}
		if ecolor != "" {
			color = ecolor
		}
		bars := figure.Series{Color: color, NoCycle: true}
		add := func(errV Value, vertical bool) {
			if errV == nil || errV == none {
				return
			}
			e := in.spreadFloats(errV, len(x), "errorbar: the errors must match the data")
			for i := range x {
				if vertical {
					bars.X = append(bars.X, x[i], x[i], math.NaN())
					bars.Y = append(bars.Y, y[i]-e[i], y[i]+e[i], math.NaN())
				} else {
					bars.X = append(bars.X, x[i]-e[i], x[i]+e[i], math.NaN())
					bars.Y = append(bars.Y, y[i], y[i], math.NaN())
				}
			}
		}
		add(yerr, true)
		add(xerr, false)
		if len(bars.X) > 0 {
			f.Series = append(f.Series, bars)
		}
		return &pyObject{Type: "ErrorbarContainer", Repr: "<ErrorbarContainer object of 3 artists>", Qual: "matplotlib.container.ErrorbarContainer"}
	})
}
