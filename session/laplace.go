package session

import "github.com/dcalc/dcalc/engine"

// This file binds laplace_transform and inverse_laplace_transform (the
// rules themselves are the engine's: engine/laplace.go).

func init() { sympyTable = append(sympyTable, laplaceTable...) }

var laplaceTable = []*binding{
	{Name: "laplace_transform", Sig: "(f, t, s, legacy_matrix=True, **hints)", Honours: "noconds simplify",
		Doc: "The Laplace transform of f(t): (F(s), the abscissa of convergence, the condition), or F(s) with noconds=True.",
		Fn: func(in *interp, a *callArgs) Value {
			t, s := in.laplaceVar(a.Get("t")), in.laplaceVar(a.Get("s"))
			if m, ok := asMatrix(a.Get("f")); ok {
				if !in.truth(a.Or("noconds", false), nil) {
					throw("NotImplementedError", "dcalc's laplace_transform of a Matrix takes noconds=True")
				}
				out, err := m.Map(func(e engine.Expr) (engine.Expr, error) {
					F, _, err := engine.LaplaceTransform(e, t, s)
					return F, err
				})
				if err != nil {
					panic(err)
				}
				return newMatrixValue(out)
			}
			F, plane, err := engine.LaplaceTransform(in.sympify(a.Get("f")), t, s)
			if err != nil {
				panic(err)
			}
			if in.truth(a.Or("simplify", false), nil) {
				F = engine.Simplify(F)
			}
			if in.truth(a.Or("noconds", false), nil) {
				return F
			}
			return &Tuple{Items: []Value{F, plane, &sympyBool{v: true}}}
		}},
	{Name: "inverse_laplace_transform", Sig: "(F, s, t, plane=None, **hints)", Honours: "noconds simplify",
		Doc: "The inverse Laplace transform f(t) of F(s) (with Heaviside(t) as SymPy writes it).",
		Fn: func(in *interp, a *callArgs) Value {
			s, t := in.laplaceVar(a.Get("s")), in.laplaceVar(a.Get("t"))
			if m, ok := asMatrix(a.Get("F")); ok {
				out, err := m.Map(func(e engine.Expr) (engine.Expr, error) { return engine.InverseLaplaceTransform(e, s, t) })
				if err != nil {
					panic(err)
				}
				return newMatrixValue(out)
			}
			f, err := engine.InverseLaplaceTransform(in.sympify(a.Get("F")), s, t)
			if err != nil {
				panic(err)
			}
			if in.truth(a.Or("simplify", false), nil) {
				f = engine.Simplify(f)
			}
			if in.truth(a.Or("noconds", true), nil) {
				return f
			}
			return &Tuple{Items: []Value{f, &sympyBool{v: true}}}
		}},
	{Name: "laplace_correspondence", Sig: "(f, fdict, /)",
		Doc: "Each LaplaceTransform(y(t), t, s) in f replaced by Y(s), for the pairs {y: Y} of fdict.",
		Fn: func(in *interp, a *callArgs) Value {
			m := map[*engine.FuncDef]*engine.FuncDef{}
			ks, vs := in.dictArg(a.Get("fdict"), "laplace_correspondence").Items()
			for i, k := range ks {
				m[in.funcClassArg(k)] = in.funcClassArg(vs[i])
			}
			return engine.LaplaceCorrespondence(in.sympify(a.Get("f")), m)
		}},
	{Name: "laplace_initial_conds", Sig: "(f, t, fdict, /)",
		Doc: "y(0), y'(0), ... in f replaced by the values {y: [y0, y1, ...]} of fdict.",
		Fn: func(in *interp, a *callArgs) Value {
			f, t := in.sympify(a.Get("f")), in.laplaceVar(a.Get("t"))
			ks, vs := in.dictArg(a.Get("fdict"), "laplace_initial_conds").Items()
			for i, k := range ks {
				var ics []engine.Expr
				for _, v := range in.toSlice(vs[i]) {
					ics = append(ics, in.sympify(v))
				}
				f = engine.LaplaceInitialConds(f, t, in.funcClassArg(k), ics)
			}
			return f
		}},
}

// dictArg reads a dict argument.
func (in *interp) dictArg(v Value, fn string) *Dict {
	d, ok := v.(*Dict)
	if !ok {
		throw("TypeError", "%s() takes a dict, not %s", fn, typeName(v))
	}
	return d
}

// funcClassArg reads an undefined function (Function('y')).
func (in *interp) funcClassArg(v Value) *engine.FuncDef {
	f, ok := v.(*FuncClass)
	if !ok || !f.Def.Undefined {
		throw("NotImplementedError", "dcalc takes undefined functions (Function('y')) here, not %s", in.repr(v))
	}
	return f.Def
}

// laplaceVar reads the time or frequency variable: a Symbol.
func (in *interp) laplaceVar(v Value) *engine.Symbol {
	s, ok := in.sympify(v).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "dcalc's Laplace transforms take symbols for t and s, not %s", in.repr(v))
	}
	return s
}
