package session

import "github.com/dcalc/dcalc/engine"

// installFactor binds factor and factor_list (and, in init, the
// .factor() method of expressions).
func installFactor(ns map[string]Value) {
	ns["factor"] = &Builtin{Name: "factor", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		return in.factor("factor", args, kw)
	}}
	ns["factor_list"] = &Builtin{Name: "factor_list", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		e := in.factorArg("factor_list", args, kw)
		c, fs, err := engine.FactorList(e)
		if err != nil {
			panic(err)
		}
		items := make([]Value, len(fs))
		for i, f := range fs {
			items[i] = &Tuple{Items: []Value{f.Base, f.Exp}}
		}
		return &Tuple{Items: []Value{c, &List{Items: items}}}
	}}
}

func init() {
	exprMethodHooks["factor"] = func(in *interp, e engine.Expr, args []Value, kw []kwArg) Value {
		return in.factor("factor", append([]Value{e}, args...), kw)
	}
}

// factorArg checks factor's arguments: one expression; generators and
// options (deep, extension, modulus, gaussian …) are not supported yet and
// say so rather than being ignored.
func (in *interp) factorArg(name string, args []Value, kw []kwArg) engine.Expr {
	if len(args) == 0 {
		throw("TypeError", "%s() missing 1 required positional argument: 'f'", name)
	}
	if len(args) > 1 {
		throw("NotImplementedError", "dcalc's %s does not take generators yet", name)
	}
	for _, k := range kw {
		throw("NotImplementedError", "dcalc's %s does not support the option %s= yet", name, k.Name)
	}
	return in.sympify(args[0])
}

func (in *interp) factor(name string, args []Value, kw []kwArg) Value {
	r, err := engine.Factor(in.factorArg(name, args, kw))
	if err != nil {
		panic(err)
	}
	return r
}
