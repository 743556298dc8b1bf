package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// This file is sympy.vector's ParametricRegion and vector_integrate over
// one: line integrals along a curve, flux and area integrals over a
// surface and volume integrals, as SymPy's ParametricIntegral builds
// them (the field taken along the region, the integrand simplified, then
// integrate over the parameters' limits).

// paramRegion is a ParametricRegion: the coordinates as functions of
// the parameters, and each parameter's limits.
type paramRegion struct {
	def    []engine.Expr
	params []*engine.Symbol
	limits [][2]engine.Expr
}

func (r *paramRegion) pyStr() string {
	s := "ParametricRegion(" + engine.Str(engine.NewTuple(r.def...))
	for i, p := range r.params {
		s += ", " + engine.Str(engine.NewTuple(p, r.limits[i][0], r.limits[i][1]))
	}
	return s + ")"
}

func (r *paramRegion) pyRepr() string { return r.pyStr() }

// newParamRegion is ParametricRegion(definition, *limits).
func (in *interp) newParamRegion(args []Value) Value {
	if len(args) == 0 {
		throw("TypeError", "ParametricRegion.__new__() missing 1 required positional argument: 'definition'")
	}
	r := &paramRegion{}
	switch d := args[0].(type) {
	case *Tuple, *List:
		for _, x := range in.toSlice(d) {
			r.def = append(r.def, in.sympify(x))
		}
	default:
		r.def = []engine.Expr{in.sympify(d)}
	}
	for _, l := range args[1:] {
		t, ok := in.sympify(l).(*engine.Tuple)
		if !ok || len(t.Args()) != 3 {
			throw("ValueError", "Bounds should be in the form (parameter, lower, upper)")
		}
		p, ok := t.Args()[0].(*engine.Symbol)
		if !ok {
			throw("ValueError", "Bounds should be in the form (parameter, lower, upper)")
		}
		r.params = append(r.params, p)
		r.limits = append(r.limits, [2]engine.Expr{t.Args()[1], t.Args()[2]})
	}
	return r
}

// paramRegionAttr is definition, dimensions, parameters or limits.
func (in *interp) paramRegionAttr(v Value, name string) (Value, bool) {
	r, ok := v.(*paramRegion)
	if !ok {
		return nil, false
	}
	switch name {
	case "definition":
		return exprTuple(r.def), true
	case "dimensions":
		return big.NewInt(int64(len(r.params))), true
	case "parameters":
		ps := make([]engine.Expr, len(r.params))
		for i, p := range r.params {
			ps[i] = p
		}
		return exprTuple(ps), true
	case "limits":
		d := newDict()
		for i, p := range r.params {
			d.Set(p, exprTuple(r.limits[i][:]))
		}
		return d, true
	}
	return nil, false
}

func exprTuple(xs []engine.Expr) *Tuple {
	t := &Tuple{Items: make([]Value, len(xs))}
	for i, x := range xs {
		t.Items[i] = x
	}
	return t
}

// vectorIntegrate is vector_integrate(field, *region): over a
// ParametricRegion, SymPy's ParametricIntegral; otherwise integrate.
func (in *interp) vectorIntegrate(field Value, regions []Value) Value {
	if len(regions) == 1 {
		if r, ok := regions[0].(*paramRegion); ok {
			return in.parametricIntegral(field, r)
		}
	}
	if _, ok := field.(*vectorValue); ok {
		throw("NotImplementedError", "dcalc's vector_integrate integrates vectors over a ParametricRegion only")
	}
	return in.integrate(append([]Value{field}, regions...), nil)
}

// parametricIntegral integrates a scalar or vector field over r: along a
// curve the field times |r'(t)| (a scalar) or dotted with r'(t) (a
// vector), over a surface times the normal's length or dotted with the
// normal r_u x r_v, over a volume times the Jacobian's determinant.
func (in *interp) parametricIntegral(field Value, r *paramRegion) Value {
	c := vectorSystem(field)
	own := c != nil
	if !own {
		c = checked(engine.NewCoordSys("C", "cartesian", nil, nil))
	}
	if len(r.params) == 0 {
		return engine.Zero
	}
	if len(r.def) > 3 {
		throw("IndexError", "tuple index out of range")
	}
	for _, l := range r.limits {
		for _, p := range r.params {
			if engine.Has(l[0], p) || engine.Has(l[1], p) {
				throw("NotImplementedError", "dcalc's vector_integrate takes limits that do not depend on the other parameters")
			}
		}
	}
	rv := engine.ZeroVector
	for i, d := range r.def {
		rv = engine.VecAdd(rv, engine.VecScale(d, engine.BaseVec(c, i)))
	}
	w, isVec := field.(*vectorValue)
	var scalar engine.Expr
	var vfield *engine.Vector
	if isVec {
		vfield = w.v
	} else {
		scalar = in.sympify(field)
	}
	if own {
		xs := c.Scalars()
		for i, d := range r.def {
			pair := [][2]engine.Expr{{xs[i], d}}
			if isVec {
				vfield = vfield.MapArgs(func(e engine.Expr) engine.Expr { return engine.SubsPairs(e, pair) })
			} else {
				scalar = engine.SubsPairs(scalar, pair)
			}
		}
	}
	by := func(v *engine.Vector, p *engine.Symbol) *engine.Vector {
		return v.Map(func(e engine.Expr) engine.Expr {
			return in.diff(e, []engine.VarCount{{Var: p, Count: 1}})
		})
	}
	magnitude := func(v *engine.Vector) engine.Expr { return engine.Sqrt(checked(engine.VecDot(v, v))) }
	var integrand engine.Expr
	switch len(r.params) {
	case 1:
		rd := by(rv, r.params[0])
		if isVec {
			integrand = engine.Simplify(checked(engine.VecDot(rd, vfield)))
		} else {
			integrand = engine.Simplify(engine.NewMul(magnitude(rd), scalar))
		}
	case 2:
		normal := checked(engine.VecCross(by(rv, r.params[0]), by(rv, r.params[1]))).Map(engine.Simplify)
		if isVec {
			integrand = checked(engine.VecDot(vfield, normal))
		} else {
			integrand = engine.NewMul(scalar, magnitude(normal))
		}
		integrand = engine.Simplify(integrand)
	case 3:
		if isVec {
			throw("NotImplementedError", "dcalc's vector_integrate takes a scalar field over a volume")
		}
		vars := make([]engine.Expr, 3)
		for i, p := range r.params {
			vars[i] = p
		}
		jac, err := engine.NewMatrixFunc(len(r.def), 1, func(i, _ int) engine.Expr { return r.def[i] }).Jacobian(vars, diff1)
		if err != nil {
			panic(err)
		}
		det, err := jac.Det(dotprodsimp)
		if err != nil {
			panic(err)
		}
		integrand = engine.Simplify(engine.NewMul(scalar, det))
	default:
		throw("NotImplementedError", "dcalc's vector_integrate takes regions of at most three parameters")
	}
	args := []Value{integrand}
	for i, p := range r.params {
		args = append(args, &Tuple{Items: []Value{p, r.limits[i][0], r.limits[i][1]}})
	}
	res := in.integrate(args, nil)
	if e, ok := res.(engine.Expr); ok && hasIntegral(e) {
		throw("NotImplementedError", "dcalc could not evaluate this integral (SymPy would return a ParametricIntegral)")
	}
	return res
}

// hasIntegral reports whether e holds an unevaluated Integral.
func hasIntegral(e engine.Expr) bool {
	if f, ok := e.(*engine.Func); ok && f.Def() == engine.IntegralDef {
		return true
	}
	for _, a := range e.Args() {
		if hasIntegral(a) {
			return true
		}
	}
	return false
}
