package session

import (
	"io"
	"math/big"
	"strconv"
	"strings"
)

// IPython's %pylab inline, which older notebooks start with, and
// %precision, which they set alongside: the
// imports of IPython's pylab (numpy as np, matplotlib.pyplot as plt,
// display) and, unless --no-import-all, the star imports of pylab and
// numpy, whose names (pylab_names.go) are bound to dcalc's NumPy and
// pyplot where dcalc has them. A name dcalc lacks is unbound instead
// (so that SymPy's gamma does not stand in for numpy.random.gamma) and
// raises NotImplementedError where it is used.

// pylabMessage is what %pylab prints in IPython 8.
const pylabMessage = "%pylab is deprecated, use %matplotlib inline and import the required libraries.\n" +
	"Populating the interactive namespace from numpy and matplotlib\n"

// magicPylab is %pylab [--no-import-all] inline.
func magicPylab(sh shell, arg string) (Value, error) {
	importAll, inline := true, false
	for _, w := range strings.Fields(arg) {
		switch w {
		case "--no-import-all":
			importAll = false
		case "inline":
			inline = true
		default:
			return nil, usageError("dcalc's %%pylab takes inline and --no-import-all, not %s", w)
		}
	}
	if !inline {
		return nil, usageError("dcalc's %%pylab takes the inline backend (%%pylab inline): its figures show after each cell")
	}
	sh.pylab(importAll)
	io.WriteString(sh.stdout(), pylabMessage)
	return nil, nil
}

// pylab binds what IPython's import_pylab binds.
func (s *Session) pylab(importAll bool) {
	in := s.in
	np := in.numpyModule()
	plt := in.pyplotModule()
	if s.pylabMissing == nil {
		s.pylabMissing = map[string]string{}
	}
	if s.preloads == nil {
		s.preloads = map[string]Value{}
	}
	bind := func(name string, v Value) {
		in.globals.bind(name, v)
		delete(s.pylabMissing, name)
		// IPython adds pylab's names to user_ns_hidden: %who does not
		// list them
		s.preloads[name] = v
	}
	missing := func(name, full string) {
		in.globals.unbindName(name)
		s.pylabMissing[name] = full
	}
	bind("numpy", np)
	bind("np", np)
	bind("matplotlib", in.matplotlibModule())
	bind("plt", plt)
	bind("pyplot", plt)
	bind("display", displayRow.builtin())
	missing("pylab", "matplotlib.pylab")
	missing("mlab", "matplotlib.mlab")
	missing("figsize", "IPython.core.pylabtools.figsize")
	missing("getfigs", "IPython.core.pylabtools.getfigs")
	s.inlineFigures = true
	if !importAll {
		return
	}
	mods := map[string]*Module{"numpy": np, "matplotlib.pyplot": plt}
	for _, sub := range []string{"random", "linalg", "fft"} {
		if m, ok := np.Attrs[sub].(*Module); ok {
			mods["numpy."+sub] = m
		}
	}
	for _, r := range pylabNames {
		if name, ok := strings.CutPrefix(r.module, "module "); ok {
			if m := in.pylabModule(name); m != nil {
				bind(r.name, m)
			} else {
				missing(r.name, name)
			}
			continue
		}
		if m := mods[r.module]; m != nil {
			if v, ok := m.Attrs[r.name]; ok {
				bind(r.name, v)
				continue
			}
		}
		missing(r.name, r.module+"."+r.name)
	}
}

// pylabModule is the module name as import gives it, nil when dcalc
// does not have it (or does not provide it).
func (in *interp) pylabModule(name string) (m *Module) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*Exception); !ok {
				panic(r)
			}
			m = nil
		}
	}()
	return in.module(name, nil)
}

// magicPrecision is %precision [int | format]: the format of floats in
// Out values (IPython's PlainTextFormatter.float_precision), and NumPy's
// print precision when NumPy was imported. It returns the format.
func magicPrecision(sh shell, arg string) (Value, error) {
	arg = strings.TrimSpace(arg)
	var fmt string
	precision := -1
	switch {
	case strings.Contains(arg, "%"):
		fmt = arg
	case arg != "":
		i, err := strconv.Atoi(arg)
		if err != nil {
			return nil, &Exception{Type: "ValueError", Msg: "Precision must be int or format string, not " + strRepr(arg)}
		}
		if i < 0 {
			return nil, &Exception{Type: "ValueError", Msg: "int precision must be non-negative, not " + strconv.Itoa(i)}
		}
		fmt, precision = "%."+strconv.Itoa(i)+"f", i
	default:
		fmt, precision = "%r", 8 // back to repr; NumPy's default precision
	}
	set := fmt
	if fmt == "%r" {
		set = ""
	}
	if !sh.setFloatFormat(set, precision) {
		return nil, &Exception{Type: "ValueError", Msg: "Precision must be int or format string, not " + strRepr(arg)}
	}
	return fmt, nil
}

// setFloatFormat is %precision's effect on the session; it reports
// false, changing nothing, when format % 3.14159 fails (IPython's check).
func (s *Session) setFloatFormat(format string, precision int) (ok bool) {
	if format != "" {
		defer func() {
			if r := recover(); r != nil {
				if _, isExc := r.(*Exception); !isExc {
					panic(r)
				}
				ok = false
			}
		}()
		s.in.percentFormat(format, 3.14159)
	}
	s.floatFormat = format
	if precision >= 0 && s.in.npMod != nil {
		s.in.call(s.in.npMod.Attrs["set_printoptions"], nil, []kwArg{{Name: "precision", Value: big.NewInt(int64(precision))}})
	}
	return true
}

// outFloat is %precision's float printer: the format applied to x. It
// is set by init, as the format operator reaches repr back.
var outFloat func(in *interp, x float64) string

func init() {
	outFloat = func(in *interp, x float64) string { return in.percentFormat(in.outFloatFmt, x) }
}
