package session

import "github.com/dcalc/dcalc/engine"

// The finite-difference helpers of sympy.calculus.finite_diff.

// diffOrder reads a derivative order as finite_diff_weights checks it.
func (in *interp) diffOrder(v Value) int {
	e := in.sympify(v)
	if !engine.IsNumber(e) {
		throw("ValueError", "Cannot handle symbolic order.")
	}
	if engine.IsNegative(e) == engine.True {
		throw("ValueError", "Negative derivative order illegal.")
	}
	if _, ok := e.(*engine.Integer); !ok {
		throw("ValueError", "Non-integer order illegal")
	}
	return int(in.toIndex(e))
}

// finiteDiffPoints reads as_finite_difference's points: a step or a
// sequence of grid points.
func (in *interp) finiteDiffPoints(v Value) engine.FiniteDiffPoints {
	switch v.(type) {
	case *List, *Tuple:
		return engine.FiniteDiffPoints{Grid: in.exprSeq(v)}
	}
	return engine.FiniteDiffPoints{Step: in.sympify(v)}
}

// optExpr is an optional expression argument: nil for None.
func (in *interp) optExpr(v Value) engine.Expr {
	if v == nil || v == none {
		return nil
	}
	return in.sympify(v)
}

// weightsValue is finite_diff_weights' nested lists.
func weightsValue(w [][][]engine.Expr) Value {
	out := make([]Value, len(w))
	for m, byN := range w {
		rows := make([]Value, len(byN))
		for n, ws := range byN {
			rows[n] = &List{Items: exprValues(ws)}
		}
		out[m] = &List{Items: rows}
	}
	return &List{Items: out}
}

// finiteDiffTable binds finite_diff_weights, apply_finite_diff and
// differentiate_finite.
var finiteDiffTable = []*binding{
	{Name: "finite_diff_weights", Honours: "x0", Doc: "Fornberg's finite-difference weights for each derivative order and number of grid points.",
		Fn: func(in *interp, a *callArgs) Value {
			x0 := engine.Expr(engine.One)
			if v := a.Get("x0"); v != nil {
				x0 = in.sympify(v)
			}
			return weightsValue(engine.FiniteDiffWeights(in.diffOrder(a.Get("order")), in.exprSeq(a.Get("x_list")), x0))
		}},
	{Name: "apply_finite_diff", Honours: "x0", Doc: "The finite-difference approximation of a derivative from sample values on a grid.",
		Fn: func(in *interp, a *callArgs) Value {
			x0 := engine.Expr(engine.Zero)
			if v := a.Get("x0"); v != nil {
				x0 = in.sympify(v)
			}
			return engine.ApplyFiniteDiff(in.diffOrder(a.Get("order")), in.exprSeq(a.Get("x_list")), in.exprSeq(a.Get("y_list")), x0)
		}},
	{Name: "differentiate_finite", Honours: "points x0 wrt", Doc: "The derivative of an expression as finite differences, without evaluating derivatives first.",
		Fn: func(in *interp, a *callArgs) Value {
			e := in.sympify(a.Get("expr"))
			pts := in.finiteDiffPointsArg(a)
			r := engine.AsFiniteDifference(in.derivative(e, a.Rest()), pts, in.optExpr(a.Get("x0")), in.optExpr(a.Get("wrt")))
			r, bad := engine.DifferenceSubs(r, pts)
			if bad != nil {
				throw("AttributeError", "'%s' object has no attribute 'as_finite_difference'", typeName(bad))
			}
			return r
		}},
}

// asFiniteDifference is Derivative.as_finite_difference with the points,
// x0 and wrt of a call.
func (in *interp) asFiniteDifference(d engine.Expr, a *callArgs) Value {
	return engine.AsFiniteDifference(d, in.finiteDiffPointsArg(a), in.optExpr(a.Get("x0")), in.optExpr(a.Get("wrt")))
}

// finiteDiffPointsArg is the points argument of a call, 1 by default.
func (in *interp) finiteDiffPointsArg(a *callArgs) engine.FiniteDiffPoints {
	if v := a.Get("points"); v != nil {
		return in.finiteDiffPoints(v)
	}
	return engine.FiniteDiffPoints{Step: engine.One}
}

// asFiniteDifferenceMethod is Derivative.as_finite_difference.
var asFiniteDifferenceMethod = &binding{Name: "as_finite_difference", Sig: "(points=1, x0=None, wrt=None)",
	Honours: "points x0 wrt", Doc: "A Derivative as finite differences on a grid (by default unit steps centred on the variable).",
	Fn: func(in *interp, a *callArgs) Value {
		d, ok := a.Self.(*engine.Derivative)
		if !ok {
			throw("AttributeError", "'%s' object has no attribute 'as_finite_difference'", typeName(a.Self))
		}
		return in.asFiniteDifference(d, a)
	}}
