package session

import (
	"github.com/dcalc/dcalc/engine"
)

// This file binds SymPy's calculus functions (solve, series, limit,
// integrate, simplify) and the matching Expr methods.

// installCalculus adds the calculus names to a `from sympy import *`
// namespace.
func installCalculus(ns map[string]Value) {
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		ns[name] = &Builtin{Name: name, Fn: fn}
	}
	def("solve", func(in *interp, args []Value, kw []kwArg) Value {
		kwOnly("solve", kw, "dict")
		if len(args) == 0 {
			throw("TypeError", "solve() missing 1 required positional argument: 'f'")
		}
		return in.solve(args[0], args[1:])
	})
}

// equationExpr turns an equation value into an expression equal to zero.
func (in *interp) equationExpr(v Value) engine.Expr {
	if r, ok := v.(*Relational); ok && r.Op == "==" {
		return engine.Sub(r.Lhs, r.Rhs)
	}
	return in.sympify(v)
}

func (in *interp) solveSymbols(f []engine.Expr, args []Value) []*engine.Symbol {
	var syms []*engine.Symbol
	if len(args) == 1 {
		switch x := args[0].(type) {
		case *List, *Tuple:
			args = in.toSlice(x)
		}
	}
	for _, a := range args {
		s, ok := in.sympify(a).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "solving for non-symbols is not supported")
		}
		syms = append(syms, s)
	}
	if len(syms) == 0 {
		seen := map[string]bool{}
		for _, e := range f {
			for _, s := range engine.FreeSymbols(e) {
				if !seen[s.Name()] {
					seen[s.Name()] = true
					syms = append(syms, s)
				}
			}
		}
	}
	return syms
}

func (in *interp) solve(f Value, rest []Value) Value {
	var eqs []engine.Expr
	isList := false
	switch x := f.(type) {
	case *List, *Tuple:
		isList = true
		for _, it := range in.toSlice(x) {
			eqs = append(eqs, in.equationExpr(it))
		}
	default:
		eqs = []engine.Expr{in.equationExpr(f)}
	}
	syms := in.solveSymbols(eqs, rest)
	if !isList && len(syms) == 1 {
		rs, err := engine.Solve(eqs[0], syms[0])
		if err != nil {
			panic(err)
		}
		items := make([]Value, len(rs))
		for i, r := range rs {
			items[i] = r
		}
		return &List{Items: items}
	}
	sol, ok, err := engine.SolveLinear(eqs, syms)
	if err != nil {
		panic(err)
	}
	if !ok {
		return &List{}
	}
	d := newDict()
	for _, p := range sol {
		d.Set(p[0], p[1])
	}
	return d
}
