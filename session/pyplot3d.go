package session

import (
	"github.com/dcalc/dcalc/session/figure"
)

// This file is matplotlib's 3-D axes as calculus notebooks use them:
// fig.add_subplot(projection='3d'), plt.axes(projection='3d') or
// plt.subplots(subplot_kw={'projection': '3d'}), then plot_surface or
// plot_wireframe of meshgrid arrays, set_zlabel and view_init; drawn as
// sympy's plot3d draws a surface (a wireframe coloured by height in
// files, a heat map in the terminal). mpl_toolkits.mplot3d imports, as
// notebooks import Axes3D before asking for the projection.

// mplToolkitsModule is mpl_toolkits, holding mplot3d.
func mplToolkitsModule() *Module {
	return &Module{Name: "mpl_toolkits", Attrs: map[string]Value{"mplot3d": mplot3dModule()}}
}

// mplot3dModule is mpl_toolkits.mplot3d: Axes3D, which is made through
// a projection rather than called.
func mplot3dModule() *Module {
	return &Module{Name: "mpl_toolkits.mplot3d", Attrs: map[string]Value{
		"Axes3D": &Builtin{Name: "Axes3D", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			throw("NotImplementedError", "dcalc makes 3-D axes through projection='3d' (fig.add_subplot(projection='3d')), not by calling Axes3D")
			return nil
		}},
	}}
}

// projection3D reads a projection keyword: true for '3d', false for
// none or 'rectilinear'.
func (in *interp) projection3D(name string, v Value) bool {
	switch p := in.str(v); p {
	case "3d":
		return true
	case "rectilinear":
		return false
	default:
		throw("NotImplementedError", "dcalc's %s does not support projection=%s", name, strRepr(p))
	}
	return false
}

// axes3DObject is an Axes3D drawing into f: the 2-D methods, and
// plot_surface, plot_wireframe, set_zlabel and view_init.
func (in *interp) axes3DObject(f *figure.Figure) *pyObject {
	ax := in.axesObject(f)
	ax.Type, ax.Repr, ax.Qual = "Axes3D", "<Axes3D: >", "mpl_toolkits.mplot3d.axes3d.Axes3D"
	surface := func(name, class string) *Builtin {
		return &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			var rest []kwArg
			for _, k := range kw {
				switch k.Name {
				case "cmap", "alpha", "edgecolor", "linewidth", "lw", "rstride", "cstride", "rcount", "ccount", "antialiased", "color", "shade", "label":
					// how the faces are painted: dcalc colours the
					// wireframe by height whatever these say
				default:
					rest = append(rest, k)
				}
			}
			if len(args) != 3 {
				throw("TypeError", "%s() takes X, Y and Z", name)
			}
			fd := in.contourField(name, args, rest, false)
			fd.Surface, fd.Levels = true, 0
			f.Fields = append(f.Fields, fd)
			return in.mplObject("mpl_toolkits.mplot3d.art3d." + class)
		}}
	}
	ax.Attrs["plot_surface"] = surface("plot_surface", "Poly3DCollection")
	ax.Attrs["plot_wireframe"] = surface("plot_wireframe", "Line3DCollection")
	ax.Attrs["set_zlabel"] = &Builtin{Name: "set_zlabel", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("set_zlabel", args, 1, 1)
		f.ZLabel = in.str(args[0])
		return mplText("0.5", "0", f.ZLabel)
	}}
	ax.Attrs["view_init"] = &Builtin{Name: "view_init", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("view_init", args, 0, 2)
		elev, azim := 30.0, -60.0
		if len(args) > 0 && args[0] != none {
			elev = in.toFloat(args[0])
		}
		if len(args) > 1 && args[1] != none {
			azim = in.toFloat(args[1])
		}
		for _, k := range kw {
			switch k.Name {
			case "elev":
				elev = in.toFloat(k.Value)
			case "azim":
				azim = in.toFloat(k.Value)
			default:
				throw("NotImplementedError", "dcalc's view_init does not support %s= yet", k.Name)
			}
		}
		f.Elev, f.Azim = elev, azim
		if elev == 0 && azim == 0 {
			f.Elev = 1e-9 // the side view, not the default
		}
		return none
	}}
	plot := ax.Attrs["plot"]
	ax.Attrs["plot"] = &Builtin{Name: "plot", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) >= 3 {
			if _, ok := args[2].(string); !ok {
				throw("NotImplementedError", "dcalc does not draw 3-D curves yet (Axes3D.plot of x, y, z)")
			}
		}
		return in.call(plot, args, kw)
	}}
	return ax
}
