package session

import "strings"

// matplotlib.cm: the colormaps notebooks pass as cmap= (cm.viridis,
// plt.cm.coolwarm). dcalc's plots draw in their own colours, so a
// colormap here is an object that names itself; calling one for colours
// is not there yet.

// listedColormaps are matplotlib's ListedColormaps; the other names are
// LinearSegmentedColormaps.
var listedColormaps = strings.Fields("viridis plasma inferno magma cividis twilight twilight_shifted turbo tab10 tab20 tab20b tab20c Set1 Set2 Set3 Pastel1 Pastel2 Paired Accent Dark2")

// segmentedColormaps are matplotlib 3.6's other colormap names.
var segmentedColormaps = strings.Fields("Blues BrBG BuGn BuPu CMRmap GnBu Greens Greys OrRd Oranges PRGn PiYG PuBu PuBuGn PuOr PuRd Purples RdBu RdGy RdPu RdYlBu RdYlGn Reds Spectral Wistia YlGn YlGnBu YlOrBr YlOrRd afmhot autumn binary bone brg bwr cool coolwarm copper cubehelix flag gist_earth gist_gray gist_heat gist_ncar gist_rainbow gist_stern gist_yarg gnuplot gnuplot2 gray hot hsv jet nipy_spectral ocean pink prism rainbow seismic spring summer terrain winter")

// colormap is the object for a colormap name, or false.
func (in *interp) colormap(name string) (Value, bool) {
	base := strings.TrimSuffix(name, "_r")
	kind := ""
	switch {
	case contains(listedColormaps, base):
		kind = "ListedColormap"
	case contains(segmentedColormaps, base):
		kind = "LinearSegmentedColormap"
	default:
		return nil, false
	}
	o := &pyObject{Type: kind, Repr: "<matplotlib.colors." + kind + " object at " + fakeAddress(in.nextObjectID()) + ">",
		Qual: "matplotlib.colors." + kind, Attrs: map[string]Value{"name": name}}
	o.Attrs["__call__"] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
		throw("NotImplementedError", "dcalc's colormaps do not give colours yet (cmap= works)")
		return nil
	}}
	return o, true
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// cmModule is matplotlib.cm: every colormap by name, and get_cmap.
func (in *interp) cmModule() *Module {
	m := &Module{Name: "matplotlib.cm", Attrs: map[string]Value{}}
	for _, n := range append(append([]string(nil), listedColormaps...), segmentedColormaps...) {
		for _, name := range []string{n, n + "_r"} {
			c, _ := in.colormap(name)
			m.Attrs[name] = c
		}
	}
	m.Attrs["get_cmap"] = &Builtin{Name: "get_cmap", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		args = cPositional("get_cmap", args, kw, 0, none, "name", "lut")
		name := "viridis"
		if len(args) > 0 && args[0] != none {
			name = in.str(args[0])
		}
		c, ok := in.colormap(name)
		if !ok {
			throw("ValueError", "%s is not a valid value for name; supported values are %s", strRepr(name), "'viridis', 'plasma', ...")
		}
		return c
	}}
	return m
}
