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
