package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// dynamicTime is dynamicsymbols._t, the time every dynamic symbol is a
// function of.
var dynamicTime = engine.NewSymbol("t", engine.Assumptions{})

// dynamicSymbolsClass is sympy.physics.mechanics' (and
// sympy.physics.vector's) dynamicsymbols(names, level=0): functions of
// time applied to t, differentiated level times, as Lagrangian mechanics
// notebooks write generalised coordinates (q = dynamicsymbols('q')). It
// is a class here so that it carries _t.
var dynamicSymbolsClass = &Class{Name: "dynamicsymbols", Bare: true,
	Attrs: map[string]Value{"_t": dynamicTime, "_str": "'"}}

// (set by init: the call reaches the interpreter, whose initialisation
// reaches this class back through the module views)
func init() { dynamicSymbolsClass.Call = dynamicSymbols }

// dynamicSymbols is dynamicsymbols(names, level=0, **assumptions).
func dynamicSymbols(in *interp, args []Value, kw []kwArg) Value {
	args = cPositional("dynamicsymbols", args, kw, 1, big.NewInt(0), "names", "level")
	level := 0
	if len(args) > 1 {
		level = int(in.toIndex(args[1]))
	}
	var rest []kwArg
	for _, k := range kw {
		if k.Name != "names" && k.Name != "level" {
			rest = append(rest, k)
		}
	}
	rest = append(rest, kwArg{Name: "cls", Value: sympyModule.Attrs["Function"]})
	fs := in.call(sympyModule.Attrs["symbols"], []Value{args[0]}, rest)
	apply := func(f Value) Value {
		e := in.call(f, []Value{dynamicTime}, nil)
		for range level {
			e = in.call(sympyModule.Attrs["diff"], []Value{e, dynamicTime}, nil)
		}
		return e
	}
	switch x := fs.(type) {
	case *Tuple:
		out := make([]Value, len(x.Items))
		for i, f := range x.Items {
			out[i] = apply(f)
		}
		return &List{Items: out}
	case *List:
		out := make([]Value, len(x.Items))
		for i, f := range x.Items {
			out[i] = apply(f)
		}
		return &List{Items: out}
	}
	return apply(fs)
}

// vprintingRows are sympy.physics.vector's printing functions:
// init_vprinting (and mechanics_printing) turn on init_printing's
// display with dynamic symbols printed as names and their time
// derivatives with dots; vlatex and vpprint print one value so.
var vprintingRows []*binding

// (filled by init: the rows reach the interpreter, whose initialisation
// reaches them back through the module views)
func init() {
	vprintingRows = []*binding{
		{Name: "init_vprinting", Sig: "(**kwargs)", Honours: "pretty_print use_unicode use_latex wrap_line num_columns",
			Doc: "init_printing with dynamic symbols shown as q, q̇, q̈ (sympy.physics.vector's printers).",
			Fn:  func(in *interp, a *callArgs) Value { return in.initVPrinting(a) }},
		{Name: "mechanics_printing", Sig: "(**kwargs)", Honours: "pretty_print use_unicode use_latex wrap_line num_columns",
			Doc: "init_vprinting, as sympy.physics.mechanics names it.",
			Fn:  func(in *interp, a *callArgs) Value { return in.initVPrinting(a) }},
		{Name: "vlatex", Sig: "(expr, **settings)", Doc: "latex(expr) with dynamic symbols as q and \\dot{q}.",
			Fn: func(in *interp, a *callArgs) Value {
				in.vprintNow = true
				defer func() { in.vprintNow = false }()
				return in.latex(a.Get("expr"))
			}},
		{Name: "vpprint", Sig: "(expr, **settings)", Doc: "The pretty form with dynamic symbols as q and q̇, as a string (SymPy's vpprint returns it).",
			Fn: func(in *interp, a *callArgs) Value {
				in.vprintNow = true
				defer func() { in.vprintNow = false }()
				return in.pretty(a.Get("expr"), true, 0)
			}},
	}
}

// initVPrinting is init_vprinting(**kwargs): init_printing's settings
// and the vector display.
func (in *interp) initVPrinting(a *callArgs) Value {
	in.call(sympyModule.Attrs["init_printing"], nil, a.keywords())
	in.s.vprint = true
	return none
}
